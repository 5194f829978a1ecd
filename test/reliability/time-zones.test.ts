/**
 * The same results under any process time zone: the built package runs in child processes under six
 * zones (east of UTC, west of it, UTC+12:45/+13:45, UTC+14 and UTC−11 at the ends of the day, and UTC
 * itself) on the Tongcheng data set and on one with persons, appointments, represented units, approvals
 * and postponements, and every charter report and metric must match the sources' results in this
 * process byte for byte.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseDataset, type Dataset } from "../../src/index.js";
import { everything } from "./support.js";

const run = promisify(execFile);
const ZONES = ["Asia/Shanghai", "America/Los_Angeles", "Pacific/Chatham", "UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"] as const;

const dist = ["index", "charter", "metrics", "csv"].map((entry) => new URL(`../../dist/${entry}.js`, import.meta.url).href);
const results = new URL("./all-results.mjs", import.meta.url).href;
const data = new URL("../../examples/tongcheng/dataset.json", import.meta.url);
const people = new URL("../fixtures/people-dataset.json", import.meta.url);

// The child reports its zone's offset on the seed date too, so the test knows TZ took effect.
const CHILD = `
  import { readFileSync } from "node:fs";
  const kexie = Object.assign({}, ...(await Promise.all(${JSON.stringify(dist)}.map((entry) => import(entry)))));
  const { allResults } = await import(${JSON.stringify(results)});
  const parsed = kexie.parseDataset(JSON.parse(readFileSync(new URL(${JSON.stringify(data.href)}), "utf8")));
  const withPersons = kexie.parseDataset(JSON.parse(readFileSync(new URL(${JSON.stringify(people.href)}), "utf8")));
  if (!parsed.ok || !withPersons.ok) throw new Error("the data sets must parse");
  const offset = new Date(2020, 8, 7).getTimezoneOffset();
  const results = { tongcheng: allResults(kexie, parsed.data), people: allResults(kexie, withPersons.data) };
  process.stdout.write(JSON.stringify({ offset, results }));
`;

async function inZone(zone: string): Promise<{ offset: number; results: unknown }> {
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", CHILD], {
    env: { ...process.env, TZ: zone },
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(stdout) as { offset: number; results: unknown };
}

describe("results under every process time zone", () => {
  it("are identical to each other and to the sources' results here", async () => {
    const parsed = parseDataset(JSON.parse(readFileSync(data, "utf8")));
    const withPersons = parseDataset(JSON.parse(readFileSync(people, "utf8")));
    expect(parsed.ok && withPersons.ok).toBe(true);
    const here = JSON.parse(
      JSON.stringify({ tongcheng: everything(parsed.data as Dataset), people: everything(withPersons.data as Dataset) }),
    ) as unknown;

    const runs = await Promise.all(ZONES.map((zone) => inZone(zone)));
    // Shanghai +8:00, Los Angeles −7:00 (summer time), Chatham +12:45, UTC, Kiritimati +14:00, Pago Pago
    // −11:00: the zones really differ.
    expect(runs.map((r) => r.offset)).toEqual([-480, 420, -765, 0, -840, 660]);
    for (const [i, zone] of ZONES.entries()) expect(runs[i]?.results, zone).toEqual(here);
  });
});
