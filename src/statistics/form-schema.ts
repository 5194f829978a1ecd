/**
 * User-defined forms: a JSON document that lists rows by indicator id, checked with clear issues, so a
 * county can match the exact form of the year it files.
 *
 * @module
 */
import * as z from "zod";
import type { Bilingual, Citation } from "../charter/rule.js";
import { shapeIssues, zodErrorMap } from "../_lib/shape-issues.js";
import { DATASET_MESSAGES } from "../dataset/messages.js";
import { describeValue } from "../_lib/describe.js";
import { createIssue, formatPath, type IssuePath, type Locale, type ParamsOf } from "../issue/issue.js";
import { indicatorById } from "./catalogue.js";
import type { FormRow, StatisticalForm } from "./form.js";
import { STATISTICAL_UNITS } from "./indicator.js";
import { STATISTICS_MESSAGES, type FormIssue, type StatisticsIssueCode } from "./messages.js";
import { CALENDAR_YEAR, isMonthDay } from "./period.js";

const Text = z.string().min(1).max(500);
// A label or title: one text for both locales, or one per locale.
const LocalisedText = z.union([Text, z.strictObject({ "zh-CN": Text, en: Text })]);
const RowCode = z.string().regex(/^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff._-]{0,31}$/);

const rowFields = {
  code: RowCode,
  label: LocalisedText,
  /** Optional: the indicator's own unit when absent; must equal it when given. */
  unit: z.enum(STATISTICAL_UNITS).optional(),
  indicator: z.string().min(1).max(128),
  source: z.string().max(500).optional(),
};
// Three levels of rows (a row, its 其中 rows, theirs), written out rather than recursive, so a deeply
// nested document is refused at the fourth level instead of being walked to any depth.
const Row3 = z.strictObject(rowFields);
const Row2 = z.strictObject({ ...rowFields, children: z.array(Row3).max(200).optional() });
const Row1 = z.strictObject({ ...rowFields, children: z.array(Row2).max(200).optional() });

const CitationShape = z.strictObject({
  title: Text,
  issuer: Text,
  date: z.string().max(40).nullable(),
  link: z.string().max(2000).nullable(),
  note: z.string().max(2000).optional(),
});

/**
 * The shape of a user-defined form document. Labels and titles are one text or `{ "zh-CN", "en" }`;
 * rows nest at most three levels; `period` is `{ from: "MM-DD", to: "MM-DD" }` (the calendar year when
 * absent).
 *
 * @example
 * ```ts
 * StatisticalFormDocument.safeParse({
 *   id: "tongcheng-2018-3", title: "表3 学术交流活动",
 *   rows: [{ code: "1", label: "学术交流活动", indicator: "activities.academic-exchange" }],
 * }).success; // true
 * ```
 */
export const StatisticalFormDocument = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/),
  code: z.string().min(1).max(16).nullable().optional(),
  title: LocalisedText,
  citation: z.array(CitationShape).max(50).optional(),
  note: LocalisedText.optional(),
  period: z.strictObject({ from: z.string().max(5), to: z.string().max(5) }).optional(),
  rows: z.array(Row1).min(1).max(1000),
});
/** A form document as written; see {@link StatisticalFormDocument}. */
export type StatisticalFormDocument = z.infer<typeof StatisticalFormDocument>;

/** Options of {@link parseStatisticalForm}. */
export interface ParseFormOptions {
  /** The language of issue messages; zh-CN by default. */
  readonly locale?: Locale;
}

/** What {@link parseStatisticalForm} returns: the form when it has no error, and every issue found. */
export type ParseFormResult =
  | { readonly ok: true; readonly form: StatisticalForm; readonly issues: readonly FormIssue[] }
  | { readonly ok: false; readonly form?: undefined; readonly issues: readonly FormIssue[] };

type RowDocument = z.infer<typeof Row1> | z.infer<typeof Row2> | z.infer<typeof Row3>;

function bilingual(text: string | Bilingual): Bilingual {
  return typeof text === "string" ? { "zh-CN": text, en: text } : { "zh-CN": text["zh-CN"], en: text.en };
}

/**
 * Checks a user-defined form document: its shape (the dataset's `shape.*` codes), then that every row
 * names an indicator of the catalogue (`form.unknown-indicator`) in that indicator's unit
 * (`form.unit-mismatch`), that row codes are unique (`form.duplicate-row-code`), and that the period is
 * two days of every year in order (`form.period-day`, `form.period-order`). Never throws on bad data.
 *
 * @example
 * ```ts
 * const result = parseStatisticalForm(JSON.parse(text), { locale: "en" });
 * if (result.ok) statisticalReport(dataset, { form: result.form, year: 2018, scope: "340881" });
 * else for (const issue of result.issues) console.log(issue.code, issue.message);
 * ```
 */
export function parseStatisticalForm(input: unknown, options: ParseFormOptions = {}): ParseFormResult {
  const locale = options.locale ?? "zh-CN";
  let parsed: ReturnType<typeof StatisticalFormDocument.safeParse>;
  try {
    parsed = StatisticalFormDocument.safeParse(input, { error: zodErrorMap(locale) });
  } catch (thrown) {
    // zod lets what a getter or proxy throws go through; the document is then unreadable, not a crash.
    const reason = thrown instanceof Error ? describeValue(thrown.message) : describeValue(thrown);
    return {
      ok: false,
      issues: [createIssue({ catalog: DATASET_MESSAGES, code: "shape.unreadable", params: { where: "$", reason }, path: [], locale })],
    };
  }
  if (!parsed.success) return { ok: false, issues: shapeIssues(parsed.error.issues, [], locale) };
  const document = parsed.data;
  const issues: FormIssue[] = [];
  const issue = <K extends StatisticsIssueCode>(code: K, path: IssuePath, params: ParamsOf<(typeof STATISTICS_MESSAGES)[K]>): void => {
    issues.push(createIssue({ catalog: STATISTICS_MESSAGES, code, params, path, locale }));
  };

  const period = document.period ?? CALENDAR_YEAR;
  for (const bound of ["from", "to"] as const) {
    if (!isMonthDay(period[bound])) issue("form.period-day", ["period", bound], { bound, value: period[bound] });
  }
  if (isMonthDay(period.from) && isMonthDay(period.to) && period.from > period.to) {
    issue("form.period-order", ["period"], { from: period.from, to: period.to });
  }

  const firstAt = new Map<string, IssuePath>();
  const convert = (row: RowDocument, path: IssuePath): FormRow => {
    const first = firstAt.get(row.code);
    if (first === undefined) firstAt.set(row.code, path);
    else issue("form.duplicate-row-code", [...path, "code"], { code: row.code, first: formatPath(first) });
    const indicator = indicatorById(row.indicator);
    if (indicator === undefined) issue("form.unknown-indicator", [...path, "indicator"], { code: row.code, indicator: row.indicator });
    else if (row.unit !== undefined && row.unit !== indicator.unit) {
      issue("form.unit-mismatch", [...path, "unit"], {
        code: row.code,
        unit: row.unit,
        indicator: row.indicator,
        expected: indicator.unit,
      });
    }
    const children =
      "children" in row && row.children !== undefined
        ? row.children.map((child, i) => convert(child, [...path, "children", i]))
        : undefined;
    return {
      code: row.code,
      label: bilingual(row.label),
      unit: row.unit ?? indicator?.unit ?? "个",
      indicator: row.indicator,
      ...(row.source === undefined ? {} : { source: row.source }),
      ...(children === undefined ? {} : { children }),
    };
  };
  // At most three levels and a bounded number of rows, so this recursion is shallow.
  const rows = document.rows.map((row, i) => convert(row, ["rows", i]));
  if (issues.length > 0) return { ok: false, issues };

  const citation: Citation[] = (document.citation ?? []).map((c) => ({
    title: c.title,
    issuer: c.issuer,
    date: c.date,
    link: c.link,
    ...(c.note === undefined ? {} : { note: c.note }),
  }));
  const form: StatisticalForm = {
    id: document.id,
    code: document.code ?? null,
    title: bilingual(document.title),
    citation,
    note: document.note === undefined ? { "zh-CN": "", en: "" } : bilingual(document.note),
    period: { from: period.from, to: period.to },
    rows,
  };
  return { ok: true, form, issues };
}
