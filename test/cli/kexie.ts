import { spawnSync } from "node:child_process";

const BIN = new URL("../../dist/cli/kexie.js", import.meta.url).pathname;

/** Runs the built `kexie` bin as a user would and returns its exit code and output. */
export function kexie(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The Tongcheng example data set. */
export const TONGCHENG = new URL("../../examples/tongcheng/dataset.json", import.meta.url).pathname;
