/**
 * Labels in zh-CN and en for every enum value of the model.
 *
 * @module
 */
import type { Locale } from "../issue/issue.js";
import { describeValue } from "../_lib/describe.js";
import { misuse, quoteValue, requireLocale } from "../_lib/misuse.js";
import type { ActivityCampaign, ActivityType, Venue } from "./activity.js";
import type { AssociationKind } from "./association.js";
import type { ApprovalAuthority } from "./approval.js";
import type { AppointmentMode, Post, SeatBasis, UnitKind } from "./committee.js";
import type { DivisionLevel, DivisionSubKind } from "./division.js";
import type { FacilityKind } from "./facility.js";
import type { GroupRelation, OccupationField, SectorRole, TitleLevel } from "./member.js";
import type { Gender } from "./person.js";
import type { OutputKind, OutputStage } from "./output.js";

type LabelTable<T extends string> = Readonly<Record<T, Readonly<Record<Locale, string>>>>;

/**
 * The labels of association kinds, on their own so code that names only kinds (the hierarchy's messages)
 * loads no other table.
 *
 * @example
 * ```ts
 * ASSOCIATION_KIND_LABELS.county.en; // → "county association"
 * ```
 */
export const ASSOCIATION_KIND_LABELS: LabelTable<AssociationKind> = {
  national: { "zh-CN": "全国科协", en: "national association" },
  provincial: { "zh-CN": "省级科协", en: "provincial association" },
  prefectural: { "zh-CN": "市级科协", en: "prefectural association" },
  county: { "zh-CN": "县级科协", en: "county association" },
  subdistrict: { "zh-CN": "街道科协", en: "sub-district association" },
  township: { "zh-CN": "乡镇科协", en: "township association" },
  "development-zone": { "zh-CN": "开发区（园区）科协", en: "development-zone association" },
  community: { "zh-CN": "社区科协", en: "community association" },
  village: { "zh-CN": "村科协", en: "village association" },
  enterprise: { "zh-CN": "企业科协", en: "enterprise association" },
  university: { "zh-CN": "高校科协", en: "university association" },
  "vocational-school": { "zh-CN": "职业学校科协", en: "vocational-school association" },
  school: { "zh-CN": "学校科协", en: "school association" },
  "government-agency": { "zh-CN": "机关科协", en: "government-agency association" },
  "public-institution": { "zh-CN": "事业单位科协", en: "public-institution association" },
  "rural-technical-association": { "zh-CN": "农村专业技术协会", en: "rural technical association" },
  society: { "zh-CN": "学会", en: "society" },
};

const post: LabelTable<Post> = {
  chair: { "zh-CN": "主席", en: "chair" },
  "executive-vice-chair": { "zh-CN": "常务副主席", en: "executive vice-chair" },
  "vice-chair": { "zh-CN": "副主席", en: "vice-chair" },
  "secretary-general": { "zh-CN": "秘书长", en: "secretary-general" },
  "standing-member": { "zh-CN": "常委", en: "standing member" },
  member: { "zh-CN": "委员", en: "member" },
};

const seatBasis: LabelTable<SeatBasis> = {
  "unit-leader": { "zh-CN": "单位领导", en: "unit leader" },
  expert: { "zh-CN": "专家", en: "expert" },
  "sector-head": { "zh-CN": "行业负责人", en: "sector head" },
  elected: { "zh-CN": "会员选举", en: "elected" },
  other: { "zh-CN": "其他", en: "other" },
};

const titleLevel: LabelTable<TitleLevel> = {
  none: { "zh-CN": "无职称", en: "no title" },
  junior: { "zh-CN": "初级", en: "junior" },
  intermediate: { "zh-CN": "中级", en: "intermediate" },
  "associate-senior": { "zh-CN": "副高级", en: "associate senior" },
  senior: { "zh-CN": "正高级", en: "senior" },
};

const occupationField: LabelTable<OccupationField> = {
  teaching: { "zh-CN": "教学", en: "teaching" },
  research: { "zh-CN": "科研", en: "research" },
  "st-management": { "zh-CN": "科技管理", en: "S&T management" },
  medicine: { "zh-CN": "医疗卫生", en: "medicine" },
  agriculture: { "zh-CN": "农业", en: "agriculture" },
  engineering: { "zh-CN": "工程技术", en: "engineering" },
  administration: { "zh-CN": "行政管理", en: "administration" },
  other: { "zh-CN": "其他", en: "other" },
};

const sectorRole: LabelTable<SectorRole> = {
  "hospital-director": { "zh-CN": "医院院长", en: "hospital director" },
  "school-principal": { "zh-CN": "学校校长", en: "school principal" },
  "agri-station-head": { "zh-CN": "农技站站长", en: "agricultural technology station head" },
  "tech-entrepreneur": { "zh-CN": "科技型企业家", en: "technology entrepreneur" },
  "health-centre-director": { "zh-CN": "卫生院院长", en: "health centre director" },
  "veterinary-station-head": { "zh-CN": "兽医站站长", en: "veterinary station head" },
  "central-school-principal": { "zh-CN": "中心学校校长", en: "central school principal" },
  "agri-service-centre-director": { "zh-CN": "农业服务中心主任", en: "agricultural service centre director" },
  "agri-integrated-service-centre-director": {
    "zh-CN": "农业综合服务中心主任",
    en: "integrated agricultural service centre director",
  },
};

const appointmentMode: LabelTable<AppointmentMode> = {
  "full-time": { "zh-CN": "专职", en: "full-time" },
  concurrent: { "zh-CN": "兼职", en: "concurrent" },
  seconded: { "zh-CN": "挂职", en: "seconded" },
};

const unitKind: LabelTable<UnitKind> = {
  hospital: { "zh-CN": "医院", en: "hospital" },
  "health-centre": { "zh-CN": "卫生院", en: "health centre" },
  school: { "zh-CN": "学校", en: "school" },
  "agri-station": { "zh-CN": "农技站", en: "agricultural technology station" },
  "agri-service-centre": { "zh-CN": "农业（综合）服务中心", en: "agricultural service centre" },
  "veterinary-station": { "zh-CN": "兽医站", en: "veterinary station" },
  enterprise: { "zh-CN": "企业", en: "enterprise" },
  other: { "zh-CN": "其他单位", en: "other unit" },
};

const approvalAuthority: LabelTable<ApprovalAuthority> = {
  "party-organisation": { "zh-CN": "党组织", en: "Party organisation" },
  association: { "zh-CN": "科协", en: "association" },
  government: { "zh-CN": "政府部门", en: "government body" },
  other: { "zh-CN": "其他机关", en: "other body" },
};

const gender: LabelTable<Gender> = {
  female: { "zh-CN": "女", en: "female" },
  male: { "zh-CN": "男", en: "male" },
};

const groupRelation: LabelTable<GroupRelation> = {
  "internal-department": { "zh-CN": "内设机构", en: "internal department" },
  "subordinate-unit": { "zh-CN": "下属单位", en: "subordinate unit" },
  "other-organisation": { "zh-CN": "其他组织", en: "other organisation" },
};

const activityType: LabelTable<ActivityType> = {
  "academic-lecture": { "zh-CN": "学术讲座", en: "academic lecture" },
  "academic-exchange": { "zh-CN": "国内学术交流活动", en: "domestic academic exchange" },
  "international-academic-exchange": { "zh-CN": "国际学术交流活动", en: "international academic exchange" },
  "training-class": { "zh-CN": "培训班", en: "training class" },
  "popularisation-event": { "zh-CN": "科普活动", en: "popularisation event" },
  "popular-science-lecture": { "zh-CN": "科普讲座", en: "popular-science lecture" },
  "expert-report": { "zh-CN": "专家科普报告会", en: "expert report" },
  exhibition: { "zh-CN": "专题展览", en: "exhibition" },
  consultation: { "zh-CN": "科技咨询", en: "S&T consultation" },
  "open-day": { "zh-CN": "开放日", en: "open day" },
  competition: { "zh-CN": "竞赛", en: "competition" },
  "summer-camp": { "zh-CN": "夏令营", en: "summer camp" },
  "volunteer-service": { "zh-CN": "志愿服务", en: "volunteer service" },
  other: { "zh-CN": "其他", en: "other" },
  "demonstration-base": { "zh-CN": "示范基地（已停用：请录入设施）", en: "demonstration base (deprecated: a facility)" },
  "demonstration-household": { "zh-CN": "示范户（已停用：请录入设施）", en: "demonstration household (deprecated: a facility)" },
  paper: { "zh-CN": "论文（已停用：请录入成果）", en: "paper (deprecated: an output)" },
  "award-application": { "zh-CN": "成果申报（已停用：请录入成果）", en: "award application (deprecated: an output)" },
};

const activityCampaign: LabelTable<ActivityCampaign> = {
  "national-science-day": { "zh-CN": "全国科普日", en: "National Science Popularisation Day" },
  "science-week": { "zh-CN": "科技活动周", en: "Science and Technology Week" },
  "sci-tech-workers-day": { "zh-CN": "全国科技工作者日", en: "National Science and Technology Workers' Day" },
};

const facilityKind: LabelTable<FacilityKind> = {
  "science-e-station": { "zh-CN": "科普e站", en: "science e-station" },
  "bulletin-board": { "zh-CN": "科普宣传栏", en: "bulletin board" },
  "activity-room": { "zh-CN": "活动室", en: "activity room" },
  "demonstration-base": { "zh-CN": "科普示范基地", en: "demonstration base" },
  "demonstration-household": { "zh-CN": "科技示范户", en: "demonstration household" },
  "sci-tech-workers-home": { "zh-CN": "科技工作者之家", en: "S&T workers' home" },
};

const outputKind: LabelTable<OutputKind> = {
  paper: { "zh-CN": "论文", en: "paper" },
  award: { "zh-CN": "科技奖励", en: "award" },
  patent: { "zh-CN": "专利", en: "patent" },
  report: { "zh-CN": "报告", en: "report" },
};

const outputStage: LabelTable<OutputStage> = {
  applied: { "zh-CN": "申报", en: "applied for" },
  granted: { "zh-CN": "获得", en: "granted" },
};

const venue: LabelTable<Venue> = {
  agency: { "zh-CN": "进机关", en: "into agencies" },
  enterprise: { "zh-CN": "进企业", en: "into enterprises" },
  village: { "zh-CN": "进农村", en: "into villages" },
  school: { "zh-CN": "进学校", en: "into schools" },
  community: { "zh-CN": "进社区", en: "into communities" },
  family: { "zh-CN": "进家庭", en: "into families" },
};

/**
 * The labels of division levels, on their own for the same reason as {@link ASSOCIATION_KIND_LABELS}.
 *
 * @example
 * ```ts
 * DIVISION_LEVEL_LABELS.township["zh-CN"]; // → "乡级"
 * ```
 */
export const DIVISION_LEVEL_LABELS: LabelTable<DivisionLevel> = {
  province: { "zh-CN": "省级", en: "province" },
  prefecture: { "zh-CN": "地级", en: "prefecture" },
  county: { "zh-CN": "县级", en: "county" },
  township: { "zh-CN": "乡级", en: "township level" },
  village: { "zh-CN": "村级", en: "village level" },
};

const divisionSubKind: LabelTable<DivisionSubKind> = {
  subdistrict: { "zh-CN": "街道", en: "sub-district" },
  town: { "zh-CN": "镇", en: "town" },
  township: { "zh-CN": "乡", en: "township" },
  "development-zone": {
    "zh-CN": "政企合一等类似乡级单位（农场、开发区等）",
    en: "government–enterprise unit or similar (state farm, development zone, …)",
  },
  "residents-committee": { "zh-CN": "居民委员会", en: "residents' committee" },
  "villagers-committee": { "zh-CN": "村民委员会", en: "villagers' committee" },
};

// The values come from the tables' own keys, written in the schemas' order (a test holds them equal to
// the zod enums' options), so reading a label loads no zod schema; the calls are marked pure so a
// bundler drops the whole table when only one label table is used.
function valuesOf<T extends string>(table: LabelTable<T>): readonly T[] {
  return Object.freeze(Object.keys(table) as T[]);
}

/**
 * Every label table, keyed by the enum it labels, with the enum's values for completeness checks.
 *
 * @example
 * ```ts
 * LABELS.post.table.chair["zh-CN"]; // → "主席"
 * ```
 */
export const LABELS = {
  associationKind: { values: /* @__PURE__ */ valuesOf(ASSOCIATION_KIND_LABELS), table: ASSOCIATION_KIND_LABELS },
  post: { values: /* @__PURE__ */ valuesOf(post), table: post },
  seatBasis: { values: /* @__PURE__ */ valuesOf(seatBasis), table: seatBasis },
  titleLevel: { values: /* @__PURE__ */ valuesOf(titleLevel), table: titleLevel },
  occupationField: { values: /* @__PURE__ */ valuesOf(occupationField), table: occupationField },
  sectorRole: { values: /* @__PURE__ */ valuesOf(sectorRole), table: sectorRole },
  appointmentMode: { values: /* @__PURE__ */ valuesOf(appointmentMode), table: appointmentMode },
  unitKind: { values: /* @__PURE__ */ valuesOf(unitKind), table: unitKind },
  approvalAuthority: { values: /* @__PURE__ */ valuesOf(approvalAuthority), table: approvalAuthority },
  gender: { values: /* @__PURE__ */ valuesOf(gender), table: gender },
  groupRelation: { values: /* @__PURE__ */ valuesOf(groupRelation), table: groupRelation },
  activityType: { values: /* @__PURE__ */ valuesOf(activityType), table: activityType },
  activityCampaign: { values: /* @__PURE__ */ valuesOf(activityCampaign), table: activityCampaign },
  facilityKind: { values: /* @__PURE__ */ valuesOf(facilityKind), table: facilityKind },
  outputKind: { values: /* @__PURE__ */ valuesOf(outputKind), table: outputKind },
  outputStage: { values: /* @__PURE__ */ valuesOf(outputStage), table: outputStage },
  venue: { values: /* @__PURE__ */ valuesOf(venue), table: venue },
  divisionLevel: { values: /* @__PURE__ */ valuesOf(DIVISION_LEVEL_LABELS), table: DIVISION_LEVEL_LABELS },
  divisionSubKind: { values: /* @__PURE__ */ valuesOf(divisionSubKind), table: divisionSubKind },
} as const;

/** The name of a labelled enum. */
export type LabelledEnum = keyof typeof LABELS;

/**
 * The label of an enum value in a locale (zh-CN by default). A value the enum does not have (from data
 * that skipped parsing) is given back as it is; an unknown enum or locale is misuse (a `TypeError`).
 *
 * @example
 * ```ts
 * label("associationKind", "government-agency"); // → "机关科协"
 * label("sectorRole", "agri-station-head", "en"); // → "agricultural technology station head"
 * ```
 */
export function label<E extends LabelledEnum>(enumName: E, value: (typeof LABELS)[E]["values"][number], locale: Locale = "zh-CN"): string {
  if (!Object.hasOwn(LABELS, enumName)) misuse("label", `unknown enum ${quoteValue(enumName)}; one of ${Object.keys(LABELS).join(", ")}`);
  requireLocale("label", locale, "locale");
  const table = LABELS[enumName].table as Readonly<Record<string, Readonly<Record<Locale, string>>>>;
  const labels = typeof value === "string" && Object.hasOwn(table, value) ? table[value] : undefined;
  return labels === undefined ? describeValue(value) : labels[locale];
}
