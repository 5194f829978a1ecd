/**
 * User-defined forms and their issues, the reporting period, misuse of the API, immutability, and what
 * the record-access module reads off the records.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDataset, type ParsedDataset } from "../../src/index.js";
import { parsed as parsedFixture } from "../helpers/parsed.js";
import {
  BUILT_IN_FORMS,
  CALENDAR_YEAR,
  facilitiesOf,
  formById,
  outputsOf,
  parsePeriodRule,
  parseStatisticalForm,
  readActivity,
  reportingPeriod,
  statisticalReport,
  threeHeadsOf,
} from "../../src/statistics/index.js";
import { deepFreeze, snapshot } from "../helpers/deep-freeze.js";

const parsed = parseDataset(JSON.parse(readFileSync(new URL("../../examples/tongcheng/dataset.json", import.meta.url), "utf8")));
if (!parsed.ok) throw new Error("the Tongcheng data set must parse");
const data: ParsedDataset = parsed.data;

const minimal = {
  id: "tongcheng-2018-3",
  title: "表3 学术交流活动（本市）",
  rows: [
    {
      code: "1",
      label: "学术交流活动",
      indicator: "activities.academic-exchange",
      children: [
        { code: "1.1", label: { "zh-CN": "参加人次", en: "Participants" }, indicator: "activities.academic-exchange.participant-times" },
      ],
    },
  ],
};

describe("parseStatisticalForm", () => {
  it("accepts a minimal form: one text for both locales, units from the indicators, the calendar year", () => {
    const result = parseStatisticalForm(minimal);
    expect(result.issues).toEqual([]);
    expect(result.form).toEqual({
      id: "tongcheng-2018-3",
      code: null,
      title: { "zh-CN": "表3 学术交流活动（本市）", en: "表3 学术交流活动（本市）" },
      citation: [],
      note: { "zh-CN": "", en: "" },
      period: CALENDAR_YEAR,
      rows: [
        {
          code: "1",
          label: { "zh-CN": "学术交流活动", en: "学术交流活动" },
          unit: "次",
          indicator: "activities.academic-exchange",
          children: [
            {
              code: "1.1",
              label: { "zh-CN": "参加人次", en: "Participants" },
              unit: "人次",
              indicator: "activities.academic-exchange.participant-times",
            },
          ],
        },
      ],
    });
    const report = statisticalReport(data, {
      form: result.form as NonNullable<typeof result.form>,
      year: 2018,
      scope: "340881",
      locale: "en",
    });
    expect(report.rows[0]).toMatchObject({ label: "学术交流活动", value: 42, children: [{ label: "Participants", value: 1320 }] });
  });

  it("every built-in form, written as JSON, parses back to itself", () => {
    for (const form of BUILT_IN_FORMS) {
      const result = parseStatisticalForm(JSON.parse(JSON.stringify(form)));
      expect(result.issues, form.id).toEqual([]);
      expect(result.form, form.id).toEqual(JSON.parse(JSON.stringify(form)));
    }
  });

  it("names an unknown indicator and a unit other than the indicator's, at their paths, in both locales", () => {
    const form = {
      ...minimal,
      rows: [
        { code: "1", label: "x", indicator: "activities.lectures" },
        { code: "2", label: "y", unit: "人", indicator: "activities.training" },
      ],
    };
    const zh = parseStatisticalForm(form);
    expect(zh.ok).toBe(false);
    expect(zh.issues.map((i) => [i.code, i.path])).toEqual([
      ["form.unknown-indicator", ["rows", 0, "indicator"]],
      ["form.unit-mismatch", ["rows", 1, "unit"]],
    ]);
    expect(zh.issues[0]?.message).toBe("第 1 行：没有名为 activities.lectures 的指标（指标目录见 docs/annual-report.md）");
    const en = parseStatisticalForm(form, { locale: "en" });
    expect(en.issues[1]?.message).toBe("row 2: the unit is given as 人, but indicator activities.training counts in 次");
  });

  it("names a row code used twice, with where it was first", () => {
    const form = {
      ...minimal,
      rows: [
        {
          code: "1",
          label: "a",
          indicator: "activities.training",
          children: [{ code: "1", label: "b", indicator: "activities.training.trainees" }],
        },
      ],
    };
    const result = parseStatisticalForm(form, { locale: "en" });
    expect(result.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ["form.duplicate-row-code", ["rows", 0, "children", 0, "code"], "row code 1 is used again (first at rows[0])"],
    ]);
  });

  it("refuses a period with a day that not every year has, and one that ends before it starts", () => {
    expect(parseStatisticalForm({ ...minimal, period: { from: "01-01", to: "02-29" } }).issues.map((i) => [i.code, i.path])).toEqual([
      ["form.period-day", ["period", "to"]],
    ]);
    expect(parseStatisticalForm({ ...minimal, period: { from: "11-01", to: "10-31" } }).issues.map((i) => i.code)).toEqual([
      "form.period-order",
    ]);
    expect(parseStatisticalForm({ ...minimal, period: { from: "01-01", to: "10-31" } }).form?.period).toEqual({
      from: "01-01",
      to: "10-31",
    });
  });

  it("reports shape problems with the dataset's shape codes: a fourth level of rows, a missing id, not an object", () => {
    const deep = {
      ...minimal,
      rows: [
        {
          code: "1",
          label: "a",
          indicator: "activities.all",
          children: [
            {
              code: "2",
              label: "b",
              indicator: "activities.all",
              children: [{ code: "3", label: "c", indicator: "activities.all", children: [] }],
            },
          ],
        },
      ],
    };
    expect(parseStatisticalForm(deep).issues.map((i) => [i.code, i.path])).toEqual([
      ["shape.unknown-key", ["rows", 0, "children", 0, "children", 0, "children"]],
    ]);
    expect(parseStatisticalForm({ title: "t", rows: minimal.rows }).issues.map((i) => [i.code, i.path])).toEqual([
      ["shape.invalid-type", ["id"]],
    ]);
    expect(parseStatisticalForm(42).issues.map((i) => i.code)).toEqual(["shape.invalid-type"]);
  });

  it("never throws on a document that throws when read", () => {
    const hostile = { ...minimal };
    Object.defineProperty(hostile, "rows", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    const result = parseStatisticalForm(hostile, { locale: "en" });
    expect(result.issues.map((i) => i.code)).toEqual(["shape.unreadable"]);
  });
});

describe("the reporting period", () => {
  it("is the calendar year by default", () => {
    expect(reportingPeriod(2018)).toEqual({ year: 2018, from: "2018-01-01", to: "2018-12-31", calendarYear: true });
  });

  it("may be part of the year, read from MM-DD..MM-DD", () => {
    expect(parsePeriodRule("01-01..10-31")).toEqual({ from: "01-01", to: "10-31" });
    expect(reportingPeriod(2013, parsePeriodRule("01-01..10-31"))).toEqual({
      year: 2013,
      from: "2013-01-01",
      to: "2013-10-31",
      calendarYear: false,
    });
    for (const bad of ["01-01", "01-01..02-29", "10-31..01-01", "1-1..10-31", "01-01..13-01"]) {
      expect(() => parsePeriodRule(bad), bad).toThrow(/^parsePeriodRule: /);
    }
  });

  it("January to October counts the activities started by 31 October, reads stocks that day, and says no planned figures are made", () => {
    const report = statisticalReport(data, { form: "3", year: 2018, scope: "340881", period: { from: "01-01", to: "10-31" } });
    const lectures = data.activities.filter(
      (a) => a.type === "academic-lecture" && a.startsOn >= "2018-01-01" && a.startsOn <= "2018-10-31",
    );
    expect(lectures.length).toBeGreaterThan(0);
    expect(lectures.length).toBeLessThan(42);
    expect(report.rows[0]?.value).toBe(lectures.length);
    expect(report.rows[1]?.value).toBe(lectures.reduce((sum, a) => sum + a.participantTimes, 0));
    expect(report.period).toEqual({ year: 2018, from: "2018-01-01", to: "2018-10-31", calendarYear: false });
    expect(report.notes).toEqual([
      "统计期为 2018-01-01 至 2018-10-31，不是全年：表中只有记录在案的实际数。通知要求的其余月份预计数，kexie 不推算，需另行填报。",
    ]);
    const enterprises = statisticalReport(data, { form: "1-1", year: 2018, scope: "340881", period: { from: "01-01", to: "10-31" } });
    const byEnd = data.associations.filter((a) => a.kind === "enterprise" && a.establishedOn <= "2018-10-31").length;
    expect(enterprises.rows.find((row) => row.code === "02")?.value).toBe(byEnd);
  });
});

describe("statisticalReport: misuse throws a TypeError named after it; the input is never changed", () => {
  it.each([
    ["an unknown form", { form: "2", year: 2018 }],
    ["a form without rows", { form: {}, year: 2018 }],
    ["a two-digit year", { form: "3", year: 18 }],
    ["a year as text", { form: "3", year: "2018" }],
    ["a malformed scope", { form: "3", year: 2018, scope: "3408811" }],
    ["a malformed period", { form: "3", year: 2018, period: { from: "13-01", to: "12-31" } }],
    ["an unknown locale", { form: "3", year: 2018, locale: "fr" }],
    [
      "a row naming no indicator",
      { form: { ...formById("3"), rows: [{ code: "1", label: { "zh-CN": "x", en: "x" }, unit: "次", indicator: "nope" }] }, year: 2018 },
    ],
    [
      "a row in another unit",
      {
        form: { ...formById("3"), rows: [{ code: "1", label: { "zh-CN": "x", en: "x" }, unit: "人", indicator: "activities.all" }] },
        year: 2018,
      },
    ],
  ])("%s", (_what, options) => {
    expect(() => statisticalReport(data, options as never)).toThrow(/^statisticalReport: /);
  });

  it("without options or a dataset", () => {
    expect(() => statisticalReport(data, undefined as never)).toThrow(/^statisticalReport: /);
    expect(() => statisticalReport(null as never, { form: "3", year: 2018 })).toThrow(/^statisticalReport: /);
  });

  it("does not change a frozen dataset or form, and gives the same report twice", () => {
    // A copy of the data is not parsed data: the frozen data set is parsed again from the copy.
    const frozen = parsedFixture(snapshot(data));
    const form = deepFreeze(snapshot(formById("1-1")));
    const before = snapshot(frozen);
    const first = statisticalReport(frozen, { form: form as never, year: 2019, scope: "340881" });
    expect(frozen).toEqual(before);
    expect(statisticalReport(frozen, { form: form as never, year: 2019, scope: "340881" })).toEqual(first);
  });

  it("without a scope counts the whole data set and names no filing unit", () => {
    const report = statisticalReport(data, { form: "1-1", year: 2018 });
    expect(report.filingUnit).toEqual({ divisionCode: null, divisionName: null, associationId: null, associationName: null });
    // Every enterprise association of the example lies in 340881, so the count is the same as with that scope.
    expect(report.rows.find((row) => row.code === "02")?.value).toBe(17);
  });

  it("places an association without a division code by its parent's, and names those placed nowhere", () => {
    const moved = parsedFixture({
      ...data,
      associations: [
        ...data.associations.map((a) => {
          if (a.id !== "tc-agency-health") return a;
          const { divisionCode: _placedByParent, ...rest } = a;
          return rest;
        }),
        { id: "nowhere", name: "无区划科协", kind: "enterprise", establishedOn: "2018-01-01" },
      ],
    });
    const report = statisticalReport(moved, { form: "3", year: 2018, scope: "340881" });
    expect(report.rows[0]?.value).toBe(42);
    expect(report.unplacedAssociationIds).toEqual(["nowhere"]);
    expect(report.notes[0]).toMatch(/^有 1 个组织及其上级均未填写行政区划/);
  });
});

describe("record access: how the statistics read the records", () => {
  it("reads categories and subtypes off activity types, and campaigns off their tags", () => {
    expect(readActivity({ type: "academic-lecture" })).toEqual({ category: "academic-exchange", subtype: null, campaigns: [] });
    expect(readActivity({ type: "international-academic-exchange" })).toEqual({
      category: "academic-exchange",
      subtype: "international-exchange",
      campaigns: [],
    });
    for (const type of ["expert-report", "exhibition", "consultation", "open-day"] as const) {
      expect(readActivity({ type })).toEqual({ category: "popularisation", subtype: type, campaigns: [] });
    }
    expect(readActivity({ type: "open-day", campaigns: ["national-science-day"] }).campaigns).toEqual(["national-science-day"]);
    // Tags, even none, are what the record says: the title is read only when the record has no tags at all.
    expect(readActivity({ type: "training-class", title: "科技活动周培训", campaigns: [] }).campaigns).toEqual([]);
    expect(readActivity({ type: "training-class", title: "科技活动周培训", campaigns: ["sci-tech-workers-day"] }).campaigns).toEqual([
      "sci-tech-workers-day",
    ]);
    expect(readActivity({ type: "training-class", title: "科技活动周培训" }).campaigns).toEqual(["science-week"]);
    expect(readActivity({ type: "demonstration-base" })).toEqual({ category: null, subtype: null, campaigns: [] });
    expect(readActivity({ type: "paper", campaigns: ["science-week"] })).toEqual({ category: null, subtype: null, campaigns: [] });
  });

  it("reads facilities and outputs from their collections, each record counting its units", () => {
    const facilities = facilitiesOf(data);
    expect(facilities.map((f) => [f.kind, f.units])).toEqual([
      ["demonstration-base", 1],
      ["demonstration-base", 1],
      ["demonstration-base", 1],
      ["demonstration-base", 1],
      ["demonstration-household", 1435],
    ]);
    const outputs = outputsOf(data);
    expect(outputs.filter((o) => o.kind === "paper")).toHaveLength(20);
    expect(outputs.filter((o) => o.kind === "award")).toHaveLength(3);
  });

  it("still counts an older data set's designations and outputs recorded as activities of the deprecated types", () => {
    const agriculture = data.associations.find((a) => a.id === "tc-agency-agriculture");
    const old = parsedFixture({
      formatVersion: 1,
      divisions: data.divisions,
      associations: [{ ...agriculture, parentId: undefined }],
      activities: [
        { id: "base", organizerId: "tc-agency-agriculture", type: "demonstration-base", startsOn: "2018-04-01", participantTimes: 0 },
        {
          id: "household",
          organizerId: "tc-agency-agriculture",
          type: "demonstration-household",
          startsOn: "2018-12-18",
          participantTimes: 0,
        },
        { id: "paper", organizerId: "tc-agency-agriculture", type: "paper", startsOn: "2018-03-02", participantTimes: 0 },
        { id: "award", organizerId: "tc-agency-agriculture", type: "award-application", startsOn: "2018-05-01", participantTimes: 0 },
      ],
      facilities: [
        {
          id: "new-base",
          kind: "demonstration-base",
          divisionCode: "340881",
          associationId: "tc-agency-agriculture",
          designatedOn: "2018-06-01",
          count: 2,
        },
      ],
    });
    expect(facilitiesOf(old).map((f) => [f.id, f.kind, f.designatedOn, f.units])).toEqual([
      ["new-base", "demonstration-base", "2018-06-01", 2],
      ["base", "demonstration-base", "2018-04-01", 1],
      ["household", "demonstration-household", "2018-12-18", 1],
    ]);
    expect(outputsOf(old).map((o) => [o.id, o.kind])).toEqual([
      ["paper", "paper"],
      ["award", "award"],
    ]);
    const report = statisticalReport(old, { form: "7", year: 2018, scope: "340881" });
    expect(report.rows.find((row) => row.code === "04")).toMatchObject({ value: 3, recordIds: ["base", "new-base"] });
    expect(report.standIns.map((standIn) => standIn.id)).toEqual(["facilities"]);
  });

  it("counts a facility on the period's last day only when designated by then and not yet withdrawn", () => {
    const agriculture = data.associations.find((a) => a.id === "tc-agency-agriculture");
    const facility = { kind: "science-e-station", divisionCode: "340881", associationId: "tc-agency-agriculture" };
    const withdrawn = parsedFixture({
      formatVersion: 1,
      divisions: data.divisions,
      associations: [{ ...agriculture, parentId: undefined }],
      facilities: [
        { ...facility, id: "open", designatedOn: "2018-12-31", count: 3 },
        { ...facility, id: "later", designatedOn: "2019-01-01" },
        { ...facility, id: "closed", designatedOn: "2017-01-01", withdrawnOn: "2018-12-31" },
        { ...facility, id: "closing", designatedOn: "2017-01-01", withdrawnOn: "2019-01-01" },
      ],
    });
    expect(statisticalReport(withdrawn, { form: "7", year: 2018, scope: "340881" }).rows[0]).toMatchObject({
      value: 4,
      recordIds: ["closing", "open"],
    });
    expect(statisticalReport(withdrawn, { form: "7", year: 2019, scope: "340881" }).rows[0]).toMatchObject({
      value: 4,
      recordIds: ["later", "open"],
    });
  });

  it("reads the 三长 from sector roles, through the member's person, under the head equivalences", () => {
    const member = { id: "m-1", associationId: "a", joinedOn: "2018-01-01", type: "individual", name: "陈某" } as const;
    expect(threeHeadsOf({ ...member, sectorRoles: ["health-centre-director", "veterinary-station-head"] })).toEqual(["hospital"]);
    expect(threeHeadsOf({ ...member, sectorRoles: ["central-school-principal", "agri-integrated-service-centre-director"] })).toEqual([
      "school",
      "agri-station",
    ]);
    const persons = new Map([["p-1", { id: "p-1", name: "陈某", sectorRoles: ["agri-service-centre-director" as const] }]]);
    expect(threeHeadsOf({ ...member, name: undefined, personId: "p-1" }, persons)).toEqual(["agri-station"]);
    expect(threeHeadsOf({ ...member, personId: "p-1", sectorRoles: ["school-principal"] }, persons)).toEqual(["school"]);
    expect(
      threeHeadsOf({ id: "g-1", associationId: "a", joinedOn: "2018-01-01", type: "group", name: "农场", relation: "other-organisation" }),
    ).toEqual([]);
  });

  it("counts outputs on a user-defined form by their items", () => {
    const result = parseStatisticalForm({
      id: "outputs",
      title: "成果",
      rows: [
        { code: "1", label: "论文", indicator: "outputs.paper" },
        { code: "2", label: "申报科技奖励", indicator: "outputs.award" },
      ],
    });
    const report = statisticalReport(data, { form: result.form as NonNullable<typeof result.form>, year: 2018, scope: "340881" });
    expect(report.rows.map((row) => [row.value, row.recordIds.length])).toEqual([
      [20, 20],
      [3, 3],
    ]);
  });
});
