import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BIN, kexie, tempFile } from "./kexie.js";

const TYPES = [
  "academic-lecture",
  "training-class",
  "popularisation-event",
  "open-day",
  "competition",
  "summer-camp",
  "volunteer-service",
  "academic-exchange",
  "exhibition",
  "consultation",
];

// 1,000 organisers × 10 types × 20 years: 200,000 activities and as many rows in the statistics table,
// past the ~130,000 at which a spread of the rows into Math.max overflowed the stack.
function statsDataset(): string {
  const parts = ['{"formatVersion":1,"associations":[{"id":"tc","name":"桐城市科学技术协会","kind":"county","establishedOn":"1980-01-01"}'];
  for (let i = 0; i < 1000; i++)
    parts.push(
      `,{"id":"e${i}","name":"企业科协${i}","kind":"enterprise","parentId":"tc","establishedOn":"1990-01-01","charter":{"adoptedOn":"1990-01-01"}}`,
    );
  parts.push('],"activities":[');
  for (let i = 0; i < 200_000; i++) {
    const year = 1991 + Math.floor(i / 10_000);
    const type = TYPES[Math.floor(i / 1000) % 10] as string;
    parts.push(
      `${i === 0 ? "" : ","}{"id":"a${i}","organizerId":"e${i % 1000}","type":"${type}","title":"t","startsOn":"${year}-03-01","participantTimes":1}`,
    );
  }
  parts.push("]}");
  return tempFile("stats-200k.json", parts.join(""));
}

// 550,000 enterprise associations with two 五有 warnings each: 1,100,000 findings, whose report as one
// JSON string passed V8's limit ("Invalid string length").
function findingsDataset(): string {
  const parts = ['{"formatVersion":1,"associations":[{"id":"tc","name":"x","kind":"county","establishedOn":"1980-01-01"}'];
  for (let i = 0; i < 550_000; i++)
    parts.push(
      `,{"id":"e${i}","name":"x","kind":"enterprise","parentId":"tc","establishedOn":"2019-09-01","charter":{"adoptedOn":"2019-09-01"}}`,
    );
  parts.push("]}");
  return tempFile("findings-1m.json", parts.join(""));
}

/** Runs the bin and reads its output as it comes, never holding it all: its size, start, end and a count. */
function streamed(
  args: readonly string[],
  needle: string,
): Promise<{ code: number | null; stderr: string; bytes: number; head: string; tail: string; count: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    const pattern = Buffer.from(needle);
    let bytes = 0;
    let count = 0;
    let head = Buffer.alloc(0);
    let carry = Buffer.alloc(0);
    let tail = Buffer.alloc(0);
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (head.length < 4096) head = Buffer.concat([head, chunk.subarray(0, 4096)]);
      // The pattern may straddle two chunks: the end of the last one is searched again.
      const text = Buffer.concat([carry, chunk]);
      for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + pattern.length)) count += 1;
      carry = Buffer.from(text.subarray(Math.max(0, text.length - pattern.length + 1)));
      const last = Buffer.concat([tail, chunk]);
      tail = Buffer.from(last.subarray(Math.max(0, last.length - 200)));
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr, bytes, head: head.toString("utf8"), tail: tail.toString("utf8"), count }));
  });
}

describe("kexie on national-scale data", () => {
  it("stats and report print a table of 200,000 rows", () => {
    const file = statsDataset();
    const stats = kexie("stats", file, "--as-of", "2020-01-01", "--locale", "en");
    expect(stats.stderr).toBe("");
    expect(stats.code).toBe(0);
    const lines = stats.stdout.split("\n");
    expect(lines).toHaveLength(200_000 + 3); // header, rule, rows, and the empty string after the last newline
    expect(lines[2]).toMatch(/^ {2}1991 {2}企业科协0 +academic lecture +1 +1 +0 +0$/);

    const report = kexie("report", file, "--as-of", "2020-01-01", "--locale", "en");
    rmSync(file);
    expect(report.stderr).toBe("");
    expect(report.code).toBe(0);
    expect(report.stdout).toContain("4. Activities (by the year they start)");
    expect(report.stdout).toMatch(/ {2}2010 {2}企业科协999 +S&T consultation +1 +1 +0 +0\n/);
  }, 180_000);

  it("validate --format json writes 1,100,000 findings, over 512 MB of text, as one JSON document", async () => {
    const file = findingsDataset();
    const run = await streamed(["validate", file, "--as-of", "2020-01-01", "--format", "json", "--locale", "en"], '"severity": "warning"');
    rmSync(file);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.count).toBe(1_100_000);
    expect(run.bytes).toBeGreaterThan(512 * 1024 * 1024);
    expect(run.head).toMatch(
      /^\{\n {2}"file": ".*findings-1m\.json",\n {2}"asOf": "2020-01-01",\n {2}"counts": \{\n {4}"error": 0,\n {4}"warning": 1100000,/,
    );
    expect(run.tail.endsWith("\n    ]\n  }\n}\n")).toBe(true);
  }, 240_000);
});
