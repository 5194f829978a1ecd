/**
 * Outputs (成果): papers, awards, patents and reports dated within the period.
 *
 * @module
 */
import type { Bilingual } from "../../charter/rule.js";
import { sumIndicator, type Indicator, type StatisticalUnit } from "../indicator.js";
import { OUTPUT_COLLECTION, type OutputKind } from "../record-access.js";
import { PLACED } from "./wording.js";

const OUTPUT_NAMES: Readonly<Record<OutputKind, readonly [Bilingual, StatisticalUnit]>> = {
  paper: [{ "zh-CN": "论文", en: "papers" }, "篇"],
  award: [{ "zh-CN": "获奖（申报）成果", en: "awards (applied for)" }, "项"],
  patent: [{ "zh-CN": "专利", en: "patents" }, "项"],
  report: [{ "zh-CN": "研究（咨询）报告", en: "reports" }, "篇"],
};

/**
 * One figure per output kind (`outputs.<kind>`): the items of the outputs dated within the period, each
 * record counting its `count` items, credited to an association placed in the scope.
 *
 * @example
 * ```ts
 * OUTPUT_INDICATORS.map((indicator) => indicator.id); // ["outputs.paper", "outputs.award", …]
 * ```
 */
export const OUTPUT_INDICATORS: readonly Indicator[] = (Object.keys(OUTPUT_NAMES) as OutputKind[]).map((kind) => {
  const [name, unit] = OUTPUT_NAMES[kind];
  return sumIndicator(
    {
      id: `outputs.${kind}`,
      name,
      definition: {
        "zh-CN": `日期在统计期内的${name["zh-CN"]}数，每条记录按其数量（未填时为 1）计；${PLACED["zh-CN"]}。`,
        en: `The ${name.en} dated within the period, each record counting its number of items (1 when not given); ${PLACED.en}.`,
      },
      unit,
      timing: "flow",
      additive: true,
      records: OUTPUT_COLLECTION,
      standIns: ["outputs"],
      source: "领域综述 §8（论文、奖励、专利是成果，不是活动）",
    },
    (records, period) =>
      records.outputs.filter((o) => o.kind === kind && o.date >= period.from && o.date <= period.to).map((o) => [o.id, o.units] as const),
  );
});
