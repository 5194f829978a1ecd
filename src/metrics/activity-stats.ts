/**
 * Activity statistics (活动统计): counts, participant-times (人次), experts invited, trainees, volunteers
 * and funding, grouped by calendar year, type, campaign, organiser, or organiser subtree.
 *
 * @module
 */
import { ActivityCampaign, ActivityType, isRealActivity, type Activity } from "../model/activity.js";
import { yearOf } from "../model/dates.js";
import { asDataset, type DatasetOrIndex } from "./dataset-input.js";
import {
  compareGroups,
  GroupTable,
  requireDimensions,
  requireStrings,
  requireValues,
  subtreeRootFinder,
  type SubtreeOptions,
} from "./grouping.js";
import { requireDate, requireOptions } from "./options.js";

export type { RankedHierarchy } from "./grouping.js";

/**
 * What activities can be grouped by: the calendar year they start in, their type, the campaign they were
 * held for, their organiser, or the subtree root (of `subtreeRoots`) their organiser falls under.
 *
 * @example
 * ```ts
 * const by: StatsDimension[] = ["year", "organizer", "type"];
 * ```
 */
export type StatsDimension = "year" | "type" | "campaign" | "organizer" | "subtree";

const DIMENSIONS: readonly StatsDimension[] = ["year", "type", "campaign", "organizer", "subtree"];

/** Options of {@link activityStats}. */
export interface ActivityStatsOptions extends SubtreeOptions {
  /** Only activities starting on or before this day count (later ones are plans). */
  readonly asOf: string;
  /** The grouping, in sort priority; `[]` gives one group of everything. */
  readonly by: readonly StatsDimension[];
  /** Only activities starting on or after this day. */
  readonly from?: string;
  /** Only activities starting on or before this day. */
  readonly to?: string;
  /**
   * Only activities of these types. The deprecated types (designations and outputs recorded as
   * activities) are counted only when named here.
   */
  readonly types?: readonly ActivityType[];
  /** Only activities held for at least one of these campaigns (an "of which" row counts each once). */
  readonly campaigns?: readonly ActivityCampaign[];
  /** Only activities organised by these associations. */
  readonly organizerIds?: readonly string[];
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
  /** Funding in whole yuan (元); `toWanYuan` gives the 万元 of the yearly statistics. */
  readonly fundingYuan: number;
}

/**
 * One group. Keys not grouped by are `null`; with `"subtree"`, `subtreeRootId` is also `null` for
 * activities under none of the roots, and with `"campaign"`, `campaign` is `null` for activities held
 * for none.
 */
export interface ActivityGroup extends ActivityMeasures {
  readonly year: number | null;
  readonly type: ActivityType | null;
  readonly campaign: ActivityCampaign | null;
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
  /** Every activity counted, each once. */
  readonly total: ActivityMeasures;
  /** The non-empty groups, ordered by the `by` keys in turn. */
  readonly groups: readonly ActivityGroup[];
}

type Keys = Pick<ActivityGroup, "year" | "type" | "campaign" | "organizerId" | "subtreeRootId">;
type Accumulator = { -readonly [K in keyof ActivityGroup]: ActivityGroup[K] };

const NO_CAMPAIGN: readonly (ActivityCampaign | null)[] = [null];

function accumulator(keys: Keys): Accumulator {
  return { ...keys, activities: 0, participantTimes: 0, expertsInvited: 0, trainees: 0, volunteers: 0, fundingYuan: 0 };
}

function measures(group: Accumulator): ActivityMeasures {
  return {
    activities: group.activities,
    participantTimes: group.participantTimes,
    expertsInvited: group.expertsInvited,
    trainees: group.trainees,
    volunteers: group.volunteers,
    fundingYuan: group.fundingYuan,
  };
}

function add(group: Accumulator, activity: Activity): void {
  group.activities += 1;
  group.participantTimes += activity.participantTimes;
  group.expertsInvited += activity.expertsInvited ?? 0;
  group.trainees += activity.trainees ?? 0;
  group.volunteers += activity.volunteers ?? 0;
  group.fundingYuan += activity.fundingYuan ?? 0;
}

const ORDERS = {
  year: { read: (g: Accumulator) => g.year, order: "number" },
  type: { read: (g: Accumulator) => g.type, order: ActivityType.options },
  campaign: { read: (g: Accumulator) => g.campaign, order: ActivityCampaign.options },
  organizer: { read: (g: Accumulator) => g.organizerId, order: "string" },
  subtree: { read: (g: Accumulator) => g.subtreeRootId, order: "string" },
} as const;

/**
 * Activity statistics grouped by year, type, campaign, organiser and/or organiser subtree. A multi-day
 * activity counts once, in the year (and period) it starts, as yearbooks report it; co-organisers are not
 * credited, so no activity is counted twice. Grouped by campaign, an activity held for two campaigns is
 * in both groups, and once in the total. Records of the deprecated types (designations and outputs that
 * older data sets recorded as activities) are left out unless `types` names them. Linear in the
 * activities (plus the hierarchy, for subtrees).
 *
 * @throws TypeError when `asOf`, `from` or `to` is not a calendar date, `by` holds an unknown dimension,
 *   `campaigns` an unknown campaign, or `"subtree"` is asked for without `subtreeRoots`.
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
  const by = requireDimensions(fn, options.by, DIMENSIONS);
  const from = options.from === undefined ? null : requireDate(fn, "from", options.from);
  const to = options.to === undefined ? null : requireDate(fn, "to", options.to);
  const types = options.types === undefined ? undefined : new Set(requireStrings(fn, "types", options.types));
  const campaigns = requireValues(fn, "campaigns", options.campaigns, ActivityCampaign.options);
  const organizers = options.organizerIds === undefined ? undefined : new Set(requireStrings(fn, "organizerIds", options.organizerIds));
  const dataset = asDataset(fn, input);
  const wants = new Set(by);
  const rootOf = subtreeRootFinder(fn, wants.has("subtree"), options, dataset.associations);

  const total = accumulator({ year: null, type: null, campaign: null, organizerId: null, subtreeRootId: null });
  const groups = new GroupTable<Accumulator>();
  for (const activity of dataset.activities) {
    const start = activity.startsOn;
    if (start > asOf || (from !== null && start < from) || (to !== null && start > to)) continue;
    // A designation or an output recorded as an activity by an older data set is no activity.
    if (types === undefined ? !isRealActivity(activity) : !types.has(activity.type)) continue;
    if (campaigns !== undefined && !(activity.campaigns ?? []).some((c) => campaigns.has(c))) continue;
    if (organizers !== undefined && !organizers.has(activity.organizerId)) continue;

    const year = wants.has("year") ? yearOf(start) : null;
    const type = wants.has("type") ? activity.type : null;
    const organizerId = wants.has("organizer") ? activity.organizerId : null;
    const subtreeRootId = rootOf === undefined ? null : rootOf(activity.organizerId);
    // By campaign, an activity held for two campaigns is in both groups (and once in the total).
    const held = wants.has("campaign") && activity.campaigns !== undefined && activity.campaigns.length > 0 ? new Set(activity.campaigns) : NO_CAMPAIGN;
    for (const campaign of held) {
      const keys: Keys = { year, type, campaign, organizerId, subtreeRootId };
      add(groups.at([year, type, campaign, organizerId, subtreeRootId], () => accumulator(keys)), activity);
    }
    add(total, activity);
  }

  const ordered = groups
    .sorted(compareGroups(by, ORDERS))
    .map(
      (g): ActivityGroup => ({
        year: g.year,
        type: g.type,
        campaign: g.campaign,
        organizerId: g.organizerId,
        subtreeRootId: g.subtreeRootId,
        ...measures(g),
      }),
    );
  return { kind: "activity-stats", asOf, by, from, to, total: measures(total), groups: ordered };
}
