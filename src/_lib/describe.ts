/**
 * Values from the data as text for messages: never throwing, never megabytes long.
 *
 * @module
 */

/** Longest text a message quotes from the data; params keep the whole value. */
const QUOTE_LIMIT = 200;

/**
 * Text shortened for a message: a 10 MB key or name is quoted by its start and how many characters were
 * left out (the `… (+N)` of the id lists), so one bad value cannot make every message, log line and
 * report megabytes long.
 *
 * @example
 * ```ts
 * clipText("x".repeat(1000)); // the first 200 x, then " … (+800)"
 * ```
 */
export function clipText(text: string, limit = QUOTE_LIMIT): string {
  if (text.length <= limit) return text;
  // Never cut between the two halves of a surrogate pair (a rare character such as 𠀀).
  const code = text.charCodeAt(limit - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
  return `${text.slice(0, end)} … (+${text.length - end})`;
}

/**
 * Any value as text for a message, without ever throwing: strings are clipped ({@link clipText}),
 * primitives are written as JavaScript writes them, and objects by their type, because some have no
 * string form at all (`Object.create(null)`, a revoked proxy) and the rest would print as
 * `[object Object]`.
 *
 * @example
 * ```ts
 * describeValue(42); // → "42"
 * describeValue(Object.create(null)); // → "[object]"
 * describeValue([1, 2]); // → "[array]"
 * ```
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return clipText(value);
    case "symbol":
      return value.toString();
    case "function":
      return "[function]";
    case "object":
      if (value === null) return "null";
      try {
        return Array.isArray(value) ? "[array]" : "[object]";
      } catch {
        // Array.isArray throws on a revoked proxy.
        return "[object]";
      }
    default:
      return String(value);
  }
}

/** Longest string an error message quotes whole; a longer one is quoted by its start and its length. */
const ARGUMENT_LIMIT = 40;

/**
 * A wrong argument as text for a misuse error: short whatever it is, and never throwing. A string is
 * quoted (a long one by its start and its length, so a 10 MB string does not become a 10 MB message), a
 * bigint is written with its `n`, a symbol or an object by its kind (a `Date` as a Date, the usual
 * mistake for a date option). `JSON.stringify` would throw on a bigint and give `undefined` for a symbol.
 *
 * @example
 * ```ts
 * describeArgument("2020-9-7"); // → "\"2020-9-7\""
 * describeArgument("x".repeat(1e7)); // "a string of 10000000 characters starting \"xxxx…\"" (40 x)
 * describeArgument(10n); // → "10n"
 * ```
 */
export function describeArgument(value: unknown): string {
  switch (typeof value) {
    case "string": {
      if (value.length <= ARGUMENT_LIMIT) return JSON.stringify(value);
      return `a string of ${value.length} characters starting ${JSON.stringify(value.slice(0, ARGUMENT_LIMIT))}`;
    }
    case "bigint": {
      const digits = String(value);
      return digits.length <= ARGUMENT_LIMIT ? `${digits}n` : `a bigint of ${digits.length} characters`;
    }
    case "symbol":
      return "a symbol";
    case "object":
      return isDateObject(value) ? "a Date object" : describeValue(value);
    default:
      return describeValue(value);
  }
}

function isDateObject(value: object | null): boolean {
  try {
    return value !== null && Object.prototype.toString.call(value) === "[object Date]";
  } catch {
    // A revoked proxy throws when asked its kind.
    return false;
  }
}

/**
 * What a read that threw says went wrong, for a message: an error's message, or the thrown value itself,
 * by {@link describeValue}; `?` when even that cannot be read (an error whose `message` is a throwing
 * getter).
 *
 * @example
 * ```ts
 * describeThrown(new TypeError("Cannot perform 'get' on a proxy that has been revoked")); // that message
 * describeThrown("no"); // → "no"
 * ```
 */
export function describeThrown(thrown: unknown): string {
  try {
    return thrown instanceof Error ? describeValue(thrown.message) : describeValue(thrown);
  } catch {
    return "?";
  }
}
