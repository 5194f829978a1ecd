/**
 * Money in the unit the yearly statistics print: amounts are kept in whole yuan (元) and shown in 万元.
 *
 * @module
 */

/**
 * Converts whole yuan to 万元 (10,000 yuan), rounded half up to `decimals` decimal places (0 by default,
 * the whole numbers the yearly forms ask for; at most 4, which is exact). The rounding works on the whole
 * yuan, so it never suffers from binary fractions: 5,000 yuan is 1 万元 at 0 places, 0.5 at 1.
 *
 * @throws TypeError when `yuan` is not a whole number from 0, or `decimals` not a whole number from 0 to 4.
 * @example
 * ```ts
 * toWanYuan(35_000); // → 4
 * toWanYuan(35_000, 1); // → 3.5
 * toWanYuan(4_999); // → 0
 * ```
 */
export function toWanYuan(yuan: number, decimals = 0): number {
  if (!Number.isSafeInteger(yuan) || yuan < 0) throw new TypeError(`toWanYuan: yuan must be a whole number from 0; got ${String(yuan)}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 4) {
    throw new TypeError(`toWanYuan: decimals must be a whole number from 0 to 4; got ${String(decimals)}`);
  }
  const unit = 10 ** (4 - decimals);
  // Half up on whole numbers: add half a unit and drop the rest.
  const units = Math.floor((yuan + Math.floor(unit / 2)) / unit);
  return units / 10 ** decimals;
}
