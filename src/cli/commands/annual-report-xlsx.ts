/**
 * A filled form as an Excel workbook laid out like the paper form: title, form code, filing unit,
 * period, a bordered table of codes, items, units and values, the notes and the signature line, with
 * column widths that fit Chinese text and an A4 print setup.
 *
 * exceljs is loaded here, with a dynamic import, only when a workbook is written: no other command and
 * nothing of the library loads it.
 *
 * @module
 */
import type { Workbook, Worksheet } from "exceljs";
import type { StatisticalReport } from "../../statistics/index.js";
import { loadExcel } from "../files.js";
import { displayWidth } from "../text-table.js";
import { columnTitles, formHeading, noteLines, signatureLine, tableRows } from "./annual-report-layout.js";

const A4 = 9;
const THIN = { style: "thin" as const };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = "宋体";

/** An Excel column width (in widths of "0") that holds the text, CJK characters counting two. */
function widthFor(texts: readonly string[], min: number, max: number): number {
  let widest = 0;
  for (const text of texts) widest = Math.max(widest, displayWidth(text));
  return Math.min(max, Math.max(min, widest + 2));
}

function sheetName(report: StatisticalReport): string {
  // Excel refuses []:*?/\ in sheet names and more than 31 characters.
  const name = report.form.title.split(/\s/)[0] ?? report.form.id;
  return name.replace(/[[\]:*?/\\]/g, "-").slice(0, 31) || "form";
}

function layOut(sheet: Worksheet, report: StatisticalReport): void {
  const heading = formHeading(report);
  const titles = columnTitles(report.locale);
  const rows = tableRows(report);

  sheet.columns = [
    { width: widthFor([titles[0], ...rows.map((r) => r[0])], 6, 12) },
    { width: widthFor([titles[1], ...rows.map((r) => r[1])], 24, 60) },
    { width: widthFor([titles[2], ...rows.map((r) => r[2])], 8, 16) },
    { width: widthFor([titles[3], ...rows.map((r) => r[3].toLocaleString("en-US"))], 12, 20) },
  ];

  const title = sheet.addRow([heading.title]);
  sheet.mergeCells(title.number, 1, title.number, 4);
  title.height = 28;
  title.getCell(1).font = { name: FONT, size: 16, bold: true };
  title.getCell(1).alignment = { horizontal: "center", vertical: "middle" };

  const code = sheet.addRow(["", "", "", heading.code]);
  code.getCell(4).alignment = { horizontal: "right" };
  const filing = sheet.addRow([heading.filingUnit, "", heading.period, ""]);
  sheet.mergeCells(filing.number, 1, filing.number, 2);
  sheet.mergeCells(filing.number, 3, filing.number, 4);
  filing.getCell(3).alignment = { horizontal: "right" };

  const header = sheet.addRow([...titles]);
  header.font = { name: FONT, bold: true };
  header.alignment = { horizontal: "center", vertical: "middle" };
  for (let column = 1; column <= 4; column++) {
    header.getCell(column).border = BOX;
    header.getCell(column).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } };
  }

  for (const [rowCode, label, unit, value] of rows) {
    const row = sheet.addRow([rowCode, label, unit, value]);
    row.font = { name: FONT };
    row.getCell(1).alignment = { horizontal: "center" };
    row.getCell(2).alignment = { wrapText: true, vertical: "middle" };
    row.getCell(3).alignment = { horizontal: "center" };
    // Whole numbers, as the system takes them.
    row.getCell(4).numFmt = "0";
    for (let column = 1; column <= 4; column++) row.getCell(column).border = BOX;
  }

  sheet.addRow([]);
  for (const note of noteLines(report)) {
    const row = sheet.addRow([note]);
    sheet.mergeCells(row.number, 1, row.number, 4);
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    row.getCell(1).font = { name: FONT, size: 9 };
    // Merged cells do not grow with wrapped text: give the row the lines the note needs at this width.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- exceljs answers null before any column is set, whatever its types say
    const columns = (sheet.columns ?? []).reduce((sum, column) => sum + (column.width ?? 10), 0);
    row.height = Math.max(15, Math.ceil(displayWidth(note) / Math.max(20, columns - 2)) * 13);
  }
  sheet.addRow([]);
  const signature = sheet.addRow([signatureLine(report.locale)]);
  sheet.mergeCells(signature.number, 1, signature.number, 4);

  sheet.pageSetup = {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- exceljs's PaperSize is a const enum, which an isolated module cannot read; 9 is its A4
    paperSize: A4,
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${header.number}:${header.number}`,
    printArea: `A1:D${sheet.rowCount}`,
    margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  sheet.views = [{ state: "frozen", ySplit: header.number, xSplit: 0 }];
}

/**
 * The workbook of a filled form, as the bytes of an `.xlsx` file.
 */
export async function reportWorkbook(report: StatisticalReport): Promise<Uint8Array> {
  const excel = await loadExcel();
  const workbook: Workbook = new excel.Workbook();
  workbook.creator = "kexie";
  layOut(workbook.addWorksheet(sheetName(report)), report);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
