/**
 * Allowed parent kinds: which kind of association may guide which (the hierarchy's table).
 *
 * @module
 */
import { parentKindPredicate, type AllowedParents } from "../../hierarchy/allowed-parents.js";
import { label } from "../../model/labels.js";
import { charterIssue } from "../messages.js";
import type { CharterRule } from "../rule.js";
import { optionsObject } from "../../_lib/misuse.js";
import { buildNamedRule, type RuleOptions } from "../rule-options.js";

/**
 * Requires a recorded parent to exist and to be of a kind allowed for the association's kind, after
 * the hierarchy's `ALLOWED_PARENT_KINDS` (or `allowed`, merged over it). An association without a
 * parent is a root and is not reported here.
 *
 * @example
 * ```ts
 * const rule = parentKind({ id: "mine/parent-kind", source, appliesTo: { kinds: "all" }, allowed: { village: ["township"] } });
 * ```
 */
export function parentKind(options: RuleOptions & { readonly allowed?: AllowedParents }): CharterRule {
  optionsObject("parentKind", options, true);
  const allowed = parentKindPredicate(options.allowed);
  const title = { "zh-CN": "上级科协类型合规", en: "The parent is of an allowed kind" };
  return buildNamedRule("parentKind", options, title, ["charter.parent-unknown", "charter.parent-kind"], (input, id) => {
    const { association, context, locale } = input;
    const parentId = association.parentId;
    if (parentId === undefined) return [];
    const at = [...input.path, "parentId"];
    const parent = context.associationById.get(parentId);
    if (parent === undefined) return [charterIssue(input, id, "charter.parent-unknown", "error", at, { parentId })];
    if (allowed(association.kind, parent.kind)) return [];
    return [
      charterIssue(input, id, "charter.parent-kind", "error", at, {
        parentId,
        kind: association.kind,
        kindLabel: label("associationKind", association.kind, locale),
        parentKind: parent.kind,
        parentKindLabel: label("associationKind", parent.kind, locale),
      }),
    ];
  });
}
