/**
 * Scoring associations against a checklist (达标评分), as annual assessments (年度考核) do: each
 * association's result on every item, and a score.
 *
 * @module
 */
import type { DatasetIndex } from "../dataset/dataset-index.js";
import { isList } from "../_lib/misuse.js";
import { LOCALES, type Locale } from "../issue/issue.js";
import { AssociationKind } from "../model/association.js";
import type { ParsedDataset } from "../dataset/parsed.js";
import { CalendarDate, DivisionCode } from "../model/primitives.js";
import { FIVE_HAS_CHECKLIST, type Checklist, type ItemStatus } from "./checklist.js";
import { createValidationContext } from "./context.js";
import { appliesOn, createRuleInput } from "./rule-input.js";

/** Options of {@link scoreChecklist}. */
export interface ChecklistScoreOptions {
  /** The day the associations are judged on (`YYYY-MM-DD`). */
  readonly asOf: string;
  /** The checklist; {@link FIVE_HAS_CHECKLIST} by default. */
  readonly checklist?: Checklist;
  /** The association kinds scored; the checklist's `appliesTo.kinds` by default. */
  readonly kinds?: readonly AssociationKind[];
  /** Only associations whose division code (or nearest ancestor's) starts with this code. */
  readonly scope?: string;
  /** The language of the titles in the result; zh-CN by default. */
  readonly locale?: Locale;
}

/** One item's result for one association. */
export interface ItemResult {
  readonly id: string;
  readonly status: ItemStatus;
}

/** One association's results. `score` adds the weights of the items met; `ratio` is `score / maxScore`. */
export interface AssociationScore {
  readonly id: string;
  readonly name: string;
  readonly associationKind: AssociationKind;
  readonly divisionCode: string | null;
  readonly items: readonly ItemResult[];
  readonly met: number;
  readonly unmet: number;
  readonly unknown: number;
  readonly score: number;
  readonly maxScore: number;
  /** `null` when every weight is 0. */
  readonly ratio: number | null;
  /** Every item met. */
  readonly complete: boolean;
}

/** How the associations stand on one item. */
export interface ItemTally {
  readonly id: string;
  readonly title: string;
  readonly weight: number;
  readonly met: number;
  readonly unmet: number;
  readonly unknown: number;
}

/** The result of {@link scoreChecklist}: plain JSON. */
export interface ChecklistScores {
  readonly kind: "checklist-scores";
  readonly checklistId: string;
  readonly title: string;
  readonly asOf: string;
  readonly scope: string | null;
  /** Associations scored. */
  readonly total: number;
  /** Associations that meet every item. */
  readonly complete: number;
  readonly maxScore: number;
  /** Per item, in checklist order. */
  readonly items: readonly ItemTally[];
  /** Per association, by id. */
  readonly associations: readonly AssociationScore[];
}

function fail(message: string): never {
  throw new TypeError(`scoreChecklist: ${message}`);
}

/**
 * Scores every association the checklist is meant for (its `appliesTo`: kinds, region, window; active on
 * `asOf`), or those of `kinds`, against each item: `met`, `unmet` or `unknown` (not recorded). The score
 * adds the weights of the items met — an unknown item earns nothing, and is counted apart so an assessor
 * can ask for the data. Linear in the associations and their records.
 *
 * @throws TypeError when `asOf` is not a calendar date, `checklist` does not come from `defineChecklist`,
 *   or `kinds`, `scope` or `locale` is malformed.
 * @example
 * ```ts
 * const result = scoreChecklist(dataset, { asOf: "2020-12-31", scope: "340881" });
 * result.associations[0]; // { id: "tc-agency-agriculture", items: [{ id: "organisation", status: "met" }, …], score: 2, maxScore: 5, … }
 * ```
 */
export function scoreChecklist(input: ParsedDataset | DatasetIndex, options: ChecklistScoreOptions): ChecklistScores {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a caller from JavaScript may pass anything
  if (typeof options !== "object" || options === null) fail("options must be an object with asOf");
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a caller from JavaScript may pass anything
  if (typeof input !== "object" || input === null) fail("the first argument must be a parsed dataset or its index");
  const { asOf, checklist = FIVE_HAS_CHECKLIST, locale = "zh-CN" } = options;
  if (typeof asOf !== "string" || !CalendarDate.safeParse(asOf).success)
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, @typescript-eslint/no-unnecessary-type-conversion -- asOf from JavaScript may be undefined, which JSON.stringify does not write
    fail(`options.asOf must be a calendar date YYYY-MM-DD; got ${JSON.stringify(asOf) ?? String(asOf)}`);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a caller from JavaScript may pass anything
  if (typeof checklist !== "object" || checklist === null || !isList(checklist.items))
    fail("options.checklist must come from defineChecklist");
  if (!LOCALES.includes(locale)) fail(`options.locale must be one of ${LOCALES.join(", ")}`);
  if (options.scope !== undefined && (typeof options.scope !== "string" || !DivisionCode.safeParse(options.scope).success)) {
    fail("options.scope must be a division code of 2, 4, 6, 9 or 12 digits");
  }
  const kindList = options.kinds ?? checklist.appliesTo.kinds;
  if (
    kindList !== "all" &&
    (!isList(kindList) || kindList.some((k: unknown) => !(AssociationKind.options as readonly unknown[]).includes(k)))
  ) {
    fail("options.kinds must be a list of association kinds");
  }
  const kinds = kindList === "all" ? undefined : new Set<string>(kindList);
  const { region, from, until } = checklist.appliesTo;
  const window = { region, from, until, anyStatus: false };
  const context = createValidationContext(input);

  const tallies = checklist.items.map((item) => ({
    id: item.id,
    title: item.title[locale],
    weight: item.weight,
    met: 0,
    unmet: 0,
    unknown: 0,
  }));
  const maxScore = checklist.items.reduce((sum, item) => sum + item.weight, 0);
  const rows: AssociationScore[] = [];
  context.dataset.associations.forEach((association, position) => {
    if (kinds !== undefined && !kinds.has(association.kind)) return;
    if (!appliesOn(window, association, context, asOf)) return;
    const divisionCode = context.divisionCodeOf(association) ?? null;
    if (options.scope !== undefined && (divisionCode === null || !divisionCode.startsWith(options.scope))) return;
    const ruleInput = createRuleInput(association, position, context, asOf, locale);
    const counts = { met: 0, unmet: 0, unknown: 0 };
    let score = 0;
    const items = checklist.items.map((item, k): ItemResult => {
      const status = item.check(ruleInput);
      counts[status] += 1;
      (tallies[k] as (typeof tallies)[number])[status] += 1;
      if (status === "met") score += item.weight;
      return { id: item.id, status };
    });
    rows.push({
      id: association.id,
      name: association.name,
      associationKind: association.kind,
      divisionCode,
      items,
      ...counts,
      score,
      maxScore,
      ratio: maxScore > 0 ? score / maxScore : null,
      complete: counts.met === items.length,
    });
  });
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    kind: "checklist-scores",
    checklistId: checklist.id,
    title: checklist.title[locale],
    asOf,
    scope: options.scope ?? null,
    total: rows.length,
    complete: rows.filter((row) => row.complete).length,
    maxScore,
    items: tallies,
    associations: rows,
  };
}
