import { describe, expect, it } from "vitest";
import {
  CalendarDate,
  addMonthsToDate,
  addYearsToDate,
  isActiveOn,
  isInEffect,
  monthsBetween,
  termEndOf,
  yearOf,
} from "../../src/index.js";

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
