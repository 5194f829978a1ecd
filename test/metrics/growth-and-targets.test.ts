import { describe, expect, it } from "vitest";
import { growth, targetCoverage, unitNameKey } from "../../src/metrics/index.js";
import type { Association } from "../../src/index.js";
import { deepFreeze, snapshot } from "../helpers/deep-freeze.js";
import { parsedParts } from "../helpers/parsed.js";
import { BEFORE_PILOT, SEED_DATE, TONGCHENG, tongcheng } from "./tongcheng-fixture.js";

const dataset = deepFreeze(tongcheng());
const before = snapshot(dataset);

describe("growth", () => {
  it("reproduces the seed's enterprise associations, 8 → 31", () => {
    const result = growth(dataset, { kinds: ["enterprise"], from: BEFORE_PILOT, asOf: SEED_DATE });
    expect(result).toMatchObject({ kind: "growth", before: 8, after: 31, change: 23, relativeChange: 23 / 8 });
    expect(result.byKind).toEqual([{ associationKind: "enterprise", before: 8, after: 31, change: 23, relativeChange: 23 / 8 }]);
    expect(result.established).toHaveLength(23);
    expect(result.established).toEqual([...result.established].sort());
    // The enterprise association that came and went in between is in neither count.
    expect(result.established).not.toContain("tc-ent-gone");
    expect(result.ceased).toEqual([]);
  });

  it("reports kinds in the model's order whatever the caller's, and a null relative change from zero", () => {
    const result = growth(dataset, {
      kinds: ["school", "university", "enterprise"],
      from: "2000-01-01",
      asOf: SEED_DATE,
      scope: TONGCHENG,
    });
    expect(result.kinds).toEqual(["enterprise", "university", "school"]);
    expect(result.byKind.map((k) => [k.associationKind, k.before, k.after, k.relativeChange])).toEqual([
      ["enterprise", 0, 31, null],
      ["university", 0, 1, null],
      ["school", 0, 2, null],
    ]);
    expect(result).toMatchObject({ before: 0, after: 34, relativeChange: null, scope: TONGCHENG });
  });

  it("lists associations that ceased, and counts nothing outside the scope", () => {
    const result = growth(dataset, { kinds: ["enterprise"], from: "2018-12-31", asOf: "2019-12-31" });
    expect(result.ceased).toEqual(["tc-ent-gone"]);
    expect(growth(dataset, { kinds: ["enterprise"], from: BEFORE_PILOT, asOf: SEED_DATE, scope: "3401" }).after).toBe(0);
  });

  it("throws a TypeError naming the function for bad dates or kinds", () => {
    expect(() => growth(dataset, { kinds: ["enterprise"], from: BEFORE_PILOT } as never)).toThrow(
      "growth: options.asOf must be a YYYY-MM-DD date from 1900-01-01 to 2099-12-31; got undefined",
    );
    expect(() => growth(dataset, { kinds: ["firm"], from: BEFORE_PILOT, asOf: SEED_DATE } as never)).toThrow(
      /^growth: options\.kinds\[0\] must be one of [a-z, -]+; got "firm"$/,
    );
    expect(() => growth(dataset, { from: BEFORE_PILOT, asOf: SEED_DATE } as never)).toThrow(
      "growth: options.kinds must be an array; got undefined",
    );
    expect(() => growth(dataset.associations as never, { kinds: ["enterprise"], from: BEFORE_PILOT, asOf: SEED_DATE })).toThrow(
      /^growth: /,
    );
  });
});

describe("targetCoverage", () => {
  const targets = deepFreeze([
    { id: "s4", name: "桐城市第二中学", category: "school" },
    { id: "s1", name: "桐城师范高等专科学校", category: "school" },
    { id: "s3", name: "桐城 中学", category: "school" },
    { id: "h2", name: "桐城市中医院", category: "hospital" },
    { id: "h1", name: "桐城市人民医院", category: "hospital", creditCode: "12340881000000000X" },
    { id: "e1", name: "桐城企业1有限公司" },
  ]);

  it("counts covered targets, by category, with the gaps by id", () => {
    const result = targetCoverage(dataset, { targets, asOf: SEED_DATE });
    expect(result).toMatchObject({ kind: "target-coverage", total: 6, covered: 5, ratio: 5 / 6, gaps: ["s4"] });
    expect(result.byCategory).toEqual([
      { category: "hospital", total: 2, covered: 2, ratio: 1 },
      { category: "school", total: 3, covered: 2, ratio: 2 / 3 },
      { category: null, total: 1, covered: 1, ratio: 1 },
    ]);
    expect(result.targets.map((t) => t.id)).toEqual(["e1", "h1", "h2", "s1", "s3", "s4"]);
    expect(result.targets.find((t) => t.id === "s3")).toMatchObject({ covered: true, matchedBy: "name", associationIds: ["tc-tczx"] });
  });

  it("matches by credit code when both sides have one, and only then", () => {
    const withCode: Association[] = [
      {
        id: "x",
        name: "某医院科协",
        kind: "public-institution",
        hostUnit: { name: "另一个名字", creditCode: "12340881000000000X" },
        establishedOn: "2019-01-01",
      },
    ];
    const result = targetCoverage(parsedParts({ associations: withCode }), { targets, asOf: SEED_DATE });
    expect(result.targets.find((t) => t.id === "h1")).toMatchObject({ covered: true, matchedBy: "credit-code", associationIds: ["x"] });
    expect(result.covered).toBe(1);
  });

  it("never matches by name when both sides carry credit codes and they differ", () => {
    // 第一中学 and 人民医院 repeat across a county: the name alone does not say which unit it is.
    const school = (id: string, creditCode?: string): Association => ({
      id,
      name: `${id} 科协`,
      kind: "school",
      hostUnit: creditCode === undefined ? { name: "第一中学" } : { name: "第一中学", creditCode },
      establishedOn: "2019-01-01",
    });
    const associations = deepFreeze([school("a-code-a", "52340881000000001A"), school("b-code-b", "52340881000000002B")]);
    const firsts = deepFreeze([
      { id: "t-code-a", name: "第一中学", creditCode: "52340881000000001A" },
      { id: "t-code-c", name: "第一中学", creditCode: "52340881000000003C" },
      { id: "t-no-code", name: "第一中学" },
    ]);
    const result = targetCoverage(parsedParts({ associations }), { targets: firsts, asOf: SEED_DATE });
    expect(result.targets.map((t) => [t.id, t.matchedBy, t.associationIds])).toEqual([
      ["t-code-a", "credit-code", ["a-code-a"]],
      ["t-code-c", null, []],
      ["t-no-code", "name", ["a-code-a", "b-code-b"]],
    ]);
    expect(result.gaps).toEqual(["t-code-c"]);
    // A host unit without a code cannot be told apart by code, so its name still counts.
    const withUncoded = [...associations, school("c-no-code")];
    expect(
      targetCoverage(parsedParts({ associations: withUncoded }), { targets: firsts, asOf: SEED_DATE }).targets.find(
        (t) => t.id === "t-code-c",
      ),
    ).toMatchObject({ matchedBy: "name", associationIds: ["c-no-code"] });
  });

  it("counts only associations active on the date and of the kinds asked for", () => {
    // School associations were set up in September 2019.
    expect(targetCoverage(dataset, { targets, asOf: "2018-12-31" }).gaps).toEqual(["s1", "s3", "s4"]);
    expect(targetCoverage(dataset, { targets, asOf: SEED_DATE, kinds: ["school"] }).gaps).toEqual(["e1", "h1", "h2", "s1", "s4"]);
  });

  it("folds full-width forms and spaces in names", () => {
    expect(unitNameKey("桐城　中学")).toBe(unitNameKey("桐城中学"));
    expect(unitNameKey("ＡＢＣ１")).toBe("ABC1");
  });

  it("throws a TypeError naming the function for malformed targets", () => {
    expect(() => targetCoverage(dataset, { targets: [{ id: 1 }] as never, asOf: SEED_DATE })).toThrow(
      "targetCoverage: options.targets[0].id must be a string; got 1",
    );
    expect(() => targetCoverage(dataset, { targets } as never)).toThrow(
      /^targetCoverage: options\.asOf must be a YYYY-MM-DD date .*; got undefined$/,
    );
    expect(() => targetCoverage(dataset, { asOf: SEED_DATE } as never)).toThrow(
      "targetCoverage: options.targets must be an array; got undefined",
    );
    expect(() => targetCoverage({} as never, { targets, asOf: SEED_DATE })).toThrow(/^targetCoverage: /);
  });

  it("does not mutate its inputs", () => {
    expect(dataset).toEqual(before);
  });
});
