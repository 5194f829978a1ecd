/**
 * Congresses: local associations hold a congress (代表大会) every five years, earlier or later with
 * approval in special circumstances (中国科学技术协会章程).
 *
 * @module
 */
import { deadlineAfterPostponement, postponedUntil } from "../../model/approval.js";
import { addYearsToDate } from "../../model/dates.js";
import { charterIssue } from "../messages.js";
import * as z from "zod";
import type { CharterRule } from "../rule.js";
import { checkOptions } from "../../_lib/check-options.js";
import { lazy } from "../../_lib/lazy.js";
import { numberOption } from "../../model/option-schemas.js";
import { OPTION_BOUNDS } from "../../_lib/option-bounds.js";

import { buildNamedRule, type RuleOptions } from "../rule-options.js";
import { deadlineStatusWith } from "./deadline.js";

/** Options of {@link congressCycle}. */
export interface CongressOptions extends RuleOptions {
  /** Years between congresses; 5 by default, 1–20. */
  readonly years?: number;
  /** How many months before the due date a warning starts; 6 by default, 0 for none, at most 240. */
  readonly warnMonths?: number;
}

const optionsSchema = lazy(() =>
  z.object({ years: numberOption(OPTION_BOUNDS.congressYears).optional(), warnMonths: numberOption(OPTION_BOUNDS.warnMonths).optional() }),
);

/**
 * Reports an association whose next congress is overdue as of `asOf` (an error) or due within
 * `warnMonths` (a warning). The cycle runs from the last congress held on or before `asOf`, or, when the
 * association records an empty list of congresses, from its establishment. A postponement approved on or
 * before `asOf` (`congressPostponements`) moves the due date to its `postponedTo` when that is later.
 * Associations that record no `congresses` at all are not checked: absent means "not recorded".
 *
 * @example
 * ```ts
 * const rule = congressCycle({ id: "mine/congress", source, appliesTo: { kinds: ["society"] }, years: 4 });
 * ```
 */
export function congressCycle(options: CongressOptions): CharterRule {
  const fn = "congressCycle";
  const checked = checkOptions(fn, optionsSchema(), options);
  const years = checked.years ?? 5;
  const statusOf = deadlineStatusWith(checked.warnMonths ?? 6);
  const title = { "zh-CN": "按期召开代表大会", en: "Congresses are held on time" };
  return buildNamedRule("congressCycle", options, title, ["charter.congress-due", "charter.congress-overdue"], (input, id) => {
    const { association, asOf } = input;
    if (association.congresses === undefined) return [];
    let since = association.establishedOn;
    for (const congress of association.congresses) {
      if (congress.heldOn <= asOf && congress.heldOn > since) since = congress.heldOn;
    }
    const postponedTo = postponedUntil(association, since, asOf);
    const dueOn = deadlineAfterPostponement(addYearsToDate(since, years), postponedTo);
    const status = statusOf(dueOn, asOf);
    if (status === "ok") return [];
    const path = [...input.path, "congresses"];
    const params = { since, dueOn, postponedTo: postponedTo ?? null };
    return status === "overdue"
      ? [charterIssue(input, id, "charter.congress-overdue", "error", path, params)]
      : [charterIssue(input, id, "charter.congress-due", "warning", path, params)];
  });
}
