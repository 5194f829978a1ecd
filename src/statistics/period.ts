/**
 * The reporting period (统计期) of a yearly statistical form: the calendar year by default, or a part
 * of it (some years' notices asked for January to October actuals).
 *
 * @module
 */
import * as z from "zod";
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import { describeValue } from "../_lib/describe.js";
import { CalendarDate } from "../model/primitives.js";

/**
 * The part of a calendar year a form covers, as month-day bounds (`MM-DD`, both included).
 *
 * @example
 * ```ts
 * const januaryToOctober: ReportingPeriodRule = { from: "01-01", to: "10-31" };
 * ```
 */
export interface ReportingPeriodRule {
  readonly from: string;
  readonly to: string;
}

/**
 * The calendar year, the period of the yearly report (2011 notice, Guangdong).
 *
 * @example
 * ```ts
 * CALENDAR_YEAR; // → { from: "01-01", to: "12-31" }
 * ```
 */
export const CALENDAR_YEAR: ReportingPeriodRule = Object.freeze({ from: "01-01", to: "12-31" });

/**
 * A reporting period resolved for one year. Flows (activities) count when they start within it; stocks
 * (associations, members, committee seats, facilities) are read on its last day, `to`.
 *
 * @example
 * ```ts
 * const period: ReportingPeriod = { year: 2018, from: "2018-01-01", to: "2018-12-31", calendarYear: true };
 * ```
 */
export interface ReportingPeriod {
  readonly year: number;
  /** The first day, `YYYY-MM-DD`. */
  readonly from: string;
  /** The last day, `YYYY-MM-DD`. */
  readonly to: string;
  /** Whether the period is the whole calendar year. */
  readonly calendarYear: boolean;
}

// A month and a day that every year has: 29 February is left out, so a rule means the same in every year.
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a text is a month-day bound (`MM-DD`) that every year has: a real day, 29 February excluded.
 *
 * @example
 * ```ts
 * isMonthDay("10-31"); // → true
 * isMonthDay("02-29"); // false: not a day of every year
 * ```
 */
export function isMonthDay(text: string): boolean {
  const match = MONTH_DAY.exec(text);
  if (match === null) return false;
  return Number(match[2]) <= (DAYS_IN_MONTH[Number(match[1]) - 1] as number);
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(describeValue(value)) : describeValue(value);
}

/**
 * The schema of a reporting period rule: two month-day bounds, `from` not after `to`. Built on each
 * call, so only inside a `lazy` schema.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const schema = lazy(() => z.object({ period: periodRuleSchema().optional() }));
 * schema().safeParse({ period: { from: "01-01", to: "12-31" } }).success; // → true
 * ```
 */
export function periodRuleSchema(): z.ZodType<ReportingPeriodRule> {
  const monthDay = z.custom<string>((value) => typeof value === "string" && isMonthDay(value), {
    error: "a day of every year written MM-DD (29 February is not)",
  });
  return z
    .object({ from: monthDay, to: monthDay })
    .refine(({ from, to }) => from <= to, { path: ["to"], error: "a day not before period.from" });
}

const periodSchema = lazy(periodRuleSchema);

/**
 * Checks a reporting period rule and returns it: two month-day bounds, `from` not after `to`.
 *
 * @throws TypeError, with `fn` first in its message, when the rule is malformed.
 * @example
 * ```ts
 * requirePeriodRule("statisticalReport", { from: "01-01", to: "10-31" }); // → { from: "01-01", to: "10-31" }
 * requirePeriodRule("statisticalReport", { from: "11-01", to: "10-31" }); // throws TypeError: statisticalReport: period.to must be a day not before period.from …
 * ```
 */
export function requirePeriodRule(fn: string, rule: unknown): ReportingPeriodRule {
  return checkOptions(fn, periodSchema(), rule, "period");
}

/**
 * Reads a period rule written `MM-DD..MM-DD`, as the command line takes it.
 *
 * @throws TypeError when the text is not two month-day bounds in order.
 * @example
 * ```ts
 * parsePeriodRule("01-01..10-31"); // → { from: "01-01", to: "10-31" }
 * ```
 */
export function parsePeriodRule(text: string): ReportingPeriodRule {
  const fn = "parsePeriodRule";
  if (typeof text !== "string") throw new TypeError(`${fn}: expected text MM-DD..MM-DD; got ${describe(text)}`);
  const parts = text.split("..");
  if (parts.length !== 2) throw new TypeError(`${fn}: expected MM-DD..MM-DD; got ${describe(text)}`);
  return requirePeriodRule(fn, { from: parts[0], to: parts[1] });
}

/**
 * The period of one (checked) year under a rule, with misuse reported under the caller's name.
 *
 * @throws TypeError, with `fn` first in its message, when the rule is malformed.
 * @example
 * ```ts
 * resolvePeriod("statisticalReport", 2018, CALENDAR_YEAR).to; // → "2018-12-31"
 * ```
 */
export function resolvePeriod(fn: string, year: number, rule: unknown): ReportingPeriod {
  // The year is checked with the options; the rule may come from a caller's own form, so it is checked here.
  const { from, to } = requirePeriodRule(fn, rule);
  const first = `${year}-${from}`;
  const last = `${year}-${to}`;
  // isMonthDay already rules out days no year has; this guards the invariant the rest relies on.
  if (!CalendarDate.safeParse(first).success || !CalendarDate.safeParse(last).success) {
    throw new TypeError(`${fn}: ${first}..${last} is not a span of real days`);
  }
  return { year, from: first, to: last, calendarYear: from === CALENDAR_YEAR.from && to === CALENDAR_YEAR.to };
}

/**
 * The period of one year under a rule (the calendar year by default).
 *
 * @throws TypeError when the year is not a whole number from 1000 to 9999 or the rule is malformed.
 * @example
 * ```ts
 * reportingPeriod(2018); // → { year: 2018, from: "2018-01-01", to: "2018-12-31", calendarYear: true }
 * reportingPeriod(2013, { from: "01-01", to: "10-31" }).to; // → "2013-10-31"
 * ```
 */
export function reportingPeriod(year: number, rule: ReportingPeriodRule = CALENDAR_YEAR): ReportingPeriod {
  return resolvePeriod("reportingPeriod", year, rule);
}
