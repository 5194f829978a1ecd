/**
 * Facility (设施) or designation (命名): a place an association runs or a unit it has designated, such as
 * a 科普e站, a bulletin board or a demonstration household. It has a place and a date, and is counted in
 * 个/户 by the yearly statistics (表7 科普基础设施); it is not an activity.
 *
 * @module
 */
import * as z from "zod";
import { Extra } from "./extra.js";
import { CalendarDate, DivisionCode, Id, Name, UnitCount } from "./primitives.js";

/**
 * Facility and designation kinds: 科普e站, 科普宣传栏, 活动室, 示范基地, 示范户, 科技工作者之家.
 *
 * @example
 * ```ts
 * FacilityKind.parse("demonstration-household");
 * ```
 */
export const FacilityKind = z.enum([
  "science-e-station",
  "bulletin-board",
  "activity-room",
  "demonstration-base",
  "demonstration-household",
  "sci-tech-workers-home",
]);
/** A facility kind; see {@link FacilityKind}. */
export type FacilityKind = z.infer<typeof FacilityKind>;

/**
 * A facility or designation. `divisionCode` is where it is; `associationId` the association that runs it
 * or designated it. `designatedOn` is the day it was set up or designated, `withdrawnOn` (when it
 * closed or the title was withdrawn) the first day it no longer counts, like an association's
 * `dissolvedOn`.
 *
 * One record may stand for several units designated together (`count`, 1 when absent): the seed reports
 * "评选农村科技示范户1435户" as one total, and yearbooks count households in 户, so a batch is one record
 * with `count: 1435` rather than 1,435 invented records; a household named one by one is a record of its own.
 *
 * @example
 * ```ts
 * Facility.parse({
 *   id: "households-2018", kind: "demonstration-household", divisionCode: "340881",
 *   associationId: "tc-agency-agriculture", designatedOn: "2018-12-20", count: 1435,
 * });
 * ```
 */
export const Facility = z.strictObject({
  id: Id,
  kind: FacilityKind,
  name: Name.optional(),
  divisionCode: DivisionCode,
  associationId: Id,
  designatedOn: CalendarDate,
  withdrawnOn: CalendarDate.optional(),
  /** How many units the record stands for (个, 户); 1 when absent. */
  count: UnitCount.optional(),
  /** Values the model has no field for (unknown spreadsheet columns), kept as read. */
  extra: Extra.optional(),
});
/** A facility; see {@link Facility}. */
export type Facility = z.infer<typeof Facility>;

/**
 * Whether a facility counts on a day: designated on or before it and not yet withdrawn.
 *
 * @example
 * ```ts
 * isFacilityOn({ designatedOn: "2018-04-01", withdrawnOn: "2021-01-01" }, "2020-12-31"); // → true
 * isFacilityOn({ designatedOn: "2018-04-01", withdrawnOn: "2021-01-01" }, "2021-01-01"); // → false
 * ```
 */
export function isFacilityOn(facility: Pick<Facility, "designatedOn" | "withdrawnOn">, date: string): boolean {
  // ISO dates compare correctly as strings.
  return facility.designatedOn <= date && (facility.withdrawnOn === undefined || date < facility.withdrawnOn);
}
