import { describe, expect, it } from "vitest";
import {
  BUILT_IN_RULE_SETS,
  CAST_3PLUS1_2018,
  CHARTER_MESSAGES,
  checklistRules,
  DEFAULT_RULES,
  FIVE_HAS_CHECKLIST,
} from "../../src/charter/index.js";
import { LOCALES, type MessageCatalog } from "../../src/index.js";

const rules = BUILT_IN_RULE_SETS.flatMap((set) => set.rules);
// A checklist's rules report the generic item code; the built-in sets keep 五有's own codes.
const checklist = checklistRules(FIVE_HAS_CHECKLIST, { idPrefix: "five-has-checklist" }).rules;

describe("every built-in rule and message, in every locale", () => {
  for (const rule of rules) {
    for (const locale of LOCALES) {
      it(`${rule.id} has a ${locale} title and messages for its codes`, () => {
        expect(rule.title[locale].trim()).not.toBe("");
        expect(rule.codes.length).toBeGreaterThan(0);
        for (const code of rule.codes) {
          const catalog: MessageCatalog = CHARTER_MESSAGES;
          const templates = Object.hasOwn(catalog, code) ? catalog[code] : undefined;
          expect(templates?.[locale]?.trim(), `${code} in ${locale}`).toBeTruthy();
        }
      });
    }
  }

  it("every message code is used by a rule, and has the same placeholders in every locale", () => {
    const used = new Set([...rules, ...checklist].flatMap((rule) => rule.codes));
    for (const [code, templates] of Object.entries(CHARTER_MESSAGES)) {
      expect(used.has(code), code).toBe(true);
      const names = LOCALES.map((locale) =>
        [...templates[locale].matchAll(/\{(\w+)\}/g)]
          .map((m) => m[1])
          .sort()
          .join(","),
      );
      expect(new Set(names).size, code).toBe(1);
    }
  });

  it("every rule cites a source with a title and issuer, and ids are unique", () => {
    for (const rule of rules) {
      expect(rule.source.length).toBeGreaterThan(0);
      for (const citation of rule.source) {
        expect(citation.title).not.toBe("");
        expect(citation.issuer).not.toBe("");
        expect(citation.date === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(citation.date)).toBe(true);
      }
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    // The national 3+1 pilot is listed but opt-in: the defaults are every other built-in rule.
    const pilot = new Set(CAST_3PLUS1_2018.rules.map((r) => r.id));
    expect(DEFAULT_RULES.rules.map((r) => r.id)).toEqual(rules.map((r) => r.id).filter((id) => !pilot.has(id)));
  });
});
