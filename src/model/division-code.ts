/**
 * Reading division codes digit by digit: the level a length means, the digits that name the unit, and the
 * sub-kind a code range means. These assume a well-formed code (digits only, 2, 4, 6, 9 or 12 of them),
 * which the schema has already checked wherever records are read; the public functions of `division.ts`
 * check first and then ask these.
 *
 * @module
 */
import type { DivisionLevel, DivisionSubKind } from "./division.js";

/** The level each code length means. */
export const LEVEL_BY_LENGTH: Readonly<Record<number, DivisionLevel>> = {
  2: "province",
  4: "prefecture",
  6: "county",
  9: "township",
  12: "village",
};

/** The length of the parent's code, for each code length below a province. */
export const PARENT_LENGTH: Readonly<Record<number, number>> = { 4: 2, 6: 4, 9: 6, 12: 9 };

/**
 * How many leading digits of a code name its unit: the code's length, less a zero-padded tail. The
 * 12-digit statistical codes write a township as `340881100000` and the 6-digit GB/T 2260 codes a
 * prefecture as `340800`; no real unit's own part is all zeros, so such a tail only pads the code.
 */
export function namedLength(code: string): number {
  let length = code.length;
  for (let parent = PARENT_LENGTH[length]; parent !== undefined; parent = PARENT_LENGTH[length]) {
    for (let k = parent; k < length; k += 1) if (code.charCodeAt(k) !== 48) return length;
    length = parent;
  }
  return length;
}

/** Whether the unit `code` names lies inside (or is) the unit `area` names: a prefix of named digits. */
export function namesWithin(code: string, area: string): boolean {
  const areaLength = namedLength(area);
  if (namedLength(code) < areaLength) return false;
  for (let k = 0; k < areaLength; k += 1) if (code.charCodeAt(k) !== area.charCodeAt(k)) return false;
  return true;
}

/** The number written by three digits of a code, from `at`. */
function part(code: string, at: number): number {
  return (code.charCodeAt(at) - 48) * 100 + (code.charCodeAt(at + 1) - 48) * 10 + (code.charCodeAt(at + 2) - 48);
}

/**
 * The sub-kind the first `level`'s worth of a code's digits mean by their range (see `divisionSubKind`),
 * or `undefined` outside the ranges and above township level.
 */
export function subKindOf(code: string, level: DivisionLevel): DivisionSubKind | undefined {
  if (level === "township") {
    const n = part(code, 6);
    if (n >= 1 && n <= 99) return "subdistrict";
    if (n >= 100 && n <= 199) return "town";
    if (n >= 200 && n <= 399) return "township";
    if (n >= 400 && n <= 599) return "development-zone";
    return undefined;
  }
  if (level === "village") {
    const n = part(code, 9);
    if (n >= 1 && n <= 199) return "residents-committee";
    if (n >= 200 && n <= 399) return "villagers-committee";
  }
  return undefined;
}
