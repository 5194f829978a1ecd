/**
 * Extra (附加信息): values a record carries that the model has no field for, such as the columns of a
 * spreadsheet that kexie does not know. They are kept rather than rejected or dropped.
 *
 * @module
 */
import * as z from "zod";

/**
 * The longest text an extra value may hold: what one spreadsheet cell holds (Excel's limit).
 *
 * @example
 * ```ts
 * ExtraValue.safeParse("x".repeat(EXTRA_TEXT_LIMIT + 1)).success; // → false
 * ```
 */
export const EXTRA_TEXT_LIMIT = 32_767;

/**
 * One extra value: text, a finite number, a boolean or null, as a spreadsheet cell or a JSON value holds it.
 *
 * @example
 * ```ts
 * ExtraValue.parse("0556-6123456"); // → "0556-6123456"
 * ExtraValue.safeParse({}).success; // → false
 * ```
 */
export const ExtraValue = z.union([z.string().max(EXTRA_TEXT_LIMIT), z.number(), z.boolean(), z.null()]);
/** An extra value; see {@link ExtraValue}. */
export type ExtraValue = z.infer<typeof ExtraValue>;

/**
 * Extra values by name (a column header, for records read from a spreadsheet). Names are 1–255 characters.
 *
 * @example
 * ```ts
 * Extra.parse({ 联系电话: "0556-6123456", 备注: "2020 年换届" });
 * ```
 */
export const Extra = z
  .record(z.string().min(1).max(255), ExtraValue)
  .meta({ description: "Values the model has no field for, by name (such as unknown spreadsheet columns), kept as they were read" });
/** Extra values; see {@link Extra}. */
export type Extra = z.infer<typeof Extra>;
