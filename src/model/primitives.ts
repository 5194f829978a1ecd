/**
 * The small shapes every entity shares: ids, calendar dates, division codes.
 *
 * These live in the schema (patterns, lengths) rather than in refinements, so the exported JSON Schema
 * carries them to other languages unchanged.
 *
 * @module
 */
import * as z from "zod";

/**
 * An entity id: 1–128 characters, starting with a letter or digit, then letters, digits, `.`, `_`, `:`, `-`.
 *
 * Starting with a letter or digit keeps `__proto__` and its kin out of id space, so ids are safe as
 * object keys in every consumer's code, not only in ours (we index with `Map`).
 *
 * @example
 * ```ts
 * Id.parse("tc-health"); // "tc-health"
 * Id.safeParse("__proto__").success; // false
 * ```
 */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff._:-]{0,127}$/)
  .meta({ description: "Entity id: starts with a letter, digit or CJK character; at most 128 characters" });

/**
 * A calendar date, `YYYY-MM-DD`, checked for a real day of a real month (leap years included).
 *
 * Dates are strings, not `Date` objects, so they mean the same day in every time zone.
 *
 * @example
 * ```ts
 * CalendarDate.parse("2020-02-29"); // "2020-02-29"
 * CalendarDate.safeParse("2019-02-29").success; // false
 * ```
 */
export const CalendarDate = z.iso.date().meta({ description: "Calendar date, YYYY-MM-DD" });

/**
 * An administrative division code: 2 (province), 4 (prefecture), 6 (county, GB/T 2260),
 * 9 (township) or 12 (village) digits.
 *
 * @example
 * ```ts
 * DivisionCode.parse("340881"); // "340881"
 * DivisionCode.safeParse("34088110120").success; // false: 11 digits
 * ```
 */
export const DivisionCode = z
  .string()
  // Nested optional groups rather than an alternation: one pass over the digits, no backtracking.
  .regex(/^\d{2}(?:\d{2}(?:\d{2}(?:\d{3}(?:\d{3})?)?)?)?$/)
  .meta({ description: "Division code of 2, 4, 6, 9 or 12 digits" });

/**
 * A human-readable name: non-empty, at most 200 characters.
 *
 * @example
 * ```ts
 * Name.parse("桐城市科协"); // "桐城市科协"
 * ```
 */
export const Name = z.string().min(1).max(200);

/**
 * A count of people or events: a whole number from 0.
 *
 * @example
 * ```ts
 * Count.safeParse(-1).success; // false
 * ```
 */
export const Count = z.int().min(0).max(1_000_000_000);

/**
 * How many units one record stands for (个, 户, 篇, 项): a whole number from 1. Where a `count` field is absent,
 * the record stands for one unit.
 *
 * @example
 * ```ts
 * UnitCount.safeParse(0).success; // false
 * ```
 */
export const UnitCount = z.int().min(1).max(100_000_000);
