/**
 * The `kexie` command: validate, coverage, stats and report on a dataset file.
 *
 * Exit codes: 0 clean, 1 findings of severity error, 2 usage errors or unreadable input.
 *
 * @module
 */
import { UsageError } from "./errors.js";
import { COMMANDS } from "./commands/index.js";

const HELP = `kexie — 科协数据校验与统计 / checks and statistics for science and technology associations

Usage: kexie <command> <dataset.json> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)}${c.summary}`).join("\n")}

Run kexie <command> --help for a command's options.
Exit codes: 0 clean, 1 errors found in the data, 2 usage error or unreadable input.
`;

/** Runs the command line and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${__KEXIE_VERSION__}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (command === undefined) throw new UsageError(`unknown command ${JSON.stringify(name)} (see kexie --help)`);
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`kexie: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
