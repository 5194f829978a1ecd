/**
 * Every option that takes a date goes through one check: a real day written YYYY-MM-DD from 1900-01-01
 * to 2099-12-31, or a TypeError that starts with the function's name, names the option, and stays short
 * whatever was passed (a 10 MB string, a bigint, a symbol, a Date).
 */
import { describe, expect, it } from "vitest";
import { TERMS_AND_CONGRESSES, createValidationContext, defineRule, threePlusOne } from "../../src/charter/index.js";
import { activityStats, dormantAssociations, growth, leadershipCoverage, targetCoverage, workCoverage } from "../../src/metrics/index.js";
import { coverageByArea, organisationalCoverage, parseDataset, type ParsedDataset } from "../../src/index.js";
import { validateAssociation, validateDataset } from "../../src/charter/index.js";

const parsed = parseDataset({
  formatVersion: 1,
  associations: [{ id: "a", name: "科协", kind: "township", establishedOn: "1958-09-01" }],
});
const DATA = parsed.data as ParsedDataset;
const OK = "2020-09-07";
const source = { title: "t", issuer: "i", date: null, link: null };

/** Each function and date option: a call with that option set to the value, the others valid. */
const CALLS: Record<string, (value: unknown) => unknown> = {
  "validateDataset options.asOf": (asOf) => validateDataset(DATA, { asOf } as never),
  "validateAssociation options.asOf": (asOf) =>
    validateAssociation(DATA.associations[0]!, createValidationContext(DATA), { asOf, rules: [TERMS_AND_CONGRESSES] } as never),
  "defineRule appliesTo.from": (from) =>
    defineRule({
      id: "r",
      title: { "zh-CN": "规", en: "r" },
      source,
      appliesTo: { kinds: "all", from } as never,
      codes: [],
      check: () => [],
    }),
  "threePlusOne options.until": (until) =>
    threePlusOne({ id: "r", title: { "zh-CN": "规", en: "r" }, source, kinds: ["township"], requiredHeads: [], until } as never),
  "organisationalCoverage options.asOf": (asOf) => organisationalCoverage(DATA, { asOf } as never),
  "coverageByArea options.asOf": (asOf) => coverageByArea(DATA, { asOf } as never),
  "targetCoverage options.asOf": (asOf) => targetCoverage(DATA, { asOf, targets: [] } as never),
  "growth options.from": (from) => growth(DATA, { kinds: ["township"], from, asOf: OK } as never),
  "growth options.asOf": (asOf) => growth(DATA, { kinds: ["township"], from: OK, asOf } as never),
  "leadershipCoverage options.asOf": (asOf) =>
    leadershipCoverage(DATA, { asOf, kinds: ["township"], requiredHeads: ["school-principal"] } as never),
  // A period's start may not pass its end: the other end is held at the far edge of the range.
  "workCoverage options.from": (from) => workCoverage(DATA, { from, asOf: "2099-12-31" } as never),
  "workCoverage options.asOf": (asOf) => workCoverage(DATA, { from: "1900-01-01", asOf } as never),
  "dormantAssociations options.asOf": (asOf) => dormantAssociations(DATA, { asOf, months: 12 } as never),
  "activityStats options.asOf": (asOf) => activityStats(DATA, { asOf, by: ["year"] } as never),
  "activityStats options.from": (from) => activityStats(DATA, { asOf: OK, by: ["year"], from, to: "2099-12-31" } as never),
  "activityStats options.to": (to) => activityStats(DATA, { asOf: OK, by: ["year"], to } as never),
};

const BAD: readonly [string, unknown, string][] = [
  ["an impossible day", "2020-02-30", '"2020-02-30"'],
  ["a date without its zeros", "2020-9-7", '"2020-9-7"'],
  ["year 1", "0001-01-01", '"0001-01-01"'],
  ["the day before the range", "1899-12-31", '"1899-12-31"'],
  ["the day after the range", "2100-01-01", '"2100-01-01"'],
  ["a five-digit year", "20200-09-07", '"20200-09-07"'],
  ["a 10 MB string", `2020-09-07${"x".repeat(10_000_000)}`, `a string of 10000010 characters starting "2020-09-07${"x".repeat(30)}"`],
  ["a bigint", 20200907n, "20200907n"],
  ["a symbol", Symbol("2020-09-07"), "a symbol"],
  ["a Date", new Date(Date.UTC(2020, 8, 7)), "a Date object"],
  ["a number", 20200907, "20200907"],
  ["null", null, "null"],
  ["an object", { toString: () => OK }, "[object]"],
];

describe("date options", () => {
  for (const [call, run] of Object.entries(CALLS)) {
    const [fn, option] = call.split(" ") as [string, string];

    it(`${fn} rejects a bad ${option} with a short TypeError that starts with its name`, () => {
      for (const [what, value, shown] of BAD) {
        let thrown: unknown;
        try {
          run(value);
        } catch (error) {
          thrown = error;
        }
        expect(thrown, what).toBeInstanceOf(TypeError);
        const message = (thrown as TypeError).message;
        expect(message, what).toMatch(
          new RegExp(`^${fn}: .*\\b${option.replace(".", "\\.")} .*must be a YYYY-MM-DD date from 1900-01-01 to 2099-12-31; got `),
        );
        expect(message.endsWith(`got ${shown}`), `${what}: ${message}`).toBe(true);
        expect(message.length, what).toBeLessThan(200);
      }
    });

    it(`${fn} accepts ${option} on the first and the last day of the range`, () => {
      for (const day of ["1900-01-01", "2000-02-29", "2099-12-31"]) expect(() => run(day), day).not.toThrow();
    });
  }
});
