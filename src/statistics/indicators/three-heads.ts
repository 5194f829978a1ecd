/**
 * "3+1" heads by post (“三长”进班子): the 三长 seated in the leadership of county and township-level
 * associations on the last day of the period.
 *
 * @module
 */
import type { Bilingual } from "../../charter/rule.js";
import type { AssociationKind } from "../../model/association.js";
import { countIndicator, type Indicator } from "../indicator.js";
import { threeHeadsOf, type StatisticalPost, type ThreeHead } from "../record-access.js";
import { seatsHeld } from "./committees.js";
import { ON_LAST_DAY, PLACED } from "./wording.js";

/**
 * The association kinds "3+1" concerns: county and township-level (乡镇 and 街道) associations, after
 * CAST's 2018 pilot notice.
 *
 * @example
 * ```ts
 * THREE_PLUS_ONE_KINDS; // → ["county", "township", "subdistrict"]
 * ```
 */
export const THREE_PLUS_ONE_KINDS: readonly AssociationKind[] = ["county", "township", "subdistrict"];

const HEAD_NAMES: Readonly<Record<ThreeHead, Bilingual>> = {
  hospital: { "zh-CN": "医院（卫生院）院长", en: "hospital and health-centre directors" },
  school: { "zh-CN": "学校校长", en: "school principals" },
  "agri-station": { "zh-CN": "农技站站长", en: "agricultural technology station heads" },
};

const SOURCE = "中国科协“3+1”试点（2018）；江苏省科协按职务报告（2019，领域综述 §6）";

interface HeadCountSpec {
  readonly id: string;
  readonly name: Bilingual;
  readonly posts?: readonly StatisticalPost[];
  readonly postsText: Bilingual;
  readonly heads?: readonly ThreeHead[];
}

function headCount(spec: HeadCountSpec): Indicator {
  const kinds = new Set<string>(THREE_PLUS_ONE_KINDS);
  const posts = spec.posts === undefined ? undefined : new Set(spec.posts);
  const heads = new Set<ThreeHead>(spec.heads ?? ["hospital", "school", "agri-station"]);
  const who =
    spec.heads === undefined
      ? { "zh-CN": "“三长”", en: "three heads" }
      : { "zh-CN": spec.heads.map((h) => HEAD_NAMES[h]["zh-CN"]).join("、"), en: spec.heads.map((h) => HEAD_NAMES[h].en).join(", ") };
  return countIndicator(
    {
      id: spec.id,
      name: spec.name,
      definition: {
        "zh-CN": `县级、乡镇和街道科协在任委员会中担任${spec.postsText["zh-CN"]}的${who["zh-CN"]}人数，${ON_LAST_DAY["zh-CN"]}；按会员（未填时取其人员记录）的行业负责人角色和默认等同关系认定（卫生院院长计为医院院长，中心学校校长计为学校校长，农业（综合）服务中心主任计为农技站站长），一人计一次，${PLACED["zh-CN"]}。`,
        en: `The ${who.en} holding a seat as ${spec.postsText.en} on the committee in office of a county, township or sub-district association, ${ON_LAST_DAY.en}; read from the member's sector roles (or its person's) under the default head equivalences (a health-centre director counts as a hospital director, a central-school principal as a school principal, an agricultural (integrated) service centre director as an agri-station head); each person counts once, ${PLACED.en}.`,
      },
      unit: "人",
      timing: "stock",
      additive: true,
      records: "members",
      source: SOURCE,
    },
    (records, period, statistics) => {
      const ids: string[] = [];
      for (const seat of seatsHeld(records, period, statistics, kinds)) {
        if (posts !== undefined && !posts.has(seat.post)) continue;
        const member = statistics.index.memberById.get(seat.memberId);
        if (member !== undefined && threeHeadsOf(member, statistics.index.personById).some((head) => heads.has(head)))
          ids.push(seat.memberId);
      }
      return ids;
    },
  );
}

const ANY_POST: Bilingual = { "zh-CN": "任一职务", en: "any post" };

/**
 * The three heads seated in county and township-level leadership: in any post, as chair or vice-chair,
 * as standing member, as ordinary member (the breakdown Jiangsu reported), and per head in any post.
 *
 * @example
 * ```ts
 * THREE_HEAD_INDICATORS.map((indicator) => indicator.id); // ["three-heads.seated", …]
 * ```
 */
export const THREE_HEAD_INDICATORS: readonly Indicator[] = [
  headCount({ id: "three-heads.seated", name: { "zh-CN": "“三长”进入科协委员会", en: "three heads on committees" }, postsText: ANY_POST }),
  headCount({
    id: "three-heads.chair-or-vice-chair",
    name: { "zh-CN": "“三长”任主席、副主席", en: "three heads as chair or vice-chair" },
    posts: ["chair", "vice-chair"],
    postsText: { "zh-CN": "主席或副主席", en: "chair or vice-chair" },
  }),
  headCount({
    id: "three-heads.standing-member",
    name: { "zh-CN": "“三长”任常委", en: "three heads as standing members" },
    posts: ["standing-member"],
    postsText: { "zh-CN": "常委", en: "standing member" },
  }),
  headCount({
    id: "three-heads.member",
    name: { "zh-CN": "“三长”任委员", en: "three heads as ordinary members" },
    posts: ["member"],
    postsText: { "zh-CN": "委员", en: "ordinary member" },
  }),
  ...(["hospital", "school", "agri-station"] as const).map((head) =>
    headCount({
      id: `three-heads.${head}`,
      name: { "zh-CN": `进入科协委员会的${HEAD_NAMES[head]["zh-CN"]}`, en: `${HEAD_NAMES[head].en} on committees` },
      postsText: ANY_POST,
      heads: [head],
    }),
  ),
];
