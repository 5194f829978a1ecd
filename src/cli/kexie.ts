/**
 * The `kexie` bin: runs the command line and sets the exit code (see ./main.ts).
 *
 * @module
 */
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));
