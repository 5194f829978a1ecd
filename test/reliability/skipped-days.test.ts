/**
 * Date results do not depend on the process time zone, even in the zones whose clocks skipped a whole
 * calendar day or lived half a day or more twice (moving across the date line): Pacific/Kiritimati
 * skipped 1994-12-31, Pacific/Apia 2011-12-30, Pacific/Kwajalein 1993-08-21. Arithmetic through local
 * `Date`s slips by a day there.
 *
 * The zones are found, not listed: a child process walks the history of every zone of
 * `Intl.supportedValuesOf("timeZone")` and reports each clock change of 12 hours or more (summer time
 * and other shifts move the hour, not the date) with the local days around it. Then the built package
 * computes one battery of date results (term ends, congress deadlines and warning windows through
 * validation, dormancy windows, activity spans, months between, years and months added) in a child per
 * zone, TZ set at its start, and every zone's results must equal those under UTC.
 */
import { execFile } from "node:child_process";
import { availableParallelism } from "node:os";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { addMonthsYmd, addYearsYmd } from "../helpers/calendar-oracle.js";

const run = promisify(execFile);
// The root, and kexie/charter and kexie/metrics for the rules, the calendar helpers and the metrics.
const dist = ["index", "charter", "metrics"].map((entry) => new URL(`../../dist/${entry}.js`, import.meta.url).href);

async function node(code: string, env: Record<string, string>): Promise<unknown> {
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", code], {
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as unknown;
}

/** A clock change of half a day or more in a zone, and the local days on either side of it. */
interface DateLineCrossing {
  readonly zone: string;
  /** The UTC instant of the change. */
  readonly at: string;
  /** The change in hours: positive when the clock jumped forward. */
  readonly hours: number;
  /** The local days from the day before the change to the day after it, skipped or repeated ones included. */
  readonly days: readonly string[];
}

// Node applies a new process.env.TZ at once, so one process can walk every zone. Offsets are read every
// 91 days (no zone has crossed the date line and back within a season); a window whose offset moved by
// 10 hours or more (12 less a summer time) is walked by the hour to find the change itself.
const FIND_CROSSINGS = `
  const DAY = 864e5, HOUR = 36e5, STEP = 91 * DAY;
  const from = Date.UTC(1840, 0, 1), to = Date.UTC(2100, 0, 1);
  const offset = (t) => -new Date(t).getTimezoneOffset() / 60;
  const localDay = (t) => { const d = new Date(t); return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()); };
  const text = (day) => new Date(day).toISOString().slice(0, 10);
  const crossings = [];
  for (const zone of Intl.supportedValuesOf("timeZone")) {
    process.env.TZ = zone;
    for (let t = from; t < to; t += STEP) {
      if (Math.abs(offset(t + STEP) - offset(t)) < 10) continue;
      for (let h = t; h < t + STEP; h += HOUR) {
        const before = offset(h);
        if (Math.abs(offset(h + HOUR) - before) < 12) continue;
        let lo = h, hi = h + HOUR;
        while (hi - lo > 1) { const mid = Math.floor((lo + hi) / 2); if (offset(mid) === before) lo = mid; else hi = mid; }
        const [a, b] = [localDay(lo), localDay(hi)].sort((x, y) => x - y);
        const days = [];
        for (let day = a - DAY; day <= b + DAY; day += DAY) days.push(text(day));
        crossings.push({ zone, at: new Date(hi).toISOString(), hours: offset(hi) - before, days });
      }
    }
  }
  process.stdout.write(JSON.stringify(crossings));
`;

/** The days the battery is computed on. */
interface Battery {
  /** Days for the arithmetic itself, any four-digit year. */
  readonly days: readonly string[];
  /** Election and congress days of the data set: in range, and such that results land on `days`. */
  readonly elections: readonly string[];
  /** The days the data set is judged on. */
  readonly asOfs: readonly string[];
}

// Everything in one child per zone: the package is loaded once, and results come back as one JSON.
const BATTERY = `
  const kexie = Object.assign({}, ...(await Promise.all(${JSON.stringify(dist)}.map((entry) => import(entry)))));
  const { days, elections, asOfs } = JSON.parse(process.env.KEXIE_BATTERY);
  const attempt = (f) => { try { return f(); } catch (error) { return "throws: " + error.message; } };
  const arithmetic = {};
  for (const day of days) {
    arithmetic[day] = {
      years: [-5, -1, 1, 5].map((n) => attempt(() => kexie.addYearsToDate(day, n))),
      months: [-12, -6, -1, 1, 6, 12].map((n) => attempt(() => kexie.addMonthsToDate(day, n))),
      termEnd: attempt(() => kexie.termEndOf({ electedOn: day })),
      monthsBetween: days.map((other) => attempt(() => kexie.monthsBetween(day, other))),
      deadline: days.map((asOf) => attempt(() => kexie.deadlineStatus(day, asOf, 6))),
    };
  }
  const parsed = kexie.parseDataset({
    formatVersion: 1,
    associations: elections.map((on, i) => ({ id: "a" + i, name: "科协", kind: "county", establishedOn: "1900-01-01", congresses: [{ heldOn: on }] })),
    committees: elections.map((on, i) => ({ id: "c" + i, associationId: "a" + i, term: 1, electedOn: on, seats: [] })),
    activities: elections.map((on, i) => ({ id: "x" + i, organizerId: "a" + i, type: "open-day", startsOn: on, participantTimes: 1 })),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const data = parsed.data;
  const judged = {};
  for (const asOf of asOfs) {
    const report = kexie.validateDataset(data, { asOf, rules: [kexie.TERMS_AND_CONGRESSES], locale: "en" });
    const dormancy = kexie.dormantAssociations(data, { asOf, months: 6 });
    judged[asOf] = {
      issues: report.associations.flatMap((a) => a.issues.map((i) => [a.associationId, i.code, i.params.termEnd ?? i.params.dueOn ?? null])),
      dormancy: [dormancy.since, dormancy.associations.map((a) => [a.id, a.reasons, a.termEndsOn, a.lastActivityOn])],
      work: kexie.workCoverage(data, { from: asOf.slice(0, 8) + "01", asOf }).covered,
    };
  }
  const stats = kexie.activityStats(data, { asOf: "2099-12-31", by: ["year"] }).groups;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  process.stdout.write(JSON.stringify({ zone, results: { arithmetic, judged, stats } }));
`;

/** Days near each crossing, shifted by the amounts the battery adds, so its results land on them. */
function batteryFor(crossings: readonly DateLineCrossing[]): Battery {
  const near = [...new Set(crossings.flatMap((c) => c.days))].sort();
  const inRange = (day: string) => day >= "1900-01-01" && day <= "2099-12-31";
  const edges = ["1900-01-01", "1900-02-28", "1900-03-01", "2000-02-29", "2020-02-29", "2021-02-28", "2099-12-31"];
  const days = [...new Set([...near, ...edges])].sort();
  const core = days.filter(inRange);
  const elections = new Set<string>();
  const asOfs = new Set<string>();
  for (const day of core) {
    // A term (5 years) or a congress cycle ending on the day, or its warning (6 months) starting on it.
    for (const months of [0, -12, -60, -54]) elections.add(addMonthsYmd(day, months));
    // A dormancy window (6 months) starting on the day.
    for (const months of [0, 6]) asOfs.add(addMonthsYmd(day, months));
  }
  return {
    days,
    elections: [...elections].filter(inRange).sort(),
    asOfs: [...asOfs].filter(inRange).sort(),
  };
}

/** Runs `task` on every item, at most `width` at a time. */
async function pool<T, R>(items: readonly T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

describe("date results in zones that skipped or repeated a day", () => {
  // About 20 zones, a child each: a few seconds on an idle machine, more when it is shared.
  it("are those under UTC, in every such zone", { timeout: 300_000 }, async () => {
    const crossings = (await node(FIND_CROSSINGS, {})) as DateLineCrossing[];
    const zones = [...new Set(crossings.map((c) => c.zone))].sort();
    // The history the search must find, so a search that finds nothing cannot pass.
    const skipped = (zone: string, day: string) => crossings.some((c) => c.zone === zone && c.hours > 0 && c.days.includes(day));
    expect(skipped("Pacific/Kiritimati", "1994-12-31")).toBe(true);
    expect(skipped("Pacific/Apia", "2011-12-30")).toBe(true);
    expect(skipped("Pacific/Kwajalein", "1993-08-21")).toBe(true);
    expect(skipped("Asia/Manila", "1844-12-31")).toBe(true);
    expect(zones.some((zone) => zone === "Pacific/Enderbury" || zone === "Pacific/Kanton")).toBe(true);
    expect(crossings.some((c) => c.zone === "Pacific/Pago_Pago" && c.hours < 0)).toBe(true);

    const battery = batteryFor(crossings);
    expect(battery.days).toContain("1994-12-31");
    expect(battery.elections).toContain(addYearsYmd("1994-12-31", -5));
    const env = (zone: string) => ({ TZ: zone, KEXIE_BATTERY: JSON.stringify(battery) });
    const width = Math.max(2, Math.min(4, availableParallelism()));
    const [utc, ...others] = (await pool(["UTC", ...zones], width, (zone) => node(BATTERY, env(zone)))) as {
      zone: string;
      results: unknown;
    }[];
    expect(utc?.zone).toBe("UTC");
    for (const [i, zone] of zones.entries()) {
      // The child ran in the zone asked for, and got what UTC got.
      expect(others[i]?.zone, zone).toBe(zone);
      expect(others[i]?.results, zone).toEqual(utc?.results);
    }
  });

  it("report a committee elected 1989-12-31 for 5 years as expired on 1995-01-01 under Pacific/Kiritimati", async () => {
    // Kiritimati skipped 1994-12-31, the committee's last day; through local Dates its term ran a day longer.
    const EXAMPLE = `
      const kexie = Object.assign({}, ...(await Promise.all(${JSON.stringify(dist)}.map((entry) => import(entry)))));
      const parsed = kexie.parseDataset({
        formatVersion: 1,
        associations: [{ id: "kc", name: "科协", kind: "county", establishedOn: "1958-09-01" }],
        committees: [{ id: "kc-8", associationId: "kc", term: 8, electedOn: "1989-12-31", termYears: 5, seats: [] }],
      });
      const on = (asOf) => {
        const report = kexie.validateDataset(parsed.data, { asOf, rules: [kexie.TERMS_AND_CONGRESSES], locale: "en" });
        return report.associations.flatMap((a) => a.issues.map((i) => [i.code, i.params.termEnd]));
      };
      const dormancy = kexie.dormantAssociations(parsed.data, { asOf: "1995-01-01", months: 1 }).associations;
      process.stdout.write(JSON.stringify({
        offset: new Date(Date.UTC(1995, 0, 1, 12)).getTimezoneOffset(),
        termEnd: kexie.termEndOf(parsed.data.committees[0]),
        lastDay: on("1994-12-31"),
        nextDay: on("1995-01-01"),
        dormancy: dormancy.map((a) => [a.id, a.reasons, a.termEndsOn]),
      }));
    `;
    expect(await node(EXAMPLE, { TZ: "Pacific/Kiritimati" })).toEqual({
      offset: -14 * 60,
      termEnd: "1994-12-31",
      lastDay: [["charter.committee-expiring", "1994-12-31"]],
      nextDay: [["charter.committee-expired", "1994-12-31"]],
      dormancy: [["kc", ["no-activity", "committee-expired"], "1994-12-31"]],
    });
  });
});
