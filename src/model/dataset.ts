/**
 * Dataset: one document holding divisions, associations, committees, members, activities, persons, and
 * the facilities and outputs that are not activities.
 *
 * @module
 */
import * as z from "zod";
import { Activity } from "./activity.js";
import { Association } from "./association.js";
import { Committee } from "./committee.js";
import { Division, DivisionListInfo } from "./division.js";
import { Facility } from "./facility.js";
import { Member } from "./member.js";
import { Person } from "./person.js";
import { Output } from "./output.js";

/**
 * The format version this release reads and writes.
 *
 * @example
 * ```ts
 * const doc = { formatVersion: FORMAT_VERSION, associations: [] };
 * ```
 */
export const FORMAT_VERSION = 1;

/**
 * The collections of a dataset, in the order they are checked and reported.
 *
 * @example
 * ```ts
 * for (const name of COLLECTIONS) console.log(name);
 * ```
 */
export const COLLECTIONS = [
  "divisions",
  "associations",
  "committees",
  "members",
  "activities",
  // The people individual members refer to.
  "persons",
  "facilities",
  "outputs",
] as const;
/** The name of a dataset collection. */
export type CollectionName = (typeof COLLECTIONS)[number];

/**
 * The element schema of each collection.
 *
 * @example
 * ```ts
 * ENTITY_SCHEMAS.members.safeParse({}).success; // → false
 * ```
 */
export const ENTITY_SCHEMAS = {
  divisions: Division,
  associations: Association,
  committees: Committee,
  members: Member,
  activities: Activity,
  persons: Person,
  facilities: Facility,
  outputs: Output,
} as const;

/**
 * A whole dataset. Every collection is optional in the document and an empty array once parsed, except
 * `persons`, which data sets written before it lack: it stays absent when the document has none.
 *
 * @example
 * ```ts
 * Dataset.parse({ formatVersion: 1, associations: [] }).members; // → []
 * ```
 */
export const Dataset = z.strictObject({
  formatVersion: z.literal(FORMAT_VERSION),
  /** Which division list `divisions` comes from, so coverage can name it. */
  divisionList: DivisionListInfo.optional(),
  divisions: z.array(Division).default([]),
  associations: z.array(Association).default([]),
  committees: z.array(Committee).default([]),
  members: z.array(Member).default([]),
  activities: z.array(Activity).default([]),
  /** The people individual members refer to by `personId`. */
  persons: z.array(Person).optional(),
  facilities: z.array(Facility).default([]),
  outputs: z.array(Output).default([]),
});
/** A parsed dataset: every collection present (`persons` when the document has it). */
export type Dataset = z.output<typeof Dataset>;
/** A dataset as written in a document: collections may be left out. */
export type DatasetInput = z.input<typeof Dataset>;
