/**
 * Labels read back into enum values: the library's own zh-CN and en labels, the values themselves, and
 * the variants staff commonly write (社区 for 社区科协, 副高 for 副高级, 高级工程师 for associate senior).
 *
 * @module
 */
import { LABELS, LOCALES, type LabelledEnum, type Locale } from "kexie";
import { matchKey } from "./cells.js";

/** A member's type, which has no label table in the model: 个人会员 or 团体会员. */
const MEMBER_TYPE = {
  values: ["individual", "group"] as const,
  table: {
    individual: { "zh-CN": "个人会员", en: "individual" },
    group: { "zh-CN": "团体会员", en: "group" },
  },
} as const;

/** Every enum an import reads: the model's labelled enums and the member type. */
export type ImportEnum = LabelledEnum | "memberType";

/**
 * Common ways of writing a value besides its labels, per enum. Each variant names one value only; where a
 * word means different things to different people (市科协: a prefecture or a county-level city), it is
 * left out, and the cell is reported rather than guessed.
 */
const VARIANTS: { readonly [E in ImportEnum]?: Readonly<Record<string, readonly string[]>> } = {
  associationKind: {
    national: ["全国", "中国科协"],
    provincial: ["省科协", "省级"],
    prefectural: ["地级市科协", "市级"],
    county: ["县科协", "县级", "区科协", "县（市、区）科协"],
    subdistrict: ["街道", "街道科协"],
    township: ["乡镇", "镇科协", "乡科协", "乡镇科协"],
    "development-zone": ["开发区", "园区", "开发区科协", "园区科协"],
    community: ["社区"],
    village: ["村", "村级科协"],
    enterprise: ["企业"],
    university: ["高校", "大学科协", "高等学校科协"],
    "vocational-school": ["职校", "职校科协", "职业学校", "职业院校科协"],
    school: ["学校", "中学科协", "中小学科协"],
    "government-agency": ["机关", "机关单位科协"],
    "public-institution": ["事业单位"],
    "rural-technical-association": ["农技协", "农村专业技术协会", "专业技术协会"],
    society: ["学会", "协会", "研究会"],
  },
  post: {
    chair: ["主任", "会长"],
    "vice-chair": ["副主任", "副会长"],
    "standing-member": ["常务委员", "常委委员"],
    member: ["委员会委员", "成员"],
  },
  seatBasis: {
    "unit-leader": ["领导", "单位负责人"],
    expert: ["专家代表"],
    "sector-head": ["三长", "行业代表"],
    elected: ["选举", "选举产生"],
    other: ["其它"],
  },
  titleLevel: {
    none: ["无", "无职称", "未评"],
    junior: ["初级职称", "员级", "助理级", "助教", "医师", "技术员", "助理工程师", "助理农艺师", "二级教师", "三级教师"],
    intermediate: ["中级职称", "讲师", "工程师", "农艺师", "主治医师", "主管护师", "一级教师", "助理研究员", "经济师", "会计师"],
    "associate-senior": [
      "副高",
      "副高级职称",
      "副教授",
      "副研究员",
      "高级工程师",
      "高级农艺师",
      "副主任医师",
      "高级教师",
      "高级经济师",
      "高级会计师",
    ],
    senior: ["正高", "正高级职称", "教授", "研究员", "正高级工程师", "主任医师", "正高级教师", "农业技术推广研究员"],
  },
  occupationField: {
    teaching: ["教育", "教师"],
    research: ["研究", "科学研究"],
    "st-management": ["科技管理人员"],
    medicine: ["医疗", "卫生", "医学", "卫生健康"],
    agriculture: ["农技", "农业技术", "农林"],
    engineering: ["工程", "技术"],
    administration: ["行政", "管理"],
    other: ["其它"],
  },
  sectorRole: {
    "hospital-director": ["院长", "医院院长（三长）"],
    "school-principal": ["校长", "中学校长"],
    "agri-station-head": ["农技站长", "农技站站长（三长）", "农技推广站站长"],
    "tech-entrepreneur": ["企业家", "科技企业家"],
    "health-centre-director": ["卫生院长", "社区卫生服务中心主任"],
    "veterinary-station-head": ["兽医站长", "畜牧兽医站站长"],
  },
  groupRelation: {
    "internal-department": ["内设部门", "内设科室"],
    "subordinate-unit": ["下属", "直属单位", "所属单位"],
    "other-organisation": ["其他", "其它", "其他单位"],
  },
  activityType: {
    "academic-lecture": ["讲座", "学术报告", "学术交流", "专题讲座"],
    "training-class": ["培训", "技术培训", "培训会"],
    "popularisation-event": ["科普", "科普宣传", "科普活动日"],
    "open-day": ["科普开放日", "开放活动"],
    competition: ["比赛", "大赛", "科技竞赛"],
    "summer-camp": ["科技夏令营"],
    "volunteer-service": ["志愿活动", "志愿者服务", "科技志愿服务"],
    // The deprecated types' former labels, so that workbooks written before facilities and outputs still read.
    "demonstration-base": ["示范基地", "科普示范基地", "基地"],
    "demonstration-household": ["示范户", "科技示范户"],
    paper: ["论文", "发表论文", "学术论文"],
    "award-application": ["成果申报", "奖项申报", "申报奖项", "科技奖申报", "报奖"],
    other: ["其它"],
  },
  activityCampaign: {
    "national-science-day": ["科普日", "全国科普日活动"],
    "science-week": ["科技周", "科技活动周活动", "全国科技活动周"],
    "sci-tech-workers-day": ["科技工作者日", "科技工作者日活动"],
  },
  venue: {
    agency: ["机关"],
    enterprise: ["企业"],
    village: ["农村", "村"],
    school: ["学校", "校园"],
    community: ["社区"],
    family: ["家庭"],
  },
  divisionLevel: {
    province: ["省", "省级"],
    prefecture: ["地", "市", "地市级", "地级市"],
    county: ["县", "县级市", "区县"],
    township: ["乡", "镇", "乡镇", "街道", "乡级"],
    village: ["村", "社区", "村级"],
  },
  appointmentMode: {
    "full-time": ["专职人员", "全职"],
    concurrent: ["兼任", "兼职人员"],
    seconded: ["挂任", "挂职干部"],
  },
  unitKind: {
    hospital: ["人民医院", "县医院", "市医院"],
    "health-centre": ["乡镇卫生院", "社区卫生服务中心"],
    school: ["中学", "小学", "中心学校"],
    "agri-station": ["农技推广站", "农业技术推广站", "农技推广中心"],
    "agri-service-centre": ["农业服务中心", "农业综合服务中心"],
    "veterinary-station": ["畜牧兽医站"],
    enterprise: ["公司", "企业单位"],
    other: ["其他", "其它"],
  },
  approvalAuthority: {
    "party-organisation": ["党组", "党委", "党支部", "党组织批准"],
    association: ["科协批复", "上级科协"],
    government: ["政府", "人民政府", "主管部门"],
    other: ["其他", "其它"],
  },
  gender: {
    female: ["女性", "f"],
    male: ["男性", "m"],
  },
  facilityKind: {
    "science-e-station": ["e站", "科普e站点"],
    "bulletin-board": ["宣传栏", "科普画廊", "科普橱窗"],
    "activity-room": ["科普活动室", "活动场所"],
    "demonstration-base": ["示范基地", "科普基地", "基地"],
    "demonstration-household": ["示范户", "农村科技示范户"],
    "sci-tech-workers-home": ["科技之家", "科技工作者之家站点"],
  },
  outputKind: {
    paper: ["学术论文", "发表论文"],
    award: ["奖项", "科技奖", "科技进步奖", "奖励"],
    patent: ["发明专利", "实用新型专利"],
    report: ["调研报告", "咨询报告", "建议"],
  },
  outputStage: {
    applied: ["申请", "已申报", "申报中"],
    granted: ["获奖", "授权", "已获得", "获批"],
  },
  memberType: {
    individual: ["个人", "自然人"],
    group: ["团体", "单位", "单位会员"],
  },
};

type Table = { readonly values: readonly string[]; readonly table: Readonly<Record<string, Readonly<Record<Locale, string>>>> };

function tableOf(name: ImportEnum): Table {
  return name === "memberType" ? MEMBER_TYPE : LABELS[name];
}

/** An enum's values by the match key of every way of writing them. */
function indexOf(name: ImportEnum): ReadonlyMap<string, string> {
  const { values, table } = tableOf(name);
  const index = new Map<string, string>();
  for (const value of values) {
    const labels = table[value];
    const forms = [value, ...LOCALES.map((locale) => labels?.[locale] ?? value), ...(VARIANTS[name]?.[value] ?? [])];
    for (const form of forms) if (!index.has(matchKey(form))) index.set(matchKey(form), value);
  }
  return index;
}

/** Every enum's index, built once when the module loads (constants, never changed after). */
const INDEXES: ReadonlyMap<ImportEnum, ReadonlyMap<string, string>> = /* @__PURE__ */ new Map(
  ([...Object.keys(LABELS), "memberType"] as ImportEnum[]).map((name) => [name, indexOf(name)]),
);

/**
 * The enum value a label names, in Chinese or English, as the library writes it or in a common variant;
 * undefined when it names none.
 *
 * @example
 * ```ts
 * enumValue("associationKind", "社区科协"); // → "community"
 * enumValue("associationKind", "社区"); // → "community"
 * enumValue("titleLevel", "高级工程师"); // → "associate-senior"
 * enumValue("post", "Vice chair"); // → "vice-chair"
 * ```
 */
export function enumValue(name: ImportEnum, text: string): string | undefined {
  return INDEXES.get(name)?.get(matchKey(text));
}

/**
 * The label of an enum value that the import reads back, in a locale (for drop-down lists and exports).
 *
 * @example
 * ```ts
 * enumLabel("memberType", "group"); // → "团体会员"
 * enumLabel("post", "chair", "en"); // → "chair"
 * ```
 */
export function enumLabel(name: ImportEnum, value: string, locale: Locale = "zh-CN"): string {
  return tableOf(name).table[value]?.[locale] ?? value;
}

/**
 * Every value of an enum, in the model's order.
 *
 * @example
 * ```ts
 * enumValues("memberType"); // → ["individual", "group"]
 * ```
 */
export function enumValues(name: ImportEnum): readonly string[] {
  return tableOf(name).values;
}

/**
 * The variants {@link enumValue} reads for a value besides its labels (for documentation).
 *
 * @example
 * ```ts
 * enumVariants("titleLevel", "senior").includes("教授"); // → true
 * ```
 */
export function enumVariants(name: ImportEnum, value: string): readonly string[] {
  return VARIANTS[name]?.[value] ?? [];
}
