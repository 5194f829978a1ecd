/**
 * Command-line options: parsing with node's parseArgs in strict mode, and the checks every command
 * shares (locale, date, format), each failure a one-line UsageError.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { CalendarDate, DATE_RANGE, DATE_RANGE_PATTERN, type Locale } from "../index.js";
import { UsageError } from "./errors.js";

/** The options every command takes. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  locale: { type: "string" },
  format: { type: "string" },
} as const satisfies ParseArgsConfig["options"];

/** Parses a command's arguments; unknown options and missing values are usage errors. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig["options"]>>(
  command: string,
  args: readonly string[],
  options: O,
) {
  try {
    return parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(`${command}: ${message} (see kexie ${command} --help)`);
  }
}

/** The locale asked for, zh-CN by default. */
export function localeOption(value: string | undefined): Locale {
  if (value === undefined) return "zh-CN";
  if (value === "zh-CN" || value === "en") return value;
  throw new UsageError(`--locale must be zh-CN or en, not ${JSON.stringify(value)}`);
}

/** A `YYYY-MM-DD` option value, checked as a real calendar date. */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!CalendarDate.safeParse(value).success) {
    const range = /^\d{4}-\d{2}-\d{2}$/.test(value) && !DATE_RANGE_PATTERN.test(value) ? ` from ${DATE_RANGE.from} to ${DATE_RANGE.to}` : "";
    throw new UsageError(`--${name} must be a real date written YYYY-MM-DD${range}, not ${JSON.stringify(value)}`);
  }
  return value;
}

/** Today's date in the process's time zone: the command's default `--as-of` (the library never reads the clock). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** One of the formats a command can write. */
export function formatOption<F extends string>(value: string | undefined, allowed: readonly F[]): F {
  if (value === undefined) return allowed[0] as F;
  if ((allowed as readonly string[]).includes(value)) return value as F;
  throw new UsageError(`--format must be one of ${allowed.join(", ")}, not ${JSON.stringify(value)}`);
}

/** The single dataset file a command reads. */
export function datasetArgument(command: string, positionals: readonly string[]): string {
  if (positionals.length === 0) throw new UsageError(`${command}: missing <dataset.json> (see kexie ${command} --help)`);
  if (positionals.length > 1) throw new UsageError(`${command}: expected one dataset file, got ${positionals.length}`);
  return positionals[0] as string;
}

/** The dataset file, locale and as-of date every data command reads. */
export function dataSetArgs(
  command: string,
  positionals: readonly string[],
  values: { readonly locale?: string | undefined; readonly "as-of"?: string | undefined },
): { file: string; locale: Locale; asOf: string | undefined } {
  return {
    file: datasetArgument(command, positionals),
    locale: localeOption(values.locale),
    asOf: dateOption("as-of", values["as-of"]),
  };
}
