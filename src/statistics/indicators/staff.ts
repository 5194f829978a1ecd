/**
 * Staff (从业人员、机关人数) of the local associations, as their records give it.
 *
 * @module
 */
import { LOCAL_KINDS } from "../../model/association.js";
import { sumIndicator, type Indicator } from "../indicator.js";
import { activeAssociations } from "./organisations.js";
import { ON_LAST_DAY, PLACED } from "./wording.js";

const LOCAL = new Set<string>(LOCAL_KINDS);

/**
 * The staff of local associations (county and above): the sum of their recorded staff (`resources.staff`),
 * over those that exist on the period's last day. Resources carry no date, so the recorded figure is
 * taken as the period's.
 *
 * @example
 * ```ts
 * STAFF_INDICATORS[0]?.id; // → "staff.local"
 * ```
 */
export const STAFF_INDICATORS: readonly Indicator[] = [
  sumIndicator(
    {
      id: "staff.local",
      name: { "zh-CN": "地方科协机关人数", en: "staff of local associations" },
      definition: {
        "zh-CN": `县级及以上地方科协记录的工作人员数（resources.staff）之和，${ON_LAST_DAY["zh-CN"]}存续的组织；记录不带日期，按现有记录计；未记录的计 0；${PLACED["zh-CN"]}。`,
        en: `The sum of the staff recorded (resources.staff) by local associations (county and above) that exist ${ON_LAST_DAY.en}; the record carries no date and is taken as it is; none recorded adds 0; ${PLACED.en}.`,
      },
      unit: "人",
      timing: "stock",
      additive: true,
      records: "associations",
      source: "广州统计年鉴 2022 表17-4（机关人数）；国家统计局年鉴 2010 表20-75；北京市科协统计公报 2017（从业人员）",
    },
    (records, period) => activeAssociations(records, period, LOCAL).map((a) => [a.id, a.resources?.staff ?? 0] as const),
  ),
];
