/**
 * The library's calendar arithmetic agrees with plain year-month-day integer arithmetic on every day of
 * the accepted range (1900-01-01..2099-12-31), with 29 February and month ends drawn often.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATE_RANGE } from "../../src/model/primitives.js";
import { addMonthsToDate, addYearsToDate, monthsBetween } from "../../src/charter/index.js";
import { addMonthsYmd, addYearsYmd, daysInMonth, isLeapYear, monthsBetweenYmd, ymd } from "../helpers/calendar-oracle.js";

const FIRST_YEAR = Number(DATE_RANGE.from.slice(0, 4));
const LAST_YEAR = Number(DATE_RANGE.to.slice(0, 4));

const anyDay = fc
  .record({ year: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), month: fc.integer({ min: 1, max: 12 }), day: fc.nat() })
  .map(({ year, month, day }) => ymd(year, month, 1 + (day % daysInMonth(year, month))));
const leapDay = fc
  .integer({ min: FIRST_YEAR, max: LAST_YEAR })
  .filter(isLeapYear)
  .map((year) => ymd(year, 2, 29));
const monthEnd = fc
  .record({ year: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => ymd(year, month, daysInMonth(year, month)));
const rangeEnd = fc.constantFrom(DATE_RANGE.from, DATE_RANGE.to);
const day = fc.oneof(
  { weight: 4, arbitrary: anyDay },
  { weight: 2, arbitrary: leapDay },
  { weight: 2, arbitrary: monthEnd },
  { weight: 1, arbitrary: rangeEnd },
);
const RUNS = { numRuns: 3000 };

describe("calendar arithmetic against year-month-day integers", () => {
  it("addYearsToDate", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -300, max: 300 }), (date, years) => {
        expect(addYearsToDate(date, years)).toBe(addYearsYmd(date, years));
      }),
      RUNS,
    );
  });

  it("addMonthsToDate", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -3600, max: 3600 }), (date, months) => {
        expect(addMonthsToDate(date, months)).toBe(addMonthsYmd(date, months));
      }),
      RUNS,
    );
  });

  it("monthsBetween", () => {
    fc.assert(
      fc.property(day, day, (earlier, later) => {
        expect(monthsBetween(earlier, later)).toBe(monthsBetweenYmd(earlier, later));
      }),
      RUNS,
    );
  });

  it("moves 29 February to 28 February in a common year and keeps it in a leap year", () => {
    fc.assert(
      fc.property(leapDay, fc.integer({ min: -200, max: 200 }), (date, years) => {
        const year = Number(date.slice(0, 4)) + years;
        expect(addYearsToDate(date, years)).toBe(ymd(year, 2, isLeapYear(year) ? 29 : 28));
      }),
      RUNS,
    );
  });
});
