// Writes tongcheng.xlsx, the Tongcheng data set as the filled workbook staff would keep, with the built
// command's export (`kexie export`), so the workbook always matches dataset.json: rerun it after
// regenerating dataset.json (`npm run build && node examples/tongcheng/build-workbook.mjs`). The test
// test/examples/tongcheng-workbook.test.ts checks that importing the workbook gives dataset.json exactly.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../dist/cli/kexie.js", import.meta.url));
const dataset = fileURLToPath(new URL("dataset.json", import.meta.url));
const workbook = fileURLToPath(new URL("tongcheng.xlsx", import.meta.url));
const run = spawnSync(process.execPath, [bin, "export", dataset, "--format", "xlsx", "--out", workbook], { stdio: "inherit" });
process.exitCode = run.status ?? 2;
