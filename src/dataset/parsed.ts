/**
 * The mark of a parsed dataset: what tells the result of `parseDataset` (and the indexes built from it)
 * apart from a raw JSON document that merely looks like one.
 *
 * Only `parseDataset` checks ids, references and shapes (the `Dataset` zod schema checks shapes only);
 * every other function relies on them. A raw
 * document passed straight in would otherwise fail deep inside with "Cannot read properties of
 * undefined", or, worse, give an answer (`validateDataset({ id: "x" })` found 0 issues). So the parsed
 * dataset carries a mark, in its type (a brand) and at run time, and every function that takes a dataset
 * or its index checks the mark through {@link requireDatasetOrIndex} before reading anything.
 *
 * The run-time mark is a non-enumerable property keyed by a registered symbol
 * (`Symbol.for("kexie.parsed-dataset")`) on the dataset object `parseDataset` creates, never on the
 * input (which may be deep-frozen, and is never written to). Why a property and not a set of parsed
 * datasets kept by the library: the library keeps no state between calls, and a registered symbol is the
 * same in the ESM and the CommonJS build, so a dataset parsed by one is accepted by the other. The mark
 * does not survive a copy: `structuredClone`, `postMessage`, a JSON round trip or `{ ...dataset }` give
 * plain data again, which must be parsed again. That is deliberate: a copy may have been changed on the
 * way, and parsing is what checks it.
 *
 * @module
 */
import { misuse, quoteValue } from "../_lib/misuse.js";
import type { Dataset } from "../model/dataset.js";
import type { DatasetIndex } from "./dataset-index.js";

/** The run-time mark of a dataset `parseDataset` returned. */
const PARSED: unique symbol = Symbol.for("kexie.parsed-dataset");
/** The run-time mark of an index built from one (an index, or a validation context). */
const INDEXED: unique symbol = Symbol.for("kexie.dataset-index");

/**
 * A dataset that `parseDataset` checked: the {@link Dataset} type with a brand, so TypeScript refuses a
 * document that was only cast or built by hand where a parsed dataset is needed.
 *
 * @example
 * ```ts
 * const result = parseDataset(JSON.parse(text));
 * if (result.ok) {
 *   const dataset: ParsedDataset = result.data;
 * }
 * ```
 */
// The brands are phantom string keys, not the run-time symbols: each entry point's declarations would
// otherwise declare a symbol of its own, and a data set parsed through `kexie` would not type-check where
// `kexie/statistics` asks for one.
export type ParsedDataset = Dataset & { readonly "~kexie.parsed": true };

/** The brand of an index built from a parsed dataset. */
export interface IndexMark {
  readonly "~kexie.indexed": true;
}

function mark(value: object, key: symbol): void {
  Object.defineProperty(value, key, { value: true, enumerable: false, writable: false, configurable: false });
}

function hasMark(value: unknown, key: symbol): boolean {
  if (typeof value !== "object" || value === null) return false;
  try {
    return (value as Record<symbol, unknown>)[key] === true;
  } catch {
    // A revoked proxy throws on every read.
    return false;
  }
}

/**
 * Marks a dataset object as parsed; only `parseDataset` calls it, on the object it has just created.
 *
 * @example
 * ```ts
 * const data = markParsed(Dataset.parse({ formatVersion: 1 }));
 * isParsedDataset(data); // → true
 * ```
 */
export function markParsed(data: Dataset): ParsedDataset {
  mark(data, PARSED);
  return data as ParsedDataset;
}

/**
 * Marks an index (or a validation context) built from a parsed dataset.
 *
 * @example
 * ```ts
 * const { ["~kexie.indexed"]: _mark, ...fields } = indexDataset(dataset);
 * isDatasetIndex(fields); // → false
 * isDatasetIndex(markIndex(fields)); // → true
 * ```
 */
export function markIndex<I extends Omit<DatasetIndex, keyof IndexMark>>(index: I): I & IndexMark {
  mark(index, INDEXED);
  return index as I & IndexMark;
}

/**
 * Whether a value is a dataset `parseDataset` returned (or that very object, frozen since).
 *
 * @example
 * ```ts
 * isParsedDataset(parseDataset(JSON.parse(text)).data); // → true
 * isParsedDataset(JSON.parse(text)); // → false
 * ```
 */
export function isParsedDataset(value: unknown): value is ParsedDataset {
  return hasMark(value, PARSED);
}

/**
 * Whether a value is an index built by `indexDataset` or `createValidationContext`.
 *
 * @example
 * ```ts
 * isDatasetIndex(indexDataset(dataset)); // → true
 * isDatasetIndex(dataset); // → false
 * ```
 */
export function isDatasetIndex(value: unknown): value is DatasetIndex {
  return hasMark(value, INDEXED);
}

/**
 * The one check of every function that takes a parsed dataset or its index: the value itself when it is
 * one of them, else a `TypeError` naming the function and what to do.
 *
 * @example
 * ```ts
 * requireDatasetOrIndex("validateDataset", dataset, false) === dataset; // → true
 * // A document as read, before parseDataset, is refused with a message that says what to do:
 * requireDatasetOrIndex("validateDataset", JSON.parse(text), false); // throws TypeError("validateDataset: the data set has not been parsed; …")
 * ```
 */
export function requireDatasetOrIndex(fn: string, value: unknown, indexAllowed: true): ParsedDataset | DatasetIndex;
export function requireDatasetOrIndex(fn: string, value: unknown, indexAllowed: false): ParsedDataset;
export function requireDatasetOrIndex(fn: string, value: unknown, indexAllowed: boolean): ParsedDataset | DatasetIndex {
  if (isParsedDataset(value) || (indexAllowed && isDatasetIndex(value))) return value;
  if (isDatasetIndex(value)) misuse(fn, "expected a parsed data set, got its index; pass index.dataset");
  const detail =
    typeof value === "object" && value !== null
      ? "a copy such as structuredClone(data) or { ...data } is not parsed data and must be parsed again"
      : `got ${quoteValue(value)}`;
  misuse(fn, `the data set has not been parsed; call parseDataset first and pass its result.data (${detail})`);
}
