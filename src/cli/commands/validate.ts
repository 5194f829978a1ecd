/**
 * `kexie validate`: the data set's shape and references, then its charter rules.
 *
 * @module
 */
import { validateDataset, type ValidationReport } from "../../charter/index.js";
import type { Issue, Severity } from "../../index.js";
import {
  atLeast,
  bothFindings,
  bySeverity,
  charterFindings,
  findingLines,
  parseFindings,
  SEVERITIES,
  type FindingSource,
} from "../findings.js";
import { CLI_MESSAGES, say } from "../messages.js";
import { choiceOption, dataSetArgs, localeOption, formatOption, parseCommandArgs, today } from "../options.js";
import { writeChunks, writeJson, writeLines } from "../output.js";
import { readDataset } from "../read-dataset.js";
import { ruleSetsOption } from "../rule-option.js";
import { showHelp, type Command } from "./command.js";

type Counts = Record<Severity, number>;

function addCounts(parse: readonly Issue[], charter: ValidationReport | undefined): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const issue of parse) counts[issue.severity] += 1;
  if (charter !== undefined) for (const severity of SEVERITIES) counts[severity] += charter.counts[severity];
  return counts;
}

// The charter report with only the findings of at least a severity; associations left without any drop out.
function charterOfSeverity(report: ValidationReport, least: Severity): ValidationReport {
  const associations = [];
  for (const association of report.associations) {
    const issues = association.issues.filter((issue) => atLeast(issue.severity, least));
    if (issues.length > 0) associations.push({ ...association, issues });
  }
  return { ...report, associations };
}

// A spreadsheet's charter findings name the table, row and column of their record; JSON's stay as they are.
function located(report: ValidationReport, locate: (issue: Issue) => Issue): ValidationReport {
  return { ...report, associations: report.associations.map((entry) => ({ ...entry, issues: entry.issues.map(locate) })) };
}

// Each finding is its issue's JSON with one more field, `association`; joined as text because copying a
// million issues into new objects only to stringify them costs more than the stringifying.
function* jsonLines(findings: FindingSource, least: Severity): Generator<string> {
  for (const { issue, association } of bySeverity(findings, least)) {
    yield `${JSON.stringify(issue).slice(0, -1)},"association":${JSON.stringify(association ?? null)}}\n`;
  }
}

/** `kexie validate`. */
export const validate: Command = {
  name: "validate",
  summary: CLI_MESSAGES["summary.validate"],
  async run(args) {
    const { values, positionals } = parseCommandArgs("validate", args, {
      rules: { type: "string" },
      "as-of": { type: "string" },
      severity: { type: "string" },
      quiet: { type: "boolean", short: "q" },
    });
    const locale = localeOption(values.locale);
    if (values.help) return showHelp(say("help.validate", locale));
    const { file, asOf } = dataSetArgs("validate", positionals, values);
    const format = formatOption(values.format, ["text", "json", "jsonl"] as const);
    const least = choiceOption("severity", values.severity, ["info", "warning", "error"] as const);
    const rules = ruleSetsOption(values.rules);
    const { label, json, parsed, locate } = await readDataset(file, locale);
    const report = parsed.ok ? validateDataset(parsed.data, { asOf: asOf ?? today(), rules, locale }) : undefined;
    const charter = report === undefined || locate === undefined ? report : located(report, locate);
    const counts = addCounts(parsed.issues, charter);
    const code = counts.error > 0 ? 1 : 0;
    const summary = { file: label, asOf: charter?.asOf ?? null, counts };
    const findings = bothFindings(
      parseFindings(parsed.issues, json),
      charter === undefined || !parsed.ok ? () => [] : charterFindings(charter, parsed.data),
    );

    if (format === "json") {
      const everything =
        values.quiet === true
          ? summary
          : {
              ...summary,
              parse: least === "info" ? parsed.issues : parsed.issues.filter((issue) => atLeast(issue.severity, least)),
              charter: charter === undefined ? null : least === "info" ? charter : charterOfSeverity(charter, least),
            };
      await writeJson(everything);
    } else if (format === "jsonl") {
      await writeChunks(values.quiet === true ? [`${JSON.stringify(summary)}\n`] : jsonLines(findings, least));
    } else {
      const head = say("validate.summary", locale, { file: label, errors: counts.error, warnings: counts.warning });
      await writeLines([head]);
      if (values.quiet !== true) await writeLines(findingLines(findings, locale, least));
    }
    return code;
  },
};
