/**
 * Calendar arithmetic on `YYYY-MM-DD` strings that gives the same answer in every process time zone.
 *
 * date-fns does the arithmetic in the UTC context of `@date-fns/utc` (its `in` option), on days built
 * from their UTC fields: no local time zone enters, so a zone that skipped or repeated a calendar day
 * (Pacific/Kiritimati on 1994-12-31, Pacific/Apia on 2011-12-30) cannot move a result by a day. Every
 * four-digit year is read as written (`Date`'s constructor would turn years 0–99 into 1900–1999), and a
 * result outside years 0000–9999, which would no longer compare correctly as a string, is refused. No
 * function here reads the clock.
 *
 * @module
 */
import { UTCDate, utc } from "@date-fns/utc";
// One module per function, not the package index: loading the index reads its hundreds of files.
import { addMonths } from "date-fns/addMonths";
import { addYears } from "date-fns/addYears";
import { differenceInCalendarMonths } from "date-fns/differenceInCalendarMonths";
import { describeArgument } from "../_lib/describe.js";

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight UTC of a `YYYY-MM-DD` day, or a TypeError naming `fn` when the text is not a real day. */
function dayOf(fn: string, date: unknown): UTCDate {
  if (typeof date === "string" && SHAPE.test(date)) {
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7)) - 1;
    const day = Number(date.slice(8, 10));
    const value = new UTCDate(0);
    // setUTCFullYear takes the year as written; a day the month does not have rolls over and is caught.
    value.setUTCFullYear(year, month, day);
    if (value.getUTCMonth() === month && value.getUTCDate() === day) return value;
  }
  throw new TypeError(`${fn}: date must be a real day written YYYY-MM-DD; got ${describeArgument(date)}`);
}

function wholeNumber(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new TypeError(`${fn}: ${name} must be a whole number; got ${describeArgument(value)}`);
  }
  return value;
}

function textOf(fn: string, value: Date): string {
  const year = value.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) throw new TypeError(`${fn}: the result falls outside years 0000–9999`);
  const y = String(year).padStart(4, "0");
  const m = String(value.getUTCMonth() + 1).padStart(2, "0");
  const d = String(value.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/**
 * Adds whole years to a calendar date; 29 February becomes 28 February in a common year.
 *
 * @throws TypeError when `date` is not a real day written `YYYY-MM-DD`, `years` is not a whole number, or
 * the result falls outside years 0000–9999.
 * @example
 * ```ts
 * addYearsToDate("2019-05-10", 5); // → "2024-05-10"
 * addYearsToDate("2020-02-29", 1); // → "2021-02-28"
 * ```
 */
export function addYearsToDate(date: string, years: number): string {
  const fn = "addYearsToDate";
  const amount = wholeNumber(fn, "years", years);
  return textOf(fn, addYears(dayOf(fn, date), amount, { in: utc }));
}

/**
 * Adds whole months to a calendar date, clamping to the month's last day.
 *
 * @throws TypeError when `date` is not a real day written `YYYY-MM-DD`, `months` is not a whole number,
 * or the result falls outside years 0000–9999.
 * @example
 * ```ts
 * addMonthsToDate("2020-01-31", 1); // → "2020-02-29"
 * addMonthsToDate("2020-03-15", -6); // → "2019-09-15"
 * ```
 */
export function addMonthsToDate(date: string, months: number): string {
  const fn = "addMonthsToDate";
  const amount = wholeNumber(fn, "months", months);
  return textOf(fn, addMonths(dayOf(fn, date), amount, { in: utc }));
}

/**
 * The number of calendar months from `earlier` to `later` (negative when `later` is earlier): the
 * difference of their months, whatever their days.
 *
 * @throws TypeError when either date is not a real day written `YYYY-MM-DD`.
 * @example
 * ```ts
 * monthsBetween("2020-01-31", "2020-03-01"); // → 2
 * ```
 */
export function monthsBetween(earlier: string, later: string): number {
  const fn = "monthsBetween";
  return differenceInCalendarMonths(dayOf(fn, later), dayOf(fn, earlier), { in: utc });
}

/**
 * The calendar year of a date.
 *
 * @example
 * ```ts
 * yearOf("2018-12-31"); // → 2018
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
 * isInEffect("2019-01-01", "2020-12-31", "2020-12-31"); // → true
 * isInEffect("2019-01-01", "2020-12-31", "2021-01-01"); // → false
 * isInEffect("2019-01-01", undefined, "2030-01-01"); // → true
 * ```
 */
export function isInEffect(start: string, end: string | undefined, on: string): boolean {
  // Four-digit ISO dates compare correctly as strings.
  return start <= on && (end === undefined || on <= end);
}
