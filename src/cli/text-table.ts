/**
 * Plain-text tables that line up in a terminal with Chinese text, where a CJK character takes two columns.
 *
 * @module
 */
import { visible } from "./visible.js";

/** The number of terminal columns a string takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // CJK ideographs, full-width forms and CJK punctuation take two columns.
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** A table as lines: a header, a rule, then the rows; numbers right-aligned, text left-aligned. */
export function textTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  // Text from the data is escaped before it is measured, so the columns line up as printed.
  const cells = rows.map((row) => row.map((cell) => (typeof cell === "number" ? cell.toLocaleString("en-US") : visible(cell))));
  // A loop, not Math.max(...column): a spread passes every row as an argument and overflows the stack
  // at about 130,000 rows.
  const widths = header.map((title) => displayWidth(title));
  for (const row of cells) {
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i] ?? 0, displayWidth(row[i] ?? ""));
  }
  const pad = (text: string, i: number, right: boolean) => {
    const space = " ".repeat((widths[i] ?? 0) - displayWidth(text));
    return right ? space + text : text + space;
  };
  const line = (row: readonly string[], numeric: readonly boolean[]) =>
    `  ${row.map((cell, i) => pad(cell, i, numeric[i] ?? false)).join("  ")}`.trimEnd();
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === "number"));
  const lines = [line(header, numeric), `  ${widths.map((w) => "-".repeat(w)).join("  ")}`];
  for (const row of cells) lines.push(line(row, numeric));
  return lines;
}

/** A ratio as a percentage with one decimal, or a dash when there is nothing to divide. */
export function percent(ratio: number | null): string {
  return ratio === null ? "–" : `${(ratio * 100).toFixed(1)}%`;
}
