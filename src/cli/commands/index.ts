/**
 * Every `kexie` sub-command, in the order `kexie --help` lists them.
 *
 * @module
 */
import { annualReport } from "./annual-report.js";
import type { Command } from "./command.js";
import { coverage } from "./coverage.js";
import { divisions } from "./divisions.js";
import { exportCommand } from "./export.js";
import { importCommand } from "./import.js";
import { report } from "./report.js";
import { stats } from "./stats.js";
import { template } from "./template.js";
import { validate } from "./validate.js";

/** The sub-commands. */
export const COMMANDS: readonly Command[] = [
  validate,
  coverage,
  stats,
  report,
  annualReport,
  template,
  importCommand,
  exportCommand,
  divisions,
];
