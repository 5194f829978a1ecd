/**
 * How a filled form is laid out on paper, in the terminal, in CSV and in a workbook: the heading lines,
 * the column titles, the "其中" labels and the notes, in Chinese or English.
 *
 * @module
 */
import type { Locale } from "../../index.js";
import { headerCells, say } from "../messages.js";
import {
  UNIT_LABELS,
  statisticalReportLines,
  type StatisticalReport,
  type StatisticalReportLine,
  type StatisticalUnit,
} from "../../statistics/index.js";

/** The heading of a filled form: its title, who files it, the period, and the form's code. */
export interface FormHeading {
  readonly title: string;
  readonly filingUnit: string;
  readonly period: string;
  readonly code: string;
}

/** The column titles of a filled form's table. */
export function columnTitles(locale: Locale): readonly [string, string, string, string] {
  return headerCells("header.annual-form", locale) as [string, string, string, string];
}

/** A unit of measure as the locale writes it. */
export function unitLabel(unit: StatisticalUnit, locale: Locale): string {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a unit added to the forms before its label prints as itself
  return UNIT_LABELS[unit]?.[locale] ?? unit;
}

// One step of indentation: a full-width space in Chinese text, as printed forms indent; two spaces in English.
const INDENT: Readonly<Record<Locale, string>> = { "zh-CN": "\u3000", en: "  " };

// A day of the year as the locale writes it, like date-fns's locale formatters: 1月1日 (no leading zeros), 01-01.
const DAY_OF_YEAR: Readonly<Record<Locale, (date: string) => string>> = {
  "zh-CN": (date) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`,
  en: (date) => date.slice(5, 10),
};

/** A row's label as printed: a "其中" row says so, a deeper one is indented. */
export function rowLabel(line: Pick<StatisticalReportLine, "label" | "depth">, locale: Locale): string {
  if (line.depth === 0) return line.label;
  return INDENT[locale].repeat(line.depth - 1) + say("form.of-which", locale, { label: line.label });
}

function periodText(report: StatisticalReport, locale: Locale): string {
  const { year, from, to, calendarYear } = report.period;
  if (calendarYear) return say("form.period-year", locale, { year: String(year) });
  return say("form.period-days", locale, { year: String(year), from: DAY_OF_YEAR[locale](from), to: DAY_OF_YEAR[locale](to) });
}

function filingText(report: StatisticalReport, locale: Locale): string {
  const { divisionCode, divisionName, associationName } = report.filingUnit;
  if (divisionCode === null) return say("form.filing-all", locale);
  const area = divisionName === null ? divisionCode : say("form.area", locale, { name: divisionName, code: divisionCode });
  if (associationName === null) return say("form.filing-area", locale, { area });
  return say("form.filing-association", locale, { name: associationName, area });
}

/** The heading lines of a filled form. */
export function formHeading(report: StatisticalReport): FormHeading {
  const { locale } = report;
  const code = report.form.code ?? report.form.id;
  return {
    title: report.form.title,
    filingUnit: filingText(report, locale),
    period: periodText(report, locale),
    code: say("form.code", locale, { code }),
  };
}

/** The table rows of a filled form: code, printed label, unit, value. */
export function tableRows(report: StatisticalReport): [string, string, string, number][] {
  return statisticalReportLines(report).map((line) => [
    line.code,
    rowLabel(line, report.locale),
    unitLabel(line.unit, report.locale),
    line.value,
  ]);
}

/** The notes under a filled form: the period and placement notes, the stand-ins with their rows, the form's note. */
export function noteLines(report: StatisticalReport): string[] {
  const { locale } = report;
  const lines = [...report.notes];
  for (const { rows, note } of report.standIns) {
    lines.push(
      say(rows.length === 1 ? "form.stand-in" : "form.stand-ins", locale, { rows: rows.join(say("list.separator", locale)), note }),
    );
  }
  if (report.form.note !== "") lines.push(report.form.note);
  return lines;
}

/** The signature line a filed paper copy carries. */
export function signatureLine(locale: Locale): string {
  return say("form.signatures", locale);
}
