import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { growth } from "../../src/metrics/index.js";
import { toCsv, toRows } from "../../src/csv/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";
import { parsedParts } from "../helpers/parsed.js";

const cellsOf = (csv: string): string[] => (csv.split("\r\n")[1] ?? "").split(",");

describe("toCsv with escapeFormulas (CSV injection, as OWASP describes it)", () => {
  it.each([
    ["=1+2", "'=1+2"],
    ["+1+2", "'+1+2"],
    ["-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\tx", "'\tx"],
  ])("text %j starts with a quote", (text, written) => {
    expect(cellsOf(toCsv(deepFreeze([{ name: text }]), { escapeFormulas: true }))).toEqual([written]);
  });

  it("a carriage return first is quoted as RFC 4180 asks, after the quote is added", () => {
    expect(toCsv([{ name: "\r=1" }], { escapeFormulas: true })).toBe('name\r\n"\'\r=1"\r\n');
  });

  it("numbers stay numbers: negative number cells, and text that is only a number", () => {
    expect(toCsv([{ change: -3, ratio: -0.25, text: "-5", plus: "+7", exp: "-1e3" }], { escapeFormulas: true })).toBe(
      "change,ratio,text,plus,exp\r\n-3,-0.25,-5,+7,-1e3\r\n",
    );
  });

  it("a negative change in a metric's rows stays a number", () => {
    const result = growth(
      parsedParts({ associations: [{ id: "a", name: "x", kind: "village", establishedOn: "2010-01-01", dissolvedOn: "2019-01-01" }] }),
      { from: "2018-12-31", asOf: "2019-12-31", kinds: ["village"] },
    );
    expect(toCsv(toRows(result), { escapeFormulas: true })).toMatch(/,1,0,-1,/);
  });

  it("without the option, and for text that starts otherwise, the text is as it was", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const plain = toCsv([{ text }]);
        if (!/^[=+\-@\t\r]/.test(text)) expect(toCsv([{ text }], { escapeFormulas: true })).toBe(plain);
        expect(plain).toBe(toCsv([{ text }], { escapeFormulas: false }));
      }),
    );
    expect(toCsv([{ name: "=1+2" }])).toBe("name\r\n=1+2\r\n");
  });
});
