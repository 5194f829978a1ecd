/**
 * Activity (活动): something an association organises, counted in the statistics.
 *
 * @module
 */
import * as z from "zod";
import { Extra } from "./extra.js";
import { CalendarDate, Count, Id, Name } from "./primitives.js";

/**
 * Activity types, after CAST's statistical reporting: 学术讲座, 培训班, 科普活动, 开放日, 竞赛, 夏令营,
 * 志愿服务, 示范基地, 示范户, 论文, 成果申报, and other.
 *
 * @example
 * ```ts
 * ActivityType.parse("academic-lecture");
 * ```
 */
export const ActivityType = z.enum([
  "academic-lecture",
  "training-class",
  "popularisation-event",
  "open-day",
  "competition",
  "summer-camp",
  "volunteer-service",
  "demonstration-base",
  "demonstration-household",
  "paper",
  "award-application",
  "other",
]);
/** An activity type; see {@link ActivityType}. */
export type ActivityType = z.infer<typeof ActivityType>;

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
 * An activity. Attendance is in person-times (人次), not people. An activity without `endsOn` lasts one day.
 *
 * @example
 * ```ts
 * Activity.parse({
 *   id: "act-1", organizerId: "tc-health", type: "academic-lecture",
 *   startsOn: "2018-03-02", participantTimes: 30, expertsInvited: 1,
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
});
/** An activity; see {@link Activity}. */
export type Activity = z.infer<typeof Activity>;
