import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = new URL("../../dist/cli/kexie.js", import.meta.url).pathname;
const VALID = new URL("../fixtures/valid-dataset.json", import.meta.url).pathname;
const FAULTY = new URL("../fixtures/faulty-dataset.json", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "kexie-cli-"));

function kexie(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("kexie on bad input, end to end through the built bin", () => {
  it("a missing file: exit 2, one line naming it", () => {
    const run = kexie("validate", join(dir, "nope.json"));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`kexie: ${join(dir, "nope.json")}: file not found\n`);
    expect(run.stdout).toBe("");
  });

  it("broken JSON: exit 2, with line and column", () => {
    const path = file("broken.json", '{\n  "formatVersion": 1,\n  "associations": [}\n');
    const run = kexie("validate", path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^kexie: ${path}:3:20: invalid JSON: unexpected "}"\\n$`));
  });

  it("truncated JSON: exit 2, pointing at the end", () => {
    const path = file("truncated.json", '{"formatVersion": 1,\n"associations": [');
    const run = kexie("validate", path);
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
    const run = kexie("validate", VALID, "--colour");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kexie: validate: Unknown option '--colour'.*\n$/);
  });

  it("an unknown command: exit 2", () => {
    const run = kexie("frobnicate", VALID);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kexie: unknown command "frobnicate" (see kexie --help)\n');
  });

  it("a wrong locale: exit 2", () => {
    const run = kexie("validate", VALID, "--locale", "fr");
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('kexie: --locale must be zh-CN or en, not "fr"\n');
  });

  it("--help: exit 0, usage on stdout", () => {
    const run = kexie("validate", "--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: kexie validate <dataset.json>/);
  });

  it("a clean data set: exit 0; a faulty one: exit 1 with every issue", () => {
    expect(kexie("validate", VALID).code).toBe(0);
    const run = kexie("validate", FAULTY, "--format", "json");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { counts: { error: number }; issues: unknown[] };
    expect(report.counts.error).toBe(28);
    expect(report.issues).toHaveLength(28);
  });
});
