import { describe, expect, it } from "vitest";
import { dormantAssociations, indexDataset, leadershipCoverage, workCoverage, type Dataset } from "../../src/index.js";
import { deepFreeze, snapshot } from "../helpers/deep-freeze.js";
import { SEED_DATE, tongcheng } from "./tongcheng-fixture.js";

const dataset: Dataset = deepFreeze(tongcheng());
const before = snapshot(dataset);

describe("leadershipCoverage (3+1)", () => {
  it("finds the seed's 15 agri-tech station heads as vice-chairs of the 15 towns and sub-districts", () => {
    const result = leadershipCoverage(dataset, {
      asOf: SEED_DATE,
      kinds: ["subdistrict", "township"],
      requiredHeads: ["agri-station-head"],
      posts: ["vice-chair"],
    });
    expect(result).toMatchObject({ kind: "leadership-coverage", total: 15, covered: 15, ratio: 1 });
    expect(result.byRole).toEqual([{ role: "agri-station-head", seated: 15, ratio: 1 }]);
    expect(result.associations.every((a) => a.complete && a.missingHeads.length === 0 && a.committeeId !== null)).toBe(true);
    expect(result.associations.map((a) => a.id)).toEqual([...result.associations.map((a) => a.id)].sort());
  });

  it("counts holders of the given posts only", () => {
    const chairs = leadershipCoverage(dataset, { asOf: SEED_DATE, kinds: ["township"], requiredHeads: ["agri-station-head"], posts: ["chair"] });
    expect([chairs.covered, chairs.total]).toEqual([0, 12]);
  });

  it("names the missing heads per association, in the model's role order", () => {
    const result = leadershipCoverage(indexDataset(dataset), {
      asOf: SEED_DATE,
      kinds: ["development-zone", "subdistrict", "township"],
      requiredHeads: ["school-principal", "agri-station-head", "hospital-director"],
    });
    expect(result.requiredHeads).toEqual(["hospital-director", "school-principal", "agri-station-head"]);
    expect([result.covered, result.total]).toEqual([0, 17]);
    expect(result.byRole.map((r) => [r.role, r.seated])).toEqual([
      ["hospital-director", 0],
      ["school-principal", 0],
      ["agri-station-head", 15],
    ]);
    const zone = result.associations.find((a) => a.associationKind === "development-zone");
    expect(zone?.missingHeads).toEqual(["hospital-director", "school-principal", "agri-station-head"]);
  });

  it("treats an association without a committee on the date as missing every head", () => {
    const result = leadershipCoverage(dataset, { asOf: "2019-04-20", kinds: ["township"], requiredHeads: ["agri-station-head"] });
    expect(result.covered).toBe(12);
    const early = leadershipCoverage(dataset, { asOf: "2019-04-19", kinds: ["county"], requiredHeads: ["agri-station-head"] });
    expect(early.associations).toEqual([
      { id: "tc", name: "桐城市科学技术协会", associationKind: "county", divisionCode: "340881", committeeId: null, complete: false, missingHeads: ["agri-station-head"] },
    ]);
  });

  it("throws a TypeError naming the function for unknown roles or posts", () => {
    expect(() => leadershipCoverage(dataset, { asOf: SEED_DATE, kinds: ["township"], requiredHeads: ["mayor"] } as never)).toThrow(/^leadershipCoverage: options\.requiredHeads/);
    expect(() => leadershipCoverage(dataset, { asOf: SEED_DATE, kinds: ["township"], requiredHeads: [], posts: ["boss"] } as never)).toThrow(/^leadershipCoverage: options\.posts/);
  });
});

describe("workCoverage (工作覆盖)", () => {
  it("counts the agency associations with an activity in 2018, co-organised open days included", () => {
    const result = workCoverage(dataset, { from: "2018-01-01", asOf: "2018-12-31", kinds: ["government-agency"] });
    expect(result).toMatchObject({ kind: "work-coverage", total: 5, covered: 4, ratio: 4 / 5 });
    expect(result.associations.map((a) => [a.id, a.activities])).toEqual([
      // 20 training classes: its 4 bases and 1,435 households are designations, its papers outputs.
      ["tc-agri", 20],
      ["tc-edu", 0],
      ["tc-health", 43],
      ["tc-met", 2],
      ["tc-seis", 2],
    ]);
  });

  it("counts an activity that overlaps the period, and co-organisers only when asked", () => {
    // The 2017 lecture runs into 2018; the last 2018 lecture runs into 2019.
    const jan2019 = workCoverage(dataset, { from: "2019-01-01", asOf: "2019-01-31", kinds: ["government-agency"] });
    expect(jan2019.associations.find((a) => a.id === "tc-health")?.activities).toBe(1);
    const own = workCoverage(dataset, { from: "2018-01-01", asOf: "2018-12-31", kinds: ["government-agency"], coOrganizers: false });
    expect(own.associations.find((a) => a.id === "tc-met")?.activities).toBe(1);
  });

  it("throws a TypeError naming the function without a period", () => {
    expect(() => workCoverage(dataset, { asOf: SEED_DATE } as never)).toThrow(/^workCoverage: options\.from/);
  });
});

describe("dormantAssociations", () => {
  it("lists the associations with no activity in the last 12 months", () => {
    const result = dormantAssociations(dataset, { asOf: SEED_DATE, months: 12, kinds: ["government-agency", "public-institution"] });
    expect(result).toMatchObject({ kind: "dormancy", since: "2019-09-07", total: 7 });
    expect(result.associations.map((a) => [a.id, a.lastActivityOn, a.reasons])).toEqual([
      ["tc-agri", "2018-12-21", ["no-activity"]],
      ["tc-health", "2019-01-02", ["no-activity"]],
      ["tc-hosp-1", "2018-06-06", ["no-activity"]],
      ["tc-hosp-2", "2019-05-30", ["no-activity"]],
      ["tc-met", "2018-05-12", ["no-activity"]],
      ["tc-seis", "2018-05-12", ["no-activity"]],
    ]);
    expect(result.dormant).toBe(6);
    expect(result.ratio).toBe(6 / 7);
  });

  it("ignores planned activities after the date, and counts the window's eve as outside it", () => {
    const agri = (asOf: string) =>
      dormantAssociations(dataset, { asOf, months: 12, kinds: ["government-agency"] }).associations.find((a) => a.id === "tc-agri");
    // The training class planned for 2021-03-01 does not count before it starts, and keeps it live after.
    expect(agri("2021-02-28")).toMatchObject({ lastActivityOn: "2018-12-21", reasons: ["no-activity"] });
    expect(agri("2021-07-20")).toBeUndefined();
    // The last 2018 class ended on 2018-12-21: live through 2019-12-20, dormant from 2019-12-21.
    expect(agri("2019-12-20")).toBeUndefined();
    expect(agri("2019-12-21")).toMatchObject({ lastActivityOn: "2018-12-21", reasons: ["no-activity"] });
  });

  it("flags committees past their term end, which is the election date plus the term", () => {
    // Township associations run no activities of their own here, so "no-activity" is always a reason.
    const onLastDay = dormantAssociations(dataset, { asOf: "2024-04-20", months: 12, kinds: ["township"] });
    expect(onLastDay.associations.map((a) => a.reasons)).toEqual(Array.from({ length: 12 }, () => ["no-activity"]));
    const dayAfter = dormantAssociations(dataset, { asOf: "2024-04-21", months: 12, kinds: ["township"] });
    expect(dayAfter.associations).toHaveLength(12);
    expect(dayAfter.associations[0]).toMatchObject({ termEndsOn: "2024-04-20", reasons: ["no-activity", "committee-expired"] });
    const threeYears = dormantAssociations(dataset, { asOf: "2022-04-21", months: 1, kinds: ["township"], defaultTermYears: 3 });
    expect(threeYears.associations.every((a) => a.reasons.includes("committee-expired"))).toBe(true);
  });

  it("throws a TypeError naming the function for a bad number of months", () => {
    expect(() => dormantAssociations(dataset, { asOf: SEED_DATE, months: 0 })).toThrow(/^dormantAssociations: options\.months/);
    expect(() => dormantAssociations(dataset, { asOf: SEED_DATE, months: 1.5 })).toThrow(TypeError);
  });

  it("does not mutate its inputs", () => {
    expect(dataset).toEqual(before);
  });
});
