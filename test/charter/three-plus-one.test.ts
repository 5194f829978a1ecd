import { describe, expect, it } from "vitest";
import {
  BUILT_IN_RULE_SETS,
  CAST_3PLUS1_2018,
  HEAD_EQUIVALENTS,
  JIANGSU_4PLUS1,
  SHANDONG_3PLUS1_2020,
  TONGCHENG_3PLUS1,
  cast3plus1,
  threePlusOne,
} from "../../src/charter/index.js";
import { DEFAULT_RULES, validateDataset, type RuleSet } from "../../src/charter/index.js";
import type { ParsedDataset, Holding, Post, SectorRole } from "../../src/index.js";
import { dataset, leadershipDataset, seat } from "./builder.js";
import { run } from "./helpers.js";
import { parsed } from "../helpers/parsed.js";

// The leadership fixture's county parent ("county") is judged too; its findings are left out here.
const issuesOf = (report: ReturnType<typeof run>, rule: string) =>
  report.associations.filter((a) => a.associationId !== "county").flatMap((a) => a.issues.filter((i) => i.rule === rule));

const SD = "three-plus-one/shandong-2020";
const heads = (post: "chair" | "vice-chair" | "member" | "standing-member" | "secretary-general") => [
  { post, roles: ["hospital-director" as const] },
  { post: "member" as const, roles: ["school-principal" as const] },
  { post: "member" as const, roles: ["agri-station-head" as const] },
];

describe("Shandong 3+1", () => {
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
    expect(early.map((i) => i.path)).toEqual([
      ["associations", 0],
      ["associations", 0],
      ["associations", 0],
    ]);
  });

  it("applies in Shandong only, to sub-district associations as to townships", () => {
    const d = leadershipDataset("340881100", "township", []);
    expect(issuesOf(run(d, [SHANDONG_3PLUS1_2020]), SD)).toEqual([]);
    const subdistrict = leadershipDataset("370102001", "subdistrict", []);
    expect(issuesOf(run(subdistrict, [SHANDONG_3PLUS1_2020]), SD)).toHaveLength(3);
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

describe("head equivalences", () => {
  const forms = [
    { post: "vice-chair" as const, roles: ["health-centre-director" as const] },
    { post: "vice-chair" as const, roles: ["central-school-principal" as const] },
    { post: "vice-chair" as const, roles: ["agri-integrated-service-centre-director" as const] },
  ];

  it("count a 卫生院院长, a 中心学校校长 and a 农业综合服务中心主任 as the three heads", () => {
    expect(issuesOf(run(leadershipDataset("370102100", "township", forms), [SHANDONG_3PLUS1_2020]), SD)).toEqual([]);
    const service = [...forms.slice(0, 2), { post: "member" as const, roles: ["agri-service-centre-director" as const] }];
    expect(issuesOf(run(leadershipDataset("370102100", "township", service), [SHANDONG_3PLUS1_2020]), SD)).toEqual([]);
  });

  it("are the caller's to override, per head", () => {
    const strict = threePlusOne({
      id: "three-plus-one/strict",
      title: { "zh-CN": "严格", en: "Strict" },
      source: { title: "测试", issuer: "测试", date: null, link: null },
      requiredHeads: ["hospital-director", "school-principal", "agri-station-head"],
      kinds: ["township"],
      equivalents: { "hospital-director": ["hospital-director"] },
    });
    const issues = issuesOf(run(leadershipDataset("370102100", "township", forms), [strict]), strict.id);
    expect(issues.map((i) => [i.params.role, i.params.satisfiedBy])).toEqual([["hospital-director", ["hospital-director"]]]);
  });

  it("are data: HEAD_EQUIVALENTS maps each head to the roles that satisfy it", () => {
    expect(HEAD_EQUIVALENTS["hospital-director"]).toEqual(["hospital-director", "health-centre-director"]);
    expect(HEAD_EQUIVALENTS["school-principal"]).toEqual(["school-principal", "central-school-principal"]);
    expect(HEAD_EQUIVALENTS["agri-station-head"]).toEqual([
      "agri-station-head",
      "agri-service-centre-director",
      "agri-integrated-service-centre-director",
    ]);
    expect(Object.isFrozen(HEAD_EQUIVALENTS)).toBe(true);
  });

  it("reject a malformed table with a TypeError naming the function", () => {
    const make = (equivalents: unknown) => () =>
      threePlusOne({
        id: "x",
        title: { "zh-CN": "x", en: "x" },
        source: SOURCE,
        requiredHeads: ["hospital-director"],
        kinds: ["township"],
        equivalents,
      } as never);
    expect(make({ mayor: ["hospital-director"] })).toThrow(/^threePlusOne: options\.equivalents/);
    expect(make({ "hospital-director": ["doctor"] })).toThrow(/^threePlusOne: options\.equivalents/);
    expect(make({ "hospital-director": "health-centre-director" })).toThrow(/^threePlusOne: options\.equivalents/);
    expect(make(null)).toThrow(/^threePlusOne: options\.equivalents/);
  });
});

const SOURCE = { title: "测试", issuer: "测试", date: null, link: null };

/** A township of Suixi (440823101) whose committee seats the given holdings; members refer to persons. */
function township(
  holdings: { post: Post; roles: SectorRole[]; holding?: Partial<Holding> }[],
  kind: "township" | "subdistrict" = "township",
): ParsedDataset {
  const code = kind === "township" ? "440823101" : "440823001";
  return parsed({
    formatVersion: 1,
    divisions: [],
    associations: [
      { id: "sx", name: "遂溪县科协", kind: "county", divisionCode: "440823", establishedOn: "1980-01-01" },
      { id: "town", name: "镇科协", kind, divisionCode: code, parentId: "sx", establishedOn: "2019-01-01" },
    ],
    committees: [
      {
        id: "town-c1",
        associationId: "town",
        term: 1,
        electedOn: "2019-05-10",
        seats: holdings.map((h, i) => ({
          post: h.post,
          holdings: [{ memberId: `m${i}`, startOn: "2019-05-10", basis: "sector-head" as const, ...h.holding }],
        })),
      },
    ],
    members: holdings.map((_, i) => ({
      id: `m${i}`,
      associationId: "town",
      joinedOn: "2019-05-10",
      type: "individual" as const,
      personId: `p${i}`,
    })),
    persons: holdings.map((h, i) => ({ id: `p${i}`, name: `人员${i}`, sectorRoles: h.roles })),
    activities: [],
  });
}

describe("CAST's national 3+1 pilot (CAST_3PLUS1_2018)", () => {
  const heads = (post: Post, extra: Partial<Holding> = {}) => [
    { post, roles: ["hospital-director" as const], holding: extra },
    { post: "vice-chair" as const, roles: ["school-principal" as const] },
    { post: "vice-chair" as const, roles: ["agri-station-head" as const] },
  ];
  const castIssues = (d: ParsedDataset, rules: readonly RuleSet[] = [CAST_3PLUS1_2018], asOf = "2021-06-30") =>
    // The town's issues only: its county, with no committee recorded, misses every head.
    validateDataset(d, { rules, asOf, locale: "en" })
      .associations.filter((a) => a.associationId === "town")
      .flatMap((a) => a.issues);

  it("is dated and cited, applies to county, township and sub-district associations from 2018, everywhere", () => {
    expect(CAST_3PLUS1_2018).toMatchObject({ id: "cast-3plus1-2018", date: "2018" });
    const [rule] = CAST_3PLUS1_2018.rules;
    expect(rule?.appliesTo).toEqual({ kinds: ["county", "township", "subdistrict"], from: "2018-01-01" });
    expect(rule?.source[0]).toMatchObject({
      title: "关于开展提升基层科协组织力“3+1”试点工作的通知",
      issuer: "中国科学技术协会",
      date: "2018",
    });
    expect(rule?.source[0]?.note).toMatch(/Unverified/);
    expect(castIssues(township([]), [CAST_3PLUS1_2018], "2017-12-31")).toEqual([]);
    expect(castIssues(township([], "subdistrict"))).toHaveLength(3);
  });

  it("counts heads who are chair, executive vice-chair or vice-chair, and not standing members or members", () => {
    for (const post of ["chair", "executive-vice-chair", "vice-chair"] as const) expect(castIssues(township(heads(post)))).toEqual([]);
    for (const post of ["standing-member", "member", "secretary-general"] as const) {
      const issues = castIssues(township(heads(post)));
      expect(issues.map((i) => i.params.role)).toEqual(["hospital-director"]);
      expect(issues[0]?.message).toBe(
        "no hospital director sits in the township association's leadership (chair, executive vice-chair, vice-chair; concurrent or seconded)",
      );
    }
    const anyRank = cast3plus1({ posts: ["chair", "executive-vice-chair", "vice-chair", "standing-member", "member"] });
    expect(castIssues(township(heads("member")), [anyRank])).toEqual([]);
  });

  it("counts concurrent, seconded and unrecorded appointments, not full-time ones, unless told", () => {
    expect(castIssues(township(heads("vice-chair", { appointment: "concurrent" })))).toEqual([]);
    expect(castIssues(township(heads("vice-chair", { appointment: "seconded" })))).toEqual([]);
    expect(castIssues(township(heads("vice-chair", { appointment: "full-time" }))).map((i) => i.params.role)).toEqual([
      "hospital-director",
    ]);
    const anyMode = cast3plus1({ appointmentModes: ["full-time", "concurrent", "seconded"] });
    expect(castIssues(township(heads("vice-chair", { appointment: "full-time" })), [anyMode])).toEqual([]);
  });

  it("takes severity and equivalences as options", () => {
    const soft = cast3plus1({ severity: "warning", equivalents: { "school-principal": ["school-principal"] } });
    const d = township([
      { post: "vice-chair", roles: ["health-centre-director"] },
      { post: "vice-chair", roles: ["central-school-principal"] },
      { post: "vice-chair", roles: ["agri-service-centre-director"] },
    ]);
    expect(castIssues(d)).toEqual([]);
    expect(castIssues(d, [soft]).map((i) => [i.params.role, i.severity])).toEqual([["school-principal", "warning"]]);
  });

  it("is listed among the built-in sets but is not part of the defaults", () => {
    expect(BUILT_IN_RULE_SETS).toContain(CAST_3PLUS1_2018);
    expect(DEFAULT_RULES.rules.map((r) => r.id)).not.toContain("three-plus-one/cast-2018");
  });
});

describe("the unit a head represents (onBehalfOf)", () => {
  const CAST = "three-plus-one/quiet";
  const unitIssues = (d: ParsedDataset) =>
    validateDataset(d, { rules: [CAST_3PLUS1_2018], asOf: "2021-06-30", locale: "en" }).associations.flatMap((a) =>
      a.issues.filter((i) => i.code !== "charter.sector-head-missing"),
    );
  const withUnit = (unit: Holding["onBehalfOf"], roles: SectorRole[] = ["health-centre-director"]) =>
    township([
      { post: "vice-chair", roles, holding: { onBehalfOf: unit } },
      { post: "vice-chair", roles: ["school-principal"] },
      { post: "vice-chair", roles: ["agri-station-head"] },
    ]);

  it("passes a hospital or health centre of the same area, and a unit recorded without kind or place", () => {
    expect(unitIssues(withUnit({ name: "黄略镇卫生院", kind: "health-centre", divisionCode: "440823101" }))).toEqual([]);
    expect(unitIssues(withUnit({ name: "遂溪县人民医院", kind: "hospital", divisionCode: "440823" }))).toEqual([]);
    expect(unitIssues(withUnit({ name: "黄略镇卫生院" }))).toEqual([]);
  });

  it("warns when the unit is of a kind the head does not lead", () => {
    const [issue, ...rest] = unitIssues(withUnit({ name: "黄略镇中心学校", kind: "school" }));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: "charter.sector-head-unit-kind",
      severity: "warning",
      path: ["committees", 0, "seats", 0, "holdings", 0, "onBehalfOf", "kind"],
      params: { heads: ["hospital-director"], unitKind: "school", expected: ["hospital", "health-centre"] },
      message: "the hospital director m0 represents “黄略镇中心学校”, a school; it must be a hospital or health centre",
    });
  });

  it("warns when the unit lies outside the association's area", () => {
    const [issue, ...rest] = unitIssues(withUnit({ name: "洋青镇卫生院", kind: "health-centre", divisionCode: "440823102" }));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: "charter.sector-head-unit-area",
      severity: "warning",
      path: ["committees", 0, "seats", 0, "holdings", 0, "onBehalfOf", "divisionCode"],
      params: { unitDivisionCode: "440823102", areaCode: "440823101" },
    });
    expect(issue?.message).toBe(
      "the hospital director m0 represents “洋青镇卫生院” in 440823102, outside the association's area 440823101",
    );
  });

  it("accepts a unit of any head the holder satisfies, and can be switched off", () => {
    expect(unitIssues(withUnit({ name: "学校", kind: "school" }, ["health-centre-director", "school-principal"]))).toEqual([]);
    const quiet = threePlusOne({
      id: CAST,
      title: { "zh-CN": "x", en: "x" },
      source: SOURCE,
      requiredHeads: ["hospital-director"],
      kinds: ["township"],
      checkUnits: false,
    });
    expect(quiet.codes).toEqual(["charter.sector-head-missing"]);
    expect(issuesOf(run(withUnit({ name: "学校", kind: "school" }), [quiet], "2021-06-30"), CAST)).toEqual([]);
  });
});
