import { describe, expect, it } from "vitest";
import { calendarDate, dateOfExcelSerial, excelSerialOfDate, readDate } from "../../src/import/index.js";

describe("readDate", () => {
  it.each([
    ["2019-03-15"],
    ["2019/3/15"],
    ["2019.3.15"],
    ["2019年3月15日"],
    ["2019 年 3 月 15 日"],
    ["２０１９年３月１５日"],
    ["20190315"],
    ["2019-03-15 08:30"],
    ["2019/3/15 0:00:00"],
    ["2019-03-15T00:00:00Z"],
    ["15/3/2019"],
    ["3/15/2019"],
    ["43539"],
  ])("reads %s as 2019-03-15", (text) => {
    expect(readDate(text)).toEqual({ ok: true, date: "2019-03-15" });
  });

  it("reads Excel serial numbers, ignoring the time of day", () => {
    expect(readDate(43539)).toEqual({ ok: true, date: "2019-03-15" });
    expect(readDate(43539.99)).toEqual({ ok: true, date: "2019-03-15" });
    expect(readDate(1)).toEqual({ ok: true, date: "1900-01-01" });
    expect(readDate(59)).toEqual({ ok: true, date: "1900-02-28" });
    expect(readDate(61)).toEqual({ ok: true, date: "1900-03-01" });
    expect(readDate(2958465)).toEqual({ ok: true, date: "9999-12-31" });
  });

  it("reports a day that does not exist, Excel's 29 February 1900 and serials out of range as invalid", () => {
    for (const cell of ["2019年2月30日", "2019-02-29", "2019-13-01", "2019/4/31", 60, 0, -1, 2958466, Number.NaN, "hello", "", true])
      expect(readDate(cell as never), String(cell)).toEqual({ ok: false, problem: "invalid" });
    expect(readDate("2020-02-29")).toEqual({ ok: true, date: "2020-02-29" });
    expect(readDate("2000-02-29")).toEqual({ ok: true, date: "2000-02-29" });
    expect(readDate("1900-02-29")).toEqual({ ok: false, problem: "invalid" });
  });

  it("reports a date with two readings as ambiguous, with both readings", () => {
    expect(readDate("3/4/2019")).toEqual({ ok: false, problem: "ambiguous", readings: ["2019-03-04", "2019-04-03"] });
    expect(readDate("19/3/15")).toEqual({ ok: false, problem: "ambiguous" });
    // The same day either way is not ambiguous.
    expect(readDate("4/4/2019")).toEqual({ ok: true, date: "2019-04-04" });
  });

  it("reports a year or a month alone as partial", () => {
    for (const text of ["2019", "2019年", "2019年3月", "2019-03", "2019.3"])
      expect(readDate(text), text).toEqual({ ok: false, problem: "partial" });
  });
});

describe("Excel serials", () => {
  it("are the inverse of each other over the whole range, with no day skipped", () => {
    let previous = "1900-02-28";
    for (let serial = 61; serial < 2958466; serial += 997) {
      const date = dateOfExcelSerial(serial) as string;
      expect(excelSerialOfDate(date)).toBe(serial);
      expect(date > previous).toBe(true);
      previous = date;
    }
    expect(excelSerialOfDate("2019-03-15")).toBe(43539);
  });

  it("calendarDate checks leap years", () => {
    expect(calendarDate(2100, 2, 29)).toBeUndefined();
    expect(calendarDate(2400, 2, 29)).toBe("2400-02-29");
    expect(calendarDate(0, 1, 1)).toBeUndefined();
  });
});
