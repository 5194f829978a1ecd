/**
 * Work coverage (工作覆盖): the share of associations that ran at least one activity in a period, as
 * against organisational coverage, which only asks that they exist.
 *
 * @module
 */
import * as z from "zod";
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import { isRealActivity } from "../model/activity.js";
import { isActiveOn, type AssociationKind } from "../model/association.js";
import { overlaps, runnersOf } from "./activity-span.js";
import { asIndex, type DatasetOrIndex } from "./dataset-input.js";
import { dateOption } from "../model/option-schemas.js";
import { inScope, kindList, periodInOrder, scopedShape, type ScopedMetricOptions } from "./options.js";
import { tally, type Tally } from "./ratio.js";

/** Options of {@link workCoverage}. */
export interface WorkCoverageOptions extends ScopedMetricOptions {
  /** The period's first day (`YYYY-MM-DD`); `asOf` is its last, and associations active on it are counted. */
  readonly from: string;
  /** Only associations of these kinds; default any kind. */
  readonly kinds?: readonly AssociationKind[];
  /** Whether co-organising an activity counts as running it; default true. */
  readonly coOrganizers?: boolean;
}

const optionsSchema = lazy(() =>
  z
    .object({ from: dateOption(), ...scopedShape(), kinds: kindList().optional(), coOrganizers: z.boolean().optional() })
    .superRefine(periodInOrder),
);

/** One association's activity count in the period. */
export interface AssociationWork {
  readonly id: string;
  readonly name: string;
  readonly associationKind: AssociationKind;
  readonly activities: number;
}

/** The result of {@link workCoverage}: plain JSON. `covered` counts associations with an activity. */
export interface WorkCoverage extends Tally {
  readonly kind: "work-coverage";
  readonly from: string;
  readonly asOf: string;
  readonly kinds: readonly AssociationKind[] | null;
  readonly scope: string | null;
  readonly coOrganizers: boolean;
  /** Every association counted, by id. */
  readonly associations: readonly AssociationWork[];
}

/**
 * Work coverage for a period: of the associations active on its last day (`asOf`), those that ran an
 * activity taking place on some day of the period. A multi-day activity that overlaps the period counts.
 * Facilities and outputs are not activities, nor are the deprecated activity types that recorded them.
 *
 * @throws TypeError when `from` or `asOf` is not a calendar date, or `kinds`/`scope` is malformed.
 * @example
 * ```ts
 * const result = workCoverage(dataset, { from: "2018-01-01", asOf: "2018-12-31", kinds: ["government-agency"] });
 * [result.covered, result.total]; // e.g. [5, 5]
 * ```
 */
export function workCoverage(input: DatasetOrIndex, options: WorkCoverageOptions): WorkCoverage {
  const fn = "workCoverage";
  const index = asIndex(fn, input);
  const { from, asOf, scope, ...rest } = checkOptions(fn, optionsSchema(), options);
  const kinds = rest.kinds ?? null;
  const coOrganizers = rest.coOrganizers !== false;

  const counts = new Map<string, number>();
  for (const activity of index.dataset.activities) {
    // A paper or a designation recorded as an activity by an older data set is no work.
    if (!isRealActivity(activity) || !overlaps(activity, from, asOf)) continue;
    // An association listed twice on one activity ran it once.
    for (const id of new Set(runnersOf(activity, coOrganizers))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }

  const rows: AssociationWork[] = [];
  for (const association of index.associationById.values()) {
    if (kinds !== null && !kinds.includes(association.kind)) continue;
    if (!isActiveOn(association, asOf) || !inScope(association.divisionCode, scope)) continue;
    rows.push({
      id: association.id,
      name: association.name,
      associationKind: association.kind,
      activities: counts.get(association.id) ?? 0,
    });
  }
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const covered = rows.filter((row) => row.activities > 0).length;
  return {
    kind: "work-coverage",
    from,
    asOf,
    kinds,
    scope: scope ?? null,
    coOrganizers,
    ...tally(covered, rows.length),
    associations: rows,
  };
}
