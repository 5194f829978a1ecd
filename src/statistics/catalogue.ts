/**
 * The indicator catalogue: every indicator the built-in and user-defined forms can refer to, in one list.
 *
 * @module
 */
import type { Indicator } from "./indicator.js";
import { ACTIVITY_INDICATORS } from "./indicators/activities.js";
import { COMMITTEE_INDICATORS } from "./indicators/committees.js";
import { FACILITY_INDICATORS } from "./indicators/facilities.js";
import { MEMBER_INDICATORS } from "./indicators/members.js";
import { ORGANISATION_INDICATORS } from "./indicators/organisations.js";
import { OUTPUT_INDICATORS } from "./indicators/outputs.js";
import { STAFF_INDICATORS } from "./indicators/staff.js";
import { THREE_HEAD_INDICATORS } from "./indicators/three-heads.js";

/**
 * Every indicator, grouped as the forms use them: organisations, members, staff, committees, "3+1"
 * heads, activities, facilities, outputs.
 *
 * @example
 * ```ts
 * INDICATORS.filter((indicator) => indicator.standIns.length > 0).map((indicator) => indicator.id);
 * ```
 */
export const INDICATORS: readonly Indicator[] = Object.freeze([
  ...ORGANISATION_INDICATORS,
  ...MEMBER_INDICATORS,
  ...STAFF_INDICATORS,
  ...COMMITTEE_INDICATORS,
  ...THREE_HEAD_INDICATORS,
  ...ACTIVITY_INDICATORS,
  ...FACILITY_INDICATORS,
  ...OUTPUT_INDICATORS,
]);

const BY_ID: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

/**
 * The indicator with an id, or `undefined`.
 *
 * @example
 * ```ts
 * indicatorById("activities.training")?.name["zh-CN"]; // → "举办实用技术培训"
 * ```
 */
export function indicatorById(id: string): Indicator | undefined {
  return typeof id === "string" ? BY_ID.get(id) : undefined;
}
