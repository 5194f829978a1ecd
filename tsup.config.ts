import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// The library and the command are separate entries so the library bundle never pulls in the
// command's file-system and process code. The root and the subpaths of one concern each (kexie/hierarchy,
// kexie/charter, kexie/metrics, kexie/csv) are one build: in ESM they share chunks, so an app that imports
// the root and a subpath loads the shared code once; in CJS each entry stands alone. kexie/statistics and
// kexie/import are builds of their own, each within its size budget.
const library = (entry: Record<string, string>, clean: boolean, external: string[] = []): Options => ({
  entry,
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean,
  target: "node20",
  treeshake: true,
  external,
});

export default defineConfig([
  library(
    {
      index: "src/index.ts",
      hierarchy: "src/hierarchy/index.ts",
      charter: "src/charter/index.ts",
      metrics: "src/metrics/index.ts",
      csv: "src/csv/index.ts",
    },
    true,
  ),
  library({ statistics: "src/statistics/index.ts" }, false),
  // kexie/import uses the library through its public entry, by the package's own name, so an app that
  // imports both loads the library once.
  library({ import: "src/import/index.ts" }, false, ["kexie"]),
  {
    entry: { "cli/kexie": "src/cli/kexie.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    define: { __KEXIE_VERSION__: JSON.stringify(version) },
  },
]);
