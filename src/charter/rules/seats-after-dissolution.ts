/**
 * A dissolved association has no committee: its seats end when it does (`dissolvedOn` is the first day it
 * no longer exists).
 *
 * @module
 */
import { listOf } from "../../_lib/list-of.js";
import { label } from "../../model/labels.js";
import { charterIssue, type CharterIssue } from "../messages.js";
import type { CharterRule } from "../rule.js";
import { optionsObject } from "../../_lib/misuse.js";

import { buildNamedRule, type RuleOptions } from "../rule-options.js";

/**
 * Reports every holding, in any committee of an association dissolved on or before `asOf`, that is in
 * effect on or after the dissolution day: open-ended, or ending on or after `dissolvedOn`. Each is its
 * own issue, at the holding's path. Give it `appliesTo.status: "any"`, since it is about associations
 * that no longer exist.
 *
 * @example
 * ```ts
 * const rule = seatsAfterDissolution({ id: "mine/dissolved", source, appliesTo: { kinds: "all", status: "any" } });
 * ```
 */
export function seatsAfterDissolution(options: RuleOptions): CharterRule {
  optionsObject("seatsAfterDissolution", options, true);
  const title = { "zh-CN": "撤销后不再有委员会职务", en: "No committee seat is held after dissolution" };
  return buildNamedRule("seatsAfterDissolution", options, title, ["charter.seat-after-dissolution"], (input, id) => {
    const { association, context, asOf, locale } = input;
    const dissolvedOn = association.dissolvedOn;
    if (dissolvedOn === undefined || dissolvedOn > asOf) return [];
    const issues: CharterIssue[] = [];
    for (const committee of listOf(context.committeesByAssociation, association.id)) {
      const position = context.positionOf("committees", committee);
      const base = position >= 0 ? ["committees", position] : [];
      committee.seats.forEach((seat, s) => {
        seat.holdings.forEach((holding, h) => {
          if (holding.endOn !== undefined && holding.endOn < dissolvedOn) return;
          issues.push(
            charterIssue(input, id, "charter.seat-after-dissolution", "error", [...base, "seats", s, "holdings", h], {
              memberId: holding.memberId,
              dissolvedOn,
              endOn: holding.endOn ?? null,
              post: seat.post,
              postLabel: label("post", seat.post, locale),
            }),
          );
        });
      });
    }
    return issues;
  });
}
