/**
 * Association (科协组织): a local association or a grassroots one, or a society.
 *
 * @module
 */
import * as z from "zod";
import { Extra } from "./extra.js";
import { Approval, CongressPostponement } from "./approval.js";
import { CalendarDate, Count, CreditCode, DivisionCode, Id, Name } from "./primitives.js";

/**
 * The local association (地方科协) levels: 省级, 市级 (prefectural, sub-provincial cities included) and 县级
 * (county). Local associations exist at these three administrative levels only; the national body
 * (`national`, 中国科协) is not a local association.
 *
 * @example
 * ```ts
 * LOCAL_KINDS.includes("county"); // → true
 * LOCAL_KINDS.includes("national" as never); // → false
 * ```
 */
export const LOCAL_KINDS = ["provincial", "prefectural", "county"] as const;

/**
 * The grassroots kinds (基层组织), which hang under a county-level association.
 *
 * @example
 * ```ts
 * GRASSROOTS_KINDS.includes("village"); // → true
 * ```
 */
export const GRASSROOTS_KINDS = [
  "subdistrict",
  "township",
  "development-zone",
  "community",
  "village",
  "enterprise",
  "university",
  "vocational-school",
  "school",
  "government-agency",
  "public-institution",
  "rural-technical-association",
] as const;

/**
 * Every association kind: the national body, local, grassroots, and `society` (学会).
 *
 * @example
 * ```ts
 * AssociationKind.parse("government-agency"); // → "government-agency"
 * ```
 */
export const AssociationKind = z.enum(["national", ...LOCAL_KINDS, ...GRASSROOTS_KINDS, "society"]);
/** A kind of association; see {@link AssociationKind}. */
export type AssociationKind = z.infer<typeof AssociationKind>;

/**
 * The host unit (挂靠/所在单位) an agency, institution, enterprise or school association belongs to.
 *
 * @example
 * ```ts
 * HostUnit.parse({ name: "桐城市卫生健康委员会" });
 * ```
 */
export const HostUnit = z.strictObject({
  name: Name,
  /** The unified social credit code, when known. */
  creditCode: CreditCode.optional(),
});
/** A host unit; see {@link HostUnit}. */
export type HostUnit = z.infer<typeof HostUnit>;

/**
 * The approval of the host unit's Party organisation (党组织批准), which the seed requires for agency and
 * public-institution associations. Approvals by other authorities go in the association's `approvals`.
 *
 * @example
 * ```ts
 * PartyApproval.parse({ body: "中共桐城市卫生健康委员会党组", approvedOn: "2019-03-01" });
 * ```
 */
export const PartyApproval = z.strictObject({ body: Name, approvedOn: CalendarDate });
/** A Party approval; see {@link PartyApproval}. */
export type PartyApproval = z.infer<typeof PartyApproval>;

/**
 * A congress (代表大会 / 会员大会) held by the association.
 *
 * @example
 * ```ts
 * Congress.parse({ heldOn: "2019-04-20", number: 1 });
 * ```
 */
export const Congress = z.strictObject({
  heldOn: CalendarDate,
  /** Which congress (第几次), when recorded. */
  number: z.int().min(1).max(1000).optional(),
  extra: Extra.optional(),
});
/** A congress; see {@link Congress}. */
export type Congress = z.infer<typeof Congress>;

/**
 * What the association has of the 五有 checklist beyond its committee and activities: an office, staff
 * and funds. Absent fields mean "not recorded", not "no".
 *
 * @example
 * ```ts
 * Resources.parse({ office: true, staff: 2, funds: false });
 * ```
 */
export const Resources = z.strictObject({
  office: z.boolean().optional(),
  staff: Count.optional(),
  funds: z.boolean().optional(),
});
/** Recorded resources; see {@link Resources}. */
export type Resources = z.infer<typeof Resources>;

/**
 * An association (科协组织).
 *
 * `parentId` is the association that gives it business guidance (业务指导), which is how the hierarchy is
 * built. `divisionCode` is the administrative unit it serves, the key of coverage metrics.
 *
 * @example
 * ```ts
 * Association.parse({
 *   id: "tc-health",
 *   name: "桐城市卫健委科协",
 *   kind: "government-agency",
 *   parentId: "tc",
 *   divisionCode: "340881",
 *   hostUnit: { name: "桐城市卫生健康委员会" },
 *   establishedOn: "2019-05-10",
 * });
 * ```
 */
export const Association = z.strictObject({
  id: Id,
  name: Name,
  kind: AssociationKind,
  divisionCode: DivisionCode.optional(),
  hostUnit: HostUnit.optional(),
  parentId: Id.optional(),
  establishedOn: CalendarDate,
  dissolvedOn: CalendarDate.optional(),
  partyApproval: PartyApproval.optional(),
  /** Approvals of the establishment by any authority (a 科协's 批复, a Party organisation, …). */
  approvals: z.array(Approval).max(100).optional(),
  charter: z.strictObject({ adoptedOn: CalendarDate }).optional(),
  congresses: z.array(Congress).max(1000).optional(),
  /** Approved postponements of the next congress (换届延期). */
  congressPostponements: z.array(CongressPostponement).max(100).optional(),
  resources: Resources.optional(),
  /** Values the model has no field for (unknown spreadsheet columns), kept as read. */
  extra: Extra.optional(),
});
/** An association; see {@link Association}. */
export type Association = z.infer<typeof Association>;

/**
 * Whether an association exists on a day: established on or before it, and not yet dissolved.
 * `dissolvedOn` is the first day it no longer exists.
 *
 * @example
 * ```ts
 * const a = { establishedOn: "2018-01-01", dissolvedOn: "2020-01-01" };
 * isActiveOn(a, "2019-12-31"); // → true
 * isActiveOn(a, "2020-01-01"); // → false
 * ```
 */
export function isActiveOn(association: Pick<Association, "establishedOn" | "dissolvedOn">, date: string): boolean {
  // ISO dates compare correctly as strings.
  return association.establishedOn <= date && (association.dissolvedOn === undefined || date < association.dissolvedOn);
}
