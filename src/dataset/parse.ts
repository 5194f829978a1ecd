/**
 * `parseDataset`: checks a whole document (shape, ids, references, dates) and never throws on bad data.
 *
 * @module
 */
import * as z from "zod";
import { describeThrown } from "../_lib/describe.js";
import { createIssue, formatPath, type Issue, type IssuePath, type Locale } from "../issue/issue.js";
import { optionsObject, requireLocale } from "../_lib/misuse.js";
import { COLLECTIONS, Dataset, ENTITY_SCHEMAS, FORMAT_VERSION } from "../model/dataset.js";
import { DivisionListInfo } from "../model/division.js";
import { crossCheck, type ShapedCollections } from "./cross-check.js";
import { DATASET_MESSAGES } from "./messages.js";
import { markParsed, type ParsedDataset } from "./parsed.js";
import { shapeCheck, type ShapeCheck } from "./shape-check.js";
import { shapeIssues, zodErrorMap } from "../_lib/shape-issues.js";

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
  | { readonly ok: true; readonly data: ParsedDataset; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly data?: undefined; readonly issues: readonly Issue[] };

const TOP_LEVEL_KEYS = new Set<string>(["formatVersion", "divisionList", ...COLLECTIONS]);

// Read off the schemas once; they are constants, and so are these.
const ENTITY_CHECKS = Object.fromEntries(COLLECTIONS.map((name) => [name, shapeCheck(ENTITY_SCHEMAS[name])])) as Record<
  (typeof COLLECTIONS)[number],
  ShapeCheck
>;

/** The quick check's yes, or no when it is unsure or the value throws (a getter, a proxy): zod then decides. */
function certainlyFits(check: ShapeCheck, value: unknown): boolean {
  try {
    return check(value);
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
  const issues: Issue[] = [];
  try {
    return readDataset(input, locale, issues);
  } catch (thrown) {
    // Reading the document itself threw (a getter or proxy trap on the document or a collection array).
    issues.push(unreadable([], thrown, locale));
    return { ok: false, issues };
  }
}

function unreadable(path: IssuePath, thrown: unknown, locale: Locale): Issue {
  return createIssue(DATASET_MESSAGES, "shape.unreadable", "error", path, { where: formatPath(path) || "$", reason: describeThrown(thrown) }, locale);
}

function readDataset(input: unknown, locale: Locale, issues: Issue[]): ParseResult {
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
      createIssue(
        DATASET_MESSAGES,
        "dataset.unsupported-version",
        "error",
        ["formatVersion"],
        { found: version, supported: FORMAT_VERSION },
        locale,
      ),
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
    ...(divisionList === undefined ? {} : { divisionList: divisionList as Dataset["divisionList"] }),
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
  const quick = ENTITY_CHECKS[name];
  let values: unknown[] | undefined;
  let indexes: number[] | undefined;
  for (let index = 0; index < records.length; index++) {
    const record: unknown = records[index];
    // The quick check says yes to most valid records without zod; zod decides the rest and words their issues.
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

