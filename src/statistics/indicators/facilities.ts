/**
 * Facilities and designations (科普基础设施、命名): science e-stations, bulletin boards, activity rooms,
 * demonstration bases and households, and sci-tech workers' homes, held on the last day of the period.
 *
 * @module
 */
import type { Bilingual } from "../../charter/rule.js";
import { isFacilityOn } from "../../model/facility.js";
import { sumIndicator, type Indicator } from "../indicator.js";
import { FACILITY_COLLECTION, type FacilityKind } from "../record-access.js";
import { ON_LAST_DAY, PLACED } from "./wording.js";

const FACILITY_NAMES: Readonly<Record<FacilityKind, Bilingual>> = {
  "science-e-station": { "zh-CN": "科普e站", en: "science e-stations" },
  "bulletin-board": { "zh-CN": "科普宣传栏", en: "popular-science bulletin boards" },
  "activity-room": { "zh-CN": "科普活动室", en: "popular-science activity rooms" },
  "demonstration-base": { "zh-CN": "科普示范基地", en: "demonstration bases" },
  "demonstration-household": { "zh-CN": "科普示范户", en: "demonstration households" },
  "sci-tech-workers-home": { "zh-CN": "科技工作者之家", en: "sci-tech workers' homes" },
};

/**
 * One figure per facility kind (`facilities.<kind>`): the units of the designations in effect on the
 * period's last day (designated on or before it and not withdrawn by then), each record counting its
 * `count` units, placed by the association that holds them. Counted in 个, households in 户.
 *
 * @example
 * ```ts
 * FACILITY_INDICATORS.map((indicator) => indicator.id); // ["facilities.science-e-station", …]
 * ```
 */
export const FACILITY_INDICATORS: readonly Indicator[] = (Object.keys(FACILITY_NAMES) as FacilityKind[]).map((kind) => {
  const name = FACILITY_NAMES[kind];
  return sumIndicator(
    {
      id: `facilities.${kind}`,
      name,
      definition: {
        "zh-CN": `${name["zh-CN"]}的个（户）数，${ON_LAST_DAY["zh-CN"]}：命名（建成）日期不晚于当日且当日未撤销，每条记录按其数量（未填时为 1）计；${PLACED["zh-CN"]}。`,
        en: `The ${name.en} held ${ON_LAST_DAY.en}: designated (or built) on or before it and not withdrawn by then, each record counting its number of units (1 when not given); ${PLACED.en}.`,
      },
      unit: kind === "demonstration-household" ? "户" : "个",
      timing: "stock",
      additive: true,
      records: FACILITY_COLLECTION,
      standIns: ["facilities"],
      source: "领域综述 §8（设施、命名按个／户计，见于年鉴和表7）",
    },
    (records, period) =>
      records.facilities.filter((f) => f.kind === kind && isFacilityOn(f, period.to)).map((f) => [f.id, f.units] as const),
  );
});
