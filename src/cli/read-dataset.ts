/**
 * Reads a dataset for the command, from a file or standard input (`-`): the text, its JSON (with line and
 * column on a syntax error), and its format version, each failure a one-line UsageError. A spreadsheet
 * (`.xlsx`, `.csv`) is imported on the way in, and its issues then point at its tables, rows and columns.
 *
 * @module
 */
import { readFileSync, statSync } from "node:fs";
import { importTables, locateIssue } from "../import/index.js";
import { parseDataset, type Issue, type ParsedDataset, type Locale } from "../index.js";
import { UsageError } from "./errors.js";
import { readFailure } from "./files.js";
import { findingLines, parseFindings } from "./findings.js";
import { jsonErrorOffset } from "./json-error.js";
import { say } from "./messages.js";
import { writeErrorLines } from "./output.js";
import { progress } from "./progress.js";
import { isSpreadsheet, readSpreadsheets } from "./spreadsheet/read-tables.js";

/** A dataset as read: what to call it in messages, its JSON, and what parsing made of it. */
export interface DatasetInput {
  /** The file name, or `<stdin>` for standard input. */
  readonly label: string;
  /** The JSON as read, kept only when parsing reported issues, to name the records they are about. */
  readonly json: unknown;
  /** `parseDataset`'s result, or the import's with its own issues. */
  readonly parsed: ParsedInput;
  /**
   * Points a later issue (a charter finding) at where its record came from: for a spreadsheet, its table,
   * row and column. Absent for JSON, whose paths already name the record.
   */
  readonly locate?: (issue: Issue) => Issue;
}

/** A result like `parseDataset`'s whose issues may also be the import's. */
type ParsedInput =
  | { readonly ok: true; readonly data: ParsedDataset; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly data?: undefined; readonly issues: readonly Issue[] };

async function importSpreadsheet(file: string, locale: Locale): Promise<DatasetInput> {
  const tables = await readSpreadsheets([file]);
  const importing = progress(say("progress.importing", locale, { file }));
  const result = importTables(tables, { locale });
  importing();
  const parsed: ParsedInput =
    result.ok && result.data !== undefined ? { ok: true, data: result.data, issues: result.issues } : { ok: false, issues: result.issues };
  return { label: file, json: undefined, parsed, locate: (issue) => locateIssue(issue, result.sources, locale) };
}

/** Where a character offset falls in a text, counted from 1. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    const { line, column } = lineAndColumn(text, offset < 0 ? text.length : offset);
    if (offset < 0 || offset >= text.length) throw new UsageError("input.json-end", { file, line, column });
    const character = JSON.stringify(String.fromCodePoint(text.codePointAt(offset) ?? 0));
    throw new UsageError("input.json-character", { file, line, column, character });
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readText(file: string, label: string): Promise<string> {
  try {
    if (file === "-") return (await readStdin()).toString("utf8");
    if (statSync(file).isDirectory()) throw new UsageError("input.directory", { file: label });
    return readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw readFailure(error, label);
  }
}

/**
 * Reads a JSON file (or standard input for `-`): a missing or unreadable file and broken JSON, with its
 * line and column, are usage errors that call the file `label`.
 */
export async function readJson(file: string, label: string): Promise<unknown> {
  const text = await readText(file, label);
  // A byte-order mark is not JSON, but editors on Windows often write one.
  return parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, label);
}

/** What messages call a dataset argument: the file name, or `<stdin>` for `-`. */
export function inputLabel(file: string, locale: Locale): string {
  return file === "-" ? say("input.stdin", locale) : file;
}

/**
 * Reads, parses and checks a dataset. A missing or unreadable file, broken JSON and an unsupported format
 * version are usage errors; every other problem comes back as issues.
 */
export async function readDataset(file: string, locale: Locale): Promise<DatasetInput> {
  if (file !== "-" && isSpreadsheet(file)) return importSpreadsheet(file, locale);
  const label = inputLabel(file, locale);
  const reading = progress(say("progress.reading", locale, { file: label }));
  const json = await readJson(file, label);
  reading();
  const checking = progress(say("progress.checking", locale, { file: label }));
  const parsed = parseDataset(json, { locale });
  checking();
  const version = parsed.issues.find((issue) => issue.code === "dataset.unsupported-version");
  if (version !== undefined) throw new UsageError("input.version", { file: label, detail: version.message });
  // A large data set's JSON is dropped once parsed when nothing needs it, halving what the command holds.
  return { label, json: parsed.issues.length > 0 ? json : undefined, parsed };
}

/**
 * Reads a dataset for a command that needs sound data: on any error, the issues go to stderr and the
 * result is `undefined` (the command then exits with 1).
 */
export async function readSoundDataset(file: string, locale: Locale): Promise<{ label: string; data: ParsedDataset } | undefined> {
  const input = await readDataset(file, locale);
  if (input.parsed.ok) return { label: input.label, data: input.parsed.data };
  await writeErrorLines([say("input.has-errors", locale, { file: input.label })]);
  await writeErrorLines(findingLines(parseFindings(input.parsed.issues, input.json), locale, "info"));
  return undefined;
}
