/**
 * Committee size: the seed's "委员会由7-9人组成".
 *
 * @module
 */
import { charterIssue } from "../messages.js";
import * as z from "zod";
import type { CharterRule } from "../rule.js";
import { checkOptions } from "../../_lib/check-options.js";
import { lazy } from "../../_lib/lazy.js";
import { numberOption } from "../../model/option-schemas.js";
import { OPTION_BOUNDS } from "../../_lib/option-bounds.js";

import { buildNamedRule, type RuleOptions } from "../rule-options.js";

/**
 * Adds the issue of a maximum below its minimum, for a seats schema's `superRefine`.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const seats = z.object({ min: z.number(), max: z.number() }).superRefine(({ min, max }, ctx) => maxAtLeastMin(min, max, ctx));
 * seats.safeParse({ min: 9, max: 5 }).success; // → false
 * ```
 */
export function maxAtLeastMin(min: number, max: number, ctx: z.RefinementCtx): void {
  if (max < min)
    ctx.addIssue({ code: "custom", path: ["max"], message: `a whole number from ${String(min)} to ${String(OPTION_BOUNDS.seats.max)}` });
}

// The default 9 is checked too: a `min` above it needs a `max` of its own.
const optionsSchema = lazy(() =>
  z
    .object({ min: numberOption(OPTION_BOUNDS.seats).default(7), max: numberOption(OPTION_BOUNDS.seats).default(9) })
    .superRefine(({ min, max }, ctx) => {
      maxAtLeastMin(min, max, ctx);
    }),
);

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
  const { min, max } = checkOptions(fn, optionsSchema(), options);
  return buildNamedRule(
    "committeeSize",
    options,
    { "zh-CN": "委员会由 7–9 人组成", en: "A committee of 7–9 members" },
    ["charter.committee-size"],
    (input, id) => {
      const office = input.office;
      if (office === undefined) return [];
      const count = office.seatedMemberIds.size;
      if (count >= min && count <= max) return [];
      return [charterIssue(input, id, "charter.committee-size", "error", [...office.path, "seats"], { count, min, max })];
    },
  );
}
