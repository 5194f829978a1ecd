import { describe, expect, it } from "vitest";
import { LABELS, LOCALES, label } from "../../src/index.js";

describe("labels", () => {
  it.each(Object.keys(LABELS))("%s has a label in every locale for every value, and no stray ones", (name) => {
    const { values, table } = LABELS[name as keyof typeof LABELS];
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const value of values) {
      for (const locale of LOCALES) {
        expect((table as Record<string, Record<string, string>>)[value]?.[locale], `${value} ${locale}`).toMatch(/\S/);
      }
    }
  });

  it("gives zh-CN by default and en on request", () => {
    expect(label("associationKind", "government-agency")).toBe("机关科协");
    expect(label("post", "secretary-general", "en")).toBe("secretary-general");
    expect(label("sectorRole", "agri-station-head")).toBe("农技站站长");
  });
});
