/**
 * `kexie coverage`: organisational coverage (组织覆盖) of an area's township- and village-level units.
 *
 * @module
 */
import { label, organisationalCoverage, type Locale, type OrganisationalCoverage } from "../../index.js";
import { toCsv, toRows } from "../../csv/index.js";
import { UsageError } from "../errors.js";
import { CLI_MESSAGES, headerCells, say } from "../messages.js";
import {
  checkScopeInData,
  choiceOption,
  dataSetArgs,
  formatOption,
  localeOption,
  parseCommandArgs,
  scopeOption,
  today,
} from "../options.js";
import { writeJson, writeLines, writeText } from "../output.js";
import { readSoundDataset } from "../read-dataset.js";
import { percent, textTable } from "../text-table.js";
import { showHelp, type Command } from "./command.js";

/** The text lines of a coverage result, the uncovered units last, one a line. */
export function* coverageLines(result: OrganisationalCoverage, locale: Locale): Generator<string> {
  const list =
    result.divisionList === "unknown" ? say("coverage.list-unknown", locale) : `${result.divisionList.name} ${result.divisionList.version}`;
  const levelName = (level: "township" | "village") => label("divisionLevel", level, locale);
  yield say("coverage.title", locale, {
    scope: result.scope.name ?? say("coverage.all", locale),
    code: result.scope.code ?? "—",
    asOf: result.asOf,
    list,
  });
  yield* textTable(
    headerCells("header.coverage-levels", locale),
    result.levels.map((l) => [levelName(l.level), l.total, l.covered, percent(l.ratio)]),
  );
  if (result.areas.length > 0) {
    yield "";
    yield* textTable(
      headerCells("header.coverage-areas", locale, { township: levelName("township"), village: levelName("village") }),
      result.areas.map((a) => [
        a.name ?? a.code,
        a.code,
        `${a.township.covered}/${a.township.total}`,
        `${a.village.covered}/${a.village.total}`,
        percent(a.village.ratio),
      ]),
    );
  }
  for (const level of result.levels) {
    if (level.gaps.length === 0) continue;
    yield "";
    yield say("coverage.gaps", locale, { level: levelName(level.level), count: level.gaps.length });
    for (const gap of level.gaps) yield `  ${gap.code}  ${gap.name}`;
  }
}

/** `kexie coverage`. */
export const coverage: Command = {
  name: "coverage",
  summary: CLI_MESSAGES["summary.coverage"],
  async run(args) {
    const { values, positionals } = parseCommandArgs("coverage", args, {
      scope: { type: "string" },
      "as-of": { type: "string" },
      part: { type: "string" },
    });
    const locale = localeOption(values.locale);
    if (values.help) return showHelp(say("help.coverage", locale));
    const { file, asOf } = dataSetArgs("coverage", positionals, values);
    const format = formatOption(values.format, ["text", "json", "csv"] as const);
    const part = choiceOption("part", values.part, ["summary", "gaps"] as const);
    const scope = scopeOption(values.scope);
    if (scope === undefined) throw new UsageError("usage.scope-required", { command: "coverage" });
    const input = await readSoundDataset(file, locale);
    if (input === undefined) return 1;
    checkScopeInData(scope, input.data, input.label);
    const result = organisationalCoverage(input.data, { scope, asOf: asOf ?? today(), bySubKind: true });
    if (format === "json") await writeJson(result);
    else if (format === "csv") await writeText(toCsv(toRows(result, part), { escapeFormulas: true }));
    else await writeLines(coverageLines(result, locale));
    return 0;
  },
};
