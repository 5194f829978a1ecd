/**
 * Where each imported record came from, and issues found later in the data set (by `parseDataset`, by the
 * charter rules) moved to the table, row and column they came from.
 *
 * @module
 */
import { formatPath, type Issue, type Locale } from "kexie";
import { whereText, type Place } from "./tables.js";

/** A row of a table: the table's index in {@link ImportSources.tables} and the row number people see. */
export type SourceRow = readonly [table: number, row: number];

/**
 * Where the records of an imported data set came from: the tables (with the header of each field and
 * extra value), the row of every record by collection and index, and the rows of nested records (an
 * association's congresses, a committee's seats and holdings) by their path (`committees/3/seats/0`).
 * Plain JSON, so it can be kept beside the data set.
 */
export interface ImportSources {
  readonly tables: readonly { readonly name: string; readonly columns: Readonly<Record<string, string>> }[];
  readonly records: Readonly<Record<string, readonly SourceRow[]>>;
  readonly nested: Readonly<Record<string, SourceRow>>;
}

/**
 * The place (table, row, column) an issue's data-set path points at, when the record came from a table.
 *
 * @example
 * ```ts
 * const tables = [{ name: "组织名单", rows: [{ 名称: "孔城镇科协", 类型: "乡镇科协", 成立日期: "2019/6/1" }] }];
 * const result = importTables(tables);
 * placeOf(["associations", 0, "establishedOn"], result.sources); // → { table: "组织名单", row: 2, column: "成立日期" }
 * ```
 */
export function placeOf(path: Issue["path"], sources: ImportSources): Place | undefined {
  const [collection, index, ...rest] = path;
  if (typeof collection !== "string") return undefined;
  let source: SourceRow | undefined;
  let prefix = collection;
  let remaining: (string | number)[] = [...rest];
  if (typeof index === "number") {
    source = sources.records[collection]?.[index];
    prefix = `${collection}/${index}`;
  } else {
    source = sources.nested[collection];
    remaining = index === undefined ? [] : [index, ...rest];
  }
  if (source === undefined) return undefined;
  // Descend into nested rows while the path names one.
  while (remaining.length >= 2 && typeof remaining[0] === "string" && typeof remaining[1] === "number") {
    const nested = sources.nested[`${prefix}/${remaining[0]}/${remaining[1]}`];
    if (nested === undefined) break;
    prefix = `${prefix}/${remaining[0]}/${remaining[1]}`;
    source = nested;
    remaining = remaining.slice(2);
  }
  const table = sources.tables[source[0]];
  if (table === undefined) return undefined;
  return { table: table.name, row: source[1], ...columnOf(remaining, table.columns) };
}

/** The header of the longest known field at the start of a path (`hostUnit.name`, `extra:电话`). */
function columnOf(path: readonly (string | number)[], columns: Readonly<Record<string, string>>): { column?: string } {
  if (path[0] === "extra" && typeof path[1] === "string") {
    const header = columns[`extra:${path[1]}`];
    return header === undefined ? {} : { column: header };
  }
  for (let length = path.length; length > 0; length -= 1) {
    const header = columns[path.slice(0, length).join(".")];
    if (header !== undefined) return { column: header };
  }
  return {};
}

/**
 * An issue about an imported data set (from `parseDataset`, `validateDataset`, …) moved to where its
 * record came from: the path becomes `[table, row, column]`, the message starts with the place, and the
 * params keep the data-set path as `at`. Issues about records that came from no table are returned as
 * they are.
 *
 * @example
 * ```ts
 * const result = importTables(exportTables(dataset).map((sheet) => ({ name: sheet.title, kind: sheet.kind, cells: [sheet.columns.map((c) => c.header), ...sheet.rows] })));
 * if (result.data !== undefined) {
 *   const report = validateDataset(result.data, { asOf: "2020-09-07" });
 *   const issue = report.associations[0]?.issues[0];
 *   if (issue !== undefined) locateIssue(issue, result.sources).path; // the same path; the message now names the table row
 * }
 * ```
 */
export function locateIssue<I extends Issue>(issue: I, sources: ImportSources, locale: Locale = "zh-CN"): I {
  const place = placeOf(issue.path, sources);
  if (place === undefined) return issue;
  const where = whereText(place, locale);
  const oldWhere = issue.params["where"];
  const separator = locale === "en" ? ": " : "：";
  // Shape messages begin with their own data-set place; that is replaced rather than repeated.
  const message =
    typeof oldWhere === "string" && issue.message.startsWith(oldWhere)
      ? `${where}${issue.message.slice(oldWhere.length)}`
      : `${where}${separator}${issue.message}`;
  const path = [place.table, place.row ?? 0, ...(place.column === undefined ? [] : [place.column])];
  const params = {
    ...issue.params,
    where,
    table: place.table,
    row: place.row ?? 0,
    ...(place.column === undefined ? {} : { column: place.column }),
    at: formatPath(issue.path),
  };
  // The same code with more params (the place, and `at`): still an issue of its kind.
  return { ...issue, path, message, params };
}
