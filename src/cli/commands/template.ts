/**
 * `kexie template`: an empty workbook to fill in, one sheet per kind of record.
 *
 * @module
 */
import { templateTables } from "../../import/index.js";
import { UsageError } from "../errors.js";
import { CLI_MESSAGES, say } from "../messages.js";
import { localeOption, parseCommandArgs } from "../options.js";
import { writeLines } from "../output.js";
import { writeXlsx } from "../spreadsheet/write-xlsx.js";
import { showHelp, type Command } from "./command.js";

/** The `--out` of a command that writes a workbook: required, and an `.xlsx` file. */
export function xlsxOut(command: string, out: string | undefined): string {
  if (out === undefined || !out.toLowerCase().endsWith(".xlsx")) throw new UsageError("usage.out-xlsx", { command });
  return out;
}

/** `kexie template`. */
export const template: Command = {
  name: "template",
  summary: CLI_MESSAGES["summary.template"],
  async run(args) {
    const { values, positionals } = parseCommandArgs("template", args, { out: { type: "string" } });
    const locale = localeOption(values.locale);
    if (values.help) return showHelp(say("help.template", locale));
    if (positionals.length > 0) throw new UsageError("usage.unexpected-argument", { command: "template", value: positionals[0] ?? "" });
    const out = xlsxOut("template", values.out);
    const sheets = templateTables({ locale });
    await writeXlsx(sheets, out, locale);
    await writeLines([say("template.done", locale, { file: out, sheets: sheets.length })]);
    return 0;
  },
};
