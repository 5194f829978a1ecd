/** Helpers for the import tests: GB18030 bytes, as Excel in China writes its CSV files. */

let table: Map<string, number[]> | undefined;

/** The GB18030 bytes of a text of ASCII and the Chinese characters of GBK (the two-byte range). */
export function encodeGb18030(text: string): Uint8Array {
  if (table === undefined) {
    table = new Map();
    const decoder = new TextDecoder("gb18030");
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== "\ufffd" && !table.has(char)) table.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (pair === undefined) throw new Error(`no two-byte GB18030 form for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
