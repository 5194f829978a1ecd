// Mutation testing of the core: `npm run mutation`. The HTML and JSON reports go to reports/mutation/.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts", related: true },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: ["src/charter/**/*.ts", "src/hierarchy/**/*.ts"],
  coverageAnalysis: "perTest",
  // Static mutants (message catalogs, rule tables built at load time) would each rerun every test: they
  // are reported as ignored rather than tested.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 5_000,
  incrementalFile: "reports/mutation/incremental.json",
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 85, break: null },
  ignorePatterns: ["dist", "docs/api", "bench/results*", "reports", "coverage"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
