/**
 * `validateAssociation` and `validateDataset`: run charter rules and group their issues by association.
 *
 * @module
 */
import { isDatasetIndex, requireDatasetOrIndex, type ParsedDataset } from "../dataset/parsed.js";
import * as z from "zod";
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import { countBySeverity, LOCALES, type Issue, type IssuePath, type Locale, type Severity } from "../issue/issue.js";
import { misuse } from "../_lib/misuse.js";
import { AssociationKind, type Association } from "../model/association.js";
import { dateOption } from "../model/option-schemas.js";
import { createValidationContext, type ValidationContext } from "./context.js";
import { DEFAULT_RULES } from "./presets.js";
import { isRule, type Rule } from "./rule.js";
import { appliesOn, createRuleInput } from "./rule-input.js";
import { flattenRules, type CharterRuleSet, type RuleSet } from "./rule-set.js";

/**
 * Options of {@link validateAssociation} and {@link validateDataset}.
 *
 * - `asOf` (required): the day the data is judged on, `YYYY-MM-DD`, from 1900-01-01 to 2099-12-31. The
 *   library never reads the clock.
 * - `rules`: rules and rule sets, flattened in order, one rule per id (a later rule with an id already
 *   seen replaces the earlier one in its place); {@link DEFAULT_RULES} when absent.
 * - `locale`: the language of messages, `zh-CN` by default.
 *
 * @example
 * ```ts
 * const options: ValidateOptions = { asOf: "2020-09-07", rules: [TONGCHENG_2019, TERMS_AND_CONGRESSES], locale: "en" };
 * ```
 */
export interface ValidateOptions<R extends readonly (Rule | RuleSet)[] = readonly (Rule | RuleSet)[]> {
  readonly asOf: string;
  readonly rules?: R;
  readonly locale?: Locale;
}

/**
 * The issues rules and rule sets `R` can report: the union of each one's, so a report of built-in and
 * user-defined rules still narrows by code.
 *
 * @example
 * ```ts
 * interface MyIssue extends Issue {
 *   readonly code: "mine.no-website";
 * }
 * declare const myRule: Rule<MyIssue>;
 * type Found = IssueOfRules<[typeof TONGCHENG_2019, typeof myRule]>; // CharterIssue | MyIssue
 * ```
 */
export type IssueOfRules<R extends readonly (Rule | RuleSet)[]> = R[number] extends infer P
  ? P extends RuleSet<infer I>
    ? I
    : P extends Rule<infer I>
      ? I
      : never
  : never;

/**
 * One association's findings: its id and dataset path, its issues (in rule order, then path order) and
 * their counts by severity.
 *
 * @example
 * ```ts
 * const context = createValidationContext(dataset);
 * const report: AssociationReport = validateAssociation(dataset.associations[2]!, context, { asOf: "2020-09-07" });
 * report.associationId; // → "tc"
 * ```
 */
export interface AssociationReport<I extends Issue = Issue> {
  readonly associationId: string;
  /** `["associations", i]`, or `[]` when the association is not in the context's dataset. */
  readonly path: IssuePath;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly issues: readonly I[];
}

/**
 * A dataset's findings. `associations` lists only the associations with at least one issue, in dataset
 * order; `checked` says how many associations were validated in all; `rules` names the rules run, in
 * order.
 *
 * @example
 * ```ts
 * const report = validateDataset(dataset, { asOf: "2020-09-07" });
 * if (report.counts.error > 0) for (const a of report.associations) console.log(a.associationId, a.counts);
 * ```
 */
export interface ValidationReport<I extends Issue = Issue> {
  readonly asOf: string;
  readonly locale: Locale;
  readonly rules: readonly string[];
  readonly checked: number;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly associations: readonly AssociationReport<I>[];
}

interface PreparedRule {
  readonly rule: Rule;
  readonly kinds: ReadonlySet<string> | undefined;
  readonly region: string | undefined;
  readonly from: string | undefined;
  readonly until: string | undefined;
  readonly anyStatus: boolean;
}

interface Prepared {
  readonly asOf: string;
  readonly locale: Locale;
  readonly rules: readonly PreparedRule[];
  /** The rules that may apply to each kind, in rule order, so most rules are never looked at. */
  readonly byKind: ReadonlyMap<string, readonly PreparedRule[]>;
  /** The rules for a kind the table does not know (data that skipped parsing): those for every kind. */
  readonly anyKind: readonly PreparedRule[];
}

function isRuleSet(part: unknown): part is RuleSet {
  return typeof part === "object" && part !== null && Array.isArray((part as Partial<RuleSet>).rules);
}

const optionsSchema = lazy(() =>
  z.object({
    asOf: dateOption(),
    rules: z.array(z.custom<Rule | RuleSet>((part) => isRule(part) || isRuleSet(part), { error: "a rule or a rule set" })).optional(),
    locale: z.enum(LOCALES).optional(),
  }),
);

function prepare(fn: string, options: ValidateOptions): Prepared {
  const checked = checkOptions(fn, optionsSchema(), options);
  const { asOf } = checked;
  const locale = checked.locale ?? "zh-CN";
  // The caller's own rules and sets, not copies: a rule is kept by reference.
  const parts = options.rules ?? [DEFAULT_RULES];
  const prepared = flattenRules(parts).map((rule): PreparedRule => {
    const { kinds, region, from, until, status } = rule.appliesTo;
    return { rule, kinds: kinds === "all" ? undefined : new Set(kinds), region, from, until, anyStatus: status === "any" };
  });
  const byKind = new Map<string, PreparedRule[]>();
  for (const kind of AssociationKind.options)
    byKind.set(
      kind,
      prepared.filter((item) => item.kinds === undefined || item.kinds.has(kind)),
    );
  return { asOf, locale, rules: prepared, byKind, anyKind: prepared.filter((item) => item.kinds === undefined) };
}

function contextOf(fn: string, context: ValidationContext): ValidationContext {
  // Only a context from createValidationContext carries the position tables the issues' paths need;
  // building them here on each call would scan the dataset once per association.
  if (!isDatasetIndex(context) || typeof (context as Partial<ValidationContext>).positionOf !== "function") {
    misuse(fn, "context must come from createValidationContext");
  }
  return context;
}

function comparePaths(a: IssuePath, b: IssuePath): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "number") return -1;
    if (typeof y === "number") return 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

const NO_ISSUES: readonly Issue[] = Object.freeze([]);
const NO_COUNTS: Readonly<Record<Severity, number>> = Object.freeze({ error: 0, warning: 0, info: 0 });

function run(association: Association, position: number, context: ValidationContext, prepared: Prepared): AssociationReport {
  const { asOf, locale } = prepared;
  const input = createRuleInput(association, position, context, asOf, locale);
  const { path } = input;
  let issues: Issue[] | undefined;
  for (const item of prepared.byKind.get(association.kind) ?? prepared.anyKind) {
    if (!appliesOn(item, association, context, asOf)) continue;
    const found = item.rule.check(input);
    if (found.length === 0) continue;
    issues ??= [];
    // Stable sort: equal paths keep the rule's own order.
    for (const issue of found.length === 1 ? found : [...found].sort((a, b) => comparePaths(a.path, b.path))) issues.push(issue);
  }
  if (issues === undefined) return { associationId: association.id, path, counts: NO_COUNTS, issues: NO_ISSUES };
  return { associationId: association.id, path, counts: countBySeverity(issues), issues };
}

/**
 * Validates one association against charter rules as of a date. `context` is built once per dataset
 * with {@link createValidationContext}.
 * Rules whose `appliesTo` does not cover the association are skipped. Data problems are issues; only a
 * misuse of the API (no valid `asOf`, `rules` not an array, a bad context) throws a `TypeError`.
 *
 * @example
 * ```ts
 * const context = createValidationContext(dataset);
 * const report = validateAssociation(dataset.associations[0]!, context, { asOf: "2020-09-07", rules: [TONGCHENG_2019] });
 * report.issues.map((issue) => issue.code);
 * ```
 */
export function validateAssociation<const R extends readonly (Rule | RuleSet)[] = readonly [CharterRuleSet]>(
  association: Association,
  context: ValidationContext,
  options: ValidateOptions<R>,
): AssociationReport<IssueOfRules<R>> {
  const prepared = prepare("validateAssociation", options);
  const ctx = contextOf("validateAssociation", context);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a caller from JavaScript may pass anything
  if (association === null || typeof association !== "object" || typeof association.id !== "string") {
    throw new TypeError("validateAssociation: association must be an association object");
  }
  // The issues are the rules' (the built-in rules' CharterIssue when none are given).
  return run(association, ctx.positionOf("associations", association), ctx, prepared) as AssociationReport<IssueOfRules<R>>;
}

/**
 * Validates every association of a parsed dataset in one pass: the index and the rules' extra tables
 * are built once, and each association is looked up, never searched for. The report lists the
 * associations with issues in dataset order, each with its issues in rule order, then path order.
 *
 * @example
 * ```ts
 * const report = validateDataset(dataset, { asOf: "2020-09-07", locale: "en" });
 * report.counts; // → { error: 3, warning: 535, info: 0 }
 * ```
 */
export function validateDataset<const R extends readonly (Rule | RuleSet)[] = readonly [CharterRuleSet]>(
  dataset: ParsedDataset,
  options: ValidateOptions<R>,
): ValidationReport<IssueOfRules<R>> {
  requireDatasetOrIndex("validateDataset", dataset, false);
  const prepared = prepare("validateDataset", options);
  const context = createValidationContext(dataset);
  const associations: AssociationReport<IssueOfRules<R>>[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  dataset.associations.forEach((association, position) => {
    const report = run(association, position, context, prepared) as AssociationReport<IssueOfRules<R>>;
    if (report.issues.length === 0) return;
    associations.push(report);
    counts.error += report.counts.error;
    counts.warning += report.counts.warning;
    counts.info += report.counts.info;
  });
  return {
    asOf: prepared.asOf,
    locale: prepared.locale,
    rules: prepared.rules.map((item) => item.rule.id),
    checked: dataset.associations.length,
    counts,
    associations,
  };
}
