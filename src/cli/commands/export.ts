/**
 * `kexie export`: a data set written as the workbook the template lays out, so it can be edited in Excel
 * and imported again.
 *
 * @module
 */
import { exportTables } from "../../import/index.js";
import { CLI_MESSAGES, say } from "../messages.js";
import { datasetArgument, formatOption, localeOption, parseCommandArgs } from "../options.js";
import { writeLines } from "../output.js";
import { readSoundDataset } from "../read-dataset.js";
import { writeXlsx } from "../spreadsheet/write-xlsx.js";
import { showHelp, type Command } from "./command.js";
import { xlsxOut } from "./template.js";

/** `kexie export`. */
export const exportCommand: Command = {
  name: "export",
  summary: CLI_MESSAGES["summary.export"],
  async run(args) {
    const { values, positionals } = parseCommandArgs("export", args, { out: { type: "string" } });
    const locale = localeOption(values.locale);
    if (values.help) return showHelp(say("help.export", locale));
    const file = datasetArgument("export", positionals);
    formatOption(values.format, ["xlsx"] as const);
    const out = xlsxOut("export", values.out);
    const input = await readSoundDataset(file, locale);
    if (input === undefined) return 1;
    const sheets = exportTables(input.data, { locale });
    await writeXlsx(sheets, out, locale);
    let rows = 0;
    for (const sheet of sheets) rows += sheet.rows.length;
    await writeLines([say("export.done", locale, { file: out, rows, sheets: sheets.length })]);
    return 0;
  },
};
