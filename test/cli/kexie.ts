import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The built `kexie` bin. */
export const BIN = new URL("../../dist/cli/kexie.js", import.meta.url).pathname;

/** What a run of the command gave. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `kexie` bin as a user would and returns its exit code and output. */
export function kexie(...args: string[]): Run {
  return runWith(process.env, args);
}

function runWith(env: NodeJS.ProcessEnv, args: string[]): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same, with more environment variables. */
kexie.withEnv =
  (env: NodeJS.ProcessEnv) =>
  (...args: string[]): Run =>
    runWith({ ...process.env, ...env }, args);

/** Runs the built `kexie` bin with text on its standard input. */
export function kexieWithInput(input: string, ...args: string[]): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", input, maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * Runs a bash script with `$KEXIE` standing for `node dist/cli/kexie.js`, for pipelines and redirections
 * as a user types them.
 */
export function shell(script: string): Run {
  const run = spawnSync("bash", ["-c", script], {
    encoding: "utf8",
    env: { ...process.env, KEXIE: `${process.execPath} ${BIN}` },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The Tongcheng example data set. */
export const TONGCHENG = new URL("../../examples/tongcheng/dataset.json", import.meta.url).pathname;

const dir = mkdtempSync(join(tmpdir(), "kexie-cli-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

/** Writes a file into a fresh temporary folder and gives its path. */
export function tempFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A data set file of the given records (a county association `tc` is always there, parent of the rest). */
export function datasetFile(name: string, parts: { associations?: object[]; divisions?: object[]; activities?: object[] }): string {
  const county = { id: "tc", name: "桐城市科学技术协会", kind: "county", establishedOn: "1980-06-01" };
  return tempFile(
    name,
    JSON.stringify({
      formatVersion: 1,
      divisions: parts.divisions ?? [],
      associations: [county, ...(parts.associations ?? [])],
      activities: parts.activities ?? [],
    }),
  );
}
