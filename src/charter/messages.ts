/**
 * The charter rules' issue codes and their messages in every locale.
 *
 * @module
 */
import { createIssue, defineMessages, withParams, type IssueOf, type IssuePath, type ParamsOf, type Severity } from "../issue/issue.js";
import type { RuleInput } from "./rule.js";

// Params shared by several codes: programs read the raw values (post, kind, role) beside the labels.
type PostCountParams = { count: number; min: number; max: number | null; post: string; postLabel: string };
type MemberParams = { memberId: string; name: string | null };
type EligibilityParams = MemberParams & { titleLevel: string | null; field: string | null; fieldsLabel: string };
type SectorHeadParams = { heads: readonly string[]; headLabel: string; memberId: string; unitName: string };

/**
 * Messages of every issue the built-in charter rules report, keyed by code. Labels of enum values
 * (posts, kinds, roles) reach the messages as `…Label` params in the requested locale.
 *
 * @example
 * ```ts
 * CHARTER_MESSAGES["charter.committee-size"].en; // "the committee has {count} seated members; …"
 * ```
 */
export const CHARTER_MESSAGES = defineMessages({
  "charter.committee-missing": {
    "zh-CN": "截至 {asOf} 没有在任的委员会",
    en: "no committee is in office on {asOf}",
  },
  "charter.committee-size": {
    "zh-CN": "委员会在任委员 {count} 人，应为 {min}–{max} 人",
    en: "the committee has {count} seated members; it must have {min}–{max}",
  },
  "charter.chair-count": withParams<PostCountParams>()({
    "zh-CN": "委员会有主席 {count} 人，应为 1 人",
    en: "the committee has {count} chairs; it must have exactly 1",
  }),
  "charter.vice-chair-missing": withParams<PostCountParams>()({
    "zh-CN": "委员会没有在任的副主席，应至少 1 人",
    en: "the committee has no vice-chair; it must have at least 1",
  }),
  "charter.secretary-general-count": withParams<PostCountParams>()({
    "zh-CN": "委员会有秘书长 {count} 人，应为 1 人",
    en: "the committee has {count} secretaries-general; it must have exactly 1",
  }),
  "charter.leader-basis": withParams<{ memberId: string; post: string; postLabel: string; basis: string; basisLabel: string }>()({
    "zh-CN": "{postLabel} {memberId} 的任职依据为“{basisLabel}”，应由单位领导或专家担任",
    en: "{postLabel} {memberId} holds the seat as “{basisLabel}”; it must be a unit leader or an expert",
  }),
  "charter.group-member-relation": withParams<{ memberId: string; name: string; relation: string; relationLabel: string }>()({
    "zh-CN": "团体会员 {memberId}（{name}）为{relationLabel}，应为本单位内设机构或下属单位",
    en: "group member {memberId} ({name}) is a {relationLabel}; it must be an internal department or subordinate unit of the host unit",
  }),
  "charter.member-not-in-unit": withParams<MemberParams>()({
    "zh-CN": "个人会员 {memberId}（{name}）不在本单位工作",
    en: "individual member {memberId} ({name}) does not work in the host unit",
  }),
  "charter.member-unqualified": withParams<EligibilityParams>()({
    "zh-CN": "个人会员 {memberId}（{name}）既非学会、协会会员，也不是具有初级以上专业技术职务的{fieldsLabel}人员",
    en: "individual member {memberId} ({name}) is neither a society member nor staff in {fieldsLabel} with a junior or higher professional title",
  }),
  "charter.member-eligibility-uncertain": withParams<EligibilityParams & { titleLabel: string; fieldLabel: string }>()({
    "zh-CN":
      "个人会员 {memberId}（{name}）具有{titleLabel}专业技术职务，从事{fieldLabel}，不在{fieldsLabel}之列，又非学会、协会会员：请核实是否符合会员条件",
    en: "individual member {memberId} ({name}) has a {titleLabel} title in {fieldLabel}, outside {fieldsLabel}, and belongs to no society: check whether the member qualifies",
  }),
  "charter.party-approval-missing": {
    "zh-CN": "截至 {asOf} 未记录本单位党组织批准成立",
    en: "no approval by the host unit's Party organisation is recorded as of {asOf}",
  },
  "charter.parent-missing": {
    "zh-CN": "未记录业务指导单位（上级科协）",
    en: "no guiding association (parent) is recorded",
  },
  "charter.parent-unknown": {
    "zh-CN": "上级科协 {parentId} 不在数据集中",
    en: "the parent association {parentId} is not in the dataset",
  },
  "charter.parent-not-county": withParams<{ parentId: string; parentKind: string; parentKindLabel: string }>()({
    "zh-CN": "上级科协 {parentId} 为{parentKindLabel}，应为县级（市）科协",
    en: "the parent association {parentId} is a {parentKindLabel}; it must be the county-level association",
  }),
  "charter.parent-not-local": withParams<{ parentId: string; parentKind: string; parentKindLabel: string; kindsLabel: string }>()({
    "zh-CN": "上级科协 {parentId} 为{parentKindLabel}，应为地方科协（{kindsLabel}）",
    en: "the parent association {parentId} is a {parentKindLabel}; it must be a local association ({kindsLabel})",
  }),
  "charter.parent-not-expected": {
    "zh-CN": "上级科协为 {parentId}，应为 {expectedId}",
    en: "the parent association is {parentId}; it must be {expectedId}",
  },
  "charter.charter-missing": {
    "zh-CN": "截至 {asOf} 未记录通过《章程》",
    en: "no adopted charter is recorded as of {asOf}",
  },
  "charter.sector-head-missing": withParams<{
    role: string;
    roleLabel: string;
    satisfiedBy: readonly string[];
    kindLabel: string;
    posts: readonly string[] | null;
    postsLabel: string;
  }>()({
    "zh-CN": "{roleLabel}未进入{kindLabel}领导班子（{postsLabel}）",
    en: "no {roleLabel} sits in the {kindLabel}'s leadership ({postsLabel})",
  }),
  "charter.sector-head-unit-kind": withParams<
    SectorHeadParams & { unitKind: string; unitKindLabel: string; expected: readonly string[]; expectedLabel: string }
  >()({
    "zh-CN": "{headLabel} {memberId} 代表的单位“{unitName}”为{unitKindLabel}，应为{expectedLabel}",
    en: "the {headLabel} {memberId} represents “{unitName}”, a {unitKindLabel}; it must be a {expectedLabel}",
  }),
  "charter.sector-head-unit-area": withParams<SectorHeadParams & { unitDivisionCode: string; areaCode: string }>()({
    "zh-CN": "{headLabel} {memberId} 代表的单位“{unitName}”位于 {unitDivisionCode}，不在本科协所在地区 {areaCode}",
    en: "the {headLabel} {memberId} represents “{unitName}” in {unitDivisionCode}, outside the association's area {areaCode}",
  }),
  "charter.committee-expiring": {
    "zh-CN": "第 {term} 届委员会任期至 {termEnd} 届满，请筹备换届",
    en: "the term of committee {term} ends on {termEnd}; prepare the next election",
  },
  "charter.committee-expired": {
    "zh-CN": "第 {term} 届委员会任期已于 {termEnd} 届满，逾期未换届",
    en: "the term of committee {term} ended on {termEnd}; the election is overdue",
  },
  "charter.congress-due": {
    "zh-CN": "自 {since} 以来未召开代表大会，应于 {dueOn} 前召开",
    en: "no congress since {since}; the next is due by {dueOn}",
  },
  "charter.congress-overdue": {
    "zh-CN": "自 {since} 以来未召开代表大会，已超过 {dueOn} 的期限",
    en: "no congress since {since}; it was due by {dueOn}",
  },
  "charter.parent-kind": withParams<{ parentId: string; kind: string; kindLabel: string; parentKind: string; parentKindLabel: string }>()({
    "zh-CN": "{kindLabel}不能以{parentKindLabel} {parentId} 为上级",
    en: "a {kindLabel} cannot have the {parentKindLabel} {parentId} as its parent",
  }),
  "charter.grassroots-not-under-county": withParams<{ ancestorId: string; ancestorKind: string; ancestorKindLabel: string }>()({
    "zh-CN": "基层科协应挂在县级科协之下，但其上级链条通向{ancestorKindLabel} {ancestorId}",
    en: "a grassroots association must hang under a county-level association, but its chain of parents leads to the {ancestorKindLabel} {ancestorId}",
  }),
  "charter.grassroots-no-county": withParams<{ reason: "cycle" | "no-parent" | "unknown-parent" }>()({
    "zh-CN": "基层科协应挂在县级科协之下，但其上级链条没有通向任何地方科协",
    en: "a grassroots association must hang under a county-level association, but its chain of parents reaches no local association",
  }),
  "charter.seat-after-dissolution": withParams<{
    memberId: string;
    dissolvedOn: string;
    endOn: string | null;
    post: string;
    postLabel: string;
  }>()({
    "zh-CN": "科协已于 {dissolvedOn} 撤销，{memberId} 在此后仍任{postLabel}",
    en: "the association was dissolved on {dissolvedOn}, yet {memberId} holds a {postLabel} seat after that",
  }),
  "charter.five-has-organisation": {
    "zh-CN": "五有：截至 {asOf} 没有在任的委员会（有组织）",
    en: "five-haves: no committee in office on {asOf} (organisation)",
  },
  "charter.five-has-office": {
    "zh-CN": "五有：没有办公场所（有场所）",
    en: "five-haves: no office (office)",
  },
  "charter.five-has-staff": {
    "zh-CN": "五有：没有工作人员（有人员）",
    en: "five-haves: no staff (staff)",
  },
  "charter.five-has-funds": {
    "zh-CN": "五有：没有工作经费（有经费）",
    en: "five-haves: no funds (funds)",
  },
  "charter.five-has-activities": {
    "zh-CN": "五有：{from} 至 {asOf} 没有开展活动（有活动）",
    en: "five-haves: no activity from {from} to {asOf} (activities)",
  },
  "charter.checklist-item-unmet": {
    "zh-CN": "{checklistTitle}：未达到“{itemTitle}”",
    en: "{checklistTitle}: “{itemTitle}” is not met",
  },
});

/**
 * The params of a charter issue with code `K`.
 *
 * @example
 * ```ts
 * const params: CharterIssueParams<"charter.committee-size"> = { count: 5, min: 7, max: 9 };
 * ```
 */
export type CharterIssueParams<K extends CharterIssueCode> = ParamsOf<(typeof CHARTER_MESSAGES)[K]>;

/** An issue code of the built-in charter rules. */
export type CharterIssueCode = keyof typeof CHARTER_MESSAGES;

/**
 * An issue the built-in charter rules report, keyed by `code`.
 *
 * @example
 * ```ts
 * const report = validateDataset(dataset, { asOf: "2020-09-07" });
 * const sizes = report.associations.flatMap((a) => a.issues).flatMap((issue: CharterIssue) =>
 *   // The code narrows the params: count, min and max are numbers here.
 *   issue.code === "charter.committee-size" ? [issue.params.count] : [],
 * );
 * sizes.length; // → 1
 * ```
 */
export type CharterIssue = IssueOf<typeof CHARTER_MESSAGES>;

/**
 * Builds a built-in rule's issue in the input's locale.
 *
 * @example
 * ```ts
 * const context = createValidationContext(dataset);
 * const input = createRuleInput(dataset.associations[2]!, 2, context, "2020-09-07", "en");
 * const issue = charterIssue(input, "tongcheng-2019/charter", "charter.charter-missing", "error", [...input.path, "charter"], {
 *   asOf: input.asOf,
 * });
 * issue.path; // → ["associations", 2, "charter"]
 * ```
 */
export function charterIssue<K extends CharterIssueCode>(
  input: Pick<RuleInput, "locale">,
  rule: string,
  code: K,
  severity: Severity,
  path: IssuePath,
  params: CharterIssueParams<K>,
): CharterIssue {
  return createIssue({ catalog: CHARTER_MESSAGES, code, params, path, severity, locale: input.locale, rule });
}
