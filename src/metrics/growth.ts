/**
 * Growth: how many associations of some kinds exist on two dates, and the change (the seed's enterprise
 * associations, 8 → 31).
 *
 * @module
 */
import { isActiveOn, type Association, type AssociationKind } from "../model/association.js";
import { requireArray } from "../_lib/misuse.js";
import { inScope, optionalScope, requireDate, requireKinds, requireOptions } from "./options.js";

/** Options of {@link growth}. */
export interface GrowthOptions {
  /** The earlier date (`YYYY-MM-DD`). */
  readonly from: string;
  /** The later date (`YYYY-MM-DD`). */
  readonly to: string;
  /** The association kinds counted. */
  readonly kinds: readonly AssociationKind[];
  /** Only associations whose division code starts with this code; default everywhere. */
  readonly scope?: string;
}

/** Counts on the two dates and the change between them. */
export interface Change {
  /** Active on `from`. */
  readonly before: number;
  /** Active on `to`. */
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
  readonly to: string;
  /** The kinds counted, in the model's kind order. */
  readonly kinds: readonly AssociationKind[];
  readonly scope: string | null;
  /** Per kind, in the model's kind order. */
  readonly byKind: readonly KindChange[];
  /** Active on `to` but not on `from`, by id. */
  readonly established: readonly string[];
  /** Active on `from` but not on `to`, by id. */
  readonly ceased: readonly string[];
}

function change(before: number, after: number): Change {
  return { before, after, change: after - before, relativeChange: before === 0 ? null : (after - before) / before };
}

/**
 * Associations of the given kinds active on two dates, with the absolute and relative change and the
 * associations that started or stopped existing in between.
 *
 * @throws TypeError when `from` or `to` is not a calendar date, or `kinds` is not a list of kinds.
 * @example
 * ```ts
 * const result = growth(dataset.associations, { kinds: ["enterprise"], from: "2017-12-31", to: "2020-09-07" });
 * [result.before, result.after, result.change]; // [8, 31, 23]
 * ```
 */
export function growth(associations: readonly Association[], options: GrowthOptions): Growth {
  const fn = "growth";
  requireArray(fn, "associations", associations);
  requireOptions(fn, options);
  const from = requireDate(fn, "from", options.from);
  const to = requireDate(fn, "to", options.to);
  const kinds = requireKinds(fn, "kinds", options.kinds);
  const scope = optionalScope(fn, options.scope);

  const perKind = new Map<AssociationKind, [number, number]>(kinds.map((kind) => [kind, [0, 0]]));
  const established: string[] = [];
  const ceased: string[] = [];
  for (const association of associations) {
    const counts = perKind.get(association.kind);
    if (counts === undefined || !inScope(association.divisionCode, scope)) continue;
    const wasActive = isActiveOn(association, from);
    const isActive = isActiveOn(association, to);
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
    to,
    kinds,
    scope: scope ?? null,
    ...change(before, after),
    byKind,
    established: established.sort(),
    ceased: ceased.sort(),
  };
}
