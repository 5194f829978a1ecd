/**
 * How a filled form is laid out on paper, in the terminal, in CSV and in a workbook: the heading lines,
 * the column titles, the "其中" labels and the notes, in Chinese or English.
 *
 * @module
 */
import type { Locale } from "../../index.js";
import { headerCells } from "../messages.js";
import { UNIT_LABELS, statisticalReportLines, type StatisticalReport, type StatisticalReportLine, type StatisticalUnit } from "../../statistics/index.js";

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
  return UNIT_LABELS[unit]?.[locale] ?? unit;
}

/** A row's label as printed: a "其中" row says so, a deeper one is indented. */
export function rowLabel(line: Pick<StatisticalReportLine, "label" | "depth">, locale: Locale): string {
  if (line.depth === 0) return line.label;
  const indent = locale === "zh-CN" ? "\u3000".repeat(line.depth - 1) : "  ".repeat(line.depth - 1);
  return `${indent}${locale === "zh-CN" ? "其中：" : "of which: "}${line.label}`;
}

function periodText(report: StatisticalReport, locale: Locale): string {
  const { year, from, to, calendarYear } = report.period;
  if (locale === "en") return `Period: ${calendarYear ? String(year) : `${from} to ${to}`}`;
  if (calendarYear) return `统计期：${year}年`;
  const day = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
  return `统计期：${year}年${day(from)}至${day(to)}`;
}

function filingText(report: StatisticalReport, locale: Locale): string {
  const { divisionCode, divisionName, associationName } = report.filingUnit;
  const zh = locale === "zh-CN";
  if (divisionCode === null) return zh ? "填报单位：（全部数据，不限地区）" : "Filing unit: (the whole data set, no area)";
  const area = divisionName === null ? divisionCode : zh ? `${divisionName}，${divisionCode}` : `${divisionName}, ${divisionCode}`;
  if (associationName === null) return zh ? `填报单位：${area}` : `Filing unit: ${area}`;
  return zh ? `填报单位：${associationName}（${area}）` : `Filing unit: ${associationName} (${area})`;
}

/** The heading lines of a filled form. */
export function formHeading(report: StatisticalReport): FormHeading {
  const { locale } = report;
  const code = report.form.code ?? report.form.id;
  return {
    title: report.form.title,
    filingUnit: filingText(report, locale),
    period: periodText(report, locale),
    code: locale === "zh-CN" ? `表号：${code}` : `Form code: ${code}`,
  };
}

/** The table rows of a filled form: code, printed label, unit, value. */
export function tableRows(report: StatisticalReport): [string, string, string, number][] {
  return statisticalReportLines(report).map((line) => [line.code, rowLabel(line, report.locale), unitLabel(line.unit, report.locale), line.value]);
}

/** The notes under a filled form: the period and placement notes, the stand-ins with their rows, the form's note. */
export function noteLines(report: StatisticalReport): string[] {
  const zh = report.locale === "zh-CN";
  const lines = [...report.notes];
  for (const standIn of report.standIns) {
    lines.push(zh ? `第 ${standIn.rows.join("、")} 行：${standIn.note}` : `${standIn.rows.length === 1 ? "Row" : "Rows"} ${standIn.rows.join(", ")}: ${standIn.note}`);
  }
  if (report.form.note !== "") lines.push(report.form.note);
  return lines;
}

/** The signature line a filed paper copy carries. */
export function signatureLine(locale: Locale): string {
  return locale === "zh-CN" ? "单位负责人：　　　　统计负责人：　　　　填表人：　　　　报出日期：　　年　　月　　日" : "Head of unit:          Statistics lead:          Prepared by:          Date:";
}
