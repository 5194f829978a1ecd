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
import { CalendarDate, Id } from "./primitives.js";

/**
 * The posts of a committee: 主席, 副主席, 秘书长, 常委, 委员.
 *
 * @example
 * ```ts
 * Post.parse("secretary-general");
 * ```
 */
export const Post = z.enum(["chair", "vice-chair", "secretary-general", "standing-member", "member"]);
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
 * One member's holding of a seat over dates. An open `endOn` means the holding continues.
 *
 * @example
 * ```ts
 * Holding.parse({ memberId: "m-1", startOn: "2019-05-10", basis: "unit-leader" });
 * ```
 */
export const Holding = z.strictObject({
  memberId: Id,
  startOn: CalendarDate,
  endOn: CalendarDate.optional(),
  basis: SeatBasis,
  extra: Extra.optional(),
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
