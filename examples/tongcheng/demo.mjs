// Prints the Tongcheng report with the built command, as of the seed article's date (2020-09-07) and with
// growth counted from the end of 2017, then one filled form of the 2018 yearly statistical report (表3).
// The data set holds one deliberately flawed association, so the report has error findings and the
// command exits with 1: that is the expected outcome here. Extra arguments go to the report; a
// `--locale` among them goes to the form too. `npm run demo -- --from xlsx` (or KEXIE_DEMO_FROM=xlsx)
// reads the same data from the filled workbook tongcheng.xlsx instead of dataset.json; the output is the same.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const extra = process.argv.slice(2);
const fromAt = extra.indexOf("--from");
const from = fromAt >= 0 ? extra[fromAt + 1] : (process.env.KEXIE_DEMO_FROM ?? "json");
if (fromAt >= 0) extra.splice(fromAt, 2);
if (from !== "json" && from !== "xlsx") {
  console.error(`demo: --from must be json or xlsx, not ${JSON.stringify(from)}`);
  process.exit(2);
}
const bin = fileURLToPath(new URL("../../dist/cli/kexie.js", import.meta.url));
const dataset = fileURLToPath(new URL(from === "xlsx" ? "tongcheng.xlsx" : "dataset.json", import.meta.url));
const at = extra.indexOf("--locale");
const locale = at >= 0 ? extra.slice(at, at + 2) : [];

const kexie = (args) => spawnSync(process.execPath, [bin, ...args], { stdio: "inherit" }).status;
const report = kexie(["report", dataset, "--as-of", "2020-09-07", "--since", "2017-12-31", ...extra]);
process.stdout.write("\n");
const form = kexie(["annual-report", dataset, "--form", "3", "--year", "2018", "--scope", "340881", ...locale]);
process.exitCode = (report === 0 || report === 1) && form === 0 ? 0 : 2;
