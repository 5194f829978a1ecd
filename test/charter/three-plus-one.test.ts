import { describe, expect, it } from "vitest";
import {
  JIANGSU_4PLUS1,
  SHANDONG_3PLUS1_2020,
  TONGCHENG_3PLUS1,
  threePlusOne,
  validateDataset,
  type ParsedDataset,
} from "../../src/index.js";
import { dataset, leadershipDataset, seat } from "./builder.js";
import { run } from "./helpers.js";

// The leadership fixture's county parent ("county") is judged too; its findings are left out here.
const issuesOf = (report: ReturnType<typeof run>, rule: string) =>
  report.associations.filter((a) => a.associationId !== "county").flatMap((a) => a.issues.filter((i) => i.rule === rule));

const SD = "three-plus-one/shandong-2020";
const heads = (post: "chair" | "vice-chair" | "member" | "standing-member" | "secretary-general") => [
  { post, roles: ["hospital-director" as const] },
  { post: "member" as const, roles: ["school-principal" as const] },
  { post: "member" as const, roles: ["agri-station-head" as const] },
];

describe("Shandong 3+1 (2020)", () => {
  it("passes a township whose heads sit in any seat, the chair included", () => {
    for (const post of ["chair", "vice-chair", "standing-member", "member"] as const) {
      expect(issuesOf(run(leadershipDataset("370102100", "township", heads(post)), [SHANDONG_3PLUS1_2020]), SD)).toEqual([]);
    }
  });

  it("reports each missing head, with its label", () => {
    const d = leadershipDataset("370102100", "township", [{ post: "chair", roles: ["school-principal"] }]);
    const issues = issuesOf(validateDataset(d, { rules: [SHANDONG_3PLUS1_2020], asOf: "2020-12-31", locale: "en" }), SD);
    expect(issues.map((i) => i.params.role)).toEqual(["hospital-director", "agri-station-head"]);
    expect(issues[0]).toMatchObject({ path: ["committees", 0, "seats"], severity: "error" });
    expect(issues[0]?.message).toBe("no hospital director sits in the township association's leadership (any committee seat)");
  });

  it("reports every head missing when no committee is in office", () => {
    const d = leadershipDataset("370102100", "township", heads("chair"));
    const early = issuesOf(run(d, [SHANDONG_3PLUS1_2020], "2019-05-09"), SD);
    expect(early.map((i) => i.path)).toEqual([["associations", 0], ["associations", 0], ["associations", 0]]);
  });

  it("applies in Shandong only, and not to sub-district associations", () => {
    const d = leadershipDataset("340881100", "township", []);
    expect(issuesOf(run(d, [SHANDONG_3PLUS1_2020]), SD)).toEqual([]);
    const subdistrict = leadershipDataset("370102001", "subdistrict", []);
    expect(issuesOf(run(subdistrict, [SHANDONG_3PLUS1_2020]), SD)).toEqual([]);
  });
});

describe("Jiangsu 4+1", () => {
  it("also requires a tech entrepreneur", () => {
    const d = leadershipDataset("320102100", "township", heads("vice-chair"));
    expect(issuesOf(run(d, [JIANGSU_4PLUS1]), "three-plus-one/jiangsu-4plus1").map((i) => i.params.role)).toEqual(["tech-entrepreneur"]);
  });
});

describe("Tongcheng practice: the agri-station head is a vice-chair", () => {
  const ID = "three-plus-one/tongcheng-agri-station";
  const townWith = (post: "vice-chair" | "chair" | "member"): ParsedDataset =>
    dataset((d) => void (d.committees[1]!.seats = [seat("chair", "t1", "unit-leader"), seat(post, "t2", "sector-head")]));

  it("passes a vice-chair and fails any other post", () => {
    expect(issuesOf(run(townWith("vice-chair"), [TONGCHENG_3PLUS1]), ID)).toEqual([]);
    expect(issuesOf(run(townWith("member"), [TONGCHENG_3PLUS1]), ID)[0]?.message).toBe("农技站站长未进入乡镇科协领导班子（副主席）");
  });

  it("also applies to sub-district associations", () => {
    const d = leadershipDataset("340881001", "subdistrict", [{ post: "member", roles: ["agri-station-head"] }]);
    expect(issuesOf(run(d, [TONGCHENG_3PLUS1]), ID)).toHaveLength(1);
  });
});

describe("threePlusOne, for other variants", () => {
  it("builds a rule from the required heads, kinds, posts and window", () => {
    const rule = threePlusOne({
      id: "three-plus-one/mine",
      title: { "zh-CN": "本市“2+1”", en: "Our 2+1" },
      source: { title: "本市方案", issuer: "某市科协", date: null, link: null },
      requiredHeads: ["hospital-director", "veterinary-station-head"],
      kinds: ["county"],
      posts: ["chair", "vice-chair"],
      from: "2021-01-01",
      severity: "warning",
    });
    const d = leadershipDataset("410102", "county", heads("chair"));
    expect(issuesOf(run(d, [rule], "2020-12-31"), rule.id)).toEqual([]);
    const issues = issuesOf(run(d, [rule], "2021-01-01"), rule.id);
    expect(issues.map((i) => [i.params.role, i.severity])).toEqual([["veterinary-station-head", "warning"]]);
  });
});
