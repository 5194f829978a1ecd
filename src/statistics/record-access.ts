/**
 * How the statistics read the records: which statistical category and subtype an activity type is,
 * which campaigns an activity belongs to, the facilities and outputs of a data set, and which sector
 * roles are the 三长. Every indicator reads these here and nowhere else.
 *
 * Facilities and outputs come from the `facilities` and `outputs` collections, each record standing for
 * `count` units (1 when absent). Data sets written before those collections existed recorded designations
 * and outputs as activities of the deprecated types (示范基地, 示范户, 论文, 成果申报): those records are
 * still counted, as one unit each, so an old data set's report does not lose them. Campaigns come from an
 * activity's `campaigns` tags; an activity that has no tags at all (older data sets) is recognised by
 * the campaign its title names. The three heads are the sector roles that satisfy the hospital, school
 * and agri-station heads under the default head equivalences, read through the member's person.
 *
 * @module
 */
import type { Bilingual } from "../charter/rule.js";
import { DEPRECATED_ACTIVITY_TYPES, type Activity, type ActivityCampaign, type ActivityType } from "../model/activity.js";
import type { Post } from "../model/committee.js";
import type { Dataset } from "../model/dataset.js";
import type { FacilityKind } from "../model/facility.js";
import type { Member, SectorRole } from "../model/member.js";
import type { OutputKind } from "../model/output.js";
import { individualView, type Person } from "../model/person.js";
import { rolesSatisfying } from "../model/sector-heads.js";

export type { FacilityKind } from "../model/facility.js";
export type { OutputKind } from "../model/output.js";

/**
 * The statistical categories of activities (活动类别): 学术交流, 培训, 科普, 青少年科技教育, 志愿服务, other.
 * Designations (facilities) and outputs are not activities and have no category.
 *
 * @example
 * ```ts
 * const category: ActivityCategory = "academic-exchange";
 * ```
 */
export type ActivityCategory = "academic-exchange" | "training" | "popularisation" | "youth-education" | "volunteer-service" | "other";

/**
 * Finer kinds of activity the forms break down by: 国际（境外）学术交流, 专家科普报告会, 专题展览, 科技咨询,
 * 开放日, each read from its activity type. `null` for the other types.
 *
 * @example
 * ```ts
 * const subtype: ActivitySubtype = "expert-report";
 * ```
 */
export type ActivitySubtype = "international-exchange" | "expert-report" | "exhibition" | "consultation" | "open-day";

/**
 * The national campaigns an activity can belong to: 全国科普日 (third weekend of September, since 2005),
 * 科技活动周 (science week, May), 全国科技工作者日 (30 May, since 2017). The model's `ActivityCampaign`.
 *
 * @example
 * ```ts
 * const campaign: Campaign = "national-science-day";
 * ```
 */
export type Campaign = ActivityCampaign;

/**
 * The three heads (三长) of "3+1": hospital (医院院长 and the roles equivalent to it, such as 卫生院院长),
 * school (学校校长, 中心学校校长) and agricultural technology station (农技站站长, 农业（综合）服务中心主任).
 *
 * @example
 * ```ts
 * const head: ThreeHead = "agri-station";
 * ```
 */
export type ThreeHead = "hospital" | "school" | "agri-station";

/**
 * What the statistics read off one activity: its category (or that it is a facility or an output), its
 * subtype when its type has one, and the campaigns it belongs to.
 *
 * @example
 * ```ts
 * const reading: ActivityReading = { category: "academic-exchange", subtype: null, campaigns: [] };
 * ```
 */
export interface ActivityReading {
  /** The category, or `null` for a record of a deprecated type, which is a facility or an output. */
  readonly category: ActivityCategory | null;
  readonly subtype: ActivitySubtype | null;
  readonly campaigns: readonly Campaign[];
}

/**
 * A facility or designation as the statistics count it: how many units it stands for, when it was
 * designated and withdrawn, and the association that holds it.
 *
 * @example
 * ```ts
 * const base: FacilityRecord = { id: "base-1", kind: "demonstration-base", designatedOn: "2018-04-01", associationId: "tc-agri", units: 1 };
 * ```
 */
export interface FacilityRecord {
  readonly id: string;
  readonly kind: FacilityKind;
  readonly designatedOn: string;
  /** The first day it no longer counts, when it was closed or withdrawn. */
  readonly withdrawnOn?: string | undefined;
  /** The association that holds or hosts it, which places it in an area. */
  readonly associationId: string;
  /** How many units (个, 户) the record stands for: its `count`, 1 when absent. */
  readonly units: number;
}

/**
 * An output as the statistics count it: of a kind, dated, credited to an association, standing for a
 * number of items.
 *
 * @example
 * ```ts
 * const paper: OutputRecord = { id: "paper-1", kind: "paper", date: "2018-03-02", associationId: "tc-agri", units: 1 };
 * ```
 */
export interface OutputRecord {
  readonly id: string;
  readonly kind: OutputKind;
  readonly date: string;
  readonly associationId: string;
  /** How many items the record stands for: its `count`, 1 when absent. */
  readonly units: number;
}

/**
 * The dataset collection whose ids name facilities (a data set of the older form names deprecated
 * activities instead, counted with them).
 *
 * @example
 * ```ts
 * FACILITY_COLLECTION; // → "facilities"
 * ```
 */
export const FACILITY_COLLECTION = "facilities";

/**
 * The dataset collection whose ids name outputs (a data set of the older form names deprecated
 * activities instead, counted with them).
 *
 * @example
 * ```ts
 * OUTPUT_COLLECTION; // → "outputs"
 * ```
 */
export const OUTPUT_COLLECTION = "outputs";

/**
 * The readings that go beyond the records' own fields: records of older data sets read as what the
 * model now records otherwise. An indicator that reads one says so, and its report row carries the note.
 *
 * @example
 * ```ts
 * const needs: RecordStandIn = "facilities";
 * ```
 */
export type RecordStandIn = "campaign-tags" | "facilities" | "outputs";

/**
 * How each reading treats older records, in words: the note a report row carries when its indicator
 * reads one.
 *
 * @example
 * ```ts
 * RECORD_STAND_INS.facilities.en; // "Facilities are read from the facilities collection …"
 * ```
 */
export const RECORD_STAND_INS: Readonly<Record<RecordStandIn, Bilingual>> = Object.freeze({
  "campaign-tags": {
    "zh-CN":
      "主题活动按活动的主题标签（campaigns）计；完全没有标签的活动（旧数据）在名称中写明“全国科普日”“科普日”“科技活动周”“科技周”或“科技工作者日”时计入相应主题活动。",
    en: "Campaign activities are read from the activity's campaign tags; an activity with no tags at all (older data) counts for a campaign when its title names it (全国科普日, 科普日, 科技活动周, 科技周, 科技工作者日).",
  },
  facilities: {
    "zh-CN":
      "设施与命名从设施集合读取，每条记录按其数量（count，未填时为 1）计；旧数据中类型为“示范基地”“示范户”的活动记录（已弃用）也计入，每条计 1 个（户），以开始日期为命名日期。",
    en: "Facilities are read from the facilities collection, each record counting its `count` units (1 when absent); activities of the deprecated types demonstration base or household (older data) also count, one unit each, designated on their start date.",
  },
  outputs: {
    "zh-CN":
      "成果从成果集合读取，每条记录按其数量（count，未填时为 1）计；旧数据中类型为“论文”“成果申报”的活动记录（已弃用）也计入，每条计 1 项，以开始日期为成果日期。",
    en: "Outputs are read from the outputs collection, each record counting its `count` items (1 when absent); activities of the deprecated types paper or award application (older data) also count, one item each, dated by their start date.",
  },
});

// A type missing here fails the type check, so a new type cannot be counted nowhere by accident.
const CATEGORY_OF_TYPE: Readonly<Record<ActivityType, ActivityCategory | null>> = {
  "academic-lecture": "academic-exchange",
  "academic-exchange": "academic-exchange",
  "international-academic-exchange": "academic-exchange",
  "popular-science-lecture": "popularisation",
  "expert-report": "popularisation",
  exhibition: "popularisation",
  consultation: "popularisation",
  "training-class": "training",
  "popularisation-event": "popularisation",
  "open-day": "popularisation",
  competition: "youth-education",
  "summer-camp": "youth-education",
  "volunteer-service": "volunteer-service",
  "demonstration-base": null,
  "demonstration-household": null,
  paper: null,
  "award-application": null,
  other: "other",
};

const SUBTYPE_OF_TYPE: Partial<Readonly<Record<ActivityType, ActivitySubtype>>> = {
  "international-academic-exchange": "international-exchange",
  "expert-report": "expert-report",
  exhibition: "exhibition",
  consultation: "consultation",
  "open-day": "open-day",
};

// The names a title uses for each campaign, read only for activities without tags. 科技活动周 is also
// written 科技周 (Guangzhou's row says 科普周).
const CAMPAIGN_NAMES: readonly (readonly [Campaign, RegExp])[] = [
  ["national-science-day", /科普日/],
  ["science-week", /科技活动周|科技周|科普周/],
  ["sci-tech-workers-day", /科技工作者日/],
];

const NO_CAMPAIGNS: readonly Campaign[] = Object.freeze([]);

function campaignsOf(activity: Pick<Activity, "title" | "campaigns">): readonly Campaign[] {
  // Tags, even an empty list, are what the record says; only a record without them is read by its title.
  if (activity.campaigns !== undefined) return activity.campaigns;
  const title = activity.title;
  if (title === undefined) return NO_CAMPAIGNS;
  const found = CAMPAIGN_NAMES.filter(([, pattern]) => pattern.test(title)).map(([campaign]) => campaign);
  return found.length > 0 ? found : NO_CAMPAIGNS;
}

/**
 * What the statistics read off an activity record: its category, subtype and campaigns.
 *
 * @example
 * ```ts
 * readActivity({ type: "open-day", campaigns: ["national-science-day"] });
 * // { category: "popularisation", subtype: "open-day", campaigns: ["national-science-day"] }
 * readActivity({ type: "training-class", title: "科技活动周培训" }).campaigns; // → ["science-week"]
 * ```
 */
export function readActivity(activity: Pick<Activity, "type" | "title" | "campaigns">): ActivityReading {
  const category = Object.hasOwn(CATEGORY_OF_TYPE, activity.type) ? CATEGORY_OF_TYPE[activity.type] : "other";
  return { category, subtype: SUBTYPE_OF_TYPE[activity.type] ?? null, campaigns: category === null ? NO_CAMPAIGNS : campaignsOf(activity) };
}

/** Where a deprecated activity type belongs now, when it is one. */
function deprecatedKind(type: ActivityType): { readonly collection: string; readonly kind: string } | undefined {
  return Object.hasOwn(DEPRECATED_ACTIVITY_TYPES, type)
    ? DEPRECATED_ACTIVITY_TYPES[type as keyof typeof DEPRECATED_ACTIVITY_TYPES]
    : undefined;
}

/**
 * The facilities and designations of a dataset: the `facilities` collection in dataset order, then the
 * activities of the deprecated designation types (older data sets), one unit each.
 *
 * @example
 * ```ts
 * facilitiesOf(dataset).filter((f) => f.kind === "demonstration-household").reduce((n, f) => n + f.units, 0); // 1435 in the Tongcheng example
 * ```
 */
export function facilitiesOf(dataset: Pick<Dataset, "activities" | "facilities">): FacilityRecord[] {
  const found: FacilityRecord[] = [];
  for (const facility of dataset.facilities) {
    found.push({
      id: facility.id,
      kind: facility.kind,
      designatedOn: facility.designatedOn,
      ...(facility.withdrawnOn === undefined ? {} : { withdrawnOn: facility.withdrawnOn }),
      associationId: facility.associationId,
      units: facility.count ?? 1,
    });
  }
  for (const activity of dataset.activities) {
    const now = deprecatedKind(activity.type);
    if (now?.collection !== "facilities") continue;
    found.push({
      id: activity.id,
      kind: now.kind as FacilityKind,
      designatedOn: activity.startsOn,
      associationId: activity.organizerId,
      units: 1,
    });
  }
  return found;
}

/**
 * The outputs of a dataset: the `outputs` collection in dataset order, then the activities of the
 * deprecated output types (older data sets), one item each.
 *
 * @example
 * ```ts
 * outputsOf(dataset).filter((o) => o.kind === "paper").reduce((n, o) => n + o.units, 0); // 20 in the Tongcheng example
 * ```
 */
export function outputsOf(dataset: Pick<Dataset, "activities" | "outputs">): OutputRecord[] {
  const found: OutputRecord[] = [];
  for (const output of dataset.outputs) {
    found.push({ id: output.id, kind: output.kind, date: output.date, associationId: output.associationId, units: output.count ?? 1 });
  }
  for (const activity of dataset.activities) {
    const now = deprecatedKind(activity.type);
    if (now?.collection !== "outputs") continue;
    found.push({ id: activity.id, kind: now.kind as OutputKind, date: activity.startsOn, associationId: activity.organizerId, units: 1 });
  }
  return found;
}

// The head each of the three is, in the model's sector roles; the roles that satisfy it are the model's.
const HEAD_ROLE: Readonly<Record<ThreeHead, SectorRole>> = {
  hospital: "hospital-director",
  school: "school-principal",
  "agri-station": "agri-station-head",
};
const THREE_HEADS = Object.keys(HEAD_ROLE) as ThreeHead[];

const NO_HEADS: readonly ThreeHead[] = Object.freeze([]);

/**
 * Which of the three heads (三长) a member is, by the roles recorded on it or, when it records none, on
 * its person, under the default head equivalences (`rolesSatisfying`). Group members are none.
 *
 * @example
 * ```ts
 * threeHeadsOf({ id: "m-1", associationId: "a", joinedOn: "2018-01-01", type: "individual", name: "陈某", sectorRoles: ["health-centre-director"] });
 * // ["hospital"]
 * ```
 */
export function threeHeadsOf(member: Member, personById?: ReadonlyMap<string, Person>): readonly ThreeHead[] {
  if (member.type !== "individual") return NO_HEADS;
  const roles = individualView(member, personById).sectorRoles;
  if (roles === undefined || roles.length === 0) return NO_HEADS;
  const heads = THREE_HEADS.filter((head) => rolesSatisfying(HEAD_ROLE[head]).some((role) => roles.includes(role)));
  return heads.length === 0 ? NO_HEADS : heads;
}

/**
 * The posts the statistics count seats by. Each model post maps to one, so a post the model adds later
 * (an executive vice-chair, 常务副主席) must be placed here before the code compiles.
 *
 * @example
 * ```ts
 * const post: StatisticalPost = "vice-chair";
 * ```
 */
export type StatisticalPost = "chair" | "vice-chair" | "secretary-general" | "standing-member" | "member";

const STATISTICAL_POST: Readonly<Record<Post, StatisticalPost>> = {
  chair: "chair",
  // An executive vice-chair (常务副主席) is a vice-chair in the yearbooks' rows.
  "executive-vice-chair": "vice-chair",
  "vice-chair": "vice-chair",
  "secretary-general": "secretary-general",
  "standing-member": "standing-member",
  member: "member",
};

/**
 * The post a seat counts under.
 *
 * @example
 * ```ts
 * statisticalPostOf("vice-chair"); // → "vice-chair"
 * ```
 */
export function statisticalPostOf(post: Post): StatisticalPost {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a post from JavaScript outside the enum counts as a member
  return STATISTICAL_POST[post] ?? "member";
}
