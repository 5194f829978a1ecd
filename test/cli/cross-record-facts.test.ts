import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kexie } from "./kexie.js";

const dir = mkdtempSync(join(tmpdir(), "kexie-facts-"));

describe("kexie validate on facts across records", () => {
  // Two Tongcheng agency associations, each the other's parent.
  const agency = (id: string, parentId: string) => ({
    id,
    name: `${id} 科协`,
    kind: "government-agency",
    divisionCode: "340881",
    parentId,
    establishedOn: "2019-01-01",
  });
  const path = join(dir, "cycle.json");
  writeFileSync(path, JSON.stringify({ formatVersion: 1, associations: [agency("a", "b"), agency("b", "a")] }));

  it.each([["tongcheng-2019"], ["terms-and-congresses"], ["structure"], [undefined]])(
    "reports a parent cycle once whatever the rules (%s)",
    (rules) => {
      const run = kexie("validate", path, "--as-of", "2020-09-07", "--locale", "en", ...(rules === undefined ? [] : ["--rules", rules]));
      expect(run.code).toBe(1);
      expect(run.stdout.match(/form a cycle/g)).toHaveLength(1);
      expect(run.stdout).toContain("association parent links form a cycle: a → b → a (2 associations)");
    },
  );
});
