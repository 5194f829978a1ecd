/**
 * Organisational coverage of every area of every level at once, in one linear pass: the figures a
 * national or provincial report tabulates.
 *
 * @module
 */
import * as z from "zod";
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import { isActiveOn } from "../model/association.js";
import type { DivisionLevel, DivisionListInfo } from "../model/division.js";
import { levelOfCode } from "../model/division-code.js";
import { dateOption } from "../model/option-schemas.js";
import { coverageKindsSchema, divisionListOf, levelBitsByKind, TOWNSHIP_BIT, VILLAGE_BIT, type CoverageKinds } from "./covering.js";
import { asDataset, type DatasetOrIndex } from "./dataset-input.js";
import type { MetricOptions } from "./options.js";

import { tally, type Tally } from "./ratio.js";

/** Options of {@link coverageByArea}. */
export interface CoverageByAreaOptions extends MetricOptions {
  /** Which association kinds cover which level; default {@link COVERAGE_KINDS}. */
  readonly kinds?: CoverageKinds;
}

const optionsSchema = lazy(() => z.object({ asOf: dateOption(), kinds: coverageKindsSchema() }));

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

// A village code's last three digits (001–999) index a bit in its township's 1,024-bit row, so villages
// are told apart without hashing a 12-digit code: 620k such hashes cost more than the rest together.
const WORDS_PER_TOWNSHIP = 32;
const LISTED = 1;
const COVERED = 2;
const PARENT_LENGTH: readonly (readonly [number, number])[] = [
  [9, 6],
  [6, 4],
  [4, 2],
];

/** The village part of a 12-digit code, read from its characters without slicing. */
function villagePart(code: string): number {
  return (code.charCodeAt(9) - 48) * 100 + (code.charCodeAt(10) - 48) * 10 + (code.charCodeAt(11) - 48);
}

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Area slots: codes and names in arrays, counters and bit rows in typed arrays that double when full. */
class Slots {
  readonly slotOf = new Map<string, number>();
  readonly codes: string[] = [];
  readonly names: (string | null)[] = [];
  capacity = 1024;
  /** Per slot: {@link LISTED} and {@link COVERED} for the township-level unit with the slot's code. */
  townshipFlags = new Uint8Array(this.capacity);
  townshipTotal = new Int32Array(this.capacity);
  townshipCovered = new Int32Array(this.capacity);
  villageTotal = new Int32Array(this.capacity);
  villageCovered = new Int32Array(this.capacity);
  /** Per township slot, one bit per village part: listed, and covered. */
  villagesListed = new Uint32Array(this.capacity * WORDS_PER_TOWNSHIP);
  villagesCovered = new Uint32Array(this.capacity * WORDS_PER_TOWNSHIP);
  // The last prefix looked up and its slot: lists are grouped by township, so most villages hit it.
  #lastCode = "";
  #lastSlot = -1;

  /** The slot of an area code, added when new; a listed name replaces a missing or larger one. */
  slot(code: string, name: string | null): number {
    let index = this.slotOf.get(code);
    if (index === undefined) {
      index = this.codes.length;
      this.slotOf.set(code, index);
      this.codes.push(code);
      this.names.push(name);
      if (this.codes.length > this.capacity) this.#grow();
    } else if (name !== null) {
      const current = this.names[index];
      // The smaller name wins, so a code listed twice is named the same whatever the input order.
      if (current === null || current === undefined || name < current) this.names[index] = name;
    }
    return index;
  }

  /** The slot of a village's township, added when new (create) or `-1` when absent. */
  townshipOf(villageCode: string, create: boolean): number {
    if (this.#lastSlot >= 0 && villageCode.startsWith(this.#lastCode)) return this.#lastSlot;
    const prefix = villageCode.slice(0, 9);
    const index = create ? this.slot(prefix, null) : (this.slotOf.get(prefix) ?? -1);
    if (index >= 0) {
      this.#lastCode = prefix;
      this.#lastSlot = index;
    }
    return index;
  }

  #grow(): void {
    this.capacity *= 2;
    const grow = <A extends Uint8Array | Int32Array | Uint32Array>(from: A, make: (n: number) => A, n: number): A => {
      const to = make(n);
      to.set(from);
      return to;
    };
    const c = this.capacity;
    this.townshipFlags = grow(this.townshipFlags, (n) => new Uint8Array(n), c);
    this.townshipTotal = grow(this.townshipTotal, (n) => new Int32Array(n), c);
    this.townshipCovered = grow(this.townshipCovered, (n) => new Int32Array(n), c);
    this.villageTotal = grow(this.villageTotal, (n) => new Int32Array(n), c);
    this.villageCovered = grow(this.villageCovered, (n) => new Int32Array(n), c);
    this.villagesListed = grow(this.villagesListed, (n) => new Uint32Array(n), c * WORDS_PER_TOWNSHIP);
    this.villagesCovered = grow(this.villagesCovered, (n) => new Uint32Array(n), c * WORDS_PER_TOWNSHIP);
  }
}

/**
 * Coverage for every province, prefecture, county and township in a division list: its township-level
 * and village-level units, and how many an association active on the date serves (the rule of
 * {@link organisationalCoverage}). Linear, with no per-area scan: one pass over the divisions marks each
 * unit in its township's slot, one pass over the associations marks the units they cover, then the
 * counts are added up the code prefixes one level at a time. An area missing from the list but implied
 * by a unit's code is included with `name: null`; a code listed twice counts once.
 *
 * @throws TypeError when `input` is not a parsed data set or its index, `options.asOf` is missing or not
 *   a calendar date, or `kinds` is malformed.
 * @example
 * ```ts
 * const result = coverageByArea(dataset, { asOf: "2020-09-07" });
 * const tongcheng = result.areas.find((a) => a.code === "340881");
 * tongcheng?.village; // { total: 228, covered: 223, ratio: 0.978… }
 * ```
 */
export function coverageByArea(input: DatasetOrIndex, options: CoverageByAreaOptions): CoverageByArea {
  const fn = "coverageByArea";
  const { divisions, associations, divisionList } = asDataset(fn, input);
  const { asOf, kinds } = checkOptions(fn, optionsSchema(), options);
  const bitOfKind = levelBitsByKind(kinds);
  const s = new Slots();

  // 1. The listed units, each in its township's slot (a township-level unit in its own).
  for (const division of divisions) {
    const code = division.code;
    if (code.length === 12) {
      const township = s.townshipOf(code, true);
      const part = villagePart(code);
      const word = township * WORDS_PER_TOWNSHIP + (part >>> 5);
      s.villagesListed[word] = (s.villagesListed[word] as number) | (1 << (part & 31));
    } else if (code.length === 9) {
      const own = s.slot(code, division.name);
      s.townshipFlags[own] = (s.townshipFlags[own] as number) | LISTED;
    } else if (levelOfCode(code) !== undefined) {
      s.slot(code, division.name);
    }
  }

  // 2. The units covered on the date; an association for an unlisted unit covers nothing.
  for (const association of associations) {
    const code = association.divisionCode;
    if (code === undefined) continue;
    const bits = bitOfKind.get(association.kind);
    if (bits === undefined || !isActiveOn(association, asOf)) continue;
    if (code.length === 12 && (bits & VILLAGE_BIT) !== 0) {
      const township = s.townshipOf(code, false);
      if (township < 0) continue;
      const part = villagePart(code);
      const word = township * WORDS_PER_TOWNSHIP + (part >>> 5);
      s.villagesCovered[word] = (s.villagesCovered[word] as number) | (1 << (part & 31));
    } else if (code.length === 9 && (bits & TOWNSHIP_BIT) !== 0) {
      const own = s.slotOf.get(code);
      if (own !== undefined) s.townshipFlags[own] = (s.townshipFlags[own] as number) | COVERED;
    }
  }

  // 3. Counts per township slot, from its flags and bit rows.
  let townshipTotal = 0;
  let townshipCovered = 0;
  let villageTotal = 0;
  let villageCovered = 0;
  for (let slot = 0; slot < s.codes.length; slot += 1) {
    if ((s.codes[slot] as string).length !== 9) continue;
    const flags = s.townshipFlags[slot] as number;
    if ((flags & LISTED) !== 0) {
      const covered = (flags & COVERED) !== 0 ? 1 : 0;
      s.townshipTotal[slot] = 1;
      s.townshipCovered[slot] = covered;
      townshipTotal += 1;
      townshipCovered += covered;
    }
    let listed = 0;
    let covered = 0;
    for (let w = slot * WORDS_PER_TOWNSHIP, end = w + WORDS_PER_TOWNSHIP; w < end; w += 1) {
      const row = s.villagesListed[w] as number;
      if (row === 0) continue;
      listed += popcount(row);
      covered += popcount(row & (s.villagesCovered[w] as number));
    }
    s.villageTotal[slot] = listed;
    s.villageCovered[slot] = covered;
    villageTotal += listed;
    villageCovered += covered;
  }

  // 4. Each level's counts into its parents, deepest first; a parent first seen here is appended and
  // added up in the next round.
  for (const [length, parentLength] of PARENT_LENGTH) {
    const count = s.codes.length;
    for (let child = 0; child < count; child += 1) {
      const code = s.codes[child] as string;
      if (code.length !== length) continue;
      const parent = s.slot(code.slice(0, parentLength), null);
      s.townshipTotal[parent] = (s.townshipTotal[parent] as number) + (s.townshipTotal[child] as number);
      s.townshipCovered[parent] = (s.townshipCovered[parent] as number) + (s.townshipCovered[child] as number);
      s.villageTotal[parent] = (s.villageTotal[parent] as number) + (s.villageTotal[child] as number);
      s.villageCovered[parent] = (s.villageCovered[parent] as number) + (s.villageCovered[child] as number);
    }
  }

  // Code order is a pre-order of the areas, since a parent's code is a prefix of its children's.
  const codes = s.codes;
  const order = Array.from(codes.keys()).sort((a, b) => ((codes[a] as string) < (codes[b] as string) ? -1 : 1));
  const areas = order.map((index): AreaTally => {
    const code = codes[index] as string;
    return {
      code,
      name: s.names[index] ?? null,
      level: levelOfCode(code) as DivisionLevel,
      township: tally(s.townshipCovered[index] as number, s.townshipTotal[index] as number),
      village: tally(s.villageCovered[index] as number, s.villageTotal[index] as number),
    };
  });

  return {
    kind: "coverage-by-area",
    asOf,
    divisionList: divisionListOf(divisionList),
    total: { township: tally(townshipCovered, townshipTotal), village: tally(villageCovered, villageTotal) },
    areas,
  };
}
