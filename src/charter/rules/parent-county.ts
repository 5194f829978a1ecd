/**
 * Business guidance: the seed's "是市科协的基层组织……接受市科协业务指导", where 市科协 is the county-level
 * city's association.
 *
 * @module
 */
import { label } from "../../model/labels.js";
import { charterIssue } from "../messages.js";
import type { CharterRule } from "../rule.js";
import { optionsObject } from "../../_lib/misuse.js";
import { buildNamedRule, type RuleOptions } from "../rule-options.js";
import { guidingParent } from "./parent-local.js";

/**
 * Requires the parent (the association giving business guidance) to exist and be a `county`
 * association, and, when `parentId` is configured, to be that one.
 *
 * @example
 * ```ts
 * const rule = parentIsCounty({ id: "mine/parent", source, appliesTo: { kinds: ["school"] }, parentId: "tc" });
 * ```
 */
export function parentIsCounty(options: RuleOptions & { readonly parentId?: string }): CharterRule {
  optionsObject("parentIsCounty", options, true);
  const expectedId = options.parentId;
  const title = { "zh-CN": "接受县级（市）科协业务指导", en: "Guided by the county-level association" };
  const codes = ["charter.parent-missing", "charter.parent-unknown", "charter.parent-not-county", "charter.parent-not-expected"] as const;
  return buildNamedRule("parentIsCounty", options, title, codes, (input, id) => {
    const found = guidingParent(input, id);
    if ("issues" in found) return found.issues;
    const { parent } = found;
    const at = [...input.path, "parentId"];
    if (parent.kind !== "county") {
      const parentKindLabel = label("associationKind", parent.kind, input.locale);
      return [
        charterIssue(input, id, "charter.parent-not-county", "error", at, {
          parentId: parent.id,
          parentKind: parent.kind,
          parentKindLabel,
        }),
      ];
    }
    if (expectedId !== undefined && parent.id !== expectedId) {
      return [charterIssue(input, id, "charter.parent-not-expected", "error", at, { parentId: parent.id, expectedId })];
    }
    return [];
  });
}
