/**
 * Text from the data made safe for a terminal: control characters shown as escapes, so a name holding a
 * line break cannot forge a line of the output, and one holding an ANSI escape cannot recolour, move the
 * cursor or retitle the terminal.
 *
 * @module
 */

// C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidirectional embeddings,
// overrides and isolates, which reorder what a terminal shows ("Trojan Source").
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escape(char: string): string {
  return SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** The text with every control character written as an escape (`\n`, `\u001b`); other text unchanged. */
export function visible(text: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text) ? text.replace(CONTROL, escape) : text;
}
