import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_NAMES, parseDataset, toJsonSchema } from "../../src/index.js";

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

/** The records that parseDataset finds a shape error in. */
function parseBadRecords(doc: unknown): Set<string> {
  const bad = new Set<string>();
  for (const issue of parseDataset(doc).issues) {
    if (!issue.code.startsWith("shape.")) continue;
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

  it("accepts the valid fixture", () => {
    expect(validateDataset(read("../fixtures/valid-dataset.json"))).toBe(true);
  });
});

describe("ajv and parseDataset agree on shape errors", () => {
  it("in the faulty fixture: the same records, and only those", () => {
    const doc = read("../fixtures/faulty-dataset.json");
    const fromAjv = ajvBadRecords(doc);
    expect([...fromAjv].sort()).toEqual([...parseBadRecords(doc)].sort());
    expect(fromAjv.size).toBe(12);
  });

  const valid = read("../fixtures/valid-dataset.json") as Doc;
  const targets = Object.entries(valid)
    .filter(([, records]) => Array.isArray(records))
    .flatMap(([collection, records]) =>
      records.flatMap((record, index) =>
        Object.keys(record as object).map((field) => ({ collection, index, field })),
      ),
    );
  const badValues = [
    null,
    -1,
    1.5,
    "",
    "x".repeat(201),
    "2019-02-29",
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
        ({ collection, index, field }, value, addField) => {
          const doc = structuredClone(valid);
          const record = doc[collection]?.[index] as Record<string, unknown>;
          record[addField ? `${field}Extra` : field] = value;
          expect([...ajvBadRecords(doc)].sort()).toEqual([...parseBadRecords(doc)].sort());
        },
      ),
    );
  });
});
