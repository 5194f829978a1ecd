/**
 * JSON text in pieces: exactly the text of `JSON.stringify(value, null, 2)`, made part by part so that a
 * report of millions of findings never has to fit in one string (V8 stops at about 512 MB: "Invalid
 * string length").
 *
 * @module
 */

/** Parts of a value with fewer nodes than this are stringified by one call, which is much faster. */
const SMALL = 1000;

// What JSON.stringify leaves out of an object and writes as null in an array.
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

// How many nodes a value has, counting no further than `limit + 1` (iteratively, so a deep value cannot
// exhaust the stack here).
function nodes(value: unknown, limit: number): number {
  if (typeof value !== "object" || value === null) return 1;
  const stack: unknown[] = [value];
  let seen = 0;
  while (stack.length > 0 && seen <= limit) {
    const next = stack.pop();
    seen += 1;
    if (typeof next !== "object" || next === null) continue;
    if (Array.isArray(next)) for (const item of next) stack.push(item);
    else for (const key of Object.keys(next)) stack.push((next as Record<string, unknown>)[key]);
  }
  return seen;
}

const pad = (depth: number): string => "  ".repeat(depth);

// The frame JSON.stringify puts around a value wrapped in `depth` arrays, so it can be cut off.
function frame(depth: number): { before: number; after: number } {
  let before = pad(depth).length;
  let after = 0;
  for (let k = 0; k < depth; k++) {
    before += `${pad(k)}[\n`.length;
    after += `\n${pad(k)}]`.length;
  }
  return { before, after };
}

// A value's text as JSON.stringify(…, null, 2) writes it `depth` levels deep. Wrapping it in arrays makes
// JSON.stringify indent it there itself, which is twice as fast as re-indenting its text afterwards.
function atDepth(value: unknown, depth: number): string {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify answers undefined for undefined and functions
  if (depth === 0) return JSON.stringify(value, null, 2) ?? "null";
  let wrapped: unknown = value;
  for (let k = 0; k < depth; k++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  const { before, after } = frame(depth);
  return text.slice(before, text.length - after);
}

/** Options of {@link jsonChunks}. */
export interface JsonChunkOptions {
  /** Parts with fewer nodes than this are stringified at once (default 1000); tests make it small. */
  readonly small?: number;
}

/**
 * The pieces of `JSON.stringify(value, null, 2)`, in order; joined, they are that text. Arrays and objects
 * too large to stringify at once are written a group of elements, or a property, at a time.
 */
export function jsonChunks(value: unknown, options: JsonChunkOptions = {}): Generator<string> {
  return chunksAt(value, 0, options.small ?? SMALL);
}

function* chunksAt(value: unknown, depth: number, small: number): Generator<string> {
  if (nodes(value, small) <= small || typeof value !== "object" || value === null) {
    yield atDepth(value, depth);
  } else if (Array.isArray(value)) {
    yield* arrayChunks(value, depth, small);
  } else {
    const record = value as { readonly [key: string]: unknown };
    let first = true;
    yield "{";
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (skipped(item)) continue;
      yield `${first ? "" : ","}\n${pad(depth + 1)}${JSON.stringify(key)}: `;
      first = false;
      yield* chunksAt(item, depth + 1, small);
    }
    yield first ? "}" : `\n${pad(depth)}}`;
  }
}

// Small elements are gathered into groups of about `small` nodes, each group stringified as one array
// whose brackets are then cut off; a large element is written on its own, piece by piece.
function* arrayChunks(items: readonly unknown[], depth: number, small: number): Generator<string> {
  let group: unknown[] = [];
  let size = 0;
  let first = true;
  const closing = `\n${pad(depth)}]`.length;
  const flush = (): string => {
    const text = atDepth(group, depth);
    const inner = `${first ? "" : ","}${text.slice(1, text.length - closing)}`;
    first = false;
    group = [];
    size = 0;
    return inner;
  };
  yield "[";
  for (const item of items) {
    const count = nodes(item, small);
    if (count <= small || typeof item !== "object" || item === null) {
      group.push(item);
      size += count;
      if (size >= small) yield flush();
    } else {
      if (group.length > 0) yield flush();
      yield `${first ? "" : ","}\n${pad(depth + 1)}`;
      first = false;
      yield* chunksAt(item, depth + 1, small);
    }
  }
  if (group.length > 0) yield flush();
  yield `\n${pad(depth)}]`;
}
