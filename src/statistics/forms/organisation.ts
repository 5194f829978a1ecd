/**
 * 表1-1 组织建设 (AK): organisation building, filed by county, prefectural and sub-provincial associations.
 *
 * @module
 */
import type { StatisticalForm } from "../form.js";
import { CALENDAR_YEAR } from "../period.js";
import { defineForm, defineRow as row } from "./define-row.js";
import { builtInNote } from "./notes.js";
import { BEIJING_BULLETIN_2017, CAST_REPORTING_SYSTEM, GUANGZHOU_YEARBOOK_2022, NBS_YEARBOOK_2010 } from "./sources.js";

const GZ = "广州统计年鉴 2022 表17-4";
const NBS = "国家统计局年鉴 2010 表20-75";
const BJ = "北京市科协统计公报 2017";
const KEXIE = "kexie: a kind of the data model, not seen in the published yearbooks";

/**
 * 表1-1 组织建设: societies; enterprise, university, 乡镇（街道） and rural technical associations with
 * their individual members; staff; committee and standing committee members; then the grassroots kinds
 * and the "3+1" heads that kexie adds from the data model.
 *
 * @example
 * ```ts
 * FORM_1_1.rows.map((row) => row.code); // ["01", "02", …]
 * ```
 */
export const FORM_1_1: StatisticalForm = defineForm({
  id: "1-1",
  code: "AK",
  title: { "zh-CN": "表1-1 组织建设", en: "Form 1-1: Organisation building" },
  citation: [CAST_REPORTING_SYSTEM, GUANGZHOU_YEARBOOK_2022, NBS_YEARBOOK_2010, BEIJING_BULLETIN_2017],
  note: builtInNote(
    "广州统计年鉴 2022 表17-4、国家统计局年鉴 2010 表20-75、北京市科协 2017 年度统计公报",
    "Guangzhou yearbook 2022 table 17-4, the statistics bureau's yearbook 2010 table 20-75, Beijing's 2017 bulletin",
  ),
  period: CALENDAR_YEAR,
  rows: [
    row("01", "学会、协会、研究会", "Societies", "个", "associations.society", GZ),
    row("02", "企业科协", "Enterprise associations", "个", "associations.enterprise", `${GZ}; ${NBS}; ${BJ}`, [
      row("02.1", "个人会员", "Individual members", "人", "members.individual.enterprise", BJ),
    ]),
    row("03", "高校科协", "University associations", "个", "associations.university", `${NBS}; ${BJ}`, [
      row("03.1", "个人会员", "Individual members", "人", "members.individual.university", BJ),
    ]),
    row("04", "乡镇（街道）科协", "Township and sub-district associations", "个", "associations.township-and-subdistrict", GZ, [
      row("04.1", "乡镇科协", "Township associations", "个", "associations.township", `${NBS}; ${BJ}`),
      row("04.2", "街道科协", "Sub-district associations", "个", "associations.subdistrict", `${NBS}; ${BJ}`),
      row("04.3", "个人会员", "Individual members", "人", "members.individual.township-and-subdistrict", BJ),
    ]),
    row(
      "05",
      "农村专业技术协会",
      "Rural technical associations",
      "个",
      "associations.rural-technical-association",
      `${GZ}; ${NBS}; ${BJ}`,
      [row("05.1", "个人会员", "Individual members", "人", "members.individual.rural-technical-association", BJ)],
    ),
    row("06", "科协机关人数", "Staff of the associations", "人", "staff.local", `${GZ} (机关人数); ${NBS}; ${BJ} (从业人员)`),
    row("07", "委员会委员", "Committee members", "人", "committee.local.seated", BJ, [
      row("07.1", "常务委员会委员", "Standing committee members", "人", "committee.local.standing", BJ),
    ]),
    row("08", "机关科协", "Government-agency associations", "个", "associations.government-agency", KEXIE),
    row("09", "事业单位科协", "Public-institution associations", "个", "associations.public-institution", KEXIE),
    row("10", "开发区（园区）科协", "Development-zone associations", "个", "associations.development-zone", KEXIE),
    row("11", "村（社区）科协", "Village and community associations", "个", "associations.village-and-community", KEXIE),
    row("12", "中小学和职业学校科协", "School and vocational-school associations", "个", "associations.schools", KEXIE),
    row(
      "13",
      "“三长”进入县、乡镇（街道）科协委员会",
      "Three heads on county, township and sub-district committees",
      "人",
      "three-heads.seated",
      "kexie: CAST's 3+1 pilot (2018), by post as Jiangsu reported it (2019)",
      [
        row("13.1", "任主席、副主席", "As chair or vice-chair", "人", "three-heads.chair-or-vice-chair", "kexie: Jiangsu 2019"),
        row("13.2", "任常委", "As standing member", "人", "three-heads.standing-member", "kexie: Jiangsu 2019"),
        row("13.3", "任委员", "As ordinary member", "人", "three-heads.member", "kexie: Jiangsu 2019"),
      ],
    ),
  ],
});
