/**
 * The core bundle holds no command-line code: the command is a separate entry, and nothing the library
 * exports may pull in the file system, the process or the command's errors. Runs on the built package
 * (the test setup builds it; `npm run size` runs this file after size-limit).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// What only the command's code contains: imports of Node's built-in modules (the bundler may drop the
// `node:` prefix), the process, the command's error class and its shebang.
const CLI_ONLY: readonly RegExp[] = [
  /from\s*["'](node:)?(fs|util|path|child_process|readline)["']/,
  /require\(["'](node:)?(fs|util|path|child_process|readline)["']\)/,
  /\bprocess\.(argv|exit|exitCode|stdout|stderr|env)\b/,
  /\bUsageError\b/,
  /^#!/,
];

// Each library entry, with a function its bundle must define or import, so an empty file cannot pass.
const ENTRIES: Readonly<Record<string, string>> = {
  index: "parseDataset",
  hierarchy: "buildHierarchy",
  charter: "validateDataset",
  metrics: "organisationalCoverage",
  csv: "toCsv",
  statistics: "statisticalReport",
  import: "parseDataset",
};
const LIBRARY_FILES = Object.keys(ENTRIES).flatMap((entry) => [`dist/${entry}.js`, `dist/${entry}.cjs`]);

// The ESM entries of one build share chunks: an entry's code is its own file and the chunks it imports.
function withChunks(file: string): string {
  const text = readFileSync(file, "utf8");
  if (!file.endsWith(".js")) return text;
  const chunks = [...text.matchAll(/from\s*["']\.\/(chunk-[\w-]+\.js)["']|import\s*["']\.\/(chunk-[\w-]+\.js)["']/g)].map(
    (m) => m[1] ?? m[2],
  );
  return [text, ...new Set(chunks)].map((chunk, i) => (i === 0 ? chunk : readFileSync(`dist/${chunk as string}`, "utf8"))).join("\n");
}

describe("the core bundle", () => {
  for (const file of LIBRARY_FILES) {
    it(`${file} contains none of the command's code`, () => {
      const text = withChunks(file);
      expect(text).toContain(ENTRIES[file.replace(/^dist\/|\.c?js$/g, "")]);
      for (const marker of CLI_ONLY) expect(text, `${file} must not match ${marker}`).not.toMatch(marker);
    });
  }

  it("the command bundle does contain those markers, so the check above can fail", () => {
    const text = readFileSync("dist/cli/kexie.js", "utf8");
    for (const marker of CLI_ONLY.filter((m) => !m.source.startsWith("require"))) expect(text).toMatch(marker);
  });

  for (const file of ["dist/import.js", "dist/import.cjs"]) {
    it(`${file} (kexie/import) holds no command code, no spreadsheet library, and uses the core by the package's name`, () => {
      const text = readFileSync(file, "utf8");
      expect(text).toContain("importTables");
      for (const marker of CLI_ONLY) expect(text, `${file} must not match ${marker}`).not.toMatch(marker);
      expect(text).not.toMatch(/exceljs|papaparse/i);
      expect(text).toMatch(/from ["']kexie["']|require\(["']kexie["']\)/);
      // The core is not inlined a second time.
      expect(text).not.toContain("function parseDataset");
    });
  }

  it("no library bundle loads the spreadsheet library; the command loads it only by a dynamic import", () => {
    for (const file of LIBRARY_FILES) {
      expect(withChunks(file), file).not.toContain("exceljs");
    }
    const command = readFileSync("dist/cli/kexie.js", "utf8");
    expect(command).not.toMatch(/from\s*["']exceljs["']/);
    expect(command).not.toMatch(/^import\s*["']exceljs["']/m);
    expect(command).toMatch(/import\(\s*["']exceljs["']\s*\)/);
  });

  it("leaves zod, date-fns and @date-fns/utc to the consumer's node_modules", () => {
    const text = withChunks("dist/index.js");
    expect(text).toMatch(/from ["']zod["']/);
    expect(text).toMatch(/from ["']date-fns\/addMonths["']/);
    expect(text).toMatch(/from ["']@date-fns\/utc["']/);
    // date-fns's own source is not inlined either.
    expect(text).not.toContain("endOfDesiredMonth");
    // zod's own source is not inlined.
    expect(text).not.toContain("$ZodType");
  });

  for (const entry of ["hierarchy", "csv"]) {
    for (const file of [`dist/${entry}.js`, `dist/${entry}.cjs`]) {
      it(`${file} (kexie/${entry}) loads no zod, so a page that only walks the tree or writes CSV stays small`, () => {
        const text = withChunks(file);
        expect(text).not.toMatch(/from ["']zod["']|require\(["']zod["']\)|import\(["']zod["']\)/);
      });
    }
  }

  it("the check for zod can fail: the root does import it", () => {
    expect(withChunks("dist/index.js")).toMatch(/from ["']zod["']/);
  });
});
