/**
 * `kexie annual-report`: one form of the yearly statistical report (科协统计年报) filled from the records,
 * as text, JSON, CSV or an Excel workbook laid out like the paper form; `--explain` lists the records
 * behind one value.
 *
 * @module
 */
import { existsSync } from "node:fs";
import { label, type Dataset, type Locale } from "../../index.js";
import { defuseFormula, toCsv } from "../../metrics/csv.js";
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
import { UsageError } from "../errors.js";
import { findingLines, parseFindings } from "../findings.js";
import { jsonChunks } from "../json-chunks.js";
import { CLI_MESSAGES, headerCells, say, type CliMessage } from "../messages.js";
import { checkScopeInData, dataSetArgs, formatOption, localeOption, parseCommandArgs, scopeOption } from "../options.js";
import { writeErrorLines, writeJson, writeLines, writeText } from "../output.js";
import { writeOut } from "../files.js";
import { readJson, readSoundDataset } from "../read-dataset.js";
import { textTable } from "../text-table.js";
import { visible } from "../visible.js";
import { columnTitles, formHeading, noteLines, rowLabel, signatureLine, tableRows, unitLabel } from "./annual-report-layout.js";
import { reportWorkbook } from "./annual-report-xlsx.js";
import { showHelp, type Command } from "./command.js";

async function readForm(value: string | undefined, locale: Locale): Promise<StatisticalForm | undefined> {
  if (value === undefined) throw new UsageError("usage.form-required");
  const builtIn = formById(value);
  if (builtIn !== undefined) return builtIn;
  if (!existsSync(value)) throw new UsageError("usage.form-unknown", { value: JSON.stringify(value) });
  const parsed = parseStatisticalForm(await readJson(value, value), { locale });
  if (parsed.ok) return parsed.form;
  await writeErrorLines([say("input.form-has-errors", locale, { file: value })]);
  await writeErrorLines(findingLines(parseFindings(parsed.issues, undefined), locale, "info"));
  return undefined;
}

function yearOption(value: string | undefined): number {
  if (value === undefined) throw new UsageError("usage.year-required");
  if (!/^\d{4}$/.test(value)) throw new UsageError("usage.year", { value: JSON.stringify(value) });
  return Number(value);
}

function periodOption(value: string | undefined): ReportingPeriodRule | undefined {
  if (value === undefined) return undefined;
  try {
    return parsePeriodRule(value);
  } catch {
    throw new UsageError("usage.period", { value: JSON.stringify(value) });
  }
}

function* textForm(report: StatisticalReport): Generator<string> {
  const heading = formHeading(report);
  yield say("annual.form-title", report.locale, { title: heading.title, code: heading.code });
  yield heading.filingUnit;
  yield heading.period;
  yield* textTable([...columnTitles(report.locale)], tableRows(report));
  yield "";
  for (const note of noteLines(report)) yield `* ${note}`;
  yield "";
  yield signatureLine(report.locale);
}

function csvForm(report: StatisticalReport): string {
  const { locale } = report;
  const titles = columnTitles(locale);
  const [indicatorTitle] = headerCells("header.annual-indicator", locale);
  // Codes, labels and units are text even when they read as a number, so "-2" is defused too.
  const lines = statisticalReportLines(report).map((line) => ({
    [titles[0]]: defuseFormula(line.code, false),
    [titles[1]]: defuseFormula(rowLabel(line, locale), false),
    [titles[2]]: defuseFormula(unitLabel(line.unit, locale), false),
    [titles[3]]: line.value,
    [indicatorTitle as string]: defuseFormula(line.indicator, false),
  }));
  return toCsv(lines, { bom: true, escapeFormulas: true, columns: [...titles, indicatorTitle as string] });
}

type Cells = Record<string, string | number | null>;

// Cells under the catalogue's header for a kind of record, in the header's order.
function cells(key: CliMessage & `header.${string}`, locale: Locale, values: readonly (string | number | null)[]): Cells {
  const record: Cells = {};
  headerCells(key, locale).forEach((title, i) => {
    record[title] = values[i] ?? null;
  });
  return record;
}

/** The records behind a row's value, with what a reader needs to recognise each. */
function explainedRecords(row: ReportRow, data: Dataset, locale: Locale): Cells[] {
  const wanted = new Set(row.recordIds);
  const names = new Map(data.associations.map((a) => [a.id, a.name]));
  if (row.records === "associations") {
    return data.associations
      .filter((a) => wanted.has(a.id))
      .map((a) =>
        cells("header.explain-associations", locale, [
          a.id,
          a.name,
          label("associationKind", a.kind, locale),
          a.divisionCode ?? null,
          a.establishedOn,
        ]),
      );
  }
  if (row.records === "members") {
    return data.members
      .filter((m) => wanted.has(m.id))
      .map((m) =>
        cells("header.explain-members", locale, [
          m.id,
          m.name ?? "",
          say(m.type === "individual" ? "annual.member-individual" : "annual.member-group", locale),
          names.get(m.associationId) ?? m.associationId,
          m.joinedOn,
        ]),
      );
  }
  return data.activities
    .filter((a) => wanted.has(a.id))
    .map((a) =>
      cells("header.explain-activities", locale, [
        a.id,
        a.title ?? null,
        label("activityType", a.type, locale),
        a.startsOn,
        a.participantTimes,
        names.get(a.organizerId) ?? a.organizerId,
      ]),
    );
}

/** What the command writes: lines of text, a JSON value, or CSV text. */
type Body = { readonly lines: Iterable<string> } | { readonly json: unknown } | { readonly csv: string };

function explain(report: StatisticalReport, code: string, data: Dataset, format: "text" | "json" | "csv"): Body {
  const row = findReportRow(report, code);
  if (row === undefined) {
    const rows = statisticalReportLines(report)
      .map((line) => line.code)
      .join(", ");
    throw new UsageError("usage.explain-row", { form: report.form.id, row: JSON.stringify(code), rows });
  }
  const records = explainedRecords(row, data, report.locale);
  if (format === "json")
    return { json: { row: row.code, label: row.label, unit: row.unit, value: row.value, indicator: row.indicator, records } };
  if (format === "csv") return { csv: toCsv(records, { bom: true, escapeFormulas: true }) };
  const head = say("annual.explain", report.locale, {
    row: row.code,
    label: row.label,
    value: row.value.toLocaleString("en-US"),
    unit: unitLabel(row.unit, report.locale),
    count: row.recordIds.length,
    records: row.records,
    indicator: row.indicator,
  });
  const columns = records.length === 0 ? [] : Object.keys(records[0] as Cells);
  const table =
    records.length === 0
      ? []
      : textTable(
          columns,
          records.map((r) => columns.map((c) => r[c] ?? "")),
        );
  return { lines: [head, ...table] };
}

function* fileLines(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${visible(line)}\n`;
}

// Standard output is written with backpressure; a file given by --out is written whole.
async function emit(body: Body, out: string | undefined): Promise<void> {
  if (out === undefined) {
    if ("lines" in body) return writeLines(body.lines);
    if ("json" in body) return writeJson(body.json);
    return writeText(body.csv);
  }
  if ("csv" in body) return writeOut(out, body.csv);
  const chunks = "lines" in body ? fileLines(body.lines) : [...jsonChunks(body.json), "\n"];
  let text = "";
  for (const chunk of chunks) text += chunk;
  return writeOut(out, text);
}

async function workbookBytes(report: StatisticalReport): Promise<Uint8Array> {
  try {
    return await reportWorkbook(report);
  } catch (error) {
    throw new UsageError("failure.workbook", { reason: error instanceof Error ? error.message : String(error) });
  }
}

/** `kexie annual-report`. */
export const annualReport: Command = {
  name: "annual-report",
  summary: CLI_MESSAGES["summary.annual-report"],
  async run(args) {
    const { values, positionals } = parseCommandArgs("annual-report", args, {
      form: { type: "string" },
      year: { type: "string" },
      scope: { type: "string" },
      period: { type: "string" },
      out: { type: "string" },
      explain: { type: "string" },
    });
    const locale = localeOption(values.locale);
    if (values.help) return showHelp(say("help.annual-report", locale));
    const { file } = dataSetArgs("annual-report", positionals, values);
    const format = formatOption(values.format, ["text", "json", "csv", "xlsx"] as const);
    const year = yearOption(values.year);
    const scope = scopeOption(values.scope);
    if (scope === undefined) throw new UsageError("usage.scope-required", { command: "annual-report" });
    const period = periodOption(values.period);
    if (format === "xlsx" && values.out === undefined) throw new UsageError("usage.xlsx-needs-out");
    if (format === "xlsx" && values.explain !== undefined) throw new UsageError("usage.explain-xlsx");
    const form = await readForm(values.form, locale);
    if (form === undefined) return 1;
    const input = await readSoundDataset(file, locale);
    if (input === undefined) return 1;
    const { data } = input;
    checkScopeInData(scope, data, input.label);

    const report = statisticalReport(data, { form, year, scope, locale, ...(period === undefined ? {} : { period }) });
    if (values.explain !== undefined) await emit(explain(report, values.explain, data, format as "text" | "json" | "csv"), values.out);
    else if (format === "xlsx") await writeOut(values.out as string, await workbookBytes(report));
    else if (format === "json") await emit({ json: report }, values.out);
    else if (format === "csv") await emit({ csv: csvForm(report) }, values.out);
    else await emit({ lines: textForm(report) }, values.out);
    return 0;
  },
};
