/**
 * Spreadsheet files (`.xlsx`, `.csv`) read into the tables kexie/import takes: one table per sheet, or one
 * per CSV file named after the file.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { GridTable } from "../../import/index.js";
import { UsageError } from "../errors.js";
import { loadExcel, readFailure } from "../files.js";
import { readCsv } from "./read-csv.js";
import { worksheetGrid } from "./xlsx-cells.js";

/** The file extensions read as spreadsheets. */
export const SPREADSHEET_EXTENSIONS: readonly string[] = [".xlsx", ".csv"];

/** Whether a file is read as a spreadsheet (by its extension). */
export function isSpreadsheet(file: string): boolean {
  return SPREADSHEET_EXTENSIONS.includes(extname(file).toLowerCase());
}

async function bytesOf(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EISDIR") throw new UsageError("input.spreadsheet-directory", { file });
    throw readFailure(error, file);
  }
}

/** The tables of one spreadsheet file. An `.xls` file (the old format) is a usage error saying what to do. */
export async function readSpreadsheet(file: string): Promise<GridTable[]> {
  const extension = extname(file).toLowerCase();
  if (extension === ".xls") throw new UsageError("input.xls", { file });
  const bytes = await bytesOf(file);
  if (extension === ".csv") return [{ name: basename(file, extname(file)), cells: readCsv(bytes, file) }];
  if (extension !== ".xlsx") throw new UsageError("input.not-spreadsheet", { file });
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UsageError("input.not-xlsx", { file, reason: error instanceof Error ? error.message : String(error) });
  }
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, cells: worksheetGrid(sheet) }));
}

/**
 * The tables of several files. A table name used twice (two files with a sheet 会员) is prefixed with its
 * file's name, so every issue names one place.
 */
export async function readSpreadsheets(files: readonly string[]): Promise<GridTable[]> {
  const all: { file: string; table: GridTable }[] = [];
  for (const file of files) for (const table of await readSpreadsheet(file)) all.push({ file, table });
  const counts = new Map<string, number>();
  for (const { table } of all) counts.set(table.name, (counts.get(table.name) ?? 0) + 1);
  return all.map(({ file, table }) => ((counts.get(table.name) ?? 0) > 1 ? { ...table, name: `${basename(file)}/${table.name}` } : table));
}
