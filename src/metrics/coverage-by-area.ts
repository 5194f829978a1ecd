/**
 * Organisational coverage of every area of every level at once, in one linear pass: the figures a
 * national or provincial report tabulates.
 *
 * @module
 */
import type { Association } from "../model/association.js";
import type { Division, DivisionLevel, DivisionListInfo } from "../model/division.js";
import { levelOfCode } from "../model/division.js";
import {
  coverageKindsOption,
  coverMasks,
  divisionListOf,
  TOWNSHIP_BIT,
  VILLAGE_BIT,
  type CoverageKinds,
} from "./covering.js";
import { requireDate, requireOptions } from "./options.js";
import { tally, type Tally } from "./ratio.js";

/** Options of {@link coverageByArea}. */
export interface CoverageByAreaOptions {
  /** The day coverage is counted on (`YYYY-MM-DD`). */
  readonly asOf: string;
  /** Which association kinds cover which level; default {@link COVERAGE_KINDS}. */
  readonly kinds?: CoverageKinds;
  /** The list the divisions come from, carried into the result; `"unknown"` when absent. */
  readonly divisionList?: DivisionListInfo;
}

/** The coverage of one province, prefecture, county or township. */
export interface AreaTally {
  readonly code: string;
  /** The area's name in the list, or `null` when only units below it are listed. */
  readonly name: string | null;
  readonly level: DivisionLevel;
  /** Its township-level units (a township counts itself). */
  readonly township: Tally;
  /** Its village-level units. */
  readonly village: Tally;
}

/** The result of {@link coverageByArea}: plain JSON. */
export interface CoverageByArea {
  readonly kind: "coverage-by-area";
  readonly asOf: string;
  readonly divisionList: DivisionListInfo | "unknown";
  /** The whole list's totals. */
  readonly total: { readonly township: Tally; readonly village: Tally };
  /** Every area above village level, by code: each area comes right before the areas inside it. */
  readonly areas: readonly AreaTally[];
}

// Marks a leaf code already counted, in the same map as the cover bits, so a code listed twice counts
// once without a second set.
const SEEN_TOWNSHIP = 4;
const SEEN_VILLAGE = 8;
const PARENT_LENGTH: readonly (readonly [number, number])[] = [
  [9, 6],
  [6, 4],
  [4, 2],
];

/** Counters per area slot, in typed arrays that double when full. */
class SlotCounters {
  townshipTotal = new Int32Array(1024);
  townshipCovered = new Int32Array(1024);
  villageTotal = new Int32Array(1024);
  villageCovered = new Int32Array(1024);

  ensure(size: number): void {
    if (size <= this.townshipTotal.length) return;
    let capacity = this.townshipTotal.length;
    while (capacity < size) capacity *= 2;
    const grow = (from: Int32Array) => {
      const to = new Int32Array(capacity);
      to.set(from);
      return to;
    };
    this.townshipTotal = grow(this.townshipTotal);
    this.townshipCovered = grow(this.townshipCovered);
    this.villageTotal = grow(this.villageTotal);
    this.villageCovered = grow(this.villageCovered);
  }
}

/**
 * Coverage for every province, prefecture, county and township in a division list: its township-level
 * and village-level units, and how many an association active on the date serves (the rule of
 * {@link organisationalCoverage}). Linear: units are counted into their township (villages) or themselves
 * (townships), then the counts are added up the code prefixes one level at a time; no area is scanned.
 * An area missing from the list but implied by a unit's code is included with `name: null`.
 *
 * @throws TypeError when `options.asOf` is missing or not a calendar date, or `kinds` is malformed.
 * @example
 * ```ts
 * const result = coverageByArea(dataset.divisions, dataset.associations, { asOf: "2020-09-07" });
 * const tongcheng = result.areas.find((a) => a.code === "340881");
 * tongcheng?.village; // { total: 228, covered: 223, ratio: 0.978… }
 * ```
 */
export function coverageByArea(
  divisions: readonly Division[],
  associations: readonly Association[],
  options: CoverageByAreaOptions,
): CoverageByArea {
  const fn = "coverageByArea";
  requireOptions(fn, options);
  const asOf = requireDate(fn, "asOf", options.asOf);
  const kinds = coverageKindsOption(fn, options.kinds);
  const masks = coverMasks(associations, asOf, kinds);

  const slotOf = new Map<string, number>();
  const codes: string[] = [];
  const names: (string | null)[] = [];
  const counters = new SlotCounters();
  const slot = (code: string, name: string | null): number => {
    let index = slotOf.get(code);
    if (index === undefined) {
      index = codes.length;
      slotOf.set(code, index);
      codes.push(code);
      names.push(name);
      counters.ensure(codes.length);
    } else if (name !== null) {
      const current = names[index];
      // The smaller name wins, so a code listed twice is named the same whatever the input order.
      if (current === null || current === undefined || name < current) names[index] = name;
    }
    return index;
  };

  let townshipTotal = 0;
  let townshipCovered = 0;
  let villageTotal = 0;
  let villageCovered = 0;
  for (const division of divisions) {
    const code = division.code;
    const length = code.length;
    if (length === 12) {
      const mask = masks.get(code) ?? 0;
      if ((mask & SEEN_VILLAGE) !== 0) continue;
      masks.set(code, mask | SEEN_VILLAGE);
      const township = slot(code.slice(0, 9), null);
      const covered = (mask & VILLAGE_BIT) >>> 1;
      counters.villageTotal[township] = (counters.villageTotal[township] as number) + 1;
      counters.villageCovered[township] = (counters.villageCovered[township] as number) + covered;
      villageTotal += 1;
      villageCovered += covered;
    } else if (length === 9) {
      const own = slot(code, division.name);
      const mask = masks.get(code) ?? 0;
      if ((mask & SEEN_TOWNSHIP) !== 0) continue;
      masks.set(code, mask | SEEN_TOWNSHIP);
      const covered = mask & TOWNSHIP_BIT;
      counters.townshipTotal[own] = (counters.townshipTotal[own] as number) + 1;
      counters.townshipCovered[own] = (counters.townshipCovered[own] as number) + covered;
      townshipTotal += 1;
      townshipCovered += covered;
    } else if (levelOfCode(code) !== undefined) {
      slot(code, division.name);
    }
  }

  // Add each level's counts into its parents, deepest first; a parent first seen here is appended and
  // added up in the next round.
  for (const [length, parentLength] of PARENT_LENGTH) {
    const count = codes.length;
    for (let child = 0; child < count; child += 1) {
      const code = codes[child] as string;
      if (code.length !== length) continue;
      const parent = slot(code.slice(0, parentLength), null);
      counters.townshipTotal[parent] = (counters.townshipTotal[parent] as number) + (counters.townshipTotal[child] as number);
      counters.townshipCovered[parent] =
        (counters.townshipCovered[parent] as number) + (counters.townshipCovered[child] as number);
      counters.villageTotal[parent] = (counters.villageTotal[parent] as number) + (counters.villageTotal[child] as number);
      counters.villageCovered[parent] =
        (counters.villageCovered[parent] as number) + (counters.villageCovered[child] as number);
    }
  }

  // Code order is a pre-order of the areas, since a parent's code is a prefix of its children's.
  const order = Array.from(codes.keys()).sort((a, b) => ((codes[a] as string) < (codes[b] as string) ? -1 : 1));
  const areas = order.map((index): AreaTally => {
    const code = codes[index] as string;
    return {
      code,
      name: names[index] ?? null,
      level: levelOfCode(code) as DivisionLevel,
      township: tally(counters.townshipCovered[index] as number, counters.townshipTotal[index] as number),
      village: tally(counters.villageCovered[index] as number, counters.villageTotal[index] as number),
    };
  });

  return {
    kind: "coverage-by-area",
    asOf,
    divisionList: divisionListOf(options.divisionList),
    total: { township: tally(townshipCovered, townshipTotal), village: tally(villageCovered, villageTotal) },
    areas,
  };
}
