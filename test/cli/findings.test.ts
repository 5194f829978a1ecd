import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasetFile, kexie, kexieWithInput, tempFile, TONGCHENG } from "./kexie.js";

const SEED = ["--as-of", "2020-09-07"];
const EN = ["--locale", "en"];
const HOSPITAL = "桐城市人民医院科协 (tc-inst-hospital)";

describe("kexie validate: findings a person can act on", () => {
  const all = kexie("validate", TONGCHENG, ...SEED, ...EN);
  const lines = all.stdout.trimEnd().split("\n");

  it("names the association of each finding, not only its record path", () => {
    expect(all.code).toBe(1);
    expect(lines[1]).toBe(
      `  error  ${HOSPITAL}  committees[26].seats  [tongcheng-2019/committee-size]  the committee has 6 seated members; it must have 7–9`,
    );
    expect(lines.slice(1).every((line) => / {2}\S.* \([^)]+\) {2}(associations|committees)\[\d+\]/.test(line))).toBe(true);
  });

  it("lists errors before warnings", () => {
    expect(lines).toHaveLength(1 + 3 + 535);
    expect(lines.slice(1, 4).every((line) => line.startsWith("  error  "))).toBe(true);
    expect(lines.slice(4).every((line) => line.startsWith("  warning  "))).toBe(true);
  });

  it("--severity error shows errors only, under the whole summary", () => {
    const run = kexie("validate", TONGCHENG, ...SEED, ...EN, "--severity", "error");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${lines.slice(0, 4).join("\n")}\n`);
  });

  it("--quiet prints only the summary, in every format", () => {
    expect(kexie("validate", TONGCHENG, ...SEED, "--quiet")).toEqual({
      code: 1,
      stdout: `${TONGCHENG}：错误 3 项，警告 535 项\n`,
      stderr: "",
    });
    const json = JSON.parse(kexie("validate", TONGCHENG, ...SEED, "--quiet", "--format", "json").stdout) as unknown;
    expect(json).toEqual({ file: TONGCHENG, asOf: "2020-09-07", counts: { error: 3, warning: 535, info: 0 } });
  });

  it("- reads the data set from standard input", () => {
    const run = kexieWithInput(readFileSync(TONGCHENG, "utf8"), "validate", "-", ...SEED, ...EN, "--quiet");
    expect(run).toEqual({ code: 1, stdout: "<stdin>: 3 errors, 535 warnings\n", stderr: "" });
    const stats = kexieWithInput(readFileSync(TONGCHENG, "utf8"), "stats", "-", ...SEED, "--year", "2018", "--format", "csv");
    expect(stats.code).toBe(0);
    expect(stats.stdout).toContain(",42,1320,32,");
  });

  it("--format jsonl: one finding a line, errors first, each with its association", () => {
    const run = kexie("validate", TONGCHENG, ...SEED, "--format", "jsonl");
    expect(run.code).toBe(1);
    const findings = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { severity: string; code: string; association: unknown });
    expect(findings).toHaveLength(538);
    expect(findings.slice(0, 3).map((f) => f.severity)).toEqual(["error", "error", "error"]);
    expect(findings[0]).toMatchObject({
      code: "charter.committee-size",
      association: { id: "tc-inst-hospital", name: "桐城市人民医院科协" },
    });
  });

  it("--format json --severity error keeps the counts of everything and lists errors only", () => {
    const run = kexie("validate", TONGCHENG, ...SEED, "--format", "json", "--severity", "error");
    const report = JSON.parse(run.stdout) as {
      counts: { warning: number };
      charter: { associations: { associationId: string; issues: unknown[] }[] };
    };
    expect(report.counts.warning).toBe(535);
    expect(report.charter.associations.map((a) => [a.associationId, a.issues.length])).toEqual([["tc-inst-hospital", 3]]);
  });

  it("names the association of a data issue too, read from the record or its reference", () => {
    const file = datasetFile("record-issues.json", {
      associations: [{ id: "a1", name: "孔城镇科协", kind: "town", parentId: "tc", establishedOn: "2019-06-01" }],
      activities: [{ id: "x1", organizerId: "a1", type: "academic-lecture", title: "讲座", startsOn: "2019-02-30" }],
    });
    const run = kexie("validate", file, ...EN);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^ {2}error {2}孔城镇科协 \(a1\) {2}associations\[1\]\.kind {2}\[shape\./m);
    expect(run.stdout).toMatch(/^ {2}error {2}孔城镇科协 \(a1\) {2}activities\[0\]\.startsOn {2}\[shape\./m);
  });
});

describe("kexie speaks the chosen locale", () => {
  it("help: Chinese by default, English with --locale en, for kexie and each command", () => {
    expect(kexie("--help").stdout).toMatch(/^kexie — 科协数据校验与统计\n\n用法：kexie <命令>/);
    expect(kexie("--help", ...EN).stdout).toMatch(/\nUsage: kexie <command> <dataset.json> \[options\]\n/);
    expect(kexie("--help", ...EN).stdout).not.toContain("用法");
    expect(kexie("validate", "--help").stdout).toMatch(/^用法：kexie validate/);
    expect(kexie("--locale", "en", "stats", "--help").stdout).toMatch(/^Usage: kexie stats/);
  });

  it("usage errors: Chinese by default, English with --locale en", () => {
    expect(kexie("stats", TONGCHENG, "--year", "18").stderr).toBe('kexie: --year 必须是 1900 至 2099 之间的年份，不能是 "18"\n');
    expect(kexie("stats", TONGCHENG, "--year", "18", ...EN).stderr).toBe('kexie: --year must be a year from 1900 to 2099, not "18"\n');
  });

  it("the format-version error in both", () => {
    const file = tempFile("v2.json", '{"formatVersion": 2}');
    expect(kexie("validate", file).stderr).toBe(`kexie: ${file}：不支持的数据格式版本 2，本版本读取版本 1\n`);
    expect(kexie("validate", file, ...EN).stderr).toBe(`kexie: ${file}: unsupported format version 2; this release reads version 1\n`);
  });
});
