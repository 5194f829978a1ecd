/**
 * Activity statistics (活动统计): counts, participant-times (人次), experts invited, trainees, volunteers
 * and funding, grouped by calendar year, type, campaign, organiser, or organiser subtree.
 *
 * @module
 */
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import { ActivityCampaign, ActivityType, isRealActivity, type Activity } from "../model/activity.js";
import { yearOf } from "../model/dates.js";
import { asDataset, type DatasetOrIndex } from "./dataset-input.js";
import {
  compareGroups,
  groupingSchema,
  GroupTable,
  idSet,
  subtreeRootFinder,
  valueSet,
  type GroupKey,
  type SubtreeOptions,
} from "./grouping.js";
import { periodInOrder, periodShape, type MetricOptions } from "./options.js";

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

/**
 * Options of {@link activityStats}: only activities starting on or before `asOf` count (later ones are
 * plans). `D` is the dimensions grouped by, which the result's group keys follow.
 */
export interface ActivityStatsOptions<D extends StatsDimension = StatsDimension> extends MetricOptions, SubtreeOptions {
  /** The grouping, in sort priority; `[]` gives one group of everything. */
  readonly by: readonly D[];
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
 * One group of activities. Keys not grouped by are `null` ({@link ActivityGroupBy} says which, in its type);
 * with `"subtree"`, `subtreeRootId` is also `null` for activities under none of the roots, and with
 * `"campaign"`, `campaign` is `null` for activities held for none.
 */
export interface ActivityGroup extends ActivityMeasures {
  readonly year: number | null;
  readonly type: ActivityType | null;
  readonly campaign: ActivityCampaign | null;
  readonly organizerId: string | null;
  readonly subtreeRootId: string | null;
}

/**
 * A group of {@link activityStats} grouped by the dimensions `D`: the keys grouped by hold their values, the others
 * are `null`, and typed so.
 *
 * @example
 * ```ts
 * const result = activityStats(dataset, { asOf: "2020-09-07", by: ["year"] });
 * const group: ActivityGroupBy<"year"> | undefined = result.groups[0];
 * typeof group?.year; // → "number"
 * ```
 */
export interface ActivityGroupBy<D extends StatsDimension> extends ActivityGroup {
  readonly year: GroupKey<D, StatsDimension, "year", number>;
  readonly type: GroupKey<D, StatsDimension, "type", ActivityType>;
  readonly campaign: GroupKey<D, StatsDimension, "campaign", ActivityCampaign | null>;
  readonly organizerId: GroupKey<D, StatsDimension, "organizer", string>;
  readonly subtreeRootId: GroupKey<D, StatsDimension, "subtree", string | null>;
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

/**
 * The result of {@link activityStats} grouped by the dimensions `D`, as the call returns it: its groups say which
 * keys they hold.
 *
 * @example
 * ```ts
 * const result: ActivityStatsBy<"year"> = activityStats(dataset, { asOf: "2020-09-07", by: ["year"] });
 * ```
 */
export interface ActivityStatsBy<D extends StatsDimension> extends ActivityStats {
  readonly by: readonly D[];
  /** The non-empty groups, ordered by the `by` keys in turn. */
  readonly groups: readonly ActivityGroupBy<D>[];
}

const optionsSchema = lazy(() =>
  groupingSchema(DIMENSIONS, {
    ...periodShape(),
    types: valueSet(ActivityType.options).optional(),
    campaigns: valueSet(ActivityCampaign.options).optional(),
    organizerIds: idSet().optional(),
  }).superRefine(periodInOrder),
);

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
export function activityStats<const D extends StatsDimension>(input: DatasetOrIndex, options: ActivityStatsOptions<D>): ActivityStatsBy<D> {
  const fn = "activityStats";
  const dataset = asDataset(fn, input);
  const checked = checkOptions(fn, optionsSchema(), options);
  const { asOf, by, types, campaigns, organizerIds: organizers } = checked;
  const from = checked.from ?? null;
  const to = checked.to ?? null;
  const wants = new Set(by);
  const rootOf = subtreeRootFinder(wants.has("subtree"), checked, dataset.associations);

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
    const held =
      wants.has("campaign") && activity.campaigns !== undefined && activity.campaigns.length > 0
        ? new Set(activity.campaigns)
        : NO_CAMPAIGN;
    for (const campaign of held) {
      const keys: Keys = { year, type, campaign, organizerId, subtreeRootId };
      add(
        groups.at([year, type, campaign, organizerId, subtreeRootId], () => accumulator(keys)),
        activity,
      );
    }
    add(total, activity);
  }

  const ordered = groups.sorted(compareGroups(by, ORDERS)).map((g): ActivityGroup => ({
    year: g.year,
    type: g.type,
    campaign: g.campaign,
    organizerId: g.organizerId,
    subtreeRootId: g.subtreeRootId,
    ...measures(g),
  }));
  // The groups' keys are null exactly where `by` leaves them out, as ActivityGroup<D> says.
  return {
    kind: "activity-stats",
    asOf,
    by: by as D[],
    from,
    to,
    total: measures(total),
    groups: ordered as unknown as ActivityGroupBy<D>[],
  };
}
