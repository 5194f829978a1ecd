/**
 * The hierarchy's issue codes and their messages in every locale.
 *
 * @module
 */
import { defineMessages, withParams, type IssueOf } from "../issue/issue.js";
import type { CycleParams } from "../model/parent-cycles.js";

/**
 * Messages of the integrity issues `buildHierarchy` and `buildDivisionHierarchy` report, keyed by code.
 *
 * Every message names the offending ids, and a cycle names its whole path: a bare "cycle" with no ids
 * (d3-hierarchy issue #41) leaves the reader to search a national data set by hand.
 *
 * @example
 * ```ts
 * HIERARCHY_MESSAGES["hierarchy.cycle"].en; // "parent links form a cycle: {cyclePath}; …"
 * ```
 */
export const HIERARCHY_MESSAGES = defineMessages({
  "hierarchy.unreadable": {
    "zh-CN": "第 {index} 条记录读取时出错（{reason}），未纳入层级",
    en: "record {index} cannot be read ({reason}) and is left out",
  },
  "hierarchy.invalid-id": {
    "zh-CN": "第 {index} 条记录没有有效的编号，未纳入层级",
    en: "record {index} has no valid id and is left out",
  },
  "hierarchy.duplicate-id": {
    "zh-CN": "编号 {id} 重复（首次出现于第 {first} 条），第 {index} 条未纳入层级",
    en: "id {id} is a duplicate (first at index {first}); record {index} is left out",
  },
  "hierarchy.missing-parent": {
    "zh-CN": "{id} 的上级 {parentId} 不存在，{id} 作为根节点",
    en: "parent {parentId} of {id} does not exist; {id} is placed as a root",
  },
  "hierarchy.self-parent": {
    "zh-CN": "{id} 以自身为上级，{id} 作为根节点",
    en: "{id} names itself as its parent; {id} is placed as a root",
  },
  "hierarchy.cycle": withParams<CycleParams>()({
    "zh-CN": "上级关系构成循环：{cyclePath}；循环中的 {count} 个节点及其下级未纳入层级",
    en: "parent links form a cycle: {cyclePath}; its {count} members and their descendants are left out",
  }),
  "hierarchy.parent-kind": withParams<{
    id: string;
    kind: string;
    kindLabel: string;
    parentId: string;
    parentKind: string;
    parentKindLabel: string;
  }>()({
    "zh-CN": "{id}（{kindLabel}）不能以 {parentId}（{parentKindLabel}）为上级",
    en: "{id} ({kindLabel}) cannot have {parentId} ({parentKindLabel}) as its parent",
  }),
  "hierarchy.multiple-roots": withParams<{ count: number; roots: readonly string[]; rootList: string }>()({
    "zh-CN": "层级要求唯一的根节点，但有 {count} 个：{rootList}",
    en: "a single root is required but there are {count}: {rootList}",
  }),
  "hierarchy.virtual-root-id": {
    "zh-CN": "虚拟根节点的编号 {id} 与第 {index} 条记录相同，未添加虚拟根节点",
    en: "the virtual root's id {id} is used by record {index}; no virtual root is added",
  },
});

/** An issue code of the hierarchy module. */
export type HierarchyIssueCode = keyof typeof HIERARCHY_MESSAGES;

/**
 * An issue `buildHierarchy` or `buildDivisionHierarchy` reports, keyed by `code`.
 *
 * @example
 * ```ts
 * const ring = [{ ...dataset.associations[0]!, parentId: "aq" }, dataset.associations[1]!];
 * const { issues } = buildHierarchy(ring);
 * issues.flatMap((issue: HierarchyIssue) => (issue.code === "hierarchy.cycle" ? [issue.params.count] : [])); // → [2]
 * ```
 */
export type HierarchyIssue = IssueOf<typeof HIERARCHY_MESSAGES>;
