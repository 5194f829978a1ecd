/**
 * `kexie import`: Excel and CSV lists in, a kexie data set out, with every problem at its table, row and
 * column.
 *
 * @module
 */
import { importTables } from "../../import/index.js";
import { countBySeverity } from "../../index.js";
import { divisionSource } from "../division-source.js";
import { UsageError } from "../errors.js";
import { writeOut } from "../files.js";
import { findingLines, parseFindings } from "../findings.js";
import { CLI_MESSAGES, say } from "../messages.js";
import { formatOption, localeOption, parseCommandArgs } from "../options.js";
import { writeErrorLines, writeJson, writeLines, writeText } from "../output.js";
import { progress } from "../progress.js";
import { readSpreadsheets } from "../spreadsheet/read-tables.js";
import { showHelp, type Command } from "./command.js";

/** `kexie import`. */
export const importCommand: Command = {
  name: "import",
  summary: CLI_MESSAGES["summary.import"],
  async run(args) {
    const { values, positionals } = parseCommandArgs("import", args, { out: { type: "string" }, divisions: { type: "string" } });
    const locale = localeOption(values.locale);
    if (values.help) return showHelp(say("help.import", locale));
    const format = formatOption(values.format, ["text", "json"] as const);
    if (positionals.length === 0) throw new UsageError("usage.missing-spreadsheet");
    const source = values.divisions === undefined ? undefined : await divisionSource(values.divisions, locale);
    const tables = await readSpreadsheets(positionals);
    const files = positionals.join(say("list.separator", locale));
    const done = progress(say("progress.importing", locale, { file: files }));
    const result = importTables(tables, {
      locale,
      ...(source === undefined ? {} : { divisions: source.divisions }),
      ...(source?.divisionList === undefined ? {} : { divisionList: source.divisionList }),
    });
    done();
    const counts = countBySeverity(result.issues);
    const summary = say("import.summary", locale, { files, errors: counts.error, warnings: counts.warning, infos: counts.info });
    const lines = [summary, ...findingLines(parseFindings(result.issues, undefined), locale, "info")];
    const dataset = `${JSON.stringify(result.dataset, null, 2)}\n`;
    if (values.out === undefined) {
      // The data set is the output; the issues are about it, so they go beside it, to stderr.
      await writeText(dataset);
      if (format === "json") await writeErrorLines([JSON.stringify({ files: positionals, out: null, counts, issues: result.issues })]);
      else await writeErrorLines(lines);
    } else {
      await writeOut(values.out, dataset);
      if (format === "json") await writeJson({ files: positionals, out: values.out, counts, issues: result.issues });
      else await writeLines(lines);
    }
    return counts.error > 0 ? 1 : 0;
  },
};
