import { spawnSync } from "node:child_process";

const BIN = new URL("../../dist/cli/kexie.js", import.meta.url).pathname;

type Run = { code: number | null; stdout: string; stderr: string };

function runWith(env: NodeJS.ProcessEnv, args: string[]): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the built `kexie` bin as a user would and returns its exit code and output. */
export function kexie(...args: string[]): Run {
  return runWith(process.env, args);
}

/** The same, with more environment variables. */
kexie.withEnv = (env: NodeJS.ProcessEnv) => (...args: string[]): Run => runWith({ ...process.env, ...env }, args);

/** The Tongcheng example data set. */
export const TONGCHENG = new URL("../../examples/tongcheng/dataset.json", import.meta.url).pathname;
