/**
 * The Tongcheng example (桐城市, 340881) filed for 2018: the seed's figures land in the right rows of the
 * right forms, and the organisation counts are those at the end of 2018.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDataset, type ParsedDataset } from "../../src/index.js";
import { findReportRow, indexStatistics, statisticalReport, statisticalReportLines } from "../../src/statistics/index.js";

const parsed = parseDataset(JSON.parse(readFileSync(new URL("../../examples/tongcheng/dataset.json", import.meta.url), "utf8")));
if (!parsed.ok) throw new Error("the Tongcheng data set must parse");
const data: ParsedDataset = parsed.data;
const statistics = indexStatistics(data);

function filed(form: string, year = 2018) {
  return statisticalReport(statistics, { form, year, scope: "340881" });
}

function value(form: string, code: string, year = 2018): number | undefined {
  return findReportRow(filed(form, year), code)?.value;
}

describe("Tongcheng, 2018: the seed's activity figures", () => {
  it("表3 row 01: 42 academic lectures of the health association", () => {
    const row = findReportRow(filed("3"), "01");
    expect(row?.label).toBe("举行国内外学术交流活动");
    expect(row?.value).toBe(42);
    expect(row?.recordIds.every((id) => id.startsWith("tc-agency-health-2018-lecture-"))).toBe(true);
  });

  it("表3 row 02: 1,320 participant-times", () => {
    expect(findReportRow(filed("3"), "02")).toMatchObject({ label: "参加人数", unit: "人次", value: 1320 });
  });

  it("表3 row 03: 32 experts invited", () => {
    expect(findReportRow(filed("3"), "03")).toMatchObject({ label: "邀请专家", unit: "人", value: 32 });
  });

  it("表5 row 03: 20 training classes of the agriculture association", () => {
    const row = findReportRow(filed("5"), "03");
    expect(row).toMatchObject({ label: "举办实用技术培训", unit: "次", value: 20 });
    expect(row?.recordIds.every((id) => id.startsWith("tc-agency-agriculture-2018-training-"))).toBe(true);
  });

  it("表5 row 04: 950 farmers trained", () => {
    expect(findReportRow(filed("5"), "04")).toMatchObject({ label: "培训人次", unit: "人次", value: 950 });
  });

  it("表5 rows 01, 02 and 01.4: three open days with 600 visitor-times, one of them for the national science day", () => {
    expect(value("5", "01")).toBe(3);
    expect(value("5", "02")).toBe(600);
    expect(findReportRow(filed("5"), "01.4")?.recordIds).toEqual(["tc-agency-meteorology-2018-open-day-02"]);
  });

  it("表7 row 04: the four demonstration bases, read from the facilities and not counted as activities", () => {
    const row = findReportRow(filed("7"), "04");
    expect(row).toMatchObject({ label: "科普示范基地", unit: "个", value: 4 });
    expect(row?.recordIds).toEqual([1, 2, 3, 4].map((n) => `tc-agency-agriculture-2018-base-0${n}`));
    expect(value("5", "01")).toBe(3);
    // Designated during 2018: none held at the end of 2017.
    expect(value("7", "04", 2017)).toBe(0);
  });

  it("表7 row 05: 1,435 demonstration households, one facility record that stands for them all", () => {
    const row = findReportRow(filed("7"), "05");
    expect(row).toMatchObject({ label: "科普示范户", unit: "户", value: 1435 });
    expect(row?.recordIds).toEqual(["tc-agency-agriculture-2018-households"]);
    expect(["01", "02", "03", "06"].map((code) => value("7", code))).toEqual([0, 0, 0, 0]);
  });

  it("is filed by the city association for 桐城市, for the calendar year", () => {
    const report = filed("1-1");
    expect(report.filingUnit).toEqual({
      divisionCode: "340881",
      divisionName: "桐城市",
      associationId: "tc",
      associationName: "桐城市科学技术协会",
    });
    expect(report.period).toEqual({ year: 2018, from: "2018-01-01", to: "2018-12-31", calendarYear: true });
    expect(report.notes).toEqual([]);
  });
});

describe("Tongcheng, 2018: organisation counts on 31 December 2018 (表1-1)", () => {
  const counts = Object.fromEntries(statisticalReportLines(filed("1-1")).map((line) => [line.code, line.value]));

  it("17 enterprise associations: the 8 from before 2018 and 9 founded during 2018", () => {
    expect(counts["02"]).toBe(17);
  });

  it("5 agency associations (education, health, agriculture, meteorology, seismology)", () => {
    expect(counts["08"]).toBe(5);
  });

  it("no township, sub-district, development-zone, village or community association yet (their congresses were in 2019)", () => {
    expect([counts["04"], counts["04.1"], counts["04.2"], counts["10"], counts["11"]]).toEqual([0, 0, 0, 0, 0]);
  });

  it("no university, school or public-institution association yet (founded 2019)", () => {
    expect([counts["03"], counts["12"], counts["09"]]).toEqual([0, 0, 0]);
  });

  it("no rural technical association or society in the example, and no three heads in township leadership yet", () => {
    expect([counts["05"], counts["01"], counts["13"], counts["13.1"]]).toEqual([0, 0, 0, 0]);
  });

  it("the whole form, row by row", () => {
    expect(counts).toEqual({
      "01": 0,
      "02": 17,
      "02.1": 0,
      "03": 0,
      "03.1": 0,
      "04": 0,
      "04.1": 0,
      "04.2": 0,
      "04.3": 0,
      "05": 0,
      "05.1": 0,
      "06": 0,
      "07": 0,
      "07.1": 0,
      "08": 5,
      "09": 0,
      "10": 0,
      "11": 0,
      "12": 0,
      "13": 0,
      "13.1": 0,
      "13.2": 0,
      "13.3": 0,
    });
  });
});

describe("Tongcheng, 2019: after the township congresses", () => {
  it("15 township and sub-district associations (12 + 3), 27 enterprise associations, and the three heads by post", () => {
    expect([value("1-1", "04", 2019), value("1-1", "04.1", 2019), value("1-1", "04.2", 2019), value("1-1", "02", 2019)]).toEqual([
      15, 12, 3, 27,
    ]);
    // 15 agri-station heads and 15 health-centre directors as vice-chairs, 15 school principals as members.
    expect([value("1-1", "13", 2019), value("1-1", "13.1", 2019), value("1-1", "13.2", 2019), value("1-1", "13.3", 2019)]).toEqual([
      45, 30, 0, 15,
    ]);
  });
});
