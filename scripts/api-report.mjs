// The API report: one api-extractor report per entry point, committed under etc/, read from the built
// declarations (dist/*.d.ts). `npm run api` writes the reports; `npm run api:check` fails when the
// surface of any entry differs from its committed report, so every change to the surface shows in review.
import { readdirSync } from "node:fs";
import { Extractor, ExtractorConfig } from "@microsoft/api-extractor";

const check = process.argv.includes("--check");
const folder = new URL("../etc/api-extractor/", import.meta.url);
let failed = 0;
for (const file of readdirSync(folder)
  .filter((name) => name.endsWith(".json") && name !== "base.json")
  .sort()) {
  const config = ExtractorConfig.loadFileAndPrepare(new URL(file, folder).pathname);
  const result = Extractor.invoke(config, {
    localBuild: !check,
    showVerboseMessages: false,
    messageCallback: (message) => {
      // The reports carry the warnings; the console only needs what stops the run.
      if (message.logLevel !== "error") message.handled = true;
    },
  });
  const changed = result.apiReportChanged;
  console.log(
    `${file.replace(/\.json$/, "").padEnd(10)} ${changed ? (check ? "differs from its report" : "report updated") : "unchanged"}`,
  );
  if (!result.succeeded || (check && changed)) failed++;
}
if (failed > 0) {
  console.error(check ? "The public API changed: run `npm run build && npm run api` and commit etc/*.api.md." : "api-extractor failed.");
  process.exit(1);
}
