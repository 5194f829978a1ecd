import { describe, expect, it } from "vitest";
import { dormantAssociations, leadershipCoverage, workCoverage } from "../../src/metrics/index.js";
import { indexDataset, type ParsedDataset, type IndividualMember, type Post } from "../../src/index.js";
import { toRows } from "../../src/csv/index.js";
import { deepFreeze, snapshot } from "../helpers/deep-freeze.js";
import { SEED_DATE, tongcheng } from "./tongcheng-fixture.js";
import { parsed } from "../helpers/parsed.js";

const dataset: ParsedDataset = deepFreeze(tongcheng());
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
    const chairs = leadershipCoverage(dataset, {
      asOf: SEED_DATE,
      kinds: ["township"],
      requiredHeads: ["agri-station-head"],
      posts: ["chair"],
    });
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
      {
        id: "tc",
        name: "桐城市科学技术协会",
        associationKind: "county",
        divisionCode: "340881",
        committeeId: null,
        complete: false,
        missingHeads: ["agri-station-head"],
        seatedHeads: [],
      },
    ]);
  });

  it("throws a TypeError naming the function for unknown roles or posts", () => {
    expect(() => leadershipCoverage(dataset, { asOf: SEED_DATE, kinds: ["township"], requiredHeads: ["mayor"] } as never)).toThrow(
      /^leadershipCoverage: options\.requiredHeads/,
    );
    expect(() =>
      leadershipCoverage(dataset, { asOf: SEED_DATE, kinds: ["township"], requiredHeads: [], posts: ["boss"] } as never),
    ).toThrow(/^leadershipCoverage: options\.posts/);
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

describe("leadershipCoverage: heads by post, people counted once", () => {
  // Suixi (440823): 林某 (a 卫生院院长) is a vice-chair of 黄略镇 and a member of the county committee;
  // 吴某 (a 中心学校校长) chairs 洋青镇; a 农技站站长 recorded without a person is a standing member of 黄略镇.
  const seat = (post: Post, memberId: string) => ({ post, holdings: [{ memberId, startOn: "2021-06-01", basis: "sector-head" as const }] });
  const member = (id: string, associationId: string, extra: Partial<IndividualMember>): IndividualMember => ({
    id,
    associationId,
    joinedOn: "2021-06-01",
    type: "individual",
    ...extra,
  });
  const committee = (associationId: string, seats: ReturnType<typeof seat>[]) => ({
    id: `${associationId}-c`,
    associationId,
    term: 1,
    electedOn: "2021-06-01",
    seats,
  });
  const suixi = parsed({
    formatVersion: 1,
    divisions: [],
    associations: [
      { id: "sx", name: "遂溪县科协", kind: "county", divisionCode: "440823", establishedOn: "1980-01-01" },
      { id: "hl", name: "黄略镇科协", kind: "township", divisionCode: "440823101", parentId: "sx", establishedOn: "2019-01-01" },
      { id: "yq", name: "洋青镇科协", kind: "township", divisionCode: "440823102", parentId: "sx", establishedOn: "2019-01-01" },
    ],
    committees: [
      committee("sx", [seat("member", "sx-lin")]),
      committee("hl", [seat("vice-chair", "hl-lin"), seat("standing-member", "hl-agri")]),
      committee("yq", [seat("chair", "yq-wu")]),
    ],
    members: [
      member("sx-lin", "sx", { personId: "p-lin" }),
      member("hl-lin", "hl", { personId: "p-lin" }),
      member("hl-agri", "hl", { name: "农技站站长", titleLevel: "intermediate", sectorRoles: ["agri-station-head"] }),
      member("yq-wu", "yq", { personId: "p-wu" }),
    ],
    persons: [
      { id: "p-lin", name: "林某", sectorRoles: ["health-centre-director"] },
      { id: "p-wu", name: "吴某", sectorRoles: ["central-school-principal"] },
    ],
    activities: [],
  });
  const options = {
    asOf: "2021-12-31",
    kinds: ["county", "township"],
    requiredHeads: ["hospital-director", "school-principal", "agri-station-head"],
  } as const;

  it("counts each person once, at their highest post across associations", () => {
    const result = leadershipCoverage(suixi, options);
    expect(result.heads).toBe(3);
    expect(result.byPost).toEqual([
      { post: "chair", heads: 1 },
      { post: "executive-vice-chair", heads: 0 },
      { post: "vice-chair", heads: 1 },
      { post: "secretary-general", heads: 0 },
      { post: "standing-member", heads: 1 },
      { post: "member", heads: 0 },
    ]);
  });

  it("lists each association's seated heads with their highest post, in any post", () => {
    const result = leadershipCoverage(suixi, { ...options, posts: ["chair", "vice-chair"] });
    const hl = result.associations.find((a) => a.id === "hl");
    expect(hl?.seatedHeads).toEqual([
      { role: "hospital-director", post: "vice-chair", memberId: "hl-lin", personId: "p-lin" },
      { role: "agri-station-head", post: "standing-member", memberId: "hl-agri", personId: null },
    ]);
    // The standing member does not count for coverage when only chairs and vice-chairs do.
    expect(hl?.missingHeads).toEqual(["school-principal", "agri-station-head"]);
    // 林某 sits on the county committee only as a member.
    expect(result.byRole.map((r) => [r.role, r.seated])).toEqual([
      ["hospital-director", 1],
      ["school-principal", 1],
      ["agri-station-head", 0],
    ]);
  });

  it("reads heads through the default equivalences, and the caller's", () => {
    expect(leadershipCoverage(suixi, options).byRole.map((r) => r.seated)).toEqual([2, 1, 1]);
    const strict = leadershipCoverage(suixi, { ...options, equivalents: { "hospital-director": ["hospital-director"] } });
    expect(strict.byRole.map((r) => r.seated)).toEqual([0, 1, 1]);
    expect(strict.heads).toBe(2);
  });

  it("filters by appointment mode, and rejects malformed options with a TypeError", () => {
    expect(leadershipCoverage(suixi, { ...options, appointmentModes: ["full-time"] }).heads).toBe(3);
    expect(() => leadershipCoverage(suixi, { ...options, appointmentModes: ["part-time"] } as never)).toThrow(
      /^leadershipCoverage: options\.appointmentModes/,
    );
    expect(() => leadershipCoverage(suixi, { ...options, equivalents: { "hospital-director": ["nurse"] } } as never)).toThrow(
      /^leadershipCoverage: options\.equivalents/,
    );
  });

  it("flattens the posts to rows", () => {
    const rows = toRows(leadershipCoverage(suixi, options), "posts");
    expect(rows.map((r) => [r.post, r.heads])).toEqual([
      ["chair", 1],
      ["executive-vice-chair", 0],
      ["vice-chair", 1],
      ["secretary-general", 0],
      ["standing-member", 1],
      ["member", 0],
      [null, 3],
    ]);
    expect(toRows(leadershipCoverage(suixi, options), "associations").find((r) => r.id === "yq")?.seatedHeads).toBe(
      "school-principal:chair",
    );
  });
});
