/**
 * `kexie validate`: the data set's shape and references, then its charter rules.
 *
 * @module
 */
import { countBySeverity, validateDataset, type Issue } from "../../index.js";
import { issueLines } from "../issues-text.js";
import { dataSetArgs, formatOption, parseCommandArgs, today } from "../options.js";
import { readInput } from "../read-input.js";
import { ruleSetsOption } from "../rule-option.js";
import { showHelp, write, type Command } from "./command.js";

const HELP = `Usage: kexie validate <dataset.json> [--rules <set,…>] [--as-of YYYY-MM-DD] [--locale zh-CN|en] [--format text|json]

Checks the data set's shape, ids, references and dates, then the charter rules as of a date.
  --rules    built-in rule sets by id, comma-separated (default: all); see docs/charter.md
  --as-of    the day the rules are judged on (default: today)
  --locale   zh-CN (default) or en
  --format   text (default) or json
Exit code 0 when nothing of severity error is found, 1 otherwise, 2 on a usage error.
`;

/** `kexie validate`. */
export const validate: Command = {
  name: "validate",
  summary: "check a data set and its charter rules / 校验数据集与章程规则",
  async run(args) {
    const { values, positionals } = parseCommandArgs("validate", args, {
      rules: { type: "string" },
      "as-of": { type: "string" },
    });
    if (values.help) return showHelp(HELP);
    const { file, locale, asOf } = dataSetArgs("validate", positionals, values);
    const format = formatOption(values.format, ["text", "json"] as const);
    const rules = ruleSetsOption(values.rules);
    const { parsed, locate } = await readInput(file, locale);
    const charter = parsed.ok ? validateDataset(parsed.data, { asOf: asOf ?? today(), rules, locale }) : undefined;
    const issues: Issue[] = [...parsed.issues, ...(charter?.associations.flatMap((a) => a.issues.map(locate)) ?? [])];
    const counts = countBySeverity(issues);
    if (format === "json") {
      write(JSON.stringify({ file, asOf: charter?.asOf ?? null, counts, parse: parsed.issues, charter: charter ?? null }, null, 2));
    } else {
      const head =
        locale === "en"
          ? `${file}: ${counts.error} errors, ${counts.warning} warnings`
          : `${file}：错误 ${counts.error} 项，警告 ${counts.warning} 项`;
      write([head, ...issueLines(issues, locale)].join("\n"));
    }
    return counts.error > 0 ? 1 : 0;
  },
};
