/**
 * parseDataset says yes to most records through zod's compiled validator (src/dataset/compiled.ts), and
 * parses only the rest. That yes must never differ from zod's parser: records taken from real documents,
 * changed at any depth to values on and past every boundary, must get a shape issue exactly when zod's
 * parser rejects them, with code generation allowed and under `jitless` (a strict Content Security Policy).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { COLLECTIONS, ENTITY_SCHEMAS, parseDataset, type Dataset } from "../../src/index.js";

const SEED = 20200907;
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
function verdicts(
  name: Name,
  record: unknown,
  parse: typeof parseDataset = parseDataset,
): { zod: boolean | "throws"; shapeCodes: string[] } {
  let zod: boolean | "throws";
  try {
    zod = ENTITY_SCHEMAS[name].safeParse(record).success;
  } catch {
    zod = "throws";
  }
  const result = parse({ formatVersion: 1, [name]: [record] }, { locale: "en" });
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

/** The property: records changed at random get a shape issue exactly when zod's parser rejects them. */
function agreesWithZod(parse: typeof parseDataset, numRuns: number): void {
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
      const { zod, shapeCodes } = verdicts(name, record, parse);
      if (zod === "throws") expect(shapeCodes).toEqual(["shape.unreadable"]);
      else expect(shapeCodes.length > 0).toBe(!zod);
      if (zod !== true) rejected += 1;
    }),
    { seed: SEED, numRuns },
  );
  // The changes must reach both answers, or the property says little.
  expect(rejected).toBeGreaterThan(numRuns / 3);
}

describe("the compiled check against zod's parser", () => {
  it("every record of the fixtures passes unchanged, with no issue, as zod says", () => {
    for (const { name, record } of samples) expect(verdicts(name, record)).toEqual({ zod: true, shapeCodes: [] });
  });

  it("changed records get a shape issue exactly when zod rejects them", () => {
    agreesWithZod(parseDataset, 3000);
  });
});

describe("where code may not be generated (a strict Content Security Policy)", () => {
  const realFunction = globalThis.Function;
  let generated = 0;
  // What a browser under such a policy does to `new Function`: refuse it.
  const refusing = new Proxy(realFunction, {
    construct() {
      generated += 1;
      throw new EvalError("Refused to evaluate a string as JavaScript");
    },
  });

  /** parseDataset from a fresh copy of the library, so its schemas are compiled (or not) anew. */
  async function freshParse(): Promise<typeof parseDataset> {
    vi.resetModules();
    return (await import("../../src/index.js")).parseDataset;
  }

  afterEach(() => {
    globalThis.Function = realFunction;
    z.config({ jitless: false });
  });

  // An application under such a policy sets jitless before the library's schemas are built.
  it("under z.config({ jitless: true }) generates nothing and answers as zod does", async () => {
    z.config({ jitless: true });
    globalThis.Function = refusing;
    generated = 0;
    const parse = await freshParse();
    for (const { name, record } of samples) expect(verdicts(name, record, parse)).toEqual({ zod: true, shapeCodes: [] });
    agreesWithZod(parse, 400);
    expect(generated).toBe(0);
  });
});
