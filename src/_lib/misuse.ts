/**
 * Misuse of the API: the one case where the library throws. Bad data is reported as issues; a wrong
 * argument (options that are not an object, an unknown locale, a number out of its bounds) is a bug in
 * the caller's code, and throws a `TypeError` whose message starts with the function's name, says what
 * was expected and quotes a short form of what was given.
 *
 * Every message has the same form, `fn: options.name must be …; got …`, the form `checkOptions` gives
 * the options checked by a schema, so checks of any kind (numbers, dates, kinds) read alike.
 *
 * @module
 */
import { clipText, describeValue } from "./describe.js";
import { LOCALES, type Locale } from "../issue/issue.js";

/**
 * A value as a misuse message quotes it: a string in quotes and clipped, anything else by
 * {@link describeValue}; never long, never throwing (a BigInt, a revoked proxy).
 *
 * @example
 * ```ts
 * quoteValue("x".repeat(1e7)); // "\"xxx… (+9999800)\"", not 10 MB
 * quoteValue(10n); // → "10"
 * ```
 */
export function quoteValue(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(clipText(value)) : describeValue(value);
}

/**
 * Throws the misuse error: a `TypeError` whose message starts with the function's name.
 *
 * @example
 * ```ts
 * misuse("growth", "options.kinds must be an array of association kinds"); // throws TypeError("growth: options.kinds …")
 * ```
 */
export function misuse(fn: string, message: string): never {
  throw new TypeError(`${fn}: ${message}`);
}

/**
 * Checks that an options argument (or another argument of options, named by `argument`) is an object
 * (`undefined` is read as `{}` where the options are optional), so `null` or a string fails with the
 * function's name rather than with "Cannot read properties of null".
 *
 * @example
 * ```ts
 * optionsObject("parseDataset", undefined); // → {}
 * optionsObject("parseDataset", null as unknown as object); // throws TypeError("parseDataset: options must be an object; got null")
 * ```
 */
export function optionsObject<O extends object>(fn: string, options: O | undefined, required = false, argument = "options"): O {
  if (options === undefined && !required) return {} as O;
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- options from JavaScript may be null or not an object
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    misuse(fn, `${argument} must be an object; got ${quoteValue(options)}`);
  }
  return options;
}

/**
 * Checks a `locale` option and returns it, `zh-CN` when absent. An unknown locale would give messages
 * with no text, or a label that silently falls back to the raw value.
 *
 * @example
 * ```ts
 * requireLocale("validateDataset", undefined); // → "zh-CN"
 * requireLocale("validateDataset", "fr"); // throws TypeError("validateDataset: options.locale must be one of zh-CN, en; got \"fr\"")
 * ```
 */
export function requireLocale(fn: string, value: unknown, name = "options.locale"): Locale {
  if (value === undefined) return "zh-CN";
  if (!(LOCALES as readonly unknown[]).includes(value))
    misuse(fn, `${name} must be one of ${LOCALES.join(", ")}; got ${quoteValue(value)}`);
  return value as Locale;
}

/**
 * The bounds of a numeric option: inclusive, and whole numbers unless `integer` is false. `argument`
 * names the parameter that holds the option in messages (`options` unless given).
 *
 * @example
 * ```ts
 * const months: NumberBounds = { min: 1, max: 1200 };
 * ```
 */
export interface NumberBounds {
  readonly min: number;
  readonly max: number;
  /** Whole numbers only; true by default (every numeric option so far counts something). */
  readonly integer?: boolean;
  /** The parameter holding the option, for the message; `options` by default. */
  readonly argument?: string;
}

/**
 * Checks a numeric option against its bounds and returns it: the one check every numeric option of the
 * metrics and the charter rules goes through, so an out-of-range value (a window of 10⁹ months that
 * would give the date "0NaN-NaN-NaN") fails the same way everywhere.
 *
 * @example
 * ```ts
 * requireNumber("dormantAssociations", "months", 12, { min: 1, max: 1200 }); // → 12
 * requireNumber("dormantAssociations", "months", 1e9, { min: 1, max: 1200 }); // throws TypeError("dormantAssociations: options.months must be a whole number from 1 to 1200; got 1000000000")
 * ```
 */
export function requireNumber(fn: string, name: string, value: unknown, bounds: NumberBounds): number {
  const integer = bounds.integer !== false;
  if (typeof value !== "number" || !(value >= bounds.min && value <= bounds.max) || (integer && !Number.isInteger(value))) {
    const what = integer ? "a whole number" : "a number";
    misuse(fn, `${bounds.argument ?? "options"}.${name} must be ${what} from ${bounds.min} to ${bounds.max}; got ${quoteValue(value)}`);
  }
  return value;
}

/**
 * Checks an optional boolean option: `strict: "yes"` would otherwise be read as false without a word.
 *
 * @example
 * ```ts
 * optionalBoolean("buildHierarchy", "strict", undefined); // → false
 * ```
 */
export function optionalBoolean(fn: string, name: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== "boolean") misuse(fn, `options.${name} must be true or false; got ${quoteValue(value)}`);
  return value;
}

/**
 * Checks that an argument is an array (of records, rows, targets): anything else is misuse, whatever it
 * holds. An array whose very type cannot be read (a revoked proxy) is not an array either.
 *
 * @example
 * ```ts
 * requireArray("growth", "associations", {}); // throws TypeError("growth: associations must be an array, got [object]")
 * ```
 */
export function requireArray(fn: string, name: string, value: unknown): asserts value is readonly unknown[] {
  let isArray: boolean;
  try {
    isArray = Array.isArray(value);
  } catch {
    isArray = false;
  }
  if (!isArray) misuse(fn, `${name} must be an array; got ${quoteValue(value)}`);
}

/**
 * Whether a value is an array, without narrowing it: `Array.isArray` turns a typed list into `any[]`,
 * which would switch the type checks off where a typed list is checked for callers from JavaScript.
 *
 * @example
 * ```ts
 * isList(["county", "township"]); // true
 * isList("county"); // false
 * ```
 */
export function isList(value: unknown): boolean {
  return Array.isArray(value);
}
