/**
 * Reads a dataset file for the command: the file, its JSON (with line and column on a syntax error),
 * and its format version, each failure a one-line UsageError.
 *
 * @module
 */
import { readFileSync, statSync } from "node:fs";
import { parseDataset, type Locale, type ParsedDataset, type ParseResult } from "../index.js";
import { issueLines } from "./issues-text.js";
import { UsageError } from "./errors.js";
import { jsonErrorOffset } from "./json-error.js";
import { progress } from "./progress.js";

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

function unexpected(text: string, offset: number): string {
  const char = String.fromCodePoint(text.codePointAt(offset) ?? 0);
  return `unexpected ${JSON.stringify(char)}`;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    const { line, column } = lineAndColumn(text, offset < 0 ? text.length : offset);
    const reason = offset >= text.length ? "unexpected end of input" : unexpected(text, offset);
    throw new UsageError(`${file}:${line}:${column}: invalid JSON: ${reason}`);
  }
}

/**
 * Reads, parses and checks a dataset file. A missing or unreadable file, broken JSON and an unsupported
 * format version are usage errors; every other problem comes back as issues.
 */
export function readDataset(file: string, locale: Locale): ParseResult {
  let text: string;
  try {
    if (statSync(file).isDirectory()) throw new UsageError(`${file}: is a directory, not a dataset file`);
    const done = progress(`reading ${file}`);
    text = readFileSync(file, "utf8");
    done();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "ENOENT" ? `${file}: file not found` : `${file}: cannot read (${code ?? String(error)})`);
  }
  // A byte-order mark is not JSON, but editors on Windows often write one.
  const json = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file);
  const done = progress(`checking ${file}`);
  const result = parseDataset(json, { locale });
  done();
  const version = result.issues.find((issue) => issue.code === "dataset.unsupported-version");
  if (version !== undefined) throw new UsageError(`${file}: ${version.message}`);
  return result;
}

/**
 * Reads a dataset file for a command that needs sound data: on any error, the issues go to stderr and
 * the result is `undefined` (the command then exits with 1).
 */
export function readSoundDataset(file: string, locale: Locale): ParsedDataset | undefined {
  const parsed = readDataset(file, locale);
  if (parsed.ok) return parsed.data;
  const head = locale === "en" ? `${file}: the data set has errors` : `${file}：数据集有错误`;
  process.stderr.write(`${[head, ...issueLines(parsed.issues, locale)].join("\n")}\n`);
  return undefined;
}
