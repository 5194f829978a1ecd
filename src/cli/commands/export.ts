/**
 * `kexie export`: a data set written as the workbook the template lays out, so it can be edited in Excel
 * and imported again.
 *
 * @module
 */
import { exportTables } from "../../import/index.js";
import { UsageError } from "../errors.js";
import { datasetArgument, formatOption, localeOption, parseCommandArgs } from "../options.js";
import { readSoundInput } from "../read-input.js";
import { writeXlsx } from "../spreadsheet/write-xlsx.js";
import { showHelp, write, type Command } from "./command.js";

const HELP = `Usage: kexie export <dataset.json> --out <数据.xlsx> [--format xlsx] [--locale zh-CN|en]

Writes the data set as a workbook in the template's layout (kexie template): one sheet per kind of
record, labels in the locale's language, references as ids, extra values in columns of their own.
kexie import reads it back to the same data set.
  --out      the .xlsx file to write
  --format   xlsx (the only one)
  --locale   zh-CN (default) or en
Exit code 0, 1 when the data set has errors (nothing is written), 2 on a usage error.
`;

/** `kexie export`. */
export const exportCommand: Command = {
  name: "export",
  summary: "a data set as an Excel workbook / 导出为 Excel 工作簿",
  async run(args) {
    const { values, positionals } = parseCommandArgs("export", args, { out: { type: "string" } });
    if (values.help) return showHelp(HELP);
    const file = datasetArgument("export", positionals);
    const locale = localeOption(values.locale);
    formatOption(values.format, ["xlsx"] as const);
    if (values.out === undefined || !values.out.toLowerCase().endsWith(".xlsx")) throw new UsageError("export: --out <file.xlsx> is required");
    const data = await readSoundInput(file, locale);
    if (data === undefined) return 1;
    const sheets = exportTables(data, { locale });
    await writeXlsx(sheets, values.out, locale);
    const rows = sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
    write(locale === "en" ? `${values.out}: ${rows} rows in ${sheets.length} sheets` : `${values.out}：已写出 ${sheets.length} 张工作表，共 ${rows} 行`);
    return 0;
  },
};
