/**
 * Statistical forms (统计报表) as data: a form has an id, a title, citations, a reporting period rule and
 * rows; a row has a code, a label, a unit, an indicator and its "其中" (of which) rows.
 *
 * @module
 */
import type { Bilingual, Citation } from "../charter/rule.js";
import type { StatisticalUnit } from "./indicator.js";
import type { ReportingPeriodRule } from "./period.js";

/**
 * A row of a form. `children` are its "其中" (of which) rows: breakdowns of the row, not a complete split,
 * so they need not add up to it.
 *
 * @example
 * ```ts
 * const row: FormRow = {
 *   code: "02", label: { "zh-CN": "企业科协", en: "Enterprise associations" }, unit: "个",
 *   indicator: "associations.enterprise",
 *   children: [{ code: "02.1", label: { "zh-CN": "个人会员", en: "Individual members" }, unit: "人", indicator: "members.individual.enterprise" }],
 * };
 * ```
 */
export interface FormRow {
  /** The row's code, unique within the form (the `--explain` argument). */
  readonly code: string;
  readonly label: Bilingual;
  readonly unit: StatisticalUnit;
  /** The id of the indicator that fills it (see `INDICATORS`). */
  readonly indicator: string;
  /** Where the row is seen (a yearbook table), or that kexie added it. */
  readonly source?: string;
  readonly children?: readonly FormRow[];
}

/**
 * A statistical form.
 *
 * @example
 * ```ts
 * const form: StatisticalForm = {
 *   id: "my-3", code: "CKX", title: { "zh-CN": "表3 学术交流活动", en: "Form 3: Academic exchange" },
 *   citation: [], note: { "zh-CN": "", en: "" }, period: CALENDAR_YEAR,
 *   rows: [{ code: "1", label: { "zh-CN": "学术交流活动", en: "Academic exchanges" }, unit: "次", indicator: "activities.academic-exchange" }],
 * };
 * ```
 */
export interface StatisticalForm {
  /** The form's id: `1-1`, `3`, `5`, `7` for the built-in forms. */
  readonly id: string;
  /** The form's code in the reporting system (表号, such as `AK`), or `null`. */
  readonly code: string | null;
  readonly title: Bilingual;
  /** The texts the form's rows come from. */
  readonly citation: readonly Citation[];
  /** What is known and not known of the official form, and how kexie fills it. */
  readonly note: Bilingual;
  /** The period the form covers by default; the calendar year for the built-in forms. */
  readonly period: ReportingPeriodRule;
  readonly rows: readonly FormRow[];
}

/**
 * Every row of a form (or of a filled form) with its depth (0 for a top row), in reading order: each
 * row, then its "其中" rows. Iterative, so no nesting is too deep for it.
 *
 * @example
 * ```ts
 * formRows(FORM_1_1).map(({ row, depth }) => `${"  ".repeat(depth)}${row.code}`);
 * ```
 */
export function formRows<R extends { readonly children?: readonly R[] | undefined }>(form: {
  readonly rows: readonly R[];
}): { row: R; depth: number }[] {
  const out: { row: R; depth: number }[] = [];
  // A stack of rows still to visit, pushed in reverse so they come off in order.
  const stack: { row: R; depth: number }[] = [];
  for (let i = form.rows.length - 1; i >= 0; i--) stack.push({ row: form.rows[i] as R, depth: 0 });
  while (stack.length > 0) {
    const next = stack.pop() as { row: R; depth: number };
    out.push(next);
    const children = next.row.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ row: children[i] as R, depth: next.depth + 1 });
  }
  return out;
}
