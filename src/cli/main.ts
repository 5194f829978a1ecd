/**
 * The `kexie` command: validate, coverage, stats and report on a dataset file.
 *
 * Exit codes: 0 clean, 1 findings of severity error, 2 the command could not do its work (a usage error,
 * unreadable input, unwritable output, a misuse the library refused). A reader that closes the pipe early
 * (`kexie … | head`) ends the command quietly with 141, as Unix tools ended by SIGPIPE do.
 *
 * @module
 */
import type { Locale } from "../index.js";
import { COMMANDS } from "./commands/index.js";
import { summaryIn } from "./commands/command.js";
import { UsageError } from "./errors.js";
import { say } from "./messages.js";
import { localeOfArgs } from "./options.js";
import { finishOutput, OutputError, startOutput, writeErrorLines, writeLines } from "./output.js";

/** The exit code of a command whose reader went away: 128 + SIGPIPE, what a shell reports for `yes | head`. */
export const CLOSED_PIPE = 141;

function* help(locale: Locale): Generator<string> {
  yield* say("help.main", locale).split("\n");
  for (const command of COMMANDS) yield `  ${command.name.padEnd(10)}${summaryIn(command, locale)}`;
  yield "";
  yield* say("help.main-end", locale).split("\n");
}

// Node writes a system error as "ENOSPC: no space left on device, write"; people need the middle.
function reason(error: OutputError): string {
  const text = error.message.replace(/^[A-Z]+: /, "").replace(/, write$/, "");
  return error.code === undefined ? text : `${text} (${error.code})`;
}

// `kexie --locale en validate …` works as `kexie validate … --locale en`: the command reads the option.
function localeFirst(argv: readonly string[]): { locale: string[]; rest: readonly string[] } {
  if (argv[0] === "--locale") return { locale: argv.slice(0, 2), rest: argv.slice(2) };
  if (argv[0]?.startsWith("--locale=") === true) return { locale: argv.slice(0, 1), rest: argv.slice(1) };
  return { locale: [], rest: argv };
}

async function run(argv: readonly string[], locale: Locale): Promise<number> {
  const first = localeFirst(argv);
  const [name, ...rest] = first.rest;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    await writeLines(help(locale));
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    await writeLines([__KEXIE_VERSION__]);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) throw new UsageError("usage.unknown-command", { name: JSON.stringify(name) });
  return command.run([...rest, ...first.locale]);
}

// One line on stderr and the exit code for whatever stopped the command; never a stack.
function failure(error: unknown, locale: Locale): { code: number; line: string | undefined } {
  if (error instanceof OutputError) {
    if (error.code === "EPIPE") return { code: CLOSED_PIPE, line: undefined };
    return { code: 2, line: say("failure.output", locale, { reason: reason(error) }) };
  }
  if (error instanceof UsageError) return { code: 2, line: error.messageIn(locale) };
  const message = error instanceof Error ? error.message : String(error);
  // The library throws a TypeError, naming the function, for what it refuses to do (an as-of date outside
  // its range, say): the command's input, not a crash.
  if (error instanceof TypeError) return { code: 2, line: say("failure.misuse", locale, { detail: message }) };
  return { code: 2, line: say("failure.internal", locale, { detail: message }) };
}

/** Runs the command line and gives the exit code, once everything written has been written. */
export async function main(argv: readonly string[]): Promise<number> {
  startOutput();
  const asked = localeOfArgs(argv);
  if ("wrong" in asked) {
    // No locale to write in: say it in both.
    const value = JSON.stringify(asked.wrong);
    await writeErrorLines([`kexie: ${say("usage.locale", "zh-CN", { value })} / ${say("usage.locale", "en", { value })}`]);
    await finishOutput().catch(() => {});
    return 2;
  }
  const locale = asked.locale ?? "zh-CN";
  let code: number;
  try {
    code = await run(argv, locale);
    await finishOutput();
  } catch (error) {
    const { code: failed, line } = failure(error, locale);
    // writeErrorLines shows line breaks in a message as escapes, so this is always one line.
    if (line !== undefined) await writeErrorLines([`kexie: ${line}`]);
    code = failed;
  }
  await finishOutput().catch(() => {});
  return code;
}
