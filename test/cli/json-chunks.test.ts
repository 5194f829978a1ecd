import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonChunks } from "../../src/cli/json-chunks.js";

const joined = (value: unknown, small?: number): string => [...jsonChunks(value, small === undefined ? {} : { small })].join("");

describe("jsonChunks: JSON.stringify(value, null, 2), in pieces", () => {
  it("joins to exactly JSON.stringify's text, whatever the size at which parts are split", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 12 }), (value, small) => {
        expect(joined(value, small)).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 400 },
    );
  });

  it("leaves out what JSON.stringify leaves out, and writes null where it does", () => {
    const value = { a: undefined, b: [undefined, () => 1, Symbol("s"), 2], c: { d: undefined }, e: "x\ny" };
    for (const small of [1, 2, 3, 1000]) expect(joined(value, small)).toBe(JSON.stringify(value, null, 2));
  });

  it("writes a large report in pieces of a few kilobytes, joined exactly as JSON.stringify writes it", () => {
    const issue = { code: "c", severity: "warning", path: ["associations", 1], message: "五有", params: { to: "2020-01-01" } };
    const associations = Array.from({ length: 20_000 }, (_, i) => ({ id: `a${i}`, issues: i === 7 ? Array(5000).fill(issue) : [issue] }));
    const report = { counts: { error: 0 }, charter: { associations } };
    const pieces = [...jsonChunks(report)];
    expect(pieces.length).toBeGreaterThan(100);
    expect(pieces.reduce((largest, piece) => Math.max(largest, piece.length), 0)).toBeLessThan(64 * 1024);
    expect(pieces.join("")).toBe(JSON.stringify(report, null, 2));
  });
});
