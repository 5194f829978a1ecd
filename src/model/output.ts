/**
 * Output (成果): a paper, an award, a patent or a report credited to an association's members. Outputs
 * are counted, but they are not activities: a published paper does not make an association "working".
 *
 * @module
 */
import * as z from "zod";
import { Extra } from "./extra.js";
import { CalendarDate, Id, Name, UnitCount } from "./primitives.js";

/**
 * Output kinds: 论文, 奖项 (科技奖励), 专利, 报告 (调研报告、建议).
 *
 * @example
 * ```ts
 * OutputKind.parse("paper");
 * ```
 */
export const OutputKind = z.enum(["paper", "award", "patent", "report"]);
/** An output kind; see {@link OutputKind}. */
export type OutputKind = z.infer<typeof OutputKind>;

/**
 * Where an award or a patent stands: applied for (申报, 申请) or granted (获奖, 授权). The seed's "申报科技
 * 进步奖3项" are three awards applied for, not won.
 *
 * @example
 * ```ts
 * OutputStage.parse("applied");
 * ```
 */
export const OutputStage = z.enum(["applied", "granted"]);
/** An output stage; see {@link OutputStage}. */
export type OutputStage = z.infer<typeof OutputStage>;

/**
 * An output. `date` is the day it was published, applied for or granted; `count` lets one record stand
 * for several items reported together (1 when absent).
 *
 * @example
 * ```ts
 * Output.parse({
 *   id: "award-1", kind: "award", stage: "applied", associationId: "tc-agency-agriculture",
 *   date: "2018-05-01", title: "科技进步奖申报",
 * });
 * ```
 */
export const Output = z.strictObject({
  id: Id,
  kind: OutputKind,
  stage: OutputStage.optional(),
  associationId: Id,
  date: CalendarDate,
  title: Name.optional(),
  /** How many items the record stands for; 1 when absent. */
  count: UnitCount.optional(),
  /** Values the model has no field for (unknown spreadsheet columns), kept as read. */
  extra: Extra.optional(),
});
/** An output; see {@link Output}. */
export type Output = z.infer<typeof Output>;
