/**
 * Grassroots organisations (基层组织) hang under a county-level association; they are not a further level of
 * local association (中国科学技术协会章程; domain notes §1).
 *
 * @module
 */
import { GRASSROOTS_KINDS, type AssociationKind } from "../../model/association.js";
import { label } from "../../model/labels.js";
import { charterIssue } from "../messages.js";
import type { CharterRule } from "../rule.js";
import { optionsObject } from "../../_lib/misuse.js";
import { buildNamedRule, type RuleOptions } from "../rule-options.js";

/**
 * Requires the first local (non-grassroots) association up a grassroots association's chain of parents
 * to be a county association (or of one of `localKinds`). Grassroots links in between are allowed, so
 * a village association under a town association under the county passes.
 *
 * The hierarchy's parent table also lets a prefectural association guide grassroots units directly (city
 * districts); pass `localKinds: ["county", "prefectural"]` to accept that here too.
 *
 * @example
 * ```ts
 * const rule = grassrootsUnderCounty({ id: "mine/grassroots", source, appliesTo: { kinds: GRASSROOTS_KINDS } });
 * ```
 */
export function grassrootsUnderCounty(options: RuleOptions & { readonly localKinds?: readonly AssociationKind[] }): CharterRule {
  optionsObject("grassrootsUnderCounty", options, true);
  const localKinds = new Set<AssociationKind>(options.localKinds ?? ["county"]);
  const grassroots = new Set<AssociationKind>(GRASSROOTS_KINDS);
  const title = { "zh-CN": "基层科协挂在县级科协之下", en: "Grassroots associations hang under a county-level association" };
  return buildNamedRule(
    "grassrootsUnderCounty",
    options,
    title,
    ["charter.grassroots-not-under-county", "charter.grassroots-no-county"],
    (input, id) => {
      if (!grassroots.has(input.association.kind)) return [];
      const found = input.context.guidingLocalOf(input.association);
      const at = [...input.path, "parentId"];
      if (found.status !== "found") return [charterIssue(input, id, "charter.grassroots-no-county", "error", at, { reason: found.status })];
      const { ancestor } = found;
      if (localKinds.has(ancestor.kind)) return [];
      return [
        charterIssue(input, id, "charter.grassroots-not-under-county", "error", at, {
          ancestorId: ancestor.id,
          ancestorKind: ancestor.kind,
          ancestorKindLabel: label("associationKind", ancestor.kind, input.locale),
        }),
      ];
    },
  );
}
