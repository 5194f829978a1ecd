/**
 * The texts the built-in forms' rows come from. Dates and links are `null` where they are not known.
 *
 * @module
 */
import type { Citation } from "../../charter/rule.js";

/**
 * CAST's comprehensive statistical reporting system, whose current row list is not public.
 *
 * @example
 * ```ts
 * CAST_REPORTING_SYSTEM.issuer; // → "中国科协（国家统计局批准，国统制〔2012〕161号）"
 * ```
 */
export const CAST_REPORTING_SYSTEM: Citation = Object.freeze({
  title: "中国科学技术协会综合统计报表制度",
  issuer: "中国科协（国家统计局批准，国统制〔2012〕161号）",
  date: "2012",
  link: null,
  note: "No revision after 〔2012〕161号 and no official row list or 指标解释 was found in public sources; yearly notices 科协计函计字〔2013〕41号 and 科协计函规字〔2015〕51号 set the reporting rules (whole numbers, 0 for an empty cell).",
});

/**
 * Guangzhou's statistical yearbook 2022, table 17-4 (2021 data): the 表1-1, 表3 and 表5 rows.
 *
 * @example
 * ```ts
 * GUANGZHOU_YEARBOOK_2022.date; // → "2022"
 * ```
 */
export const GUANGZHOU_YEARBOOK_2022: Citation = Object.freeze({
  title: "广州统计年鉴 2022，表17-4 科协基本情况（2021年）",
  issuer: "广州市统计局",
  date: "2022",
  link: "https://tjj.gz.gov.cn/datav/admin/home/www_nj/2022/directory/17/html/17-04.htm",
});

/**
 * The statistics bureau's yearbook 2010, table 20-75 (2009 data): associations by level and grassroots
 * organisations by kind.
 *
 * @example
 * ```ts
 * NBS_YEARBOOK_2010.issuer; // → "国家统计局"
 * ```
 */
export const NBS_YEARBOOK_2010: Citation = Object.freeze({
  title: "统计年鉴 2010，表20-75（2009年数据）",
  issuer: "国家统计局",
  date: "2010",
  link: null,
});

/**
 * Beijing's association statistical bulletin for 2017: grassroots organisations with their individual
 * members, staff, committee and standing committee members, volunteers.
 *
 * @example
 * ```ts
 * BEIJING_BULLETIN_2017.date; // → "2018-10-11"
 * ```
 */
export const BEIJING_BULLETIN_2017: Citation = Object.freeze({
  title: "北京市科协 2017 年度统计公报",
  issuer: "北京市科学技术协会",
  date: "2018-10-11",
  link: null,
});

/**
 * The older national series (2004, 2005): popular-science lectures and exhibitions, each with its
 * participants (in 万人次 there).
 *
 * @example
 * ```ts
 * NATIONAL_SERIES_2005.date; // → "2005"
 * ```
 */
export const NATIONAL_SERIES_2005: Citation = Object.freeze({
  title: "科协系统科普活动统计（2004、2005年）",
  issuer: "中国科协（据年鉴转载）",
  date: "2005",
  link: null,
});

/**
 * Wuhan's 2013 notice: January to October actuals plus planned November–December figures, due 7
 * November. kexie reports recorded actuals only and invents no planned figures.
 *
 * @example
 * ```ts
 * WUHAN_NOTICE_2013.note; // "…"
 * ```
 */
export const WUHAN_NOTICE_2013: Citation = Object.freeze({
  title: "2013 年度科协综合统计工作通知（武汉）",
  issuer: "武汉市科协",
  date: "2013",
  link: null,
  note: "Asked for January–October actuals and planned November–December figures, due 7 November. The notice's exact title is not recorded here.",
});
