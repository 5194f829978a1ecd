/**
 * Reading division codes digit by digit: the level a length means, the digits that name the unit, and the
 * sub-kind a code range means. These assume a well-formed code (digits only, 2, 4, 6, 9 or 12 of them),
 * which the schema has already checked wherever records are read. The public functions at the end
 * (`levelOfCode`, `parentCodeOf`, …) check first and then ask these. They live here, apart from the
 * zod schemas of `division.ts`, so code that only reads codes (the hierarchy, the CSV rows) loads no zod.
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

/**
 * The level a division code's length implies, or `undefined` for a malformed code.
 *
 * @example
 * ```ts
 * levelOfCode("340881101"); // → "township"
 * levelOfCode("3408811"); // → undefined
 * ```
 */
export function levelOfCode(code: string): DivisionLevel | undefined {
  return /^\d+$/.test(code) ? LEVEL_BY_LENGTH[code.length] : undefined;
}

/**
 * The parent code a division code implies (its prefix one level up), or `undefined` for a province or a
 * malformed code.
 *
 * @example
 * ```ts
 * parentCodeOf("340881101201"); // → "340881101"
 * parentCodeOf("34"); // → undefined
 * ```
 */
export function parentCodeOf(code: string): string | undefined {
  if (levelOfCode(code) === undefined) return undefined;
  const length = PARENT_LENGTH[code.length];
  return length === undefined ? undefined : code.slice(0, length);
}

/**
 * The code of the unit a division code names, without a zero-padded tail: the 12-digit statistical code
 * of a township `340881100000` is `340881100`, the GB/T 2260 code of a prefecture `340800` is `3408`, of
 * a province `340000` is `34`. A code already at its unit's length, or malformed, comes back unchanged.
 *
 * @example
 * ```ts
 * trimDivisionCode("340881100000"); // → "340881100"
 * trimDivisionCode("340800"); // → "3408"
 * trimDivisionCode("340881"); // → "340881"
 * ```
 */
export function trimDivisionCode(code: string): string {
  if (levelOfCode(code) === undefined) return code;
  const length = namedLength(code);
  return length === code.length ? code : code.slice(0, length);
}

/**
 * Whether the unit a division code names lies inside (or is) the unit an area code names: the area's
 * code, zero-padded tail cut off, is a prefix of the unit's. Malformed codes are inside nothing.
 *
 * @example
 * ```ts
 * isWithinDivision("340881100201", "340881"); // true: a village of Tongcheng
 * isWithinDivision("340881100000", "340800"); // true: padded codes name the same units
 * isWithinDivision("340881100", "310115"); // false: an Anhui town is not in Shanghai's Pudong
 * ```
 */
export function isWithinDivision(code: string, area: string): boolean {
  return levelOfCode(code) !== undefined && levelOfCode(area) !== undefined && namesWithin(code, area);
}

/**
 * The sub-kind a township (9-digit) or village (12-digit) code implies by its range: township part
 * 001–099 sub-district, 100–199 town, 200–399 township, 400–599 政企合一 and similar units (state farms,
 * development zones; the value `development-zone`); village part
 * 001–199 residents' committee, 200–399 villagers' committee. Other codes and ranges give `undefined`.
 *
 * @example
 * ```ts
 * divisionSubKind("340881001"); // → "subdistrict"
 * divisionSubKind("340881400"); // → "development-zone"
 * divisionSubKind("340881101201"); // → "villagers-committee"
 * ```
 */
export function divisionSubKind(code: string): DivisionSubKind | undefined {
  const level = levelOfCode(code);
  return level === undefined ? undefined : subKindOf(code, level);
}
