/**
 * Roll-ups (汇总): a per-node number aggregated over every subtree in one linear pass, into a new array.
 *
 * @module
 */
import { misuse, optionsObject, quoteValue } from "../_lib/misuse.js";
import type { Hierarchy } from "./hierarchy.js";

/**
 * How values combine: a built-in, or an associative function. A function is applied in pre-order (the
 * node's own value, then each child's subtree value, children in input order), so it need not be
 * commutative.
 *
 * - `sum`, `min`, `max`: of the measure over the subtree.
 * - `count`: how many nodes of the subtree have a measure other than 0 or NaN (a measure returning 1 or 0
 *   counts matching nodes; `() => 1` counts every node).
 *
 * @example
 * ```ts
 * const concat: Combine = (a, b) => a * 10 + b; // associative only on digits, but order-aware
 * ```
 */
export type Combine = "sum" | "count" | "min" | "max" | ((a: number, b: number) => number);

const COMBINES: readonly unknown[] = ["sum", "count", "min", "max"];

/**
 * Options of {@link rollup}.
 *
 * @example
 * ```ts
 * const options: RollupOptions = { combine: "max" };
 * ```
 */
export interface RollupOptions {
  /** How to combine; `sum` by default. */
  readonly combine?: Combine;
}

/**
 * A roll-up's result: one value per placed node, by rank and by id. The `values` array is new on every
 * call and belongs to the caller.
 *
 * @example
 * ```ts
 * const { hierarchy } = buildHierarchy(dataset.associations);
 * const totals = rollup(hierarchy, (a) => dataset.members.filter((m) => m.associationId === a.id).length);
 * totals.get("tc"); // → 250
 * totals.values[hierarchy.indexOf("tc")] === totals.get("tc"); // → true
 * ```
 */
export interface Rollup {
  /** Values by rank (see {@link Hierarchy.indexOf}). */
  readonly values: Float64Array;
  /** The subtree value of a node, or `undefined` for an unknown id. */
  get(id: string): number | undefined;
}

class RankedValues implements Rollup {
  readonly values: Float64Array;
  readonly #indexOf: (id: string) => number;

  constructor(values: Float64Array, indexOf: (id: string) => number) {
    this.values = values;
    this.#indexOf = indexOf;
    Object.freeze(this);
  }

  get(id: string): number | undefined {
    const rank = this.#indexOf(id);
    return rank < 0 ? undefined : this.values[rank];
  }
}

/**
 * Aggregates a measure over every subtree: `value(v) = measure(v) ⊕ value(child₁) ⊕ … ⊕ value(childₖ)`.
 *
 * One pass over ranks from the last to the first: every node is met after all its descendants, so each
 * subtree value is final when its parent takes it. The measure is called once per node, with the node and
 * its rank. Nodes are never written to; a virtual root is measured too (give it 0, or the identity of a
 * custom combine). Misuse throws a `TypeError`: a hierarchy that is not one, a measure that is not a
 * function, options that are not an object, or an unknown `combine`.
 *
 * @example
 * ```ts
 * const { hierarchy } = buildHierarchy(dataset.associations);
 * const villages = rollup(hierarchy, (a) => (a.kind === "village" ? 1 : 0));
 * villages.get("tc"); // → 195
 * const oldest = rollup(hierarchy, (a) => Number(a.establishedOn.slice(0, 4)), { combine: "min" });
 * ```
 */
export function rollup<N>(hierarchy: Hierarchy<N>, measure: (node: N, index: number) => number, options?: RollupOptions): Rollup {
  const fn = "rollup";
  const { combine = "sum" } = optionsObject(fn, options);
  if (
    typeof hierarchy !== "object" ||
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a caller from JavaScript may pass anything
    hierarchy === null ||
    typeof hierarchy.parentIndexAt !== "function" ||
    typeof hierarchy.nodeAt !== "function"
  ) {
    misuse(fn, `hierarchy must be a hierarchy from buildHierarchy or buildDivisionHierarchy; got ${quoteValue(hierarchy)}`);
  }
  if (typeof measure !== "function") misuse(fn, `measure must be a function of a node; got ${quoteValue(measure)}`);
  if (typeof combine !== "function" && !COMBINES.includes(combine)) {
    misuse(fn, `options.combine must be one of ${COMBINES.join(", ")} or a function; got ${quoteValue(combine)}`);
  }
  const count = hierarchy.size;
  const values = new Float64Array(count);
  for (let i = 0; i < count; i += 1) values[i] = measure(hierarchy.nodeAt(i) as N, i);
  if (typeof combine === "function") foldInOrder(hierarchy, values, combine);
  else {
    if (combine === "count") for (let i = 0; i < count; i += 1) values[i] = values[i] === 0 || Number.isNaN(values[i]) ? 0 : 1;
    const pick = combine === "min" ? Math.min : combine === "max" ? Math.max : undefined;
    for (let i = count - 1; i > 0; i -= 1) {
      const p = hierarchy.parentIndexAt(i);
      if (p < 0) continue;
      values[p] = pick === undefined ? (values[p] as number) + (values[i] as number) : pick(values[p] as number, values[i] as number);
    }
  }
  return new RankedValues(values, (id) => hierarchy.indexOf(id));
}

/**
 * The order-keeping fold for custom combines. The reverse pass meets a parent's children last to first,
 * so it keeps, per parent, the fold of the children seen so far (`tail`) and prepends each new child:
 * `tail ← value(child) ⊕ tail`. Reaching the parent, `value ← measure ⊕ tail`. Only associativity is used.
 */
function foldInOrder<N>(hierarchy: Hierarchy<N>, values: Float64Array, combine: (a: number, b: number) => number): void {
  const count = values.length;
  const tail = new Float64Array(count);
  const hasTail = new Uint8Array(count);
  for (let i = count - 1; i >= 0; i -= 1) {
    let value = values[i] as number;
    if (hasTail[i] === 1) value = combine(value, tail[i] as number);
    values[i] = value;
    const p = hierarchy.parentIndexAt(i);
    if (p < 0) continue;
    tail[p] = hasTail[p] === 1 ? combine(value, tail[p] as number) : value;
    hasTail[p] = 1;
  }
}
