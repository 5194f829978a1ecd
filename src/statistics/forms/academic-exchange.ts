/**
 * 表3 学术交流活动 (CKX): academic exchange.
 *
 * @module
 */
import type { StatisticalForm } from "../form.js";
import { CALENDAR_YEAR } from "../period.js";
import { defineForm, defineRow as row } from "./define-row.js";
import { builtInNote } from "./notes.js";
import { CAST_REPORTING_SYSTEM, GUANGZHOU_YEARBOOK_2022 } from "./sources.js";
import { SEED_ARTICLE } from "../../charter/sources.js";

const GZ = "广州统计年鉴 2022 表17-4";

/**
 * 表3 学术交流活动: academic exchanges held and their participant-times (Guangzhou's rows), of which
 * international ones, and the experts invited (the seed's figure).
 *
 * @example
 * ```ts
 * FORM_3.rows[0]?.indicator; // → "activities.academic-exchange"
 * ```
 */
export const FORM_3: StatisticalForm = defineForm({
  id: "3",
  code: "CKX",
  title: { "zh-CN": "表3 学术交流活动", en: "Form 3: Academic exchange" },
  citation: [CAST_REPORTING_SYSTEM, GUANGZHOU_YEARBOOK_2022, SEED_ARTICLE],
  note: builtInNote(
    "广州统计年鉴 2022 表17-4；邀请专家一行据种子文章",
    "Guangzhou yearbook 2022 table 17-4; the experts row after the seed article",
  ),
  period: CALENDAR_YEAR,
  rows: [
    row("01", "举行国内外学术交流活动", "Domestic and international academic exchanges held", "次", "activities.academic-exchange", GZ, [
      row(
        "01.1",
        "国际（境外）学术交流活动",
        "International academic exchanges",
        "次",
        "activities.academic-exchange.international",
        "kexie: the coming activity subtypes",
      ),
    ]),
    row("02", "参加人数", "Participants", "人次", "activities.academic-exchange.participant-times", GZ),
    row(
      "03",
      "邀请专家",
      "Experts invited",
      "人",
      "activities.academic-exchange.experts",
      "kexie: the seed article (32 experts invited, 2018)",
    ),
  ],
});
