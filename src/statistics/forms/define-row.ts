/**
 * A compact way to write the built-in forms' rows.
 *
 * @module
 */
import type { FormRow } from "../form.js";
import type { StatisticalUnit } from "../indicator.js";

/**
 * A form row from its code, zh and en labels, unit, indicator, source and "其中" rows.
 *
 * @example
 * ```ts
 * defineRow("02", "企业科协", "Enterprise associations", "个", "associations.enterprise", "广州统计年鉴 2022 表17-4");
 * ```
 */
export function defineRow(
  code: string,
  zh: string,
  en: string,
  unit: StatisticalUnit,
  indicator: string,
  source: string,
  children?: readonly FormRow[],
): FormRow {
  return children === undefined
    ? { code, label: { "zh-CN": zh, en }, unit, indicator, source }
    : { code, label: { "zh-CN": zh, en }, unit, indicator, source, children };
}
