/**
 * Calendar arithmetic on `YYYY-MM-DD` strings that gives the same answer in every process time zone.
 *
 * date-fns works on `Date` objects in local time; we build them at local noon, which no daylight-saving
 * shift moves to another day, and read back the local calendar fields. No function here reads the clock.
 *
 * @module
 */
/* eslint-disable no-restricted-globals -- Date is constructed from explicit fields only, never from the clock */
import { addMonths as dfAddMonths, addYears as dfAddYears, differenceInCalendarMonths } from "date-fns";

function toNoon(date: string): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12);
}

function fromDate(value: Date): string {
  const y = String(value.getFullYear()).padStart(4, "0");
  const m = String(value.getMonth() + 1).padStart(2, "0");
  const d = String(value.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/**
 * Adds whole years to a calendar date; 29 February becomes 28 February in a common year.
 *
 * @example
 * ```ts
 * addYearsToDate("2019-05-10", 5); // "2024-05-10"
 * addYearsToDate("2020-02-29", 1); // "2021-02-28"
 * ```
 */
export function addYearsToDate(date: string, years: number): string {
  return fromDate(dfAddYears(toNoon(date), years));
}

/**
 * Adds whole months to a calendar date, clamping to the month's last day.
 *
 * @example
 * ```ts
 * addMonthsToDate("2020-01-31", 1); // "2020-02-29"
 * addMonthsToDate("2020-03-15", -6); // "2019-09-15"
 * ```
 */
export function addMonthsToDate(date: string, months: number): string {
  return fromDate(dfAddMonths(toNoon(date), months));
}

/**
 * The number of calendar months from `earlier` to `later` (negative when `later` is earlier).
 *
 * @example
 * ```ts
 * monthsBetween("2020-01-31", "2020-03-01"); // 2
 * ```
 */
export function monthsBetween(earlier: string, later: string): number {
  return differenceInCalendarMonths(toNoon(later), toNoon(earlier));
}

/**
 * The calendar year of a date.
 *
 * @example
 * ```ts
 * yearOf("2018-12-31"); // 2018
 * ```
 */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * Whether a dated span is in effect on a day: started on or before it, and not ended before it.
 * An end date is the last day in effect.
 *
 * @example
 * ```ts
 * isInEffect("2019-01-01", "2020-12-31", "2020-12-31"); // true
 * isInEffect("2019-01-01", "2020-12-31", "2021-01-01"); // false
 * isInEffect("2019-01-01", undefined, "2030-01-01"); // true
 * ```
 */
export function isInEffect(start: string, end: string | undefined, on: string): boolean {
  // ISO dates compare correctly as strings.
  return start <= on && (end === undefined || on <= end);
}
