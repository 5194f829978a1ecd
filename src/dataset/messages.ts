/**
 * Messages for the issues `parseDataset` reports, in zh-CN and en.
 *
 * @module
 */
import { defineMessages, withParams, type IssueOf, type ParamsOf } from "../issue/issue.js";
import type { CycleParams } from "../model/parent-cycles.js";

// zod's message is the detail; the type zod expected and the format it checked are kept for programs.
const shape = withParams<{ where: string; detail: string; expected?: string; format?: string }>()({
  "zh-CN": "{where}：{detail}",
  en: "{where}: {detail}",
});

/**
 * Every issue code `parseDataset` can report, with its message templates.
 *
 * Shape codes mirror zod's issue codes; their `{detail}` is zod's own message in the same locale.
 *
 * @example
 * ```ts
 * DATASET_MESSAGES["id.duplicate"].en; // → "{entity}: id {id} is used again (first at {first})"
 * ```
 */
export const DATASET_MESSAGES = defineMessages({
  "shape.invalid-type": shape,
  "shape.invalid-value": shape,
  "shape.invalid-format": shape,
  "shape.too-small": shape,
  "shape.too-big": shape,
  "shape.not-multiple-of": shape,
  "shape.unknown-key": {
    "zh-CN": "{where}：未知字段 {key}（数据不会被静默丢弃，请删除或更正）",
    en: "{where}: unknown field {key} (data is never dropped silently: remove or correct it)",
  },
  "shape.invalid-union": shape,
  "shape.invalid-key": shape,
  "shape.invalid-element": shape,
  "shape.custom": shape,
  "shape.unreadable": {
    "zh-CN": "{where}：读取时出错（{reason}），无法检查",
    en: "{where}: reading it failed ({reason}), so it cannot be checked",
  },
  "dataset.unsupported-version": {
    "zh-CN": "不支持的数据格式版本 {found}，本版本读取版本 {supported}",
    en: "unsupported format version {found}; this release reads version {supported}",
  },
  "id.duplicate": {
    "zh-CN": "{entity} 中的编号 {id} 重复（首次出现于 {first}）",
    en: "{entity}: id {id} is used again (first at {first})",
  },
  "ref.association-parent": {
    "zh-CN": "科协 {id} 的上级（业务指导）{ref} 不存在",
    en: "association {id}: parent (business guidance) {ref} does not exist",
  },
  "ref.association-division": {
    "zh-CN": "科协 {id} 的行政区划 {ref} 不在区划列表中",
    en: "association {id}: division {ref} is not in the division list",
  },
  "ref.committee-association": {
    "zh-CN": "委员会 {id} 所属科协 {ref} 不存在",
    en: "committee {id}: association {ref} does not exist",
  },
  "ref.seat-holder": {
    "zh-CN": "委员会 {id} 的席位由会员 {ref} 担任，但该会员不存在",
    en: "committee {id}: seat holder {ref} is not a known member",
  },
  "ref.seat-holder-association": {
    "zh-CN": "委员会 {id} 的席位由会员 {ref} 担任，但该会员属于科协 {memberAssociation}，而非 {association}",
    en: "committee {id}: seat holder {ref} is a member of {memberAssociation}, not of {association}",
  },
  "ref.member-association": {
    "zh-CN": "会员 {id} 所属科协 {ref} 不存在",
    en: "member {id}: association {ref} does not exist",
  },
  "ref.activity-organizer": {
    "zh-CN": "活动 {id} 的主办科协 {ref} 不存在",
    en: "activity {id}: organiser {ref} does not exist",
  },
  "ref.activity-co-organizer": {
    "zh-CN": "活动 {id} 的协办科协 {ref} 不存在",
    en: "activity {id}: co-organiser {ref} does not exist",
  },
  "ref.member-person": {
    "zh-CN": "会员 {id} 对应的人员 {ref} 不存在",
    en: "member {id}: person {ref} does not exist",
  },
  "ref.approval-association": {
    "zh-CN": "科协 {id} 的批准机关（科协）{ref} 不存在",
    en: "association {id}: approving association {ref} does not exist",
  },
  "member.name-missing": {
    "zh-CN": "个人会员 {id} 既没有姓名，也没有对应的人员（personId）",
    en: "individual member {id} has neither a name nor a person (personId)",
  },
  "ref.facility-association": {
    "zh-CN": "设施 {id} 所属科协 {ref} 不存在",
    en: "facility {id}: association {ref} does not exist",
  },
  "ref.facility-division": {
    "zh-CN": "设施 {id} 的行政区划 {ref} 不在区划列表中",
    en: "facility {id}: division {ref} is not in the division list",
  },
  "ref.output-association": {
    "zh-CN": "成果 {id} 所属科协 {ref} 不存在",
    en: "output {id}: association {ref} does not exist",
  },
  "activity.deprecated-type": {
    "zh-CN": "活动 {id} 的类型 {type} 不是活动，不计入活动统计：请改录入 {collection}（kind 为 {kind}）",
    en: "activity {id}: type {type} is not an activity and is not counted as one; record it in {collection} (kind {kind})",
  },
  "ref.division-parent": {
    "zh-CN": "行政区划 {id} 的上级区划 {ref} 不在列表中",
    en: "division {id}: parent division {ref} is not in the list",
  },
  "division.code-prefix": {
    "zh-CN": "行政区划代码 {id} 不以上级代码 {ref} 开头",
    en: "division code {id} does not start with its parent's code {ref}",
  },
  "division.level-mismatch": {
    "zh-CN": "行政区划 {id} 的层级为 {level}，但 {length} 位代码对应 {expected}",
    en: "division {id} has level {level}, but a {length}-digit code means {expected}",
  },
  "date.out-of-range": {
    "zh-CN": "{where}：日期须在 {from} 至 {to} 之间",
    en: "{where}: the date must be from {from} to {to}",
  },
  "date.order": {
    "zh-CN": "{entity} {id}：{endField}（{end}）早于 {startField}（{start}）",
    en: "{entity} {id}: {endField} ({end}) is before {startField} ({start})",
  },
  // Facts across records (facts.ts): the issue's path is on the record that carries the fact; the other
  // record is named by `ref` (its id) and `refPath` (where it is).
  "association.parent-cycle": withParams<CycleParams>()({
    "zh-CN": "科协的上级（业务指导）关系构成循环：{cyclePath}（{count} 个科协）",
    en: "association parent links form a cycle: {cyclePath} ({count} associations)",
  }),
  "association.division-outside-parent": withParams<{
    id: string;
    divisionCode: string;
    ref: string;
    refPath: string;
    refDivisionCode: string;
  }>()({
    "zh-CN": "科协 {id} 的行政区划 {divisionCode} 不在上级科协 {ref} 的行政区划 {refDivisionCode} 之内",
    en: "association {id}: division {divisionCode} is not inside division {refDivisionCode} of its parent {ref}",
  }),
  "association.kind-level": withParams<{
    id: string;
    kind: string;
    kindLabel: string;
    divisionCode: string;
    level: string;
    levelLabel: string;
    expected: string;
    expectedLabel: string;
  }>()({
    "zh-CN": "科协 {id} 为{kindLabel}，但行政区划代码 {divisionCode} 指{levelLabel}单位，应为{expectedLabel}",
    en: "association {id} is a {kindLabel}, but division code {divisionCode} names a {levelLabel} unit; it must name a {expectedLabel} one",
  }),
  "association.kind-sub-kind": withParams<{
    id: string;
    kind: string;
    kindLabel: string;
    divisionCode: string;
    subKind: string;
    subKindLabel: string;
  }>()({
    "zh-CN": "科协 {id} 为{kindLabel}，但行政区划代码 {divisionCode} 按编码区段为{subKindLabel}",
    en: "association {id} is a {kindLabel}, but division code {divisionCode} is a {subKindLabel} by its code range",
  }),
  "committee.before-established": {
    "zh-CN": "委员会 {id} 选举于 {electedOn}，早于科协 {ref} 成立（{establishedOn}）",
    en: "committee {id} was elected on {electedOn}, before association {ref} was established ({establishedOn})",
  },
  "committee.after-dissolved": {
    "zh-CN": "委员会 {id} 选举于 {electedOn}，但科协 {ref} 已于 {dissolvedOn} 撤销",
    en: "committee {id} was elected on {electedOn}, but association {ref} was dissolved on {dissolvedOn}",
  },
  "committee.term-duplicate": {
    "zh-CN": "委员会 {id} 与 {ref}（{refPath}）同为科协 {association} 的第 {term} 届",
    en: "committees {id} and {ref} ({refPath}) are both term {term} of association {association}",
  },
  "committee.term-order": withParams<{
    id: string;
    term: number;
    electedOn: string;
    ref: string;
    refPath: string;
    refTerm: number;
    refElectedOn: string;
  }>()({
    "zh-CN": "第 {term} 届委员会 {id} 选举于 {electedOn}，早于第 {refTerm} 届委员会 {ref}（{refElectedOn}）",
    en: "committee {id} (term {term}) was elected on {electedOn}, before committee {ref} of term {refTerm} ({refElectedOn})",
  }),
  "holding.before-joined": {
    "zh-CN": "委员会 {id} 的席位自 {startOn} 由会员 {ref} 担任，早于其入会日期 {joinedOn}",
    en: "committee {id}: member {ref} holds a seat from {startOn}, before joining on {joinedOn}",
  },
  "holding.after-left": {
    "zh-CN": "委员会 {id}：会员 {ref} 已于 {leftOn} 退出，但在当日及以后仍担任席位",
    en: "committee {id}: member {ref} still holds a seat on or after {leftOn}, the day the member left",
  },
  "activity.before-established": {
    "zh-CN": "活动 {id} 开始于 {startsOn}，早于主办科协 {ref} 成立（{establishedOn}）",
    en: "activity {id} starts on {startsOn}, before its organiser {ref} was established ({establishedOn})",
  },
  "activity.after-dissolved": {
    "zh-CN": "活动 {id} 开始于 {startsOn}，但主办科协 {ref} 已于 {dissolvedOn} 撤销",
    en: "activity {id} starts on {startsOn}, but its organiser {ref} was dissolved on {dissolvedOn}",
  },
});

/** An issue code `parseDataset` can report. */
export type DatasetIssueCode = keyof typeof DATASET_MESSAGES;

/**
 * The params of a dataset issue with code `K`.
 *
 * @example
 * ```ts
 * const params: DatasetIssueParams<"id.duplicate"> = { entity: "associations", id: "a1", first: "associations[0]" };
 * ```
 */
export type DatasetIssueParams<K extends DatasetIssueCode> = ParamsOf<(typeof DATASET_MESSAGES)[K]>;

/**
 * An issue `parseDataset` reports, keyed by `code`.
 *
 * @example
 * ```ts
 * const doc = { formatVersion: 1, associations: [dataset.associations[0], dataset.associations[0]] };
 * const ids = parseDataset(doc).issues.flatMap((issue: DatasetIssue) => (issue.code === "id.duplicate" ? [issue.params.id] : []));
 * ids; // → ["ah"]
 * ```
 */
export type DatasetIssue = IssueOf<typeof DATASET_MESSAGES>;

/**
 * An issue about the shape of a document (a wrong type, an unknown field, a date out of range): what
 * `parseDataset` and `parseStatisticalForm` report before they read the content.
 *
 * @example
 * ```ts
 * const doc = { formatVersion: 1, colour: "red" };
 * const keys = parseDataset(doc).issues.flatMap((issue) => (issue.code === "shape.unknown-key" ? [issue.params.key] : []));
 * keys; // → ["colour"]
 * ```
 */
export type ShapeIssue = IssueOf<typeof DATASET_MESSAGES, Extract<DatasetIssueCode, `shape.${string}`> | "date.out-of-range">;
