/**
 * A compact way to write the built-in forms, frozen so that no caller can change a shared form.
 *
 * @module
 */
import type { FormRow, StatisticalForm } from "../form.js";
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
  const label = Object.freeze({ "zh-CN": zh, en });
  return Object.freeze(
    children === undefined
      ? { code, label, unit, indicator, source }
      : { code, label, unit, indicator, source, children: Object.freeze([...children]) },
  );
}

/**
 * A built-in form, frozen with its title, note, period and rows (rows from {@link defineRow} are frozen
 * already).
 *
 * @example
 * ```ts
 * const form = defineForm({ ...FORM_3, id: "3-mine", rows: FORM_3.rows.slice(0, 1) });
 * Object.isFrozen(form.rows); // → true
 * ```
 */
export function defineForm(form: StatisticalForm): StatisticalForm {
  return Object.freeze({
    ...form,
    title: Object.freeze({ ...form.title }),
    citation: Object.freeze([...form.citation]),
    note: Object.freeze({ ...form.note }),
    period: Object.freeze({ ...form.period }),
    rows: Object.freeze([...form.rows]),
  });
}
