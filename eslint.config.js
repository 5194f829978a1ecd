import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      ".examples/",
      ".docs-blocks/",
      ".api-temp/",
      "dist/",
      "schema/",
      "docs/api/",
      "coverage/",
      "reports/",
      ".stryker-tmp/",
      "bench/results*",
      "examples/**/*.json",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The library and the command are held to the strict, type-aware rules. Tests, scripts and bench stay on the
  // recommended ones: type-aware linting of the tests is slow, and they exercise misuse on purpose.
  ...tseslint.configs.strictTypeChecked.map((config) => ({ ...config, files: ["src/**/*.ts"] })),
  {
    files: ["src/**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Counts and years in messages are the norm; a number prints the same everywhere.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
    },
  },
  ...layers(),
);

/**
 * The layers of src/, lowest first: a module may import from its own layer and the ones below, never from
 * one above (ARCHITECTURE.md). Folders on one line are side by side and do not import each other. `_lib`
 * holds internals that every layer may use; it may itself use the layers up to the data set and the
 * hierarchy, never a rule, a metric or the command. The core is pure as well: only the command (`cli`) may
 * touch the process, the clock or the file system.
 */
function layers() {
  const order = [["issue"], ["model"], ["dataset", "hierarchy"], ["charter"], ["metrics"], ["csv", "statistics", "import"], ["cli"]];
  const internals = { name: "_lib", above: ["charter", "metrics", "csv", "statistics", "import", "cli"] };
  const impure = ["node:*", "fs", "path"];
  const rules = order.flatMap((layer, rank) =>
    layer.map((folder) => ({ folder, forbidden: [...order.slice(rank + 1).flat(), ...layer.filter((other) => other !== folder)] })),
  );
  rules.push({ folder: internals.name, forbidden: internals.above });
  return rules.map(({ folder, forbidden }) => {
    const patterns = forbidden.map((name) => ({
      group: [`**/${name}/*`, `**/${name}/**`],
      message: `src/${folder} may not import src/${name} (the layers of ARCHITECTURE.md): move the shared part down instead.`,
    }));
    const pure = folder !== "cli";
    return {
      files: [`src/${folder}/**/*.ts`],
      rules: {
        ...(pure ? { "no-restricted-globals": ["error", "process", "Date", "console"] } : {}),
        "no-restricted-imports": [
          "error",
          { patterns: [...(pure ? [{ group: impure, message: "The core is pure: only src/cli may do I/O." }] : []), ...patterns] },
        ],
      },
    };
  });
}
