/**
 * `kexie report`: one readable report of coverage, growth, "3+1" leadership, activity figures, facilities and
 * outputs, and charter findings, in Chinese by default or English.
 *
 * @module
 */
import { DATE_RANGE } from "../../model/primitives.js";
import { GRASSROOTS_KINDS, JIANGSU_4PLUS1, SHANDONG_3PLUS1_2020, TONGCHENG_3PLUS1, yearOf } from "../../charter/index.js";
import { growth, leadershipCoverage } from "../../metrics/index.js";
import {
  label,
  organisationalCoverage,
  type AssociationKind,
  type ParsedDataset,
  type Locale,
  type Post,
  type SectorRole,
} from "../../index.js";
import { validateDataset, type RuleSet, type ValidationReport } from "../../charter/index.js";
import { associationLabel, findingLine } from "../findings.js";
import { CLI_MESSAGES, headerCells, say } from "../messages.js";
import { checkScopeInData, dataSetArgs, dateOption, formatOption, localeOption, parseCommandArgs, scopeOption, today } from "../options.js";
import { writeLines } from "../output.js";
import { readSoundDataset } from "../read-dataset.js";
import { ruleSetsOption } from "../rule-option.js";
import { displayWidth, percent, textTable } from "../text-table.js";
import { showHelp, type Command } from "./command.js";
import { coverageLines } from "./coverage.js";
import { facilityLines, outputLines } from "./records-tables.js";
import { statsLines, yearlyStats } from "./stats.js";

/** The smallest division of the data set whose code prefixes every township-level unit's code. */
function defaultScope(data: ParsedDataset): string | undefined {
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
  title: CLI_MESSAGES["report.national-title"],
  requirement: CLI_MESSAGES["report.national-requirement"],
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

function* heading(title: string): Generator<string> {
  yield "";
  yield title;
  yield "=".repeat(displayWidth(title));
}

function* findingsSection(report: ValidationReport, data: ParsedDataset, locale: Locale): Generator<string> {
  yield say("report.checked", locale, { checked: report.checked, errors: report.counts.error, warnings: report.counts.warning });
  const names = new Map(data.associations.map((a) => [a.id, a.name]));
  for (const entry of report.associations) {
    if (entry.counts.error === 0) continue;
    const association = { id: entry.associationId, name: names.get(entry.associationId) };
    yield "";
    yield associationLabel(association);
    for (const issue of entry.issues) if (issue.severity === "error") yield findingLine({ issue, association: undefined }, locale);
  }
  const warnings = new Map<string, number>();
  for (const entry of report.associations) {
    for (const issue of entry.issues) {
      if (issue.severity === "warning") warnings.set(issue.rule ?? issue.code, (warnings.get(issue.rule ?? issue.code) ?? 0) + 1);
    }
  }
  if (warnings.size > 0) {
    yield "";
    yield say("report.warnings-by-rule", locale);
    yield* textTable(
      headerCells("header.warnings", locale),
      [...warnings].sort(([a], [b]) => (a < b ? -1 : 1)),
    );
  }
}

interface ReportInput {
  readonly data: ParsedDataset;
  readonly asOf: string;
  readonly since: string;
  readonly scope: string | undefined;
  readonly findings: ValidationReport;
  readonly locale: Locale;
}

function* reportLines({ data, asOf, since, scope, findings, locale }: ReportInput): Generator<string> {
  const inScope = scope === undefined ? {} : { scope };
  const coverage = organisationalCoverage(data, { asOf, ...inScope });
  yield say("report.title", locale, { place: coverage.scope.name ?? say("report.all-areas", locale), asOf });

  yield* heading(say("report.coverage", locale));
  yield* coverageLines(coverage, locale);

  const grown = growth(data, { from: since, asOf, kinds: GRASSROOTS_KINDS, ...inScope });
  yield* heading(say("report.growth", locale, { since, asOf }));
  yield* textTable(
    headerCells("header.growth", locale),
    grown.byKind
      .filter((k) => k.before > 0 || k.after > 0)
      .map((k) => [label("associationKind", k.associationKind, locale), k.before, k.after, k.change, percent(k.relativeChange)]),
  );

  const rule = leadershipRuleFor(scope);
  const leadership = leadershipCoverage(data, {
    asOf,
    kinds: rule.kinds,
    requiredHeads: rule.requiredHeads,
    ...(rule.posts === undefined ? {} : { posts: rule.posts }),
    ...inScope,
  });
  yield* heading(say("report.leadership", locale));
  const where = rule.region === null ? say("report.rule-national", locale) : say("report.rule-region", locale, { region: rule.region });
  yield say("report.rule-applied", locale, { title: rule.title[locale], id: rule.id, where });
  yield say("report.requirement", locale, {
    requirement: rule.requirement[locale],
    covered: leadership.covered,
    total: leadership.total,
    ratio: percent(leadership.ratio),
  });
  for (const missing of leadership.associations) if (!missing.complete) yield `  ${missing.name} (${missing.id})`;

  yield* heading(say("report.activities", locale));
  yield* statsLines(yearlyStats(data, asOf, undefined), data, locale);

  yield* heading(say("report.facilities", locale, { asOf }));
  yield* facilityLines(data, asOf, locale);
  yield* heading(say("report.outputs", locale));
  yield* outputLines(data, asOf, locale);

  yield* heading(say("report.findings", locale));
  yield* findingsSection(findings, data, locale);
}

// Three years back from the as-of date, but never from before the first day data may hold.
function defaultSince(asOf: string): string {
  const threeYearsBack = `${yearOf(asOf) - 3}-12-31`;
  return threeYearsBack < DATE_RANGE.from ? DATE_RANGE.from : threeYearsBack;
}

/** `kexie report`. */
export const report: Command = {
  name: "report",
  summary: CLI_MESSAGES["summary.report"],
  async run(args) {
    const { values, positionals } = parseCommandArgs("report", args, {
      "as-of": { type: "string" },
      since: { type: "string" },
      scope: { type: "string" },
      rules: { type: "string" },
    });
    const locale = localeOption(values.locale);
    if (values.help) return showHelp(say("help.report", locale));
    const { file, asOf: asOfOption } = dataSetArgs("report", positionals, values);
    formatOption(values.format, ["text"] as const);
    const asOf = asOfOption ?? today();
    const since = dateOption("since", values.since) ?? defaultSince(asOf);
    const scopeGiven = scopeOption(values.scope);
    const rules = ruleSetsOption(values.rules);
    const input = await readSoundDataset(file, locale);
    if (input === undefined) return 1;
    const { data } = input;
    if (scopeGiven !== undefined) checkScopeInData(scopeGiven, data, input.label);
    const scope = scopeGiven ?? defaultScope(data);
    const findings = validateDataset(data, { asOf, rules, locale });
    await writeLines(reportLines({ data, asOf, since, scope, findings, locale }));
    return findings.counts.error > 0 ? 1 : 0;
  },
};
