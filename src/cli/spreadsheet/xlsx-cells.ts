/**
 * Cells of an exceljs worksheet as the plain values kexie/import reads: text, numbers, booleans, dates
 * as `YYYY-MM-DD` text, Excel error values as their text, merged cells once (in their first cell).
 *
 * @module
 */
import type { Cell as SheetCell, CellValue, Worksheet } from "exceljs";
import type { Cell } from "../../import/index.js";

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/**
 * A cell value as kexie/import reads it. exceljs gives a date cell as a Date at UTC midnight (plus any
 * time of day), so its UTC fields are the calendar date in every process time zone.
 */
export function plainValue(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return plainValue((value as { result?: CellValue }).result ?? null);
  if ("text" in value) return typeof value.text === "string" ? value.text : plainValue(value.text);
  return null;
}

/** A cell's value; the other cells of a merged range are empty, so a merged title is read once. */
function cellValue(cell: SheetCell): Cell {
  if (cell.isMerged && cell.master !== cell) return null;
  return plainValue(cell.value);
}

/** A worksheet as a grid of cells, row 1 first. */
export function worksheetGrid(sheet: Worksheet): Cell[][] {
  const grid: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      cells[columnNumber - 1] = cellValue(cell);
    });
    grid[rowNumber - 1] = cells;
  });
  for (let i = 0; i < grid.length; i += 1) grid[i] ??= [];
  return grid;
}
