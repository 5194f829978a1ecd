/**
 * Look-up tables over a dataset, built once in one linear pass so that validation and metrics never scan
 * the dataset per association.
 *
 * @module
 */
import type { Activity } from "../model/activity.js";
import type { Association } from "../model/association.js";
import type { Committee } from "../model/committee.js";
import type { Division } from "../model/division.js";
import type { Facility } from "../model/facility.js";
import type { Member } from "../model/member.js";
import { markIndex, requireDatasetOrIndex, type IndexMark, type ParsedDataset } from "./parsed.js";
import type { Person } from "../model/person.js";
import type { Output } from "../model/output.js";

/** Look-up tables over one parsed dataset. Every list keeps the dataset's order. */
export interface DatasetIndex extends IndexMark {
  readonly dataset: ParsedDataset;
  readonly divisionByCode: ReadonlyMap<string, Division>;
  readonly associationById: ReadonlyMap<string, Association>;
  readonly memberById: ReadonlyMap<string, Member>;
  /** The dataset's persons by id; empty when it has none. */
  readonly personById: ReadonlyMap<string, Person>;
  readonly committeeById: ReadonlyMap<string, Committee>;
  /** Committees per association id. */
  readonly committeesByAssociation: ReadonlyMap<string, readonly Committee[]>;
  /** Members per association id. */
  readonly membersByAssociation: ReadonlyMap<string, readonly Member[]>;
  /** Activities per organiser id (co-organised activities are not included). */
  readonly activitiesByOrganizer: ReadonlyMap<string, readonly Activity[]>;
  /** Associations per division code. */
  readonly associationsByDivision: ReadonlyMap<string, readonly Association[]>;
  /** Facilities and designations per association id (the one that runs or designated them). */
  readonly facilitiesByAssociation: ReadonlyMap<string, readonly Facility[]>;
  /** Outputs per association id. */
  readonly outputsByAssociation: ReadonlyMap<string, readonly Output[]>;
}

const NONE: readonly never[] = Object.freeze([]);

function byKey<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value);
}

function group<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Indexes a parsed dataset. Where an id occurs twice, the first occurrence is indexed (parseDataset
 * reports the duplicate). Anything but a dataset `parseDataset` returned is misuse (a `TypeError`).
 *
 * @example
 * ```ts
 * const index = indexDataset(dataset);
 * index.associationById.get("tc")?.name; // → "桐城市科学技术协会"
 * (index.committeesByAssociation.get("tc-agency-health") ?? []).length; // → 1
 * ```
 */
export function indexDataset(dataset: ParsedDataset): DatasetIndex {
  requireDatasetOrIndex("indexDataset", dataset, false);
  const divisionByCode = new Map<string, Division>();
  const associationById = new Map<string, Association>();
  const memberById = new Map<string, Member>();
  const personById = new Map<string, Person>();
  const committeeById = new Map<string, Committee>();
  const committeesByAssociation = new Map<string, Committee[]>();
  const membersByAssociation = new Map<string, Member[]>();
  const activitiesByOrganizer = new Map<string, Activity[]>();
  const associationsByDivision = new Map<string, Association[]>();
  const facilitiesByAssociation = new Map<string, Facility[]>();
  const outputsByAssociation = new Map<string, Output[]>();

  for (const division of dataset.divisions) byKey(divisionByCode, division.code, division);
  for (const association of dataset.associations) {
    byKey(associationById, association.id, association);
    if (association.divisionCode !== undefined) group(associationsByDivision, association.divisionCode, association);
  }
  for (const member of dataset.members) {
    byKey(memberById, member.id, member);
    group(membersByAssociation, member.associationId, member);
  }
  for (const committee of dataset.committees) {
    byKey(committeeById, committee.id, committee);
    group(committeesByAssociation, committee.associationId, committee);
  }
  for (const activity of dataset.activities) group(activitiesByOrganizer, activity.organizerId, activity);
  for (const person of dataset.persons ?? NONE) byKey(personById, person.id, person);
  // A data set written before these collections existed has none: read it as empty.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a data set written before facilities existed has none
  for (const facility of dataset.facilities ?? NONE) group(facilitiesByAssociation, facility.associationId, facility);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a data set written before outputs existed has none
  for (const output of dataset.outputs ?? NONE) group(outputsByAssociation, output.associationId, output);

  return markIndex({
    dataset,
    divisionByCode,
    associationById,
    memberById,
    personById,
    committeeById,
    committeesByAssociation,
    membersByAssociation,
    activitiesByOrganizer,
    associationsByDivision,
    facilitiesByAssociation,
    outputsByAssociation,
  });
}
