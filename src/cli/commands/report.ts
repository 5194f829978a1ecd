/**
 * `kexie report`: one readable report of coverage, growth, "3+1" leadership, activity figures and charter
 * findings, in Chinese by default or English.
 *
 * @module
 */
import {
  GRASSROOTS_KINDS,
  JIANGSU_4PLUS1,
  SHANDONG_3PLUS1_2020,
  TONGCHENG_3PLUS1,
  growth,
  label,
  leadershipCoverage,
  organisationalCoverage,
  validateDataset,
  yearOf,
  type AssociationKind,
  type Dataset,
  type Locale,
  type Post,
  type RuleSet,
  type SectorRole,
  type ValidationReport,
} from "../../index.js";
import { issueLines } from "../issues-text.js";
import { dateOption, dataSetArgs, formatOption, parseCommandArgs, today } from "../options.js";
import { readSoundDataset } from "../read-dataset.js";
import { ruleSetsOption } from "../rule-option.js";
import { displayWidth, percent, textTable } from "../text-table.js";
import { showHelp, write, type Command } from "./command.js";
import { coverageLines } from "./coverage.js";
import { statsLines, yearlyStats } from "./stats.js";

const HELP = `Usage: kexie report <dataset.json> [--as-of YYYY-MM-DD] [--since YYYY-MM-DD] [--scope <code>] [--rules <set,…>] [--locale zh-CN|en]

A readable report: organisational coverage, growth since a date, "3+1" leadership (by the rule of the
scope's region: Tongcheng's agri-station heads as vice-chairs, Shandong's 3+1, Jiangsu's 4+1, or else
CAST's three heads in county, township and sub-district leadership), activity figures by year, and
charter findings.
  --as-of    the report's date (default: today)
  --since    the earlier date of the growth figures (default: 31 December three years before --as-of)
  --scope    the division whose coverage is shown (default: the smallest division holding every
             township-level unit of the data set)
  --rules    built-in rule sets for the findings (default: all)
  --locale   zh-CN (default) or en
Exit code 0 when no finding is an error, 1 otherwise, 2 on a usage error.
`;

/** The smallest division of the data set whose code prefixes every township-level unit's code. */
function defaultScope(data: Dataset): string | undefined {
  const townships = data.divisions.filter((d) => d.code.length === 9).map((d) => d.code);
  const candidates = data.divisions.filter((d) => d.code.length < 9).sort((a, b) => b.code.length - a.code.length);
  return candidates.find((c) => townships.length > 0 && townships.every((t) => t.startsWith(c.code)))?.code;
}

/** A "3+1" leadership rule the report can apply: who must sit where, and the rule set it mirrors. */
interface LeadershipRule {
  readonly id: string;
  /** The rule set's title, and the requirement's. */
  readonly title: Readonly<Record<Locale, string>>;
  readonly requirement: Readonly<Record<Locale, string>>;
  readonly region: string | null;
  readonly kinds: readonly AssociationKind[];
  readonly requiredHeads: readonly SectorRole[];
  readonly posts?: readonly Post[];
}

const SANZHANG: readonly SectorRole[] = ["hospital-director", "school-principal", "agri-station-head"];

// The place-bound presets, read off their rule sets (id, title, region, kinds); the heads and posts are
// those their rules require.
function fromPreset(set: RuleSet, requiredHeads: readonly SectorRole[], posts?: readonly Post[]): LeadershipRule {
  const rule = set.rules[0];
  const kinds = rule === undefined || rule.appliesTo.kinds === "all" ? [] : rule.appliesTo.kinds;
  return {
    id: set.id,
    title: set.title,
    requirement: rule?.title ?? set.title,
    region: rule?.appliesTo.region ?? null,
    kinds,
    requiredHeads,
    ...(posts === undefined ? {} : { posts }),
  };
}

const REGIONAL_LEADERSHIP: readonly LeadershipRule[] = [
  fromPreset(TONGCHENG_3PLUS1, ["agri-station-head"], ["vice-chair"]),
  fromPreset(SHANDONG_3PLUS1_2020, SANZHANG),
  fromPreset(JIANGSU_4PLUS1, [...SANZHANG, "tech-entrepreneur"]),
];

// CAST's national pilot (2018): the three heads take posts in county and township-level leadership.
const NATIONAL_LEADERSHIP: LeadershipRule = {
  id: "cast-3plus1",
  title: { "zh-CN": "中国科协“3+1”试点（2018）", en: 'CAST "3+1" pilot (2018)' },
  requirement: { "zh-CN": "“三长”进入县、乡镇（街道）科协委员会", en: "The three heads sit on county, township and sub-district committees" },
  region: null,
  kinds: ["county", "township", "subdistrict"],
  requiredHeads: SANZHANG,
};

/** The leadership rule of the scope's region: the preset whose region holds the scope (the nearest), else CAST's. */
function leadershipRuleFor(scope: string | undefined): LeadershipRule {
  let best: LeadershipRule | undefined;
  for (const rule of REGIONAL_LEADERSHIP) {
    if (scope === undefined || rule.region === null || !scope.startsWith(rule.region)) continue;
    if (best === undefined || rule.region.length > (best.region ?? "").length) best = rule;
  }
  return best ?? NATIONAL_LEADERSHIP;
}

function heading(title: string): string[] {
  return ["", title, "=".repeat(displayWidth(title))];
}

function findingLines(report: ValidationReport, data: Dataset, locale: Locale): string[] {
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
    const since = dateOption("since", values.since) ?? `${yearOf(asOf) - 3}-12-31`;
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

    const rule = leadershipRuleFor(scope);
    const leadership = leadershipCoverage(data, {
      asOf,
      kinds: rule.kinds,
      requiredHeads: rule.requiredHeads,
      ...(rule.posts === undefined ? {} : { posts: rule.posts }),
      ...(scope === undefined ? {} : { scope }),
    });
    lines.push(...heading(zh ? "三、“三长”进班子（3+1）" : '3. "3+1" leadership'));
    const where = rule.region === null ? (zh ? "全国通用" : "national") : zh ? `适用地区 ${rule.region}` : `region ${rule.region}`;
    lines.push(
      zh ? `适用规则：${rule.title["zh-CN"]}（${rule.id}，${where}）` : `Rule applied: ${rule.title.en} (${rule.id}, ${where})`,
      zh
        ? `${rule.requirement["zh-CN"]}：${leadership.covered}/${leadership.total}（${percent(leadership.ratio)}）`
        : `${rule.requirement.en}: ${leadership.covered}/${leadership.total} (${percent(leadership.ratio)})`,
    );
    for (const missing of leadership.associations.filter((a) => !a.complete)) {
      lines.push(`  ${missing.name} (${missing.id})`);
    }

    const stats = yearlyStats(data, asOf, undefined);
    lines.push(...heading(zh ? "四、活动统计（按开始年份）" : "4. Activities (by the year they start)"), ...statsLines(stats, data, locale));

    const findings = validateDataset(data, { asOf, rules, locale });
    lines.push(...heading(zh ? "五、章程规则检查" : "5. Charter findings"), ...findingLines(findings, data, locale));

    write(lines.join("\n"));
    return findings.counts.error > 0 ? 1 : 0;
  },
};
