/**
 * Messages for the issues `parseStatisticalForm` reports, in zh-CN and en.
 *
 * @module
 */
import type { ShapeIssue } from "../dataset/messages.js";
import { defineMessages, type IssueOf } from "../issue/issue.js";

/**
 * Every issue code a user-defined form can have beyond its shape (shape problems use the dataset's
 * `shape.*` codes), with its message templates.
 *
 * @example
 * ```ts
 * STATISTICS_MESSAGES["form.unknown-indicator"].en; // "row {code}: no indicator is called {indicator} …"
 * ```
 */
export const STATISTICS_MESSAGES = defineMessages({
  "form.unknown-indicator": {
    "zh-CN": "第 {code} 行：没有名为 {indicator} 的指标（指标目录见 docs/annual-report.md）",
    en: "row {code}: no indicator is called {indicator} (the catalogue is in docs/annual-report.md)",
  },
  "form.unit-mismatch": {
    "zh-CN": "第 {code} 行：计量单位写作 {unit}，但指标 {indicator} 以 {expected} 计",
    en: "row {code}: the unit is given as {unit}, but indicator {indicator} counts in {expected}",
  },
  "form.duplicate-row-code": {
    "zh-CN": "行代码 {code} 重复（首次出现于 {first}）",
    en: "row code {code} is used again (first at {first})",
  },
  "form.period-day": {
    "zh-CN": "统计期的 {bound} 为 {value}，不是每年都有的日期（MM-DD，2 月 29 日除外）",
    en: "the period's {bound} is {value}, which is not a day of every year (MM-DD, 29 February excluded)",
  },
  "form.period-order": {
    "zh-CN": "统计期从 {from} 开始，却在 {to} 结束",
    en: "the period starts on {from} but ends on {to}",
  },
});

/** An issue code `parseStatisticalForm` can report beyond shape codes. */
export type StatisticsIssueCode = keyof typeof STATISTICS_MESSAGES;

/**
 * An issue `parseStatisticalForm` reports, keyed by `code`: the form's own codes, or a shape code.
 *
 * @example
 * ```ts
 * const input = { ...FORM_3, rows: [{ ...FORM_3.rows[0]!, indicator: "no-such-indicator" }] };
 * const unknown = parseStatisticalForm(input).issues.flatMap((issue: FormIssue) =>
 *   issue.code === "form.unknown-indicator" ? [issue.params.indicator] : [],
 * );
 * unknown; // → ["no-such-indicator"]
 * ```
 */
export type FormIssue = IssueOf<typeof STATISTICS_MESSAGES> | ShapeIssue;
