/**
 * The checks that look across records: unique ids, references that resolve, dates in order, division
 * codes that agree with their parents. Each runs in one linear pass over maps built once.
 *
 * @module
 */
import { createIssue, formatPath, type Issue, type IssuePath, type Locale } from "../issue/issue.js";
import { DEPRECATED_ACTIVITY_TYPES, type Activity } from "../model/activity.js";
import type { Association } from "../model/association.js";
import type { Committee } from "../model/committee.js";
import type { Division } from "../model/division.js";
import { levelOfCode, parentCodeOf } from "../model/division.js";
import type { Facility } from "../model/facility.js";
import { IdTable } from "../model/id-table.js";
import type { Member } from "../model/member.js";
import type { Person } from "../model/person.js";
import type { Output } from "../model/output.js";
import { DATASET_MESSAGES, type DatasetIssueCode } from "./messages.js";

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

type Params = Readonly<Record<string, string | number>>;

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
 * const issues = crossCheck(shaped, knownIds, "en");
 * ```
 */
export function crossCheck(shaped: ShapedCollections, known: KnownIds, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const report = (code: DatasetIssueCode, path: IssuePath, params: Params): void => {
    issues.push(createIssue(DATASET_MESSAGES, code, "error", path, params, locale));
  };
  const warn = (code: DatasetIssueCode, path: IssuePath, params: Params): void => {
    issues.push(createIssue(DATASET_MESSAGES, code, "warning", path, params, locale));
  };

  const divisionCodes = uniqueKeys(shaped.divisions, "divisions", (d) => d.code, "code", report);
  const associations = uniqueKeys(shaped.associations, "associations", (a) => a.id, "id", report);
  uniqueKeys(shaped.committees, "committees", (c) => c.id, "id", report);
  const members = uniqueKeys(shaped.members, "members", (m) => m.id, "id", report);
  uniqueKeys(shaped.activities, "activities", (a) => a.id, "id", report);
  const persons = uniqueKeys(shaped.persons, "persons", (p) => p.id, "id", report);
  uniqueKeys(shaped.facilities, "facilities", (f) => f.id, "id", report);
  uniqueKeys(shaped.outputs, "outputs", (o) => o.id, "id", report);

  const hasAssociation = repeatAware((id) => associations.get(id) >= 0 || known.associations.has(id));
  const hasDivision = repeatAware((code) => divisionCodes.get(code) >= 0 || known.divisions.has(code));
  const checkDivisions = shaped.divisions.values.length > 0 || known.divisions.size > 0;

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

  each(shaped.associations, (a, index) => {
    if (a.parentId !== undefined && !hasAssociation(a.parentId)) {
      report("ref.association-parent", ["associations", index, "parentId"], { id: a.id, ref: a.parentId });
    }
    if (checkDivisions && a.divisionCode !== undefined && !hasDivision(a.divisionCode)) {
      report("ref.association-division", ["associations", index, "divisionCode"], { id: a.id, ref: a.divisionCode });
    }
    dateOrder(report, "associations", index, a.id, "establishedOn", a.establishedOn, "dissolvedOn", a.dissolvedOn);
    for (const field of ["approvals", "congressPostponements"] as const) {
      a[field]?.forEach((approval, k) => {
        if (approval.associationId !== undefined && !hasAssociation(approval.associationId)) {
          report("ref.approval-association", ["associations", index, field, k, "associationId"], { id: a.id, ref: approval.associationId });
        }
      });
    }
  });

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

  each(shaped.committees, (c, index) => {
    if (!hasAssociation(c.associationId)) {
      report("ref.committee-association", ["committees", index, "associationId"], { id: c.id, ref: c.associationId });
    }
    c.seats.forEach((seat, s) => {
      seat.holdings.forEach((holding, h) => {
        const path = ["committees", index, "seats", s, "holdings", h];
        const member = shaped.members.values[members.get(holding.memberId)];
        if (member === undefined) {
          if (!known.members.has(holding.memberId)) {
            report("ref.seat-holder", [...path, "memberId"], { id: c.id, ref: holding.memberId });
          }
        } else if (member.associationId !== c.associationId) {
          report("ref.seat-holder-association", [...path, "memberId"], {
            id: c.id,
            ref: holding.memberId,
            memberAssociation: member.associationId,
            association: c.associationId,
          });
        }
        dateOrder(report, "holdings", path, c.id, "startOn", holding.startOn, "endOn", holding.endOn);
      });
    });
  });

  each(shaped.activities, (a, index) => {
    if (!hasAssociation(a.organizerId)) {
      report("ref.activity-organizer", ["activities", index, "organizerId"], { id: a.id, ref: a.organizerId });
    }
    a.coOrganizerIds?.forEach((co, k) => {
      if (!hasAssociation(co)) {
        report("ref.activity-co-organizer", ["activities", index, "coOrganizerIds", k], { id: a.id, ref: co });
      }
    });
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

/** Visits each accepted record with its index in the input array. */
function each<T>(records: Shaped<T>, visit: (value: T, index: number) => void): void {
  for (let k = 0; k < records.values.length; k++) visit(records.values[k] as T, inputIndex(records, k));
}

/**
 * A look-up that answers a key equal to the last one without looking it up again: records come grouped
 * (the members of one association, the activities one association organised), so most keys repeat the
 * one before.
 */
function repeatAware(lookup: (key: string) => boolean): (key: string) => boolean {
  let lastKey: string | undefined;
  let lastAnswer = false;
  return (key) => {
    if (key !== lastKey) {
      lastKey = key;
      lastAnswer = lookup(key);
    }
    return lastAnswer;
  };
}

/**
 * Reports every key that repeats an earlier one, and returns the table from key to the position (in
 * `records`) of its first occurrence, which is the one references resolve to.
 */
function uniqueKeys<T>(
  records: Shaped<T>,
  entity: string,
  keyOf: (value: T) => string,
  field: string,
  report: (code: DatasetIssueCode, path: IssuePath, params: Params) => void,
): IdTable {
  const { table, first } = IdTable.of(records.values.map(keyOf));
  for (let k = 0; k < first.length; k++) {
    const earlier = first[k] as number;
    if (earlier === k) continue;
    const id = keyOf(records.values[k] as T);
    const at = formatPath([entity, inputIndex(records, earlier)]);
    report("id.duplicate", [entity, inputIndex(records, k), field], { entity, id, first: at });
  }
  return table;
}

function dateOrder(
  report: (code: DatasetIssueCode, path: IssuePath, params: Params) => void,
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
