// Writes the JSON Schema of every entity and of the dataset to schema/, from the built package, so the
// files shipped are exactly what the library generates.
import { mkdirSync, writeFileSync } from "node:fs";
import { JSON_SCHEMA_NAMES, toJsonSchema } from "../dist/index.js";

const dir = new URL("../schema/", import.meta.url);
mkdirSync(dir, { recursive: true });
for (const name of JSON_SCHEMA_NAMES) {
  writeFileSync(new URL(`${name}.schema.json`, dir), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
}
console.log(`schema/: ${JSON_SCHEMA_NAMES.length} JSON Schema files written`);
