import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The test run mutation testing uses: the unit, property and reliability tests of the core, without
// the global build (the command-line and example tests run the built package, which mutants never
// reach) and without the tests that only measure scale or spawn processes on the built package.
export default defineConfig({
  // kexie/import uses the library through its public entry, by the package's own name.
  resolve: { alias: [{ find: /^kexie$/, replacement: fileURLToPath(new URL("src/index.ts", import.meta.url)) }] },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [
      "test/cli/**",
      "test/examples/**",
      "test/hierarchy/scale.test.ts",
      "test/reliability/large-inputs.test.ts",
      "test/reliability/time-zones.test.ts",
      "test/reliability/skipped-days.test.ts",
      "test/reliability/bundle.test.ts",
    ],
    setupFiles: ["test/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
