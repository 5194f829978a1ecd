import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const BIN = "dist/cli/kexie.js";

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

// The command-line tests run the built `kexie` bin, as users will, so the package is built before any
// test file runs, unless the build is already newer than every source file and the build config.
export default function setup(): void {
  const built = existsSync(BIN) && existsSync("dist/index.js") ? statSync(BIN).mtimeMs : 0;
  const sources = Math.max(newestSource("src"), statSync("tsup.config.ts").mtimeMs, statSync("package.json").mtimeMs);
  if (built > sources) return;
  execFileSync(process.execPath, ["node_modules/tsup/dist/cli-default.js", "--silent"], { stdio: "inherit" });
}
