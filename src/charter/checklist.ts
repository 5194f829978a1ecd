/**
 * Checklists of "a real association" (达标清单): 五有, 六有, 八有, 五个统一, 一站一栏一员 … vary by place, so a
 * checklist is data — items, each a predicate over the records with the text it comes from — and 五有 is
 * only the default one. Callers define their own with {@link defineChecklist} and the item predicates
 * below, run them as warnings with {@link checklistRules}, and score associations with `scoreChecklist`.
 *
 * @module
 */
import * as z from "zod";
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import { listOf } from "../_lib/list-of.js";
import { isList } from "../_lib/misuse.js";
import type { IssuePath } from "../issue/issue.js";
import { isRealActivity, type Activity } from "../model/activity.js";
import { GRASSROOTS_KINDS, type Resources } from "../model/association.js";
import { addMonthsToDate } from "../model/dates.js";
import { FacilityKind, isFacilityOn } from "../model/facility.js";
import { charterIssue } from "./messages.js";
import {
  bilingualSchema,
  kindsSchema,
  sourceSchema,
  type AppliesTo,
  type Bilingual,
  type Citation,
  type CharterRule,
  type RuleInput,
} from "./rule.js";
import { buildRule } from "./rule-options.js";
import { defineRuleSet, type CharterRuleSet } from "./rule-set.js";
import { FIVE_HAS_SOURCE } from "./sources.js";

/**
 * Where an association stands on one item: `met`, `unmet`, or `unknown` when the data does not record
 * it (an absent `resources.office` says nothing either way).
 *
 * @example
 * ```ts
 * const status: ItemStatus = "unknown";
 * ```
 */
export type ItemStatus = "met" | "unmet" | "unknown";

/** An item's predicate: the status of one association, from the rule input (records, `asOf`, committee in office). */
export type ItemCheck = (input: RuleInput) => ItemStatus;

/** One item of a checklist. */
export interface ChecklistItem {
  /** Unique in its checklist; rule ids are `${checklist id}/${item id}`. */
  readonly id: string;
  readonly title: Bilingual;
  /** Where the item comes from: its own citation, or the checklist's. */
  readonly source: readonly Citation[];
  /** Its weight in a score; 1 by default. */
  readonly weight: number;
  /** Where a finding about the item points, below the association's path (`[]`: the association). */
  readonly path: IssuePath;
  readonly check: ItemCheck;
}

/** A checklist: a named, dated list of items, and the associations it is meant for. */
export interface Checklist {
  readonly id: string;
  readonly title: Bilingual;
  readonly date: string | null;
  readonly appliesTo: AppliesTo;
  readonly items: readonly ChecklistItem[];
}

/** What {@link defineChecklist} takes for an item: `source`, `weight` and `path` may be left out. */
export interface ChecklistItemDefinition {
  readonly id: string;
  readonly title: Bilingual;
  readonly source?: Citation | readonly Citation[];
  readonly weight?: number;
  readonly path?: IssuePath;
  readonly check: ItemCheck;
}

/** What {@link defineChecklist} takes. */
export interface ChecklistDefinition {
  readonly id: string;
  readonly title: Bilingual;
  /** When the checklist was issued (a year, month or day); unknown when absent. */
  readonly date?: string | null;
  /** The grassroots kinds by default. */
  readonly appliesTo?: AppliesTo;
  /** The citation of every item that has none of its own. */
  readonly source?: Citation | readonly Citation[];
  readonly items: readonly ChecklistItemDefinition[];
}

// Array.isArray narrows to any[]; a readonly list needs its own guard.
function isCitationList(value: Citation | readonly Citation[]): value is readonly Citation[] {
  return Array.isArray(value);
}

function citations(value: Citation | readonly Citation[] | undefined): readonly Citation[] {
  return value === undefined ? [] : isCitationList(value) ? value : [value];
}

/** An id no earlier entry of the list has, for a list checked by a schema. */
function uniqueIds(items: readonly { readonly id: string }[], ctx: z.core.$RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: "an id no other item of the checklist has" });
    seen.add(item.id);
  });
}

// What a checklist definition must hold; the checklist keeps the caller's own values (the check functions).
const definitionSchema = lazy(() =>
  z
    .object({
      id: z.string().min(1, { error: "a non-empty string" }),
      title: bilingualSchema(),
      date: z
        .custom<string | null>((value) => value === null || (typeof value === "string" && value !== ""), {
          error: "a date (a year, month or day) or null",
        })
        .optional(),
      appliesTo: z.object({ kinds: kindsSchema() }).optional(),
      source: sourceSchema().optional(),
      items: z
        .array(
          z.object({
            id: z.string().min(1, { error: "a non-empty string" }),
            title: bilingualSchema(),
            check: z.custom<ChecklistItemDefinition["check"]>((value) => typeof value === "function", { error: "a function" }),
            weight: z.number().min(0, { error: "a weight of 0 or more" }).optional(),
            source: sourceSchema().optional(),
            path: z.array(z.union([z.string(), z.number()])).optional(),
          }),
        )
        .min(1, { error: "a non-empty list of items" })
        .superRefine(uniqueIds),
    })
    .superRefine((d, ctx) => {
      // Every item needs a citation: its own, or the checklist's.
      if (d.source !== undefined) return;
      d.items.forEach((item, i) => {
        if (item.source === undefined)
          ctx.addIssue({ code: "custom", path: ["items", i, "source"], message: "a citation, its own or the checklist's" });
      });
    }),
);

/**
 * Checks a checklist definition and returns it frozen. A malformed one (no id or title, an item without
 * a citation of its own or from the checklist, two items with one id, a weight below 0) is a programming
 * error and throws a `TypeError`.
 *
 * @example
 * ```ts
 * const stationBoardWorker = defineChecklist({
 *   id: "chengbu-one-station",
 *   title: { "zh-CN": "一站一栏一员", en: "One station, one board, one worker" },
 *   source: { title: "一站一栏一员", issuer: "城步苗族自治县科协", date: null, link: null },
 *   items: [
 *     { id: "station", title: { "zh-CN": "一站", en: "A station" }, check: hasFacility(["science-e-station"]) },
 *     { id: "board", title: { "zh-CN": "一栏", en: "A board" }, check: hasFacility(["bulletin-board"]) },
 *     { id: "worker", title: { "zh-CN": "一员", en: "A worker" }, path: ["resources", "staff"], check: hasResource("staff") },
 *   ],
 * });
 * ```
 */
export function defineChecklist(definition: ChecklistDefinition): Checklist {
  checkOptions("defineChecklist", definitionSchema(), definition, "definition");
  const d = definition;
  const appliesTo = d.appliesTo ?? { kinds: GRASSROOTS_KINDS };
  const shared = citations(d.source);
  const items = d.items.map((item): ChecklistItem =>
    Object.freeze({
      id: item.id,
      title: Object.freeze({ ...item.title }),
      source: Object.freeze([...(item.source === undefined ? shared : citations(item.source))]),
      weight: item.weight ?? 1,
      path: Object.freeze([...(item.path ?? [])]),
      check: item.check,
    }),
  );
  return Object.freeze({
    id: d.id,
    title: Object.freeze({ ...d.title }),
    date: d.date ?? null,
    appliesTo: Object.freeze({ ...appliesTo }),
    items: Object.freeze(items),
  });
}

// ---------------------------------------------------------------------------------------------------
// Item predicates: the building blocks of checklists.

/**
 * 有组织: a committee in office on `asOf`. Whether its term has run out is the terms rule's question.
 *
 * @example
 * ```ts
 * const organisation = { id: "organisation", title: { "zh-CN": "有组织", en: "Has a committee" }, check: hasCommitteeInOffice() };
 * const context = createValidationContext(dataset);
 * organisation.check(createRuleInput(dataset.associations[2]!, 2, context, "2020-09-07", "zh-CN")); // → "unmet"
 * ```
 */
export function hasCommitteeInOffice(): ItemCheck {
  return (input) => (input.office === undefined ? "unmet" : "met");
}

/** A facility of one of `kinds` that the association runs, in effect on `asOf`, and how many units. */
function facilityUnits(input: RuleInput, kinds: ReadonlySet<string>): number {
  let units = 0;
  for (const facility of listOf(input.context.facilitiesByAssociation, input.association.id)) {
    if (kinds.has(facility.kind) && isFacilityOn(facility, input.asOf)) units += facility.count ?? 1;
  }
  return units;
}

function requireFacilityKinds(fn: string, kinds: readonly FacilityKind[]): ReadonlySet<string> {
  if (!isList(kinds) || kinds.some((kind: unknown) => !(FacilityKind.options as readonly unknown[]).includes(kind))) {
    throw new TypeError(`${fn}: kinds must be a list of ${FacilityKind.options.join(", ")}`);
  }
  return new Set(kinds);
}

/**
 * 有场所, 有人员, 有经费: what `resources` records. Met when `office`/`funds` is true or `staff` above 0,
 * unmet when they are false or 0, unknown when not recorded. With `facilityKinds`, a facility of those
 * kinds the association runs on `asOf` also meets the item (an activity room is an office).
 *
 * @throws TypeError when `key` is not office, staff or funds, or `facilityKinds` holds an unknown kind.
 * @example
 * ```ts
 * const office = hasResource("office", ["activity-room", "sci-tech-workers-home"]);
 * ```
 */
export function hasResource(key: keyof Resources, facilityKinds: readonly FacilityKind[] = []): ItemCheck {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a key from JavaScript may be anything
  if (key !== "office" && key !== "staff" && key !== "funds") throw new TypeError("hasResource: key must be office, staff or funds");
  const kinds = requireFacilityKinds("hasResource", facilityKinds);
  return (input) => {
    if (kinds.size > 0 && facilityUnits(input, kinds) > 0) return "met";
    const value = input.association.resources?.[key];
    if (value === undefined) return "unknown";
    return value === true || (typeof value === "number" && value > 0) ? "met" : "unmet";
  };
}

function runsBetween(activities: readonly Activity[], from: string, to: string): boolean {
  return activities.some((a) => isRealActivity(a) && a.startsOn <= to && (a.endsOn ?? a.startsOn) >= from);
}

/**
 * The first day of the `months`-month window ending on `asOf`, remembered for the last `asOf` asked
 * about (the same for every association of a run).
 *
 * @example
 * ```ts
 * const windowStart = activityWindow(12);
 * windowStart("2020-09-07"); // → "2019-09-07"
 * ```
 */
export function activityWindow(months: number): (asOf: string) => string {
  let lastAsOf = "";
  let lastFrom = "";
  return (asOf) => {
    if (asOf !== lastAsOf) {
      lastFrom = addMonthsToDate(asOf, -months);
      lastAsOf = asOf;
    }
    return lastFrom;
  };
}

/**
 * 有活动: a real activity (not a designation or an output recorded as one), organised or co-organised,
 * that runs on some day from `months` months before `asOf` up to `asOf`.
 *
 * @throws TypeError when `months` is not a whole number of at least 1.
 * @example
 * ```ts
 * const activities = hasActivityWithin(12);
 * ```
 */
export function hasActivityWithin(months: number): ItemCheck {
  if (!Number.isInteger(months) || months < 1) throw new TypeError("hasActivityWithin: months must be a whole number of at least 1");
  const windowStart = activityWindow(months);
  return (input) => {
    const { association, context, asOf } = input;
    const from = windowStart(asOf);
    if (runsBetween(listOf(context.activitiesByOrganizer, association.id), from, asOf)) return "met";
    return runsBetween(context.activitiesCoOrganizedBy(association.id), from, asOf) ? "met" : "unmet";
  };
}

/**
 * 一站, 一栏 …: at least `min` units (1 by default) of facilities of `kinds` that the association runs,
 * in effect on `asOf`.
 *
 * @throws TypeError when `kinds` holds an unknown kind or `min` is not a whole number of at least 1.
 * @example
 * ```ts
 * const board = hasFacility(["bulletin-board"]);
 * ```
 */
export function hasFacility(kinds: readonly FacilityKind[], min = 1): ItemCheck {
  const wanted = requireFacilityKinds("hasFacility", kinds);
  if (!Number.isInteger(min) || min < 1) throw new TypeError("hasFacility: min must be a whole number of at least 1");
  return (input) => (facilityUnits(input, wanted) >= min ? "met" : "unmet");
}

/**
 * 有章程 (written rules, one of the 五个统一): a charter adopted on or before `asOf`.
 *
 * @example
 * ```ts
 * const item = { id: "charter", title: { "zh-CN": "有章程", en: "Has a charter" }, path: ["charter"], check: hasCharter() };
 * const context = createValidationContext(dataset);
 * item.check(createRuleInput(dataset.associations[2]!, 2, context, "2020-09-07", "zh-CN")); // → "unmet"
 * ```
 */
export function hasCharter(): ItemCheck {
  return (input) => (input.association.charter !== undefined && input.association.charter.adoptedOn <= input.asOf ? "met" : "unmet");
}

// ---------------------------------------------------------------------------------------------------
// 五有, the default checklist.

/** Options of {@link fiveHasChecklist}. */
export interface FiveHasChecklistOptions {
  /** How many months before `asOf` an activity counts; 12 by default. */
  readonly activityMonths?: number;
  /** The citation; the news reports of 五有 by default. */
  readonly source?: Citation | readonly Citation[];
  /** The grassroots kinds by default. */
  readonly appliesTo?: AppliesTo;
}

/**
 * The 五有 checklist (有组织、有场所、有人员、有经费、有活动), items `organisation`, `office`, `staff`,
 * `funds`, `activities`: a committee in office; an office recorded (or an activity room or 科技工作者之家
 * run); staff above 0; funds recorded; a real activity in the last `activityMonths` months.
 *
 * @example
 * ```ts
 * const sixMonths = fiveHasChecklist({ activityMonths: 6 });
 * ```
 */
export function fiveHasChecklist(options: FiveHasChecklistOptions = {}): Checklist {
  const resourceItem = (
    key: keyof Resources,
    zh: string,
    en: string,
    facilities: readonly FacilityKind[] = [],
  ): ChecklistItemDefinition => ({
    id: key,
    title: { "zh-CN": `五有：${zh}`, en: `Five-haves: ${en}` },
    path: ["resources", key],
    check: hasResource(key, facilities),
  });
  return defineChecklist({
    id: "five-has",
    title: { "zh-CN": "基层科协“五有”", en: "Five-haves checklist" },
    date: null,
    ...(options.appliesTo === undefined ? {} : { appliesTo: options.appliesTo }),
    source: options.source ?? FIVE_HAS_SOURCE,
    items: [
      { id: "organisation", title: { "zh-CN": "五有：有组织", en: "Five-haves: organisation" }, check: hasCommitteeInOffice() },
      resourceItem("office", "有场所", "office", ["activity-room", "sci-tech-workers-home"]),
      resourceItem("staff", "有人员", "staff"),
      resourceItem("funds", "有经费", "funds"),
      {
        id: "activities",
        title: { "zh-CN": "五有：有活动", en: "Five-haves: activities" },
        check: hasActivityWithin(options.activityMonths ?? 12),
      },
    ],
  });
}

/**
 * The default checklist: 五有 with a 12-month activity window, for grassroots associations.
 *
 * @example
 * ```ts
 * FIVE_HAS_CHECKLIST.items.map((item) => item.id); // → ["organisation", "office", "staff", "funds", "activities"]
 * ```
 */
export const FIVE_HAS_CHECKLIST: Checklist = fiveHasChecklist();

// ---------------------------------------------------------------------------------------------------
// Checklists as rules.

/** Options of {@link checklistRules}. */
export interface ChecklistRulesOptions {
  /** Rule ids are `${idPrefix}/${item id}`; the checklist's id by default. */
  readonly idPrefix?: string;
  /** `warning` by default: a checklist asks for attention; it is not a charter. */
  readonly severity?: "error" | "warning";
}

/**
 * A checklist as a rule set: one rule per item, reporting `charter.checklist-item-unmet` where the item
 * is unmet (an unknown item says nothing), at the item's path.
 *
 * @example
 * ```ts
 * const report = validateDataset(dataset, { asOf: "2020-09-07", rules: [checklistRules(FIVE_HAS_CHECKLIST)] });
 * report.associations.flatMap((a) => a.issues).every((issue) => issue.code === "charter.checklist-item-unmet"); // → true
 * ```
 */
export function checklistRules(checklist: Checklist, options: ChecklistRulesOptions = {}): CharterRuleSet {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a caller from JavaScript may pass anything
  if (typeof checklist !== "object" || checklist === null || !isList(checklist.items)) {
    throw new TypeError("checklistRules: checklist must come from defineChecklist");
  }
  const prefix = options.idPrefix ?? checklist.id;
  const severity = options.severity ?? "warning";
  const rules = checklist.items.map((item): CharterRule =>
    buildRule(
      { id: `${prefix}/${item.id}`, source: item.source, appliesTo: checklist.appliesTo },
      item.title,
      ["charter.checklist-item-unmet"],
      (input, id) => {
        if (item.check(input) !== "unmet") return [];
        const params = {
          checklistId: checklist.id,
          itemId: item.id,
          checklistTitle: checklist.title[input.locale],
          itemTitle: item.title[input.locale],
        };
        return [charterIssue(input, id, "charter.checklist-item-unmet", severity, [...input.path, ...item.path], params)];
      },
    ),
  );
  return defineRuleSet({ id: prefix, title: checklist.title, date: checklist.date, rules });
}
