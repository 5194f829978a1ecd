/**
 * What every built-in form says of itself: the official current row list is not public.
 *
 * @module
 */
import type { Bilingual } from "../../charter/rule.js";

/**
 * The note every built-in form carries, with the form's own sources named.
 *
 * @example
 * ```ts
 * builtInNote("广州统计年鉴 2022 表17-4", "Guangzhou yearbook 2022, table 17-4")["zh-CN"];
 * ```
 */
export function builtInNote(zhSources: string, enSources: string): Bilingual {
  return {
    "zh-CN": `《中国科学技术协会综合统计报表制度》现行表式的行目录和指标解释未公开。本表的行取自公开资料（${zhSources}）；来源注明“kexie”的行为本库按数据模型补充。数值为整数，无数据填 0。可用自定义表式（JSON）替换为当年的正式表式。`,
    en: `The current official row list and indicator explanations of CAST's comprehensive statistical reporting system are not public. This form's rows come from published material (${enSources}); rows whose source says "kexie" are added from the data model. Values are whole numbers, 0 where there is nothing. A user-defined form (JSON) can replace it with the year's official form.`,
  };
}
