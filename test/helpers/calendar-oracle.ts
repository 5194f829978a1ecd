/**
 * Calendar arithmetic on plain year, month and day numbers, with no `Date` at all: the oracle the
 * library's date functions are checked against, and the way the time-zone tests shift their days.
 */

/** Whether a year of the proleptic Gregorian calendar has a 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days of a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A day as `YYYY-MM-DD`. */
export function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function partsOf(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Months added by counting months since year 0, then keeping the day or the month's last day. */
export function addMonthsYmd(date: string, months: number): string {
  const [year, month, day] = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return ymd(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Years added as twelve months each. */
export function addYearsYmd(date: string, years: number): string {
  return addMonthsYmd(date, 12 * years);
}

/** Calendar months from `earlier` to `later`: the difference of their month numbers. */
export function monthsBetweenYmd(earlier: string, later: string): number {
  const [ey, em] = partsOf(earlier);
  const [ly, lm] = partsOf(later);
  return ly * 12 + lm - (ey * 12 + em);
}
