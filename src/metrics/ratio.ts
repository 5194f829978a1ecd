/**
 * Covered-of-total tallies, the shape every coverage figure shares.
 *
 * @module
 */

/**
 * A coverage tally: how many units there are, how many are covered, and the share covered (`null` when
 * there are none, since 0/0 is no share at all and JSON has no NaN).
 *
 * @example
 * ```ts
 * const t: Tally = { total: 17, covered: 17, ratio: 1 };
 * ```
 */
export interface Tally {
  readonly total: number;
  readonly covered: number;
  readonly ratio: number | null;
}

/**
 * The share `covered / total`, or `null` for an empty total.
 *
 * @example
 * ```ts
 * ratioOf(223, 228); // 0.978…
 * ratioOf(0, 0); // → null
 * ```
 */
export function ratioOf(covered: number, total: number): number | null {
  return total === 0 ? null : covered / total;
}

/**
 * Builds a tally from its two counts.
 *
 * @example
 * ```ts
 * tally(15, 15); // → { total: 15, covered: 15, ratio: 1 }
 * ```
 */
export function tally(covered: number, total: number): Tally {
  return { total, covered, ratio: ratioOf(covered, total) };
}
