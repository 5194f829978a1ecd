/**
 * `kexie annual-report`: one form of the yearly statistical report (科协统计年报) filled from the records,
 * as text, JSON, CSV or an Excel workbook laid out like the paper form; `--explain` lists the records
 * behind one value.
 *
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { DivisionCode, label, type Dataset, type Locale } from "../../index.js";
import {
  findReportRow,
  formById,
  statisticalReportLines,
  parsePeriodRule,
  parseStatisticalForm,
  statisticalReport,
  type ReportRow,
  type ReportingPeriodRule,
  type StatisticalForm,
  type StatisticalReport,
} from "../../statistics/index.js";
import { toCsv } from "../../metrics/csv.js";
import { UsageError } from "../errors.js";
import { issueLines } from "../issues-text.js";
import { dataSetArgs, formatOption, parseCommandArgs } from "../options.js";
import { readSoundDataset } from "../read-dataset.js";
import { textTable } from "../text-table.js";
import { columnTitles, formHeading, noteLines, rowLabel, signatureLine, tableRows, unitLabel } from "./annual-report-layout.js";
import { reportWorkbook } from "./annual-report-xlsx.js";
import { showHelp, write, type Command } from "./command.js";

const HELP = `Usage: kexie annual-report <dataset.json> --form <1-1|3|5|7|form.json> --year YYYY --scope <division code>
         [--period MM-DD..MM-DD] [--format text|json|csv|xlsx] [--out FILE] [--explain ROW] [--locale zh-CN|en]

One form of the yearly statistical report (科协统计年报), filled from the records: every record placed at
or below the scope counts; stocks are read on the period's last day, activities counted when they start
within it. Built-in forms: 1-1 组织建设, 3 学术交流活动, 5 科学技术普及活动, 7 科普基础设施建设 (their rows come
from published yearbooks: the official row list is not public). A JSON form file can give the year's
exact rows (see docs/annual-report.md).
  --form     a built-in form (1-1, 3, 5, 7) or a form file (.json)
  --year     the year reported on
  --scope    the filing area, a division code (e.g. 340881)
  --period   a part of the year, e.g. 01-01..10-31 (default: the calendar year); planned figures for the
             rest of the year are not estimated
  --format   text (default), json, csv (UTF-8 with a byte-order mark, for Excel) or xlsx (needs --out)
  --out      write to this file instead of the standard output
  --explain  list the records behind the value of one row (by its code)
Exit code 0, 1 when the data set or the form file has errors, 2 on a usage error.
`;

function readForm(value: string | undefined, locale: Locale): StatisticalForm | undefined {
  if (value === undefined) throw new UsageError("annual-report: --form is required (1-1, 3, 5, 7 or a form file)");
  const builtIn = formById(value);
  if (builtIn !== undefined) return builtIn;
  if (!existsSync(value)) throw new UsageError(`--form: ${JSON.stringify(value)} is neither a built-in form (1-1, 3, 5, 7) nor a file`);
  let document: unknown;
  try {
    const text = readFileSync(value, "utf8");
    document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new UsageError(`${value}: cannot read the form (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
  }
  const parsed = parseStatisticalForm(document, { locale });
  if (parsed.ok) return parsed.form;
  const head = locale === "en" ? `${value}: the form has errors` : `${value}：表式有错误`;
  process.stderr.write(`${[head, ...issueLines(parsed.issues, locale)].join("\n")}\n`);
  return undefined;
}

function yearOption(value: string | undefined): number {
  if (value === undefined) throw new UsageError("annual-report: --year YYYY is required");
  if (!/^\d{4}$/.test(value)) throw new UsageError(`--year must be a four-digit year, not ${JSON.stringify(value)}`);
  return Number(value);
}

function scopeOption(value: string | undefined): string {
  if (value === undefined) throw new UsageError("annual-report: --scope <division code> is required (the filing area, e.g. 340881)");
  if (!DivisionCode.safeParse(value).success) throw new UsageError(`--scope must be a division code of 2, 4, 6, 9 or 12 digits, not ${JSON.stringify(value)}`);
  return value;
}

function periodOption(value: string | undefined): ReportingPeriodRule | undefined {
  if (value === undefined) return undefined;
  try {
    return parsePeriodRule(value);
  } catch {
    throw new UsageError(`--period must be two days of every year written MM-DD..MM-DD in order, such as 01-01..10-31, not ${JSON.stringify(value)}`);
  }
}

// A cell that a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage return first) is
// given a leading apostrophe, so a label from a form file cannot run as a formula when the CSV is opened.
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function textForm(report: StatisticalReport): string {
  const heading = formHeading(report);
  const titles = columnTitles(report.locale);
  const lines = [
    report.locale === "zh-CN" ? `${heading.title}（${heading.code}）` : `${heading.title} (${heading.code})`,
    heading.filingUnit,
    heading.period,
    ...textTable([...titles], tableRows(report)),
    "",
    ...noteLines(report).map((note) => `* ${note}`),
  ];
  return lines.join("\n");
}

function csvForm(report: StatisticalReport): string {
  const { locale } = report;
  const titles = columnTitles(locale);
  const indicatorTitle = locale === "zh-CN" ? "指标" : "indicator";
  const lines = statisticalReportLines(report).map((line) => ({
    [titles[0]]: inert(line.code),
    [titles[1]]: inert(rowLabel(line, locale)),
    [titles[2]]: inert(unitLabel(line.unit, locale)),
    [titles[3]]: line.value,
    [indicatorTitle]: inert(line.indicator),
  }));
  return toCsv(lines, { bom: true, columns: [...titles, indicatorTitle] });
}

type Cells = Record<string, string | number | null>;

/** The records behind a row's value, with what a reader needs to recognise each. */
function explainedRecords(row: ReportRow, data: Dataset, locale: Locale): Cells[] {
  const zh = locale === "zh-CN";
  const wanted = new Set(row.recordIds);
  const names = new Map(data.associations.map((a) => [a.id, a.name]));
  if (row.records === "associations") {
    return data.associations
      .filter((a) => wanted.has(a.id))
      .map((a) => ({
        id: a.id,
        [zh ? "名称" : "name"]: a.name,
        [zh ? "类型" : "kind"]: label("associationKind", a.kind, locale),
        [zh ? "行政区划" : "division"]: a.divisionCode ?? null,
        [zh ? "成立日期" : "established"]: a.establishedOn,
      }));
  }
  if (row.records === "members") {
    return data.members
      .filter((m) => wanted.has(m.id))
      .map((m) => ({
        id: m.id,
        [zh ? "名称" : "name"]: m.name,
        [zh ? "类型" : "type"]: m.type === "individual" ? (zh ? "个人会员" : "individual") : zh ? "团体会员" : "group",
        [zh ? "所属组织" : "association"]: names.get(m.associationId) ?? m.associationId,
        [zh ? "入会日期" : "joined"]: m.joinedOn,
      }));
  }
  return data.activities
    .filter((a) => wanted.has(a.id))
    .map((a) => ({
      id: a.id,
      [zh ? "名称" : "title"]: a.title ?? null,
      [zh ? "类型" : "type"]: label("activityType", a.type, locale),
      [zh ? "开始日期" : "starts"]: a.startsOn,
      [zh ? "人次" : "participant-times"]: a.participantTimes,
      [zh ? "主办" : "organiser"]: names.get(a.organizerId) ?? a.organizerId,
    }));
}

function explain(report: StatisticalReport, code: string, data: Dataset, format: "text" | "json" | "csv"): string {
  const row = findReportRow(report, code);
  if (row === undefined) {
    throw new UsageError(`--explain: form ${report.form.id} has no row ${JSON.stringify(code)} (its rows: ${statisticalReportLines(report).map((line) => line.code).join(", ")})`);
  }
  const records = explainedRecords(row, data, report.locale);
  if (format === "json") return JSON.stringify({ row: row.code, label: row.label, unit: row.unit, value: row.value, indicator: row.indicator, records }, null, 2);
  if (format === "csv") return toCsv(records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "string" ? inert(v) : v]))), { bom: true });
  const zh = report.locale === "zh-CN";
  const head = zh
    ? `第 ${row.code} 行 ${row.label}：${row.value.toLocaleString("en-US")} ${unitLabel(row.unit, report.locale)}，来自 ${row.recordIds.length} 条记录（${row.records}，指标 ${row.indicator}）`
    : `Row ${row.code} ${row.label}: ${row.value.toLocaleString("en-US")} ${unitLabel(row.unit, report.locale)}, from ${row.recordIds.length} records (${row.records}, indicator ${row.indicator})`;
  const columns = records.length === 0 ? [] : Object.keys(records[0] as Cells);
  return [head, ...(records.length === 0 ? [] : textTable(columns, records.map((r) => columns.map((c) => r[c] ?? ""))))].join("\n");
}

function output(text: string, out: string | undefined): void {
  if (out === undefined) {
    write(text);
    return;
  }
  try {
    writeFileSync(out, text.endsWith("\n") ? text : `${text}\n`);
  } catch (error) {
    throw new UsageError(`--out ${out}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

// The command interface is synchronous: the workbook is written after run returns, and its outcome sets
// the exit code then (main has set it to run's 0 by that time).
function finishLater(work: Promise<void>): number {
  work.then(
    () => undefined,
    (error: unknown) => {
      const message = error instanceof UsageError ? error.message : `--out: cannot write the workbook (${error instanceof Error ? error.message : String(error)})`;
      process.stderr.write(`kexie: ${message}\n`);
      process.exitCode = 2;
    },
  );
  return 0;
}

async function writeWorkbook(report: StatisticalReport, out: string): Promise<void> {
  const bytes = await reportWorkbook(report);
  try {
    writeFileSync(out, bytes);
  } catch (error) {
    throw new UsageError(`--out ${out}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** `kexie annual-report`. */
export const annualReport: Command = {
  name: "annual-report",
  summary: "a form of the yearly statistical report / 科协统计年报",
  run(args) {
    const { values, positionals } = parseCommandArgs("annual-report", args, {
      form: { type: "string" },
      year: { type: "string" },
      scope: { type: "string" },
      period: { type: "string" },
      out: { type: "string" },
      explain: { type: "string" },
    });
    if (values.help) return showHelp(HELP);
    const { file, locale } = dataSetArgs("annual-report", positionals, values);
    const format = formatOption(values.format, ["text", "json", "csv", "xlsx"] as const);
    const year = yearOption(values.year);
    const scope = scopeOption(values.scope);
    const period = periodOption(values.period);
    if (format === "xlsx" && values.out === undefined) throw new UsageError("--format xlsx writes a workbook: give the file with --out");
    if (format === "xlsx" && values.explain !== undefined) throw new UsageError("--explain lists records as text, json or csv, not xlsx");
    const form = readForm(values.form, locale);
    if (form === undefined) return 1;
    const data = readSoundDataset(file, locale);
    if (data === undefined) return 1;

    const report = statisticalReport(data, { form, year, scope, locale, ...(period === undefined ? {} : { period }) });
    if (values.explain !== undefined) {
      output(explain(report, values.explain, data, format as "text" | "json" | "csv"), values.out);
      return 0;
    }
    if (format === "xlsx") return finishLater(writeWorkbook(report, values.out as string));
    if (format === "json") output(JSON.stringify(report, null, 2), values.out);
    else if (format === "csv") output(csvForm(report), values.out);
    else output(`${textForm(report)}\n\n${signatureLine(locale)}`, values.out);
    return 0;
  },
};
