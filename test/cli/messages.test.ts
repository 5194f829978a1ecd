import { describe, expect, it } from "vitest";
import { LOCALES } from "../../src/index.js";
import { CLI_MESSAGES } from "../../src/cli/messages.js";

// The names a template uses, each once: a locale may write one of them twice (a year before each day).
const placeholders = (template: string): string[] => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ""))].sort();

describe("the command's message catalogue", () => {
  it("has every message in every locale, with the same placeholders", () => {
    for (const [key, templates] of Object.entries(CLI_MESSAGES)) {
      for (const locale of LOCALES) expect(templates[locale], `${key} ${locale}`).toMatch(/\S/);
      expect(placeholders(templates.en), key).toEqual(placeholders(templates["zh-CN"]));
    }
  });

  it("writes zh-CN in Chinese and en without Chinese (but for the terms it glosses: 科协, 人次)", () => {
    for (const [key, templates] of Object.entries(CLI_MESSAGES)) {
      const words = templates["zh-CN"].replace(/\{\w+\}/g, "");
      if (/\p{L}/u.test(words)) expect(templates["zh-CN"], key).toMatch(/[\u4e00-\u9fff]/);
      expect(templates.en.replaceAll("科协", "").replaceAll("人次", ""), key).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("points at guides by their address, since the package does not ship docs/", () => {
    for (const [key, templates] of Object.entries(CLI_MESSAGES)) {
      for (const locale of LOCALES) {
        for (const match of templates[locale].matchAll(/\S*docs\/\S*/g)) {
          expect(match[0], `${key} ${locale}`).toMatch(/^https:\/\/github\.com\/kexie-js\/kexie\/blob\/main\/docs\/[\w-]+\.md/);
        }
      }
    }
  });

  it("gives table headers the same number of cells in both", () => {
    for (const [key, templates] of Object.entries(CLI_MESSAGES)) {
      if (key.startsWith("header.")) expect(templates.en.split("|").length, key).toBe(templates["zh-CN"].split("|").length);
    }
  });
});
