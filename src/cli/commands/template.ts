/**
 * `kexie template`: an empty workbook to fill in, one sheet per kind of record.
 *
 * @module
 */
import { templateTables } from "../../import/index.js";
import { UsageError } from "../errors.js";
import { localeOption, parseCommandArgs } from "../options.js";
import { writeXlsx } from "../spreadsheet/write-xlsx.js";
import { showHelp, write, type Command } from "./command.js";

const HELP = `Usage: kexie template --out <模板.xlsx> [--locale zh-CN|en]

Writes an empty workbook to fill in: one sheet per kind of record (associations, congresses, committees,
seats, members, activities, divisions, the division list), Chinese headers (English with --locale en), a
frozen header row, drop-down lists for kinds, posts, titles and activity types, date columns formatted as
dates, and one example row per sheet (marked 示例, and passed over by kexie import). See docs/import.md.
  --out      the .xlsx file to write
  --locale   zh-CN (default) or en: the language of sheet names, headers and labels
Exit code 0, or 2 on a usage error.
`;

/** `kexie template`. */
export const template: Command = {
  name: "template",
  summary: "an empty workbook to fill in / 生成填报模板",
  async run(args) {
    const { values, positionals } = parseCommandArgs("template", args, { out: { type: "string" } });
    if (values.help) return showHelp(HELP);
    const locale = localeOption(values.locale);
    if (positionals.length > 0) throw new UsageError(`template: unexpected argument ${JSON.stringify(positionals[0])} (see kexie template --help)`);
    if (values.out === undefined || !values.out.toLowerCase().endsWith(".xlsx")) throw new UsageError("template: --out <file.xlsx> is required");
    const sheets = templateTables({ locale });
    await writeXlsx(sheets, values.out, locale);
    write(locale === "en" ? `${values.out}: template written (${sheets.length} sheets)` : `${values.out}：已写出模板（${sheets.length} 张工作表）`);
    return 0;
  },
};
