/**
 * Terms of office: a committee serves one term (届) and is re-elected when it ends, later when the
 * congress is postponed with approval (中国科学技术协会章程).
 *
 * @module
 */
import { deadlineAfterPostponement, postponedUntil } from "../../model/approval.js";
import { DEFAULT_TERM_YEARS, termEndOf } from "../../model/committee-status.js";
import { charterIssue } from "../messages.js";
import * as z from "zod";
import type { CharterRule } from "../rule.js";
import { checkOptions } from "../../_lib/check-options.js";
import { lazy } from "../../_lib/lazy.js";
import { numberOption } from "../../model/option-schemas.js";
import { OPTION_BOUNDS } from "../../_lib/option-bounds.js";

import { buildNamedRule, type RuleOptions } from "../rule-options.js";
import { deadlineStatusWith } from "./deadline.js";

/** Options of {@link committeeTerm}. */
export interface TermOptions extends RuleOptions {
  /** The term length for committees that record none; 5 years by default, 1–20. */
  readonly termYears?: number;
  /** How many months before the end a warning starts; 6 by default, 0 for none, at most 240. */
  readonly warnMonths?: number;
}

const optionsSchema = lazy(() =>
  z.object({ termYears: numberOption(OPTION_BOUNDS.termYears).optional(), warnMonths: numberOption(OPTION_BOUNDS.warnMonths).optional() }),
);

/**
 * Reports the committee in office when its term has ended as of `asOf` (an error from the day after
 * `termEndOf`), or ends within `warnMonths` (a warning). The last day of the term is still valid. A
 * congress postponement approved on or before `asOf` extends the term to its `postponedTo`.
 *
 * @example
 * ```ts
 * const rule = committeeTerm({ id: "mine/term", source, appliesTo: { kinds: "all" }, termYears: 3, warnMonths: 2 });
 * ```
 */
export function committeeTerm(options: TermOptions): CharterRule {
  const fn = "committeeTerm";
  const checked = checkOptions(fn, optionsSchema(), options);
  const termYears = checked.termYears ?? DEFAULT_TERM_YEARS;
  const statusOf = deadlineStatusWith(checked.warnMonths ?? 6);
  const termEnds = new Map<string, string>();
  const title = { "zh-CN": "委员会按期换届", en: "Committees are re-elected when their term ends" };
  return buildNamedRule("committeeTerm", options, title, ["charter.committee-expiring", "charter.committee-expired"], (input, id) => {
    const office = input.office;
    if (office === undefined) return [];
    const { electedOn } = office.committee;
    const years = office.committee.termYears ?? termYears;
    // Many committees share an election date: compute each term end once.
    const key = `${electedOn}/${years}`;
    let termEnd = termEnds.get(key);
    if (termEnd === undefined) {
      termEnd = termEndOf({ electedOn, termYears: years });
      termEnds.set(key, termEnd);
    }
    const postponedTo = postponedUntil(input.association, electedOn, input.asOf);
    const lastDay = deadlineAfterPostponement(termEnd, postponedTo);
    const status = statusOf(lastDay, input.asOf);
    if (status === "ok") return [];
    const params = { term: office.committee.term, electedOn, termEnd: lastDay, postponedTo: postponedTo ?? null };
    return status === "overdue"
      ? [charterIssue(input, id, "charter.committee-expired", "error", [...office.path, "electedOn"], params)]
      : [charterIssue(input, id, "charter.committee-expiring", "warning", [...office.path, "electedOn"], params)];
  });
}
