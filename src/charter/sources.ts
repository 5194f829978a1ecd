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
 * SEED_ARTICLE.date; // → "2020-09-07"
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
 * TONGCHENG_OPINION.issuer; // → "桐城市科协、中共桐城市委组织部、桐城市直属机关工作委员会"
 * ```
 */
export const TONGCHENG_OPINION: Citation = Object.freeze({
  title: "关于加强机关、事业单位科协组织建设的实施意见",
  issuer: "桐城市科协、中共桐城市委组织部、桐城市直属机关工作委员会",
  date: null,
  link: null,
  note: "Not dated in the seed, and not found in other public sources. The seed reports the agency associations' 2018 work, so they, and the rules they were set up under, existed by 2018; CAST's 3+1 pilot, which the seed names as the frame, began early 2018. The date is left unknown.",
});

/**
 * CAST's national "3+1" pilot notice: the three heads (三长: hospital director, school principal, agri-station
 * head) take concurrent or seconded (兼职/挂职) vice-chair posts in county and township-level (乡镇 and 街道)
 * associations, and the level above strengthens its guidance ("+1"). Started early 2018.
 *
 * @example
 * ```ts
 * CAST_3PLUS1_NOTICE.date; // → "2018"
 * ```
 */
export const CAST_3PLUS1_NOTICE: Citation = Object.freeze({
  title: "关于开展提升基层科协组织力“3+1”试点工作的通知",
  issuer: "中国科学技术协会",
  date: "2018",
  link: null,
  note:
    "Verified: the title and issuer, as cited by 襄阳市科协's paper 《依托“三长”延手臂壮大队伍强基础》 (2019); the start " +
    "in early 2018 and the heads serving as 兼职/挂职 vice-chairs of grassroots associations, from the report of CAST's " +
    "national 三长 forum (现代快报, 2019-10-18); Chongqing's plan of 2018-03-23 (华龙网) and 葫芦岛's of 2019-07 " +
    "(which names 农业服务中心主任 beside 农技站站长). Unverified: the day and month, the document number, which CAST " +
    "office issued it, and its text, which was not found in public sources.",
});

/**
 * Shandong's implementation of the "3+1" pilot. No Shandong document could be found; what is kept, and
 * what is not verified, is in the note.
 *
 * @example
 * ```ts
 * SHANDONG_3PLUS1.date; // → null
 * ```
 */
export const SHANDONG_3PLUS1: Citation = Object.freeze({
  title: "提升基层科协组织力“3+1”试点（山东省实施）",
  issuer: "山东省科协",
  date: null,
  link: null,
  note:
    "Shandong implements CAST's national pilot (see CAST_3PLUS1_NOTICE); its 三长 reported at CAST's 三长 forum " +
    "(现代快报, 2019-10-18). Unverified: a 2020 provincial document, which earlier releases cited but which could " +
    "not be found in public sources, and the details taken from it: seats of any rank (委员, 常委, 副主席 or 主席) " +
    "and full coverage by the end of 2020.",
});

/**
 * Jiangsu's "4+1" variant: the 三长 plus technology entrepreneurs.
 *
 * @example
 * ```ts
 * JIANGSU_4PLUS1_SOURCE.date; // → null
 * ```
 */
export const JIANGSU_4PLUS1_SOURCE: Citation = Object.freeze({
  title: "基层科协“4+1”（三长加科技型企业家）",
  issuer: "江苏省科协",
  date: null,
  link: null,
  note:
    "Reported at CAST's 三长 forum (现代快报, 2019-10-18): the 四长 in all 96 county and 968 township and sub-district " +
    "associations, on average 2 or more per county as chair or vice-chair, 4 as standing members, 8 as members. " +
    "Unverified: the provincial document and its date.",
});

/**
 * The charter of CAST, as last amended at its 10th national congress (2021-05-30): congresses (代表大会)
 * every five years at national and local level, earlier or later with approval in special circumstances;
 * local associations at three levels, grassroots organisations under them.
 *
 * @example
 * ```ts
 * CAST_CHARTER.date; // → "2021-05-30"
 * ```
 */
export const CAST_CHARTER: Citation = Object.freeze({
  title: "中国科学技术协会章程",
  issuer: "中国科学技术协会",
  date: "2021-05-30",
  link: null,
  note:
    "Partly amended and adopted at the 10th national congress on 2021-05-30; the five-year congress cycle, with " +
    "approved earlier or later congresses, holds across versions.",
});

/**
 * The charter, cited for the table of which association kind may guide which (`ALLOWED_PARENT_KINDS`).
 *
 * @example
 * ```ts
 * PARENT_KINDS_SOURCE.note; // "Mostly inferred: …"
 * ```
 */
export const PARENT_KINDS_SOURCE: Citation = Object.freeze({
  ...CAST_CHARTER,
  note:
    "Mostly inferred: the charter establishes local associations at three levels with grassroots organisations " +
    "under them; which grassroots kind hangs under which (a village under a town, a school under a county) is " +
    "kexie's reading of practice, not charter text.",
});

/**
 * What a data-integrity rule cites: it states what consistent data looks like, not a rule of any text.
 *
 * @example
 * ```ts
 * DATA_INTEGRITY.issuer; // → "kexie"
 * ```
 */
export const DATA_INTEGRITY: Citation = Object.freeze({
  title: "数据一致性检查（非章程条文）",
  issuer: "kexie",
  date: null,
  link: null,
  note: "A data-integrity rule, not charter text: no one can hold a seat of an association that no longer exists.",
});

/**
 * The 五有 checklist of "a real association" (organisation, office, staff, funds, activities), as
 * reported in the news.
 *
 * @example
 * ```ts
 * FIVE_HAS_SOURCE.date; // → null
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
 * ENTERPRISE_GENERAL_RULES.date; // → "2008-06-18"
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
 * UNIVERSITY_OPINION.issuer; // → "中国科学技术协会、教育部"
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
 * HUNAN_UNIVERSITY_2019.date; // → "2019"
 * ```
 */
export const HUNAN_UNIVERSITY_2019: Citation = Object.freeze({
  title: "关于加强高等学校科协工作的实施意见（湘科协通〔2019〕50号）",
  issuer: "湖南省科协、湖南省教育厅",
  date: "2019",
  link: "https://kexie.csu.edu.cn/info/2170/6516.htm",
});
