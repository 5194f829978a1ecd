/**
 * When an activity happens and who runs it, as work coverage and dormancy read it.
 *
 * @module
 */
import type { Activity } from "../model/activity.js";

/**
 * The activity's last day: `endsOn`, or `startsOn` for a one-day activity.
 *
 * @example
 * ```ts
 * lastDayOf({ startsOn: "2018-05-30" }); // → "2018-05-30"
 * ```
 */
export function lastDayOf(activity: Pick<Activity, "startsOn" | "endsOn">): string {
  return activity.endsOn ?? activity.startsOn;
}

/**
 * Whether an activity takes place on at least one day from `from` to `to` (both included).
 *
 * @example
 * ```ts
 * overlaps({ startsOn: "2017-12-30", endsOn: "2018-01-02" }, "2018-01-01", "2018-12-31"); // → true
 * ```
 */
export function overlaps(activity: Pick<Activity, "startsOn" | "endsOn">, from: string, to: string): boolean {
  return activity.startsOn <= to && lastDayOf(activity) >= from;
}

/**
 * The associations that ran an activity: its organiser and, when asked, its co-organisers.
 *
 * @example
 * ```ts
 * runnersOf({ organizerId: "a", coOrganizerIds: ["b"] }, true); // → ["a", "b"]
 * ```
 */
export function runnersOf(activity: Pick<Activity, "organizerId" | "coOrganizerIds">, coOrganizers: boolean): string[] {
  return coOrganizers && activity.coOrganizerIds !== undefined
    ? [activity.organizerId, ...activity.coOrganizerIds]
    : [activity.organizerId];
}
