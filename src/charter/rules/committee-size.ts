/**
 * Committee size: the seed's "委员会由7-9人组成".
 *
 * @module
 */
import { charterIssue } from "../messages.js";
import type { CharterRule } from "../rule.js";
import { optionalNumber, optionsObject, requireNumber } from "../../_lib/misuse.js";
import { OPTION_BOUNDS } from "../../_lib/option-bounds.js";
import { buildNamedRule, type RuleOptions } from "../rule-options.js";

/**
 * Requires the committee in office to have between `min` and `max` seated members (7–9 by default;
 * whole numbers, `min` from 0 and `max` from `min`, at most 10,000):
 * distinct members holding a seat on `asOf`, so a vacancy does not count and a member holding two
 * seats counts once.
 *
 * @example
 * ```ts
 * const rule = committeeSize({ id: "mine/committee-size", source, appliesTo: { kinds: ["school"] }, min: 5, max: 7 });
 * ```
 */
export function committeeSize(options: RuleOptions & { readonly min?: number; readonly max?: number }): CharterRule {
  const fn = "committeeSize";
  optionsObject(fn, options, true);
  const min = optionalNumber(fn, "min", options.min, 7, OPTION_BOUNDS.seats);
  // The default 9 is checked too: a `min` above it needs a `max` of its own.
  const max = requireNumber(fn, "max", options.max ?? 9, { ...OPTION_BOUNDS.seats, min });
  return buildNamedRule("committeeSize", options, { "zh-CN": "委员会由 7–9 人组成", en: "A committee of 7–9 members" }, ["charter.committee-size"], (input, id) => {
    const office = input.office;
    if (office === undefined) return [];
    const count = office.seatedMemberIds.size;
    if (count >= min && count <= max) return [];
    return [charterIssue(input, id, "charter.committee-size", "error", [...office.path, "seats"], { count, min, max })];
  });
}
