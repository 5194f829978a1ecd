/**
 * Where a date stands against a deadline: fine, in the warning window, or past it.
 *
 * @module
 */
import { requireNumber } from "../../_lib/misuse.js";
import { addMonthsToDate } from "../../model/dates.js";
import { OPTION_BOUNDS } from "../../_lib/option-bounds.js";

/** Where `asOf` stands against a deadline. */
export type DeadlineStatus = "ok" | "due-soon" | "overdue";

/**
 * Compares `asOf` with the last valid day of a term: `overdue` from the day after it, `due-soon` in the
 * `warnMonths` months up to and including it, `ok` before. `warnMonths` is a whole number from 0 to 240;
 * anything else is misuse (a `TypeError`).
 *
 * @example
 * ```ts
 * deadlineStatus("2024-05-10", "2024-05-10", 6); // → "due-soon"
 * deadlineStatus("2024-05-10", "2024-05-11", 6); // → "overdue"
 * deadlineStatus("2024-05-10", "2023-11-10", 6); // → "ok"
 * ```
 */
export function deadlineStatus(lastValidDay: string, asOf: string, warnMonths: number): DeadlineStatus {
  requireNumber("deadlineStatus", "warnMonths", warnMonths, { ...OPTION_BOUNDS.warnMonths, argument: "arguments" });
  return deadlineStatusWith(warnMonths)(lastValidDay, asOf);
}

/**
 * {@link deadlineStatus} for a fixed `warnMonths`, remembering each deadline's warning start: a national
 * dataset has a few thousand distinct election dates but hundreds of thousands of committees.
 *
 * @example
 * ```ts
 * const status = deadlineStatusWith(6);
 * status("2024-05-10", "2024-05-11"); // → "overdue"
 * ```
 */
export function deadlineStatusWith(warnMonths: number): (lastValidDay: string, asOf: string) => DeadlineStatus {
  requireNumber("deadlineStatusWith", "warnMonths", warnMonths, { ...OPTION_BOUNDS.warnMonths, argument: "arguments" });
  const warnFrom = new Map<string, string>();
  return (lastValidDay, asOf) => {
    if (asOf > lastValidDay) return "overdue";
    if (warnMonths <= 0) return "ok";
    let start = warnFrom.get(lastValidDay);
    if (start === undefined) {
      start = addMonthsToDate(lastValidDay, -warnMonths);
      warnFrom.set(lastValidDay, start);
    }
    return asOf > start ? "due-soon" : "ok";
  };
}
