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
 * The id pattern's source, with its two character classes spelled by `spell` from Unicode general
 * categories: a first character of `L` (letters of any script, CJK ideographs of every plane
 * included) or `N` (digits and other numbers, 〇 included), then up to 127 of `L`, `M` (combining marks,
 * which Tibetan, Mongolian or a decomposed é need) or `N`, or `.`, `_`, `:`, `-`. Lengths count code
 * points (the pattern has the `u` flag), so 𠀀 is one character.
 *
 * The library spells the categories as `\p{…}` escapes; the JSON Schema spells them out as explicit
 * ranges (see `toJsonSchema`), since Python's `re`, which the `jsonschema` package uses, has no `\p`.
 *
 * @example
 * ```ts
 * idPatternSource((categories) => categories.map((c) => `\\p{${c}}`).join("")); // "^[\\p{L}\\p{N}][…]{0,127}$"
 * ```
 */
export function idPatternSource(spell: (categories: readonly string[]) => string): string {
  return `^[${spell(["L", "N"])}][${spell(["L", "M", "N"])}._:-]{0,127}$`;
}

/**
 * The id pattern as the library runs it: {@link idPatternSource} with `\p{…}` escapes and the `u` flag.
 *
 * @example
 * ```ts
 * ID_PATTERN.test("〇"); // → true
 * ```
 */
export const ID_PATTERN = new RegExp(
  idPatternSource((categories) => categories.map((c) => `\\p{${c}}`).join("")),
  "u",
);

/**
 * An entity id: 1–128 characters, starting with a letter or digit of any script (é, 汉, 𠀀, 〇), then
 * letters, combining marks, digits, `.`, `_`, `:`, `-` (see {@link idPatternSource}). No space, no
 * punctuation besides those four, no control or format character (so no bidirectional override).
 *
 * Starting with a letter or digit keeps `__proto__` and its kin out of id space, so ids are safe as
 * object keys in every consumer's code, not only in ours (we index with `Map`).
 *
 * @example
 * ```ts
 * Id.parse("tc-health"); // → "tc-health"
 * Id.parse("𠀀村-〇一"); // → "𠀀村-〇一"
 * Id.safeParse("__proto__").success; // → false
 * ```
 */
export const Id = z.string().regex(ID_PATTERN).meta({
  description:
    "Entity id: a letter or digit of any script, then letters, combining marks, digits, '.', '_', ':' or '-'; at most 128 characters",
});

/**
 * The days the library accepts in data and in date options: 1900-01-01 to 2099-12-31, both included.
 * Nothing in this domain is dated outside them (the oldest associations date from the 1950s), and a
 * date outside them is a typing slip such as `0201-05-10` or `20190-05-10`.
 *
 * @example
 * ```ts
 * DATE_RANGE.from; // → "1900-01-01"
 * DATE_RANGE.to; // → "2099-12-31"
 * ```
 */
export const DATE_RANGE = Object.freeze({ from: "1900-01-01", to: "2099-12-31" } as const);

/**
 * The pattern that keeps a real day within {@link DATE_RANGE}: its year is 19xx or 20xx. A pattern, not
 * a refinement, so the exported JSON Schema carries it and zod's compiled validator checks it without a call-out;
 * `parseDataset` reports its failure as `date.out-of-range`.
 *
 * @example
 * ```ts
 * DATE_RANGE_PATTERN.test("2099-12-31"); // → true
 * DATE_RANGE_PATTERN.test("2100-01-01"); // → false
 * ```
 */
export const DATE_RANGE_PATTERN = /^(?:19|20)\d\d-/;

/**
 * A calendar date, `YYYY-MM-DD`, checked for a real day of a real month (leap years included) within
 * {@link DATE_RANGE}.
 *
 * Dates are strings, not `Date` objects, so they mean the same day in every time zone. The range is
 * checked only on a real day (the format check aborts), so a malformed date is one issue, not two.
 *
 * @example
 * ```ts
 * CalendarDate.parse("2020-02-29"); // → "2020-02-29"
 * CalendarDate.safeParse("2019-02-29").success; // → false
 * CalendarDate.safeParse("1899-12-31").success; // false: before 1900-01-01
 * ```
 */
export const CalendarDate = z.iso
  .date({ abort: true })
  .regex(DATE_RANGE_PATTERN)
  .meta({ description: "Calendar date, YYYY-MM-DD, from 1900-01-01 to 2099-12-31" });

/**
 * An administrative division code: 2 (province), 4 (prefecture), 6 (county, GB/T 2260),
 * 9 (township) or 12 (village) digits.
 *
 * @example
 * ```ts
 * DivisionCode.parse("340881"); // → "340881"
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
 * Name.parse("桐城市科协"); // → "桐城市科协"
 * ```
 */
export const Name = z.string().min(1).max(200);

/**
 * A count of people or events: a whole number from 0.
 *
 * @example
 * ```ts
 * Count.safeParse(-1).success; // → false
 * ```
 */
export const Count = z.int().min(0).max(1_000_000_000);

/**
 * A unified social credit code (统一社会信用代码): 18 characters, digits and capital letters other than
 * I, O, S, V and Z.
 *
 * @example
 * ```ts
 * CreditCode.safeParse("12340881MB1234567X").success; // → true
 * ```
 */
export const CreditCode = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/);

/**
 * How many units one record stands for (个, 户, 篇, 项): a whole number from 1. Where a `count` field is absent,
 * the record stands for one unit.
 *
 * @example
 * ```ts
 * UnitCount.safeParse(0).success; // → false
 * ```
 */
export const UnitCount = z.int().min(1).max(100_000_000);
