/**
 * Where a JSON text first goes wrong, for an error message with line and column.
 *
 * V8's JSON.parse names the position for some errors and not for others (an unexpected token says only
 * "is not valid JSON"), so after a failed parse we scan the text once more with a small iterative
 * checker that stops at the first offending character.
 *
 * @module
 */

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/** The offset of the first character that makes `text` invalid JSON (text.length when it ends too soon). */
export function jsonErrorOffset(text: string): number {
  // What may come next: a value, an object key (or the end of an empty object), or a separator.
  type Expect = "value" | "key-or-end" | "key" | "colon" | "after-value" | "value-or-end";
  const stack: ("object" | "array")[] = [];
  let expect: Expect = "value";
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  for (;;) {
    skip();
    if (i >= text.length) return stack.length === 0 && expect === "after-value" ? -1 : text.length;
    const ch = text[i];
    if (expect === "after-value" && stack.length === 0) return i;
    if (expect === "value" || expect === "value-or-end") {
      if (expect === "value-or-end" && ch === "]") {
        stack.pop();
        i++;
        expect = "after-value";
      } else if (ch === "{") {
        stack.push("object");
        i++;
        expect = "key-or-end";
      } else if (ch === "[") {
        stack.push("array");
        i++;
        expect = "value-or-end";
      } else if (ch === '"') {
        if (!string()) return i;
        expect = "after-value";
      } else {
        for (const pattern of [NUMBER, LITERAL]) {
          pattern.lastIndex = i;
          if (pattern.test(text)) {
            i = pattern.lastIndex;
            expect = "after-value";
            break;
          }
        }
        if (expect !== "after-value") return i;
      }
    } else if (expect === "key-or-end" || expect === "key") {
      if (expect === "key-or-end" && ch === "}") {
        stack.pop();
        i++;
        expect = "after-value";
      } else if (ch === '"') {
        if (!string()) return i;
        expect = "colon";
      } else return i;
    } else if (expect === "colon") {
      if (ch !== ":") return i;
      i++;
      expect = "value";
    } else {
      const top = stack[stack.length - 1];
      if (ch === ",") {
        i++;
        expect = top === "object" ? "key" : "value";
      } else if ((ch === "}" && top === "object") || (ch === "]" && top === "array")) {
        stack.pop();
        i++;
        expect = "after-value";
      } else return i;
    }
  }
}
