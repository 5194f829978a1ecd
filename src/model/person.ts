/**
 * Person (人员): someone who may be a member of several associations and hold posts in several
 * committees, recorded once (after the Popolo standard's `Person`).
 *
 * @module
 */
import * as z from "zod";
import { Extra } from "./extra.js";
import { type IndividualMember, OccupationField, SectorRole, TitleLevel } from "./member.js";
import { Id, Name } from "./primitives.js";

/**
 * A person's gender, as the yearly statistics count women (其中女性).
 *
 * @example
 * ```ts
 * Gender.parse("female");
 * ```
 */
export const Gender = z.enum(["female", "male"]);
/** A gender; see {@link Gender}. */
export type Gender = z.infer<typeof Gender>;

/**
 * A person. What belongs to one membership (whether the person works in the association's host unit, the
 * dates) stays on the member record; who the person is, and what they are (title, field, societies, the
 * units they head), is recorded here once.
 *
 * @example
 * ```ts
 * Person.parse({
 *   id: "p-1", name: "陈某", gender: "male", birthYear: 1975, titleLevel: "associate-senior",
 *   field: "medicine", sectorRoles: ["health-centre-director"],
 * });
 * ```
 */
export const Person = z.strictObject({
  id: Id,
  name: Name,
  gender: Gender.optional(),
  birthYear: z.int().min(1900).max(2100).optional(),
  titleLevel: TitleLevel.optional(),
  field: OccupationField.optional(),
  /** Societies (学会、协会) under any level of association that the person belongs to. */
  societyMemberships: z.array(Name).max(100).optional(),
  /** The units the person heads, as sector-head roles (医院院长, 卫生院院长, 农技站站长, …). */
  sectorRoles: z.array(SectorRole).max(10).optional(),
  /** Values the model has no field for (unknown spreadsheet columns), kept as read. */
  extra: Extra.optional(),
});
/** A person; see {@link Person}. */
export type Person = z.infer<typeof Person>;

// The fields a member record may take from its person, when it does not give them itself.
const PERSON_FIELDS = ["name", "titleLevel", "field", "societyMemberships", "sectorRoles"] as const;

/**
 * An individual member as rules and metrics read it: its own fields, and for each field it leaves out,
 * its person's. The member itself (no copy) when it names no person, the person is unknown, or the
 * member gives every field.
 *
 * @example
 * ```ts
 * const personById = new Map<string, Person>([["p-1", { id: "p-1", name: "陈某", sectorRoles: ["health-centre-director"] }]]);
 * const member: IndividualMember = { id: "m-1", associationId: "a", joinedOn: "2021-01-01", type: "individual", personId: "p-1" };
 * individualView(member, personById).name; // → "陈某"
 * ```
 */
export function individualView(member: IndividualMember, personById: ReadonlyMap<string, Person> | undefined): IndividualMember {
  const person = member.personId === undefined ? undefined : personById?.get(member.personId);
  if (person === undefined) return member;
  let view: Record<string, unknown> | undefined;
  for (const field of PERSON_FIELDS) {
    if (member[field] !== undefined || person[field] === undefined) continue;
    view ??= { ...member };
    view[field] = person[field];
  }
  return (view as IndividualMember | undefined) ?? member;
}

/**
 * Who a member is, for counting people once: its `personId`, or else the member's own id (a member
 * without a person record cannot be told apart from another).
 *
 * @example
 * ```ts
 * personKeyOf({ id: "m-1", personId: "p-1" }); // → "person:p-1"
 * personKeyOf({ id: "m-2" }); // → "member:m-2"
 * ```
 */
export function personKeyOf(member: { readonly id: string; readonly personId?: string | undefined }): string {
  return member.personId === undefined ? `member:${member.id}` : `person:${member.personId}`;
}
