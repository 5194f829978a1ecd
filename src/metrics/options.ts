/**
 * What the metrics' options share: every metric is `(input, options)`, where `input` is a parsed data set
 * or its index, and its options type extends {@link MetricOptions}. A wrong option is misuse of the API
 * and throws a `TypeError` through `checkOptions`; problems in the data never throw.
 *
 * @module
 */
import * as z from "zod";
import { AssociationKind } from "../model/association.js";
import { canonicalList, dateOption, scopeOption } from "../model/option-schemas.js";

/**
 * The options every metric takes: the day its figures are counted on. Metrics never read the clock, so
 * "today" always arrives this way.
 *
 * @example
 * ```ts
 * const options: MetricOptions = { asOf: "2020-09-07" };
 * ```
 */
export interface MetricOptions {
  /** The day counted on (`YYYY-MM-DD`, from 1900-01-01 to 2099-12-31). */
  readonly asOf: string;
}

/**
 * The options of the metrics that count associations in an area.
 *
 * @example
 * ```ts
 * const options: ScopedMetricOptions = { asOf: "2020-09-07", scope: "340881" };
 * ```
 */
export interface ScopedMetricOptions extends MetricOptions {
  /** Only what lies in this area: a division code of 2, 4, 6, 9 or 12 digits, a prefix of the codes counted. Absent: everywhere. */
  readonly scope?: string;
}

/**
 * The schema shape of {@link ScopedMetricOptions}, for a metric's own schema to extend; a fresh object
 * per call, so it is built only inside a `lazy` schema.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const schema = lazy(() => z.object({ ...scopedShape(), months: z.number() }));
 * schema().safeParse({ asOf: "2020-09-07", months: 12 }).success; // → true
 * ```
 */
export function scopedShape(): { asOf: z.ZodType<string>; scope: z.ZodOptional<z.ZodType<string>> } {
  return { asOf: dateOption(), scope: scopeOption().optional() };
}

/**
 * The schema shape of a period ending on `asOf`: `from` and `to` optional dates within it, as the
 * statistics of records take them.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const schema = lazy(() => z.object({ ...periodShape(), by: z.array(z.string()) }));
 * schema().safeParse({ asOf: "2020-09-07", from: "2020-9-1", by: [] }).success; // → false
 * ```
 */
export function periodShape(): { asOf: z.ZodType<string>; from: z.ZodOptional<z.ZodType<string>>; to: z.ZodOptional<z.ZodType<string>> } {
  return { asOf: dateOption(), from: dateOption().optional(), to: dateOption().optional() };
}

/**
 * A refinement of a period: its start (`from`) is not after its end (`to`, or else `asOf`). A reversed
 * period counts nothing, and zeros would read as real figures, so it is misuse.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const schema = lazy(() => z.object(periodShape()).superRefine(periodInOrder));
 * schema().safeParse({ asOf: "2018-12-31", from: "2018-12-01", to: "2018-01-01" }).success; // → false
 * ```
 */
export function periodInOrder(
  period: { readonly asOf: string; readonly from?: string | undefined; readonly to?: string | undefined },
  ctx: z.core.$RefinementCtx,
): void {
  const end = period.to ?? period.asOf;
  // Calendar dates in YYYY-MM-DD order as text.
  if (period.from !== undefined && period.from > end) {
    ctx.addIssue({ code: "custom", path: ["from"], message: `a date not after ${period.to === undefined ? "asOf" : "to"} (${end})` });
  }
}

/**
 * A list of association kinds, returned in the model's kind order without repeats.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const schema = lazy(() => z.object({ kinds: kindList() }));
 * schema().safeParse({ kinds: ["village"] }).success; // → true
 * ```
 */
export function kindList(): z.ZodType<AssociationKind[], readonly AssociationKind[]> {
  return canonicalList(AssociationKind.options);
}

/**
 * Whether a division code lies within a scope: the scope is the code's prefix (codes nest by prefix).
 * No scope means everywhere.
 *
 * @example
 * ```ts
 * inScope("340881101201", "340881"); // → true
 * inScope(undefined, "340881"); // false: an association without a division is in no scope
 * ```
 */
export function inScope(code: string | undefined, scope: string | undefined): boolean {
  if (scope === undefined) return true;
  return code !== undefined && code.startsWith(scope);
}
