/**
 * Calendar dates in the forms people type into spreadsheets, and Excel's date serials, read as
 * `YYYY-MM-DD`. Pure arithmetic on the written fields: no `Date`, so no time zone can move a day.
 *
 * @module
 */
import { foldText, type Cell } from "./cells.js";

/**
 * What {@link readDate} makes of a cell: a date, or why there is none. `invalid` is a form it cannot read or
 * a day that does not exist (2019年2月30日); `ambiguous` is a form with two readings (3/4/2019, 19/3/15),
 * given in `readings` when they are dates; `partial` is a year or a month without a day.
 */
export type DateReading =
  | { readonly ok: true; readonly date: string }
  | { readonly ok: false; readonly problem: "invalid" | "ambiguous" | "partial"; readonly readings?: readonly string[] };

/** The last day of a month, with the Gregorian leap years. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * A calendar date from its fields, or undefined when no such day exists.
 *
 * @example
 * ```ts
 * calendarDate(2020, 2, 29); // → "2020-02-29"
 * calendarDate(2019, 2, 29); // → undefined
 * ```
 */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days from 1970-01-01 to a date, in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date of a day number, the inverse of {@link dayNumber} (civil_from_days). */
function fromDayNumber(days: number): string {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return `${pad(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Excel's serial for 1899-12-31 is 0; it counts a 29 February 1900 that never was, as serial 60. */
const SERIAL_EPOCH = dayNumber(1899, 12, 31);
const LAST_SERIAL = dayNumber(9999, 12, 31) - SERIAL_EPOCH + 1;

/**
 * The date of an Excel serial number (the 1900 date system, which Excel in China uses): 1 is 1900-01-01,
 * 43539 is 2019-03-15. A time of day (the fraction) is ignored. Serial 60, Excel's 29 February 1900, and
 * serials outside 1–2958465 give undefined.
 *
 * @example
 * ```ts
 * dateOfExcelSerial(43539); // → "2019-03-15"
 * dateOfExcelSerial(60); // → undefined
 * ```
 */
export function dateOfExcelSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > LAST_SERIAL || whole === 60) return undefined;
  return fromDayNumber(SERIAL_EPOCH + (whole < 60 ? whole : whole - 1));
}

/**
 * The Excel serial number of a date (1900 date system), the inverse of {@link dateOfExcelSerial}.
 *
 * @example
 * ```ts
 * excelSerialOfDate("2019-03-15"); // → 43539
 * ```
 */
export function excelSerialOfDate(date: string): number {
  const days = dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) - SERIAL_EPOCH;
  return days < 60 ? days : days + 1;
}

const FULL =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:T|\s)\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_LAST = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/;
const SHORT_YEAR = /^(\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;
const PARTIAL = /^\d{4}\s*(?:年|[-/.]\s*\d{1,2}\s*月?|年\s*\d{1,2}\s*月)?$/;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

function found(date: string | undefined): DateReading {
  return date === undefined ? { ok: false, problem: "invalid" } : { ok: true, date };
}

/**
 * Reads a date cell: `2019-03-15`, `2019/3/15`, `2019.3.15`, `2019年3月15日`, `20190315`, a time after
 * the date (ignored), full-width digits, an Excel serial number (a number cell, or five digits as text),
 * and `15/3/2019` or `3/15/2019` when only one reading is a date. `3/4/2019` and two-digit years are
 * ambiguous; a year or month alone is partial; a day that does not exist is invalid.
 *
 * @example
 * ```ts
 * readDate("2019年3月15日"); // → { ok: true, date: "2019-03-15" }
 * readDate(43539); // → { ok: true, date: "2019-03-15" }
 * readDate("2019年2月30日"); // → { ok: false, problem: "invalid" }
 * readDate("3/4/2019"); // → { ok: false, problem: "ambiguous", readings: ["2019-03-04", "2019-04-03"] }
 * ```
 */
export function readDate(cell: Cell): DateReading {
  if (typeof cell === "number") return found(dateOfExcelSerial(cell));
  if (typeof cell !== "string") return { ok: false, problem: "invalid" };
  const text = foldText(cell);
  let match = FULL.exec(text) ?? COMPACT.exec(text);
  if (match !== null) return found(calendarDate(Number(match[1]), Number(match[2]), Number(match[3])));
  if (SERIAL_TEXT.test(text)) return found(dateOfExcelSerial(Number(text)));
  match = YEAR_LAST.exec(text);
  if (match !== null) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const dayFirst = calendarDate(year, second, first);
    const monthFirst = calendarDate(year, first, second);
    if (dayFirst !== undefined && monthFirst !== undefined && dayFirst !== monthFirst) {
      return { ok: false, problem: "ambiguous", readings: [monthFirst, dayFirst].sort() };
    }
    return found(dayFirst ?? monthFirst);
  }
  if (SHORT_YEAR.exec(text) !== null) return { ok: false, problem: "ambiguous" };
  if (PARTIAL.test(text)) return { ok: false, problem: "partial" };
  return { ok: false, problem: "invalid" };
}
