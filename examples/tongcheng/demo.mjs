// Prints the Tongcheng report with the built command, as of the seed article's date (2020-09-07) and with
// growth counted from the end of 2017. The data set holds one deliberately flawed association, so the
// report has error findings and the command exits with 1: that is the expected outcome here.
// `npm run demo -- --from xlsx` (or KEXIE_DEMO_FROM=xlsx) reads the same data from the filled workbook
// tongcheng.xlsx instead of dataset.json; the report is the same.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const at = args.indexOf("--from");
const from = at >= 0 ? args[at + 1] : (process.env.KEXIE_DEMO_FROM ?? "json");
if (at >= 0) args.splice(at, 2);
if (from !== "json" && from !== "xlsx") {
  console.error(`demo: --from must be json or xlsx, not ${JSON.stringify(from)}`);
  process.exit(2);
}
const bin = fileURLToPath(new URL("../../dist/cli/kexie.js", import.meta.url));
const dataset = fileURLToPath(new URL(from === "xlsx" ? "tongcheng.xlsx" : "dataset.json", import.meta.url));
const run = spawnSync(process.execPath, [bin, "report", dataset, "--as-of", "2020-09-07", "--since", "2017-12-31", ...args], { stdio: "inherit" });
process.exitCode = run.status === 0 || run.status === 1 ? 0 : (run.status ?? 2);
