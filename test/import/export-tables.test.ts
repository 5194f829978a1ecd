import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DatasetInput } from "../../src/index.js";
import { exportTables, importTables, templateTables, type ExportSheet } from "../../src/import/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";

const TONGCHENG = JSON.parse(readFileSync(new URL("../../examples/tongcheng/dataset.json", import.meta.url), "utf8")) as DatasetInput;
const asGrids = (sheets: readonly ExportSheet[]) => sheets.map((s) => ({ name: s.title, cells: [s.columns.map((c) => c.header), ...s.rows] }));

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
      associations: [{ id: "tc", name: "桐城市科协", kind: "county", establishedOn: "1980-01-01", extra: { 名称: "别名", 序号: 3, 备注: null, "附加：x": true } }],
      members: [{ id: "m1", associationId: "tc", joinedOn: "2019-01-01", type: "individual", name: "甲", titleLevel: "none" }],
      committees: [
        {
          id: "c1",
          associationId: "tc",
          term: 1,
          electedOn: "2019-01-01",
          seats: [
            { post: "chair", holdings: [{ memberId: "m1", startOn: "2019-01-01", basis: "elected", extra: { 票数: 30 } }], extra: { 说明: "差额选举" } },
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
