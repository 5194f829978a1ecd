/**
 * The checks that look across records: unique ids, references that resolve, dates in order, division
 * codes that agree with their parents, and the facts that must agree between records (see `facts.ts`).
 * Each runs in one linear pass over tables built once; every reference is looked up once, and the record
 * found serves both the reference check and the facts.
 *
 * @module
 */
import { createIssue, formatPath, type IssuePath, type Locale } from "../issue/issue.js";
import { DEPRECATED_ACTIVITY_TYPES, type Activity } from "../model/activity.js";
import type { Association } from "../model/association.js";
import type { Committee, Holding, Seat } from "../model/committee.js";
import type { Division } from "../model/division.js";
import { levelOfCode, parentCodeOf } from "../model/division-code.js";
import type { Facility } from "../model/facility.js";
import { IdTable } from "../_lib/id-table.js";
import type { Member } from "../model/member.js";
import type { Person } from "../model/person.js";
import type { Output } from "../model/output.js";
import {
  AssociationLives,
  checkDivisionUnderParent,
  checkHoldingInMembership,
  checkKindFitsCode,
  holdingPath,
  reportParentCycles,
  TermCheck,
  type HoldingAt,
  type Report,
} from "./facts.js";
import { DATASET_MESSAGES, type DatasetIssue, type DatasetIssueCode, type DatasetIssueParams } from "./messages.js";

/**
 * The records of one collection that passed their shape checks, and each one's index in the input
 * array. Two parallel arrays rather than an object per record: at national scale that is millions of
 * objects fewer; and no index array at all when every record passed, the usual case.
 */
export interface Shaped<T> {
  readonly values: readonly T[];
  /** Each value's index in the input; undefined when `values` is the whole input, in order. */
  readonly indexes: readonly number[] | undefined;
}

/** The input index of the `k`th accepted record. */
function inputIndex(records: Shaped<unknown>, k: number): number {
  return records.indexes === undefined ? k : (records.indexes[k] as number);
}

/** The records of each collection that passed their shape checks. */
export interface ShapedCollections {
  readonly divisions: Shaped<Division>;
  readonly associations: Shaped<Association>;
  readonly committees: Shaped<Committee>;
  readonly members: Shaped<Member>;
  readonly activities: Shaped<Activity>;
  readonly persons: Shaped<Person>;
  readonly facilities: Shaped<Facility>;
  readonly outputs: Shaped<Output>;
}

/** Files one issue of a fixed severity. */
type Filed = <K extends DatasetIssueCode>(code: K, path: IssuePath, params: DatasetIssueParams<K>) => void;

/**
 * Runs every cross-record check on the records that passed their shape checks. Every finding is an
 * error except `activity.deprecated-type`, a warning: old data sets still parse.
 *
 * Records with a malformed shape are already reported and are not looked at again, but their ids
 * still count as known when they were readable, so one malformed record does not also make every
 * reference to it dangle.
 *
 * @example
 * ```ts
 * const county = { code: "340881", name: "桐城市", level: "county" as const };
 * const none = { values: [], indexes: undefined };
 * const shaped = { ...{ associations: none, committees: none, members: none, activities: none }, ...{ persons: none, facilities: none, outputs: none } };
 * const known = { divisions: new Set(["340881"]), associations: new Set<string>(), members: new Set<string>(), persons: new Set<string>() };
 * const issues = crossCheck({ ...shaped, divisions: { values: [county, county], indexes: undefined } }, known, "en");
 * issues.map((issue) => issue.code); // → ["id.duplicate"]
 * ```
 */
export function crossCheck(shaped: ShapedCollections, known: KnownIds, locale: Locale): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const file: Report = (code, severity, path, params) => {
    issues.push(createIssue({ catalog: DATASET_MESSAGES, code, params, path, severity, locale }));
  };
  const report: Filed = (code, path, params) => {
    file(code, "error", path, params);
  };
  const warn: Filed = (code, path, params) => {
    file(code, "warning", path, params);
  };

  const divisionCodes = uniqueKeys(shaped.divisions, "divisions", (d) => d.code, "code", report).table;
  const associations = uniqueKeys(shaped.associations, "associations", (a) => a.id, "id", report);
  uniqueKeys(shaped.committees, "committees", (c) => c.id, "id", report);
  const members = uniqueKeys(shaped.members, "members", (m) => m.id, "id", report).table;
  uniqueKeys(shaped.activities, "activities", (a) => a.id, "id", report);
  const persons = uniqueKeys(shaped.persons, "persons", (p) => p.id, "id", report).table;
  uniqueKeys(shaped.facilities, "facilities", (f) => f.id, "id", report);
  uniqueKeys(shaped.outputs, "outputs", (o) => o.id, "id", report);

  // Positions among the accepted associations (-1 when absent), so facts read the record found.
  const associationAt = repeatAware((id) => associations.table.get(id));
  const hasAssociation = (id: string): boolean => associationAt(id) >= 0 || known.associations.has(id);
  const hasDivision = repeatAware((code) => divisionCodes.get(code) >= 0 || known.divisions.has(code));
  const checkDivisions = shaped.divisions.values.length > 0 || known.divisions.size > 0;
  const associationList = shaped.associations.values;
  const associationIndex = (k: number): number => inputIndex(shaped.associations, k);

  each(shaped.divisions, (d, index) => {
    const expected = levelOfCode(d.code);
    if (expected !== undefined && expected !== d.level) {
      report("division.level-mismatch", ["divisions", index, "level"], {
        id: d.code,
        level: d.level,
        length: d.code.length,
        expected,
      });
    }
    if (d.parentCode === undefined) return;
    const implied = parentCodeOf(d.code);
    if (implied !== d.parentCode) {
      report("division.code-prefix", ["divisions", index, "code"], { id: d.code, ref: d.parentCode });
    }
    if (!hasDivision(d.parentCode)) {
      report("ref.division-parent", ["divisions", index, "parentCode"], { id: d.code, ref: d.parentCode });
    }
  });

  const parentIndex = new Int32Array(associationList.length).fill(-1);
  each(shaped.associations, (a, index, k) => {
    if (a.parentId !== undefined) {
      const parent = associationAt(a.parentId);
      if (parent >= 0) {
        parentIndex[k] = parent;
        checkDivisionUnderParent(file, a, index, associationList[parent] as Association, associationIndex(parent));
      } else if (!known.associations.has(a.parentId)) {
        report("ref.association-parent", ["associations", index, "parentId"], { id: a.id, ref: a.parentId });
      }
    }
    const listed = checkDivisions && a.divisionCode !== undefined && hasDivision(a.divisionCode);
    if (checkDivisions && a.divisionCode !== undefined && !listed) {
      report("ref.association-division", ["associations", index, "divisionCode"], { id: a.id, ref: a.divisionCode });
    }
    checkKindFitsCode(file, a, index, listed, locale);
    dateOrder(report, "associations", index, a.id, "establishedOn", a.establishedOn, "dissolvedOn", a.dissolvedOn);
    for (const field of ["approvals", "congressPostponements"] as const) {
      a[field]?.forEach((approval, k) => {
        if (approval.associationId !== undefined && !hasAssociation(approval.associationId)) {
          report("ref.approval-association", ["associations", index, field, k, "associationId"], { id: a.id, ref: approval.associationId });
        }
      });
    }
  });
  reportParentCycles(file, parentIndex, associations.keys, associationIndex);
  const lives = new AssociationLives(file, associationList, associationIndex);

  each(shaped.members, (m, index) => {
    if (!hasAssociation(m.associationId)) {
      report("ref.member-association", ["members", index, "associationId"], { id: m.id, ref: m.associationId });
    }
    dateOrder(report, "members", index, m.id, "joinedOn", m.joinedOn, "leftOn", m.leftOn);
    if (m.type !== "individual") return;
    if (m.personId === undefined) {
      if (m.name === undefined) report("member.name-missing", ["members", index], { id: m.id });
    } else if (persons.get(m.personId) < 0 && !known.persons.has(m.personId)) {
      report("ref.member-person", ["members", index, "personId"], { id: m.id, ref: m.personId });
    }
  });

  const at: HoldingAt = { committee: 0, seat: 0, holding: 0 };
  const terms = new TermCheck(file, shaped.committees.values, associationList.length, (k) => inputIndex(shaped.committees, k));
  each(shaped.committees, (c, index, k) => {
    const association = associationAt(c.associationId);
    if (association >= 0) {
      terms.add(k, association);
      lives.checkCommittee(c, index, association);
    } else if (!known.associations.has(c.associationId)) {
      report("ref.committee-association", ["committees", index, "associationId"], { id: c.id, ref: c.associationId });
    }
    checkHoldings(c, index);
  });
  terms.run();

  function checkHoldings(c: Committee, index: number): void {
    at.committee = index;
    for (let s = 0; s < c.seats.length; s++) {
      const holdings = (c.seats[s] as Seat).holdings;
      at.seat = s;
      for (let h = 0; h < holdings.length; h++) {
        const holding = holdings[h] as Holding;
        at.holding = h;
        const found = members.get(holding.memberId);
        const member = shaped.members.values[found];
        if (member === undefined) {
          if (!known.members.has(holding.memberId))
            report("ref.seat-holder", [...holdingPath(at), "memberId"], { id: c.id, ref: holding.memberId });
        } else if (member.associationId !== c.associationId) {
          report("ref.seat-holder-association", [...holdingPath(at), "memberId"], {
            id: c.id,
            ref: holding.memberId,
            memberAssociation: member.associationId,
            association: c.associationId,
          });
        } else {
          checkHoldingInMembership(file, c, holding, at, member, inputIndex(shaped.members, found));
        }
        if (holding.endOn !== undefined && holding.endOn < holding.startOn) {
          dateOrder(report, "holdings", holdingPath(at), c.id, "startOn", holding.startOn, "endOn", holding.endOn);
        }
      }
    }
  }

  each(shaped.activities, (a, index) => {
    const organiser = associationAt(a.organizerId);
    if (organiser >= 0) {
      lives.checkActivity(a, index, organiser);
    } else if (!known.associations.has(a.organizerId)) {
      report("ref.activity-organizer", ["activities", index, "organizerId"], { id: a.id, ref: a.organizerId });
    }
    const coOrganizers = a.coOrganizerIds;
    if (coOrganizers !== undefined) {
      for (let k = 0; k < coOrganizers.length; k++) {
        const co = coOrganizers[k] as string;
        if (!hasAssociation(co)) report("ref.activity-co-organizer", ["activities", index, "coOrganizerIds", k], { id: a.id, ref: co });
      }
    }
    dateOrder(report, "activities", index, a.id, "startsOn", a.startsOn, "endsOn", a.endsOn);
    if (Object.hasOwn(DEPRECATED_ACTIVITY_TYPES, a.type)) {
      const moved = DEPRECATED_ACTIVITY_TYPES[a.type as keyof typeof DEPRECATED_ACTIVITY_TYPES];
      warn("activity.deprecated-type", ["activities", index, "type"], { id: a.id, type: a.type, ...moved });
    }
  });

  each(shaped.facilities, (f, index) => {
    if (!hasAssociation(f.associationId)) {
      report("ref.facility-association", ["facilities", index, "associationId"], { id: f.id, ref: f.associationId });
    }
    if (checkDivisions && !hasDivision(f.divisionCode)) {
      report("ref.facility-division", ["facilities", index, "divisionCode"], { id: f.id, ref: f.divisionCode });
    }
    dateOrder(report, "facilities", index, f.id, "designatedOn", f.designatedOn, "withdrawnOn", f.withdrawnOn);
  });

  each(shaped.outputs, (o, index) => {
    if (!hasAssociation(o.associationId)) {
      report("ref.output-association", ["outputs", index, "associationId"], { id: o.id, ref: o.associationId });
    }
  });

  return issues;
}

/** Ids (or codes) readable on records whose shape failed, so references to them are not reported too. */
export interface KnownIds {
  readonly divisions: ReadonlySet<string>;
  readonly associations: ReadonlySet<string>;
  readonly members: ReadonlySet<string>;
  readonly persons: ReadonlySet<string>;
}

/** Visits each accepted record with its index in the input array and its position among the accepted. */
function each<T>(records: Shaped<T>, visit: (value: T, index: number, k: number) => void): void {
  for (let k = 0; k < records.values.length; k++) visit(records.values[k] as T, inputIndex(records, k), k);
}

/**
 * A look-up that answers a key equal to the last one without looking it up again: records come grouped
 * (the members of one association, the activities one association organised), so most keys repeat the
 * one before.
 */
function repeatAware<A>(lookup: (key: string) => A): (key: string) => A {
  let lastKey: string | undefined;
  let lastAnswer: A | undefined;
  return (key) => {
    if (key !== lastKey) {
      lastKey = key;
      lastAnswer = lookup(key);
    }
    return lastAnswer as A;
  };
}

/**
 * Reports every key that repeats an earlier one, and returns the table from key to the position (in
 * `records`) of its first occurrence, which is the one references resolve to, and each record's key.
 */
function uniqueKeys<T>(
  records: Shaped<T>,
  entity: string,
  keyOf: (value: T) => string,
  field: string,
  report: Filed,
): { table: IdTable; keys: string[] } {
  const keys = records.values.map(keyOf);
  const { table, first } = IdTable.of(keys);
  for (let k = 0; k < first.length; k++) {
    const earlier = first[k] as number;
    if (earlier === k) continue;
    const at = formatPath([entity, inputIndex(records, earlier)]);
    report("id.duplicate", [entity, inputIndex(records, k), field], { entity, id: keys[k] as string, first: at });
  }
  return { table, keys };
}

function dateOrder(
  report: Filed,
  entity: string,
  at: number | IssuePath,
  id: string,
  startField: string,
  start: string,
  endField: string,
  end: string | undefined,
): void {
  // ISO dates compare correctly as strings.
  if (end === undefined || start <= end) return;
  const base = typeof at === "number" ? [entity, at] : at;
  report("date.order", [...base, endField], { entity, id, startField, start, endField, end });
}
