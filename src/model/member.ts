/**
 * Member (会员): a time-bounded membership of a person or a group in one association.
 *
 * @module
 */
import * as z from "zod";
import { Extra } from "./extra.js";
import { CalendarDate, Id, Name } from "./primitives.js";

/**
 * Professional title levels (专业技术职务): none, 初级, 中级, 副高级, 正高级.
 *
 * @example
 * ```ts
 * TitleLevel.parse("junior");
 * ```
 */
export const TitleLevel = z.enum(["none", "junior", "intermediate", "associate-senior", "senior"]);
/** A title level; see {@link TitleLevel}. */
export type TitleLevel = z.infer<typeof TitleLevel>;

/**
 * Occupation fields: 教学, 科研, 科技管理, and the fields most grassroots members work in.
 *
 * @example
 * ```ts
 * OccupationField.parse("research");
 * ```
 */
export const OccupationField = z.enum([
  "teaching",
  "research",
  "st-management",
  "medicine",
  "agriculture",
  "engineering",
  "administration",
  "other",
]);
/** An occupation field; see {@link OccupationField}. */
export type OccupationField = z.infer<typeof OccupationField>;

/**
 * Sector-head roles: the 三长 (hospital director, school principal, agricultural technology station head),
 * the others that local "N+1" schemes add, and the names the three heads go by in townships: 卫生院院长
 * (a township health centre is the township's hospital), 中心学校校长, 农业服务中心主任 and
 * 农业综合服务中心主任. Which role satisfies which head is data: see `HEAD_EQUIVALENTS`.
 *
 * @example
 * ```ts
 * SectorRole.parse("agri-service-centre-director");
 * ```
 */
export const SectorRole = z.enum([
  "hospital-director",
  "school-principal",
  "agri-station-head",
  "tech-entrepreneur",
  "health-centre-director",
  "veterinary-station-head",
  "central-school-principal",
  "agri-service-centre-director",
  "agri-integrated-service-centre-director",
]);
/** A sector-head role; see {@link SectorRole}. */
export type SectorRole = z.infer<typeof SectorRole>;

/**
 * How a group member relates to the association's host unit: 内设机构, 下属单位, or another organisation.
 *
 * @example
 * ```ts
 * GroupRelation.parse("internal-department");
 * ```
 */
export const GroupRelation = z.enum(["internal-department", "subordinate-unit", "other-organisation"]);
/** A group member's relation; see {@link GroupRelation}. */
export type GroupRelation = z.infer<typeof GroupRelation>;

const membership = {
  id: Id,
  associationId: Id,
  joinedOn: CalendarDate,
  /** The first day the member no longer belongs (like an association's `dissolvedOn`). */
  leftOn: CalendarDate.optional(),
};

/**
 * An individual member (个人会员): one person's membership of one association. The person is either
 * described here (`name`, `titleLevel`, …) or recorded once in the dataset's `persons` and referred to by
 * `personId`, so that one person in several associations is one person. A field given here overrides the
 * person's; a member without `personId` must have a `name`.
 *
 * @example
 * ```ts
 * IndividualMember.parse({
 *   id: "m-1", associationId: "tc-health", joinedOn: "2019-05-10", type: "individual",
 *   name: "王医生", titleLevel: "senior", field: "medicine", worksInHostUnit: true,
 *   sectorRoles: ["hospital-director"],
 * });
 * IndividualMember.parse({ id: "m-2", associationId: "sx-huanglue", joinedOn: "2021-06-01", type: "individual", personId: "p-1" });
 * ```
 */
export const IndividualMember = z.strictObject({
  ...membership,
  type: z.literal("individual"),
  /** The person (in the dataset's `persons`) this membership is of. */
  personId: Id.optional(),
  name: Name.optional(),
  titleLevel: TitleLevel.optional(),
  field: OccupationField.optional(),
  /** Whether the person works in the association's host unit (在本单位工作). */
  worksInHostUnit: z.boolean().optional(),
  /** Societies (学会、协会) under any level of association that the person belongs to. */
  societyMemberships: z.array(Name).max(100).optional(),
  sectorRoles: z.array(SectorRole).max(10).optional(),
  /** Values the model has no field for (unknown spreadsheet columns), kept as read. */
  extra: Extra.optional(),
});
/** An individual member; see {@link IndividualMember}. */
export type IndividualMember = z.infer<typeof IndividualMember>;

/**
 * A group member (团体会员): a department or subordinate unit of the host unit, or another organisation.
 *
 * @example
 * ```ts
 * GroupMember.parse({
 *   id: "g-1", associationId: "tc-health", joinedOn: "2019-05-10", type: "group",
 *   name: "桐城市人民医院", relation: "subordinate-unit",
 * });
 * ```
 */
export const GroupMember = z.strictObject({
  ...membership,
  type: z.literal("group"),
  name: Name,
  relation: GroupRelation,
  /** Values the model has no field for (unknown spreadsheet columns), kept as read. */
  extra: Extra.optional(),
});
/** A group member; see {@link GroupMember}. */
export type GroupMember = z.infer<typeof GroupMember>;

/**
 * A member: individual or group, told apart by `type`.
 *
 * @example
 * ```ts
 * Member.parse({ id: "g-1", associationId: "a", joinedOn: "2019-01-01", type: "group", name: "办公室", relation: "internal-department" });
 * ```
 */
export const Member = z.discriminatedUnion("type", [IndividualMember, GroupMember]);
/** A member; see {@link Member}. */
export type Member = z.infer<typeof Member>;
