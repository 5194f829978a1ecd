/**
 * `kexie coverage`: organisational coverage (组织覆盖) of an area's township- and village-level units.
 *
 * @module
 */
import { DivisionCode, organisationalCoverage, toCsv, toRows, type Locale, type OrganisationalCoverage } from "../../index.js";
import { UsageError } from "../errors.js";
import { dataSetArgs, formatOption, parseCommandArgs, today } from "../options.js";
import { readSoundInput } from "../read-input.js";
import { percent, textTable } from "../text-table.js";
import { showHelp, write, type Command } from "./command.js";

const HELP = `Usage: kexie coverage <dataset.json> --scope <division code> [--as-of YYYY-MM-DD] [--locale zh-CN|en] [--format text|json|csv]

Organisational coverage of the township- and village-level units below a division, as of a date:
totals, covered units, ratios, the areas below the scope, and the uncovered units.
  --scope    a division code (2, 4, 6 or 9 digits), e.g. 340881
  --as-of    the day coverage is counted on (default: today)
  --format   text (default), json, or csv
  --part     with --format csv: summary (default: levels and areas) or gaps
Exit code 0, or 1 when the data set has errors, 2 on a usage error.
`;

/** The text lines of a coverage result. */
export function coverageLines(result: OrganisationalCoverage, locale: Locale): string[] {
  const zh = locale === "zh-CN";
  const list = result.divisionList === "unknown" ? (zh ? "未注明" : "unknown") : `${result.divisionList.name} ${result.divisionList.version}`;
  const levelName = (level: string) => (level === "township" ? (zh ? "乡镇级" : "township level") : zh ? "村级" : "village level");
  const lines = [
    zh
      ? `组织覆盖：${result.scope.name ?? "全部"}（${result.scope.code ?? "—"}），截至 ${result.asOf}，区划列表：${list}`
      : `Organisational coverage: ${result.scope.name ?? "all"} (${result.scope.code ?? "—"}) as of ${result.asOf}; division list: ${list}`,
    ...textTable(
      zh ? ["层级", "单位数", "已建科协", "覆盖率"] : ["level", "units", "covered", "ratio"],
      result.levels.map((l) => [levelName(l.level), l.total, l.covered, percent(l.ratio)]),
    ),
  ];
  if (result.areas.length > 0) {
    lines.push(
      "",
      ...textTable(
        zh ? ["区域", "代码", "乡镇级", "村级", "村级覆盖率"] : ["area", "code", "township level", "village level", "village ratio"],
        result.areas.map((a) => [
          a.name ?? a.code,
          a.code,
          `${a.township.covered}/${a.township.total}`,
          `${a.village.covered}/${a.village.total}`,
          percent(a.village.ratio),
        ]),
      ),
    );
  }
  for (const level of result.levels) {
    if (level.gaps.length === 0) continue;
    lines.push("", zh ? `未建科协的${levelName(level.level)}单位（${level.gaps.length}）：` : `Uncovered ${levelName(level.level)} units (${level.gaps.length}):`);
    for (const gap of level.gaps) lines.push(`  ${gap.code}  ${gap.name}`);
  }
  return lines;
}

/** `kexie coverage`. */
export const coverage: Command = {
  name: "coverage",
  summary: "organisational coverage of an area / 组织覆盖率",
  async run(args) {
    const { values, positionals } = parseCommandArgs("coverage", args, {
      scope: { type: "string" },
      "as-of": { type: "string" },
      part: { type: "string" },
    });
    if (values.help) return showHelp(HELP);
    const { file, locale, asOf } = dataSetArgs("coverage", positionals, values);
    const format = formatOption(values.format, ["text", "json", "csv"] as const);
    const part = formatOption(values.part, ["summary", "gaps"] as const);
    if (values.scope === undefined) throw new UsageError("coverage: --scope <division code> is required");
    if (!DivisionCode.safeParse(values.scope).success || values.scope.length > 9) {
      throw new UsageError(`--scope must be a division code of 2, 4, 6 or 9 digits, not ${JSON.stringify(values.scope)}`);
    }
    const data = await readSoundInput(file, locale);
    if (data === undefined) return 1;
    const result = organisationalCoverage(data, { scope: values.scope, asOf: asOf ?? today(), bySubKind: true });
    if (format === "json") write(JSON.stringify(result, null, 2));
    else if (format === "csv") process.stdout.write(toCsv(toRows(result, part)));
    else write(coverageLines(result, locale).join("\n"));
    return 0;
  },
};
