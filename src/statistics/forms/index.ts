/**
 * The built-in forms.
 *
 * @module
 */
import type { StatisticalForm } from "../form.js";
import { FORM_3 } from "./academic-exchange.js";
import { FORM_7 } from "./infrastructure.js";
import { FORM_1_1 } from "./organisation.js";
import { FORM_5 } from "./popularisation.js";

export { FORM_1_1, FORM_3, FORM_5, FORM_7 };
export {
  BEIJING_BULLETIN_2017,
  CAST_REPORTING_SYSTEM,
  GUANGZHOU_YEARBOOK_2022,
  NATIONAL_SERIES_2005,
  NBS_YEARBOOK_2010,
  WUHAN_NOTICE_2013,
} from "./sources.js";

/**
 * The built-in forms, in their order in the reporting system: 表1-1, 表3, 表5, 表7.
 *
 * @example
 * ```ts
 * BUILT_IN_FORMS.map((form) => form.id); // → ["1-1", "3", "5", "7"]
 * ```
 */
export const BUILT_IN_FORMS: readonly StatisticalForm[] = Object.freeze([FORM_1_1, FORM_3, FORM_5, FORM_7]);

/**
 * The built-in form with an id (`1-1`, `3`, `5`, `7`; `表1-1` and `AK` work too), or `undefined`.
 *
 * @example
 * ```ts
 * formById("1-1")?.code; // → "AK"
 * formById("EKX")?.id; // → "5"
 * ```
 */
export function formById(id: string): StatisticalForm | undefined {
  if (typeof id !== "string") return undefined;
  const key = id.startsWith("表") ? id.slice(1) : id;
  return BUILT_IN_FORMS.find((form) => form.id === key || form.code === key.toUpperCase());
}
