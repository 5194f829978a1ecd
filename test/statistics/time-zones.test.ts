/**
 * Filled forms are the same under every process time zone: the built package runs in child processes
 * under zones east and west of UTC, including the two the date line separates by a whole day
 * (Pacific/Kiritimati, UTC+14, which skipped 31 December 1994, and Pacific/Pago_Pago, UTC−11), and must
 * give this process's results from the sources byte for byte.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseDataset, type ParsedDataset } from "../../src/index.js";
import * as statistics from "../../src/statistics/index.js";

const run = promisify(execFile);
const ZONES = ["Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"] as const;
const data = new URL("../../examples/tongcheng/dataset.json", import.meta.url);

// Every built-in form, for two years, over the calendar year and January–October, at two scopes.
function everyForm(kexie: typeof statistics, dataset: ParsedDataset): unknown[] {
  const out: unknown[] = [];
  for (const form of kexie.BUILT_IN_FORMS) {
    for (const year of [2018, 2019]) {
      for (const period of [kexie.CALENDAR_YEAR, kexie.parsePeriodRule("01-01..10-31")]) {
        for (const scope of ["340881", "340881001"])
          out.push(kexie.statisticalReport(dataset, { form, year, scope, period, locale: "en" }));
      }
    }
  }
  return out;
}

const CHILD = `
  import { readFileSync } from "node:fs";
  const { parseDataset } = await import(${JSON.stringify(new URL("../../dist/index.js", import.meta.url).href)});
  const statistics = await import(${JSON.stringify(new URL("../../dist/statistics.js", import.meta.url).href)});
  const everyForm = ${everyForm.toString()};
  const parsed = parseDataset(JSON.parse(readFileSync(new URL(${JSON.stringify(data.href)}), "utf8")));
  process.stdout.write(JSON.stringify({ offset: new Date(2018, 11, 31).getTimezoneOffset(), forms: everyForm(statistics, parsed.data) }));
`;

describe("filled forms under every process time zone", () => {
  it("are identical to each other and to the sources' results here", async () => {
    const parsed = parseDataset(JSON.parse(readFileSync(data, "utf8")));
    if (!parsed.ok) throw new Error("the Tongcheng data set must parse");
    const here = JSON.parse(JSON.stringify(everyForm(statistics, parsed.data))) as unknown;
    const runs = await Promise.all(
      ZONES.map(async (zone) => {
        const { stdout } = await run(process.execPath, ["--input-type=module", "-e", CHILD], {
          env: { ...process.env, TZ: zone },
          maxBuffer: 64 * 1024 * 1024,
        });
        return JSON.parse(stdout) as { offset: number; forms: unknown };
      }),
    );
    // Shanghai +8, Los Angeles −8 (winter), Kiritimati +14, Pago Pago −11, UTC: the zones really differ.
    expect(runs.map((r) => r.offset)).toEqual([-480, 480, -840, 660, 0]);
    for (const [i, zone] of ZONES.entries()) expect(runs[i]?.forms, zone).toEqual(here);
  });
});
