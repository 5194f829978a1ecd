/**
 * The 五有 checklist of "a real association": 有组织、有场所、有人员、有经费、有活动 (organisation, office, staff,
 * funds, activities). Its items are warnings, and office, staff and funds are checked only where the
 * data records them.
 *
 * @module
 */
import { listOf } from "../../dataset/dataset-index.js";
import { addMonthsToDate } from "../../model/dates.js";
import type { Resources } from "../../model/association.js";
import type { Activity } from "../../model/activity.js";
import { charterIssue, type CharterIssueCode } from "../messages.js";
import type { Bilingual, Rule } from "../rule.js";
import { optionalNumber, optionsObject } from "../../issue/misuse.js";
import { OPTION_BOUNDS } from "../../model/option-bounds.js";
import { buildNamedRule, type RuleOptions } from "../rule-options.js";

/** Options of the 五有 rules: a common id prefix instead of an id, and the activity window. */
export interface FiveHasOptions extends Omit<RuleOptions, "id" | "title"> {
  /** Rule ids are `${idPrefix}/organisation` and so on; `five-has` by default. */
  readonly idPrefix?: string;
  /** How many months before `asOf` an activity counts; 12 by default, 1–1200. */
  readonly activityMonths?: number;
}

function resourceRule(
  options: FiveHasOptions,
  key: keyof Resources,
  code: CharterIssueCode,
  title: Bilingual,
  lacking: (resources: Resources) => boolean,
): Rule {
  const id = `${options.idPrefix ?? "five-has"}/${key}`;
  return buildNamedRule("fiveHasRules", { ...options, id }, title, [code], (input, ruleId) => {
    const resources = input.association.resources;
    // Absent means "not recorded", which is no finding.
    if (resources === undefined || resources[key] === undefined || !lacking(resources)) return [];
    return [charterIssue(input, ruleId, code, "warning", [...input.path, "resources", key], {})];
  });
}

function hasActivityBetween(activities: readonly Activity[], from: string, to: string): boolean {
  return activities.some((activity) => activity.startsOn <= to && (activity.endsOn ?? activity.startsOn) >= from);
}

/**
 * The five 五有 rules, in checklist order. Organisation: a committee in office on `asOf` (whether its
 * term has run out is the terms rule's finding). Office, staff, funds: `resources.office === false`,
 * `resources.staff === 0`, `resources.funds === false`. Activities: at least one activity organised or
 * co-organised that runs on some day from `activityMonths` months before `asOf` up to `asOf`.
 *
 * @example
 * ```ts
 * const rules = fiveHasRules({ source, appliesTo: { kinds: ["village", "community"] }, activityMonths: 6 });
 * ```
 */
export function fiveHasRules(options: FiveHasOptions): Rule[] {
  const fn = "fiveHasRules";
  optionsObject(fn, options, true);
  const prefix = options.idPrefix ?? "five-has";
  const months = optionalNumber(fn, "activityMonths", options.activityMonths, 12, OPTION_BOUNDS.windowMonths);
  // The window depends on asOf only, which is the same for every association of a run: remember the last.
  let lastAsOf = "";
  let lastFrom = "";
  const windowStart = (asOf: string): string => {
    if (asOf !== lastAsOf) {
      lastFrom = addMonthsToDate(asOf, -months);
      lastAsOf = asOf;
    }
    return lastFrom;
  };
  const organisation = buildNamedRule("fiveHasRules", 
    { ...options, id: `${prefix}/organisation` },
    { "zh-CN": "五有：有组织", en: "Five-haves: organisation" },
    ["charter.five-has-organisation"],
    (input, id) =>
      input.office === undefined
        ? [charterIssue(input, id, "charter.five-has-organisation", "warning", input.path, { asOf: input.asOf })]
        : [],
  );
  const activities = buildNamedRule("fiveHasRules", 
    { ...options, id: `${prefix}/activities` },
    { "zh-CN": "五有：有活动", en: "Five-haves: activities" },
    ["charter.five-has-activities"],
    (input, id) => {
      const { association, context, asOf } = input;
      const from = windowStart(asOf);
      if (hasActivityBetween(listOf(context.activitiesByOrganizer, association.id), from, asOf)) return [];
      if (hasActivityBetween(context.activitiesCoOrganizedBy(association.id), from, asOf)) return [];
      return [charterIssue(input, id, "charter.five-has-activities", "warning", input.path, { from, asOf })];
    },
  );
  return [
    organisation,
    resourceRule(options, "office", "charter.five-has-office", { "zh-CN": "五有：有场所", en: "Five-haves: office" }, (r) => r.office === false),
    resourceRule(options, "staff", "charter.five-has-staff", { "zh-CN": "五有：有人员", en: "Five-haves: staff" }, (r) => r.staff === 0),
    resourceRule(options, "funds", "charter.five-has-funds", { "zh-CN": "五有：有经费", en: "Five-haves: funds" }, (r) => r.funds === false),
    activities,
  ];
}
