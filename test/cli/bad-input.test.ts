import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { kexie, tempFile as file, TONGCHENG } from "./kexie.js";

const VALID = new URL("../fixtures/valid-dataset.json", import.meta.url).pathname;
const FAULTY = new URL("../fixtures/faulty-dataset.json", import.meta.url).pathname;
const dir = dirname(file("placeholder.json", "{}"));

describe("kexie on bad input, end to end through the built bin", () => {
  it("a missing file: exit 2, one line naming it", () => {
    const run = kexie("validate", join(dir, "nope.json"), "--locale", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`kexie: ${join(dir, "nope.json")}: file not found\n`);
    expect(run.stdout).toBe("");
    expect(kexie("validate", join(dir, "nope.json")).stderr).toBe(`kexie: ${join(dir, "nope.json")}：文件不存在\n`);
  });

  it("broken JSON: exit 2, with line and column", () => {
    const path = file("broken.json", '{\n  "formatVersion": 1,\n  "associations": [}\n');
    const run = kexie("validate", path, "--locale", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^kexie: ${path}:3:20: invalid JSON: unexpected "}"\\n$`));
    expect(kexie("validate", path).stderr).toBe(`kexie: ${path}:3:20：JSON 无效：意外的 "}"\n`);
  });

  it("truncated JSON: exit 2, pointing at the end", () => {
    const path = file("truncated.json", '{"formatVersion": 1,\n"associations": [');
    const run = kexie("validate", path, "--locale", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^kexie: ${path}:2:18: invalid JSON: unexpected end of input\\n$`));
  });

  it("a wrong format version: exit 2, saying which versions", () => {
    const path = file("v9.json", '{"formatVersion": 9}');
    const run = kexie("validate", path, "--locale", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`kexie: ${path}: unsupported format version 9; this release reads version 1\n`);
  });

  it("an unknown option: exit 2, naming it", () => {
    const run = kexie("validate", VALID, "--colour", "--locale", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("kexie: validate: unknown option --colour (see kexie validate --help)\n");
    expect(kexie("validate", VALID, "--as-of").stderr).toBe("kexie: validate：选项 --as-of 需要一个值（见 kexie validate --help）\n");
  });

  it("an unknown command: exit 2", () => {
    const run = kexie("frobnicate", VALID, "--locale", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kexie: unknown command "frobnicate" (see kexie --help)\n');
  });

  it("a wrong locale: exit 2", () => {
    const run = kexie("validate", VALID, "--locale", "fr");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kexie: --locale 只能是 zh-CN 或 en，不能是 "fr" / --locale must be zh-CN or en, not "fr"\n');
  });

  it("--help: exit 0, usage on stdout", () => {
    const run = kexie("validate", "--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^用法：kexie validate <dataset.json>/);
  });

  it("a clean data set: exit 0; a faulty one: exit 1 with every issue", () => {
    const clean = file("clean.json", JSON.stringify({ formatVersion: 1, associations: [] }));
    expect(kexie("validate", clean, "--as-of", "2020-09-07")).toEqual({ code: 0, stdout: `${clean}：错误 0 项，警告 0 项\n`, stderr: "" });
    const run = kexie("validate", FAULTY, "--format", "json");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { counts: { error: number }; parse: unknown[] };
    expect(report.counts.error).toBe(35);
    expect(report.parse).toHaveLength(35);
  });

  it.each([
    ["validate", "--as-of", "2020-02-30"],
    ["report", "--as-of", "yesterday"],
    ["coverage", "--scope", "340881", "--as-of", "2020/09/07"],
    ["stats", "--as-of", "2020-9-7"],
  ])("a wrong date (%s %s %s): exit 2, saying what a date looks like", (command, ...options) => {
    const run = kexie(command, TONGCHENG, ...options, "--locale", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kexie: --as-of must be a real date written YYYY-MM-DD from 1900-01-01 to 2099-12-31, not ".+"\n$/);
  });

  it("a real date outside 1900-01-01..2099-12-31: exit 2, saying the range", () => {
    for (const [command, option, value] of [
      ["validate", "--as-of", "0001-01-01"],
      ["report", "--since", "1899-12-31"],
      ["stats", "--as-of", "2100-01-01"],
    ] as const) {
      const run = kexie(command, TONGCHENG, option, value, "--locale", "en");
      expect(run.code, `${command} ${option}`).toBe(2);
      expect(run.stderr).toBe(`kexie: ${option} must be a real date written YYYY-MM-DD from 1900-01-01 to 2099-12-31, not "${value}"\n`);
    }
  });

  it("stats --year outside the date range: exit 2, saying the range", () => {
    for (const year of ["1850", "2100", "0000"]) {
      const run = kexie("stats", TONGCHENG, "--year", year, "--locale", "en");
      expect(run.code, year).toBe(2);
      expect(run.stderr).toBe(`kexie: --year must be a year from 1900 to 2099, not "${year}"\n`);
    }
  });

  it("report as of the range's first years: growth counted from its first day", () => {
    const run = kexie("report", TONGCHENG, "--as-of", "1901-06-30", "--locale", "en");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Growth of grassroots associations (1900-01-01 → 1901-06-30)");
  });

  it("an unknown rule set: exit 2, listing the known ones", () => {
    const run = kexie("validate", TONGCHENG, "--rules", "tongcheng-2019,nope", "--locale", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kexie: --rules: unknown rule set "nope"; known: default, tongcheng-2019, /);
  });

  it("coverage without a scope, or with a village code as scope: exit 2", () => {
    expect(kexie("coverage", TONGCHENG, "--locale", "en").stderr).toBe("kexie: coverage: --scope <division code> is required\n");
    expect(kexie("coverage", TONGCHENG, "--scope", "340881100204").code).toBe(2);
  });

  it("--help on every command, and on kexie itself", () => {
    for (const command of ["validate", "coverage", "stats", "report"]) {
      const run = kexie(command, "--help", "--locale", "en");
      expect(run.code, command).toBe(0);
      expect(run.stdout, command).toMatch(new RegExp(`^Usage: kexie ${command} <dataset.json>`));
    }
    expect(kexie("--help").stdout).toMatch(/validate.*\n.*coverage.*\n.*stats.*\n.*report/);
    expect(kexie().code).toBe(2);
  });
});
