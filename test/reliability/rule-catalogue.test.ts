/**
 * The built-in rule catalogue is public API: reports name rules by id, show their titles, and programs
 * filter on their codes and scopes. Every rule set, with and without options, is pinned here, so a
 * change to any rule's id, title, codes, scope or sources is a deliberate one.
 */
import { describe, expect, it } from "vitest";
import {
  BUILT_IN_RULE_SETS,
  CAST_3PLUS1_2018,
  ENTERPRISE_2008,
  FIVE_HAS,
  JIANGSU_4PLUS1,
  SHANDONG_3PLUS1_2020,
  STRUCTURE,
  TERMS_AND_CONGRESSES,
  TONGCHENG_2019,
  TONGCHENG_3PLUS1,
  cast3plus1,
  UNIVERSITY_ASSOCIATIONS,
  postHolders,
  structureRules,
  termRules,
  threePlusOne,
  tongcheng2019,
  type Citation,
} from "../../src/charter/index.js";
import { DEFAULT_RULES, type RuleSet } from "../../src/charter/index.js";

function catalogue(set: RuleSet): string[] {
  return [
    `${set.id} (${set.date}) ${set.title["zh-CN"]} / ${set.title.en}`,
    ...set.rules.map((rule) => {
      const { kinds, ...scope } = rule.appliesTo;
      const kindList = kinds === "all" ? "all" : kinds.join(",");
      return `  ${rule.id} | ${rule.title["zh-CN"]} | ${rule.title.en} | ${rule.codes.join(",")} | ${kindList} ${JSON.stringify(scope)} | ${rule.source.length} source(s)`;
    }),
  ];
}

const SOURCE: Citation = { title: "测试依据", issuer: "测试", date: null, link: null };

describe("the built-in rule sets", () => {
  it("are listed in order, the defaults holding every one but the opt-in pilot", () => {
    expect(BUILT_IN_RULE_SETS.map((set) => set.id)).toMatchSnapshot();
    expect(DEFAULT_RULES.rules.length).toBeGreaterThan(10);
    expect(new Set(DEFAULT_RULES.rules.map((rule) => rule.id)).size).toBe(DEFAULT_RULES.rules.length);
  });

  it.each(
    [
      TONGCHENG_2019,
      TERMS_AND_CONGRESSES,
      STRUCTURE,
      FIVE_HAS,
      SHANDONG_3PLUS1_2020,
      JIANGSU_4PLUS1,
      TONGCHENG_3PLUS1,
      CAST_3PLUS1_2018,
      ENTERPRISE_2008,
      UNIVERSITY_ASSOCIATIONS,
      DEFAULT_RULES,
    ].map((set) => [set.id, set] as const),
  )("%s", (_id, set) => {
    expect(catalogue(set)).toMatchSnapshot();
  });

  it("every rule cites a source with a title and an issuer, and every title exists in both languages", () => {
    for (const set of [...BUILT_IN_RULE_SETS, DEFAULT_RULES]) {
      for (const rule of set.rules) {
        expect(rule.title["zh-CN"].length, rule.id).toBeGreaterThan(0);
        expect(rule.title.en.length, rule.id).toBeGreaterThan(0);
        expect(rule.codes.length, rule.id).toBeGreaterThan(0);
        for (const source of rule.source) {
          expect(source.title.length, rule.id).toBeGreaterThan(0);
          expect(source.issuer.length, rule.id).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe("rule sets built with options", () => {
  it("tongcheng2019 without a region and with the city association named", () => {
    expect(catalogue(tongcheng2019({ region: null, cityAssociationId: "tc-city" }))).toMatchSnapshot();
    expect(catalogue(tongcheng2019({ region: "3401" }))).toMatchSnapshot();
  });

  it("cast3plus1 keeps its ids, titles and scope under every option", () => {
    const set = cast3plus1({
      posts: ["standing-member"],
      appointmentModes: ["full-time"],
      equivalents: { "hospital-director": ["hospital-director"] },
      severity: "warning",
    });
    expect(catalogue(set)).toEqual(catalogue(CAST_3PLUS1_2018));
  });

  it("termRules and structureRules with every option", () => {
    expect(catalogue(termRules({ warnMonths: 3, termYears: 4, congressYears: 4 }))).toMatchSnapshot();
    expect(
      catalogue(structureRules({ allowedParents: { village: ["township"] }, grassrootsUnder: ["county", "prefectural"] })),
    ).toMatchSnapshot();
  });

  it("postHolders titles say at least, exactly or a range", () => {
    const title = (min: number, max?: number): string[] => {
      const rule = postHolders({
        id: "x",
        source: SOURCE,
        appliesTo: { kinds: "all" },
        post: "vice-chair",
        min,
        ...(max === undefined ? {} : { max }),
        code: "charter.vice-chair-missing",
      });
      return [rule.title["zh-CN"], rule.title.en];
    };
    expect(title(1)[1]).toBe("At least 1 vice-chair");
    expect(title(2, 2)[1]).toBe("Exactly 2 vice-chair");
    expect(title(1, 3)[1]).toBe("1–3 vice-chair");
    expect(title(1)[0]).toContain("至少 1");
    expect(title(2, 2)[0]).not.toContain("至少");
    expect(title(2, 2)[0]).not.toContain("–");
    expect(title(1, 3)[0]).toContain("1–3");
  });

  it("threePlusOne keeps its region and date window in its scope", () => {
    const rule = threePlusOne({
      id: "p/3+1",
      title: { "zh-CN": "三长", en: "Three heads" },
      source: SOURCE,
      kinds: ["township"],
      requiredHeads: ["agri-station-head"],
      region: "3708",
      from: "2020-01-01",
      until: "2022-12-31",
    });
    expect(rule.appliesTo).toEqual({ kinds: ["township"], region: "3708", from: "2020-01-01", until: "2022-12-31" });
    expect(rule.codes).toEqual(["charter.sector-head-missing", "charter.sector-head-unit-kind", "charter.sector-head-unit-area"]);
    const open = threePlusOne({
      id: "p/3+1",
      title: { "zh-CN": "三长", en: "Three heads" },
      source: SOURCE,
      kinds: ["township"],
      requiredHeads: ["agri-station-head"],
    });
    expect(open.appliesTo).toEqual({ kinds: ["township"] });
  });
});
