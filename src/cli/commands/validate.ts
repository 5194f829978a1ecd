/**
 * `kexie validate`: the data set's shape and references, then its charter rules.
 *
 * @module
 */
import { countBySeverity } from "../../index.js";
import { issueLines } from "../issues-text.js";
import { datasetArgument, formatOption, localeOption, parseCommandArgs } from "../options.js";
import { readDataset } from "../read-dataset.js";
import { write, type Command } from "./command.js";

const HELP = `Usage: kexie validate <dataset.json> [--locale zh-CN|en] [--format text|json]

Checks the data set's shape, ids, references and dates.
Exit code 0 when nothing of severity error is found, 1 otherwise, 2 on a usage error.
`;

/** `kexie validate`. */
export const validate: Command = {
  name: "validate",
  summary: "check a data set / 校验数据集",
  run(args) {
    const { values, positionals } = parseCommandArgs("validate", args, {});
    if (values.help) {
      write(HELP);
      return 0;
    }
    const locale = localeOption(values.locale);
    const format = formatOption(values.format, ["text", "json"] as const);
    const file = datasetArgument("validate", positionals);
    const parsed = readDataset(file, locale);
    const counts = countBySeverity(parsed.issues);
    if (format === "json") write(JSON.stringify({ file, counts, issues: parsed.issues }, null, 2));
    else {
      const head = locale === "en" ? `${file}: ${counts.error} errors, ${counts.warning} warnings` : `${file}：错误 ${counts.error} 项，警告 ${counts.warning} 项`;
      write([head, ...issueLines(parsed.issues, locale)].join("\n"));
    }
    return counts.error > 0 ? 1 : 0;
  },
};
