/**
 * Activity figures (活动): activities, participant-times, experts and trainees by category and subtype,
 * campaign activities, and volunteers, for activities starting within the period.
 *
 * @module
 */
import type { Bilingual } from "../../charter/rule.js";
import type { Activity } from "../../model/activity.js";
import { countIndicator, sumIndicator, type Indicator, type StatisticalUnit } from "../indicator.js";
import type { ReportingPeriod } from "../period.js";
import { readActivity, type ActivityReading, type RecordStandIn } from "../record-access.js";
import type { ScopedRecords } from "../statistics-index.js";
import { IN_PERIOD } from "./wording.js";

type ActivityTest = (reading: ActivityReading) => boolean;

/**
 * The activities placed in the scope (by organiser) that start within the period and pass a test on
 * what the record-access module reads off them.
 *
 * @example
 * ```ts
 * const records = indexStatistics(dataset).recordsIn("340881");
 * activitiesWhere(records, reportingPeriod(2018), (r) => r.category === "training").length; // → 20
 * ```
 */
export function activitiesWhere(records: ScopedRecords, period: ReportingPeriod, test: ActivityTest): Activity[] {
  return records.activities.filter((a) => a.startsOn >= period.from && a.startsOn <= period.to && test(readActivity(a)));
}

const BY_ORGANISER: Bilingual = {
  "zh-CN": "按主办组织的行政区划（未填写时取上级组织的）计入地区，协办方不重复计",
  en: "placed by the organiser's division code (or its nearest ancestor's); co-organisers are not credited again",
};

interface ActivitySpec {
  readonly id: string;
  readonly name: Bilingual;
  /** Which activities, in words: "学术交流活动" / "academic exchanges". */
  readonly which: Bilingual;
  readonly test: ActivityTest;
  readonly source: string;
  readonly standIns: readonly RecordStandIn[];
}

function activityCount(spec: ActivitySpec): Indicator {
  return countIndicator(
    {
      id: spec.id,
      name: spec.name,
      definition: {
        "zh-CN": `${spec.which["zh-CN"]}的次数（期数），${IN_PERIOD["zh-CN"]}，${BY_ORGANISER["zh-CN"]}。`,
        en: `The number of ${spec.which.en} ${IN_PERIOD.en}, ${BY_ORGANISER.en}.`,
      },
      unit: "次",
      timing: "flow",
      additive: true,
      records: "activities",
      standIns: spec.standIns,
      source: spec.source,
    },
    (records, period) => activitiesWhere(records, period, spec.test).map((a) => a.id),
  );
}

interface AmountSpec extends ActivitySpec {
  readonly unit: StatisticalUnit;
  /** What is added up, in words. */
  readonly amountText: Bilingual;
  readonly amount: (activity: Activity) => number;
}

function activitySum(spec: AmountSpec): Indicator {
  return sumIndicator(
    {
      id: spec.id,
      name: spec.name,
      definition: {
        "zh-CN": `${spec.which["zh-CN"]}的${spec.amountText["zh-CN"]}之和，${IN_PERIOD["zh-CN"]}，${BY_ORGANISER["zh-CN"]}。`,
        en: `The sum of the ${spec.amountText.en} of ${spec.which.en} ${IN_PERIOD.en}, ${BY_ORGANISER.en}.`,
      },
      unit: spec.unit,
      timing: "flow",
      additive: true,
      records: "activities",
      standIns: spec.standIns,
      source: spec.source,
    },
    (records, period) => activitiesWhere(records, period, spec.test).map((a) => [a.id, spec.amount(a)] as const),
  );
}

const PARTICIPANTS: Bilingual = { "zh-CN": "参加人次", en: "participant-times" };
const participantTimes = (a: Activity): number => a.participantTimes;

// A count of activities and the sum of their participant-times (the pairs the forms show: 次 and 人次).
function countWithParticipants(spec: ActivitySpec, participants: Bilingual, source: string = spec.source): [Indicator, Indicator] {
  return [
    activityCount(spec),
    activitySum({
      ...spec,
      id: `${spec.id}.participant-times`,
      name: participants,
      source,
      unit: "人次",
      amountText: PARTICIPANTS,
      amount: participantTimes,
    }),
  ];
}

const NONE: readonly RecordStandIn[] = [];
const CAMPAIGNS: readonly RecordStandIn[] = ["campaign-tags"];

const isActivity: ActivityTest = (r) => r.category !== null;
const isExchange: ActivityTest = (r) => r.category === "academic-exchange";
const isTraining: ActivityTest = (r) => r.category === "training";
const isPopularisation: ActivityTest = (r) => r.category === "popularisation";

const EXCHANGE: Bilingual = { "zh-CN": "国内外学术交流活动", en: "domestic and international academic exchanges" };
const TRAINING: Bilingual = { "zh-CN": "实用技术培训班", en: "training classes" };
const POPULARISATION: Bilingual = {
  "zh-CN": "科普宣讲活动（科普讲座、报告会、展览、咨询、开放日等）",
  en: "popularisation events (lectures, expert reports, exhibitions, consultations, open days and the like)",
};
const GUANGZHOU_3 = "广州统计年鉴 2022 表17-4（表3：举行国内外学术交流活动、参加人数）";
const GUANGZHOU_5 = "广州统计年鉴 2022 表17-4（表5：举办科普宣讲活动及其中项）";

/**
 * Every activity indicator: all activities; academic exchanges with participant-times and experts;
 * training with trainees; popularisation events with participant-times and their 其中 breakdowns;
 * open days; youth education; volunteer service and volunteer-times; and the national campaigns.
 *
 * @example
 * ```ts
 * ACTIVITY_INDICATORS.find((i) => i.id === "activities.academic-exchange")?.unit; // → "次"
 * ```
 */
export const ACTIVITY_INDICATORS: readonly Indicator[] = [
  activityCount({
    id: "activities.all",
    name: { "zh-CN": "开展活动", en: "activities" },
    which: { "zh-CN": "各类活动（不含设施命名和成果）", en: "activities of every category (designations and outputs excluded)" },
    test: isActivity,
    source: "kexie: the activity model",
    standIns: NONE,
  }),
  ...countWithParticipants(
    {
      id: "activities.academic-exchange",
      name: { "zh-CN": "举行国内外学术交流活动", en: "academic exchanges held" },
      which: EXCHANGE,
      test: isExchange,
      source: GUANGZHOU_3,
      standIns: NONE,
    },
    { "zh-CN": "学术交流活动参加人数", en: "participants in academic exchanges" },
  ),
  activitySum({
    id: "activities.academic-exchange.experts",
    name: { "zh-CN": "学术交流活动邀请专家", en: "experts invited to academic exchanges" },
    which: EXCHANGE,
    test: isExchange,
    source: "种子文章（卫计委科协 2018：邀请专家 32 人）",
    standIns: NONE,
    unit: "人",
    amountText: {
      "zh-CN": "邀请专家人数（逐次记录，同一专家多次受邀计多次）",
      en: "experts invited (per activity: an expert invited twice counts twice)",
    },
    amount: (a) => a.expertsInvited ?? 0,
  }),
  activityCount({
    id: "activities.academic-exchange.international",
    name: { "zh-CN": "国际（境外）学术交流活动", en: "international academic exchanges" },
    which: { "zh-CN": "国际及港澳台学术交流活动", en: "international academic exchanges (including Hong Kong, Macao and Taiwan)" },
    test: (r) => isExchange(r) && r.subtype === "international-exchange",
    source: "kexie: the activity type international-academic-exchange (学术交流：国内／国际)",
    standIns: NONE,
  }),
  activityCount({
    id: "activities.training",
    name: { "zh-CN": "举办实用技术培训", en: "training classes held" },
    which: TRAINING,
    test: isTraining,
    source: "种子文章（农委科协 2018：培训班 20 期）；科技部科普统计的科普（技）培训",
    standIns: NONE,
  }),
  activitySum({
    id: "activities.training.trainees",
    name: { "zh-CN": "培训人次", en: "trainees" },
    which: TRAINING,
    test: isTraining,
    source: "种子文章（农委科协 2018：培训 950 人）",
    standIns: NONE,
    unit: "人次",
    amountText: { "zh-CN": "培训人数（未记录时取参加人次）", en: "trainees (the participant-times where trainees are not recorded)" },
    amount: (a) => a.trainees ?? a.participantTimes,
  }),
  ...countWithParticipants(
    {
      id: "activities.popularisation",
      name: { "zh-CN": "举办科普宣讲活动", en: "popularisation events held" },
      which: POPULARISATION,
      test: isPopularisation,
      source: GUANGZHOU_5,
      standIns: NONE,
    },
    { "zh-CN": "科普宣讲活动参加人次", en: "participants in popularisation events" },
    "全国科协统计 2004/2005（科普讲座、科普展览的参加人次，原以万人次计）",
  ),
  ...(
    [
      ["expert-report", { "zh-CN": "专家科普报告会", en: "expert popular-science reports" }],
      ["exhibition", { "zh-CN": "举办专题展览", en: "special exhibitions" }],
      ["consultation", { "zh-CN": "开展科技咨询", en: "science and technology consultations" }],
    ] as const
  ).map(([subtype, name]) =>
    activityCount({
      id: `activities.popularisation.${subtype}`,
      name,
      which: { "zh-CN": `科普宣讲活动中的${name["zh-CN"]}`, en: `popularisation events that are ${name.en}` },
      test: (r) => isPopularisation(r) && r.subtype === subtype,
      source: GUANGZHOU_5,
      standIns: NONE,
    }),
  ),
  activityCount({
    id: "activities.popularisation.campaign",
    name: { "zh-CN": "属于全国科普日、科技活动周活动", en: "events of the national science day or science week" },
    which: {
      "zh-CN": "科普宣讲活动中属于全国科普日或科技活动周的",
      en: "popularisation events held for the national science day or science week",
    },
    test: (r) => isPopularisation(r) && r.campaigns.some((c) => c === "national-science-day" || c === "science-week"),
    source: GUANGZHOU_5,
    standIns: CAMPAIGNS,
  }),
  ...countWithParticipants(
    {
      id: "activities.open-day",
      name: { "zh-CN": "开放日活动", en: "open days" },
      which: { "zh-CN": "开放日活动", en: "open days" },
      test: (r) => r.subtype === "open-day",
      source: "种子文章（气象局、地震局科协：开放日接待 600 人次）",
      standIns: NONE,
    },
    { "zh-CN": "开放日接待人次", en: "open-day visitors" },
  ),
  activityCount({
    id: "activities.youth-education",
    name: { "zh-CN": "青少年科技教育活动", en: "youth science education activities" },
    which: {
      "zh-CN": "青少年科技教育活动（竞赛、夏令营等）",
      en: "youth science education activities (competitions, summer camps and the like)",
    },
    test: (r) => r.category === "youth-education",
    source: "kexie: 表6 青少年科技教育 (rows not public)",
    standIns: NONE,
  }),
  activityCount({
    id: "activities.volunteer-service",
    name: { "zh-CN": "科技志愿服务活动", en: "science volunteer services" },
    which: { "zh-CN": "科技志愿服务活动", en: "science volunteer services" },
    test: (r) => r.category === "volunteer-service",
    source: "中国科协《科技志愿服务管理办法（试行）》",
    standIns: NONE,
  }),
  activitySum({
    id: "volunteers.service-times",
    name: { "zh-CN": "参与活动的志愿者人次", en: "volunteer-times" },
    which: { "zh-CN": "各类活动", en: "activities of every category" },
    test: isActivity,
    source: "kexie: the activity model (volunteers per activity)",
    standIns: NONE,
    unit: "人次",
    amountText: {
      "zh-CN": "参与志愿者人数（逐次记录，同一人多次参与计多次；不是注册志愿者人数）",
      en: "volunteers recorded per activity (a person serving twice counts twice; not registered volunteers)",
    },
    amount: (a) => a.volunteers ?? 0,
  }),
  ...(
    [
      ["national-science-day", { "zh-CN": "全国科普日活动", en: "national science day activities" }],
      ["science-week", { "zh-CN": "科技活动周活动", en: "science week activities" }],
      ["sci-tech-workers-day", { "zh-CN": "全国科技工作者日活动", en: "sci-tech workers' day activities" }],
    ] as const
  ).map(([campaign, name]) =>
    activityCount({
      id: `activities.campaign.${campaign}`,
      name,
      which: { "zh-CN": `属于${name["zh-CN"]}的各类活动`, en: `activities of every category held as ${name.en}` },
      test: (r) => r.category !== null && r.campaigns.includes(campaign),
      source: "领域综述 §4（全国科普日、科技活动周、全国科技工作者日）",
      standIns: CAMPAIGNS,
    }),
  ),
];
