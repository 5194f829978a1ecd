/**
 * The shape of a `kexie` sub-command.
 *
 * @module
 */
import type { Locale } from "../../index.js";
import { writeLines } from "../output.js";

/**
 * A sub-command: its name, a one-line summary for `kexie --help` (one text, or one per locale), and how
 * to run it. `run` may be asynchronous (reading a workbook, writing with backpressure); `main` awaits it,
 * then waits for the output to be written.
 */
export interface Command {
  readonly name: string;
  readonly summary: string | Readonly<Record<Locale, string>>;
  /**
   * Runs the command on its arguments and gives the exit code: 0 done, 1 the data has errors. Usage errors
   * are thrown as UsageError (exit 2); output goes through `../output.js`, whose failures `main` handles.
   */
  run(args: readonly string[]): number | Promise<number>;
}

/** A command's summary in a locale. */
export function summaryIn(command: Command, locale: Locale): string {
  return typeof command.summary === "string" ? command.summary : command.summary[locale];
}

/** Prints a command's help and gives exit code 0. */
export async function showHelp(text: string): Promise<number> {
  await writeLines(text.split("\n"));
  return 0;
}
