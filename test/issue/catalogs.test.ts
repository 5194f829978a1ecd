import { describe, expect, it } from "vitest";
import { CHARTER_MESSAGES } from "../../src/charter/index.js";
import { DATASET_MESSAGES, LOCALES, type MessageCatalog } from "../../src/index.js";
import { HIERARCHY_MESSAGES } from "../../src/hierarchy/index.js";
import { IMPORT_MESSAGES, IMPORT_WORDS, WHERE_MESSAGES } from "../../src/import/index.js";
import { STATISTICS_MESSAGES } from "../../src/statistics/index.js";

const CATALOGS: Record<string, MessageCatalog> = {
  dataset: DATASET_MESSAGES,
  hierarchy: HIERARCHY_MESSAGES,
  charter: CHARTER_MESSAGES,
  import: IMPORT_MESSAGES,
  statistics: STATISTICS_MESSAGES,
};

/** Catalogues of words and places that messages are built from: both locales, same placeholders. */
const PARTS: Record<string, MessageCatalog> = { "import places": WHERE_MESSAGES, "import words": IMPORT_WORDS };

const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("issue messages", () => {
  for (const [name, catalog] of Object.entries(CATALOGS)) {
    it(`${name}: every code has a message in every locale, with the same placeholders`, () => {
      expect(Object.keys(catalog).length).toBeGreaterThan(0);
      for (const [code, templates] of Object.entries(catalog)) {
        for (const locale of LOCALES) expect(templates[locale], `${code} ${locale}`).toMatch(/\S/);
        expect(placeholders(templates.en), code).toEqual(placeholders(templates["zh-CN"]));
      }
    });
  }

  for (const [name, catalog] of Object.entries(PARTS)) {
    it(`${name}: every entry in every locale, with the same placeholders`, () => {
      for (const [key, templates] of Object.entries(catalog)) {
        for (const locale of LOCALES) expect(templates[locale], `${key} ${locale}`).toMatch(/\S/);
        expect(placeholders(templates.en), key).toEqual(placeholders(templates["zh-CN"]));
      }
    });
  }

  it("no code is defined by two modules", () => {
    const codes = Object.values(CATALOGS).flatMap((catalog) => Object.keys(catalog));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("zh-CN messages are written in Chinese and en messages are not", () => {
    for (const catalog of Object.values(CATALOGS)) {
      for (const [code, templates] of Object.entries(catalog)) {
        if (code.startsWith("shape.") && !code.endsWith("unknown-key")) continue; // zod supplies the detail
        expect(templates["zh-CN"], code).toMatch(/[\u4e00-\u9fff]/);
        expect(templates.en, code).not.toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});
