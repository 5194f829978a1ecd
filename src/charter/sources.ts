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
 * The seed does not date it; it belongs to the 2019–2020 "3+1" pilot.
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
  note: "Not dated in the seed; issued during the 2019–2020 3+1 pilot, so the rule set is dated 2019 [inferred].",
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
