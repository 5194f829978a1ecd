import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Id } from "../../src/model/primitives.js";
import { JSON_SCHEMA_NAMES, parseDataset, toJsonSchema } from "../../src/index.js";
import { ID_PATTERN } from "../../src/model/primitives.js";

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const schemaFile = (name: string) => read(`../../schema/${name}.schema.json`) as Record<string, unknown>;

// Dates are checked by the schema's pattern; the `format` keyword is informative for other validators.
const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { date: true } });
const validateDataset = ajv.compile(schemaFile("dataset"));

type Doc = Record<string, unknown[]>;

/** The records (as `collection[index]`) that ajv finds a shape error in. */
function ajvBadRecords(doc: unknown): Set<string> {
  validateDataset(doc);
  const bad = new Set<string>();
  for (const error of validateDataset.errors ?? []) {
    const [collection, index] = error.instancePath.split("/").slice(1);
    bad.add(index === undefined ? (collection ?? "$") : `${collection}[${index}]`);
  }
  return bad;
}

/** The records that parseDataset finds a shape error in (a date out of range is one, under its own code). */
function parseBadRecords(doc: unknown): Set<string> {
  const bad = new Set<string>();
  for (const issue of parseDataset(doc).issues) {
    if (!issue.code.startsWith("shape.") && issue.code !== "date.out-of-range") continue;
    const [collection, index] = issue.path;
    bad.add(index === undefined || typeof index !== "number" ? String(collection ?? "$") : `${collection}[${index}]`);
  }
  return bad;
}

describe("the shipped JSON Schema files", () => {
  it.each(JSON_SCHEMA_NAMES)("schema/%s.schema.json is what the library generates", (name) => {
    expect(schemaFile(name)).toEqual(toJsonSchema(name));
  });

  it.each(JSON_SCHEMA_NAMES)("%s compiles under ajv's strict draft 2020-12 mode", (name) => {
    expect(() => new Ajv2020({ strict: true, formats: { date: true } }).compile(schemaFile(name))).not.toThrow();
  });

  it("accepts the valid fixtures", () => {
    expect(validateDataset(read("../fixtures/valid-dataset.json"))).toBe(true);
    expect(validateDataset(read("../fixtures/people-dataset.json"))).toBe(true);
  });
});

describe("ajv and parseDataset agree on shape errors", () => {
  it("in the faulty fixture: the same records, and only those", () => {
    const doc = read("../fixtures/faulty-dataset.json");
    const fromAjv = ajvBadRecords(doc);
    expect([...fromAjv].sort()).toEqual([...parseBadRecords(doc)].sort());
    expect(fromAjv.size).toBe(12);
  });

  // The older fixture, and one with persons, appointments, represented units, approvals and postponements.
  const fixtures = [read("../fixtures/valid-dataset.json") as Doc, read("../fixtures/people-dataset.json") as Doc];
  const targets = fixtures.flatMap((valid) =>
    Object.entries(valid)
      .filter(([, records]) => Array.isArray(records))
      .flatMap(([collection, records]) =>
        records.flatMap((record, index) => Object.keys(record as object).map((field) => ({ valid, collection, index, field }))),
      ),
  );
  const badValues = [
    null,
    -1,
    1.5,
    "",
    "x".repeat(201),
    "2019-02-29",
    "1899-12-31",
    "2100-01-01",
    "0000-02-29",
    "34088110120",
    "__proto__",
    "unknown-value",
    [],
    {},
    true,
    ["not-an-enum"],
  ];

  it("on records with one field replaced by a random bad value, or one field added", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...targets),
        fc.constantFrom(...badValues),
        fc.boolean(),
        ({ valid, collection, index, field }, value, addField) => {
          const doc = structuredClone(valid);
          const record = doc[collection]?.[index] as Record<string, unknown>;
          record[addField ? `${field}Extra` : field] = value;
          expect([...ajvBadRecords(doc)].sort()).toEqual([...parseBadRecords(doc)].sort());
        },
      ),
    );
  });
});

describe("ids: what the docs promise, in the library, ajv and other languages alike", () => {
  // Letters and digits of any script first; then also combining marks and . _ : -; 128 code points at most.
  const ACCEPTED = ["é", "e\u0301te", "𠀀", "〇", "二〇二〇", "𠀀".repeat(128), "村-01", "Ürümqi", "བོད", "tc:kc_1.2", "Ⅻ"];
  const REJECTED = [
    "",
    "_x",
    "-a",
    ".a",
    "\u0301e",
    "a b",
    "a\u202e",
    "a\u200d",
    "a/b",
    "a\u0000",
    "__proto__",
    "x".repeat(129),
    "𠀀".repeat(129),
    "😀",
    "a😀",
  ];
  const idSchema = (schemaFile("association") as { $defs: { Id: object } }).$defs.Id;
  const ajvId = new Ajv2020({ strict: true }).compile(idSchema);
  const docWith = (id: string) => ({ formatVersion: 1, associations: [{ id, name: "科协", kind: "county", establishedOn: "2019-01-01" }] });

  it.each(ACCEPTED)("accepts %j", (id) => {
    expect(Id.safeParse(id).success).toBe(true);
    expect(ajvId(id)).toBe(true);
    expect(parseDataset(docWith(id)).ok).toBe(true);
  });

  it.each(REJECTED)("rejects %j, with the rule in words", (id) => {
    expect(Id.safeParse(id).success).toBe(false);
    expect(ajvId(id)).toBe(false);
    const result = parseDataset(docWith(id), { locale: "en" });
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.path).toEqual(["associations", 0, "id"]);
    if (id !== "" && [...id].length <= 128)
      expect(result.issues[0]?.message).toContain("an id starts with a letter or digit of any script");
  });

  it("writes the pattern without \\p{…}, which Python's re rejects, as the same set of characters", () => {
    const { pattern } = idSchema as { pattern: string };
    expect(pattern).not.toMatch(/\\[pPu]/);
    const spelled = new RegExp(pattern, "u");
    // Every code point decides alike in the library's pattern and the spelled-out one.
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = String.fromCodePoint(code);
      if (ID_PATTERN.test(text) !== spelled.test(text)) throw new Error(`U+${code.toString(16)} differs`);
      if (ID_PATTERN.test(`a${text}`) !== spelled.test(`a${text}`)) throw new Error(`U+${code.toString(16)} differs after a letter`);
    }
  });

  const python = spawnSync("python3", ["-c", "import jsonschema"], { encoding: "utf8" });
  it.skipIf(python.status !== 0)("Python's jsonschema reads the schema and agrees on every example", () => {
    const script = [
      "import json, sys, jsonschema",
      "data = json.load(sys.stdin)",
      "v = jsonschema.Draft202012Validator(data['schema'])",
      "print(json.dumps([v.is_valid(x) for x in data['ids']]))",
    ].join("\n");
    const ids = [...ACCEPTED, ...REJECTED.filter((id) => !id.includes("\u0000"))];
    const run = spawnSync("python3", ["-c", script], { input: JSON.stringify({ schema: idSchema, ids }), encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual(ids.map((id) => ACCEPTED.includes(id)));
  });
});
