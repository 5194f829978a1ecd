/**
 * Who sits on a committee on a given day, and when its term ends.
 *
 * @module
 */
import type { Committee, Holding, Post } from "./committee.js";
import { addYearsToDate, isInEffect } from "./dates.js";

/**
 * The term length, in years, when a committee does not record one: congresses and elections are held
 * every five years under the association charter.
 *
 * @example
 * ```ts
 * DEFAULT_TERM_YEARS; // → 5
 * ```
 */
export const DEFAULT_TERM_YEARS = 5;

/**
 * The last day of a committee's term: its election date plus its term length. The term is still valid
 * on that day and expired the day after.
 *
 * @example
 * ```ts
 * termEndOf({ electedOn: "2019-05-10" }); // → "2024-05-10"
 * termEndOf({ electedOn: "2019-05-10", termYears: 3 }); // → "2022-05-10"
 * ```
 */
export function termEndOf(committee: Pick<Committee, "electedOn" | "termYears">, defaultTermYears: number = DEFAULT_TERM_YEARS): string {
  return addYearsToDate(committee.electedOn, committee.termYears ?? defaultTermYears);
}

/**
 * The committee in office on a day: of those elected on or before it, the one elected last (the higher
 * term number breaks a tie). Expiry is not considered here; see {@link termEndOf}.
 *
 * @example
 * ```ts
 * const c1 = { term: 1, electedOn: "2014-01-01" };
 * const c2 = { term: 2, electedOn: "2019-01-01" };
 * committeeOn([c1, c2], "2020-01-01"); // → { term: 2, electedOn: "2019-01-01" }
 * committeeOn([c1, c2], "2010-01-01"); // → undefined
 * ```
 */
export function committeeOn<C extends Pick<Committee, "term" | "electedOn">>(committees: readonly C[], date: string): C | undefined {
  let best: C | undefined;
  for (const committee of committees) {
    if (committee.electedOn > date) continue;
    if (
      best === undefined ||
      committee.electedOn > best.electedOn ||
      (committee.electedOn === best.electedOn && committee.term > best.term)
    ) {
      best = committee;
    }
  }
  return best;
}

/** A seat's holding in effect on a day, with the seat's post and index. */
export interface SeatedHolding {
  readonly post: Post;
  readonly seatIndex: number;
  readonly holding: Holding;
}

/**
 * The holdings in effect on a day across a committee's seats, in seat order. A seat with none is vacant.
 * A holding's `endOn` is its last day.
 *
 * @example
 * ```ts
 * const committee: Pick<Committee, "seats"> = {
 *   seats: [
 *     { post: "chair", holdings: [{ memberId: "m1", startOn: "2019-01-01", basis: "unit-leader" }] },
 *     { post: "secretary-general", holdings: [] },
 *   ],
 * };
 * seatedOn(committee, "2020-01-01").map((s) => s.holding.memberId); // → ["m1"]
 * ```
 */
export function seatedOn(committee: Pick<Committee, "seats">, date: string): SeatedHolding[] {
  const seated: SeatedHolding[] = [];
  committee.seats.forEach((seat, seatIndex) => {
    for (const holding of seat.holdings) {
      if (isInEffect(holding.startOn, holding.endOn, date)) seated.push({ post: seat.post, seatIndex, holding });
    }
  });
  return seated;
}
