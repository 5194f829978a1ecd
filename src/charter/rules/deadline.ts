/**
 * Where a date stands against a deadline: fine, in the warning window, or past it.
 *
 * @module
 */
import { addMonthsToDate } from "../../model/dates.js";

/** Where `asOf` stands against a deadline. */
export type DeadlineStatus = "ok" | "due-soon" | "overdue";

/**
 * Compares `asOf` with the last valid day of a term: `overdue` from the day after it, `due-soon` in the
 * `warnMonths` months up to and including it, `ok` before.
 *
 * @example
 * ```ts
 * deadlineStatus("2024-05-10", "2024-05-10", 6); // "due-soon"
 * deadlineStatus("2024-05-10", "2024-05-11", 6); // "overdue"
 * deadlineStatus("2024-05-10", "2023-11-10", 6); // "ok"
 * ```
 */
export function deadlineStatus(lastValidDay: string, asOf: string, warnMonths: number): DeadlineStatus {
  if (asOf > lastValidDay) return "overdue";
  if (warnMonths > 0 && asOf > addMonthsToDate(lastValidDay, -warnMonths)) return "due-soon";
  return "ok";
}
