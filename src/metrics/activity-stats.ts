/**
 * Activity statistics (活动统计): counts, participant-times (人次), experts invited and trainees, grouped by
 * calendar year, type, organiser, or organiser subtree.
 *
 * @module
 */
import { ActivityType, type Activity } from "../model/activity.js";
import { yearOf } from "../model/dates.js";
import { buildHierarchy, type Hierarchy } from "../hierarchy/index.js";
import { asDataset, type DatasetOrIndex } from "./dataset-input.js";
import { misuse, quoteValue } from "../issue/misuse.js";
import { requireDate, requireOptions } from "./options.js";

/**
 * What activities can be grouped by: the calendar year they start in, their type, their organiser, or
 * the subtree root (of `subtreeRoots`) their organiser falls under.
 *
 * @example
 * ```ts
 * const by: StatsDimension[] = ["year", "organizer", "type"];
 * ```
 */
export type StatsDimension = "year" | "type" | "organizer" | "subtree";

const DIMENSIONS: readonly StatsDimension[] = ["year", "type", "organizer", "subtree"];

/** The parts of a hierarchy the subtree grouping reads: any hierarchy from `buildHierarchy` fits. */
export type RankedHierarchy = Pick<Hierarchy<unknown>, "size" | "indexOf" | "parentIndexAt">;

/** Options of {@link activityStats}. */
export interface ActivityStatsOptions {
  /** Only activities starting on or before this day count (later ones are plans). */
  readonly asOf: string;
  /** The grouping, in sort priority; `[]` gives one group of everything. */
  readonly by: readonly StatsDimension[];
  /** Only activities starting on or after this day. */
  readonly from?: string;
  /** Only activities starting on or before this day. */
  readonly to?: string;
  /** Only activities of these types. */
  readonly types?: readonly ActivityType[];
  /** Only activities organised by these associations. */
  readonly organizerIds?: readonly string[];
  /** For `"subtree"`: the associations to roll up to; an activity goes to the nearest one above (or at) its organiser. */
  readonly subtreeRoots?: readonly string[];
  /** For `"subtree"`: the association hierarchy; built from the dataset's associations when absent. */
  readonly hierarchy?: RankedHierarchy;
}

/** Sums over a group of activities. Absent optional counts add 0. */
export interface ActivityMeasures {
  /** Number of activities (次/期). */
  readonly activities: number;
  /** Participant-times (人次). */
  readonly participantTimes: number;
  /** Experts invited (邀请专家). */
  readonly expertsInvited: number;
  /** Trainees (培训人数). */
  readonly trainees: number;
  /** Volunteers (志愿者). */
  readonly volunteers: number;
}

/**
 * One group. Keys not grouped by are `null`; with `"subtree"`, `subtreeRootId` is also `null` for
 * activities under none of the roots.
 */
export interface ActivityGroup extends ActivityMeasures {
  readonly year: number | null;
  readonly type: ActivityType | null;
  readonly organizerId: string | null;
  readonly subtreeRootId: string | null;
}

/** The result of {@link activityStats}: plain JSON. */
export interface ActivityStats {
  readonly kind: "activity-stats";
  readonly asOf: string;
  readonly by: readonly StatsDimension[];
  readonly from: string | null;
  readonly to: string | null;
  /** Every activity counted. */
  readonly total: ActivityMeasures;
  /** The non-empty groups, ordered by the `by` keys in turn. */
  readonly groups: readonly ActivityGroup[];
}

interface Accumulator {
  year: number | null;
  type: ActivityType | null;
  organizerId: string | null;
  subtreeRootId: string | null;
  activities: number;
  participantTimes: number;
  expertsInvited: number;
  trainees: number;
  volunteers: number;
}

function requireBy(fn: string, value: unknown): StatsDimension[] {
  if (!Array.isArray(value) || (value as unknown[]).some((d) => !DIMENSIONS.includes(d as StatsDimension))) {
    throw new TypeError(`${fn}: options.by must be an array of ${DIMENSIONS.join(", ")}`);
  }
  return [...new Set(value as StatsDimension[])];
}

function requireStrings(fn: string, name: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || (value as unknown[]).some((s) => typeof s !== "string")) {
    throw new TypeError(`${fn}: options.${name} must be an array of strings`);
  }
  return value as string[];
}

/**
 * For every rank of the hierarchy, the index of the nearest root (of `roots`) at or above it, or -1.
 * One pass in pre-order: a node inherits its parent's owner unless it is a root itself.
 */
function ownersByRank(hierarchy: RankedHierarchy, roots: readonly string[]): { owner: Int32Array; ids: string[] } {
  const ids = [...new Set(roots)].sort();
  const owner = new Int32Array(hierarchy.size).fill(-1);
  const isRoot = new Int32Array(hierarchy.size).fill(-1);
  ids.forEach((id, i) => {
    const rank = hierarchy.indexOf(id);
    if (rank >= 0) isRoot[rank] = i;
  });
  for (let rank = 0; rank < hierarchy.size; rank += 1) {
    const own = isRoot[rank] as number;
    const parent = hierarchy.parentIndexAt(rank);
    owner[rank] = own >= 0 ? own : parent >= 0 ? (owner[parent] as number) : -1;
  }
  return { owner, ids };
}

const TYPE_ORDER = new Map(ActivityType.options.map((type, i) => [type as string, i]));

function compareNullable<T>(a: T | null, b: T | null, less: (x: T, y: T) => number): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return less(a, b);
}

function compareGroups(by: readonly StatsDimension[]): (a: Accumulator, b: Accumulator) => number {
  const byString = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return (a, b) => {
    for (const dimension of by) {
      const order =
        dimension === "year"
          ? compareNullable(a.year, b.year, (x, y) => x - y)
          : dimension === "type"
            ? compareNullable(a.type, b.type, (x, y) => (TYPE_ORDER.get(x) ?? 0) - (TYPE_ORDER.get(y) ?? 0))
            : dimension === "organizer"
              ? compareNullable(a.organizerId, b.organizerId, byString)
              : compareNullable(a.subtreeRootId, b.subtreeRootId, byString);
      if (order !== 0) return order;
    }
    return 0;
  };
}

function measures(group: Accumulator): ActivityMeasures {
  return {
    activities: group.activities,
    participantTimes: group.participantTimes,
    expertsInvited: group.expertsInvited,
    trainees: group.trainees,
    volunteers: group.volunteers,
  };
}

function add(group: Accumulator, activity: Activity): void {
  group.activities += 1;
  group.participantTimes += activity.participantTimes;
  group.expertsInvited += activity.expertsInvited ?? 0;
  group.trainees += activity.trainees ?? 0;
  group.volunteers += activity.volunteers ?? 0;
}

/**
 * Activity statistics grouped by year, type, organiser and/or organiser subtree. A multi-day activity
 * counts once, in the year (and period) it starts, as yearbooks report it; co-organisers are not credited,
 * so no activity is counted twice. Linear in the activities (plus the hierarchy, for subtrees).
 *
 * @throws TypeError when `asOf`, `from` or `to` is not a calendar date, `by` holds an unknown dimension,
 *   or `"subtree"` is asked for without `subtreeRoots`.
 * @example
 * ```ts
 * const stats = activityStats(dataset, { asOf: "2020-09-07", by: ["year", "organizer", "type"], from: "2018-01-01", to: "2018-12-31" });
 * stats.groups.find((g) => g.organizerId === "tc-health" && g.type === "academic-lecture");
 * // { year: 2018, activities: 42, participantTimes: 1320, expertsInvited: 32, … }
 * ```
 */
export function activityStats(input: DatasetOrIndex, options: ActivityStatsOptions): ActivityStats {
  const fn = "activityStats";
  requireOptions(fn, options);
  const asOf = requireDate(fn, "asOf", options.asOf);
  const by = requireBy(fn, options.by);
  const from = options.from === undefined ? null : requireDate(fn, "from", options.from);
  const to = options.to === undefined ? null : requireDate(fn, "to", options.to);
  const types = options.types === undefined ? undefined : new Set(requireStrings(fn, "types", options.types));
  const organizers = options.organizerIds === undefined ? undefined : new Set(requireStrings(fn, "organizerIds", options.organizerIds));
  const dataset = asDataset(fn, input);

  let subtree: { owner: Int32Array; ids: string[]; hierarchy: RankedHierarchy } | undefined;
  if (by.includes("subtree")) {
    const roots = requireStrings(fn, "subtreeRoots", options.subtreeRoots);
    if (roots === undefined) throw new TypeError(`${fn}: options.subtreeRoots is required to group by "subtree"`);
    const hierarchy = options.hierarchy ?? buildHierarchy(dataset.associations).hierarchy;
    if (typeof hierarchy !== "object" || hierarchy === null || typeof hierarchy.indexOf !== "function" || typeof hierarchy.parentIndexAt !== "function") {
      misuse(fn, `options.hierarchy must be a hierarchy from buildHierarchy, got ${quoteValue(hierarchy)}`);
    }
    subtree = { ...ownersByRank(hierarchy, roots), hierarchy };
  }
  const wants = new Set(by);

  const total: Accumulator = { year: null, type: null, organizerId: null, subtreeRootId: null, activities: 0, participantTimes: 0, expertsInvited: 0, trainees: 0, volunteers: 0 };
  const groups = new Map<string, Accumulator>();
  for (const activity of dataset.activities) {
    const start = activity.startsOn;
    if (start > asOf || (from !== null && start < from) || (to !== null && start > to)) continue;
    if (types !== undefined && !types.has(activity.type)) continue;
    if (organizers !== undefined && !organizers.has(activity.organizerId)) continue;

    const year = wants.has("year") ? yearOf(start) : null;
    const type = wants.has("type") ? activity.type : null;
    const organizerId = wants.has("organizer") ? activity.organizerId : null;
    let subtreeRootId: string | null = null;
    if (subtree !== undefined) {
      const rank = subtree.hierarchy.indexOf(activity.organizerId);
      const owner = rank >= 0 ? (subtree.owner[rank] as number) : -1;
      subtreeRootId = owner >= 0 ? (subtree.ids[owner] as string) : null;
    }
    // Ids cannot hold a NUL character, so the joined key is unambiguous.
    const key = `${year ?? ""}\u0000${type ?? ""}\u0000${organizerId ?? ""}\u0000${subtreeRootId ?? ""}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { year, type, organizerId, subtreeRootId, activities: 0, participantTimes: 0, expertsInvited: 0, trainees: 0, volunteers: 0 };
      groups.set(key, group);
    }
    add(group, activity);
    add(total, activity);
  }

  const ordered = [...groups.values()].sort(compareGroups(by)).map(
    (g): ActivityGroup => ({ year: g.year, type: g.type, organizerId: g.organizerId, subtreeRootId: g.subtreeRootId, ...measures(g) }),
  );
  return { kind: "activity-stats", asOf, by, from, to, total: measures(total), groups: ordered };
}
