/**
 * Business guidance by a local association: "业务上接受地方科学技术协会的指导" (《企业科学技术协会组织通则》),
 * and any grassroots organisation's parent being a local association of some level.
 *
 * @module
 */
import { isList } from "../../_lib/misuse.js";
import { LOCAL_KINDS, type Association } from "../../model/association.js";
import { label } from "../../model/labels.js";
import { charterIssue, type CharterIssue } from "../messages.js";
import type { CharterRule, RuleInput } from "../rule.js";
import { buildRule, type RuleOptions } from "../rule-options.js";

/** A local association level: provincial, prefectural or county. */
export type LocalKind = (typeof LOCAL_KINDS)[number];

/**
 * The association's parent (the association that gives it business guidance), or the issue saying
 * there is none (`charter.parent-missing`) or it is not in the dataset (`charter.parent-unknown`).
 *
 * @example
 * ```ts
 * const context = createValidationContext(dataset);
 * const found = guidingParent(createRuleInput(dataset.associations[6]!, 6, context, "2020-09-07", "zh-CN"), "mine/parent");
 * "parent" in found ? found.parent.kind : found.issues; // → "county"
 * ```
 */
export function guidingParent(
  input: RuleInput,
  ruleId: string,
): { readonly parent: Association } | { readonly issues: readonly CharterIssue[] } {
  const { association, context, path } = input;
  const parentId = association.parentId;
  if (parentId === undefined) return { issues: [charterIssue(input, ruleId, "charter.parent-missing", "error", path, {})] };
  const parent = context.associationById.get(parentId);
  if (parent === undefined)
    return { issues: [charterIssue(input, ruleId, "charter.parent-unknown", "error", [...path, "parentId"], { parentId })] };
  return { parent };
}

/**
 * Requires the parent to exist and to be a local association of one of `kinds` (provincial, prefectural
 * or county by default): the enterprise 通则's "业务上接受地方科学技术协会的指导", where the local association
 * may be of any level.
 *
 * @throws TypeError when `kinds` holds a kind that is not a local level.
 * @example
 * ```ts
 * const rule = parentIsLocal({ id: "mine/parent", source, appliesTo: { kinds: ["enterprise"] }, kinds: ["county", "prefectural"] });
 * ```
 */
export function parentIsLocal(options: RuleOptions & { readonly kinds?: readonly LocalKind[] }): CharterRule {
  const kinds = options.kinds ?? LOCAL_KINDS;
  if (!isList(kinds) || kinds.some((kind) => !(LOCAL_KINDS as readonly string[]).includes(kind))) {
    throw new TypeError(`parentIsLocal: kinds must be a list of ${LOCAL_KINDS.join(", ")}`);
  }
  const allowed = new Set<string>(kinds);
  const title = { "zh-CN": "接受地方科协业务指导", en: "Guided by a local association" };
  const codes = ["charter.parent-missing", "charter.parent-unknown", "charter.parent-not-local"] as const;
  return buildRule(options, title, codes, (input, id) => {
    const found = guidingParent(input, id);
    if ("issues" in found) return found.issues;
    const { parent } = found;
    if (allowed.has(parent.kind)) return [];
    const { locale } = input;
    return [
      charterIssue(input, id, "charter.parent-not-local", "error", [...input.path, "parentId"], {
        parentId: parent.id,
        parentKind: parent.kind,
        parentKindLabel: label("associationKind", parent.kind, locale),
        kindsLabel: kinds.map((kind) => label("associationKind", kind, locale)).join(locale === "en" ? ", " : "、"),
      }),
    ];
  });
}
