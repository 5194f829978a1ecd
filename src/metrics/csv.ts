/**
 * CSV text (RFC 4180) from flat records: UTF-8 text kept as it is, so Chinese names survive; no file
 * I/O here, the caller writes the string where it wants.
 *
 * @module
 */
import { isList, optionsObject, quoteValue } from "../_lib/misuse.js";
import type { Cell, Row } from "./rows.js";

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** The columns, in order; default every key of the rows, in order of first appearance. */
  readonly columns?: readonly string[];
  /**
   * Start with a byte-order mark (U+FEFF). Default false; set it for Excel, which otherwise opens UTF-8
   * files in the system's legacy code page and garbles Chinese.
   */
  readonly bom?: boolean;
  /**
   * Defuse spreadsheet formulas (CSV injection): a text cell starting with `=`, `+`, `-`, `@`, a tab or a
   * carriage return gets a leading `'`, as OWASP recommends, so Excel or WPS shows it as text instead of
   * running it. Number cells, and text that is just a number such as `-3`, are left as they are. Default
   * false: the text stays exactly as in the data, for programs; set it for files people open in a
   * spreadsheet.
   */
  readonly escapeFormulas?: boolean;
}

// RFC 4180: a field holding a comma, a double quote or a line break is quoted, with quotes doubled.
const NEEDS_QUOTES = /[",\r\n]/;
// What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;
// Text that is only a number is no formula, and a leading quote would stop it being a number.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Text a spreadsheet would run as a formula, given a leading `'` (what `escapeFormulas` does to each text
 * cell). Text that is only a number is left alone unless `numbers` is false: a column that only ever holds
 * text (a row's label) keeps even `-2` as text.
 */
export function defuseFormula(text: string, numbers = true): string {
  return FORMULA_START.test(text) && !(numbers && PLAIN_NUMBER.test(text)) ? `'${text}` : text;
}

function cellText(cell: Cell | undefined, column: string, row: number, escapeFormulas: boolean): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") {
    const text = escapeFormulas ? defuseFormula(cell) : cell;
    return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  throw new TypeError(`toCsv: rows[${String(row)}].${column} must be a string, number, boolean or null; got ${quoteValue(cell)}`);
}

/**
 * CSV text from flat records (RFC 4180): a header line, then one line per row, each ended by CRLF;
 * fields with a comma, quote or line break are quoted and quotes doubled; `null` is an empty field;
 * numbers as JavaScript prints them. Pure: it returns the string. With `escapeFormulas`, text a spreadsheet
 * would run as a formula starts with `'`.
 *
 * @throws TypeError when `rows` is not an array of objects or a cell is not a string, number, boolean or null.
 * @example
 * ```ts
 * toCsv([{ name: "孔城镇", covered: true }, { name: 'say "hi", ok', covered: false }]);
 * // 'name,covered\r\n孔城镇,true\r\n"say ""hi"", ok",false\r\n'
 * toCsv([{ name: "=1+2", change: -3 }], { escapeFormulas: true });
 * // "name,change\r\n'=1+2,-3\r\n"
 * ```
 */
export function toCsv(rows: readonly Row[], options?: CsvOptions): string {
  if (!Array.isArray(rows)) throw new TypeError(`toCsv: rows must be an array of flat records; got ${quoteValue(rows)}`);
  const { columns: wanted, bom, escapeFormulas: escaping } = optionsObject("toCsv", options);
  // A flag that is not a boolean (`bom: "yes"`) is a mistake, not a no: said, not ignored.
  for (const [name, flag] of [["bom", bom] as const, ["escapeFormulas", escaping] as const]) {
    if (flag !== undefined && typeof flag !== "boolean")
      throw new TypeError(`toCsv: options.${name} must be true or false; got ${quoteValue(flag)}`);
  }
  if (wanted !== undefined && (!isList(wanted) || wanted.some((column: unknown) => typeof column !== "string"))) {
    throw new TypeError(`toCsv: options.columns must be an array of strings; got ${quoteValue(wanted)}`);
  }
  let columns = wanted;
  if (columns === undefined) {
    const seen = new Set<string>();
    for (const [i, row] of (rows as readonly unknown[]).entries()) {
      if (typeof row !== "object" || row === null)
        throw new TypeError(`toCsv: rows[${String(i)}] must be an object; got ${quoteValue(row)}`);
      for (const key of Object.keys(row)) seen.add(key);
    }
    columns = [...seen];
  }
  if (columns.length === 0) return bom === true ? "\uFEFF" : "";
  const escapeFormulas = escaping === true;
  const header = columns.map((column, i) => cellText(column, "header", i, escapeFormulas)).join(",");
  const lines = [header];
  rows.forEach((row, i) => {
    if (typeof row !== "object" || row === null) throw new TypeError(`toCsv: rows[${String(i)}] must be an object; got ${quoteValue(row)}`);
    const record = row as Readonly<Record<string, Cell | undefined>>;
    lines.push(
      columns.map((column) => cellText(Object.hasOwn(record, column) ? record[column] : undefined, column, i, escapeFormulas)).join(","),
    );
  });
  return `${bom === true ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}
