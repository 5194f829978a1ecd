import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IMPORT_MESSAGES, SHEETS } from "../../src/import/index.js";

const DOC = readFileSync(new URL("../../docs/import.md", import.meta.url), "utf8");

describe("docs/import.md", () => {
  it("lists every issue code with its messages", () => {
    for (const [code, templates] of Object.entries(IMPORT_MESSAGES)) {
      expect(DOC, code).toContain(`| \`${code}\` | ${templates["zh-CN"]} | ${templates.en} |`);
    }
  });

  it("shows every sheet and every column's headers in both languages", () => {
    for (const sheet of SHEETS) {
      expect(DOC).toContain(`### ${sheet.titles["zh-CN"]} / ${sheet.titles.en}`);
      for (const field of sheet.fields) expect(DOC, field.key).toContain(`| ${field.headers["zh-CN"][0]} / ${field.headers.en[0]} |`);
    }
  });
});
