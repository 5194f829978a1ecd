/**
 * `kexie stats`: activity statistics by year, organiser and type.
 *
 * @module
 */
import { activityStats, DATE_RANGE, toCsv, toRows, yearOf, type ActivityStats, type ParsedDataset, type Locale, label } from "../../index.js";
import { UsageError } from "../errors.js";
import { dataSetArgs, formatOption, parseCommandArgs, today } from "../options.js";
import { readSoundDataset } from "../read-dataset.js";
import { textTable } from "../text-table.js";
import { showHelp, write, type Command } from "./command.js";

const HELP = `Usage: kexie stats <dataset.json> [--year YYYY] [--as-of YYYY-MM-DD] [--locale zh-CN|en] [--format text|json|csv]

Activity statistics by year, organiser and type: activities, participant-times (人次), experts invited and
trainees. A multi-day activity counts in the year it starts.
  --year     only activities starting in this calendar year
  --as-of    activities starting after this day are plans and not counted (default: today)
  --format   text (default), json or csv
Exit code 0, or 1 when the data set has errors, 2 on a usage error.
`;

/** The text lines of activity statistics grouped by year, organiser and type. */
export function statsLines(result: ActivityStats, data: ParsedDataset, locale: Locale): string[] {
  const zh = locale === "zh-CN";
  const names = new Map(data.associations.map((a) => [a.id, a.name]));
  const header = zh
    ? ["年份", "主办", "类型", "次数", "人次", "邀请专家", "培训人数"]
    : ["year", "organiser", "type", "activities", "participant-times", "experts", "trainees"];
  return textTable(
    header,
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
  summary: "activity statistics / 活动统计",
  run(args) {
    const { values, positionals } = parseCommandArgs("stats", args, {
      year: { type: "string" },
      "as-of": { type: "string" },
    });
    if (values.help) return showHelp(HELP);
    const { file, locale, asOf } = dataSetArgs("stats", positionals, values);
    const format = formatOption(values.format, ["text", "json", "csv"] as const);
    const [first, last] = [yearOf(DATE_RANGE.from), yearOf(DATE_RANGE.to)];
    if (values.year !== undefined && !(/^\d{4}$/.test(values.year) && Number(values.year) >= first && Number(values.year) <= last)) {
      throw new UsageError(`--year must be a year from ${first} to ${last}, not ${JSON.stringify(values.year)}`);
    }
    const data = readSoundDataset(file, locale);
    if (data === undefined) return 1;
    const result = yearlyStats(data, asOf ?? today(), values.year === undefined ? undefined : Number(values.year));
    if (format === "json") write(JSON.stringify(result, null, 2));
    else if (format === "csv") process.stdout.write(toCsv(toRows(result)));
    else write(statsLines(result, data, locale).join("\n"));
    return 0;
  },
};
