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
 * describeValue(42); // "42"
 * describeValue(Object.create(null)); // "[object]"
 * describeValue([1, 2]); // "[array]"
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

/**
 * What a read that threw says went wrong, for a message: an error's message, or the thrown value itself,
 * by {@link describeValue}; `?` when even that cannot be read (an error whose `message` is a throwing
 * getter).
 *
 * @example
 * ```ts
 * describeThrown(new TypeError("Cannot perform 'get' on a proxy that has been revoked")); // that message
 * describeThrown("no"); // "no"
 * ```
 */
export function describeThrown(thrown: unknown): string {
  try {
    return thrown instanceof Error ? describeValue(thrown.message) : describeValue(thrown);
  } catch {
    return "?";
  }
}
