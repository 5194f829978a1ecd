/**
 * JSON Schema (draft 2020-12) for every entity and the dataset, generated from the zod schemas so that
 * backends in other languages validate exactly the shapes this library does.
 *
 * @module
 */
import * as z from "zod";
import { misuse, quoteValue } from "../_lib/misuse.js";
import { Activity } from "./activity.js";
import { Association } from "./association.js";
import { Committee } from "./committee.js";
import { Dataset } from "./dataset.js";
import { Division } from "./division.js";
import { Facility } from "./facility.js";
import { Member } from "./member.js";
import { Extra } from "./extra.js";
import { Output } from "./output.js";
import { Person } from "./person.js";
import { CalendarDate, Count, CreditCode, DivisionCode, Id, idPatternSource, Name, UnitCount } from "./primitives.js";

/** The name of a published JSON Schema; each is shipped as `schema/<name>.schema.json`. */
export type JsonSchemaName =
  "dataset" | "association" | "committee" | "member" | "activity" | "division" | "person" | "facility" | "output";

const SCHEMAS: Readonly<Record<JsonSchemaName, z.ZodType>> = {
  dataset: Dataset,
  association: Association,
  committee: Committee,
  member: Member,
  activity: Activity,
  division: Division,
  person: Person,
  facility: Facility,
  output: Output,
};

// A registry of our own (never zod's global one), so shared shapes appear once under readable $defs names.
const DEFINITIONS = z.registry<{ id: string; format?: string }>();
for (const [id, schema] of Object.entries({
  Id,
  CalendarDate,
  DivisionCode,
  Name,
  Count,
  Extra,
  CreditCode,
  UnitCount,
  Association,
  Committee,
  Member,
  Activity,
  Division,
  Person,
  Facility,
  Output,
})) {
  // A date has two patterns (a real day; a year in range), which zod writes as `allOf` without the
  // format; the format tells other validators and code generators what the string is.
  DEFINITIONS.add(schema, schema === CalendarDate ? { id, format: "date" } : { id });
}

/** Code points that a regular expression must write escaped inside a character class. */
const CLASS_SYNTAX = /[[\\\]^-]/;

/**
 * A character class's members written out as explicit ranges of literal characters, for the JSON Schema:
 * `\p{L}` is ECMA-262 (what draft 2020-12 names), but Python's `re`, which the `jsonschema` package uses,
 * rejects the whole schema over it. Literal characters (never `\u` escapes, which Go and PCRE lack, nor
 * surrogate pairs, which mean other things with and without the `u` flag) read the same in ECMA-262 with
 * `u`, Python, Java, Go and PCRE. The ranges are read off the library's own pattern in the running
 * engine, so the schema accepts exactly what the library accepts.
 */
function spelledOut(categories: readonly string[]): string {
  const member = new RegExp(`^[${categories.map((c) => `\\p{${c}}`).join("")}]$`, "u");
  const write = (code: number): string => {
    const text = String.fromCodePoint(code);
    return CLASS_SYNTAX.test(text) ? `\\${text}` : text;
  };
  let out = "";
  let start = -1;
  // One past the last code point ends the last range; surrogates are never members on their own.
  for (let code = 0; code <= 0x110000; code += 1) {
    const inside = code < 0x110000 && (code < 0xd800 || code > 0xdfff) && member.test(String.fromCodePoint(code));
    if (inside && start < 0) start = code;
    if (!inside && start >= 0) {
      const end = code - 1;
      out += end === start ? write(start) : end === start + 1 ? write(start) + write(end) : `${write(start)}-${write(end)}`;
      start = -1;
    }
  }
  return out;
}

/**
 * The names of the published JSON Schemas.
 *
 * @example
 * ```ts
 * JSON_SCHEMA_NAMES; // → ["dataset", "association", "committee", "member", "activity", "division", "person", "facility", "output"]
 * ```
 */
export const JSON_SCHEMA_NAMES = Object.keys(SCHEMAS) as JsonSchemaName[];

/**
 * The JSON Schema (draft 2020-12) of an entity or of the whole dataset, describing documents as written
 * (collections of a dataset may be left out). A fresh object on every call.
 *
 * @example
 * ```ts
 * import Ajv from "ajv/dist/2020.js";
 * // The schema names the "date" format for readers; its pattern is what checks a date.
 * const validate = new Ajv({ formats: { date: true } }).compile(toJsonSchema("dataset"));
 * validate({ formatVersion: 1, associations: [] }); // → true
 * ```
 */
export function toJsonSchema(name: JsonSchemaName): Record<string, unknown> {
  if (typeof name !== "string" || !Object.hasOwn(SCHEMAS, name))
    misuse("toJsonSchema", `name must be one of ${JSON_SCHEMA_NAMES.join(", ")}; got ${quoteValue(name)}`);
  let idPattern: string | undefined;
  const schema = z.toJSONSchema(SCHEMAS[name], {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
    metadata: DEFINITIONS,
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === Id) jsonSchema.pattern = idPattern ??= idPatternSource(spelledOut);
    },
  });
  return { ...schema, $id: `https://unpkg.com/kexie/schema/${name}.schema.json`, title: `kexie ${name}` };
}
