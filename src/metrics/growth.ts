/**
 * Growth: how many associations of some kinds exist on two dates, and the change (the seed's enterprise
 * associations, 8 → 31).
 *
 * @module
 */
import * as z from "zod";
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import { isActiveOn, type AssociationKind } from "../model/association.js";
import { dateOption } from "../model/option-schemas.js";
import { asDataset, type DatasetOrIndex } from "./dataset-input.js";
import { inScope, kindList, scopedShape, type ScopedMetricOptions } from "./options.js";

/** Options of {@link growth}: the counts on `from` and on `asOf`, the later date. */
export interface GrowthOptions extends ScopedMetricOptions {
  /** The earlier date (`YYYY-MM-DD`). */
  readonly from: string;
  /** The association kinds counted. */
  readonly kinds: readonly AssociationKind[];
}

const optionsSchema = lazy(() => z.object({ from: dateOption(), ...scopedShape(), kinds: kindList() }));

/** Counts on the two dates and the change between them. */
export interface Change {
  /** Active on `from`. */
  readonly before: number;
  /** Active on `asOf`. */
  readonly after: number;
  /** `after − before`. */
  readonly change: number;
  /** `change / before`, or `null` when `before` is 0. */
  readonly relativeChange: number | null;
}

/** The change for one kind. */
export interface KindChange extends Change {
  readonly associationKind: AssociationKind;
}

/** The result of {@link growth}: plain JSON. */
export interface Growth extends Change {
  readonly kind: "growth";
  readonly from: string;
  readonly asOf: string;
  /** The kinds counted, in the model's kind order. */
  readonly kinds: readonly AssociationKind[];
  readonly scope: string | null;
  /** Per kind, in the model's kind order. */
  readonly byKind: readonly KindChange[];
  /** Active on `asOf` but not on `from`, by id. */
  readonly established: readonly string[];
  /** Active on `from` but not on `asOf`, by id. */
  readonly ceased: readonly string[];
}

function change(before: number, after: number): Change {
  return { before, after, change: after - before, relativeChange: before === 0 ? null : (after - before) / before };
}

/**
 * Associations of the given kinds active on two dates, with the absolute and relative change and the
 * associations that started or stopped existing in between.
 *
 * @throws TypeError when `input` is not a parsed data set or its index, `from` or `asOf` is not a calendar
 *   date, `scope` is not a division code, or `kinds` is not a list of kinds.
 * @example
 * ```ts
 * const result = growth(dataset, { kinds: ["enterprise"], from: "2017-12-31", asOf: "2020-09-07" });
 * [result.before, result.after, result.change]; // → [8, 31, 23]
 * ```
 */
export function growth(input: DatasetOrIndex, options: GrowthOptions): Growth {
  const fn = "growth";
  const { associations } = asDataset(fn, input);
  const { from, asOf, scope, kinds } = checkOptions(fn, optionsSchema(), options);

  const perKind = new Map<AssociationKind, [number, number]>(kinds.map((kind) => [kind, [0, 0]]));
  const established: string[] = [];
  const ceased: string[] = [];
  for (const association of associations) {
    const counts = perKind.get(association.kind);
    if (counts === undefined || !inScope(association.divisionCode, scope)) continue;
    const wasActive = isActiveOn(association, from);
    const isActive = isActiveOn(association, asOf);
    if (wasActive) counts[0] += 1;
    if (isActive) counts[1] += 1;
    if (isActive && !wasActive) established.push(association.id);
    if (wasActive && !isActive) ceased.push(association.id);
  }

  let before = 0;
  let after = 0;
  const byKind = kinds.map((associationKind): KindChange => {
    const [b, a] = perKind.get(associationKind) as [number, number];
    before += b;
    after += a;
    return { associationKind, ...change(b, a) };
  });
  return {
    kind: "growth",
    from,
    asOf,
    kinds,
    scope: scope ?? null,
    ...change(before, after),
    byKind,
    established: established.sort(),
    ceased: ceased.sort(),
  };
}
