/**
 * parseDataset says yes to most records without zod (src/dataset/shape-check.ts). That quick yes must
 * never differ from zod's answer: records taken from real documents, changed at any depth to values on
 * and past every boundary, must get a shape issue exactly when zod rejects them.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { COLLECTIONS, ENTITY_SCHEMAS, parseDataset, type Dataset } from "../../src/index.js";
import { Extra } from "../../src/model/extra.js";
import { EXTRA_TEXT_LIMIT } from "../../src/model/extra.js";
import { shapeCheck } from "../../src/dataset/shape-check.js";

const SEED = 20200907;
/** A value as text for an assertion message; some (a null-prototype object) have no string form. */
const shown = (v: unknown): string => Object.prototype.toString.call(v) + (typeof v === "string" ? ` ${v}` : "");
type Name = (typeof COLLECTIONS)[number];
type Rec = Record<string, unknown>;

const read = (path: string): Dataset => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as Dataset;
const documents = [
  read("../fixtures/valid-dataset.json"),
  read("../../examples/tongcheng/dataset.json"),
  // Persons, appointments, represented units, approvals and postponements.
  read("../fixtures/people-dataset.json"),
];
const samples: { name: Name; record: Rec }[] = documents.flatMap((doc) =>
  COLLECTIONS.flatMap((name) => ((doc[name] ?? []) as unknown as Rec[]).map((record) => ({ name, record }))),
);

/**
 * zod's verdict ("throws" when reading the record throws), and the shape issues parseDataset reports (a
 * real day outside the accepted range is one, under its own code).
 */
function verdicts(name: Name, record: unknown): { zod: boolean | "throws"; shapeCodes: string[] } {
  let zod: boolean | "throws";
  try {
    zod = ENTITY_SCHEMAS[name].safeParse(record).success;
  } catch {
    zod = "throws";
  }
  const result = parseDataset({ formatVersion: 1, [name]: [record] }, { locale: "en" });
  const shapeCodes = result.issues.map((issue) => issue.code).filter((code) => code.startsWith("shape.") || code === "date.out-of-range");
  return { zod, shapeCodes };
}

// Values on both sides of each boundary the schemas draw, and values of every other type.
const tricky = fc.constantFrom<unknown>(
  "",
  "x",
  "x".repeat(200),
  "x".repeat(201),
  "a".repeat(128),
  "a".repeat(129),
  "__proto__",
  "-a",
  "a b",
  "桐城",
  "tc:kc_1.2",
  // Ids of every script, and what must stay out of them.
  "é",
  "e\u0301",
  "\u0301e",
  "𠀀",
  "〇一",
  "བོད",
  "𠀀".repeat(128),
  "𠀀".repeat(129),
  "a\u202e",
  "a\u200d",
  "tc\n",
  "2020-02-29",
  "2019-02-29",
  "2020-04-31",
  "2020-12-31",
  "1900-01-01",
  "1899-12-31",
  "2099-12-31",
  "2100-01-01",
  "0000-02-29",
  "9999-12-31",
  "2020-13-01",
  "2020-1-01",
  " 2020-01-01",
  "2020-01-01T00:00:00Z",
  "34088110120",
  "340881101201",
  "340881",
  "county",
  "village",
  "individual",
  "group",
  "chair",
  "medicine",
  0,
  -0,
  1,
  -1,
  0.5,
  20,
  21,
  1000,
  1001,
  1_000_000_000,
  1_000_000_001,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  null,
  undefined,
  [],
  {},
  ["x"],
  Array.from({ length: 7 }, () => "village"),
  Array.from({ length: 11 }, () => "hospital-director"),
  new String("x"),
);
const value = fc.oneof({ weight: 3, arbitrary: tricky }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) });

/** Every path to a value inside a record: object keys and array positions, at any depth. */
function paths(node: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof node !== "object" || node === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

function clone(record: unknown): Rec {
  return structuredClone(record) as Rec;
}

function parentAt(root: Rec, path: readonly (string | number)[]): Rec {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) node = (node as Rec)[key];
  return node as Rec;
}

type Change = (record: Rec, pick: number, replacement: unknown) => unknown;

const CHANGES: Record<string, Change> = {
  set(record, pick, replacement) {
    const all = paths(record);
    const path = all[pick % all.length] as (string | number)[];
    parentAt(record, path)[path.at(-1) as string] = replacement;
    return record;
  },
  remove(record, pick) {
    const all = paths(record);
    const path = all[pick % all.length] as (string | number)[];
    delete parentAt(record, path)[path.at(-1) as string];
    return record;
  },
  addKey(record, pick, replacement) {
    const objects = [[], ...paths(record)].filter((p) => {
      const node = p.length === 0 ? record : parentAt(record, [...p, 0])[p.at(-1) as string];
      return typeof node === "object" && node !== null && !Array.isArray(node);
    });
    const path = objects[pick % objects.length] as (string | number)[];
    const node = (path.length === 0 ? record : parentAt(record, [...path, 0])[path.at(-1) as string]) as Rec;
    const key = ["extra", "__proto__", "constructor", "toString"][pick % 4] as string;
    Object.defineProperty(node, key, { value: replacement, enumerable: true, configurable: true, writable: true });
    return record;
  },
  nullPrototype(record) {
    return Object.assign(Object.create(null) as Rec, record);
  },
  inheritedKey(record, _pick, replacement) {
    return Object.assign(Object.create({ extra: replacement }) as Rec, record);
  },
  inheritedField(record) {
    const [first, ...rest] = Object.keys(record);
    const own = Object.create({ [first as string]: record[first as string] }) as Rec;
    for (const key of rest) own[key] = record[key];
    return own;
  },
  classInstance(record) {
    class Shaped {}
    return Object.assign(new Shaped(), record);
  },
  asArray(record) {
    return Object.assign([], record);
  },
  throwingGetter(record, pick) {
    const keys = Object.keys(record);
    const key = keys[pick % keys.length] as string;
    return Object.defineProperty({ ...record }, key, {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
  },
};

describe("the quick shape check against zod", () => {
  it("every record of the fixtures passes unchanged, with no issue, as zod says", () => {
    for (const { name, record } of samples) {
      expect(verdicts(name, record)).toEqual({ zod: true, shapeCodes: [] });
      expect(shapeCheck(ENTITY_SCHEMAS[name])(record)).toBe(true);
    }
  });

  it("changed records get a shape issue exactly when zod rejects them", () => {
    const change = fc.constantFrom(...Object.keys(CHANGES));
    const steps = fc.array(fc.tuple(change, fc.nat(), value), { minLength: 1, maxLength: 3 });
    let rejected = 0;
    fc.assert(
      fc.property(fc.nat({ max: samples.length - 1 }), steps, (at, plan) => {
        const { name, record: original } = samples[at] as { name: Name; record: Rec };
        let record: unknown = clone(original);
        try {
          for (const [kind, pick, replacement] of plan) {
            if (typeof record !== "object" || record === null || paths(record).length === 0) break;
            record = (CHANGES[kind] as Change)(record as Rec, pick, replacement);
          }
        } catch {
          // A record with a throwing getter cannot be walked to change it further: it stays as it is.
        }
        const { zod, shapeCodes } = verdicts(name, record);
        if (zod === "throws") expect(shapeCodes).toEqual(["shape.unreadable"]);
        else expect(shapeCodes.length > 0).toBe(!zod);
        if (zod !== true) rejected += 1;
      }),
      { seed: SEED, numRuns: 3000 },
    );
    // The changes must reach both answers, or the property says little.
    expect(rejected).toBeGreaterThan(1000);
  });
});

/** An array of `length` with only index `at` set: the others are holes. */
function holey(length: number, at: number, value: unknown): unknown[] {
  const array = new Array<unknown>(length);
  array[at] = value;
  return array;
}

// A custom string format given a pattern too: zod keeps the pattern for JSON Schema but checks with the function.
const PATTERN_ONLY = { pattern: /^/ } as unknown as Parameters<typeof z.stringFormat>[2];

describe("shapeCheck on schemas beyond the entities", () => {
  const cases: [string, z.ZodType, unknown[]][] = [
    ["exclusive and repeated bounds", z.number().gt(1).lt(5).gte(0).lte(10), [0, 1, 1.5, 4.9, 5, 10, -0]],
    ["integer bounds", z.int().min(-3).max(3), [-3, -4, 3, 4, 0.5, 2 ** 53, -0]],
    ["one pattern with lengths", z.string().regex(/^a/).min(2).max(3), ["a", "ab", "abc", "abcd", "ba"]],
    ["several patterns", z.string().regex(/^a/).regex(/b$/).min(2).max(4), ["ab", "a", "axb", "axxxb", "ba"]],
    ["a literal union", z.union([z.literal("a"), z.literal(1)]), ["a", 1, "1", true]],
    ["a nested strict object", z.strictObject({ a: z.strictObject({ b: z.boolean().optional() }) }), [{ a: {} }, { a: { b: 1 } }, { a: { c: 1 } }]],
    ["null and its neighbours", z.null(), [null, undefined, 0, "", "null", false]],
    [
      "a record of extra values",
      Extra,
      [
        {},
        { 电话: "0556", n: 1, b: false, x: null },
        { "": "empty key" },
        { ["k".repeat(255)]: 1 },
        { ["k".repeat(256)]: 1 },
        { a: undefined },
        { a: Number.NaN },
        { a: Number.POSITIVE_INFINITY },
        { a: {} },
        { a: [] },
        { a: "x".repeat(EXTRA_TEXT_LIMIT) },
        { a: "x".repeat(EXTRA_TEXT_LIMIT + 1) },
        { 1: "numeric key" },
        [],
        null,
        "a",
        new Map(),
      ],
    ],
  ];
  for (const [what, schema, values] of cases) {
    it(`agrees with zod on ${what}`, () => {
      const check = shapeCheck(schema);
      for (const v of values) expect(check(v), String(v)).toBe(schema.safeParse(v).success);
    });
  }

  // Where zod's answer turns on more than the check reads, the check may say no where zod says yes, but
  // never yes where zod says no.
  const cautious: [string, z.ZodType, unknown[]][] = [
    // zod counts characters by code point: 😀 and 𠀀 are one each, though two UTF-16 units.
    ["lengths of rare characters", z.string().min(2).max(3), ["😀", "😀😀", "a😀", "𠀀𠀀𠀀", "𠀀𠀀𠀀𠀀", "\ud800", "\ud800\ud800", "ab"]],
    ["a required field that takes undefined", z.strictObject({ a: z.literal(undefined) }), [{}, { a: undefined }]],
    ["a required field in a union", z.strictObject({ a: z.union([z.string(), z.literal(undefined)]) }), [{}, { a: "x" }]],
    [
      "a discriminated union with optional tags",
      z.discriminatedUnion("type", [
        z.strictObject({ type: z.literal("a").optional(), x: z.string() }),
        z.strictObject({ type: z.literal("b").optional(), y: z.string() }),
      ]),
      [{ x: "s" }, { type: "a", x: "s" }],
    ],
    ["objects that are not plain", z.strictObject({ a: z.string().optional() }), [new Date(0), Object.create({ a: "x" }), Object.create(null), []]],
    ["holes in an array of optional elements", z.array(z.string().optional()), [holey(2, 1, "a"), ["a"]]],
    [
      "records that are not plain, or with keys zod reads differently",
      Extra,
      [
        Object.create({ a: 1 }),
        Object.assign(Object.create(null), { a: 1 }),
        new (class Shaped {})(),
        { [Symbol("s")]: "x" },
        Object.defineProperty({}, "hidden", { value: 1, enumerable: false }),
        Object.defineProperty({}, "__proto__", { value: 1, enumerable: true }),
        new Date(0),
      ],
    ],
  ];
  for (const [what, schema, values] of cautious) {
    it(`never says yes where zod says no on ${what}`, () => {
      const check = shapeCheck(schema);
      for (const v of values) if (check(v)) expect(schema.safeParse(v).success, shown(v)).toBe(true);
    });
  }

  it("leaves to zod every schema it cannot read off exactly", () => {
    const unknowns: [z.ZodType, unknown][] = [
      [z.string().transform((s) => s.trim()), "a"],
      [z.object({ a: z.string() }), { a: "x" }],
      [z.strictObject({ a: z.string().default("x") }), { a: "x" }],
      [z.string().refine((s) => s.length > 0), "a"],
      [z.email(), "a@example.com"],
      [z.url(), "https://example.com"],
      [z.string().regex(/a/g), "a"],
      [z.number().int(), 1],
      [z.number().multipleOf(2), 2],
      [z.nullable(z.string()), "a"],
      [z.strictObject({ a: z.string() }).refine(() => true), { a: "x" }],
      [z.looseObject({ a: z.string() }), { a: "x" }],
      [z.enum({ A: 0, B: 1 }), 0],
      [z.string().exactOptional(), "a"],
      [z.strictObject({ a: z.string().default("x").optional() }), { a: "y" }],
      [z.strictObject({ a: z.string().prefault("x").optional() }), { a: "y" }],
      [z.union([z.object({ a: z.string() }), z.strictObject({ a: z.string(), b: z.string() })]), { a: "x", b: "y" }],
      [z.xor([z.string(), z.number()]), "a"],
      [z.strictObject({ [Symbol("s")]: z.string().optional() }), {}],
      [z.strictObject({ ["__proto__"]: z.number().optional() }), {}],
      [z.stringFormat("date", () => true, PATTERN_ONLY), "x"],
      [z.string().check(z.stringFormat("regex", () => true, PATTERN_ONLY)), "x"],
      [z.string().length(1), "a"],
      [z.record(z.enum(["a"]), z.string()), { a: "x" }],
      [z.partialRecord(z.string(), z.string()), { a: "x" }],
      [z.looseRecord(z.string(), z.string()), { a: "x" }],
      [z.record(z.string().transform((s) => s.trim()), z.string()), { a: "x" }],
      [z.record(z.string(), z.string()).refine(() => true), { a: "x" }],
      [z.nullable(z.string()), null],
    ];
    for (const [schema, accepted] of unknowns) {
      expect(schema.safeParse(accepted).success).toBe(true);
      expect(shapeCheck(schema)(accepted)).toBe(false);
    }
  });

  it("says no, not wrong, to the cases zod answers differently", () => {
    const differ: [z.ZodType, unknown][] = [
      // zod fills in the default: the output is not the input.
      [z.strictObject({ a: z.string().default("x").optional() }), {}],
      // zod takes the first option that fits, which drops b.
      [z.union([z.object({ a: z.string() }), z.strictObject({ a: z.string(), b: z.string() })]), { a: "x", b: "y" }],
      // Both options fit, so z.xor fails.
      [z.xor([z.string(), z.string().min(1)]), "a"],
      // An exact optional rejects a present undefined.
      [z.strictObject({ a: z.string().exactOptional() }), { a: undefined }],
      // A custom format is checked by its function, not its pattern.
      [z.stringFormat("date", () => false, PATTERN_ONLY), "x"],
      // A bound that is not a number rejects every value.
      [z.number().min(Number.NaN), 5],
      [z.number().max(Number.NaN), 5],
      // zod leaves these keys out of its output: the output is not the input.
      [Extra, Object.defineProperty({}, "__proto__", { value: 1, enumerable: true })],
      [Extra, Object.defineProperty({ a: 1 }, "hidden", { value: 1, enumerable: false })],
    ];
    for (const [schema, value] of differ) expect(shapeCheck(schema)(value)).toBe(false);
  });

  it("stops at a schema that refers to itself", () => {
    const node: z.ZodType = z.strictObject({
      name: z.string(),
      get children() {
        return z.array(node).optional();
      },
    });
    expect(node.safeParse({ name: "a", children: [{ name: "b" }] }).success).toBe(true);
    expect(shapeCheck(node)({ name: "a", children: [{ name: "b" }] })).toBe(false);
  });
});
