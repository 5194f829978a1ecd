import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "../../src/cli/json-error.js";

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe("jsonErrorOffset, against JSON.parse as the oracle", () => {
  it("finds no error in any valid JSON text", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(jsonErrorOffset(text)).toBe(-1);
      }),
    );
  });

  it("finds an error exactly when JSON.parse fails, on texts with a character cut or inserted", () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom("", "}", "]", ",", ":", '"', "x", "\n", "0"), (text, at, insert) => {
        const cut = at % (text.length + 1);
        const broken = text.slice(0, cut) + insert + text.slice(cut + (insert === "" ? 1 : 0));
        const offset = jsonErrorOffset(broken);
        expect(offset === -1).toBe(parses(broken));
        if (offset !== -1) expect(offset).toBeLessThanOrEqual(broken.length);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['{"a": 1,}', 8],
    ["[1 2]", 3],
    ['{"a" 1}', 5],
    ["[01]", 2],
    ['"\\x"', 1],
    ["tru", 0],
    ["{} {}", 3],
    ["[", 1],
  ])("points into %j at %i", (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
