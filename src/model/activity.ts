/**
 * Activity (活动): something an association organises for people, counted in the statistics.
 *
 * Designations (a demonstration base, a bulletin board) are facilities and papers or awards are outputs:
 * neither is an activity (see `facility.ts` and `output.ts`).
 *
 * @module
 */
import * as z from "zod";
import { Extra } from "./extra.js";
import { CalendarDate, Count, Id, Name } from "./primitives.js";

/**
 * Activity types, after the rows of CAST's yearly statistical report (表3 学术交流, 表5 科学技术普及):
 * 学术讲座, 国内学术交流, 国际学术交流, 培训班, 科普活动, 科普讲座, 专家科普报告会, 专题展览, 科技咨询,
 * 开放日, 竞赛, 夏令营, 志愿服务, other; and four types kept only so that old data sets still parse
 * ({@link DEPRECATED_ACTIVITY_TYPES}: 示范基地, 示范户, 论文, 成果申报), which count as no activity.
 *
 * @example
 * ```ts
 * ActivityType.parse("expert-report");
 * ```
 */
export const ActivityType = z.enum([
  "academic-lecture",
  "academic-exchange",
  "international-academic-exchange",
  "training-class",
  "popularisation-event",
  "popular-science-lecture",
  "expert-report",
  "exhibition",
  "consultation",
  "open-day",
  "competition",
  "summer-camp",
  "volunteer-service",
  "other",
  "demonstration-base",
  "demonstration-household",
  "paper",
  "award-application",
]);
/** An activity type; see {@link ActivityType}. */
export type ActivityType = z.infer<typeof ActivityType>;

/**
 * The activity types that are not activities, kept readable for data sets written before facilities and
 * outputs existed, with the collection and kind each belongs in now. `parseDataset` reports every use
 * as the warning `activity.deprecated-type`, and no metric or checklist counts them as activity.
 *
 * @example
 * ```ts
 * DEPRECATED_ACTIVITY_TYPES.paper; // → { collection: "outputs", kind: "paper" }
 * ```
 */
export const DEPRECATED_ACTIVITY_TYPES = Object.freeze({
  "demonstration-base": Object.freeze({ collection: "facilities", kind: "demonstration-base" }),
  "demonstration-household": Object.freeze({ collection: "facilities", kind: "demonstration-household" }),
  paper: Object.freeze({ collection: "outputs", kind: "paper" }),
  "award-application": Object.freeze({ collection: "outputs", kind: "award" }),
} as const);

/**
 * Whether a record of the activities collection is a real activity: any type but the deprecated ones
 * (designations and outputs recorded as activities by older data sets). Only real activities make an
 * association count as working (五有, work coverage, dormancy, activity statistics).
 *
 * @example
 * ```ts
 * isRealActivity({ type: "training-class" }); // → true
 * isRealActivity({ type: "paper" }); // → false
 * ```
 */
export function isRealActivity(activity: Pick<Activity, "type">): boolean {
  return !Object.hasOwn(DEPRECATED_ACTIVITY_TYPES, activity.type);
}

/**
 * Campaigns an activity belongs to, which the statistics count separately ("其中 属于全国科普日、科技周活动"):
 * 全国科普日 (the third weekend of September), 科技活动周 (May) and 全国科技工作者日 (30 May).
 *
 * @example
 * ```ts
 * ActivityCampaign.parse("national-science-day");
 * ```
 */
export const ActivityCampaign = z.enum(["national-science-day", "science-week", "sci-tech-workers-day"]);
/** A campaign; see {@link ActivityCampaign}. */
export type ActivityCampaign = z.infer<typeof ActivityCampaign>;

/**
 * The 科普"六进" venues: into agencies, enterprises, villages, schools, communities and families.
 *
 * @example
 * ```ts
 * Venue.parse("school");
 * ```
 */
export const Venue = z.enum(["agency", "enterprise", "village", "school", "community", "family"]);
/** A 六进 venue; see {@link Venue}. */
export type Venue = z.infer<typeof Venue>;

/**
 * An amount of money in whole yuan (元), from 0 to 10¹². Amounts are stored in yuan, not in the 万元 the
 * yearly statistics print, so that sums are exact; convert for a report with `toWanYuan`.
 *
 * @example
 * ```ts
 * Yuan.parse(35000); // 3.5 万元
 * Yuan.safeParse(0.5).success; // false: whole yuan only
 * ```
 */
export const Yuan = z.int().min(0).max(1_000_000_000_000);

/**
 * An activity. Attendance is in person-times (人次), not people. An activity without `endsOn` lasts one day.
 *
 * @example
 * ```ts
 * Activity.parse({
 *   id: "act-1", organizerId: "tc-health", type: "academic-lecture",
 *   startsOn: "2018-03-02", participantTimes: 30, expertsInvited: 1,
 *   campaigns: ["sci-tech-workers-day"], fundingYuan: 2000,
 * });
 * ```
 */
export const Activity = z.strictObject({
  id: Id,
  organizerId: Id,
  coOrganizerIds: z.array(Id).max(100).optional(),
  type: ActivityType,
  title: Name.optional(),
  startsOn: CalendarDate,
  endsOn: CalendarDate.optional(),
  participantTimes: Count,
  expertsInvited: Count.optional(),
  trainees: Count.optional(),
  volunteers: Count.optional(),
  venues: z.array(Venue).max(6).optional(),
  /** Values the model has no field for (unknown spreadsheet columns), kept as read. */
  extra: Extra.optional(),
  /** The campaigns (全国科普日, 科技活动周, 全国科技工作者日) the activity was held for. */
  campaigns: z.array(ActivityCampaign).max(3).optional(),
  /** What the activity cost, in whole yuan (元). */
  fundingYuan: Yuan.optional(),
});
/** An activity; see {@link Activity}. */
export type Activity = z.infer<typeof Activity>;
