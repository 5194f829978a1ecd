/**
 * Committee (委员会): one association's elected body for one term (届), made of seats.
 *
 * A seat is a post that exists apart from who holds it, so a vacancy is visible, and holdings are
 * dated records rather than overwritten names (after the Popolo standard's posts and memberships).
 *
 * @module
 */
import * as z from "zod";
import { Extra } from "./extra.js";
import { CalendarDate, CreditCode, DivisionCode, Id, Name } from "./primitives.js";

/**
 * The posts of a committee, highest first: 主席, 常务副主席 (executive vice-chair), 副主席, 秘书长, 常委, 委员.
 *
 * @example
 * ```ts
 * Post.parse("executive-vice-chair");
 * ```
 */
export const Post = z.enum(["chair", "executive-vice-chair", "vice-chair", "secretary-general", "standing-member", "member"]);
/** A committee post; see {@link Post}. */
export type Post = z.infer<typeof Post>;

/**
 * Why a person holds a seat: as a leader of the host unit (单位领导), as an expert (专家), as a sector head
 * (三长), elected from the membership, or otherwise.
 *
 * @example
 * ```ts
 * SeatBasis.parse("unit-leader");
 * ```
 */
export const SeatBasis = z.enum(["unit-leader", "expert", "sector-head", "elected", "other"]);
/** The basis of a holding; see {@link SeatBasis}. */
export type SeatBasis = z.infer<typeof SeatBasis>;

/**
 * How a seat is held: 专职 (full-time), 兼职 (concurrently with the person's own job) or 挂职 (seconded
 * for a period). The three heads of "3+1" sit as concurrent or seconded vice-chairs.
 *
 * @example
 * ```ts
 * AppointmentMode.parse("concurrent");
 * ```
 */
export const AppointmentMode = z.enum(["full-time", "concurrent", "seconded"]);
/** An appointment mode; see {@link AppointmentMode}. */
export type AppointmentMode = z.infer<typeof AppointmentMode>;

/**
 * The kinds of unit a sector head represents: 医院, 卫生院 (a township's hospital), 学校 (中心学校
 * included), 农技站, 农业（综合）服务中心, 兽医站, 企业, or another unit.
 *
 * @example
 * ```ts
 * UnitKind.parse("health-centre");
 * ```
 */
export const UnitKind = z.enum([
  "hospital",
  "health-centre",
  "school",
  "agri-station",
  "agri-service-centre",
  "veterinary-station",
  "enterprise",
  "other",
]);
/** A kind of represented unit; see {@link UnitKind}. */
export type UnitKind = z.infer<typeof UnitKind>;

/**
 * The unit a seat holder represents (Popolo's `on_behalf_of`): for a sector head, the hospital, school
 * or station they lead, with where it is, so a rule can check it belongs to the association's area.
 *
 * @example
 * ```ts
 * OnBehalfOf.parse({ name: "遂溪县黄略镇卫生院", kind: "health-centre", divisionCode: "440823101" });
 * ```
 */
export const OnBehalfOf = z.strictObject({
  name: Name,
  creditCode: CreditCode.optional(),
  kind: UnitKind.optional(),
  /** The division the unit is in (a county, township or village code). */
  divisionCode: DivisionCode.optional(),
});
/** A represented unit; see {@link OnBehalfOf}. */
export type OnBehalfOf = z.infer<typeof OnBehalfOf>;

/**
 * One member's holding of a seat over dates. An open `endOn` means the holding continues. `appointment`
 * and `onBehalfOf`, when absent, are not recorded.
 *
 * @example
 * ```ts
 * Holding.parse({ memberId: "m-1", startOn: "2019-05-10", basis: "unit-leader" });
 * Holding.parse({
 *   memberId: "m-2", startOn: "2019-05-10", basis: "sector-head", appointment: "concurrent",
 *   onBehalfOf: { name: "孔城镇农业综合服务中心", kind: "agri-service-centre" },
 * });
 * ```
 */
export const Holding = z.strictObject({
  memberId: Id,
  startOn: CalendarDate,
  endOn: CalendarDate.optional(),
  basis: SeatBasis,
  extra: Extra.optional(),
  appointment: AppointmentMode.optional(),
  onBehalfOf: OnBehalfOf.optional(),
});
/** A holding; see {@link Holding}. */
export type Holding = z.infer<typeof Holding>;

/**
 * A seat: a post with its history of holdings. A seat with no holding on a date is vacant on that date.
 *
 * @example
 * ```ts
 * Seat.parse({ post: "secretary-general", holdings: [] }); // a vacant seat
 * ```
 */
export const Seat = z.strictObject({
  post: Post,
  holdings: z.array(Holding).max(1000),
  extra: Extra.optional(),
});
/** A seat; see {@link Seat}. */
export type Seat = z.infer<typeof Seat>;

/**
 * A committee of one association for one term.
 *
 * `termYears` defaults to 5 when absent (the charter's congress cycle); validation options may set
 * another default.
 *
 * @example
 * ```ts
 * Committee.parse({
 *   id: "tc-health-c1",
 *   associationId: "tc-health",
 *   term: 1,
 *   electedOn: "2019-05-10",
 *   seats: [{ post: "chair", holdings: [{ memberId: "m-1", startOn: "2019-05-10", basis: "unit-leader" }] }],
 * });
 * ```
 */
export const Committee = z.strictObject({
  id: Id,
  associationId: Id,
  /** The term number (第几届). */
  term: z.int().min(1).max(1000),
  electedOn: CalendarDate,
  termYears: z.int().min(1).max(20).optional(),
  seats: z.array(Seat).max(10_000),
  /** Values the model has no field for (unknown spreadsheet columns), kept as read. */
  extra: Extra.optional(),
});
/** A committee; see {@link Committee}. */
export type Committee = z.infer<typeof Committee>;
