import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DatasetInput } from "../../src/index.js";
import { exportTables, importTables, templateTables, type ExportSheet } from "../../src/import/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";

const TONGCHENG = JSON.parse(readFileSync(new URL("../../examples/tongcheng/dataset.json", import.meta.url), "utf8")) as DatasetInput;
const asGrids = (sheets: readonly ExportSheet[]) =>
  sheets.map((s) => ({ name: s.title, cells: [s.columns.map((c) => c.header), ...s.rows] }));

describe("exportTables", () => {
  it("lays a data set out in the template's sheets without changing it, and importTables reads it back", () => {
    const sheets = exportTables(deepFreeze(TONGCHENG), { locale: "en" });
    expect(sheets.map((s) => s.title)).toEqual([
      "associations",
      "approvals",
      "congresses",
      "congress postponements",
      "committees",
      "seats",
      "persons",
      "members",
      "activities",
      "facilities",
      "outputs",
      "divisions",
      "division list",
    ]);
    expect(sheets[0]?.columns.find((c) => c.header === "kind")).toMatchObject({ format: "choice" });
    expect(sheets[0]?.columns.find((c) => c.header === "established on")).toEqual({ header: "established on", format: "date" });
    expect(importTables(asGrids(sheets), { locale: "en" }).dataset).toEqual(TONGCHENG);
  });

  it("gives an extra value named like a column the extra prefix, writes null as #NULL!, and keeps a seat's own extra", () => {
    const data: DatasetInput = {
      formatVersion: 1,
      associations: [
        {
          id: "tc",
          name: "桐城市科协",
          kind: "county",
          establishedOn: "1980-01-01",
          extra: { 名称: "别名", 序号: 3, 备注: null, "附加：x": true },
        },
      ],
      members: [{ id: "m1", associationId: "tc", joinedOn: "2019-01-01", type: "individual", name: "甲", titleLevel: "none" }],
      committees: [
        {
          id: "c1",
          associationId: "tc",
          term: 1,
          electedOn: "2019-01-01",
          seats: [
            {
              post: "chair",
              holdings: [{ memberId: "m1", startOn: "2019-01-01", basis: "elected", extra: { 票数: 30 } }],
              extra: { 说明: "差额选举" },
            },
            { post: "secretary-general", holdings: [] },
          ],
        },
      ],
    };
    const sheets = exportTables(data);
    expect(sheets[0]?.columns.slice(-4).map((c) => c.header)).toEqual(["附加：名称", "附加：序号", "备注", "附加：附加：x"]);
    expect(sheets[0]?.rows[0]?.slice(-4)).toEqual(["别名", 3, "#NULL!", true]);
    expect(sheets.find((s) => s.kind === "seats")?.rows.map((r) => r.slice(0, 6))).toEqual([
      ["c1", undefined, undefined, 1, "主席", undefined],
      ["c1", undefined, undefined, 1, "主席", "m1"],
      ["c1", undefined, undefined, 2, "秘书长", undefined],
    ]);
    const back = importTables(asGrids(sheets));
    expect(back.dataset.associations).toEqual(data.associations);
    expect(back.dataset.committees).toEqual(data.committees);
  });

  it("writes approvals, postponements, persons, a holding's represented unit, campaigns, facilities and outputs as rows it reads back", () => {
    const data: DatasetInput = {
      formatVersion: 1,
      associations: [
        {
          id: "tc",
          name: "桐城市科协",
          kind: "county",
          establishedOn: "1980-01-01",
          approvals: [
            {
              authority: "government",
              body: "桐城市人民政府",
              approvedOn: "1980-01-01",
              documentNumber: "桐政〔1980〕1号",
              extra: { 备注: "复印件" },
            },
          ],
          congressPostponements: [{ authority: "association", body: "安庆市科协", approvedOn: "2024-03-01", postponedTo: "2024-12-31" }],
        },
      ],
      persons: [
        { id: "p1", name: "陈某", gender: "female", birthYear: 1975, sectorRoles: ["health-centre-director"], extra: { 电话: "0556-1" } },
      ],
      members: [{ id: "m1", associationId: "tc", joinedOn: "2019-01-01", type: "individual", personId: "p1" }],
      committees: [
        {
          id: "c1",
          associationId: "tc",
          term: 1,
          electedOn: "2019-01-01",
          seats: [
            {
              post: "vice-chair",
              holdings: [
                {
                  memberId: "m1",
                  startOn: "2019-01-01",
                  basis: "sector-head",
                  appointment: "seconded",
                  onBehalfOf: { name: "孔城镇卫生院", kind: "health-centre", divisionCode: "340881100" },
                },
              ],
            },
          ],
        },
      ],
      activities: [
        {
          id: "a1",
          organizerId: "tc",
          type: "popularisation-event",
          startsOn: "2018-09-15",
          participantTimes: 300,
          campaigns: ["national-science-day"],
          fundingYuan: 35000,
        },
      ],
      facilities: [
        { id: "f1", kind: "demonstration-household", divisionCode: "340881", associationId: "tc", designatedOn: "2018-12-20", count: 1435 },
      ],
      outputs: [{ id: "o1", kind: "paper", associationId: "tc", date: "2018-05-01", count: 2 }],
    };
    const sheets = exportTables(deepFreeze(data));
    const rows = (kind: string) => {
      const sheet = sheets.find((s) => s.kind === kind);
      return sheet?.rows.map((row) =>
        Object.fromEntries(sheet.columns.map((c, k) => [c.header, row[k]]).filter(([, v]) => v !== undefined)),
      );
    };
    expect(rows("approvals")).toEqual([
      { 科协: "tc", 批准机关类型: "政府部门", 批准机关: "桐城市人民政府", 批准日期: "1980-01-01", 文号: "桐政〔1980〕1号", 备注: "复印件" },
    ]);
    expect(rows("congressPostponements")).toEqual([
      { 科协: "tc", 批准机关类型: "科协", 批准机关: "安庆市科协", 批准日期: "2024-03-01", 延期至: "2024-12-31" },
    ]);
    expect(rows("seats")?.[0]).toMatchObject({
      任职方式: "挂职",
      代表单位: "孔城镇卫生院",
      代表单位类型: "卫生院",
      代表单位区划: "340881100",
    });
    expect(rows("persons")).toEqual([{ 编号: "p1", 姓名: "陈某", 性别: "女", 出生年份: 1975, 行业负责人: "卫生院院长", 电话: "0556-1" }]);
    expect(rows("members")?.[0]).toMatchObject({ 人员编号: "p1", 会员类型: "个人会员" });
    expect(rows("activities")?.[0]).toMatchObject({ 所属活动: "全国科普日", "经费（元）": 35000 });
    expect(rows("facilities")?.[0]).toMatchObject({ 类型: "科技示范户", 数量: 1435 });
    const back = importTables(asGrids(sheets));
    expect(back.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(back.dataset).toEqual({ ...data, divisions: [] });
  });

  it("the template has one example row per sheet, which the import passes over", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const sheets = templateTables({ locale });
      expect(sheets.every((s) => s.rows.length === 1 && s.rows[0]?.[0] === (locale === "en" ? "example" : "示例"))).toBe(true);
      const imported = importTables(asGrids(sheets), { locale });
      expect(imported.ok).toBe(true);
      expect(imported.issues.map((i) => i.code)).toEqual(sheets.map(() => "import.row-skipped"));
    }
  });

  it("throws a TypeError naming itself on misuse", () => {
    expect(() => exportTables(null as never)).toThrow(/^exportTables: /);
  });
});
