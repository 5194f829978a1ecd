/** The opt-in national 3+1 pilot from the command line: named by id, it runs; left out, it does not. */
import { describe, expect, it } from "vitest";
import { kexie } from "./kexie.js";

const PEOPLE = new URL("../fixtures/people-dataset.json", import.meta.url).pathname;

describe("kexie validate --rules cast-3plus1-2018", () => {
  it("runs the pilot when named, and leaves it out by default", () => {
    const pilot = kexie("validate", PEOPLE, "--rules", "cast-3plus1-2018", "--as-of", "2021-06-30", "--format", "json", "--locale", "en");
    const rules = (text: string) => new Set((JSON.parse(text) as { charter: { rules: string[] } }).charter.rules);
    expect(pilot.stderr).toBe("");
    expect([...rules(pilot.stdout)]).toEqual(["three-plus-one/cast-2018"]);
    const byDefault = kexie("validate", PEOPLE, "--as-of", "2021-06-30", "--format", "json");
    expect(rules(byDefault.stdout).has("three-plus-one/cast-2018")).toBe(false);
  });
});
