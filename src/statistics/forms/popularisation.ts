/**
 * 表5 科学技术普及活动 (EKX): science popularisation.
 *
 * @module
 */
import type { StatisticalForm } from "../form.js";
import { CALENDAR_YEAR } from "../period.js";
import { defineForm, defineRow as row } from "./define-row.js";
import { builtInNote } from "./notes.js";
import { CAST_REPORTING_SYSTEM, GUANGZHOU_YEARBOOK_2022, NATIONAL_SERIES_2005 } from "./sources.js";

const GZ = "广州统计年鉴 2022 表17-4";

/**
 * 表5 科学技术普及活动: popularisation events with Guangzhou's "其中" rows (expert reports, exhibitions,
 * consultations, national science day and science week events), their participant-times (the older
 * national series), and the practical training classes with their trainees.
 *
 * @example
 * ```ts
 * FORM_5.rows[0]?.children?.length; // → 4
 * ```
 */
export const FORM_5: StatisticalForm = defineForm({
  id: "5",
  code: "EKX",
  title: { "zh-CN": "表5 科学技术普及活动", en: "Form 5: Science popularisation" },
  citation: [CAST_REPORTING_SYSTEM, GUANGZHOU_YEARBOOK_2022, NATIONAL_SERIES_2005],
  note: builtInNote(
    "广州统计年鉴 2022 表17-4、2004/2005 年全国科普活动统计；“其中”项是分项，不是完整拆分",
    "Guangzhou yearbook 2022 table 17-4, the 2004/2005 national series; the 其中 rows are breakdowns, not a complete split",
  ),
  period: CALENDAR_YEAR,
  rows: [
    row("01", "举办科普宣讲活动", "Popularisation events held", "次", "activities.popularisation", GZ, [
      row("01.1", "专家科普报告会", "Expert popular-science reports", "次", "activities.popularisation.expert-report", GZ),
      row("01.2", "举办专题展览", "Special exhibitions", "次", "activities.popularisation.exhibition", GZ),
      row("01.3", "开展科技咨询", "Science and technology consultations", "次", "activities.popularisation.consultation", GZ),
      row(
        "01.4",
        "属于全国科普日、科技活动周活动",
        "Events of the national science day or science week",
        "次",
        "activities.popularisation.campaign",
        GZ,
      ),
    ]),
    row("02", "参加人次", "Participants", "人次", "activities.popularisation.participant-times", "全国科协统计 2004/2005（原以万人次计）"),
    row(
      "03",
      "举办实用技术培训",
      "Practical training classes held",
      "次",
      "activities.training",
      "kexie: training as the popular-science statistics count it (科普（技）培训); the seed's 20 classes",
    ),
    row("04", "培训人次", "Trainees", "人次", "activities.training.trainees", "kexie: the seed's 950 farmers trained"),
  ],
});
