/**
 * Organisation counts (组织数): the associations of given kinds that exist on the last day of the period.
 *
 * @module
 */
import type { Bilingual } from "../../charter/rule.js";
import { AssociationKind, GRASSROOTS_KINDS, isActiveOn, LOCAL_KINDS, type Association } from "../../model/association.js";
import { label } from "../../model/labels.js";
import { countIndicator, type Indicator } from "../indicator.js";
import type { ReportingPeriod } from "../period.js";
import type { ScopedRecords } from "../statistics-index.js";
import { ON_LAST_DAY, PLACED } from "./wording.js";

/**
 * The associations placed in the scope that exist on the period's last day (established on or before it
 * and not dissolved), optionally of some kinds only.
 *
 * @example
 * ```ts
 * const statistics = indexStatistics(dataset);
 * activeAssociations(statistics.recordsIn("340881"), reportingPeriod(2018), new Set(["enterprise"])).length; // → 17
 * ```
 */
export function activeAssociations(records: ScopedRecords, period: ReportingPeriod, kinds?: ReadonlySet<string>): Association[] {
  return records.associations.filter((a) => (kinds === undefined || kinds.has(a.kind)) && isActiveOn(a, period.to));
}

// A counted kind is named by the model's label; in English, in the plural.
function kindName(kind: AssociationKind): Bilingual {
  const en = label("associationKind", kind, "en");
  return { "zh-CN": label("associationKind", kind, "zh-CN"), en: en.endsWith("society") ? `${en.slice(0, -1)}ies` : `${en}s` };
}

// Where each kind's count is seen in the published yearbooks (domain review §7).
const KIND_SOURCES: Partial<Readonly<Record<AssociationKind, string>>> = {
  national: "国家统计局年鉴 2010 表20-75",
  provincial: "国家统计局年鉴 2010 表20-75",
  prefectural: "国家统计局年鉴 2010 表20-75",
  county: "国家统计局年鉴 2010 表20-75",
  subdistrict: "国家统计局年鉴 2010 表20-75; 北京市科协统计公报 2017",
  township: "国家统计局年鉴 2010 表20-75; 北京市科协统计公报 2017",
  enterprise: "广州统计年鉴 2022 表17-4; 国家统计局年鉴 2010 表20-75; 北京市科协统计公报 2017",
  university: "国家统计局年鉴 2010 表20-75; 北京市科协统计公报 2017",
  "rural-technical-association": "广州统计年鉴 2022 表17-4; 国家统计局年鉴 2010 表20-75; 北京市科协统计公报 2017",
  society: "广州统计年鉴 2022 表17-4（在册学会、协会、研究会）",
};

/**
 * Defines an organisation count over some kinds.
 *
 * @example
 * ```ts
 * organisationCount("associations.schools", ["vocational-school", "school"], { "zh-CN": "中小学和职业学校科协", en: "school associations" }, "kexie");
 * ```
 */
export function organisationCount(id: string, kinds: readonly AssociationKind[], name: Bilingual, source: string): Indicator {
  const wanted = new Set<string>(kinds);
  const zhKinds = kinds.map((kind) => kindName(kind)["zh-CN"]).join("、");
  const enKinds = kinds.map((kind) => kindName(kind).en).join(", ");
  return countIndicator(
    {
      id,
      name,
      definition: {
        "zh-CN": `${zhKinds}的个数，${ON_LAST_DAY["zh-CN"]}（当日已成立、未撤销），${PLACED["zh-CN"]}。`,
        en: `The number of ${enKinds} that exist ${ON_LAST_DAY.en} (established on or before it, not dissolved), ${PLACED.en}.`,
      },
      unit: "个",
      timing: "stock",
      additive: true,
      records: "associations",
      source,
    },
    (records, period) => activeAssociations(records, period, wanted).map((a) => a.id),
  );
}

/**
 * One organisation count per association kind (`associations.<kind>`), then the merged rows the
 * yearbooks show: local associations, grassroots organisations, 乡镇（街道）科协, 村（社区）科协 and school
 * associations.
 *
 * @example
 * ```ts
 * ORGANISATION_INDICATORS.map((indicator) => indicator.id); // ["associations.national", …]
 * ```
 */
export const ORGANISATION_INDICATORS: readonly Indicator[] = [
  ...AssociationKind.options.map((kind) =>
    organisationCount(`associations.${kind}`, [kind], kindName(kind), KIND_SOURCES[kind] ?? "kexie: the association kinds of the model"),
  ),
  organisationCount(
    "associations.local",
    LOCAL_KINDS,
    { "zh-CN": "地方科协", en: "local associations" },
    "国家统计局年鉴 2010 表20-75（按级别）",
  ),
  organisationCount(
    "associations.grassroots",
    GRASSROOTS_KINDS,
    { "zh-CN": "基层组织", en: "grassroots organisations" },
    "kexie: the grassroots kinds of the model",
  ),
  organisationCount(
    "associations.township-and-subdistrict",
    ["township", "subdistrict"],
    { "zh-CN": "乡镇（街道）科协", en: "township and sub-district associations" },
    "广州统计年鉴 2022 表17-4（乡镇/街道科协，合并一行）",
  ),
  organisationCount(
    "associations.village-and-community",
    ["village", "community"],
    { "zh-CN": "村（社区）科协", en: "village and community associations" },
    "kexie: the village-level kinds of the model",
  ),
  organisationCount(
    "associations.schools",
    ["vocational-school", "school"],
    { "zh-CN": "中小学和职业学校科协", en: "school and vocational-school associations" },
    "kexie: the school kinds of the model",
  ),
];
