import { describe, expect, it } from "vitest";
import { CalendarDate } from "../../src/model/primitives.js";
import { isActiveOn, termEndOf } from "../../src/index.js";
import { addMonthsToDate, addYearsToDate, isInEffect, monthsBetween, yearOf } from "../../src/charter/index.js";

// CI runs this file under TZ=Asia/Shanghai and TZ=America/Los_Angeles; the answers must not move.
describe("calendar dates", () => {
  it("accepts real days only", () => {
    expect(CalendarDate.safeParse("2020-02-29").success).toBe(true);
    expect(CalendarDate.safeParse("2019-02-29").success).toBe(false);
    expect(CalendarDate.safeParse("2019-13-01").success).toBe(false);
    expect(CalendarDate.safeParse("2019-1-01").success).toBe(false);
    expect(CalendarDate.safeParse("2019-01-01T00:00:00Z").success).toBe(false);
  });

  it("adds years and months on the calendar, clamping to month ends", () => {
    expect(addYearsToDate("2019-05-10", 5)).toBe("2024-05-10");
    expect(addYearsToDate("2020-02-29", 1)).toBe("2021-02-28");
    expect(addMonthsToDate("2020-01-31", 1)).toBe("2020-02-29");
    expect(addMonthsToDate("2020-03-15", -6)).toBe("2019-09-15");
    // Days on which some zones shift their clocks.
    expect(addYearsToDate("1991-04-14", 1)).toBe("1992-04-14");
    expect(addMonthsToDate("2023-03-12", 0)).toBe("2023-03-12");
    expect(addMonthsToDate("2023-11-05", 1)).toBe("2023-12-05");
  });

  it("reads every four-digit year as written and refuses a result past 9999", () => {
    // Date's constructor reads years 0–99 as 1900–1999; a fifth digit would sort before "2".
    expect(addYearsToDate("0050-03-15", 1)).toBe("0051-03-15");
    expect(addMonthsToDate("0000-03-31", -1)).toBe("0000-02-29");
    expect(addYearsToDate("9994-12-31", 5)).toBe("9999-12-31");
    expect(() => addYearsToDate("9999-12-31", 1)).toThrow(new TypeError("addYearsToDate: the result falls outside years 0000–9999"));
    expect(() => addMonthsToDate("0000-01-31", -1)).toThrow(new TypeError("addMonthsToDate: the result falls outside years 0000–9999"));
    expect(() => addMonthsToDate("2020-09-07", -1e9)).toThrow(/^addMonthsToDate: the result falls outside years 0000–9999$/);
  });

  it("throws a short TypeError named after the function on a malformed argument", () => {
    expect(() => addYearsToDate("2019-02-29", 1)).toThrow(/^addYearsToDate: date must be a real day written YYYY-MM-DD; got "2019-02-29"$/);
    expect(() => addMonthsToDate("2019-2-1", 1)).toThrow(/^addMonthsToDate: date must be a real day written YYYY-MM-DD; got "2019-2-1"$/);
    expect(() => monthsBetween("2019-01-01", 20190201 as never)).toThrow(
      /^monthsBetween: date must be a real day written YYYY-MM-DD; got 20190201$/,
    );
    expect(() => addYearsToDate("2020-01-01", 1.5)).toThrow(/^addYearsToDate: years must be a whole number; got 1\.5$/);
    expect(() => addMonthsToDate("2020-01-01", Number.NaN)).toThrow(/^addMonthsToDate: months must be a whole number; got NaN$/);
    expect(() => addYearsToDate("2020-01-01", 1n as never)).toThrow(/^addYearsToDate: years must be a whole number; got 1n$/);
    let message = "";
    try {
      addYearsToDate(`2020-01-01${"x".repeat(10_000_000)}`, 1);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /^addYearsToDate: date must be a real day written YYYY-MM-DD; got a string of 10000010 characters starting "2020-01-01x+"$/,
    );
    expect(message.length).toBeLessThan(200);
  });

  it("counts calendar months and years", () => {
    expect(monthsBetween("2020-01-31", "2020-03-01")).toBe(2);
    expect(monthsBetween("2020-03-01", "2020-01-31")).toBe(-2);
    expect(yearOf("2018-12-31")).toBe(2018);
  });

  it("treats an end date as the last day in effect", () => {
    expect(isInEffect("2019-01-01", "2020-12-31", "2020-12-31")).toBe(true);
    expect(isInEffect("2019-01-01", "2020-12-31", "2021-01-01")).toBe(false);
    expect(isInEffect("2019-01-01", undefined, "2018-12-31")).toBe(false);
  });

  it("ends a term on its anniversary: valid that day, expired the next", () => {
    const end = termEndOf({ electedOn: "2015-09-07" });
    expect(end).toBe("2020-09-07");
    expect(termEndOf({ electedOn: "2015-09-07", termYears: 3 })).toBe("2018-09-07");
  });

  it("counts an association as gone from its dissolution day", () => {
    const a = { establishedOn: "2018-01-01", dissolvedOn: "2020-01-01" };
    expect(isActiveOn(a, "2017-12-31")).toBe(false);
    expect(isActiveOn(a, "2018-01-01")).toBe(true);
    expect(isActiveOn(a, "2019-12-31")).toBe(true);
    expect(isActiveOn(a, "2020-01-01")).toBe(false);
  });
});
