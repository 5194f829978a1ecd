/**
 * The shape of a `kexie` sub-command.
 *
 * @module
 */

/** A sub-command: its name, a one-line summary for `kexie --help`, and how to run it. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Runs the command on its arguments and returns the exit code. Usage errors are thrown as UsageError. */
  run(args: readonly string[]): number | Promise<number>;
}

/** Writes a command's output to stdout. */
export function write(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

/** Prints a command's help and gives exit code 0. */
export function showHelp(text: string): number {
  write(text);
  return 0;
}
