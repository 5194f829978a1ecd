/**
 * `parseDataset`: checks a whole document (shape, ids, references, dates) and never throws on bad data.
 *
 * @module
 */
import * as z from "zod";
import { describeThrown } from "../_lib/describe.js";
import { createIssue, formatPath, type IssuePath, type Locale } from "../issue/issue.js";
import { optionsObject, requireLocale } from "../_lib/misuse.js";
import { COLLECTIONS, Dataset, ENTITY_SCHEMAS, FORMAT_VERSION } from "../model/dataset.js";
import { DivisionListInfo } from "../model/division.js";
import { lazy } from "../_lib/lazy.js";
import { compiledSchema } from "./compiled.js";
import { crossCheck, type ShapedCollections } from "./cross-check.js";
import { DATASET_MESSAGES } from "./messages.js";
import { markParsed, type ParsedDataset } from "./parsed.js";
import { shapeIssues, zodErrorMap } from "../_lib/shape-issues.js";
import type { DatasetIssue } from "./messages.js";

/** Options of {@link parseDataset}. */
export interface ParseOptions {
  /** The language of issue messages; zh-CN by default. */
  readonly locale?: Locale;
}

/**
 * What {@link parseDataset} returns: the data when it has no error, and every issue found. `data` is a
 * {@link ParsedDataset}, the only kind of dataset the rest of the library accepts.
 */
export type ParseResult =
  | { readonly ok: true; readonly data: ParsedDataset; readonly issues: readonly DatasetIssue[] }
  | { readonly ok: false; readonly data?: undefined; readonly issues: readonly DatasetIssue[] };

const TOP_LEVEL_KEYS = new Set<string>(["formatVersion", "divisionList", ...COLLECTIONS]);

// Compiled on the first parse, not when the module loads: code that never parses never compiles.
const COMPILED_SCHEMAS = lazy(() => {
  const compiled = {} as Record<(typeof COLLECTIONS)[number], z.ZodType>;
  for (const name of COLLECTIONS) compiled[name] = compiledSchema<z.ZodType>(ENTITY_SCHEMAS[name]);
  return compiled;
});

/** zod's quick yes or no, without a result object; no when the value throws (a getter, a proxy), and zod then words why. */
function certainlyFits(schema: z.ZodType, value: unknown): boolean {
  try {
    return schema.validate(value);
  } catch {
    return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readableId(value: unknown, key: string): string | undefined {
  try {
    if (!isRecord(value) || !Object.hasOwn(value, key)) return undefined;
    const id = value[key];
    return typeof id === "string" ? id : undefined;
  } catch {
    // Reported as unreadable already.
    return undefined;
  }
}

/**
 * Parses and cross-checks a dataset document.
 *
 * It never throws on bad data and never stops at the first problem: every record is checked against its
 * schema, and the records that pass are checked together (ids unique per collection, references
 * resolve, end dates not before start dates, division codes agree with their parents and levels).
 * `ok` is true when no issue is an error; only then is `data` given, with every collection present.
 * The input is never modified, and `data` holds the input's own record objects (they already have the
 * parsed shape), so the data is not held twice. Even a value that throws when it is read (a getter, a
 * proxy) is reported, as `shape.unreadable` at the record or, outside any record, at the document.
 * `data` carries the parsed mark (see {@link ParsedDataset}); a copy of it does not, and must be parsed
 * again. Only misuse throws: `options` that are not an object, or an unknown `locale`.
 *
 * @example
 * ```ts
 * const result = parseDataset(JSON.parse(text), { locale: "en" });
 * if (!result.ok) for (const issue of result.issues) console.log(issue.code, issue.path, issue.message);
 * ```
 */
export function parseDataset(input: unknown, options?: ParseOptions): ParseResult {
  const locale = requireLocale("parseDataset", optionsObject("parseDataset", options).locale);
  const issues: DatasetIssue[] = [];
  try {
    return readDataset(input, locale, issues);
  } catch (thrown) {
    // Reading the document itself threw (a getter or proxy trap on the document or a collection array).
    issues.push(unreadable([], thrown, locale));
    return { ok: false, issues };
  }
}

function unreadable(path: IssuePath, thrown: unknown, locale: Locale): DatasetIssue {
  const params = { where: formatPath(path) || "$", reason: describeThrown(thrown) };
  return createIssue({ catalog: DATASET_MESSAGES, code: "shape.unreadable", params, path, locale });
}

function readDataset(input: unknown, locale: Locale, issues: DatasetIssue[]): ParseResult {
  const error = zodErrorMap(locale);
  const fits = (schema: z.ZodType, value: unknown, path: IssuePath): boolean => {
    try {
      // Parsing with an error map is several times slower in zod, so the map is given only to the second
      // parse of a record that failed, for its localised messages.
      const result = schema.safeParse(value);
      if (result.success) return true;
      const localised = schema.safeParse(value, { error });
      for (const issue of shapeIssues((localised.error ?? result.error).issues, path, locale)) issues.push(issue);
    } catch (thrown) {
      // zod reads every field, and lets what a getter or proxy throws go through.
      issues.push(unreadable(path, thrown, locale));
    }
    return false;
  };

  if (!isRecord(input)) {
    fits(z.object({}), input, []);
    return { ok: false, issues };
  }

  const version = Object.hasOwn(input, "formatVersion") ? input["formatVersion"] : undefined;
  if (typeof version === "number" && version !== FORMAT_VERSION) {
    // A document of another version may mean other things by the same fields: read no further.
    issues.push(
      createIssue({
        catalog: DATASET_MESSAGES,
        code: "dataset.unsupported-version",
        params: { found: version, supported: FORMAT_VERSION },
        path: ["formatVersion"],
        locale,
      }),
    );
    return { ok: false, issues };
  }
  fits(Dataset.shape.formatVersion, version, ["formatVersion"]);

  const unknownKeys = Object.keys(input).filter((key) => !TOP_LEVEL_KEYS.has(key));
  if (unknownKeys.length > 0) fits(z.strictObject({}), Object.fromEntries(unknownKeys.map((k) => [k, 0])), []);

  const divisionList = Object.hasOwn(input, "divisionList") ? input["divisionList"] : undefined;
  if (divisionList !== undefined) fits(DivisionListInfo, divisionList, ["divisionList"]);

  const known: MutableKnownIds = { divisions: new Set(), associations: new Set(), members: new Set(), persons: new Set() };
  const shaped = {} as Record<(typeof COLLECTIONS)[number], { values: unknown[]; indexes: number[] | undefined }>;
  for (const name of COLLECTIONS) {
    shaped[name] = { values: [], indexes: undefined };
    const records = Object.hasOwn(input, name) ? input[name] : undefined;
    if (records === undefined) continue;
    if (!Array.isArray(records)) {
      fits(z.array(z.unknown()), records, [name]);
      continue;
    }
    shaped[name] = accept(records, name, fits, known);
  }

  // Each list holds only values its own schema accepted, which is what ShapedCollections states.
  for (const issue of crossCheck(shaped as unknown as ShapedCollections, known, locale)) issues.push(issue);

  if (issues.some((issue) => issue.severity === "error")) return { ok: false, issues };
  const data: Record<string, unknown> = {
    formatVersion: FORMAT_VERSION,
    ...(divisionList === undefined ? {} : { divisionList: divisionList }),
  };
  for (const name of COLLECTIONS) {
    // persons is the one collection a parsed data set holds only when the document has it.
    if (name === "persons" && !Object.hasOwn(input, "persons")) continue;
    data[name] = shaped[name].values;
  }
  return { ok: true, data: markParsed(data as Dataset), issues };
}

/**
 * The records of a collection that fit its schema, and their input indexes. Entity schemas have no
 * defaults or transforms, so a record that fits is its own parsed value: keeping it, rather than zod's
 * copy, holds the data once instead of twice. While every record fits, nothing is collected: the list is
 * one copy of the input at the end, with no index array.
 */
function accept(
  records: readonly unknown[],
  name: (typeof COLLECTIONS)[number],
  fits: (schema: z.ZodType, value: unknown, path: IssuePath) => boolean,
  known: MutableKnownIds,
): { values: unknown[]; indexes: number[] | undefined } {
  const schema: z.ZodType = ENTITY_SCHEMAS[name];
  const quick = COMPILED_SCHEMAS()[name];
  let values: unknown[] | undefined;
  let indexes: number[] | undefined;
  for (let index = 0; index < records.length; index++) {
    const record: unknown = records[index];
    // The compiled check says yes to most valid records at no cost; a full parse words the issues of the rest.
    if (certainlyFits(quick, record) || fits(schema, record, [name, index])) {
      values?.push(record);
      indexes?.push(index);
      continue;
    }
    if (values === undefined) {
      values = records.slice(0, index);
      indexes = Array.from({ length: index }, (_, k) => k);
    }
    rememberId(known, name, record);
  }
  return values === undefined ? { values: records.slice(), indexes: undefined } : { values, indexes };
}

interface MutableKnownIds {
  readonly divisions: Set<string>;
  readonly associations: Set<string>;
  readonly members: Set<string>;
  readonly persons: Set<string>;
}

function rememberId(known: MutableKnownIds, name: string, record: unknown): void {
  if (name === "divisions") {
    const code = readableId(record, "code");
    if (code !== undefined) known.divisions.add(code);
  } else if (name === "associations" || name === "members" || name === "persons") {
    const id = readableId(record, "id");
    if (id !== undefined) known[name].add(id);
  }
}
