/**
 * Workbook sheets (from kexie/import's export or template) written as an `.xlsx` file with exceljs: a
 * frozen, bold header row, drop-down lists for choices (from a hidden sheet of lists), date cells shown
 * as dates, and text columns kept as text so codes keep their leading digits.
 *
 * @module
 */
import type { Worksheet } from "exceljs";
import { LIST_SHEET_TITLES, calendarDate, columnLetter, type Cell, type ExportSheet } from "../../import/index.js";
import type { Locale } from "../../index.js";
import { loadExcel, writeOut } from "../files.js";
import { displayWidth } from "../text-table.js";

/** Rows below the data that still get drop-downs and formats, for new entries. */
const ROOM = 1000;

/**
 * A cell as written: a date column's `YYYY-MM-DD` as a date (from 1900-03-01, where Excel's dates are
 * right; earlier ones stay text), Excel's #NULL! as its error value, the rest as they are.
 */
function writtenValue(cell: Cell, format: string): unknown {
  if (cell === undefined || cell === null) return null;
  if (cell === "#NULL!") return { error: "#NULL!" };
  if (format === "date" && typeof cell === "string" && cell >= "1900-03-01" && /^\d{4}-\d{2}-\d{2}$/.test(cell)) {
    const [y, m, d] = cell.split("-").map(Number) as [number, number, number];
    if (calendarDate(y, m, d) !== undefined) return new Date(Date.UTC(y, m - 1, d));
  }
  return cell;
}

/** Writes sheets to an `.xlsx` file. The workbook's dates are fixed, so the same sheets give the same content. */
export async function writeXlsx(sheets: readonly ExportSheet[], file: string, locale: Locale): Promise<void> {
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  workbook.creator = "kexie";
  workbook.created = new Date(Date.UTC(2020, 8, 7));
  workbook.modified = workbook.created;
  const sheetsOut: Worksheet[] = sheets.map((sheet) => workbook.addWorksheet(sheet.title, { views: [{ state: "frozen", ySplit: 1 }] }));
  const lists = workbook.addWorksheet(LIST_SHEET_TITLES[locale], { state: "hidden" });
  let listColumn = 0;
  sheets.forEach((sheet, s) => {
    const out = sheetsOut[s] as Worksheet;
    out.columns = sheet.columns.map((column) => ({
      header: column.header,
      width: Math.min(40, Math.max(10, displayWidth(column.header) + 4)),
      style: { numFmt: column.format === "date" ? "yyyy-mm-dd" : column.format === "number" ? "0" : "@" },
    }));
    out.getRow(1).font = { bold: true };
    for (const row of sheet.rows) out.addRow(row.map((cell, c) => writtenValue(cell, sheet.columns[c]?.format ?? "text")));
    const last = sheet.rows.length + 1 + ROOM;
    sheet.columns.forEach((column, c) => {
      if (column.choices === undefined) return;
      const letter = columnLetter(listColumn);
      column.choices.forEach((choice, k) => {
        lists.getCell(`${letter}${k + 1}`).value = choice;
      });
      listColumn += 1;
      const range = `${columnLetter(c)}2:${columnLetter(c)}${last}`;
      // exceljs has data validations on worksheets, but its type declarations leave them out.
      (out as unknown as { dataValidations: { add(range: string, rule: object): void } }).dataValidations.add(range, {
        type: "list",
        allowBlank: true,
        // Other spellings (社区 for 社区科协) are read too, so a value outside the list is allowed.
        showErrorMessage: false,
        formulae: [`'${lists.name}'!$${letter}$1:$${letter}$${column.choices.length}`],
      });
    });
  });
  await writeOut(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
}
