/**
 * `kexie stats`: activity statistics by year, organiser and type.
 *
 * @module
 */
import { activityStats, type ActivityStats } from "../../metrics/index.js";
import { DATE_RANGE } from "../../model/primitives.js";
import { label, type ParsedDataset, type Locale } from "../../index.js";
import { toCsv, toRows } from "../../csv/index.js";
import { yearOf } from "../../charter/index.js";
import { UsageError } from "../errors.js";
import { CLI_MESSAGES, headerCells, say } from "../messages.js";
import { dataSetArgs, formatOption, localeOption, parseCommandArgs, today } from "../options.js";
import { writeJson, writeLines, writeText } from "../output.js";
import { readSoundDataset } from "../read-dataset.js";
import { textTable } from "../text-table.js";
import { showHelp, type Command } from "./command.js";

/** The text lines of activity statistics grouped by year, organiser and type. */
export function statsLines(result: ActivityStats, data: ParsedDataset, locale: Locale): string[] {
  const names = new Map(data.associations.map((a) => [a.id, a.name]));
  return textTable(
    headerCells("header.stats", locale),
    result.groups.map((g) => [
      String(g.year ?? ""),
      g.organizerId === null ? "" : (names.get(g.organizerId) ?? g.organizerId),
      g.type === null ? "" : label("activityType", g.type, locale),
      g.activities,
      g.participantTimes,
      g.expertsInvited,
      g.trainees,
    ]),
  );
}

/** The activity statistics the command and the report show. */
export function yearlyStats(data: ParsedDataset, asOf: string, year: number | undefined): ActivityStats {
  const range = year === undefined ? {} : { from: `${String(year).padStart(4, "0")}-01-01`, to: `${String(year).padStart(4, "0")}-12-31` };
  return activityStats(data, { asOf, by: ["year", "organizer", "type"], ...range });
}

/** `kexie stats`. */
export const stats: Command = {
  name: "stats",
  summary: CLI_MESSAGES["summary.stats"],
  async run(args) {
    const { values, positionals } = parseCommandArgs("stats", args, {
      year: { type: "string" },
      "as-of": { type: "string" },
    });
    const locale = localeOption(values.locale);
    if (values.help) return showHelp(say("help.stats", locale));
    const { file, asOf } = dataSetArgs("stats", positionals, values);
    const format = formatOption(values.format, ["text", "json", "csv"] as const);
    const [first, last] = [yearOf(DATE_RANGE.from), yearOf(DATE_RANGE.to)];
    if (values.year !== undefined && !(/^\d{4}$/.test(values.year) && Number(values.year) >= first && Number(values.year) <= last)) {
      throw new UsageError("usage.year", { value: JSON.stringify(values.year) });
    }
    const input = await readSoundDataset(file, locale);
    if (input === undefined) return 1;
    const result = yearlyStats(input.data, asOf ?? today(), values.year === undefined ? undefined : Number(values.year));
    if (format === "json") await writeJson(result);
    else if (format === "csv") await writeText(toCsv(toRows(result), { escapeFormulas: true }));
    else await writeLines(statsLines(result, input.data, locale));
    return 0;
  },
};
