/**
 * Member counts (会员数): individual (个人会员) and group (团体会员) members on the last day of the period.
 *
 * @module
 */
import type { Bilingual } from "../../charter/rule.js";
import { isMemberOn } from "../../charter/current-members.js";
import { isActiveOn, type AssociationKind } from "../../model/association.js";
import type { Member } from "../../model/member.js";
import { countIndicator, type Indicator } from "../indicator.js";
import { ON_LAST_DAY, PLACED } from "./wording.js";

interface MemberCountSpec {
  readonly id: string;
  readonly type: Member["type"];
  readonly name: Bilingual;
  /** Only members of associations of these kinds; every kind when absent. */
  readonly kinds?: readonly AssociationKind[];
  readonly kindsText?: Bilingual;
  readonly source: string;
}

function memberCount(spec: MemberCountSpec): Indicator {
  const kinds = spec.kinds === undefined ? undefined : new Set<string>(spec.kinds);
  const whose = spec.kindsText === undefined ? { "zh-CN": "各科协组织", en: "all associations" } : spec.kindsText;
  const what =
    spec.type === "individual" ? { "zh-CN": "个人会员", en: "individual members" } : { "zh-CN": "团体会员", en: "group members" };
  return countIndicator(
    {
      id: spec.id,
      name: spec.name,
      definition: {
        "zh-CN": `${whose["zh-CN"]}的${what["zh-CN"]}数，${ON_LAST_DAY["zh-CN"]}：当日已入会、未退会，且所在组织当日存续；每条会员记录计一次，${PLACED["zh-CN"]}。`,
        en: `The ${what.en} of ${whose.en} ${ON_LAST_DAY.en}: joined on or before it, not yet left, in an association that exists that day; each membership record counts once, ${PLACED.en}.`,
      },
      unit: spec.type === "individual" ? "人" : "个",
      timing: "stock",
      additive: true,
      records: "members",
      source: spec.source,
    },
    (records, period, statistics) => {
      const ids: string[] = [];
      for (const member of records.members) {
        if (member.type !== spec.type || !isMemberOn(member, period.to)) continue;
        const association = statistics.index.associationById.get(member.associationId);
        if (association === undefined || !isActiveOn(association, period.to)) continue;
        if (kinds !== undefined && !kinds.has(association.kind)) continue;
        ids.push(member.id);
      }
      return ids;
    },
  );
}

const BEIJING = "北京市科协统计公报 2017（各类基层组织的个人会员）";

/**
 * Individual and group members in all associations, and individual members of the kinds Beijing's
 * bulletin reports them for: enterprise, university, 乡镇（街道） and rural technical associations.
 *
 * @example
 * ```ts
 * MEMBER_INDICATORS.map((indicator) => indicator.id); // ["members.individual", "members.group", …]
 * ```
 */
export const MEMBER_INDICATORS: readonly Indicator[] = [
  memberCount({
    id: "members.individual",
    type: "individual",
    name: { "zh-CN": "个人会员", en: "individual members" },
    source: "kexie: the member model; 国家统计局年鉴 2010 表20-75（学会会员）",
  }),
  memberCount({
    id: "members.group",
    type: "group",
    name: { "zh-CN": "团体会员", en: "group members" },
    source: "kexie: the member model",
  }),
  ...(
    [
      ["enterprise", ["enterprise"], { "zh-CN": "企业科协", en: "enterprise associations" }],
      ["university", ["university"], { "zh-CN": "高校科协", en: "university associations" }],
      [
        "township-and-subdistrict",
        ["township", "subdistrict"],
        { "zh-CN": "乡镇（街道）科协", en: "township and sub-district associations" },
      ],
      ["rural-technical-association", ["rural-technical-association"], { "zh-CN": "农村专业技术协会", en: "rural technical associations" }],
    ] as const
  ).map(([suffix, kinds, whose]) =>
    memberCount({
      id: `members.individual.${suffix}`,
      type: "individual",
      name: { "zh-CN": `${whose["zh-CN"]}个人会员`, en: `individual members of ${whose.en}` },
      kinds,
      kindsText: whose,
      source: BEIJING,
    }),
  ),
];
