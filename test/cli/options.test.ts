import { describe, expect, it } from "vitest";
import { kexie, TONGCHENG } from "./kexie.js";

const EN = ["--locale", "en"];

describe("kexie checks every option before it trusts it", () => {
  it("report --scope abc: one line naming --scope, exit 2 (not a TypeError stack)", () => {
    const run = kexie("report", TONGCHENG, "--scope", "abc", "--as-of", "2020-09-07", ...EN);
    expect(run).toEqual({ code: 2, stdout: "", stderr: 'kexie: --scope must be a division code of 2, 4, 6 or 9 digits, not "abc"\n' });
  });

  it.each([["report"], ["coverage"]])("%s --scope of a division not in the data: exit 2, not an empty result", (command) => {
    const run = kexie(command, TONGCHENG, "--scope", "110000", "--as-of", "2020-09-07", ...EN);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `kexie: ${TONGCHENG}: the data set has no division 110000 or below it, so there is nothing to count (is --scope right?)\n`,
    );
  });

  it("report --scope of a township of the data is fine", () => {
    const run = kexie("report", TONGCHENG, "--scope", "340881100", "--as-of", "2020-09-07", "--since", "2017-12-31", ...EN);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Science and technology associations of 孔城镇: report as of 2020-09-07\n/);
  });

  it("report --as-of 0001-01-01: never a stack and never exit 1; at most one line on stderr", () => {
    // Whether year 1 is in the library's range is the library's to say; the command prints its refusal as one line.
    const run = kexie("report", TONGCHENG, "--as-of", "0001-01-01", ...EN);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr.split("\n").length).toBeLessThanOrEqual(2);
    expect([0, 2]).toContain(run.code);
  });

  it("coverage --part nope names --part, not --format", () => {
    const run = kexie("coverage", TONGCHENG, "--scope", "340881", "--part", "nope", ...EN);
    expect(run).toEqual({ code: 2, stdout: "", stderr: 'kexie: --part must be one of summary, gaps, not "nope"\n' });
  });

  it("--rules default is accepted, as docs/charter.md gives DEFAULT_RULES that id", () => {
    const validate = kexie("validate", TONGCHENG, "--rules", "default", "--as-of", "2020-09-07", "--quiet", ...EN);
    expect(validate).toEqual({ code: 1, stdout: `${TONGCHENG}: 3 errors, 535 warnings\n`, stderr: "" });
    const report = kexie("report", TONGCHENG, "--rules", "default", "--as-of", "2020-09-07", ...EN);
    expect(report.stderr).toBe("");
    expect(report.stdout).toContain("3 errors");
  });

  it("--severity takes error, warning or info only", () => {
    const run = kexie("validate", TONGCHENG, "--severity", "fatal", ...EN);
    expect(run).toEqual({ code: 2, stdout: "", stderr: 'kexie: --severity must be one of info, warning, error, not "fatal"\n' });
  });
});
