import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "schema/", "docs/api/", "coverage/", "reports/", ".stryker-tmp/", "bench/results*", "examples/**/*.json"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The core is pure: only the command may touch the process, the clock or the file system.
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**"],
    rules: {
      "no-restricted-globals": ["error", "process", "Date", "console"],
      "no-restricted-imports": ["error", { patterns: ["node:*", "fs", "path", "*/cli/*"] }],
    },
  },
);
