import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { INDICATORS } from "../../src/statistics/index.js";
import { kexie, TONGCHENG } from "./kexie.js";

const SCRATCH = mkdtempSync(join(tmpdir(), "kexie-annual-"));
const FORM_3 = ["annual-report", TONGCHENG, "--form", "3", "--year", "2018", "--scope", "340881"];
const FORM_5 = ["annual-report", TONGCHENG, "--form", "5", "--year", "2018", "--scope", "340881"];
const MEASURE = new Map(INDICATORS.map((indicator) => [indicator.id, indicator.measure]));

interface JsonRow {
  code: string;
  label: string;
  value: number;
  indicator: string;
  recordIds: string[];
  children: JsonRow[];
}

describe("kexie annual-report: the Tongcheng example for 2018", () => {
  it("prints 表3 with the seed's figures, who files it and the period", () => {
    const run = kexie(...FORM_3);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "表3 学术交流活动（表号：CKX）",
      "填报单位：桐城市科学技术协会（桐城市，340881）",
      "统计期：2018年",
    ]);
    expect(run.stdout).toMatch(/01\s+举行国内外学术交流活动\s+次\s+42\n/);
    expect(run.stdout).toMatch(/01\.1\s+其中：国际（境外）学术交流活动\s+次\s+0\n/);
    expect(run.stdout).toMatch(/02\s+参加人数\s+人次\s+1,320\n/);
    expect(run.stdout).toMatch(/03\s+邀请专家\s+人\s+32\n/);
    expect(run.stdout).toContain("现行表式的行目录和指标解释未公开");
    expect(run.stdout).toContain("单位负责人：");
  });

  it("in English with --locale en", () => {
    const run = kexie(...FORM_5, "--locale", "en");
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("Form 5: Science popularisation (Form code: EKX)");
    expect(run.stdout).toMatch(/03\s+Practical training classes held\s+times\s+20\n/);
    expect(run.stdout).toMatch(/04\s+Trainees\s+person-times\s+950\n/);
    expect(run.stdout).toContain("are not public");
  });

  it("as JSON: the plain report with the record ids behind every value", () => {
    const run = kexie(...FORM_3, "--format", "json");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { kind: string; filingUnit: { associationId: string }; rows: JsonRow[] };
    expect(report.kind).toBe("statistical-report");
    expect(report.filingUnit.associationId).toBe("tc");
    expect(report.rows.map((row) => [row.code, row.value, row.recordIds.length])).toEqual([
      ["01", 42, 42],
      ["02", 1320, 42],
      ["03", 32, 42],
    ]);
  });

  it("as CSV: a byte-order mark, Chinese headers by default, English ones with --locale en", () => {
    const zh = kexie(...FORM_5, "--format", "csv");
    expect(zh.code).toBe(0);
    expect(zh.stdout.startsWith("\uFEFF代码,项目,计量单位,数值,指标\r\n")).toBe(true);
    expect(zh.stdout).toContain("\r\n01.4,其中：属于全国科普日、科技活动周活动,次,1,activities.popularisation.campaign\r\n");
    expect(zh.stdout).toContain("\r\n03,举办实用技术培训,次,20,activities.training\r\n");
    expect(zh.stdout).toContain("\r\n04,培训人次,人次,950,activities.training.trainees\r\n");
    const en = kexie(...FORM_5, "--format", "csv", "--locale", "en");
    expect(en.stdout.startsWith("\uFEFFcode,item,unit,value,indicator\r\n")).toBe(true);
    expect(en.stdout).toContain("\r\n04,Trainees,person-times,950,activities.training.trainees\r\n");
  });

  it("as CSV, a label from a form file that would run as a formula is made inert", () => {
    const form = join(SCRATCH, "formula.json");
    writeFileSync(
      form,
      JSON.stringify({
        id: "formula",
        title: "t",
        rows: [
          { code: "1", label: '=HYPERLINK("http://x","y")', indicator: "activities.training" },
          { code: "2", label: "+1", indicator: "activities.training" },
          { code: "3", label: "@SUM(A1)", indicator: "activities.training" },
          { code: "4", label: "-2", indicator: "activities.training" },
        ],
      }),
    );
    const run = kexie("annual-report", TONGCHENG, "--form", form, "--year", "2018", "--scope", "340881", "--format", "csv");
    expect(run.code).toBe(0);
    expect(run.stdout.split("\r\n").slice(1, 5)).toEqual([
      `1,"'=HYPERLINK(""http://x"",""y"")",次,20,activities.training`,
      "2,'+1,次,20,activities.training",
      "3,'@SUM(A1),次,20,activities.training",
      "4,'-2,次,20,activities.training",
    ]);
  });

  it("as xlsx: laid out like the paper form, for A4, read back with exceljs", async () => {
    const out = join(SCRATCH, "表5.xlsx");
    const run = kexie(...FORM_5, "--format", "xlsx", "--out", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe("表5");
    const text = (row: number, column: number) => sheet.getRow(row).getCell(column).value;
    expect(text(1, 1)).toBe("表5 科学技术普及活动");
    expect(text(2, 4)).toBe("表号：EKX");
    expect(text(3, 1)).toBe("填报单位：桐城市科学技术协会（桐城市，340881）");
    expect(text(3, 3)).toBe("统计期：2018年");
    expect([1, 2, 3, 4].map((column) => text(4, column))).toEqual(["代码", "项目", "计量单位", "数值"]);
    const table = [5, 6, 7, 8, 9, 10, 11, 12].map((row) => [1, 2, 3, 4].map((column) => text(row, column)));
    expect(table).toEqual([
      ["01", "举办科普宣讲活动", "次", 3],
      ["01.1", "其中：专家科普报告会", "次", 0],
      ["01.2", "其中：举办专题展览", "次", 0],
      ["01.3", "其中：开展科技咨询", "次", 0],
      ["01.4", "其中：属于全国科普日、科技活动周活动", "次", 1],
      ["02", "参加人次", "人次", 600],
      ["03", "举办实用技术培训", "次", 20],
      ["04", "培训人次", "人次", 950],
    ]);
    expect(sheet.getRow(12).getCell(4).numFmt).toBe("0");
    expect(sheet.getRow(12).getCell(2).border?.left?.style).toBe("thin");
    // The item column holds its longest label: 其中：属于全国科普日、科技活动周活动 is 36 columns wide.
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(36);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, printTitlesRow: "4:4" });
    expect(sheet.model.merges).toContain("A1:D1");
    const values = sheet
      .getSheetValues()
      .flat()
      .filter((v): v is string => typeof v === "string");
    expect(values.some((v) => v.includes("未公开"))).toBe(true);
    expect(values.some((v) => v.startsWith("单位负责人："))).toBe(true);
  });

  it("--explain lists the records behind a value, as many as it counts", () => {
    const text = kexie(...FORM_3, "--explain", "01");
    expect(text.code).toBe(0);
    expect(text.stdout.split("\n")[0]).toBe(
      "第 01 行 举行国内外学术交流活动：42 次，来自 42 条记录（activities，指标 activities.academic-exchange）",
    );
    expect(text.stdout.match(/tc-agency-health-2018-lecture-\d+/g)).toHaveLength(42);

    const report = JSON.parse(
      kexie("annual-report", TONGCHENG, "--form", "1-1", "--year", "2019", "--scope", "340881", "--format", "json").stdout,
    ) as { rows: JsonRow[] };
    const byCode = new Map<string, JsonRow>();
    for (const row of report.rows.flatMap((r) => [r, ...r.children])) byCode.set(row.code, row);
    for (const code of ["02", "04.3", "11", "13.1"]) {
      const row = byCode.get(code) as JsonRow;
      expect(MEASURE.get(row.indicator)).toBe("count");
      const explained = JSON.parse(
        kexie("annual-report", TONGCHENG, "--form", "1-1", "--year", "2019", "--scope", "340881", "--format", "json", "--explain", code)
          .stdout,
      ) as { value: number; records: { id: string }[] };
      expect(explained.value, code).toBe(row.value);
      expect(explained.records.map((r) => r.id).sort(), code).toEqual(row.recordIds);
      expect(explained.records, code).toHaveLength(row.value);
    }
  });

  it("--period 01-01..10-31 reports January to October and says that no planned figures are made", () => {
    const run = kexie(...FORM_3, "--period", "01-01..10-31");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("统计期：2018年1月1日至10月31日");
    expect(run.stdout).toContain("kexie 不推算");
  });

  it("--out writes the text to a file", () => {
    const out = join(SCRATCH, "form3.txt");
    const run = kexie(...FORM_3, "--out", out);
    expect([run.code, run.stdout]).toEqual([0, ""]);
    expect(readFileSync(out, "utf8")).toMatch(/03\s+邀请专家\s+人\s+32\n/);
  });

  it("reads the data set from a workbook too: the exported .xlsx gives the same forms as the JSON", () => {
    const workbook = join(SCRATCH, "tongcheng.xlsx");
    expect(kexie("export", TONGCHENG, "--out", workbook).code).toBe(0);
    // 表5 counts the activities' campaigns (全国科普日), 表7 the facilities: both must come through the workbook.
    for (const form of ["5", "7"]) {
      const args = ["--form", form, "--year", "2018", "--scope", "340881"];
      const fromJson = kexie("annual-report", TONGCHENG, ...args);
      expect(fromJson.code).toBe(0);
      expect(kexie("annual-report", workbook, ...args)).toEqual(fromJson);
    }
  });
});

describe("kexie annual-report: mistakes", () => {
  it.each([
    ["no --form", ["annual-report", TONGCHENG, "--year", "2018", "--scope", "340881"], /--form is required/],
    ["an unknown form", ["annual-report", TONGCHENG, "--form", "2", "--year", "2018", "--scope", "340881"], /neither a built-in form/],
    ["no --year", ["annual-report", TONGCHENG, "--form", "3", "--scope", "340881"], /--year YYYY is required/],
    ["a short year", ["annual-report", TONGCHENG, "--form", "3", "--year", "18", "--scope", "340881"], /year from 1900 to 2099/],
    ["no --scope", ["annual-report", TONGCHENG, "--form", "3", "--year", "2018"], /--scope <division code> is required/],
    ["a bad scope", ["annual-report", TONGCHENG, "--form", "3", "--year", "2018", "--scope", "34088"], /--scope must be a division code/],
    [
      "a bad period",
      ["annual-report", TONGCHENG, "--form", "3", "--year", "2018", "--scope", "340881", "--period", "01-01..02-29"],
      /--period must be/,
    ],
    ["xlsx without --out", ["annual-report", TONGCHENG, "--form", "3", "--year", "2018", "--scope", "340881", "--format", "xlsx"], /--out/],
    [
      "an unknown row to explain",
      ["annual-report", TONGCHENG, "--form", "3", "--year", "2018", "--scope", "340881", "--explain", "99"],
      /has no row "99" \(its rows: 01, 01\.1, 02, 03\)/,
    ],
  ])("%s: a one-line usage error, exit code 2", (_what, args, message) => {
    const run = kexie(...(args as string[]), "--locale", "en");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message as RegExp);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("a form file with errors: its issues on stderr, exit code 1", () => {
    const form = join(SCRATCH, "bad-form.json");
    writeFileSync(
      form,
      JSON.stringify({
        id: "bad",
        title: "t",
        rows: [
          { code: "1", label: "x", unit: "人", indicator: "activities.training" },
          { code: "2", label: "y", indicator: "no.such" },
        ],
      }),
    );
    const run = kexie("annual-report", TONGCHENG, "--form", form, "--year", "2018", "--scope", "340881", "--locale", "en");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("the form has errors");
    expect(run.stderr).toContain("[form.unit-mismatch]");
    expect(run.stderr).toContain("[form.unknown-indicator]  row 2: no indicator is called no.such");
  });

  it("is listed by kexie --help", () => {
    expect(kexie("--help").stdout).toContain("annual-report");
  });
});
