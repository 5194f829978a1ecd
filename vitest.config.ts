import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // kexie/import uses the library through its public entry, by the package's own name.
  resolve: { alias: [{ find: /^kexie$/, replacement: fileURLToPath(new URL("src/index.ts", import.meta.url)) }] },
  test: {
    include: ["test/**/*.test.ts"],
    // Type-level tests: tsc checks test/**/*.test-d.ts, so `npm test` fails when a result type or a
    // narrowing on an issue code changes (`npm run typecheck` checks them too, through tsconfig's include).
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    setupFiles: ["test/setup.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
