/**
 * The workbook layout: for each kind of record a sheet, and for each field of the model a column with
 * its headers in Chinese and English and how its cells are read and written. The import, the export and
 * the template are all read off this one table, so a field added to the model is added here once.
 *
 * @module
 */
import type { CollectionName, Locale } from "kexie";
import { matchKey } from "./cells.js";
import type { ImportEnum } from "./labels-reverse.js";

/**
 * The kinds of sheet: one per collection of the data set, plus the rows nested in records (an
 * association's approvals, congresses and congress postponements, a committee's seats) and the division
 * list's name and version.
 */
export type SheetKind =
  | "associations"
  | "approvals"
  | "congresses"
  | "congressPostponements"
  | "committees"
  | "seats"
  | "persons"
  | "members"
  | "activities"
  | "facilities"
  | "outputs"
  | "divisions"
  | "divisionList";

/** What a referring cell names: an association, a member, a committee or a person, by id or by name. */
export type RefTarget = "associations" | "members" | "committees" | "persons";

/**
 * How a column's cells are read and written: the record's own id, text, a division code, a key (a code of
 * letters and digits, upper-cased), a division code or name, a date, a whole number, yes/no, one value of an enum (by label), several, several texts, or
 * references to other records by id or name.
 */
export type FieldType =
  | { readonly type: "id" }
  | { readonly type: "text" }
  | { readonly type: "code" }
  | { readonly type: "key" }
  | { readonly type: "division" }
  | { readonly type: "date" }
  | { readonly type: "number" }
  | { readonly type: "boolean" }
  | { readonly type: "choice"; readonly of: ImportEnum }
  | { readonly type: "choices"; readonly of: ImportEnum }
  | { readonly type: "texts" }
  | { readonly type: "ref"; readonly to: RefTarget }
  | { readonly type: "refs"; readonly to: RefTarget };

/** Which member type a member field belongs to, for fields only one type has. */
export type MemberType = "individual" | "group";

/** One column: the field's key in the record (dotted for nested objects), its headers, and its type. */
export interface FieldLayout {
  /** The field's path in the record, dotted (`hostUnit.name`); for nested rows, the key given below. */
  readonly key: string;
  /** The headers read for it, per locale; the first of each is the one written. */
  readonly headers: Readonly<Record<Locale, readonly string[]>>;
  readonly value: FieldType;
  /** Required in every record, or only in individual or group members. */
  readonly required?: true | MemberType;
  /** A member field that only one member type has. */
  readonly only?: MemberType;
}

/** One sheet: its kind, the collection it fills, its titles, the names it is recognised by, its columns. */
export interface SheetLayout {
  readonly kind: SheetKind;
  /** The sheet title written, per locale. */
  readonly titles: Readonly<Record<Locale, string>>;
  /** Other table names read as this kind (a file called 会员名单.csv is a members table). */
  readonly aliases: readonly string[];
  readonly fields: readonly FieldLayout[];
}

const t = (type: "id" | "text" | "code" | "key" | "division" | "date" | "number" | "boolean" | "texts"): FieldType => ({ type });
const choice = (of: ImportEnum): FieldType => ({ type: "choice", of });
const choices = (of: ImportEnum): FieldType => ({ type: "choices", of });
const ref = (to: RefTarget): FieldType => ({ type: "ref", to });

/** A column: `headers` are written `中文|别名 / english|alias`. */
function field(key: string, headers: string, value: FieldType, more: Omit<FieldLayout, "key" | "headers" | "value"> = {}): FieldLayout {
  const [zh = "", en = ""] = headers.split(" / ");
  return { key, headers: { "zh-CN": zh.split("|"), en: en.split("|") }, value, ...more };
}

/** The column of rows nested in an association (its approvals, congresses, postponements) naming it. */
const OWNING_ASSOCIATION = field("association", "科协|所属科协|科协名称|组织 / association", ref("associations"), { required: true });

/** The columns of an approval, which a congress postponement shares (after the association it belongs to). */
const APPROVAL_FIELDS: readonly FieldLayout[] = [
  OWNING_ASSOCIATION,
  field("authority", "批准机关类型|批复机关类型|机关类型|批准类型 / authority|authority kind", choice("approvalAuthority"), {
    required: true,
  }),
  field("body", "批准机关|批复机关|批准单位|批复单位 / body|approved by", t("text"), { required: true }),
  field("approvedOn", "批准日期|批复日期|日期 / approved on|date", t("date"), { required: true }),
  field("associationId", "批复科协|批准科协|批复科协编号 / approving association", ref("associations")),
  field("documentNumber", "文号|批复文号|批准文号 / document number", t("text")),
];

/**
 * Every sheet of the workbook, in the order the template and the export write them; each field of the
 * model with its headers. The first header of each locale is the one written.
 *
 * @example
 * ```ts
 * SHEETS.find((s) => s.kind === "associations")?.fields.map((f) => f.headers["zh-CN"][0]);
 * // ["编号", "名称", "类型", "区划代码", "上级科协", "成立日期", …]
 * ```
 */
export const SHEETS: readonly SheetLayout[] = [
  {
    kind: "associations",
    titles: { "zh-CN": "科协组织", en: "associations" },
    aliases: ["组织", "科协", "组织名单", "科协名单", "基层组织", "基层科协", "organisations", "organizations"],
    fields: [
      field("id", "编号|组织编号|科协编号 / id|association id", t("id")),
      field("name", "名称|科协名称|组织名称 / name|association", t("text"), { required: true }),
      field("kind", "类型|组织类型|科协类型|类别 / kind|type", choice("associationKind"), { required: true }),
      field(
        "divisionCode",
        "区划代码|行政区划代码|所在区划代码|区划|行政区划|所在区划|区划名称|所在地 / division code|division",
        t("division"),
      ),
      field("parentId", "上级科协|上级组织|上级|业务指导单位 / parent|parent association", ref("associations")),
      field("establishedOn", "成立日期|成立时间|建立日期 / established on|established", t("date"), { required: true }),
      field("dissolvedOn", "撤销日期|注销日期|解散日期 / dissolved on|dissolved", t("date")),
      field("hostUnit.name", "挂靠单位|所在单位|依托单位 / host unit", t("text")),
      field("hostUnit.creditCode", "统一社会信用代码|信用代码 / credit code|host unit credit code", t("key")),
      field("partyApproval.body", "党组织批准机关|批准党组织|批准机关 / party approval body|approved by", t("text")),
      field("partyApproval.approvedOn", "党组织批准日期|批准日期 / party approval date|approved on", t("date")),
      field("charter.adoptedOn", "章程通过日期|章程日期|章程 / charter adopted on|charter", t("date")),
      field("resources.office", "办公场所|有办公场所 / office", t("boolean")),
      field("resources.staff", "工作人员|工作人员数|专职人员 / staff", t("number")),
      field("resources.funds", "工作经费|有工作经费|经费 / funds", t("boolean")),
    ],
  },
  {
    kind: "approvals",
    titles: { "zh-CN": "批复", en: "approvals" },
    aliases: ["批准", "成立批复", "批复文件", "审批"],
    fields: APPROVAL_FIELDS,
  },
  {
    kind: "congresses",
    titles: { "zh-CN": "代表大会", en: "congresses" },
    aliases: ["会员大会", "代表大会名单"],
    fields: [
      OWNING_ASSOCIATION,
      field("heldOn", "召开日期|大会日期|日期 / held on|date", t("date"), { required: true }),
      field("number", "第几次|次数|大会次数 / number", t("number")),
    ],
  },
  {
    kind: "congressPostponements",
    titles: { "zh-CN": "换届延期", en: "congress postponements" },
    aliases: ["延期换届", "换届延期批复", "延期", "postponements"],
    fields: [...APPROVAL_FIELDS, field("postponedTo", "延期至|延期到|推迟至|延期日期 / postponed to", t("date"), { required: true })],
  },
  {
    kind: "committees",
    titles: { "zh-CN": "委员会", en: "committees" },
    aliases: ["委员会名单", "领导机构"],
    fields: [
      field("id", "编号|委员会编号 / id|committee id", t("id")),
      field("associationId", "科协|所属科协|科协名称 / association", ref("associations"), { required: true }),
      field("term", "届次|第几届|届 / term", t("number"), { required: true }),
      field("electedOn", "选举日期|换届日期|产生日期 / elected on", t("date"), { required: true }),
      field("termYears", "任期|任期（年）|任期年限 / term years", t("number")),
    ],
  },
  {
    kind: "seats",
    titles: { "zh-CN": "委员会席位", en: "seats" },
    aliases: ["席位", "委员会成员", "委员名单", "领导班子", "班子成员"],
    fields: [
      field("committee", "委员会编号|委员会 / committee", ref("committees")),
      field("association", "科协|所属科协|科协名称 / association", ref("associations")),
      field("term", "届次|第几届 / term", t("number")),
      field("seat", "席位号|席位|席位编号 / seat", t("number")),
      field("post", "职务|职位|委员会职务 / post", choice("post"), { required: true }),
      field("memberId", "会员|姓名|会员编号|人员 / member|name", ref("members")),
      field("startOn", "任职开始|开始日期|任职日期|起始日期 / start on|from", t("date")),
      field("endOn", "任职结束|结束日期|离任日期|截止日期 / end on|until", t("date")),
      field("basis", "任职依据|依据|产生方式 / basis", choice("seatBasis")),
      field("appointment", "任职方式|专兼职|专职兼职|任职形式 / appointment|appointment mode", choice("appointmentMode")),
      field("onBehalfOf.name", "代表单位|所代表单位|所在单位|单位 / on behalf of|unit", t("text")),
      field("onBehalfOf.creditCode", "代表单位信用代码|单位信用代码|统一社会信用代码 / unit credit code|credit code", t("key")),
      field("onBehalfOf.kind", "代表单位类型|单位类型 / unit kind", choice("unitKind")),
      field(
        "onBehalfOf.divisionCode",
        "代表单位区划|代表单位区划代码|单位所在区划|单位区划代码 / unit division code|unit division",
        t("division"),
      ),
    ],
  },
  {
    kind: "persons",
    titles: { "zh-CN": "人员", en: "persons" },
    aliases: ["人员名单", "人员信息", "人员库", "人才库", "people"],
    fields: [
      field("id", "编号|人员编号 / id|person id", t("id")),
      field("name", "姓名|名字 / name", t("text"), { required: true }),
      field("gender", "性别 / gender|sex", choice("gender")),
      field("birthYear", "出生年份|出生年|出生年度 / birth year|born", t("number")),
      field("titleLevel", "职称|职称级别|专业技术职务|职称等级 / title level|title", choice("titleLevel")),
      field("field", "从事领域|领域|专业领域|工作领域 / field|occupation field", choice("occupationField")),
      field("societyMemberships", "学会会员|所在学会|学会 / society memberships|societies", t("texts")),
      field("sectorRoles", "行业负责人|三长|三长身份|身份 / sector roles|sector role", choices("sectorRole")),
    ],
  },
  {
    kind: "members",
    titles: { "zh-CN": "会员", en: "members" },
    aliases: ["会员名单", "会员信息", "个人会员", "团体会员"],
    fields: [
      field("id", "编号|会员编号 / id|member id", t("id")),
      field("associationId", "科协|所属科协|科协名称|入会科协 / association", ref("associations"), { required: true }),
      field("type", "会员类型|类型|类别 / type|member type", choice("memberType")),
      field("personId", "人员编号|人员 / person|person id", ref("persons"), { only: "individual" }),
      // An individual member may leave its name to its person (personId); parseDataset says when it has neither.
      field("name", "姓名|名称|会员名称|单位名称 / name", t("text"), { required: "group" }),
      field("joinedOn", "入会日期|入会时间|加入日期 / joined on|joined", t("date"), { required: true }),
      field("leftOn", "退会日期|退出日期|离会日期 / left on|left", t("date")),
      field("titleLevel", "职称|职称级别|专业技术职务|职称等级 / title level|title", choice("titleLevel"), { only: "individual" }),
      field("field", "从事领域|领域|专业领域|工作领域 / field|occupation field", choice("occupationField"), { only: "individual" }),
      field("worksInHostUnit", "本单位工作|是否本单位|在本单位工作 / works in host unit", t("boolean"), { only: "individual" }),
      field("societyMemberships", "学会会员|所在学会|学会 / society memberships|societies", t("texts"), { only: "individual" }),
      field("sectorRoles", "行业负责人|三长|三长身份|身份 / sector roles|sector role", choices("sectorRole"), { only: "individual" }),
      field("relation", "团体关系|与挂靠单位关系|关系 / relation", choice("groupRelation"), { required: "group", only: "group" }),
    ],
  },
  {
    kind: "activities",
    titles: { "zh-CN": "活动", en: "activities" },
    aliases: ["活动名单", "活动记录", "活动情况", "活动统计"],
    fields: [
      field("id", "编号|活动编号 / id|activity id", t("id")),
      field("organizerId", "主办科协|主办|主办单位|组织单位 / organiser|organizer", ref("associations"), { required: true }),
      field("coOrganizerIds", "协办科协|协办|协办单位 / co-organisers|co-organizers", { type: "refs", to: "associations" }),
      field("type", "活动类型|类型|类别 / type|activity type", choice("activityType"), { required: true }),
      field("title", "活动名称|名称|主题|活动主题 / title|name", t("text")),
      field("startsOn", "开始日期|日期|活动日期|举办日期|时间 / starts on|date", t("date"), { required: true }),
      field("endsOn", "结束日期 / ends on", t("date")),
      field("participantTimes", "参与人次|人次|参加人次|受众人次 / participant-times|participants", t("number"), { required: true }),
      field("expertsInvited", "邀请专家|专家人数|邀请专家数 / experts invited|experts", t("number")),
      field("trainees", "培训人数|培训人员|学员人数 / trainees", t("number")),
      field("volunteers", "志愿者人数|志愿者 / volunteers", t("number")),
      field("venues", "六进|科普六进|进入场所 / venues", choices("venue")),
      field("campaigns", "所属活动|专项活动|主题活动|活动周 / campaigns|campaign", choices("activityCampaign")),
      field("fundingYuan", "经费（元）|活动经费|经费|投入经费 / funding (yuan)|funding", t("number")),
    ],
  },
  {
    kind: "facilities",
    titles: { "zh-CN": "设施", en: "facilities" },
    aliases: ["阵地", "设施阵地", "科普阵地", "科普设施", "设施名单", "命名"],
    fields: [
      field("id", "编号|设施编号 / id|facility id", t("id")),
      field("kind", "类型|设施类型|类别 / kind|type", choice("facilityKind"), { required: true }),
      field("name", "名称|设施名称|阵地名称 / name", t("text")),
      field("divisionCode", "区划代码|行政区划代码|所在区划|区划|行政区划|所在地 / division code|division", t("division"), {
        required: true,
      }),
      field("associationId", "科协|所属科协|科协名称|命名科协|主管科协 / association", ref("associations"), { required: true }),
      field("designatedOn", "命名日期|设立日期|建成日期|挂牌日期|日期 / designated on|date", t("date"), { required: true }),
      field("withdrawnOn", "撤销日期|摘牌日期|关闭日期 / withdrawn on|withdrawn", t("date")),
      field("count", "数量|个数|户数 / count", t("number")),
    ],
  },
  {
    kind: "outputs",
    titles: { "zh-CN": "成果", en: "outputs" },
    aliases: ["成果名单", "科技成果", "论文", "奖项", "专利"],
    fields: [
      field("id", "编号|成果编号 / id|output id", t("id")),
      field("kind", "类型|成果类型|类别 / kind|type", choice("outputKind"), { required: true }),
      field("stage", "阶段|状态|申报或获得 / stage", choice("outputStage")),
      field("associationId", "科协|所属科协|科协名称 / association", ref("associations"), { required: true }),
      field("date", "日期|时间|发表日期|申报日期|获得日期 / date", t("date"), { required: true }),
      field("title", "名称|成果名称|题目|标题 / title|name", t("text")),
      field("count", "数量|项数|篇数|件数 / count", t("number")),
    ],
  },
  {
    kind: "divisions",
    titles: { "zh-CN": "行政区划", en: "divisions" },
    aliases: ["区划", "区划名单", "区划列表"],
    fields: [
      field("code", "区划代码|代码|行政区划代码|统计用区划代码 / code|division code", t("code"), { required: true }),
      field("name", "名称|区划名称 / name", t("text"), { required: true }),
      field("level", "层级|级别 / level", choice("divisionLevel"), { required: true }),
      field("parentCode", "上级代码|上级区划代码 / parent code", t("code")),
    ],
  },
  {
    kind: "divisionList",
    titles: { "zh-CN": "区划来源", en: "division list" },
    aliases: ["区划版本"],
    fields: [
      field("name", "区划列表|名称|来源 / name|division list", t("text"), { required: true }),
      field("version", "版本 / version", t("text"), { required: true }),
    ],
  },
];

/**
 * The collection of the data set each sheet kind fills; nested rows (approvals, congresses, postponements,
 * seats) and the division list fill none.
 *
 * @example
 * ```ts
 * SHEET_COLLECTION.members; // → "members"
 * SHEET_COLLECTION.seats; // undefined: seats belong to committees
 * ```
 */
export const SHEET_COLLECTION: Readonly<Record<SheetKind, CollectionName | undefined>> = {
  associations: "associations",
  approvals: undefined,
  congresses: undefined,
  congressPostponements: undefined,
  committees: "committees",
  seats: undefined,
  persons: "persons",
  members: "members",
  activities: "activities",
  facilities: "facilities",
  outputs: "outputs",
  divisions: "divisions",
  divisionList: undefined,
};

/**
 * Headers that number the rows (序号) rather than hold data: read in every sheet and ignored.
 *
 * @example
 * ```ts
 * ROW_NUMBER_HEADERS.includes("序号"); // → true
 * ```
 */
export const ROW_NUMBER_HEADERS: readonly string[] = ["序号", "序", "行号", "no", "no.", "#"];

/**
 * The prefixes that mark a column as extra whatever its name (`附加：名称` keeps 名称 as an extra value):
 * what the export writes when an extra value's name is also a header.
 *
 * @example
 * ```ts
 * EXTRA_PREFIXES; // → ["附加：", "extra:"]
 * ```
 */
export const EXTRA_PREFIXES: readonly string[] = ["附加：", "extra:"];

/**
 * The first cell of a template's example row: such rows are skipped when importing.
 *
 * @example
 * ```ts
 * EXAMPLE_MARKERS["zh-CN"]; // → "示例"
 * ```
 */
export const EXAMPLE_MARKERS: Readonly<Record<Locale, string>> = { "zh-CN": "示例", en: "example" };

/**
 * The sheet of drop-down lists in a template or export, which the import passes over.
 *
 * @example
 * ```ts
 * LIST_SHEET_TITLES.en; // → "lists"
 * ```
 */
export const LIST_SHEET_TITLES: Readonly<Record<Locale, string>> = { "zh-CN": "下拉选项", en: "lists" };

/**
 * A header as compared: folded (full-width forms, spaces), lower-cased, with a trailing required mark
 * (`*`, `（必填）`) and a trailing colon taken off.
 *
 * @example
 * ```ts
 * headerKey(" 成立日期（必填）") === headerKey("成立日期"); // → true
 * headerKey("名称*") === headerKey("名称"); // → true
 * ```
 */
export function headerKey(header: string): string {
  return matchKey(header)
    .replace(/[*＊]+$/, "")
    .replace(/[(（](必填|选填|可选|required|optional)[)）]$/, "")
    .replace(/[:：]$/, "")
    .replace(/^[*＊]+/, "");
}

/** Each sheet's fields by header key, in both languages, built once when the module loads. */
const FIELD_INDEX: ReadonlyMap<SheetKind, ReadonlyMap<string, FieldLayout>> = /* @__PURE__ */ new Map(
  SHEETS.map((sheet) => {
    const index = new Map<string, FieldLayout>();
    for (const f of sheet.fields) {
      for (const h of [...f.headers["zh-CN"], ...f.headers.en]) if (!index.has(headerKey(h))) index.set(headerKey(h), f);
    }
    return [sheet.kind, index] as const;
  }),
);

/**
 * The field a header names in a kind of sheet, in either language, or undefined.
 *
 * @example
 * ```ts
 * fieldOfHeader("associations", "成立时间")?.key; // → "establishedOn"
 * fieldOfHeader("members", "Title level")?.key; // → "titleLevel"
 * ```
 */
export function fieldOfHeader(kind: SheetKind, header: string): FieldLayout | undefined {
  return FIELD_INDEX.get(kind)?.get(headerKey(header));
}

/**
 * The field of a kind of sheet by its key (`hostUnit.name`), or `undefined` for a key the sheet has not.
 *
 * @example
 * ```ts
 * fieldByKey("associations", "establishedOn")?.headers["zh-CN"][0]; // → "成立日期"
 * ```
 */
export function fieldByKey(kind: SheetKind, key: string): FieldLayout | undefined {
  return sheetLayout(kind).fields.find((field) => field.key === key);
}

/**
 * The layout of a kind of sheet.
 *
 * @example
 * ```ts
 * sheetLayout("members").titles["zh-CN"]; // → "会员"
 * ```
 */
export function sheetLayout(kind: SheetKind): SheetLayout {
  return SHEETS.find((sheet) => sheet.kind === kind) as SheetLayout;
}
