import { describe, expect, it } from "vitest";
import type { Division } from "../../src/index.js";
import { importTables, locateIssue, type Cell, type GridTable, type KeyedTable } from "../../src/import/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";
import { paramsOf } from "../helpers/params.js";

const DIVISIONS: Division[] = [
  { code: "34", name: "安徽省", level: "province" },
  { code: "3408", name: "安庆市", level: "prefecture", parentCode: "34" },
  { code: "340881", name: "桐城市", level: "county", parentCode: "3408" },
  { code: "340881100", name: "孔城镇", level: "township", parentCode: "340881" },
  { code: "340881101", name: "吕亭镇", level: "township", parentCode: "340881" },
  { code: "340881100001", name: "老街社区居委会", level: "village", parentCode: "340881100" },
  { code: "340881100201", name: "孔城村委会", level: "village", parentCode: "340881100" },
  { code: "340881100202", name: "中心村委会", level: "village", parentCode: "340881100" },
  { code: "340881101202", name: "中心村委会", level: "village", parentCode: "340881101" },
];

/** The associations list as a county's staff keep it: a merged title, a note line, 序号, blank rows, notes. */
const ROWS: Cell[][] = [
  ["桐城市基层科协组织名单（2020年）"],
  ["填报单位：桐城市科协", null, null, null, "填报日期：2020年9月7日"],
  ["序号", "名称", "类型", "上级科协", "所在区划", "成立时间", "联系电话"],
  [1, "桐城市科协", "县级科协", null, "３４０８８１", "1980/1/1", "0556-6123456"],
  [2, "孔城镇科协", "乡镇", "桐城市科协", "340881 100", 43617, null],
  [null, null, null, null, null, null, null],
  [3, "孔城村科协", "村科协", "孔城镇科协", "孔城村", "2019年9月1日", null],
  [4, "吕亭镇科协", "乡镇科协", "桐城市科协", "340881101000", "2019.6.15", null],
  [5, "中心村科协", "村", "孔城镇科协", "中心村", "2019-09-02", null],
  [6, "老街社区科协", "社区", "孔城镇科协", "孔城镇/老街社区", "2019-09-03", null],
  [7, "桐城市示例科技有限公司科协", "企业科协", "桐城市科协", "340881", "2019-03-15", null],
  [8, "桐城市示例科技有限公司科协", "企业科协", "桐城市科协", "340881", "2019-03-16", null],
  [9, "示例分公司科协", "企业科协", "桐城市示例科技有限公司科协", "340881", "2019-04-01", null],
  [10, "新村科协", "村科协", "孔城镇科协", "新村", "2019年2月30日", null],
  [],
  ["注：本表由各乡镇科协填报，数据截至 2020 年 9 月。"],
  ["合计", "10 个"],
];
const GRID: GridTable = { name: "组织名单", cells: ROWS };
/** The spreadsheet row of the data row with this 序号 (row 1 is the title). */
const rowOf = (serial: number): number => ROWS.findIndex((row) => row[0] === serial) + 1;

describe("importTables on a staff workbook's associations list", () => {
  const result = importTables([deepFreeze(GRID)], { divisions: deepFreeze(DIVISIONS) });
  const byName = (name: string) => result.dataset.associations?.find((a) => a.name === name);
  const codes = (code: string) => result.issues.filter((issue) => issue.code === code);

  it("finds the header below the title rows and imports every data row, with ids given in row order", () => {
    expect(result.dataset.associations?.map((a) => a.id)).toEqual(["a-1", "a-2", "a-3", "a-4", "a-5", "a-6", "a-7", "a-8", "a-9", "a-10"]);
    expect(byName("孔城镇科协")).toMatchObject({ kind: "township", parentId: "a-1", establishedOn: "2019-06-01" });
  });

  it("reads full-width digits, spaces and zero-padded statistical codes in division codes", () => {
    expect(byName("桐城市科协")?.divisionCode).toBe("340881");
    expect(byName("孔城镇科协")?.divisionCode).toBe("340881100");
    expect(byName("吕亭镇科协")?.divisionCode).toBe("340881101");
  });

  it("resolves village names against the division list, under the parent's town when the name is shared", () => {
    expect(byName("孔城村科协")?.divisionCode).toBe("340881100201");
    expect(byName("中心村科协")?.divisionCode).toBe("340881100202");
    expect(byName("老街社区科协")?.divisionCode).toBe("340881100001");
  });

  it("reads the dates in their several forms", () => {
    expect(byName("桐城市科协")?.establishedOn).toBe("1980-01-01");
    expect(byName("孔城村科协")?.establishedOn).toBe("2019-09-01");
    expect(byName("吕亭镇科协")?.establishedOn).toBe("2019-06-15");
  });

  it("keeps an unknown column in extra, and says so once", () => {
    expect(byName("桐城市科协")?.extra).toEqual({ 联系电话: "0556-6123456" });
    expect(byName("孔城镇科协")?.extra).toBeUndefined();
    expect(codes("import.column-extra").map((i) => i.message)).toEqual(["组织名单：列「联系电话」不是 kexie 的字段，其值保存在 extra 中"]);
  });

  it("reports an impossible date at its spreadsheet row and column, in the user's words", () => {
    const [issue] = codes("import.date-invalid");
    expect(issue?.message).toBe(`组织名单 第 ${rowOf(10)} 行「成立时间」：2019年2月30日 不是有效日期`);
    expect(issue?.path).toEqual(["组织名单", rowOf(10), "成立时间"]);
    expect(issue?.severity).toBe("error");
    // parseDataset's own report of the missing date is not repeated.
    expect(result.issues.filter((i) => i.path.join() === issue?.path.join())).toHaveLength(1);
  });

  it("reports an unknown village name", () => {
    expect(codes("import.division-unknown").map((i) => i.message)).toEqual([
      `组织名单 第 ${rowOf(10)} 行「所在区划」：区划列表中找不到「新村」`,
    ]);
  });

  it("reports an ambiguous parent name with its candidates", () => {
    const [issue] = codes("import.ref-ambiguous");
    expect(issue?.path).toEqual(["组织名单", rowOf(9), "上级科协"]);
    expect(issue?.message).toBe(
      `组织名单 第 ${rowOf(9)} 行「上级科协」：名称「桐城市示例科技有限公司科协」有 2 个科协组织：a-7（组织名单 第 ${rowOf(7)} 行）、a-8（组织名单 第 ${rowOf(8)} 行）；请改填编号`,
    );
  });

  it("passes over blank rows, the note and the total row, and lists the note, the total and the line above the header", () => {
    expect(codes("import.row-skipped").map((i) => i.path)).toEqual([
      ["组织名单", 2],
      ["组织名单", ROWS.length - 1],
      ["组织名单", ROWS.length],
    ]);
    expect(codes("import.row-skipped").every((i) => i.severity === "info")).toBe(true);
  });

  it("is not ok, and gives no data, while errors remain; every issue has a message in the locale", () => {
    expect(result.ok).toBe(false);
    expect(result.data).toBeUndefined();
    const en = importTables([GRID], { divisions: DIVISIONS, locale: "en" });
    expect(en.issues.find((i) => i.code === "import.date-invalid")?.message).toBe(
      `组织名单 row ${rowOf(10)} [成立时间]: 2019年2月30日 is not a valid date`,
    );
    for (const issue of en.issues) expect(issue.message).not.toMatch(/[第行]/);
  });
});

describe("importTables across tables", () => {
  const associations: KeyedTable = {
    name: "组织",
    rows: [
      { 编号: "tc", 名称: "桐城市科协", 类型: "county association", 区划代码: "340881", 成立日期: "1980-01-01" },
      { 编号: "kc", 名称: "孔城镇科协", 类型: "乡镇科协", 区划代码: "340881100", 上级科协: "tc", 成立日期: "2019-06-01" },
      { 编号: "lt", 名称: "吕亭镇科协", 类型: "乡镇科协", 区划代码: "340881101", 上级科协: "桐城市科协", 成立日期: "2019-06-01" },
    ],
  };
  const members: KeyedTable = {
    name: "会员名单",
    rows: [
      { 姓名: "王伟", 科协: "孔城镇科协", 职称: "高级农艺师", 入会日期: "2019/6/1", 三长: "农技站站长", 性别: "男" },
      { 姓名: "王伟", 科协: "吕亭镇科协", 职称: "中级", 入会日期: "2019/6/1" },
      { 姓名: "孔城镇农技站", 科协: "孔城镇科协", 团体关系: "下属单位", 入会日期: "2019/6/1" },
    ],
    rowNumbers: [3, 4, 7],
  };
  const committees: KeyedTable = { name: "委员会", rows: [{ 科协: "孔城镇科协", 届次: "第一届", 选举日期: "2019-06-01", 任期: "5年" }] };
  const seats: KeyedTable = {
    name: "班子成员",
    rows: [
      { 科协: "孔城镇科协", 届次: 1, 职务: "主席", 姓名: "孔城镇农技站", 任职日期: "2019-06-01", 任职依据: "单位领导" },
      { 科协: "孔城镇科协", 届次: 1, 职务: "副主席", 姓名: "王伟", 任职日期: "2019-06-01", 任职依据: "三长" },
      { 科协: "孔城镇科协", 届次: 1, 职务: "秘书长" },
      { 科协: "孔城镇科协", 届次: 2, 职务: "委员", 姓名: "王伟", 任职日期: "2019-06-01", 任职依据: "选举" },
    ],
  };
  const tables = [associations, members, committees, seats];
  const result = importTables(deepFreeze(tables));

  it("tells each table's kind from its name or headers, and reads references by id or by unique name", () => {
    expect(result.dataset.associations?.map((a) => a.parentId)).toEqual([undefined, "tc", "tc"]);
    expect(result.dataset.members?.map((m) => [m.id, m.associationId, m.type])).toEqual([
      ["m-1", "kc", "individual"],
      ["m-2", "lt", "individual"],
      ["m-3", "kc", "group"],
    ]);
    expect(result.dataset.members?.[0]).toMatchObject({
      titleLevel: "associate-senior",
      sectorRoles: ["agri-station-head"],
      extra: { 性别: "男" },
    });
    expect(result.dataset.committees?.[0]).toMatchObject({ id: "c-1", associationId: "kc", term: 1, termYears: 5 });
  });

  it("groups seat rows by committee, reads a shared member name within the committee's association, keeps a vacancy", () => {
    expect(result.dataset.committees?.[0]?.seats).toEqual([
      { post: "chair", holdings: [{ memberId: "m-3", startOn: "2019-06-01", basis: "unit-leader" }] },
      { post: "vice-chair", holdings: [{ memberId: "m-1", startOn: "2019-06-01", basis: "sector-head" }] },
      { post: "secretary-general", holdings: [] },
    ]);
  });

  it("reports a row whose committee does not exist, and the row numbers the reader gave", () => {
    expect(result.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.path])).toEqual([
      ["import.row-unplaced", ["班子成员", 5]],
    ]);
    const issue = importTables([{ ...members, rows: [{ ...members.rows[0], 入会日期: "2019-02-30" }] }, associations]).issues.find(
      (i) => i.code === "import.date-invalid",
    );
    expect(issue?.path).toEqual(["会员名单", 3, "入会日期"]);
  });

  it("moves parseDataset's findings to the row they come from", () => {
    const broken = importTables([
      associations,
      { name: "会员", rows: [{ 编号: "m1", 姓名: "张三", 科协: "tc", 职称: "中级", 入会日期: "1970-01-01", 退会日期: "1960-01-01" }] },
    ]);
    const order = broken.issues.find((i) => i.code === "date.order");
    expect(order?.path).toEqual(["会员", 2, "退会日期"]);
    expect(order?.message).toMatch(/^会员 第 2 行「退会日期」：/);
    expect(paramsOf(order)["at"]).toBe("members[0].leftOn");
  });

  it("gives the parsed data set when nothing is an error, and places later findings too", () => {
    const clean = importTables([associations, members]);
    expect(clean.ok).toBe(true);
    expect(clean.data?.members).toHaveLength(3);
    const finding = { code: "x", severity: "warning" as const, path: ["associations", 1, "name"], message: "太长", params: {} };
    expect(locateIssue(finding, clean.sources)).toMatchObject({ path: ["组织", 3, "名称"], message: "组织 第 3 行「名称」：太长" });
  });

  it("reads a header it does not know through the mapping, and a table's kind given by name", () => {
    const mapped = importTables([{ name: "Sheet1", rows: [{ 组织: "桐城市科协", 性质: "县级科协", 建会时间: "1980-01-01" }] }], {
      columns: { 组织: "name", 性质: "kind", 建会时间: "establishedOn" },
      kinds: { Sheet1: "associations" },
    });
    expect(mapped.ok).toBe(true);
    expect(mapped.data?.associations[0]).toEqual({ id: "a-1", name: "桐城市科协", kind: "county", establishedOn: "1980-01-01" });
  });

  it("reports a table it cannot place, a missing required column, bad labels and Excel errors", () => {
    const odd = importTables([
      { name: "Sheet9", rows: [{ 甲: 1, 乙: 2 }] },
      { name: "活动", rows: [{ 主办科协: "x", 类型: "讲座", 日期: "2018-03-02" }] },
      { name: "组织", rows: [{ 名称: "桐城市科协", 类型: "不知道", 成立日期: "#REF!" }] },
    ]);
    expect(odd.issues.filter((i) => i.code.startsWith("import.") && i.severity === "error").map((i) => [i.code, i.path])).toEqual([
      ["import.table-kind-unknown", ["Sheet9"]],
      ["import.column-missing", ["活动"]],
      ["import.label-unknown", ["组织", 2, "类型"]],
      ["import.cell-error", ["组织", 2, "成立日期"]],
      ["import.ref-unknown", ["活动", 2, "主办科协"]],
    ]);
    const grid = importTables([
      {
        name: "Sheet9",
        cells: [
          ["甲", "乙"],
          [1, 2],
        ],
      },
    ]);
    expect(grid.issues.map((i) => [i.code, i.message])).toEqual([
      ["import.header-not-found", "Sheet9：找不到标题行（前 2 行中没有认识的列标题）；表中 2 行未导入"],
    ]);
  });

  it("keeps two columns with one header, and a group member's 职称, in extra", () => {
    const twice = importTables([
      {
        name: "组织",
        cells: [
          ["名称", "类型", "成立日期", "备注", "备注"],
          ["桐城市科协", "县级科协", "1980-01-01", "甲", "乙"],
        ],
      },
      {
        name: "会员",
        rows: [{ 姓名: "孔城镇农技站", 科协: "桐城市科协", 类型: "团体会员", 团体关系: "下属单位", 职称: "中级", 入会日期: "2019-06-01" }],
      },
    ]);
    expect(twice.dataset.associations?.[0]?.extra).toEqual({ 备注: "甲", "备注 (E)": "乙" });
    expect(twice.dataset.members?.[0]).toMatchObject({ type: "group", extra: { 职称: "中级" } });
    expect(twice.issues.find((i) => i.code === "import.field-not-applicable")?.message).toBe(
      "会员 第 2 行「职称」：团体会员没有此项，值保存在 extra 中",
    );
  });

  it("says once that a members table lacks the relation column its group members need", () => {
    const groups = [
      { 姓名: "办公室", 科协: "tc", 会员类型: "团体会员", 入会日期: "2019-06-01" },
      { 姓名: "医院", 科协: "tc", 会员类型: "团体", 入会日期: "2019-06-01" },
    ];
    const noRelations = importTables([associations, { name: "会员", rows: groups }]);
    expect(noRelations.issues.map((i) => [i.code, i.path, paramsOf(i)["column"]])).toEqual([
      ["import.column-missing", ["会员"], "团体关系"],
    ]);
  });

  it("leaves an individual member's title to the data: a members table without 职称 imports", () => {
    const noTitles = importTables([
      associations,
      {
        name: "会员",
        rows: [
          { 姓名: "甲", 科协: "tc", 入会日期: "2019-06-01" },
          { 姓名: "乙", 科协: "tc", 入会日期: "2019-06-01" },
        ],
      },
    ]);
    expect(noTitles.issues).toEqual([]);
    expect(noTitles.data?.members.map((m) => m.type === "individual" && m.titleLevel)).toEqual([undefined, undefined]);
  });

  it("throws a TypeError naming itself on misuse only", () => {
    expect(() => importTables("x" as never)).toThrow(/^importTables: /);
    expect(() => importTables([{ name: "t", rows: [null] }] as never)).toThrow(/^importTables: /);
    expect(() => importTables([{ name: "t", cells: ["a"] }] as never)).toThrow(/^importTables: /);
    expect(() => importTables([{ name: 1 }] as never)).toThrow(TypeError);
    expect(() => importTables([], { divisions: "x" } as never)).toThrow(/^importTables: /);
    expect(importTables([]).ok).toBe(true);
  });
});

describe("importTables: persons, approvals, postponements, facilities, outputs and the newer fields", () => {
  const associations: KeyedTable = {
    name: "组织",
    rows: [
      { 编号: "tc", 名称: "桐城市科协", 类型: "县级科协", 区划代码: "340881", 成立日期: "1980-01-01" },
      { 编号: "kc", 名称: "孔城镇科协", 类型: "乡镇科协", 区划代码: "孔城镇", 上级科协: "tc", 成立日期: "2019-06-01" },
      { 编号: "lt", 名称: "吕亭镇科协", 类型: "乡镇科协", 区划代码: "340881101", 上级科协: "tc", 成立日期: "2019-06-01" },
    ],
  };
  const approvals: KeyedTable = {
    name: "批复",
    rows: [
      {
        科协: "孔城镇科协",
        批准机关类型: "科协",
        批准机关: "桐城市科协",
        批复日期: "2019年5月20日",
        批复科协: "桐城市科协",
        文号: "桐科协〔2019〕12号",
        经办人: "张三",
      },
    ],
  };
  const postponements: KeyedTable = {
    name: "换届延期",
    rows: [{ 科协: "kc", authority: "Association", body: "桐城市科协", "approved on": "2024-04-01", 延期至: "2024/12/31" }],
  };
  const persons: KeyedTable = {
    name: "人员",
    rows: [
      { 编号: "p1", 姓名: "陈某", 性别: "male", 出生年份: "1975年", 职称: "副高", 三长: "卫生院院长" },
      { 姓名: "王某", 性别: "女", 职称: "中级" },
    ],
  };
  const members: KeyedTable = {
    name: "会员",
    rows: [
      { 科协: "kc", 人员: "陈某", 入会日期: "2019-06-01" },
      { 科协: "lt", 人员: "p1", 入会日期: "2019-06-01" },
      { 科协: "kc", 人员: "王某", 姓名: "王某", 入会日期: "2019-06-01" },
    ],
  };
  const committees: KeyedTable = { name: "委员会", rows: [{ 编号: "kc-1", 科协: "kc", 届次: 1, 选举日期: "2019-06-01" }] };
  const seats: KeyedTable = {
    name: "委员会席位",
    rows: [
      {
        委员会编号: "kc-1",
        职务: "副主席",
        会员: "陈某",
        任职日期: "2019-06-01",
        任职依据: "三长",
        任职方式: "兼职",
        代表单位: "孔城镇中心村卫生室",
        单位类型: "卫生院",
        代表单位区划: "中心村",
      },
    ],
  };
  const activities: KeyedTable = {
    name: "活动",
    rows: [{ 主办科协: "kc", 活动类型: "培训班", 开始日期: "2019-09-15", 参与人次: 60, 所属活动: "全国科普日、科技周", 经费: "2000元" }],
  };
  const facilities: KeyedTable = {
    name: "设施",
    rows: [{ 类型: "科普e站", 名称: "中心村科普e站", 区划代码: "中心村", 科协: "吕亭镇科协", 命名日期: "2020-01-01" }],
  };
  const outputs: KeyedTable = {
    name: "成果",
    rows: [{ 类型: "科技奖励", 阶段: "申报", 科协: "kc", 日期: "2019-10-15", 名称: "水稻栽培技术推广", 数量: "3项" }],
  };
  const tables = [associations, approvals, postponements, persons, members, committees, seats, activities, facilities, outputs];
  const result = importTables(deepFreeze(tables), { divisions: deepFreeze(DIVISIONS) });

  it("imports every sheet with no error, its unknown columns kept", () => {
    expect(result.issues.map((i) => [i.code, i.severity, i.path])).toEqual([["import.column-extra", "info", ["批复"]]]);
    expect(result.ok).toBe(true);
  });

  it("nests approvals and postponements in their associations, the approving association by name", () => {
    const kc = result.data?.associations[1];
    expect(kc?.approvals).toEqual([
      {
        authority: "association",
        body: "桐城市科协",
        approvedOn: "2019-05-20",
        associationId: "tc",
        documentNumber: "桐科协〔2019〕12号",
        extra: { 经办人: "张三" },
      },
    ]);
    expect(kc?.congressPostponements).toEqual([
      { authority: "association", body: "桐城市科协", approvedOn: "2024-04-01", postponedTo: "2024-12-31" },
    ]);
  });

  it("reads persons, and members referring to them by id or name", () => {
    expect(result.data?.persons).toEqual([
      { id: "p1", name: "陈某", gender: "male", birthYear: 1975, titleLevel: "associate-senior", sectorRoles: ["health-centre-director"] },
      { id: "p-1", name: "王某", gender: "female", titleLevel: "intermediate" },
    ]);
    expect(result.data?.members.map((m) => [m.id, m.associationId, m.type === "individual" ? m.personId : undefined, m.name])).toEqual([
      ["m-1", "kc", "p1", undefined],
      ["m-2", "lt", "p1", undefined],
      ["m-3", "kc", "p-1", "王某"],
    ]);
  });

  it("reads a holding's appointment and represented unit; a seat holder by the person's name, within the committee's association", () => {
    expect(result.data?.committees[0]?.seats[0]?.holdings).toEqual([
      {
        memberId: "m-1",
        startOn: "2019-06-01",
        basis: "sector-head",
        appointment: "concurrent",
        onBehalfOf: { name: "孔城镇中心村卫生室", kind: "health-centre", divisionCode: "340881100202" },
      },
    ]);
  });

  it("reads campaigns and funding, and facilities' division names within their association's division", () => {
    expect(result.data?.activities[0]).toMatchObject({ campaigns: ["national-science-day", "science-week"], fundingYuan: 2000 });
    expect(result.data?.facilities).toEqual([
      {
        id: "fac-1",
        kind: "science-e-station",
        name: "中心村科普e站",
        divisionCode: "340881101202",
        associationId: "lt",
        designatedOn: "2020-01-01",
      },
    ]);
    expect(result.data?.outputs).toEqual([
      { id: "out-1", kind: "award", stage: "applied", associationId: "kc", date: "2019-10-15", title: "水稻栽培技术推广", count: 3 },
    ]);
  });

  it("places findings about nested and new records at their rows", () => {
    const finding = {
      code: "x",
      severity: "warning" as const,
      path: ["associations", 1, "congressPostponements", 0, "postponedTo"],
      message: "太晚",
      params: {},
    };
    expect(locateIssue(finding, result.sources)).toMatchObject({ path: ["换届延期", 2, "延期至"] });
    const person = { ...finding, path: ["persons", 1, "gender"] };
    expect(locateIssue(person, result.sources)).toMatchObject({ path: ["人员", 3, "性别"] });
    const unit = { ...finding, path: ["committees", 0, "seats", 0, "holdings", 0, "onBehalfOf", "divisionCode"] };
    expect(locateIssue(unit, result.sources)).toMatchObject({ path: ["委员会席位", 2, "代表单位区划"] });
  });

  it("reports a person name two persons share, an unknown facility division, and a member with neither name nor person", () => {
    const twice: KeyedTable = { name: "人员", rows: [{ 姓名: "陈某" }, { 姓名: "陈某" }] };
    const lonely: KeyedTable = {
      name: "会员",
      rows: [
        { 科协: "kc", 人员: "陈某", 入会日期: "2019-06-01" },
        { 科协: "kc", 入会日期: "2019-06-01" },
      ],
    };
    const nowhere: KeyedTable = {
      name: "设施",
      rows: [{ 类型: "宣传栏", 区划代码: "新村", 科协: "kc", 命名日期: "2020-01-01", 数量: "12个" }],
    };
    const broken = importTables([associations, twice, lonely, nowhere], { divisions: DIVISIONS });
    expect(broken.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.path])).toEqual([
      ["import.ref-ambiguous", ["会员", 2, "人员"]],
      ["import.division-unknown", ["设施", 2, "区划代码"]],
      ["member.name-missing", ["会员", 2]],
      ["member.name-missing", ["会员", 3]],
    ]);
    expect(broken.issues[0]?.message).toBe(
      "会员 第 2 行「人员」：名称「陈某」有 2 个人员：p-1（人员 第 2 行）、p-2（人员 第 3 行）；请改填编号",
    );
  });
});
