/**
 * Where each record counts: the statistics place every association in the area of its division code
 * (or, when it records none, of its nearest ancestor's), and every member, committee, activity, facility
 * and output in the area of its association. A scope then holds every record placed at or below it.
 *
 * @module
 */
import { createValidationContext } from "../charter/context.js";
import { indexDataset, type DatasetIndex } from "../dataset/dataset-index.js";
import { listOf } from "../_lib/list-of.js";
import type { Activity } from "../model/activity.js";
import type { Association } from "../model/association.js";
import type { ParsedDataset } from "../dataset/parsed.js";
import type { Member } from "../model/member.js";
import { facilitiesOf, outputsOf, type FacilityRecord, type OutputRecord } from "./record-access.js";

/** The records placed within one scope: associations in dataset order, the rest grouped by association. */
export interface ScopedRecords {
  readonly associations: readonly Association[];
  readonly members: readonly Member[];
  readonly activities: readonly Activity[];
  readonly facilities: readonly FacilityRecord[];
  readonly outputs: readonly OutputRecord[];
}

/**
 * A dataset prepared for statistics: its index, where each association is placed, and the records of
 * each scope asked for (built on first use and kept, so many forms of one scope place records once).
 *
 * @example
 * ```ts
 * const statistics = indexStatistics(dataset);
 * statistics.recordsIn("340881").associations.length;
 * ```
 */
export interface StatisticsIndex {
  readonly kind: "statistics-index";
  readonly index: DatasetIndex;
  /** The division code an association is placed by: its own, or else its nearest ancestor's. */
  divisionCodeOf(associationId: string): string | undefined;
  /** The records placed at or below a division code; `null` for the whole dataset. */
  recordsIn(scope: string | null): ScopedRecords;
  /** Associations whose chain of parents records no division code: they count only in the whole dataset. */
  readonly unplacedAssociationIds: readonly string[];
}

function byAssociation<T extends { readonly associationId: string }>(records: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const record of records) {
    const list = map.get(record.associationId);
    if (list === undefined) map.set(record.associationId, [record]);
    else list.push(record);
  }
  return map;
}

/**
 * Prepares a parsed dataset (or its index) for statistics. Linear in the dataset; the walk up to an
 * ancestor's division code is iterative and remembers every association it passes.
 *
 * @example
 * ```ts
 * const statistics = indexStatistics(indexDataset(dataset));
 * statistics.divisionCodeOf("tc-agency-health"); // → "340881"
 * ```
 */
export function indexStatistics(input: ParsedDataset | DatasetIndex): StatisticsIndex {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a caller from JavaScript may pass anything
  if (typeof input !== "object" || input === null) {
    throw new TypeError("indexStatistics: the argument must be a parsed dataset or its index");
  }
  const index = "associationById" in input ? input : indexDataset(input);
  const context = createValidationContext(index);
  const placement = new Map<string, string | undefined>();
  const unplaced: string[] = [];
  for (const association of index.associationById.values()) {
    const code = context.divisionCodeOf(association);
    placement.set(association.id, code);
    if (code === undefined) unplaced.push(association.id);
  }
  unplaced.sort();

  let facilities: Map<string, FacilityRecord[]> | undefined;
  let outputs: Map<string, OutputRecord[]> | undefined;
  const scoped = new Map<string, ScopedRecords>();

  const recordsIn = (scope: string | null): ScopedRecords => {
    const key = scope ?? "";
    const known = scoped.get(key);
    if (known !== undefined) return known;
    facilities ??= byAssociation(facilitiesOf(index.dataset));
    outputs ??= byAssociation(outputsOf(index.dataset));
    const records = {
      associations: [] as Association[],
      members: [] as Member[],
      activities: [] as Activity[],
      facilities: [] as FacilityRecord[],
      outputs: [] as OutputRecord[],
    };
    for (const association of index.associationById.values()) {
      const code = placement.get(association.id);
      if (scope !== null && (code === undefined || !code.startsWith(scope))) continue;
      records.associations.push(association);
      for (const member of listOf(index.membersByAssociation, association.id)) records.members.push(member);
      for (const activity of listOf(index.activitiesByOrganizer, association.id)) records.activities.push(activity);
      for (const facility of listOf(facilities, association.id)) records.facilities.push(facility);
      for (const output of listOf(outputs, association.id)) records.outputs.push(output);
    }
    scoped.set(key, records);
    return records;
  };

  return {
    kind: "statistics-index",
    index,
    divisionCodeOf: (associationId) => placement.get(associationId),
    recordsIn,
    unplacedAssociationIds: unplaced,
  };
}
