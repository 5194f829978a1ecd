/**
 * Dormant ("hollow", 空壳) associations: those that exist on paper but ran no activity for months, or
 * whose committee's term has run out without a new election.
 *
 * @module
 */
import * as z from "zod";
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import { deadlineAfterPostponement, postponedUntil } from "../model/approval.js";
import { isRealActivity } from "../model/activity.js";
import { isActiveOn, type AssociationKind } from "../model/association.js";
import { committeeOn, DEFAULT_TERM_YEARS, termEndOf } from "../model/committee-status.js";
import { addMonthsToDate } from "../model/dates.js";
import { listOf } from "../_lib/list-of.js";
import { lastDayOf, runnersOf } from "./activity-span.js";
import { asIndex, type DatasetOrIndex } from "./dataset-input.js";
import { OPTION_BOUNDS } from "../_lib/option-bounds.js";
import { numberOption } from "../model/option-schemas.js";
import { inScope, kindList, scopedShape, type ScopedMetricOptions } from "./options.js";

import { ratioOf } from "./ratio.js";

/** Options of {@link dormantAssociations}. */
export interface DormancyOptions extends ScopedMetricOptions {
  /** How many months without an activity make an association dormant: a whole number, 1–1200. */
  readonly months: number;
  /** Only associations of these kinds; default any kind. */
  readonly kinds?: readonly AssociationKind[];
  /** Whether co-organising an activity counts; default true. */
  readonly coOrganizers?: boolean;
  /** The term length of committees that record none, 1–20; default {@link DEFAULT_TERM_YEARS}. */
  readonly defaultTermYears?: number;
}

const optionsSchema = lazy(() =>
  z.object({
    ...scopedShape(),
    months: numberOption(OPTION_BOUNDS.windowMonths),
    kinds: kindList().optional(),
    coOrganizers: z.boolean().optional(),
    defaultTermYears: numberOption(OPTION_BOUNDS.termYears).optional(),
  }),
);

/** Why an association is dormant, in report order. */
export type DormancyReason = "no-activity" | "committee-expired";

/** One dormant association. */
export interface DormantAssociation {
  readonly id: string;
  readonly name: string;
  readonly associationKind: AssociationKind;
  /** The last day on or before `asOf` on which it ran an activity, or `null` if never. */
  readonly lastActivityOn: string | null;
  /** The committee in office, or `null` when none has been elected. */
  readonly committeeId: string | null;
  /** That committee's last day of term (later under an approved congress postponement), or `null` without a committee. */
  readonly termEndsOn: string | null;
  readonly reasons: readonly DormancyReason[];
}

/** The result of {@link dormantAssociations}: plain JSON. */
export interface Dormancy {
  readonly kind: "dormancy";
  readonly asOf: string;
  readonly months: number;
  /** The window's day before its first: an activity must end after it to count. */
  readonly since: string;
  readonly kinds: readonly AssociationKind[] | null;
  readonly scope: string | null;
  /** Associations examined (active on `asOf`, of the kinds, in the scope). */
  readonly total: number;
  readonly dormant: number;
  /** `dormant / total`, or `null` when none were examined. */
  readonly ratio: number | null;
  /** The dormant associations, by id. */
  readonly associations: readonly DormantAssociation[];
}

/**
 * The associations active on a date that ran no activity in the `months` months up to it (no activity
 * day after `asOf − months`), or whose committee in office has passed its term end. Only real activities
 * count: a published paper or a designated base is not one (see `isRealActivity`). An association with
 * no committee at all is not dormant on that ground (committees of villages are often not recorded); its
 * `committeeId` is `null`.
 *
 * @throws TypeError when `asOf`, `months`, `kinds`, `scope` or `defaultTermYears` is malformed.
 * @example
 * ```ts
 * const result = dormantAssociations(dataset, { asOf: "2020-09-07", months: 12 });
 * result.associations.map((a) => a.reasons); // e.g. [["no-activity"], ["committee-expired"]]
 * ```
 */
export function dormantAssociations(input: DatasetOrIndex, options: DormancyOptions): Dormancy {
  const fn = "dormantAssociations";
  const index = asIndex(fn, input);
  const { asOf, scope, months, ...rest } = checkOptions(fn, optionsSchema(), options);
  const kinds = rest.kinds ?? null;
  const coOrganizers = rest.coOrganizers !== false;
  const termYears = rest.defaultTermYears ?? DEFAULT_TERM_YEARS;
  const since = addMonthsToDate(asOf, -months);

  // The last activity day on or before asOf, per association: activities after asOf are plans.
  const lastDay = new Map<string, string>();
  for (const activity of index.dataset.activities) {
    // A paper or a designation recorded as an activity by an older data set is no sign of life.
    if (activity.startsOn > asOf || !isRealActivity(activity)) continue;
    const end = lastDayOf(activity);
    const day = end < asOf ? end : asOf;
    for (const id of runnersOf(activity, coOrganizers)) {
      const current = lastDay.get(id);
      if (current === undefined || day > current) lastDay.set(id, day);
    }
  }

  let total = 0;
  const rows: DormantAssociation[] = [];
  for (const association of index.associationById.values()) {
    if (kinds !== null && !kinds.includes(association.kind)) continue;
    if (!isActiveOn(association, asOf) || !inScope(association.divisionCode, scope)) continue;
    total += 1;
    const lastActivityOn = lastDay.get(association.id) ?? null;
    const committee = committeeOn(listOf(index.committeesByAssociation, association.id), asOf);
    // An approved postponement of the congress extends the term, as the charter rules read it.
    const termEndsOn =
      committee === undefined
        ? null
        : deadlineAfterPostponement(termEndOf(committee, termYears), postponedUntil(association, committee.electedOn, asOf));
    const reasons: DormancyReason[] = [];
    if (lastActivityOn === null || lastActivityOn <= since) reasons.push("no-activity");
    if (termEndsOn !== null && termEndsOn < asOf) reasons.push("committee-expired");
    if (reasons.length === 0) continue;
    rows.push({
      id: association.id,
      name: association.name,
      associationKind: association.kind,
      lastActivityOn,
      committeeId: committee?.id ?? null,
      termEndsOn,
      reasons,
    });
  }
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    kind: "dormancy",
    asOf,
    months,
    since,
    kinds,
    scope: scope ?? null,
    total,
    dormant: rows.length,
    ratio: ratioOf(rows.length, total),
    associations: rows,
  };
}
