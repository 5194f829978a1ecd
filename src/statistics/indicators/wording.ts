/**
 * The phrases indicator definitions share, so every definition states the same rule the same way.
 *
 * @module
 */
import type { Bilingual } from "../../charter/rule.js";

/**
 * How records are placed in an area: by their association's division code.
 *
 * @example
 * ```ts
 * PLACED.en; // → "placed by the association's division code (or its nearest ancestor's)"
 * ```
 */
export const PLACED: Bilingual = {
  "zh-CN": "按所属组织的行政区划（未填写时取上级组织的）计入地区",
  en: "placed by the association's division code (or its nearest ancestor's)",
};

/**
 * How a stock is dated: on the period's last day.
 *
 * @example
 * ```ts
 * ON_LAST_DAY["zh-CN"]; // → "以统计期最后一天为准"
 * ```
 */
export const ON_LAST_DAY: Bilingual = {
  "zh-CN": "以统计期最后一天为准",
  en: "on the last day of the period",
};

/**
 * How a flow is dated: by the day it starts, within the period.
 *
 * @example
 * ```ts
 * IN_PERIOD.en; // → "starting within the period (a multi-day activity counts once, in the period it starts)"
 * ```
 */
export const IN_PERIOD: Bilingual = {
  "zh-CN": "开始日期在统计期内（跨日活动计一次，计入开始日期所在的统计期）",
  en: "starting within the period (a multi-day activity counts once, in the period it starts)",
};
