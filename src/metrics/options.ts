/**
 * Argument checks shared by the metrics: a wrong argument is misuse of the API and throws a `TypeError`
 * whose message starts with the function's name; problems in the data never throw.
 *
 * @module
 */
import { clipText, describeValue } from "../_lib/describe.js";
import { optionsObject } from "../_lib/misuse.js";
import { AssociationKind } from "../model/association.js";
import { requireDateOption } from "../_lib/date-option.js";
import { DivisionCode } from "../model/primitives.js";

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(clipText(value)) : describeValue(value);
}

/**
 * Checks that the options argument is an object, so that a missing one fails with the function's name
 * rather than with "cannot read properties of undefined".
 *
 * @example
 * ```ts
 * requireOptions("growth", undefined); // throws TypeError("growth: options must be an object …")
 * ```
 */
export function requireOptions(fn: string, options: unknown): void {
  optionsObject(fn, options as object | undefined, true);
}

/**
 * Checks a required calendar-date option (`YYYY-MM-DD`, a real day from 1900-01-01 to 2099-12-31) and
 * returns it. Metrics never read the clock, so "today" always arrives this way.
 *
 * @example
 * ```ts
 * requireDate("organisationalCoverage", "asOf", "2020-09-07"); // "2020-09-07"
 * requireDate("organisationalCoverage", "asOf", "2020-02-30"); // throws TypeError
 * ```
 */
export function requireDate(fn: string, name: string, value: unknown): string {
  return requireDateOption(fn, `options.${name}`, value);
}

/**
 * Checks an optional division-code option (2, 4, 6, 9 or 12 digits).
 *
 * @example
 * ```ts
 * optionalScope("growth", "340881"); // "340881"
 * optionalScope("growth", undefined); // undefined
 * ```
 */
export function optionalScope(fn: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !DivisionCode.safeParse(value).success) {
    throw new TypeError(`${fn}: options.scope must be a division code of 2, 4, 6, 9 or 12 digits, got ${describe(value)}`);
  }
  return value;
}

/**
 * Checks a list of association kinds and returns it in the model's canonical kind order without
 * repeats, so that results do not depend on how the caller ordered the list.
 *
 * @example
 * ```ts
 * requireKinds("growth", "kinds", ["village", "township"]); // ["township", "village"]
 * ```
 */
export function requireKinds(fn: string, name: string, value: unknown): AssociationKind[] {
  if (!Array.isArray(value)) throw new TypeError(`${fn}: options.${name} must be an array of association kinds`);
  const wanted = new Set<string>();
  for (const kind of value as unknown[]) {
    if (!AssociationKind.safeParse(kind).success) {
      throw new TypeError(`${fn}: options.${name} holds ${describe(kind)}, which is not an association kind`);
    }
    wanted.add(kind as string);
  }
  return AssociationKind.options.filter((kind) => wanted.has(kind));
}

/**
 * Whether a division code lies within a scope: the scope is the code's prefix (codes nest by prefix).
 * No scope means everywhere.
 *
 * @example
 * ```ts
 * inScope("340881101201", "340881"); // true
 * inScope(undefined, "340881"); // false: an association without a division is in no scope
 * ```
 */
export function inScope(code: string | undefined, scope: string | undefined): boolean {
  if (scope === undefined) return true;
  return code !== undefined && code.startsWith(scope);
}
