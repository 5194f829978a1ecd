/**
 * The check every date option (`asOf`, `from`, `to`, a rule's window) goes through: a misuse of the API
 * when it is not a real day within the accepted range, reported as a `TypeError` naming the function.
 *
 * @module
 */
import { describeArgument } from "./describe.js";
import { CalendarDate, DATE_RANGE } from "../model/primitives.js";

/**
 * Returns a date option when it is a real day written `YYYY-MM-DD` within {@link DATE_RANGE}, the days
 * the data may hold; otherwise throws a `TypeError` that starts with `fn` and names the option by
 * `label`. The message stays short whatever the value (see `describeArgument`).
 *
 * @example
 * ```ts
 * requireDateOption("validateDataset", "asOf", "2020-09-07"); // "2020-09-07"
 * requireDateOption("validateDataset", "asOf", "0001-01-01");
 * // TypeError: validateDataset: asOf must be a YYYY-MM-DD date from 1900-01-01 to 2099-12-31, got "0001-01-01"
 * ```
 */
export function requireDateOption(fn: string, label: string, value: unknown): string {
  // A date has ten characters; the length test keeps zod from scanning a long string at all.
  if (typeof value === "string" && value.length === 10 && CalendarDate.safeParse(value).success) return value;
  throw new TypeError(
    `${fn}: ${label} must be a YYYY-MM-DD date from ${DATE_RANGE.from} to ${DATE_RANGE.to}; got ${describeArgument(value)}`,
  );
}
