/**
 * How the statistics read the records whose model is still growing: activity subtypes, campaign tags,
 * facilities (designations), outputs, and which sector roles are the 三长. Every indicator that needs
 * one of these reads it here and nowhere else, so when the data model gains activity subtypes, campaign
 * tags and the `facilities` and `outputs` collections, this module is the one place to switch.
 *
 * Today it reads the current activity types: an academic lecture is an academic exchange, a training
 * class is training, a demonstration base or household recorded as an activity is a facility, a paper
 * or an award application recorded as an activity is an output, and a campaign is recognised by the
 * name it gives in the activity's title.
 *
 * @module
 */
import type { Bilingual } from "../charter/rule.js";
import type { Activity, ActivityType } from "../model/activity.js";
import type { Post } from "../model/committee.js";
import type { Dataset } from "../model/dataset.js";
import type { Member, SectorRole } from "../model/member.js";

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
 * 开放日. `null` when the record does not say.
 *
 * @example
 * ```ts
 * const subtype: ActivitySubtype = "expert-report";
 * ```
 */
export type ActivitySubtype = "international-exchange" | "expert-report" | "exhibition" | "consultation" | "open-day";

/**
 * The national campaigns an activity can belong to: 全国科普日 (third weekend of September, since 2005),
 * 科技活动周 (science week, May), 全国科技工作者日 (30 May, since 2017).
 *
 * @example
 * ```ts
 * const campaign: Campaign = "national-science-day";
 * ```
 */
export type Campaign = "national-science-day" | "science-week" | "sci-tech-workers-day";

/**
 * The kinds of facility or designation (设施、命名) that 表7 counts: 科普e站, 科普宣传栏, 科普活动室, 科普示范基地,
 * 科普示范户, 科技工作者之家.
 *
 * @example
 * ```ts
 * const kind: FacilityKind = "demonstration-base";
 * ```
 */
export type FacilityKind =
  | "science-e-station"
  | "bulletin-board"
  | "activity-room"
  | "demonstration-base"
  | "demonstration-household"
  | "workers-home";

/**
 * The kinds of output (成果): 论文, 奖励（申报）, 专利, 研究报告.
 *
 * @example
 * ```ts
 * const kind: OutputKind = "paper";
 * ```
 */
export type OutputKind = "paper" | "award" | "patent" | "report";

/**
 * The three heads (三长) of "3+1": hospital (医院院长, 卫生院院长), school (学校校长, 中心学校校长) and
 * agricultural technology station (农技站站长, 农业服务中心主任).
 *
 * @example
 * ```ts
 * const head: ThreeHead = "agri-station";
 * ```
 */
export type ThreeHead = "hospital" | "school" | "agri-station";

/**
 * What the statistics read off one activity: its category (or that it is a facility or an output), its
 * subtype when known, and the campaigns it belongs to.
 *
 * @example
 * ```ts
 * const reading: ActivityReading = { category: "academic-exchange", subtype: null, campaigns: [] };
 * ```
 */
export interface ActivityReading {
  /** The category, or `null` for a record that is a facility or an output rather than an activity. */
  readonly category: ActivityCategory | null;
  readonly subtype: ActivitySubtype | null;
  readonly campaigns: readonly Campaign[];
}

/**
 * A facility or designation as the statistics count it: designated on a day, held by an association.
 *
 * @example
 * ```ts
 * const base: FacilityRecord = { id: "base-1", kind: "demonstration-base", designatedOn: "2018-04-01", associationId: "tc-agri" };
 * ```
 */
export interface FacilityRecord {
  readonly id: string;
  readonly kind: FacilityKind;
  readonly designatedOn: string;
  /** The association that holds or hosts it, which places it in an area. */
  readonly associationId: string;
}

/**
 * An output as the statistics count it: of a kind, dated, credited to an association.
 *
 * @example
 * ```ts
 * const paper: OutputRecord = { id: "paper-1", kind: "paper", date: "2018-03-02", associationId: "tc-agri" };
 * ```
 */
export interface OutputRecord {
  readonly id: string;
  readonly kind: OutputKind;
  readonly date: string;
  readonly associationId: string;
}

/**
 * The dataset collection whose ids name facilities: activities today, a `facilities` collection once the
 * model has one.
 *
 * @example
 * ```ts
 * FACILITY_COLLECTION; // "activities"
 * ```
 */
export const FACILITY_COLLECTION = "activities";

/**
 * The dataset collection whose ids name outputs: activities today, an `outputs` collection once the
 * model has one.
 *
 * @example
 * ```ts
 * OUTPUT_COLLECTION; // "activities"
 * ```
 */
export const OUTPUT_COLLECTION = "activities";

/**
 * The parts of the record model the statistics read through this module while the model grows. An
 * indicator that reads one of them says so, and its report row carries the stand-in's note.
 *
 * @example
 * ```ts
 * const needs: RecordStandIn = "facilities";
 * ```
 */
export type RecordStandIn = "activity-categories" | "activity-subtypes" | "campaign-tags" | "facilities" | "outputs" | "three-head-roles";

/**
 * How each stand-in reads today's records, in words: the note a report row carries when its indicator
 * reads one.
 *
 * @example
 * ```ts
 * RECORD_STAND_INS.facilities.en; // "Facilities are read from activities of type demonstration base or household …"
 * ```
 */
export const RECORD_STAND_INS: Readonly<Record<RecordStandIn, Bilingual>> = Object.freeze({
  "activity-categories": {
    "zh-CN": "活动类别按现有活动类型归类：学术讲座计为学术交流，培训班计为培训，科普活动和开放日计为科普活动，竞赛和夏令营计为青少年科技教育。",
    en: "Activity categories are read from today's activity types: academic lectures count as academic exchange, training classes as training, popularisation events and open days as popularisation, competitions and summer camps as youth education.",
  },
  "activity-subtypes": {
    "zh-CN": "现有记录不区分国际（境外）交流、专家科普报告会、专题展览和科技咨询：这些其中项只计明确记录的活动（目前为 0），开放日按活动类型计。",
    en: "Today's records do not tell international exchanges, expert reports, exhibitions or consultations apart: these breakdowns count only activities recorded as such (none yet); open days are read from the activity type.",
  },
  "campaign-tags": {
    "zh-CN": "现有记录没有活动主题标签：活动名称中写明“全国科普日”“科普日”“科技活动周”“科技周”或“科技工作者日”的，计入相应主题活动。",
    en: "Today's records carry no campaign tags: an activity counts for a campaign when its title names it (全国科普日, 科普日, 科技活动周, 科技周, 科技工作者日).",
  },
  facilities: {
    "zh-CN": "设施与命名目前从类型为“示范基地”“示范户”的活动记录读取，以活动开始日期为命名日期；科普e站、宣传栏、活动室和科技工作者之家尚无记录。",
    en: "Facilities are read from activities of type demonstration base or household, the start date taken as the designation date; science e-stations, bulletin boards, activity rooms and workers' homes have no records yet.",
  },
  outputs: {
    "zh-CN": "成果目前从类型为“论文”“成果申报”的活动记录读取，以开始日期为成果日期；专利和研究报告尚无记录。",
    en: "Outputs are read from activities of type paper or award application, dated by their start date; patents and reports have no records yet.",
  },
  "three-head-roles": {
    "zh-CN": "“三长”按会员的行业负责人角色认定：医院院长和卫生院院长计为医院院长，学校校长计为学校校长，农技站站长计为农技站站长。",
    en: "The three heads are read from members' sector roles: hospital and health-centre directors count as hospital heads, school principals as school heads, agri-station heads as agri-station heads.",
  },
});

// Today's activity types. A type missing here fails the type check, so a new type cannot be counted
// nowhere by accident.
const CATEGORY_OF_TYPE: Readonly<Record<ActivityType, ActivityCategory | "facility" | "output">> = {
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
  "demonstration-base": "facility",
  "demonstration-household": "facility",
  paper: "output",
  "award-application": "output",
  other: "other",
};

const FACILITY_OF_TYPE: Partial<Readonly<Record<ActivityType, FacilityKind>>> = {
  "demonstration-base": "demonstration-base",
  "demonstration-household": "demonstration-household",
};

const OUTPUT_OF_TYPE: Partial<Readonly<Record<ActivityType, OutputKind>>> = {
  paper: "paper",
  "award-application": "award",
};

// The names a title uses for each campaign. 科技活动周 is also written 科技周 (Guangzhou's row says 科普周).
const CAMPAIGN_NAMES: readonly (readonly [Campaign, RegExp])[] = [
  ["national-science-day", /科普日/],
  ["science-week", /科技活动周|科技周|科普周/],
  ["sci-tech-workers-day", /科技工作者日/],
];

const NO_CAMPAIGNS: readonly Campaign[] = Object.freeze([]);

/**
 * What the statistics read off an activity record: its category, subtype and campaigns.
 *
 * @example
 * ```ts
 * readActivity({ type: "open-day", title: "全国科普日气象台站开放" });
 * // { category: "popularisation", subtype: "open-day", campaigns: ["national-science-day"] }
 * ```
 */
export function readActivity(activity: Pick<Activity, "type" | "title">): ActivityReading {
  const category = CATEGORY_OF_TYPE[activity.type] ?? "other";
  const title = activity.title;
  let campaigns = NO_CAMPAIGNS;
  if (title !== undefined) {
    const found = CAMPAIGN_NAMES.filter(([, pattern]) => pattern.test(title)).map(([campaign]) => campaign);
    if (found.length > 0) campaigns = found;
  }
  return {
    category: category === "facility" || category === "output" ? null : category,
    subtype: activity.type === "open-day" ? "open-day" : null,
    campaigns,
  };
}

/**
 * The facilities and designations of a dataset, in dataset order.
 *
 * @example
 * ```ts
 * facilitiesOf(dataset).filter((f) => f.kind === "demonstration-base").length; // 4 in the Tongcheng example
 * ```
 */
export function facilitiesOf(dataset: Pick<Dataset, "activities">): FacilityRecord[] {
  return fromActivities(dataset, FACILITY_OF_TYPE, (activity, kind) => ({ id: activity.id, kind, designatedOn: activity.startsOn, associationId: activity.organizerId }));
}

/**
 * The outputs of a dataset, in dataset order.
 *
 * @example
 * ```ts
 * outputsOf(dataset).filter((o) => o.kind === "paper").length; // 20 in the Tongcheng example
 * ```
 */
export function outputsOf(dataset: Pick<Dataset, "activities">): OutputRecord[] {
  return fromActivities(dataset, OUTPUT_OF_TYPE, (activity, kind) => ({ id: activity.id, kind, date: activity.startsOn, associationId: activity.organizerId }));
}

// Records that today's model keeps as activities of some types, read as what they are.
function fromActivities<K, R>(dataset: Pick<Dataset, "activities">, kindOfType: Partial<Readonly<Record<ActivityType, K>>>, make: (activity: Activity, kind: K) => R): R[] {
  const found: R[] = [];
  for (const activity of dataset.activities) {
    const kind = kindOfType[activity.type];
    if (kind !== undefined) found.push(make(activity, kind));
  }
  return found;
}

const THREE_HEAD_OF_ROLE: Partial<Readonly<Record<SectorRole, ThreeHead>>> = {
  "hospital-director": "hospital",
  // The township health centre is the township's hospital (domain review, 2026-12).
  "health-centre-director": "hospital",
  "school-principal": "school",
  "agri-station-head": "agri-station",
};

const NO_HEADS: readonly ThreeHead[] = Object.freeze([]);

/**
 * Which of the three heads (三长) a member is. Group members are none.
 *
 * @example
 * ```ts
 * threeHeadsOf({ type: "individual", sectorRoles: ["health-centre-director"] }); // ["hospital"]
 * ```
 */
export function threeHeadsOf(member: Pick<Member, "type"> & { readonly sectorRoles?: readonly SectorRole[] | undefined }): readonly ThreeHead[] {
  if (member.type !== "individual" || member.sectorRoles === undefined) return NO_HEADS;
  const heads = new Set<ThreeHead>();
  for (const role of member.sectorRoles) {
    const head = THREE_HEAD_OF_ROLE[role];
    if (head !== undefined) heads.add(head);
  }
  return heads.size === 0 ? NO_HEADS : [...heads];
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
 * statisticalPostOf("vice-chair"); // "vice-chair"
 * ```
 */
export function statisticalPostOf(post: Post): StatisticalPost {
  return STATISTICAL_POST[post] ?? "member";
}
