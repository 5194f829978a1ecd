/**
 * Bad data is reported, never thrown: arbitrary values into `parseDataset`, valid documents with
 * planted faults through `parseDataset`, `validateDataset`, `buildHierarchy` and every metric. Every
 * input is deep-frozen, so a write to it throws and fails the test too.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activityStats, dormantAssociations, growth, leadershipCoverage, targetCoverage, workCoverage } from "../../src/metrics/index.js";
import {
  buildDivisionHierarchy,
  buildHierarchy,
  coverageByArea,
  organisationalCoverage,
  parseDataset,
  type Association,
  type ParsedDataset,
  type Division,
} from "../../src/index.js";
import { validateDataset } from "../../src/charter/index.js";
import { deepFreeze, snapshot } from "../helpers/deep-freeze.js";
import { applyPlan, cleanPlan, everything, mutationPlan, tongchengCopy, validDoc, type Doc, type MutationPlan } from "./support.js";

const codesOf = (issues: readonly { code: string }[]): Set<string> => new Set(issues.map((issue) => issue.code));

describe("parseDataset on arbitrary values", () => {
  it("never throws, and rejects anything that is not a dataset with at least one error", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), (value) => {
        const input = deepFreeze(value);
        const result = parseDataset(input);
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) expect(result.issues.some((issue) => issue.severity === "error")).toBe(true);
        // A document without formatVersion 1 is never a dataset.
        const isV1 =
          typeof input === "object" &&
          input !== null &&
          !Array.isArray(input) &&
          Object.hasOwn(input, "formatVersion") &&
          (input as Record<string, unknown>)["formatVersion"] === 1;
        if (!isV1) expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on records of arbitrary values in every collection", () => {
    const anyRecords = fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 });
    fc.assert(
      fc.property(
        fc.record(
          { divisions: anyRecords, associations: anyRecords, committees: anyRecords, members: anyRecords, activities: anyRecords },
          { requiredKeys: [] },
        ),
        fc.constantFrom("zh-CN" as const, "en" as const),
        (collections, locale) => {
          const input = deepFreeze({ formatVersion: 1, ...collections });
          const result = parseDataset(input, { locale });
          const records = Object.values(collections).flat();
          // An arbitrary value is almost never a valid record; when one slips through, `ok` must match.
          expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"));
          if (records.some((r) => typeof r !== "object" || r === null || Array.isArray(r))) expect(result.ok).toBe(false);
          for (const issue of result.issues) {
            expect(typeof issue.message).toBe("string");
            expect(issue.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** Runs planted-fault documents through everything; returns how many parsed cleanly (and were measured). */
function checkMutated(base: () => Doc, plans: fc.Arbitrary<MutationPlan>, numRuns: number): number {
  let measured = 0;
  fc.assert(
    fc.property(plans, (plan) => {
      const doc = base();
      const planted = applyPlan(doc, plan);
      const input = deepFreeze(doc);
      const before = snapshot(input);

      const parsed = parseDataset(input);
      const found = codesOf(parsed.issues);
      for (const fault of planted) {
        for (const code of fault.codes) expect(found, `${fault.what} must give ${code}`).toContain(code);
      }
      if (planted.some((fault) => fault.codes.length > 0)) expect(parsed.ok).toBe(false);

      // The association array as given, records of any shape, through the hierarchy builder.
      const built = buildHierarchy(input.associations as unknown as Association[]);
      const hierarchyFound = codesOf(built.issues);
      for (const fault of planted) {
        for (const code of fault.hierarchyCodes ?? []) expect(hierarchyFound, `${fault.what} must give ${code}`).toContain(code);
      }
      expect(built.hierarchy.size).toBe(input.associations.length - built.excluded.length);

      const divisions = buildDivisionHierarchy(input.divisions as unknown as Division[]);
      expect(divisions.hierarchy.size).toBe(input.divisions.length - divisions.excluded.length);

      if (parsed.ok) {
        const data = deepFreeze(parsed.data);
        const results = everything(data);
        expect(JSON.parse(JSON.stringify(results))).toEqual(results);
        measured += 1;
      }
      expect(input).toEqual(before);
    }),
    { numRuns },
  );
  return measured;
}

describe("valid documents with planted faults", () => {
  it("the small fixture: every fault reported, nothing thrown, nothing written", () => {
    checkMutated(validDoc, mutationPlan, 100);
  });

  it("the Tongcheng data set: every fault reported, nothing thrown, nothing written", () => {
    checkMutated(tongchengCopy, mutationPlan, 25);
  });

  it("without faults (activities dropped, records shuffled), both parse and reach every metric", () => {
    expect(checkMutated(validDoc, cleanPlan, 40)).toBe(40);
    expect(checkMutated(tongchengCopy, cleanPlan, 12)).toBe(12);
  });
});

describe("buildHierarchy on arbitrary records", () => {
  // Records as they might arrive unchecked: ids and parents of any primitive type, any kind string.
  const id = fc.oneof(fc.constantFrom("a", "b", "c", "d", ""), fc.integer(), fc.constant(null), fc.constant(undefined), fc.boolean());
  const kind = fc.oneof(fc.constantFrom("county", "township", "village", "enterprise", "society"), fc.string(), fc.integer());
  const record = fc.oneof(fc.record({ id, parentId: id, kind }, { requiredKeys: [] }), fc.constantFrom(null, undefined, 0, "", [], {}));

  it("never throws and places or leaves out every record", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), fc.boolean(), (records, singleRoot) => {
        const input = deepFreeze(records) as unknown as Association[];
        const { hierarchy, excluded, issues } = buildHierarchy(input, { singleRoot });
        expect(hierarchy.size + excluded.length).toBe(input.length);
        // Every record left out has an issue naming why.
        if (excluded.length > 0) expect(issues.length).toBeGreaterThan(0);
        for (const node of hierarchy.preorder()) expect(input).toContain(node);
      }),
      { numRuns: 300 },
    );
  });

  it("throws only on a non-array argument, as documented", () => {
    for (const value of [undefined, null, 1, "abc", {}, { length: 1, 0: {} }]) {
      expect(() => buildHierarchy(value as unknown as Association[])).toThrow(TypeError);
    }
  });
});

describe("metrics and validation on API misuse", () => {
  const data = (): ParsedDataset => {
    const parsed = parseDataset(validDoc());
    if (!parsed.ok) throw new Error("the valid fixture must parse");
    return parsed.data;
  };

  it("throw a TypeError naming the function, never another error", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ maxDepth: 1 }), fc.record({ asOf: fc.anything({ maxDepth: 0 }) })), (options) => {
        const ds = deepFreeze(data());
        for (const call of MISUSE_CALLS) {
          try {
            call(ds, options);
          } catch (error) {
            expect(error).toBeInstanceOf(TypeError);
            expect(String((error as TypeError).message)).toMatch(/^\w+: /);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

type AnyOptions = never;
const MISUSE_CALLS: readonly ((ds: ParsedDataset, options: unknown) => unknown)[] = [
  (ds, o) => validateDataset(ds, o as AnyOptions),
  (ds, o) => organisationalCoverage(ds, o as AnyOptions),
  (ds, o) => coverageByArea(ds, o as AnyOptions),
  (ds, o) => targetCoverage(ds, o as AnyOptions),
  (ds, o) => growth(ds, o as AnyOptions),
  (ds, o) => leadershipCoverage(ds, o as AnyOptions),
  (ds, o) => workCoverage(ds, o as AnyOptions),
  (ds, o) => dormantAssociations(ds, o as AnyOptions),
  (ds, o) => activityStats(ds, o as AnyOptions),
];
