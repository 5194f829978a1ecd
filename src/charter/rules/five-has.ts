/**
 * The 五有 checklist of "a real association": 有组织、有场所、有人员、有经费、有活动 (organisation, office, staff,
 * funds, activities), as rules. Its items are warnings, and office, staff and funds are checked only where
 * the data records them. The items themselves are data: see `fiveHasChecklist`.
 *
 * @module
 */
import { activityWindow, fiveHasChecklist } from "../checklist.js";
import * as z from "zod";
import { charterIssue, type CharterIssueCode, type CharterIssueParams } from "../messages.js";
import type { CharterRule, RuleInput } from "../rule.js";
import { checkOptions } from "../../_lib/check-options.js";
import { lazy } from "../../_lib/lazy.js";
import { numberOption } from "../../model/option-schemas.js";
import { OPTION_BOUNDS } from "../../_lib/option-bounds.js";

import { buildNamedRule, type RuleOptions } from "../rule-options.js";

/** Options of the 五有 rules: a common id prefix instead of an id, and the activity window. */
export interface FiveHasOptions extends Omit<RuleOptions, "id" | "title"> {
  /** Rule ids are `${idPrefix}/organisation` and so on; `five-has` by default. */
  readonly idPrefix?: string;
  /** How many months before `asOf` an activity counts; 12 by default, 1–1200. */
  readonly activityMonths?: number;
}

type FiveHasCode = Extract<CharterIssueCode, `charter.five-has-${string}`>;

// Each item keeps the issue code it has always had, so reports and the programs reading them do not change.
const CODES: Readonly<Record<string, FiveHasCode>> = {
  organisation: "charter.five-has-organisation",
  office: "charter.five-has-office",
  staff: "charter.five-has-staff",
  funds: "charter.five-has-funds",
  activities: "charter.five-has-activities",
};

const optionsSchema = lazy(() => z.object({ activityMonths: numberOption(OPTION_BOUNDS.windowMonths).optional() }));

/**
 * The five 五有 rules, in checklist order, one per item of {@link fiveHasChecklist}. Organisation: a
 * committee in office on `asOf` (whether its term has run out is the terms rule's finding). Office,
 * staff, funds: `resources.office === false` (and no activity room or 科技工作者之家 run),
 * `resources.staff === 0`, `resources.funds === false`. Activities: no real activity organised or
 * co-organised that runs on some day from `activityMonths` months before `asOf` up to `asOf` — a
 * designation or an output recorded as an activity by an older data set does not count.
 *
 * @example
 * ```ts
 * const rules = fiveHasRules({ source, appliesTo: { kinds: ["village", "community"] }, activityMonths: 6 });
 * ```
 */
export function fiveHasRules(options: FiveHasOptions): CharterRule[] {
  const fn = "fiveHasRules";
  const months = checkOptions(fn, optionsSchema(), options).activityMonths ?? 12;
  const prefix = options.idPrefix ?? "five-has";
  const windowStart = activityWindow(months);
  const paramsOf = (item: string, input: RuleInput): CharterIssueParams<FiveHasCode> =>
    item === "activities" ? { from: windowStart(input.asOf), asOf: input.asOf } : item === "organisation" ? { asOf: input.asOf } : {};
  return fiveHasChecklist({ activityMonths: months }).items.map((item) => {
    const code = CODES[item.id] as FiveHasCode;
    return buildNamedRule(fn, { ...options, id: `${prefix}/${item.id}` }, item.title, [code], (input, id) =>
      item.check(input) === "unmet"
        ? [charterIssue(input, id, code, "warning", [...input.path, ...item.path], paramsOf(item.id, input))]
        : [],
    );
  });
}
