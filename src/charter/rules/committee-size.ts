/**
 * Committee size: the seed's "委员会由7-9人组成".
 *
 * @module
 */
import { charterIssue } from "../messages.js";
import type { Rule } from "../rule.js";
import { buildRule, type RuleOptions } from "../rule-options.js";

/**
 * Requires the committee in office to have between `min` and `max` seated members (7–9 by default):
 * distinct members holding a seat on `asOf`, so a vacancy does not count and a member holding two
 * seats counts once.
 *
 * @example
 * ```ts
 * const rule = committeeSize({ id: "mine/committee-size", source, appliesTo: { kinds: ["school"] }, min: 5, max: 7 });
 * ```
 */
export function committeeSize(options: RuleOptions & { readonly min?: number; readonly max?: number }): Rule {
  const min = options.min ?? 7;
  const max = options.max ?? 9;
  return buildRule(options, { "zh-CN": "委员会由 7–9 人组成", en: "A committee of 7–9 members" }, ["charter.committee-size"], (input, id) => {
    const office = input.office;
    if (office === undefined) return [];
    const count = office.seatedMemberIds.size;
    if (count >= min && count <= max) return [];
    return [charterIssue(input, id, "charter.committee-size", "error", [...office.path, "seats"], { count, min, max })];
  });
}
