import { describe, expect, it } from "vitest";
import { activityStats, dormantAssociations, facilityStats, outputStats, toWanYuan, workCoverage } from "../../src/metrics/index.js";
import { type ParsedDataset, indexDataset, type Activity } from "../../src/index.js";
import { toRows } from "../../src/csv/index.js";
import { deepFreeze, snapshot } from "../helpers/deep-freeze.js";
import { parsed } from "../helpers/parsed.js";
import { SEED_DATE, tongcheng, tongchengDocument } from "./tongcheng-fixture.js";

const dataset = deepFreeze(tongcheng());
const before = snapshot(dataset);

/** The fixture with more activities, parsed. */
function withActivities(...extra: Activity[]): ParsedDataset {
  const doc = tongchengDocument();
  return parsed({ ...doc, activities: [...doc.activities, ...extra] });
}

describe("facilityStats", () => {
  it("counts the seed's 2018 designations: 4 bases and 1,435 households, in records and in units", () => {
    const made = facilityStats(dataset, { from: "2018-01-01", asOf: "2018-12-31", by: ["kind"] });
    expect(made).toMatchObject({ kind: "facility-stats", basis: "designated", from: "2018-01-01", areaLevel: null });
    expect(made.groups.map((g) => [g.facilityKind, g.records, g.units])).toEqual([
      ["demonstration-base", 4, 4],
      ["demonstration-household", 1, 1435],
    ]);
    expect(made.total).toEqual({ records: 5, units: 1439 });
  });

  it("counts the facilities in effect on a day, leaving out the withdrawn", () => {
    const endOf2018 = facilityStats(dataset, { asOf: "2018-12-31", by: ["kind"] });
    expect(endOf2018.basis).toBe("in-effect");
    expect(endOf2018.groups.map((g) => [g.facilityKind, g.units])).toEqual([
      ["bulletin-board", 1],
      ["demonstration-base", 4],
      ["demonstration-household", 1435],
    ]);
    // The board came down on 2019-07-01: the first day it no longer counts.
    expect(facilityStats(dataset, { asOf: "2019-06-30", by: [], kinds: ["bulletin-board"] }).total.units).toBe(1);
    expect(facilityStats(dataset, { asOf: "2019-07-01", by: [], kinds: ["bulletin-board"] }).total.units).toBe(0);
    expect(facilityStats(dataset, { asOf: "2017-05-31", by: [] }).groups).toEqual([]);
  });

  it("groups by the area at a level, naming it from the division list, with coarser codes under null, last", () => {
    const byTownship = facilityStats(dataset, { asOf: SEED_DATE, by: ["area"] });
    expect(byTownship.areaLevel).toBe("township");
    expect(byTownship.groups.map((g) => [g.areaCode, g.areaName, g.units])).toEqual([
      ["340881001", "龙腾街道", 1],
      ["340881002", "文昌街道", 1],
      ["340881003", "龙眠街道", 1],
      ["340881100", "孔城镇", 1],
      [null, null, 1435],
    ]);
    const byCounty = facilityStats(dataset, { asOf: SEED_DATE, by: ["area"], areaLevel: "county" });
    expect(byCounty.groups.map((g) => [g.areaCode, g.areaName, g.units])).toEqual([["340881", "桐城市", 1439]]);
    expect(facilityStats(dataset, { asOf: SEED_DATE, by: [], scope: "340881100" }).total).toEqual({ records: 1, units: 1 });
  });

  it("groups by association, subtree and year of designation", () => {
    const result = facilityStats(indexDataset(dataset), {
      asOf: "2018-12-31",
      by: ["subtree", "association", "year"],
      subtreeRoots: ["tc-agri"],
    });
    expect(result.groups.map((g) => [g.subtreeRootId, g.associationId, g.year, g.units])).toEqual([
      ["tc-agri", "tc-agri", 2018, 1439],
      [null, "tc-met", 2017, 1],
    ]);
    expect(facilityStats(dataset, { asOf: SEED_DATE, by: [], associationIds: ["tc-met"] }).total.records).toBe(0);
  });

  it("flattens to rows and throws a TypeError naming itself on misuse", () => {
    const rows = toRows(facilityStats(dataset, { asOf: "2018-12-31", by: ["kind"] }));
    expect(rows[0]).toMatchObject({ metric: "facility-stats", basis: "in-effect", facilityKind: "bulletin-board", units: 1 });
    expect(() => facilityStats(dataset, { asOf: SEED_DATE, by: ["kind"], kinds: ["library"] } as never)).toThrow(
      /^facilityStats: options\.kinds/,
    );
    expect(() => facilityStats(dataset, { asOf: SEED_DATE, by: ["area"], areaLevel: "street" } as never)).toThrow(
      /^facilityStats: options\.areaLevel/,
    );
    expect(() => facilityStats(dataset, { asOf: SEED_DATE, by: ["subtree"] })).toThrow(/^facilityStats: options\.subtreeRoots/);
    expect(() => facilityStats(dataset, { by: [] } as never)).toThrow(/^facilityStats: options\.asOf/);
  });

  it("reads a data set that has no facilities collection as having none", () => {
    const { facilities: _none, ...old } = dataset;
    expect(facilityStats(parsed(old), { asOf: SEED_DATE, by: [] }).total).toEqual({ records: 0, units: 0 });
  });
});

describe("outputStats", () => {
  it("counts the seed's 2018 outputs: 20 papers and 3 award applications", () => {
    const result = outputStats(dataset, { asOf: SEED_DATE, from: "2018-01-01", to: "2018-12-31", by: ["kind", "stage"] });
    expect(result.groups.map((g) => [g.outputKind, g.stage, g.records, g.units])).toEqual([
      ["paper", null, 1, 20],
      ["award", "applied", 3, 3],
    ]);
    expect(result.total).toEqual({ records: 4, units: 23 });
  });

  it("leaves out outputs dated after asOf, and groups by year, association and subtree", () => {
    expect(outputStats(dataset, { asOf: "2018-06-30", by: [] }).total).toEqual({ records: 2, units: 2 });
    const result = outputStats(dataset, { asOf: SEED_DATE, by: ["subtree", "year"], subtreeRoots: ["tc"], kinds: ["award"] });
    expect(result.groups).toEqual([
      { year: 2018, outputKind: null, stage: null, associationId: null, subtreeRootId: "tc", records: 3, units: 3 },
    ]);
    expect(toRows(result, "total")).toEqual([{ metric: "output-stats", asOf: SEED_DATE, from: null, to: null, records: 3, units: 3 }]);
  });

  it("throws a TypeError naming itself on misuse", () => {
    expect(() => outputStats(dataset, { asOf: SEED_DATE, by: ["kind"], kinds: ["poster"] } as never)).toThrow(
      /^outputStats: options\.kinds/,
    );
    expect(() => outputStats(dataset, { asOf: SEED_DATE, by: ["month"] } as never)).toThrow(/^outputStats: options\.by/);
  });
});

describe("activities that are not activities", () => {
  // An older data set recorded a paper and a base as activities of the education association.
  const old = withActivities(
    { id: "edu-paper", organizerId: "tc-edu", type: "paper", startsOn: "2020-03-01", participantTimes: 0 },
    { id: "edu-base", organizerId: "tc-edu", type: "demonstration-base", startsOn: "2018-06-01", participantTimes: 0 },
  );

  it("make no association count as working or as awake", () => {
    const work = workCoverage(old, { from: "2018-01-01", asOf: "2018-12-31", kinds: ["government-agency"] });
    expect(work.associations.find((a) => a.id === "tc-edu")?.activities).toBe(0);
    const dormant = dormantAssociations(old, { asOf: "2020-06-30", months: 6 });
    expect(dormant.associations.find((a) => a.id === "tc-edu")).toMatchObject({ lastActivityOn: null, reasons: ["no-activity"] });
  });

  it("are left out of activity statistics unless their type is asked for", () => {
    const all = activityStats(old, { asOf: SEED_DATE, by: [], organizerIds: ["tc-edu"] });
    expect(all.total.activities).toBe(1); // the 2020 summer camp
    const asked = activityStats(old, { asOf: SEED_DATE, by: ["type"], organizerIds: ["tc-edu"], types: ["paper", "demonstration-base"] });
    expect(asked.groups.map((g) => [g.type, g.activities])).toEqual([
      ["demonstration-base", 1],
      ["paper", 1],
    ]);
  });
});

describe("activity campaigns and funding", () => {
  const ds = withActivities(
    {
      id: "sw",
      organizerId: "tc-edu",
      type: "exhibition",
      startsOn: "2018-05-20",
      participantTimes: 300,
      campaigns: ["science-week"],
      fundingYuan: 35_000,
    },
    {
      id: "both",
      organizerId: "tc-edu",
      type: "expert-report",
      startsOn: "2018-05-30",
      participantTimes: 80,
      campaigns: ["science-week", "sci-tech-workers-day"],
      fundingYuan: 5_000,
    },
    {
      id: "nsd",
      organizerId: "tc-met",
      type: "popular-science-lecture",
      startsOn: "2018-09-15",
      participantTimes: 120,
      campaigns: ["national-science-day"],
    },
  );

  it("groups by campaign, an activity of two campaigns in both groups and once in the total", () => {
    const result = activityStats(ds, {
      asOf: SEED_DATE,
      by: ["campaign"],
      from: "2018-01-01",
      to: "2018-12-31",
      organizerIds: ["tc-edu", "tc-met"],
    });
    expect(result.groups.map((g) => [g.campaign, g.activities, g.fundingYuan])).toEqual([
      ["national-science-day", 1, 0],
      ["science-week", 2, 40_000],
      ["sci-tech-workers-day", 1, 5_000],
      [null, 1, 0], // the meteorology open day of March
    ]);
    expect(result.total).toMatchObject({ activities: 4, fundingYuan: 40_000 });
  });

  it("counts the 'of which' row of campaign activities once each", () => {
    const ofWhich = activityStats(ds, { asOf: SEED_DATE, by: [], campaigns: ["national-science-day", "science-week"] });
    expect(ofWhich.total).toMatchObject({ activities: 3, participantTimes: 500 });
    expect(() => activityStats(ds, { asOf: SEED_DATE, by: [], campaigns: ["earth-day"] } as never)).toThrow(
      /^activityStats: options\.campaigns/,
    );
  });

  it("converts yuan to the 万元 of the yearly forms, rounding half up", () => {
    expect(toWanYuan(40_000)).toBe(4);
    expect(toWanYuan(35_000)).toBe(4);
    expect(toWanYuan(34_999)).toBe(3);
    expect(toWanYuan(35_000, 1)).toBe(3.5);
    expect(toWanYuan(12_345, 4)).toBe(1.2345);
    expect(toWanYuan(0)).toBe(0);
    expect(() => toWanYuan(-1)).toThrow(/^toWanYuan: yuan/);
    expect(() => toWanYuan(1.5)).toThrow(/^toWanYuan: yuan/);
    expect(() => toWanYuan(1, 5)).toThrow(/^toWanYuan: decimals/);
  });
});

describe("the new statistics", () => {
  it("do not mutate their inputs", () => {
    facilityStats(dataset, { asOf: SEED_DATE, by: ["area", "kind"] });
    outputStats(dataset, { asOf: SEED_DATE, by: ["kind"] });
    expect(dataset).toEqual(before);
  });
});
