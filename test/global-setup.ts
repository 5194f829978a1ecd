import { execFileSync } from "node:child_process";

// The command-line tests run the built `kexie` bin, as users will, so the package is built once
// before any test file runs.
export default function setup(): void {
  execFileSync(process.execPath, ["node_modules/tsup/dist/cli-default.js", "--silent"], { stdio: "inherit" });
}
