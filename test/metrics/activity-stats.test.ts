import { describe, expect, it } from "vitest";
import { activityStats } from "../../src/metrics/index.js";
import { buildHierarchy, type ParsedDataset } from "../../src/index.js";
import { deepFreeze, snapshot } from "../helpers/deep-freeze.js";
import { SEED_DATE, tongcheng } from "./tongcheng-fixture.js";

const dataset: ParsedDataset = deepFreeze(tongcheng());
const before = snapshot(dataset);

describe("activityStats on the seed's 2018 figures", () => {
  const stats = activityStats(dataset, { asOf: SEED_DATE, by: ["year", "organizer", "type"] });
  const group = (year: number, organizerId: string, type: string) =>
    stats.groups.find((g) => g.year === year && g.organizerId === organizerId && g.type === type);

  it("gives the health association's 42 lectures, 32 experts and 1,320 participant-times", () => {
    expect(group(2018, "tc-health", "academic-lecture")).toEqual({
      year: 2018,
      type: "academic-lecture",
      campaign: null,
      organizerId: "tc-health",
      subtreeRootId: null,
      activities: 42,
      participantTimes: 1320,
      expertsInvited: 32,
      trainees: 0,
      volunteers: 0,
      fundingYuan: 0,
    });
  });

  it("gives the agriculture association's 20 training classes with 950 trainees", () => {
    expect(group(2018, "tc-agri", "training-class")).toMatchObject({ activities: 20, trainees: 950, participantTimes: 950 });
  });

  it("counts a multi-day activity in the year it starts", () => {
    // The lecture of 2017-12-30 … 2018-01-02 is a 2017 lecture; 2018-12-30 … 2019-01-02 is one of 2018's 42.
    expect(group(2017, "tc-health", "academic-lecture")).toMatchObject({ activities: 1, participantTimes: 40 });
    expect(group(2019, "tc-health", "academic-lecture")).toBeUndefined();
  });

  it("leaves out activities starting after asOf (plans), and orders groups by the keys in turn", () => {
    expect(stats.groups.some((g) => g.year === 2021)).toBe(false);
    const keys = stats.groups.map((g) => [g.year, g.organizerId]);
    const sorted = [...keys].sort((a, b) => (a[0] as number) - (b[0] as number) || String(a[1]).localeCompare(String(b[1])));
    expect(keys).toEqual(sorted);
    expect(stats.total.activities).toBe(stats.groups.reduce((n, g) => n + g.activities, 0));
  });

  it("filters by period, types and organisers", () => {
    const open = activityStats(dataset, { asOf: SEED_DATE, by: ["type"], from: "2018-01-01", to: "2018-12-31", types: ["open-day"] });
    expect(open.groups).toEqual([
      {
        year: null,
        type: "open-day",
        campaign: null,
        organizerId: null,
        subtreeRootId: null,
        activities: 2,
        participantTimes: 600,
        expertsInvited: 0,
        trainees: 0,
        volunteers: 0,
        fundingYuan: 0,
      },
    ]);
    const health = activityStats(dataset, { asOf: SEED_DATE, by: [], organizerIds: ["tc-health"], from: "2018-01-01", to: "2018-12-31" });
    expect(health.groups).toHaveLength(1);
    expect(health.total).toEqual({
      activities: 42,
      participantTimes: 1320,
      expertsInvited: 32,
      trainees: 0,
      volunteers: 0,
      fundingYuan: 0,
    });
  });
});

describe("activityStats by organiser subtree", () => {
  it("rolls the hospital teams' activities up to the health association, and the rest to the nearest root", () => {
    const stats = activityStats(dataset, { asOf: SEED_DATE, by: ["subtree", "year"], subtreeRoots: ["tc-health", "tc"] });
    const health2018 = stats.groups.find((g) => g.subtreeRootId === "tc-health" && g.year === 2018);
    expect(health2018).toMatchObject({ activities: 43, participantTimes: 1345, expertsInvited: 33 });
    const health2019 = stats.groups.find((g) => g.subtreeRootId === "tc-health" && g.year === 2019);
    expect(health2019).toMatchObject({ activities: 1, volunteers: 12 });
    // Agriculture's 20 training classes of 2018 and the 2 open days go to the city association, not to
    // health; its bases are designations and count for nothing here.
    expect(stats.groups.find((g) => g.subtreeRootId === "tc" && g.year === 2018)).toMatchObject({ activities: 22 });
    expect(stats.groups.map((g) => g.subtreeRootId)).toEqual(["tc", "tc", "tc-health", "tc-health", "tc-health"]);
  });

  it("uses a given hierarchy, and puts organisers outside every subtree under null, last", () => {
    const { hierarchy } = buildHierarchy(dataset.associations);
    const stats = activityStats(dataset, { asOf: SEED_DATE, by: ["subtree"], subtreeRoots: ["tc-health"], hierarchy });
    expect(stats.groups.map((g) => [g.subtreeRootId, g.activities])).toEqual([
      ["tc-health", 45],
      [null, 23],
    ]);
  });

  it("throws a TypeError naming the function without subtree roots or with an unknown dimension", () => {
    expect(() => activityStats(dataset, { asOf: SEED_DATE, by: ["subtree"] })).toThrow(/^activityStats: options\.subtreeRoots/);
    expect(() => activityStats(dataset, { asOf: SEED_DATE, by: ["month"] } as never)).toThrow(/^activityStats: options\.by/);
    expect(() => activityStats(dataset, { by: [] } as never)).toThrow(/^activityStats: options\.asOf/);
  });

  it("does not mutate its inputs", () => {
    expect(dataset).toEqual(before);
  });
});
