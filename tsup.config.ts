import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

// The library, its import subpath and the command are separate entries so the library bundle never pulls
// in the command's file-system and process code, nor the import code.
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    treeshake: true,
  },
  {
    // kexie/import uses the library through its public entry, by the package's own name, so an app that
    // imports both loads the library once.
    entry: { import: "src/import/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    target: "node20",
    treeshake: true,
    external: ["kexie"],
  },
  {
    entry: { "cli/kexie": "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    define: { __KEXIE_VERSION__: JSON.stringify(version) },
  },
]);
