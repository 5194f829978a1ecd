import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// The library and the command are separate entries so the library bundle never pulls in the
// command's file-system and process code. Each subpath (kexie/statistics, kexie/import) is its own build, so
// no entry shares a chunk with another and each bundle stands alone within its size budget.
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
  library({ index: "src/index.ts" }, true),
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
