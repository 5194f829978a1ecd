/**
 * Committee seats (委员会委员): the members seated on the committee in office on the last day of the
 * period, by post.
 *
 * @module
 */
import type { Bilingual } from "../../charter/rule.js";
import { LOCAL_KINDS, type AssociationKind } from "../../model/association.js";
import { committeeOn, seatedOn } from "../../model/committee-status.js";
import { listOf } from "../../_lib/list-of.js";
import { countIndicator, type Indicator } from "../indicator.js";
import type { ReportingPeriod } from "../period.js";
import { statisticalPostOf, type StatisticalPost } from "../record-access.js";
import type { ScopedRecords, StatisticsIndex } from "../statistics-index.js";
import { activeAssociations } from "./organisations.js";
import { ON_LAST_DAY, PLACED } from "./wording.js";

/** One seat held on a day: who holds it, under which post, in which association's committee. */
export interface SeatHeld {
  readonly memberId: string;
  readonly post: StatisticalPost;
  readonly associationId: string;
}

/**
 * The seats held on the period's last day in the committees in office of the associations placed in the
 * scope that exist that day (optionally of some kinds only). A committee's term running out does not
 * end it here: a committee stays in office until the next is elected.
 *
 * @example
 * ```ts
 * const statistics = indexStatistics(dataset);
 * seatsHeld(statistics.recordsIn("340881"), reportingPeriod(2019), statistics).length; // → 196
 * ```
 */
export function seatsHeld(
  records: ScopedRecords,
  period: ReportingPeriod,
  statistics: StatisticsIndex,
  kinds?: ReadonlySet<string>,
): SeatHeld[] {
  const seats: SeatHeld[] = [];
  for (const association of activeAssociations(records, period, kinds)) {
    const committee = committeeOn(listOf(statistics.index.committeesByAssociation, association.id), period.to);
    if (committee === undefined) continue;
    for (const { post, holding } of seatedOn(committee, period.to)) {
      seats.push({ memberId: holding.memberId, post: statisticalPostOf(post), associationId: association.id });
    }
  }
  return seats;
}

const POST_NAMES: Readonly<Record<StatisticalPost, Bilingual>> = {
  chair: { "zh-CN": "主席", en: "chairs" },
  "vice-chair": { "zh-CN": "副主席", en: "vice-chairs" },
  "secretary-general": { "zh-CN": "秘书长", en: "secretaries-general" },
  "standing-member": { "zh-CN": "常委", en: "standing members" },
  member: { "zh-CN": "委员", en: "ordinary members" },
};

/**
 * The posts of the standing committee (常务委员会) as the model records seats: every post above 委员.
 *
 * @example
 * ```ts
 * STANDING_POSTS; // → ["chair", "vice-chair", "secretary-general", "standing-member"]
 * ```
 */
export const STANDING_POSTS: readonly StatisticalPost[] = ["chair", "vice-chair", "secretary-general", "standing-member"];

interface SeatCountSpec {
  readonly id: string;
  readonly name: Bilingual;
  readonly kinds?: readonly AssociationKind[];
  readonly whose: Bilingual;
  readonly posts?: readonly StatisticalPost[];
  readonly source: string;
}

function postsText(posts: readonly StatisticalPost[] | undefined): Bilingual {
  if (posts === undefined) return { "zh-CN": "任一职务", en: "any post" };
  return { "zh-CN": posts.map((p) => POST_NAMES[p]["zh-CN"]).join("、"), en: posts.map((p) => POST_NAMES[p].en).join(", ") };
}

function seatCount(spec: SeatCountSpec): Indicator {
  const kinds = spec.kinds === undefined ? undefined : new Set<string>(spec.kinds);
  const posts = spec.posts === undefined ? undefined : new Set(spec.posts);
  const held = postsText(spec.posts);
  return countIndicator(
    {
      id: spec.id,
      name: spec.name,
      definition: {
        "zh-CN": `${spec.whose["zh-CN"]}在任委员会中担任${held["zh-CN"]}的人数，${ON_LAST_DAY["zh-CN"]}（当日在任的最近一届委员会、当日有效的任职）；一人计一次，${PLACED["zh-CN"]}。`,
        en: `The people holding a seat as ${held.en} on the committee in office of ${spec.whose.en}, ${ON_LAST_DAY.en} (the committee elected last by then, the holdings in effect that day); each person counts once, ${PLACED.en}.`,
      },
      unit: "人",
      timing: "stock",
      additive: true,
      records: "members",
      source: spec.source,
    },
    (records, period, statistics) =>
      seatsHeld(records, period, statistics, kinds)
        .filter((seat) => posts === undefined || posts.has(seat.post))
        .map((seat) => seat.memberId),
  );
}

const LOCAL: Bilingual = { "zh-CN": "地方科协（县级及以上）", en: "local associations (county and above)" };
const ALL: Bilingual = { "zh-CN": "各科协组织", en: "all associations" };
const BEIJING = "北京市科协统计公报 2017（委员会委员、常务委员会委员）";

/**
 * Committee seats: of local associations (委员会委员, 常务委员会委员, as Beijing's bulletin reports them),
 * and of all associations, in all and by post.
 *
 * @example
 * ```ts
 * COMMITTEE_INDICATORS.map((indicator) => indicator.id); // ["committee.local.seated", …]
 * ```
 */
export const COMMITTEE_INDICATORS: readonly Indicator[] = [
  seatCount({
    id: "committee.local.seated",
    name: { "zh-CN": "委员会委员", en: "committee members" },
    kinds: LOCAL_KINDS,
    whose: LOCAL,
    source: BEIJING,
  }),
  seatCount({
    id: "committee.local.standing",
    name: { "zh-CN": "常务委员会委员", en: "standing committee members" },
    kinds: LOCAL_KINDS,
    whose: LOCAL,
    posts: STANDING_POSTS,
    source: BEIJING,
  }),
  seatCount({
    id: "committee.seated",
    name: { "zh-CN": "委员会成员（含基层组织）", en: "committee members (all associations)" },
    whose: ALL,
    source: "kexie: the committee model",
  }),
  ...(["chair", "vice-chair", "secretary-general", "standing-member", "member"] as const).map((post) =>
    seatCount({
      id: `committee.${post}`,
      name: { "zh-CN": `委员会${POST_NAMES[post]["zh-CN"]}`, en: `committee ${POST_NAMES[post].en}` },
      whose: ALL,
      posts: [post],
      source: "kexie: the committee model (posts)",
    }),
  ),
];
