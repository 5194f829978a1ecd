/**
 * The parts option schemas are built from: a calendar date, a division code, a bounded number, a list of
 * enum values. Each is a function that builds a fresh zod schema, called from inside a `lazy` builder, so
 * no schema exists until a function that checks its options is first called. The text each part gives
 * is the "must be …" of the misuse message.
 *
 * @module
 */
import * as z from "zod";
import type { NumberBounds } from "../_lib/misuse.js";
import { CalendarDate, DATE_RANGE, DivisionCode } from "./primitives.js";

/**
 * A date option (`asOf`, `from`, `to`): a real day written `YYYY-MM-DD` within {@link DATE_RANGE}.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * checkOptions("growth", z.object({ from: dateOption() }), { from: "2020-02-30" }); // throws TypeError: growth: options.from must be a YYYY-MM-DD date …
 * ```
 */
export function dateOption(): z.ZodType<string> {
  // A date has ten characters; the length test keeps zod from scanning a long string at all.
  return z.custom<string>((value) => typeof value === "string" && value.length === 10 && CalendarDate.safeParse(value).success, {
    error: `a YYYY-MM-DD date from ${DATE_RANGE.from} to ${DATE_RANGE.to}`,
  });
}

/**
 * A scope option: a division code of 2, 4, 6, 9 or 12 digits, whose units are those whose code starts
 * with it.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * checkOptions("growth", z.object({ scope: scopeOption().optional() }), { scope: "340881" }); // → { scope: "340881" }
 * ```
 */
export function scopeOption(): z.ZodType<string> {
  return z.custom<string>((value) => typeof value === "string" && DivisionCode.safeParse(value).success, {
    error: "a division code of 2, 4, 6, 9 or 12 digits",
  });
}

/**
 * A numeric option within its bounds (see `OPTION_BOUNDS`): whole numbers unless `bounds.integer` is
 * false, so a window of 10⁹ months never reaches the date arithmetic.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * checkOptions("dormantAssociations", z.object({ months: numberOption({ min: 1, max: 1200 }) }), { months: 0 }); // throws TypeError: … from 1 to 1200; got 0
 * ```
 */
export function numberOption(bounds: NumberBounds): z.ZodType<number> {
  const integer = bounds.integer !== false;
  return z.custom<number>(
    (value) => typeof value === "number" && value >= bounds.min && value <= bounds.max && (!integer || Number.isInteger(value)),
    { error: `${integer ? "a whole number" : "a number"} from ${String(bounds.min)} to ${String(bounds.max)}` },
  );
}

/**
 * A list of enum values, returned without repeats in the enum's own order, so a result does not depend
 * on how the caller ordered the list.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * checkOptions("growth", z.object({ kinds: canonicalList(AssociationKind.options) }), { kinds: ["village", "township"] }); // → { kinds: ["township", "village"] }
 * ```
 */
export function canonicalList<const V extends string>(values: readonly V[]): z.ZodType<V[], readonly V[]> {
  return z.array(z.enum(values as [V, ...V[]])).transform((list) => {
    const wanted = new Set<string>(list);
    return values.filter((value) => wanted.has(value));
  });
}

/**
 * A list of strings (ids), checked item by item.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * checkOptions("activityStats", z.object({ organizerIds: stringList().optional() }), { organizerIds: ["tc"] }); // → { organizerIds: ["tc"] }
 * ```
 */
export function stringList(): z.ZodType<readonly string[]> {
  return z.array(z.string());
}
