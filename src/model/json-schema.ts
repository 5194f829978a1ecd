/**
 * JSON Schema (draft 2020-12) for every entity and the dataset, generated from the zod schemas so that
 * backends in other languages validate exactly the shapes this library does.
 *
 * @module
 */
import * as z from "zod";
import { Activity } from "./activity.js";
import { Association } from "./association.js";
import { Committee } from "./committee.js";
import { Dataset } from "./dataset.js";
import { Division } from "./division.js";
import { Facility } from "./facility.js";
import { Member } from "./member.js";
import { Output } from "./output.js";
import { CalendarDate, Count, DivisionCode, Id, Name, UnitCount } from "./primitives.js";

/** The name of a published JSON Schema; each is shipped as `schema/<name>.schema.json`. */
export type JsonSchemaName = "dataset" | "association" | "committee" | "member" | "activity" | "division" | "facility" | "output";

const SCHEMAS: Readonly<Record<JsonSchemaName, z.ZodType>> = {
  dataset: Dataset,
  association: Association,
  committee: Committee,
  member: Member,
  activity: Activity,
  division: Division,
  facility: Facility,
  output: Output,
};

// A registry of our own (never zod's global one), so shared shapes appear once under readable $defs names.
const DEFINITIONS = z.registry<{ id: string }>();
for (const [id, schema] of Object.entries({
  Id,
  CalendarDate,
  DivisionCode,
  Name,
  Count,
  UnitCount,
  Association,
  Committee,
  Member,
  Activity,
  Division,
  Facility,
  Output,
})) {
  DEFINITIONS.add(schema, { id });
}

/**
 * The names of the published JSON Schemas.
 *
 * @example
 * ```ts
 * JSON_SCHEMA_NAMES; // ["dataset", "association", "committee", "member", "activity", "division", "facility", "output"]
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
 * const validate = new Ajv().compile(toJsonSchema("dataset"));
 * validate(doc);
 * ```
 */
export function toJsonSchema(name: JsonSchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(SCHEMAS[name], {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
    metadata: DEFINITIONS,
  });
  return { ...schema, $id: `https://unpkg.com/kexie/schema/${name}.schema.json`, title: `kexie ${name}` };
}
