/**
 * The catalogue and the built-in forms: every indicator is documented in both languages (here and in
 * docs/annual-report.md), every row of every built-in form refers to an existing indicator in its
 * unit, and every built-in form says that the official row list is not public.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BUILT_IN_FORMS,
  CAST_REPORTING_SYSTEM,
  FORM_1_1,
  INDICATORS,
  RECORD_STAND_INS,
  STATISTICAL_UNITS,
  formById,
  formRows,
  indicatorById,
} from "../../src/statistics/index.js";

const CJK = /[\u4e00-\u9fff]/;
const DOC = readFileSync(new URL("../../docs/annual-report.md", import.meta.url), "utf8");

describe("the indicator catalogue", () => {
  it("has unique ids, each found by indicatorById", () => {
    const ids = INDICATORS.map((indicator) => indicator.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(indicatorById(id)?.id).toBe(id);
    expect(indicatorById("no.such.indicator")).toBeUndefined();
  });

  it("documents every indicator: a name and a definition in Chinese and English, a unit, a source", () => {
    for (const indicator of INDICATORS) {
      for (const text of [indicator.name, indicator.definition]) {
        expect(text["zh-CN"], indicator.id).toMatch(CJK);
        expect(text.en, indicator.id).toMatch(/\w/);
        expect(text.en, indicator.id).not.toMatch(CJK);
      }
      expect(STATISTICAL_UNITS, indicator.id).toContain(indicator.unit);
      expect(indicator.source, indicator.id).toMatch(/\S/);
      for (const standIn of indicator.standIns) expect(Object.keys(RECORD_STAND_INS), indicator.id).toContain(standIn);
    }
  });

  it("docs/annual-report.md lists every indicator", () => {
    for (const indicator of INDICATORS) expect(DOC, indicator.id).toContain(`\`${indicator.id}\``);
  });

  it("reads older records in the model's place (title campaigns, deprecated activity types) for exactly these indicators", () => {
    const dependent = INDICATORS.filter((indicator) => indicator.standIns.length > 0).map((indicator) => [
      indicator.id,
      indicator.standIns.join(),
    ]);
    expect(dependent).toEqual([
      ["activities.popularisation.campaign", "campaign-tags"],
      ["activities.campaign.national-science-day", "campaign-tags"],
      ["activities.campaign.science-week", "campaign-tags"],
      ["activities.campaign.sci-tech-workers-day", "campaign-tags"],
      ["facilities.science-e-station", "facilities"],
      ["facilities.bulletin-board", "facilities"],
      ["facilities.activity-room", "facilities"],
      ["facilities.demonstration-base", "facilities"],
      ["facilities.demonstration-household", "facilities"],
      ["facilities.sci-tech-workers-home", "facilities"],
      ["outputs.paper", "outputs"],
      ["outputs.award", "outputs"],
      ["outputs.patent", "outputs"],
      ["outputs.report", "outputs"],
    ]);
    expect(Object.keys(RECORD_STAND_INS).sort()).toEqual(["campaign-tags", "facilities", "outputs"]);
  });
});

describe("the built-in forms", () => {
  it("are 表1-1, 表3, 表5 and 表7, found by id, by 表 number and by code", () => {
    expect(BUILT_IN_FORMS.map((form) => [form.id, form.code])).toEqual([
      ["1-1", "AK"],
      ["3", "CKX"],
      ["5", "EKX"],
      ["7", "GKX"],
    ]);
    expect(formById("表5")?.id).toBe("5");
    expect(formById("ekx")?.id).toBe("5");
    expect(formById("2")).toBeUndefined();
  });

  it("every row refers to an existing indicator, in that indicator's unit, under a code unique in its form", () => {
    for (const form of BUILT_IN_FORMS) {
      const rows = formRows(form);
      expect(new Set(rows.map(({ row }) => row.code)).size, form.id).toBe(rows.length);
      for (const { row } of rows) {
        const indicator = indicatorById(row.indicator);
        expect(indicator, `${form.id} ${row.code}`).toBeDefined();
        expect(row.unit, `${form.id} ${row.code}`).toBe(indicator?.unit);
        expect(row.label["zh-CN"], `${form.id} ${row.code}`).toMatch(CJK);
        expect(row.label.en, `${form.id} ${row.code}`).not.toMatch(CJK);
        expect(row.source, `${form.id} ${row.code}`).toMatch(/\S/);
      }
    }
  });

  it("each says that the official current row list is not public, and cites the reporting system", () => {
    for (const form of BUILT_IN_FORMS) {
      expect(form.note["zh-CN"], form.id).toContain("未公开");
      expect(form.note.en, form.id).toContain("not public");
      expect(form.citation, form.id).toContain(CAST_REPORTING_SYSTEM);
      expect(form.period).toEqual({ from: "01-01", to: "12-31" });
    }
  });

  it("are frozen, so no caller can change a form others share", () => {
    for (const form of BUILT_IN_FORMS) {
      expect(Object.isFrozen(form) && Object.isFrozen(form.rows) && Object.isFrozen(form.title), form.id).toBe(true);
      for (const { row } of formRows(form)) expect(Object.isFrozen(row) && Object.isFrozen(row.label), `${form.id} ${row.code}`).toBe(true);
    }
    expect(() => (FORM_1_1.rows as unknown[]).push({})).toThrow(TypeError);
  });

  it("docs/annual-report.md lists every form and every row with its code and label", () => {
    for (const form of BUILT_IN_FORMS) {
      expect(DOC, form.id).toContain(form.title["zh-CN"]);
      for (const { row } of formRows(form))
        expect(DOC, `${form.id} ${row.code}`).toMatch(new RegExp(`\\| ${row.code.replace(".", "\\.")} \\| ${row.label["zh-CN"]} `));
    }
  });
});
