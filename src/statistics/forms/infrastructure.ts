/**
 * 表7 科普基础设施建设 (GKX): popular-science infrastructure, filed by local associations (not societies).
 *
 * @module
 */
import type { StatisticalForm } from "../form.js";
import { CALENDAR_YEAR } from "../period.js";
import { defineForm, defineRow as row } from "./define-row.js";
import { builtInNote } from "./notes.js";
import { CAST_REPORTING_SYSTEM } from "./sources.js";

const FACILITIES = "kexie: facilities and designations, counted in 个/户 in yearbooks and in 表7 (domain review §8)";

/**
 * 表7 科普基础设施建设: science e-stations, bulletin boards, activity rooms, demonstration bases and
 * households, and sci-tech workers' homes held at the end of the period.
 *
 * @example
 * ```ts
 * FORM_7.rows.map((row) => row.indicator); // ["facilities.science-e-station", …]
 * ```
 */
export const FORM_7: StatisticalForm = defineForm({
  id: "7",
  code: "GKX",
  title: { "zh-CN": "表7 科普基础设施建设", en: "Form 7: Popular-science infrastructure" },
  citation: [CAST_REPORTING_SYSTEM],
  note: builtInNote(
    "领域综述 §8：示范基地、示范户、科普e站、宣传栏、活动室、科技工作者之家按个／户计",
    "domain review §8: demonstration bases and households, e-stations, bulletin boards, activity rooms and workers' homes, counted in 个/户",
  ),
  period: CALENDAR_YEAR,
  rows: [
    row("01", "科普e站", "Science e-stations", "个", "facilities.science-e-station", FACILITIES),
    row("02", "科普宣传栏", "Popular-science bulletin boards", "个", "facilities.bulletin-board", FACILITIES),
    row("03", "科普活动室", "Popular-science activity rooms", "个", "facilities.activity-room", FACILITIES),
    row("04", "科普示范基地", "Demonstration bases", "个", "facilities.demonstration-base", FACILITIES),
    row("05", "科普示范户", "Demonstration households", "户", "facilities.demonstration-household", FACILITIES),
    row("06", "科技工作者之家", "Sci-tech workers' homes", "个", "facilities.sci-tech-workers-home", FACILITIES),
  ],
});
