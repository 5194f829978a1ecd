/**
 * A county's report equals the sum of its townships' reports plus its own records', for every additive
 * row; and a count's record list has exactly as many entries as the count. Shown on the Tongcheng
 * example and, as a property, on random data sets (fast-check, seed pinned in test/setup.ts).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDataset, type Association, type Dataset } from "../../src/index.js";
import {
  CALENDAR_YEAR,
  INDICATORS,
  indexStatistics,
  statisticalReport,
  statisticalReportLines,
  type ReportRow,
  type StatisticalForm,
  type StatisticalReport,
} from "../../src/statistics/index.js";
import { COUNTY, TOWNSHIPS, randomCountyDataset } from "./random-dataset.js";
import { parsed } from "../helpers/parsed.js";

/** A form with one row per indicator of the catalogue, so every indicator is checked. */
const EVERY_INDICATOR: StatisticalForm = {
  id: "every-indicator",
  code: null,
  title: { "zh-CN": "全部指标", en: "Every indicator" },
  citation: [],
  note: { "zh-CN": "", en: "" },
  period: CALENDAR_YEAR,
  rows: INDICATORS.map((indicator, i) => ({ code: String(i + 1), label: indicator.name, unit: indicator.unit, indicator: indicator.id })),
};

const MEASURE = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

function rowsOf(report: StatisticalReport): Map<string, ReportRow> {
  const rows = new Map<string, ReportRow>();
  const stack = [...report.rows];
  while (stack.length > 0) {
    const row = stack.pop() as ReportRow;
    rows.set(row.code, row);
    stack.push(...row.children);
  }
  return rows;
}

/** The division code an association is placed by, walking parents: the test's own oracle. */
function placement(dataset: Dataset): Map<string, string | undefined> {
  const byId = new Map(dataset.associations.map((a) => [a.id, a]));
  const out = new Map<string, string | undefined>();
  for (const association of dataset.associations) {
    let current: Association | undefined = association;
    const seen = new Set<string>();
    while (current !== undefined && current.divisionCode === undefined && !seen.has(current.id)) {
      seen.add(current.id);
      current = current.parentId === undefined ? undefined : byId.get(current.parentId);
    }
    out.set(association.id, current?.divisionCode);
  }
  return out;
}

/** The dataset cut down to the records whose placement passes a test: a county's own records, those outside it. */
function recordsPlaced(dataset: Dataset, test: (code: string | undefined) => boolean): Dataset {
  const placed = placement(dataset);
  const keep = new Set(dataset.associations.filter((a) => test(placed.get(a.id))).map((a) => a.id));
  // A kept association whose parent is cut records its own division code (one placed by its parent's is
  // placed where its parent is, so the parent is kept too): dropping the link leaves where it counts as it was.
  const associations = dataset.associations
    .filter((a) => keep.has(a.id))
    .map((a) => {
      if (a.parentId === undefined || keep.has(a.parentId)) return a;
      const { parentId: _cut, ...rest } = a;
      return rest;
    });
  const activities = dataset.activities
    .filter((a) => keep.has(a.organizerId))
    .map((a) => {
      // Co-organisers are not credited, so one cut away changes no figure.
      const coOrganizerIds = a.coOrganizerIds?.filter((id) => keep.has(id));
      return coOrganizerIds === undefined ? a : { ...a, coOrganizerIds };
    });
  return {
    ...dataset,
    associations,
    members: dataset.members.filter((m) => keep.has(m.associationId)),
    committees: dataset.committees.filter((c) => keep.has(c.associationId)),
    activities,
    facilities: dataset.facilities.filter((f) => keep.has(f.associationId)),
    outputs: dataset.outputs.filter((o) => keep.has(o.associationId)),
  };
}

/** Checks additivity of every row and that counts list as many records as they count; returns the county report. */
function checkAdditive(
  dataset: Dataset,
  county: string,
  subAreas: readonly string[],
  year: number,
  period = CALENDAR_YEAR,
): StatisticalReport {
  const statistics = indexStatistics(parsed(dataset));
  const options = { form: EVERY_INDICATOR, year, period } as const;
  const whole = statisticalReport(statistics, { ...options, scope: county });
  const parts = [
    ...subAreas.map((scope) => statisticalReport(statistics, { ...options, scope })),
    statisticalReport(parsed(recordsPlaced(dataset, (code) => code === county)), { ...options, scope: county }),
  ].map(rowsOf);
  for (const [code, row] of rowsOf(whole)) {
    const indicator = MEASURE.get(row.indicator);
    if (indicator?.measure === "count") {
      expect(row.recordIds, row.indicator).toHaveLength(row.value);
      expect(new Set(row.recordIds).size, row.indicator).toBe(row.value);
    }
    if (indicator?.additive !== true) continue;
    const partRows = parts.map((rows) => rows.get(code) as ReportRow);
    expect(row.value, row.indicator).toBe(partRows.reduce((sum, part) => sum + part.value, 0));
    expect(row.recordIds, row.indicator).toEqual(partRows.flatMap((part) => part.recordIds).sort());
  }
  // Nothing is dropped: without a scope, the county's records plus those placed outside it or nowhere.
  const everything = rowsOf(statisticalReport(statistics, options));
  const outside = rowsOf(
    statisticalReport(parsed(recordsPlaced(dataset, (code) => code === undefined || !code.startsWith(county))), options),
  );
  for (const [code, row] of rowsOf(whole)) {
    expect((everything.get(code) as ReportRow).value, row.indicator).toBe(row.value + (outside.get(code) as ReportRow).value);
  }
  return whole;
}

describe("a county's report is the sum of its townships' plus its own records", () => {
  it("every indicator is additive (so the property below covers every row of every form)", () => {
    expect(INDICATORS.filter((indicator) => !indicator.additive).map((indicator) => indicator.id)).toEqual([]);
  });

  it("holds on the Tongcheng example in 2018 and 2019, and its 2019 report is not all zero", () => {
    const parsed = parseDataset(JSON.parse(readFileSync(new URL("../../examples/tongcheng/dataset.json", import.meta.url), "utf8")));
    if (!parsed.ok) throw new Error("the Tongcheng data set must parse");
    const townships = parsed.data.divisions.filter((d) => d.level === "township").map((d) => d.code);
    expect(townships).toHaveLength(17);
    checkAdditive(parsed.data, "340881", townships, 2018);
    const whole = checkAdditive(parsed.data, "340881", townships, 2019);
    const values = statisticalReportLines(whole);
    // The township-level associations exist by the end of 2019, so the township reports are not empty.
    expect(values.find((line) => line.indicator === "associations.township-and-subdistrict")?.value).toBe(15);
    expect(values.find((line) => line.indicator === "three-heads.seated")?.value).toBe(45);
  });

  it("holds on random data sets, for every indicator, year and period", () => {
    fc.assert(
      fc.property(
        randomCountyDataset,
        fc.constantFrom(2017, 2018, 2019),
        fc.constantFrom(CALENDAR_YEAR, { from: "01-01", to: "10-31" }, { from: "03-15", to: "09-30" }),
        (document, year, period) => {
          const parsed = parseDataset(document);
          expect(parsed.issues.filter((issue) => issue.severity === "error")).toEqual([]);
          checkAdditive(parsed.data as Dataset, COUNTY, TOWNSHIPS, year, period);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("the random data sets reach every indicator with a non-zero value somewhere", () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(randomCountyDataset, fc.constantFrom(2017, 2018, 2019), (document, year) => {
        for (const line of statisticalReportLines(statisticalReport(parsed(document), { form: EVERY_INDICATOR, year, scope: COUNTY }))) {
          if (line.value > 0) reached.add(line.indicator);
        }
      }),
      { numRuns: 200 },
    );
    // Only the levels above a county stay at zero: the random data sets are of one county.
    const never = INDICATORS.map((indicator) => indicator.id).filter((id) => !reached.has(id));
    expect(never.sort()).toEqual(["associations.national", "associations.prefectural", "associations.provincial"].sort());
  });
});
