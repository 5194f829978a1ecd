/**
 * The input of a data command: a data set file (JSON), or a spreadsheet (`.xlsx`, `.csv`) imported on the
 * way in, whose issues then point at its tables, rows and columns.
 *
 * @module
 */
import { importTables, locateIssue } from "../import/index.js";
import type { Dataset, Issue, Locale, ParseResult } from "../index.js";
import { issueLines } from "./issues-text.js";
import { progress } from "./progress.js";
import { readDataset } from "./read-dataset.js";
import { isSpreadsheet, readSpreadsheets } from "./spreadsheet/read-tables.js";

/** A read input: the parse result, and how to point a later issue (a charter finding) at its source row. */
export interface Input {
  readonly parsed: ParseResult;
  readonly locate: (issue: Issue) => Issue;
}

/** Reads a data set from JSON, or imports it from a spreadsheet. */
export async function readInput(file: string, locale: Locale): Promise<Input> {
  if (!isSpreadsheet(file)) return { parsed: readDataset(file, locale), locate: (issue) => issue };
  const tables = await readSpreadsheets([file]);
  const done = progress(`importing ${file}`);
  const result = importTables(tables, { locale });
  done();
  const parsed: ParseResult = result.ok && result.data !== undefined ? { ok: true, data: result.data, issues: result.issues } : { ok: false, issues: result.issues };
  return { parsed, locate: (issue) => locateIssue(issue, result.sources, locale) };
}

/**
 * Reads an input for a command that needs sound data: on any error, the issues go to stderr and the
 * result is `undefined` (the command then exits with 1).
 */
export async function readSoundInput(file: string, locale: Locale): Promise<Dataset | undefined> {
  const { parsed } = await readInput(file, locale);
  if (parsed.ok) return parsed.data;
  const head = locale === "en" ? `${file}: the data set has errors` : `${file}：数据集有错误`;
  process.stderr.write(`${[head, ...issueLines(parsed.issues, locale)].join("\n")}\n`);
  return undefined;
}
