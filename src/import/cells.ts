/**
 * Cells as spreadsheet readers give them, and the plain readings every field type starts from: text with
 * full-width forms folded, whole numbers written the ways people write them, yes and no, lists.
 *
 * @module
 */

/**
 * One spreadsheet cell as a reader gives it: text, a number (an Excel date serial in a date column), a
 * boolean, or nothing (`null`, `undefined` or blank text).
 *
 * @example
 * ```ts
 * const row: Record<string, Cell> = { 名称: "孔城镇科协", 成立日期: 43617, 是否挂牌: true };
 * ```
 */
export type Cell = string | number | boolean | null | undefined;

/**
 * Text folded for comparison and for codes and numbers: Unicode compatibility forms (NFKC), so full-width
 * digits, letters and spaces (３４０８８１, Ａ, U+3000) read as their ASCII forms; then trimmed.
 *
 * @example
 * ```ts
 * foldText(" ３４０８８１ "); // → "340881"
 * ```
 */
export function foldText(text: string): string {
  return text.normalize("NFKC").trim();
}

/**
 * A key for matching names and headers: folded, lower-cased, with every space, hyphen, underscore, dot
 * and middle dot removed, so "Vice chair", "vice-chair" and "VICE_CHAIR" are one key.
 *
 * @example
 * ```ts
 * matchKey("成 立 日 期"); // → "成立日期"
 * matchKey("Vice chair") === matchKey("vice-chair"); // → true
 * ```
 */
export function matchKey(text: string): string {
  return foldText(text)
    .toLowerCase()
    .replace(/[\s\-_.·・]+/g, "");
}

/**
 * A cell's text, trimmed: numbers and booleans as JavaScript writes them, nothing as "".
 *
 * @example
 * ```ts
 * cellText(" 孔城镇 "); // → "孔城镇"
 * cellText(340881); // → "340881"
 * cellText(null); // → ""
 * ```
 */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? cell.trim() : String(cell);
}

/**
 * Whether a cell holds nothing.
 *
 * @example
 * ```ts
 * isBlank("  "); // → true
 * isBlank(0); // → false
 * ```
 */
export function isBlank(cell: Cell): boolean {
  return cellText(cell) === "";
}

/** The error values Excel shows in a cell whose formula failed. */
const EXCEL_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"]);

/**
 * Whether a cell shows an Excel error value (`#REF!`, `#N/A`, …) rather than data.
 *
 * @example
 * ```ts
 * isExcelError("#REF!"); // → true
 * ```
 */
export function isExcelError(cell: Cell): boolean {
  return typeof cell === "string" && EXCEL_ERRORS.has(cell.trim().toUpperCase());
}

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** A number written in Chinese numerals below 10,000 (一, 十二, 二十, 一百零五), or undefined. */
function chineseNumber(text: string): number | undefined {
  if (text === "" || text.length > 12) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const char of text) {
    const d = DIGITS[char];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = UNITS[char];
    if (unit === undefined) return undefined;
    total += (digit ?? (unit === 10 && total === 0 ? 1 : Number.NaN)) * unit;
    digit = undefined;
  }
  total += digit ?? 0;
  return Number.isInteger(total) ? total : undefined;
}

/** Words around a number that say what it counts: 第…届, 人次, 人, 名, 个, 次, 项, 期, 年, 户, 篇, 件, 元. */
const NUMBER_WORDS = /^第|(人次|人|名|个|次|项|期|届|年|户|篇|件|元)$/g;

/**
 * A whole number from a cell: a number cell, or text such as `1,320`, `１３２０`, `30人次`, `第3届`, `第一届`,
 * `2000元`. Anything else (a fraction, a word, `3万元`) is undefined.
 *
 * @example
 * ```ts
 * readWholeNumber("1,320人次"); // → 1320
 * readWholeNumber("第一届"); // → 1
 * readWholeNumber(2.5); // → undefined
 * ```
 */
export function readWholeNumber(cell: Cell): number | undefined {
  if (typeof cell === "number") return Number.isSafeInteger(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  const text = foldText(cell).replace(/[\s,]/g, "").replace(NUMBER_WORDS, "");
  if (/^[+-]?\d{1,15}$/.test(text)) return Number(text);
  return chineseNumber(text);
}

const YES = new Set(["是", "有", "y", "yes", "true", "t", "1", "√", "✓", "✔", "对"]);
const NO = new Set(["否", "无", "没有", "n", "no", "false", "f", "0", "×", "✗", "✘", "不是"]);

/**
 * Yes or no from a cell: a boolean cell, or 是/否, 有/无, yes/no, true/false, 1/0, √/×. Anything else is
 * undefined.
 *
 * @example
 * ```ts
 * readYesNo("是"); // → true
 * readYesNo("No"); // → false
 * readYesNo("也许"); // → undefined
 * ```
 */
export function readYesNo(cell: Cell): boolean | undefined {
  if (typeof cell === "boolean") return cell;
  const key = matchKey(cellText(cell));
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

/** What separates the items of a list in one cell: 、，, ；; and line breaks. */
const LIST_SEPARATOR = /[、,，;；\n]+/;

/**
 * The items of a list written in one cell: separated by 、，,；; or line breaks; or, when an item itself
 * holds a separator, written as a JSON array of strings (what the export writes then).
 *
 * @example
 * ```ts
 * splitList("进农村、进学校"); // → ["进农村", "进学校"]
 * splitList('["甲、乙学会", "丙学会"]'); // → ["甲、乙学会", "丙学会"]
 * ```
 */
export function splitList(cell: Cell): string[] {
  const text = cellText(cell);
  if (text === "") return [];
  if (text.startsWith("[") && text.endsWith("]")) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === "string")) return parsed;
    } catch {
      // Not JSON: read it as a separated list.
    }
  }
  return text
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/**
 * Writes list items as one cell that {@link splitList} reads back: joined by `separator`, or as a JSON
 * array when an item holds a separator, is blank, has spaces at its ends, or the text would start with `[`.
 *
 * @example
 * ```ts
 * joinList(["进农村", "进学校"], "、"); // → "进农村、进学校"
 * joinList(["甲、乙学会"], "、"); // → '["甲、乙学会"]'
 * ```
 */
export function joinList(items: readonly string[], separator: string): string {
  const plain = items.every((item) => item !== "" && item === item.trim() && !LIST_SEPARATOR.test(item));
  const joined = items.join(separator);
  return plain && !joined.startsWith("[") ? joined : JSON.stringify(items);
}

/**
 * A spreadsheet's letters for a column counted from 0: A, B, …, Z, AA, AB, …
 *
 * @example
 * ```ts
 * columnLetter(0); // → "A"
 * columnLetter(27); // → "AB"
 * ```
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
