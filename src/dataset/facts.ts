/**
 * Facts across records that must agree in time and place: no association guides itself through its
 * parents, a child's division lies inside its parent's, an association's kind fits the level its code
 * names, committees, seats and activities fall within the lives of the records they belong to, and term
 * numbers follow election dates. `crossCheck` calls these with records it has already looked up, so none
 * of them looks anything up again.
 *
 * @module
 */
import { formatPath, type IssuePath, type Locale, type Severity } from "../issue/issue.js";
import type { Activity } from "../model/activity.js";
import type { Association, AssociationKind } from "../model/association.js";
import type { Committee, Holding } from "../model/committee.js";
import type { DivisionLevel, DivisionSubKind } from "../model/division.js";
import { LEVEL_BY_LENGTH, namedLength, namesWithin, subKindOf } from "../model/division-code.js";
import { label } from "../model/labels.js";
import type { Member } from "../model/member.js";
import { cycleParams, findCycles } from "../model/parent-cycles.js";
import type { DatasetIssueCode, DatasetIssueParams } from "./messages.js";

/** Files one issue. */
export type Report = <K extends DatasetIssueCode>(code: K, severity: Severity, path: IssuePath, params: DatasetIssueParams<K>) => void;

/**
 * Reports every cycle of parent links, once each, at the `parentId` of the record on it that comes first
 * in the input, with the ids on it in order (see `findCycles`).
 *
 * @param parentIndex each association's parent, as a position among `ids`, or -1
 * @param ids each association's id, by position
 * @param inputIndex the input index of the association at a position
 */
export function reportParentCycles(
  report: Report,
  parentIndex: Int32Array,
  ids: readonly string[],
  inputIndex: (k: number) => number,
): void {
  const cycles = findCycles(parentIndex);
  if (cycles.length === 0) return;
  // Found in the order the walks met them; reported in the order of the records they start at.
  const startingAt = new Int32Array(parentIndex.length).fill(-1);
  for (let c = 0; c < cycles.length; c += 1) startingAt[(cycles[c] as number[])[0] as number] = c;
  for (let k = 0; k < startingAt.length; k += 1) {
    const c = startingAt[k] as number;
    if (c < 0) continue;
    report("association.parent-cycle", "error", ["associations", inputIndex(k), "parentId"], cycleParams(cycles[c] as number[], ids));
  }
}

/**
 * Reports a child association whose division does not lie inside its parent's (both codes given; a
 * zero-padded tail is no part of a code, so `340881100000` lies inside `340800`).
 */
export function checkDivisionUnderParent(
  report: Report,
  child: Association,
  index: number,
  parent: Association,
  parentIndex: number,
): void {
  const code = child.divisionCode;
  const area = parent.divisionCode;
  // A code that starts with the area's code as written is inside it; only other pairs need the digits
  // that name each unit (a literal prefix is the common case, and the native compare is the quick one).
  if (code === undefined || area === undefined || code.startsWith(area) || namesWithin(code, area)) return;
  report("association.division-outside-parent", "error", ["associations", index, "divisionCode"], {
    id: child.id,
    divisionCode: code,
    ref: parent.id,
    refPath: formatPath(["associations", parentIndex]),
    refDivisionCode: area,
  });
}

interface AreaFit {
  /** The levels a code of this kind may name. */
  readonly levels: readonly DivisionLevel[];
  /** The sub-kinds its code range may mean, when the range means one; any when absent. */
  readonly subKinds?: readonly DivisionSubKind[];
}

// Codes 400–599 are "similar units" (development zones, farms, mining areas): a sub-district or township
// association on one is accepted, since the range does not say which of them the unit is.
const AREA_FITS: Partial<Readonly<Record<AssociationKind, AreaFit>>> = {
  provincial: { levels: ["province"] },
  prefectural: { levels: ["prefecture"] },
  county: { levels: ["county"] },
  subdistrict: { levels: ["township"], subKinds: ["subdistrict", "development-zone"] },
  township: { levels: ["township"], subKinds: ["town", "township", "development-zone"] },
  // A state-level zone has a county-level code of its own; a smaller one a township-level code.
  "development-zone": { levels: ["county", "township"], subKinds: ["development-zone"] },
  community: { levels: ["village"], subKinds: ["residents-committee"] },
  village: { levels: ["village"], subKinds: ["villagers-committee"] },
};

/**
 * Reports an association of a kind tied to an area level whose division code names a unit of another
 * level (an error), or of the same level but another sub-kind by its code range (a warning: a town made a
 * sub-district keeps its old code for a while). Kinds not tied to an area (enterprises, agencies, schools,
 * societies, the national association) may carry any code.
 *
 * A code in the data set's division list names the division listed there, whose level its length gives
 * (lists hold a few units whose own part is zeros, such as 东莞市 `441900` at county level); any other
 * code is read by the code standards, where a zero-padded tail only pads (`340881100000` is a township).
 */
export function checkKindFitsCode(report: Report, association: Association, index: number, listed: boolean, locale: Locale): void {
  const code = association.divisionCode;
  if (code === undefined) return;
  const fit = AREA_FITS[association.kind];
  if (fit === undefined) return;
  const level = LEVEL_BY_LENGTH[listed ? code.length : namedLength(code)] as DivisionLevel;
  if (!fit.levels.includes(level)) {
    report("association.kind-level", "error", ["associations", index, "divisionCode"], {
      id: association.id,
      kind: association.kind,
      kindLabel: label("associationKind", association.kind, locale),
      divisionCode: code,
      level,
      levelLabel: label("divisionLevel", level, locale),
      expected: fit.levels.join(", "),
      expectedLabel: fit.levels.map((l) => label("divisionLevel", l, locale)).join(locale === "en" ? " or " : "或"),
    });
    return;
  }
  const subKind = subKindOf(code, level);
  if (subKind === undefined || fit.subKinds === undefined || fit.subKinds.includes(subKind)) return;
  report("association.kind-sub-kind", "warning", ["associations", index, "divisionCode"], {
    id: association.id,
    kind: association.kind,
    kindLabel: label("associationKind", association.kind, locale),
    divisionCode: code,
    subKind,
    subKindLabel: label("divisionSubKind", subKind, locale),
  });
}

/** A date as the number yyyymmdd, which orders as the date does; the date's shape is already checked. */
function dayNumber(date: string): number {
  let n = 0;
  for (let k = 0; k < 10; k += 1) if (k !== 4 && k !== 7) n = n * 10 + date.charCodeAt(k) - 48;
  return n;
}

/** The `until` of a life that has not ended. */
const OPEN = 0x7fffffff;

/**
 * The lives of the associations, as day numbers in typed arrays by position, and the checks of what must
 * fall within them: committees elected and activities started after the association was established and
 * before the day it was dissolved (`dissolvedOn` is the first day it no longer exists). Reading two
 * numbers from an array costs far less than reaching an association record and its date strings for each
 * of a million activities, each a read from another part of memory.
 */
export class AssociationLives {
  readonly #report: Report;
  readonly #associations: readonly Association[];
  readonly #inputIndex: (k: number) => number;
  readonly #from: Int32Array;
  readonly #until: Int32Array;

  /** `inputIndex` gives the input index of the association at a position. */
  constructor(report: Report, associations: readonly Association[], inputIndex: (k: number) => number) {
    this.#report = report;
    this.#associations = associations;
    this.#inputIndex = inputIndex;
    this.#from = new Int32Array(associations.length);
    this.#until = new Int32Array(associations.length);
    for (let k = 0; k < associations.length; k += 1) {
      const association = associations[k] as Association;
      this.#from[k] = dayNumber(association.establishedOn);
      this.#until[k] = association.dissolvedOn === undefined ? OPEN : dayNumber(association.dissolvedOn);
    }
  }

  /** Reports committee `committee` (at input `index`) when elected outside the life of the association at position `k`. */
  checkCommittee(committee: Committee, index: number, k: number): void {
    this.#check(COMMITTEE_IN_LIFE, committee.id, index, committee.electedOn, k);
  }

  /**
   * Reports activity `activity` (at input `index`) when it starts outside the life of its organiser at
   * position `k`. The start day decides: an activity of several days is judged by the day it begins.
   */
  checkActivity(activity: Activity, index: number, k: number): void {
    this.#check(ACTIVITY_IN_LIFE, activity.id, index, activity.startsOn, k);
  }

  #check(what: InLife, id: string, index: number, day: string, k: number): void {
    const n = dayNumber(day);
    const from = this.#from[k] as number;
    if (n >= from && n < (this.#until[k] as number)) return;
    const owner = this.#associations[k] as Association;
    const at = [what.collection, index, what.field];
    const params = { id, [what.field]: day, ref: owner.id, refPath: formatPath(["associations", this.#inputIndex(k)]) };
    if (n < from) this.#report(what.before, "error", at, { ...params, establishedOn: owner.establishedOn });
    else this.#report(what.after, "error", at, { ...params, dissolvedOn: owner.dissolvedOn ?? null });
  }
}

/** A record that must fall within an association's life: where its day is, and its two codes. */
interface InLife {
  readonly collection: "committees" | "activities";
  readonly field: "electedOn" | "startsOn";
  readonly before: DatasetIssueCode;
  readonly after: DatasetIssueCode;
}

const COMMITTEE_IN_LIFE: InLife = {
  collection: "committees",
  field: "electedOn",
  before: "committee.before-established",
  after: "committee.after-dissolved",
};
const ACTIVITY_IN_LIFE: InLife = {
  collection: "activities",
  field: "startsOn",
  before: "activity.before-established",
  after: "activity.after-dissolved",
};

/**
 * Reports a seat held by a member before the day the member joined, or on or after the day the member
 * left (`leftOn` is the first day the member no longer belongs; a holding's `endOn` is its last day, and
 * an open holding of a member who left is held after it). `at` is where the holding is: the committee's
 * input index, then the seat's and the holding's.
 */
export function checkHoldingInMembership(
  report: Report,
  committee: Committee,
  holding: Holding,
  at: HoldingAt,
  member: Member,
  memberIndex: number,
): void {
  // ISO dates compare as strings. Most members never leave, and the seat holders are few among them, so
  // their dates are read where they are rather than tabled like the associations'.
  const before = holding.startOn < member.joinedOn;
  const { leftOn } = member;
  if (!before && (leftOn === undefined || (holding.endOn !== undefined && holding.endOn < leftOn))) return;
  const path = holdingPath(at);
  const params = {
    id: committee.id,
    ref: member.id,
    refPath: formatPath(["members", memberIndex]),
    startOn: holding.startOn,
    endOn: holding.endOn ?? null,
  };
  if (before) report("holding.before-joined", "error", [...path, "startOn"], { ...params, joinedOn: member.joinedOn });
  else report("holding.after-left", "error", path, { ...params, leftOn: leftOn ?? null });
}

/**
 * Where a holding is. `crossCheck` keeps one and moves it along rather than allocate a path per holding.
 */
export interface HoldingAt {
  committee: number;
  seat: number;
  holding: number;
}

/** The input path of a holding. */
export function holdingPath(at: HoldingAt): IssuePath {
  return ["committees", at.committee, "seats", at.seat, "holdings", at.holding];
}

/**
 * Committees of one association, in term order, checked against each other: a term number used twice
 * (each repeat reported against the first in the input), and a committee elected before a committee of
 * an earlier term (strictly before: the same day is accepted). Each association's committees are
 * grouped once by the caller; a group is sorted only when it holds more than one.
 */
export class TermCheck {
  readonly #committees: readonly Committee[];
  readonly #inputIndex: (k: number) => number;
  readonly #report: Report;
  /** The first committee of each association (by position), or -1; then each committee's next. */
  readonly #head: Int32Array;
  readonly #next: Int32Array;
  readonly #group: number[] = [];
  readonly #byTerm = (x: number, y: number): number =>
    (this.#committees[x] as Committee).term - (this.#committees[y] as Committee).term || x - y;

  /** `inputIndex` gives the input index of the committee at a position. */
  constructor(report: Report, committees: readonly Committee[], associationCount: number, inputIndex: (k: number) => number) {
    this.#report = report;
    this.#committees = committees;
    this.#inputIndex = inputIndex;
    this.#head = new Int32Array(associationCount).fill(-1);
    this.#next = new Int32Array(committees.length).fill(-1);
  }

  /** Files committee `k` (a position in the committee list) under association `association`. */
  add(k: number, association: number): void {
    this.#next[k] = this.#head[association] as number;
    this.#head[association] = k;
  }

  /** Checks every association's committees against each other. */
  run(): void {
    const head = this.#head;
    for (let a = 0; a < head.length; a += 1) {
      const first = head[a] as number;
      if (first >= 0 && (this.#next[first] as number) >= 0) this.#checkGroup(first);
    }
  }

  #checkGroup(first: number): void {
    const group = this.#group;
    group.length = 0;
    for (let k = first; k >= 0; k = this.#next[k] as number) group.push(k);
    group.sort(this.#byTerm);
    const committees = this.#committees;
    // The committee of a lower term elected last, and the first committee of the current term.
    let latest = -1;
    let latestOfLower = -1;
    let termStart = -1;
    for (const k of group) {
      const committee = committees[k] as Committee;
      const start = termStart < 0 ? undefined : (committees[termStart] as Committee);
      if (start !== undefined && start.term === committee.term) {
        this.#report("committee.term-duplicate", "error", ["committees", this.#inputIndex(k), "term"], {
          id: committee.id,
          term: committee.term,
          association: committee.associationId,
          ref: start.id,
          refPath: formatPath(["committees", this.#inputIndex(termStart)]),
        });
      } else {
        termStart = k;
        latestOfLower = latest;
      }
      const earlier = latestOfLower < 0 ? undefined : (committees[latestOfLower] as Committee);
      if (earlier !== undefined && committee.electedOn < earlier.electedOn) {
        this.#report("committee.term-order", "error", ["committees", this.#inputIndex(k), "electedOn"], {
          id: committee.id,
          term: committee.term,
          electedOn: committee.electedOn,
          ref: earlier.id,
          refPath: formatPath(["committees", this.#inputIndex(latestOfLower)]),
          refTerm: earlier.term,
          refElectedOn: earlier.electedOn,
        });
      }
      if (latest < 0 || committee.electedOn > (committees[latest] as Committee).electedOn) latest = k;
    }
  }
}
