/**
 * The texts the built-in rules cite. Dates and links are `null` where they are not known.
 *
 * @module
 */
import type { Citation } from "./rule.js";

/**
 * The seed article: Tongcheng's report on building agency and public-institution associations.
 *
 * @example
 * ```ts
 * SEED_ARTICLE.date; // "2020-09-07"
 * ```
 */
export const SEED_ARTICLE: Citation = Object.freeze({
  title: "桐城市科协：创新组织设置形式 建立市直机关科协",
  issuer: "桐城市科协，刊于澎湃新闻 (The Paper)",
  date: "2020-09-07",
  link: null,
});

/**
 * The implementing opinion the seed names as the basis of its agency and public-institution rules.
 * Neither the seed nor any other source found dates it; the associations it governs existed by 2018.
 *
 * @example
 * ```ts
 * TONGCHENG_OPINION.issuer; // "桐城市科协、中共桐城市委组织部、桐城市直属机关工作委员会"
 * ```
 */
export const TONGCHENG_OPINION: Citation = Object.freeze({
  title: "关于加强机关、事业单位科协组织建设的实施意见",
  issuer: "桐城市科协、中共桐城市委组织部、桐城市直属机关工作委员会",
  date: null,
  link: null,
  note:
    "Not dated in the seed, and not found in other public sources. The seed reports the agency associations' 2018 work, so they, and the rules they were set up under, existed by 2018; CAST's 3+1 pilot, which the seed names as the frame, began early 2018. The date is left unknown.",
});

/**
 * Shandong's 2020 pilot to strengthen grassroots associations ("3+1": the 三长 in county and township
 * leadership, plus guidance from the level above).
 *
 * @example
 * ```ts
 * SHANDONG_3PLUS1.date; // "2020"
 * ```
 */
export const SHANDONG_3PLUS1: Citation = Object.freeze({
  title: "提升基层科协组织力“3+1”试点",
  issuer: "山东省科协",
  date: "2020",
  link: null,
});

/**
 * Jiangsu's "4+1" variant: the 三长 plus technology entrepreneurs.
 *
 * @example
 * ```ts
 * JIANGSU_4PLUS1_SOURCE.date; // null
 * ```
 */
export const JIANGSU_4PLUS1_SOURCE: Citation = Object.freeze({
  title: "基层科协“4+1”（三长加科技型企业家）",
  issuer: "江苏省科协",
  date: null,
  link: null,
});

/**
 * The charter of CAST: congresses (代表大会) every five years at national and local level, local
 * associations at three levels, grassroots organisations under them.
 *
 * @example
 * ```ts
 * CAST_CHARTER.issuer; // "中国科学技术协会"
 * ```
 */
export const CAST_CHARTER: Citation = Object.freeze({
  title: "中国科学技术协会章程",
  issuer: "中国科学技术协会",
  date: null,
  link: null,
  note: "Amended at successive national congresses; the five-year congress cycle holds across versions.",
});

/**
 * The 五有 checklist of "a real association" (organisation, office, staff, funds, activities), as
 * reported in the news.
 *
 * @example
 * ```ts
 * FIVE_HAS_SOURCE.date; // null
 * ```
 */
export const FIVE_HAS_SOURCE: Citation = Object.freeze({
  title: "基层科协“五有”标准（有组织、有场所、有人员、有经费、有活动）",
  issuer: "各地科协（新闻报道）",
  date: null,
  link: null,
});

/**
 * 《企业科学技术协会组织通则》, adopted by CAST's 7th standing committee at its 7th meeting on 2008-06-18:
 * 22 articles in six chapters (总则、任务、会员、组织、经费、附则). Verified from the summary published on
 * 中国教育和科研计算机网 (2008-07-08) and the opening of the text: an enterprise association is a grassroots
 * organisation of CAST under the business guidance of the local association; it is set up on the local
 * association's approval (批复) of an application with a draft charter; small enterprises may form one
 * jointly by area.
 *
 * @example
 * ```ts
 * ENTERPRISE_GENERAL_RULES.date; // "2008-06-18"
 * ```
 */
export const ENTERPRISE_GENERAL_RULES: Citation = Object.freeze({
  title: "企业科学技术协会组织通则",
  issuer: "中国科学技术协会（七届七次常委会议审议通过）",
  date: "2008-06-18",
  link: "https://cernet.edu.cn/ke_yan_yu_fa_zhan/gai_kuang/zheng_ce_fa_gui/200807/t20080708_307638.shtml",
  note: "Verified from the published summary and the text's first articles; the chapters on members, organisation and funds were not found in full, so no rule rests on them.",
});

/**
 * The CAST and Ministry of Education opinion on university associations, which states "高校科协是科协基层
 * 组织". Its date was not found; it was in force by April 2016. Quoted in Hunan's 2019 implementing opinion.
 *
 * @example
 * ```ts
 * UNIVERSITY_OPINION.issuer; // "中国科学技术协会、教育部"
 * ```
 */
export const UNIVERSITY_OPINION: Citation = Object.freeze({
  title: "关于加强高等学校科协工作的意见",
  issuer: "中国科学技术协会、教育部",
  date: null,
  link: null,
  note: "Date not found; cited as in force in April 2016 (Bengbu report) and by Hunan's 2019 implementing opinion, which restates that 高校科协是科协基层组织.",
});

/**
 * Hunan's 2019 implementing opinion on university associations (湘科协通〔2019〕50号), which restates the
 * national opinion: "高校科协是科协基层组织".
 *
 * @example
 * ```ts
 * HUNAN_UNIVERSITY_2019.date; // "2019"
 * ```
 */
export const HUNAN_UNIVERSITY_2019: Citation = Object.freeze({
  title: "关于加强高等学校科协工作的实施意见（湘科协通〔2019〕50号）",
  issuer: "湖南省科协、湖南省教育厅",
  date: "2019",
  link: "https://kexie.csu.edu.cn/info/2170/6516.htm",
});
