/**
 * A charter: the seed's "必须制定《章程》".
 *
 * @module
 */
import { charterIssue } from "../messages.js";
import type { CharterRule } from "../rule.js";
import { optionsObject } from "../../_lib/misuse.js";
import { buildNamedRule, type RuleOptions } from "../rule-options.js";

/**
 * Requires an adopted charter (章程) to be recorded, adopted on or before `asOf`.
 *
 * @example
 * ```ts
 * const rule = charterAdopted({ id: "mine/charter", source, appliesTo: { kinds: ["school"] } });
 * ```
 */
export function charterAdopted(options: RuleOptions): CharterRule {
  optionsObject("charterAdopted", options, true);
  const title = { "zh-CN": "制定《章程》", en: "A charter is adopted" };
  return buildNamedRule("charterAdopted", options, title, ["charter.charter-missing"], (input, id) => {
    const charter = input.association.charter;
    if (charter !== undefined && charter.adoptedOn <= input.asOf) return [];
    return [charterIssue(input, id, "charter.charter-missing", "error", [...input.path, "charter"], { asOf: input.asOf })];
  });
}
