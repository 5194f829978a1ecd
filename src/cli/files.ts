/**
 * Files the command reads and writes (`--out`), and the spreadsheet library it loads on demand.
 *
 * @module
 */
import { constants } from "node:buffer";
import { writeFile } from "node:fs/promises";
import { UsageError } from "./errors.js";

/** A file that could not be read, as the one-line usage error that names it. */
export function readFailure(error: unknown, label: string): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new UsageError("input.not-found", { file: label });
  if (code === "ERR_STRING_TOO_LONG") return new UsageError("input.too-large", { file: label, limit: constants.MAX_STRING_LENGTH });
  return new UsageError("input.unreadable", { file: label, reason: code ?? String(error) });
}

/** Writes a whole file given by `--out`; a failure (a missing folder, a full disk) is one usage line. */
export async function writeOut(out: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(out, content);
  } catch (error) {
    throw new UsageError("failure.out-file", { file: out, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}

/** exceljs's module. */
export type ExcelModule = typeof import("exceljs");

/**
 * Loads exceljs with a dynamic import, only when a workbook is read or written: no other command and
 * nothing of the library loads it.
 */
export async function loadExcel(): Promise<ExcelModule> {
  // exceljs is CommonJS: Node gives its exports as the default export of the ESM namespace.
  const module = (await import("exceljs")) as ExcelModule & { default?: ExcelModule };
  return module.default ?? module;
}
