/**
 * `kexie report`: one readable report of coverage, growth, "3+1" leadership, activity figures, facilities and
 * outputs, and charter findings, in Chinese by default or English.
 *
 * @module
 */
import {
  DATE_RANGE,
  GRASSROOTS_KINDS,
  growth,
  label,
  leadershipCoverage,
  organisationalCoverage,
  validateDataset,
  yearOf,
  type ParsedDataset,
  type Locale,
  type ValidationReport,
} from "../../index.js";
import { issueLines } from "../issues-text.js";
import { dateOption, dataSetArgs, formatOption, parseCommandArgs, today } from "../options.js";
import { readSoundDataset } from "../read-dataset.js";
import { ruleSetsOption } from "../rule-option.js";
import { displayWidth, percent, textTable } from "../text-table.js";
import { showHelp, write, type Command } from "./command.js";
import { coverageLines } from "./coverage.js";
import { facilityLines, outputLines } from "./records-tables.js";
import { statsLines, yearlyStats } from "./stats.js";

const HELP = `Usage: kexie report <dataset.json> [--as-of YYYY-MM-DD] [--since YYYY-MM-DD] [--scope <code>] [--rules <set,…>] [--locale zh-CN|en]

A readable report: organisational coverage, growth since a date, "3+1" leadership (agri-station heads as
vice-chairs of town and sub-district associations), activity figures by year, facilities and designations
in effect and outputs (which are not activities), and charter findings.
  --as-of    the report's date (default: today)
  --since    the earlier date of the growth figures (default: 31 December three years before --as-of)
  --scope    the division whose coverage is shown (default: the smallest division holding every
             township-level unit of the data set)
  --rules    built-in rule sets for the findings (default: all)
  --locale   zh-CN (default) or en
Exit code 0 when no finding is an error, 1 otherwise, 2 on a usage error.
`;

/** The smallest division of the data set whose code prefixes every township-level unit's code. */
function defaultScope(data: ParsedDataset): string | undefined {
  const townships = data.divisions.filter((d) => d.code.length === 9).map((d) => d.code);
  const candidates = data.divisions.filter((d) => d.code.length < 9).sort((a, b) => b.code.length - a.code.length);
  return candidates.find((c) => townships.length > 0 && townships.every((t) => t.startsWith(c.code)))?.code;
}

function heading(title: string): string[] {
  return ["", title, "=".repeat(displayWidth(title))];
}

function findingLines(report: ValidationReport, data: ParsedDataset, locale: Locale): string[] {
  const zh = locale === "zh-CN";
  const names = new Map(data.associations.map((a) => [a.id, a.name]));
  const lines = [
    zh
      ? `检查 ${report.checked} 个科协组织，错误 ${report.counts.error} 项，警告 ${report.counts.warning} 项。`
      : `${report.checked} associations checked: ${report.counts.error} errors, ${report.counts.warning} warnings.`,
  ];
  for (const association of report.associations) {
    if (association.counts.error === 0) continue;
    const errors = association.issues.filter((issue) => issue.severity === "error");
    lines.push("", `${names.get(association.associationId) ?? association.associationId} (${association.associationId})`, ...issueLines(errors, locale));
  }
  const warnings = new Map<string, number>();
  for (const association of report.associations) {
    for (const issue of association.issues) {
      if (issue.severity === "warning") warnings.set(issue.rule ?? issue.code, (warnings.get(issue.rule ?? issue.code) ?? 0) + 1);
    }
  }
  if (warnings.size > 0) {
    lines.push("", zh ? "警告（按规则汇总；kexie validate 列出全部）：" : "Warnings by rule (kexie validate lists them all):");
    lines.push(...textTable(zh ? ["规则", "项数"] : ["rule", "count"], [...warnings].sort(([a], [b]) => (a < b ? -1 : 1))));
  }
  return lines;
}

/** `kexie report`. */
export const report: Command = {
  name: "report",
  summary: "a readable report / 科协工作报告",
  run(args) {
    const { values, positionals } = parseCommandArgs("report", args, {
      "as-of": { type: "string" },
      since: { type: "string" },
      scope: { type: "string" },
      rules: { type: "string" },
    });
    if (values.help) return showHelp(HELP);
    const { file, locale, asOf: asOfOption } = dataSetArgs("report", positionals, values);
    formatOption(values.format, ["text"] as const);
    const asOf = asOfOption ?? today();
    // Growth over three years by default, but never from before the first day data may hold.
    const threeYearsBack = `${yearOf(asOf) - 3}-12-31`;
    const since = dateOption("since", values.since) ?? (threeYearsBack < DATE_RANGE.from ? DATE_RANGE.from : threeYearsBack);
    const rules = ruleSetsOption(values.rules);
    const data = readSoundDataset(file, locale);
    if (data === undefined) return 1;
    const zh = locale === "zh-CN";

    const scope = values.scope ?? defaultScope(data);
    const coverage = organisationalCoverage(data, { asOf, ...(scope === undefined ? {} : { scope }) });
    const place = coverage.scope.name ?? (zh ? "全部地区" : "all areas");
    const lines = [zh ? `${place}科协工作报告（截至 ${asOf}）` : `Science and technology associations of ${place}: report as of ${asOf}`];

    lines.push(...heading(zh ? "一、组织覆盖" : "1. Organisational coverage"), ...coverageLines(coverage, locale));

    const grown = growth(data.associations, { from: since, to: asOf, kinds: GRASSROOTS_KINDS, ...(scope === undefined ? {} : { scope }) });
    lines.push(...heading(zh ? `二、基层组织增长（${since} → ${asOf}）` : `2. Growth of grassroots associations (${since} → ${asOf})`));
    lines.push(
      ...textTable(
        zh ? ["类型", "之前", "之后", "增加", "增幅"] : ["kind", "before", "after", "change", "relative"],
        grown.byKind
          .filter((k) => k.before > 0 || k.after > 0)
          .map((k) => [label("associationKind", k.associationKind, locale), k.before, k.after, k.change, percent(k.relativeChange)]),
      ),
    );

    const leadership = leadershipCoverage(data, {
      asOf,
      kinds: ["township", "subdistrict"],
      requiredHeads: ["agri-station-head"],
      posts: ["vice-chair"],
      ...(scope === undefined ? {} : { scope }),
    });
    lines.push(...heading(zh ? "三、“三长”进班子（3+1）" : '3. "3+1" leadership'));
    lines.push(
      zh
        ? `农技站站长任乡镇（街道）科协副主席：${leadership.covered}/${leadership.total}（${percent(leadership.ratio)}）`
        : `Agri-station heads as vice-chairs of town and sub-district associations: ${leadership.covered}/${leadership.total} (${percent(leadership.ratio)})`,
    );
    for (const missing of leadership.associations.filter((a) => !a.complete)) {
      lines.push(`  ${missing.name} (${missing.id})`);
    }

    const stats = yearlyStats(data, asOf, undefined);
    lines.push(...heading(zh ? "四、活动统计（按开始年份）" : "4. Activities (by the year they start)"), ...statsLines(stats, data, locale));

    lines.push(...heading(zh ? `五、设施与命名（截至 ${asOf}）` : `5. Facilities and designations (in effect on ${asOf})`), ...facilityLines(data, asOf, locale));
    lines.push(...heading(zh ? "六、成果（论文、奖励等，不计为活动）" : "6. Outputs (papers, awards …; not activities)"), ...outputLines(data, asOf, locale));

    const findings = validateDataset(data, { asOf, rules, locale });
    lines.push(...heading(zh ? "七、章程规则检查" : "7. Charter findings"), ...findingLines(findings, data, locale));

    write(lines.join("\n"));
    return findings.counts.error > 0 ? 1 : 0;
  },
};
