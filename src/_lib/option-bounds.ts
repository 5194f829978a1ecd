/**
 * The ranges the numeric options of the metrics and the charter rules may take. Each range is wide enough
 * for any real use and narrow enough that the dates computed from it stay within the calendar the data
 * uses: `dormantAssociations({ months: 1e9 })` once gave the window start "0NaN-NaN-NaN".
 *
 * @module
 */
import type { NumberBounds } from "./misuse.js";

/**
 * The bounds of every numeric option, by what it counts. All are whole numbers, inclusive.
 *
 * - `termYears`: a committee's term, as `Committee.termYears` allows (1–20).
 * - `congressYears`: years between congresses, as long as a term may be (1–20).
 * - `warnMonths`: a warning window before a deadline, at most the longest term (0–240; 0 for none).
 * - `windowMonths`: a window of activity looked back on from `asOf`, at most a century (1–1200).
 * - `seats`: a number of seated members or post holders, as many as a committee may have seats (0–10,000).
 *
 * @example
 * ```ts
 * OPTION_BOUNDS.warnMonths; // → { min: 0, max: 240 }
 * ```
 */
export const OPTION_BOUNDS = Object.freeze({
  termYears: Object.freeze({ min: 1, max: 20 }),
  congressYears: Object.freeze({ min: 1, max: 20 }),
  warnMonths: Object.freeze({ min: 0, max: 240 }),
  windowMonths: Object.freeze({ min: 1, max: 1200 }),
  seats: Object.freeze({ min: 0, max: 10_000 }),
}) satisfies Readonly<Record<string, NumberBounds>>;
