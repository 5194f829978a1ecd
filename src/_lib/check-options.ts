/**
 * The one check of a function's options: a zod schema says what the options may be, and the first thing
 * wrong with them becomes the one misuse message, `fn: options.<path> must be <expected>; got <value>`,
 * thrown as a `TypeError`. Problems in the data never come here; they are issues.
 *
 * @module
 */
import type * as z from "zod";
import { describeArgument } from "../_lib/describe.js";

type RawIssue = z.core.$ZodRawIssue;

/** What an `invalid_type` issue expected, as the message says it. */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  object: "an object",
  record: "an object",
  array: "an array",
  string: "a string",
  number: "a number",
  boolean: "true or false",
  function: "a function",
};

/**
 * What a value should have been, for an issue the schema gave no text of its own: a schema part whose
 * rule is not obvious from its type (a calendar date, a division code, a bounded number) says it with
 * `{ error: "…" }`, which zod prefers to this map.
 */
function expectedOf(issue: RawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return TYPE_NAMES[issue.expected] ?? `a ${issue.expected}`;
    case "invalid_value":
      return `one of ${issue.values.map(String).join(", ")}`;
    case "too_small":
      return issue.origin === "array" ? `an array of at least ${String(issue.minimum)} items` : `at least ${String(issue.minimum)}`;
    case "too_big":
      return issue.origin === "array" ? `an array of at most ${String(issue.maximum)} items` : `at most ${String(issue.maximum)}`;
    case "unrecognized_keys":
      return `without the keys ${issue.keys.join(", ")}`;
    default:
      return "valid";
  }
}

/** The value at a path of the options, read without ever throwing (a getter, a revoked proxy). */
function valueAt(options: unknown, path: readonly PropertyKey[]): unknown {
  let value = options;
  for (const key of path) {
    try {
      value = (value as Record<PropertyKey, unknown>)[key];
    } catch {
      return undefined;
    }
  }
  return value;
}

/** `options.kinds[1]`, `options.equivalents.hospital-director`: a path as the message names it. */
function pathLabel(argument: string, path: readonly PropertyKey[]): string {
  let label = argument;
  for (const key of path) label += typeof key === "number" ? `[${String(key)}]` : `.${String(key)}`;
  return label;
}

/**
 * Checks `options` against `schema` and returns what the schema makes of them (defaults filled in, lists
 * put in canonical order). The first issue, in the schema's key order, is thrown as a `TypeError`:
 * `fn: options.<path> must be <expected>; got <value>`, the value quoted short whatever its size (see
 * `describeArgument`). `argument` names the parameter in the message, `options` unless given.
 *
 * @throws TypeError when the options do not fit the schema.
 * @example
 * ```ts
 * import { z } from "zod";
 * const schema = lazy(() => z.object({ months: z.number() }));
 * checkOptions("dormantAssociations", schema(), { months: 12 }); // → { months: 12 }
 * checkOptions("dormantAssociations", schema(), { months: "12" }); // throws TypeError: dormantAssociations: options.months must be …
 * ```
 */
export function checkOptions<S extends z.ZodType>(fn: string, schema: S, options: unknown, argument = "options"): z.output<S> {
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(options, { error: expectedOf });
  } catch {
    // Only a hostile value (a revoked proxy, a throwing getter) gets here.
    throw new TypeError(`${fn}: ${argument} could not be read; got ${describeArgument(options)}`);
  }
  if (result.success) return result.data;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  const path = issue.path;
  throw new TypeError(`${fn}: ${pathLabel(argument, path)} must be ${issue.message}; got ${describeArgument(valueAt(options, path))}`);
}
