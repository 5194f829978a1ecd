/**
 * Text files as spreadsheets export them: UTF-8 with or without a byte-order mark, GB18030 (what Excel in
 * China writes by default as "CSV"), and UTF-16 with a mark (Excel's "Unicode text").
 *
 * @module
 */

/** The encoding a file was read in, for messages. */
export type TextEncodingName = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

function startsWith(bytes: Uint8Array, mark: readonly number[]): boolean {
  return mark.every((byte, i) => bytes[i] === byte);
}

/**
 * Decodes a text file: a byte-order mark decides; otherwise valid UTF-8 is UTF-8 and anything else is
 * GB18030 (a superset of GBK and GB2312). Any byte-order mark is removed from the text.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  let encoding: TextEncodingName;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) encoding = "utf-8";
  else if (startsWith(bytes, [0xff, 0xfe])) encoding = "utf-16le";
  else if (startsWith(bytes, [0xfe, 0xff])) encoding = "utf-16be";
  else if (startsWith(bytes, [0x84, 0x31, 0x95, 0x33])) encoding = "gb18030";
  else {
    try {
      return { text: stripMark(new TextDecoder("utf-8", { fatal: true }).decode(bytes)), encoding: "utf-8" };
    } catch {
      encoding = "gb18030";
    }
  }
  // Node's decoders keep GB18030's mark (84 31 95 33) as U+FEFF; UTF-8's and UTF-16's are dropped by default.
  return { text: stripMark(new TextDecoder(encoding).decode(bytes)), encoding };
}

function stripMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
