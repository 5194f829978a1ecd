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

describe("the core bundle", () => {
  for (const file of ["dist/index.js", "dist/index.cjs", "dist/statistics.js", "dist/statistics.cjs", "dist/import.js", "dist/import.cjs"]) {
    it(`${file} contains none of the command's code`, () => {
      const text = readFileSync(file, "utf8");
      expect(text).toContain(file.includes("statistics") ? "statisticalReport" : "parseDataset");
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
    for (const file of ["dist/index.js", "dist/index.cjs", "dist/statistics.js", "dist/statistics.cjs", "dist/import.js", "dist/import.cjs"]) {
      expect(readFileSync(file, "utf8"), file).not.toContain("exceljs");
    }
    const command = readFileSync("dist/cli/kexie.js", "utf8");
    expect(command).not.toMatch(/from\s*["']exceljs["']/);
    expect(command).not.toMatch(/^import\s*["']exceljs["']/m);
    expect(command).toMatch(/import\(\s*["']exceljs["']\s*\)/);
  });

  it("leaves zod, date-fns and @date-fns/utc to the consumer's node_modules", () => {
    const text = readFileSync("dist/index.js", "utf8");
    expect(text).toMatch(/from ["']zod["']/);
    expect(text).toMatch(/from ["']date-fns\/addMonths["']/);
    expect(text).toMatch(/from ["']@date-fns\/utc["']/);
    // date-fns's own source is not inlined either.
    expect(text).not.toContain("endOfDesiredMonth");
    // zod's own source is not inlined.
    expect(text).not.toContain("$ZodType");
  });
});
