/**
 * Command-line options: parsing with node's parseArgs in strict mode, and the checks every command
 * shares (locale, date, choices, scope, dataset file), each failure a one-line UsageError.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Locale, ParsedDataset } from "../index.js";
import { CalendarDate, DivisionCode } from "../model/primitives.js";
import { UsageError } from "./errors.js";

/** The options every command takes. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  locale: { type: "string" },
  format: { type: "string" },
} as const satisfies ParseArgsConfig["options"];

/**
 * The `--locale` a command line asks for, read before anything else so that even an error in the other
 * options is written in it: the locale, `undefined` when none is given, or the wrong value given.
 */
export function localeOfArgs(argv: readonly string[]): { locale: Locale | undefined } | { wrong: string } {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") break;
    if (arg === "--locale") value = argv[++i] ?? "";
    else if (arg.startsWith("--locale=")) value = arg.slice("--locale=".length);
  }
  if (value === undefined) return { locale: undefined };
  return value === "zh-CN" || value === "en" ? { locale: value } : { wrong: value };
}

// parseArgs names the option in quotes ('--locale <value>', '-h, --help'); the message keeps the long name.
function optionNamed(message: string): string {
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  return quoted.split(", ").pop()?.split(" ")[0] ?? quoted;
}

/** Parses a command's arguments; unknown options and missing values are usage errors. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig["options"]>>(command: string, args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    const option = optionNamed(message);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError("usage.unknown-option", { command, option });
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const key = message.includes("does not take an argument") ? "usage.takes-no-value" : "usage.missing-value";
      throw new UsageError(key, { command, option });
    }
    throw new UsageError("usage.bad-arguments", { command, detail: message });
  }
}

/** The locale asked for, zh-CN by default. */
export function localeOption(value: string | undefined): Locale {
  if (value === undefined) return "zh-CN";
  if (value === "zh-CN" || value === "en") return value;
  throw new UsageError("usage.locale", { value: JSON.stringify(value) });
}

/**
 * A `YYYY-MM-DD` option value, checked as a real calendar date. Whether the date is in the range the
 * library accepts is the library's to say (a misuse error the command prints as one line).
 */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!CalendarDate.safeParse(value).success) throw new UsageError("usage.date", { option: name, value: JSON.stringify(value) });
  return value;
}

/** Today's date in the process's time zone: the command's default `--as-of` (the library never reads the clock). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** One of the values an option allows; the first is the default. The error names the option. */
export function choiceOption<F extends string>(name: string, value: string | undefined, allowed: readonly F[]): F {
  if (value === undefined) return allowed[0] as F;
  if ((allowed as readonly string[]).includes(value)) return value as F;
  throw new UsageError("usage.choice", { option: name, allowed: allowed.join(", "), value: JSON.stringify(value) });
}

/** One of the formats a command can write (`--format`). */
export function formatOption<F extends string>(value: string | undefined, allowed: readonly F[]): F {
  return choiceOption("format", value, allowed);
}

/** A `--scope` value: a division code of a province, prefecture, county or township. */
export function scopeOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!DivisionCode.safeParse(value).success || value.length > 9) throw new UsageError("usage.scope", { value: JSON.stringify(value) });
  return value;
}

/**
 * Checks that a scope names a division of the data set or one below it: a scope outside the data would
 * count nothing and look like an area with no units at all.
 */
export function checkScopeInData(scope: string, data: ParsedDataset, file: string): void {
  for (const division of data.divisions) if (division.code.startsWith(scope)) return;
  throw new UsageError("usage.scope-not-in-data", { scope, file });
}

/** The single dataset file a command reads (`-` for standard input). */
export function datasetArgument(command: string, positionals: readonly string[]): string {
  if (positionals.length === 0) throw new UsageError("usage.missing-dataset", { command });
  if (positionals.length > 1) throw new UsageError("usage.many-datasets", { command, count: positionals.length });
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
