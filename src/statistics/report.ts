/**
 * `statisticalReport`: one form filled for one area and one year, as a plain-JSON table whose every value
 * names the records it counted.
 *
 * @module
 */
import type { Citation } from "../charter/rule.js";
import type { DatasetIndex } from "../dataset/dataset-index.js";
import { describeValue } from "../_lib/describe.js";
import { LOCALES, type Locale } from "../issue/issue.js";
import { isActiveOn, LOCAL_KINDS, type Association } from "../model/association.js";
import type { ParsedDataset } from "../dataset/parsed.js";
import * as z from "zod";
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import { numberOption, scopeOption } from "../model/option-schemas.js";
import { indicatorById } from "./catalogue.js";
import { formRows, type FormRow, type StatisticalForm } from "./form.js";
import { formById } from "./forms/index.js";
import type { IndicatorValue, RecordCollection, StatisticalUnit } from "./indicator.js";
import { periodRuleSchema, resolvePeriod, type ReportingPeriod, type ReportingPeriodRule } from "./period.js";
import { RECORD_STAND_INS, type RecordStandIn } from "./record-access.js";
import { indexStatistics, type StatisticsIndex } from "./statistics-index.js";

/** Options of {@link statisticalReport}. */
export interface StatisticalReportOptions {
  /** A form, or a built-in form's id (`1-1`, `3`, `5`, `7`). */
  readonly form: StatisticalForm | string;
  /** The year reported on. */
  readonly year: number;
  /** The filing area: a division code; every record placed at or below it counts. The whole dataset when absent. */
  readonly scope?: string;
  /** The part of the year reported on; the form's period (the calendar year) when absent. */
  readonly period?: ReportingPeriodRule;
  /** The language of labels and notes; zh-CN by default. */
  readonly locale?: Locale;
}

/** One row of a filled form. */
export interface ReportRow {
  readonly code: string;
  readonly label: string;
  readonly unit: StatisticalUnit;
  /** The indicator that filled the row. */
  readonly indicator: string;
  readonly value: number;
  /** The collection the record ids come from. */
  readonly records: RecordCollection;
  /** The records the value counted, sorted: as many as the value for a count. */
  readonly recordIds: readonly string[];
  /** The stand-ins the row's indicator reads today (see the report's `standIns`). */
  readonly standIns: readonly RecordStandIn[];
  /** The row's "其中" (of which) rows. */
  readonly children: readonly ReportRow[];
}

/** Who files the form: the area, and the association that serves it when the dataset has one. */
export interface FilingUnit {
  readonly divisionCode: string | null;
  readonly divisionName: string | null;
  readonly associationId: string | null;
  readonly associationName: string | null;
}

/** The result of {@link statisticalReport}: plain JSON. */
export interface StatisticalReport {
  readonly kind: "statistical-report";
  readonly locale: Locale;
  readonly form: {
    readonly id: string;
    readonly code: string | null;
    readonly title: string;
    readonly note: string;
    readonly citation: readonly Citation[];
  };
  readonly filingUnit: FilingUnit;
  readonly period: ReportingPeriod;
  readonly rows: readonly ReportRow[];
  /** The stand-ins the rows read, each with its note and the codes of the rows that read it. */
  readonly standIns: readonly { readonly id: RecordStandIn; readonly note: string; readonly rows: readonly string[] }[];
  /** Notes on the period and on records that could not be placed. */
  readonly notes: readonly string[];
  /** Associations whose chain records no division code: counted only when there is no scope. */
  readonly unplacedAssociationIds: readonly string[];
}

const FN = "statisticalReport";
// Deeper nesting than any printed form has is a mistake in a form built in code (parsed forms stop at three).
const MAX_DEPTH = 16;

const PLANNED_NOT_COMPUTED = {
  "zh-CN": "统计期为 {from} 至 {to}，不是全年：表中只有记录在案的实际数。通知要求的其余月份预计数，kexie 不推算，需另行填报。",
  en: "The period is {from} to {to}, not the whole year: the form holds recorded actuals only. kexie does not estimate the planned figures for the rest of the year that a notice may ask for; supply them separately.",
} as const;

const UNPLACED = {
  "zh-CN": "有 {count} 个组织及其上级均未填写行政区划，无法计入任何地区（只计入不限地区的统计）：{ids}",
  en: "{count} associations record no division code, nor do their ancestors, so they count in no area (only in a report without a scope): {ids}",
} as const;

function fill(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** A form as the options give it: a built-in form's id, or a form of the caller's with rows. */
function isFormOption(form: unknown): form is StatisticalForm | string {
  if (typeof form === "string") return formById(form) !== undefined;
  return typeof form === "object" && form !== null && Array.isArray((form as Partial<StatisticalForm>).rows);
}

// The association that files for an area: one serving exactly that code, local kinds first (county
// before prefectural, …), then any other kind; the smaller id breaks a tie.
const FILING_ORDER = new Map<string, number>([...LOCAL_KINDS].reverse().map((kind, i) => [kind, i]));

function filingUnit(index: DatasetIndex, scope: string | undefined, lastDay: string): FilingUnit {
  if (scope === undefined) return { divisionCode: null, divisionName: null, associationId: null, associationName: null };
  let best: Association | undefined;
  const rank = (a: Association): number => FILING_ORDER.get(a.kind) ?? FILING_ORDER.size;
  for (const association of index.associationsByDivision.get(scope) ?? []) {
    if (!isActiveOn(association, lastDay)) continue;
    if (best === undefined || rank(association) < rank(best) || (rank(association) === rank(best) && association.id < best.id))
      best = association;
  }
  return {
    divisionCode: scope,
    divisionName: index.divisionByCode.get(scope)?.name ?? null,
    associationId: best?.id ?? null,
    associationName: best?.name ?? null,
  };
}

const optionsSchema = lazy(() =>
  z.object({
    form: z.custom<StatisticalForm | string>(isFormOption, { error: "a built-in form's id (1-1, 3, 5 or 7) or a form with rows" }),
    year: numberOption({ min: 1000, max: 9999 }),
    scope: scopeOption().optional(),
    period: periodRuleSchema().optional(),
    locale: z.enum(LOCALES).optional(),
  }),
);

/**
 * Fills a statistical form for an area and a year from the records: each row's value is its indicator's
 * (see `INDICATORS`) over the records placed at or below the scope, stocks on the period's last day and
 * flows within the period, with the ids of the records counted. Values are whole numbers, 0 where there
 * is nothing. For additive indicators a county's values are the sums of its townships' plus its own
 * records'. Linear in the dataset; the input is never modified.
 *
 * @throws TypeError when the form is unknown or names an unknown indicator or another unit, or `year`,
 *   `scope`, `period` or `locale` is malformed.
 * @example
 * ```ts
 * const report = statisticalReport(dataset, { form: "3", year: 2018, scope: "340881" });
 * report.rows.map((row) => [row.code, row.label, row.value]);
 * // [["01", "举行国内外学术交流活动", 42], ["02", "参加人数", 1320], ["03", "邀请专家", 32]]
 * ```
 */
export function statisticalReport(
  input: ParsedDataset | DatasetIndex | StatisticsIndex,
  options: StatisticalReportOptions,
): StatisticalReport {
  const checked = checkOptions(FN, optionsSchema(), options);
  const form = typeof checked.form === "string" ? (formById(checked.form) as StatisticalForm) : checked.form;
  const locale = checked.locale ?? "zh-CN";
  const scope = checked.scope;
  const period = resolvePeriod(FN, checked.year, checked.period ?? form.period);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a caller from JavaScript may pass anything
  if (typeof input !== "object" || input === null) throw new TypeError(`${FN}: the first argument must be a parsed dataset or its index`);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- `in` narrows by the declared types, but a data set from JavaScript may carry a field named kind
  const statistics = "kind" in input && input.kind === "statistics-index" ? input : indexStatistics(input as ParsedDataset | DatasetIndex);

  const values = new Map<string, IndicatorValue>();
  const standInRows = new Map<RecordStandIn, string[]>();
  const build = (row: FormRow, depth: number): ReportRow => {
    if (depth > MAX_DEPTH) throw new TypeError(`${FN}: the form's rows nest deeper than ${MAX_DEPTH} levels (at row ${row.code})`);
    const indicator = indicatorById(row.indicator);
    if (indicator === undefined) {
      throw new TypeError(
        `${FN}: row ${row.code} names no known indicator (${describeValue(row.indicator)}); check the form with parseStatisticalForm`,
      );
    }
    if (row.unit !== indicator.unit)
      throw new TypeError(`${FN}: row ${row.code} is in ${row.unit}, but indicator ${indicator.id} counts in ${indicator.unit}`);
    let value = values.get(indicator.id);
    if (value === undefined) {
      value = indicator.compute(statistics, scope ?? null, period);
      values.set(indicator.id, value);
    }
    for (const standIn of indicator.standIns) {
      const rows = standInRows.get(standIn) ?? [];
      rows.push(row.code);
      standInRows.set(standIn, rows);
    }
    return {
      code: row.code,
      label: row.label[locale],
      unit: row.unit,
      indicator: indicator.id,
      value: value.value,
      records: indicator.records,
      recordIds: value.recordIds,
      standIns: indicator.standIns,
      children: (row.children ?? []).map((child) => build(child, depth + 1)),
    };
  };
  const rows = form.rows.map((row) => build(row, 0));

  const notes: string[] = [];
  if (!period.calendarYear) notes.push(fill(PLANNED_NOT_COMPUTED[locale], { from: period.from, to: period.to }));
  const unplaced = statistics.unplacedAssociationIds;
  if (scope !== undefined && unplaced.length > 0) {
    const shown = unplaced.slice(0, 20).join(", ") + (unplaced.length > 20 ? ` … (+${unplaced.length - 20})` : "");
    notes.push(fill(UNPLACED[locale], { count: String(unplaced.length), ids: shown }));
  }

  return {
    kind: "statistical-report",
    locale,
    form: { id: form.id, code: form.code, title: form.title[locale], note: form.note[locale], citation: form.citation },
    filingUnit: filingUnit(statistics.index, scope, period.to),
    period,
    rows,
    standIns: [...standInRows].map(([id, codes]) => ({ id, note: RECORD_STAND_INS[id][locale], rows: codes })),
    notes,
    unplacedAssociationIds: scope === undefined ? [] : unplaced,
  };
}

/** One row of a filled form flattened for a table: depth 0 for a top row, 1 for its "其中" rows, …. */
export interface StatisticalReportLine {
  readonly code: string;
  readonly label: string;
  readonly unit: StatisticalUnit;
  readonly value: number;
  readonly depth: number;
  readonly indicator: string;
}

/**
 * The rows of a filled form in reading order (each row, then its "其中" rows), flat, for tables, CSV and
 * spreadsheets.
 *
 * @example
 * ```ts
 * const report = statisticalReport(dataset, { form: "3", year: 2018, scope: "340881" });
 * const lines = statisticalReportLines(report).map((line) => `${"  ".repeat(line.depth)}${line.label} ${String(line.value)}`);
 * lines.length > 0; // → true
 * ```
 */
export function statisticalReportLines(report: Pick<StatisticalReport, "rows">): StatisticalReportLine[] {
  return formRows(report).map(({ row, depth }) => ({
    code: row.code,
    label: row.label,
    unit: row.unit,
    value: row.value,
    depth,
    indicator: row.indicator,
  }));
}

/**
 * The row with a code anywhere in a filled form (a "其中" row included), or `undefined`: what
 * `kexie annual-report --explain` lists the records of.
 *
 * @example
 * ```ts
 * const report = statisticalReport(dataset, { form: "3", year: 2018, scope: "340881" });
 * findReportRow(report, "02")?.code; // → "02"
 * findReportRow(report, "99"); // → undefined
 * ```
 */
export function findReportRow(report: Pick<StatisticalReport, "rows">, code: string): ReportRow | undefined {
  return formRows(report).find(({ row }) => row.code === code)?.row;
}
