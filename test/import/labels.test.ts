import { describe, expect, it } from "vitest";
import { LABELS, LOCALES, type LabelledEnum } from "../../src/index.js";
import {
  enumLabel,
  enumValue,
  enumValues,
  enumVariants,
  readWholeNumber,
  readYesNo,
  splitList,
  joinList,
  type ImportEnum,
} from "../../src/import/index.js";

const ENUMS: ImportEnum[] = [...(Object.keys(LABELS) as LabelledEnum[]), "memberType"];

describe("labels read back", () => {
  it("every value of every enum from its value, its labels and its variants, and each form names one value", () => {
    for (const name of ENUMS) {
      for (const value of enumValues(name)) {
        const forms = [value, ...LOCALES.map((locale) => enumLabel(name, value, locale)), ...enumVariants(name, value)];
        for (const form of forms) expect(enumValue(name, form), `${name} ${form}`).toBe(value);
      }
    }
  });

  it("reads common variants, spaces, case and full-width forms", () => {
    expect(enumValue("associationKind", "社区")).toBe("community");
    expect(enumValue("associationKind", " 企业科协 ")).toBe("enterprise");
    expect(enumValue("associationKind", "Government agency association")).toBe("government-agency");
    expect(enumValue("post", "VICE CHAIR")).toBe("vice-chair");
    expect(enumValue("titleLevel", "高级工程师")).toBe("associate-senior");
    expect(enumValue("titleLevel", "教授")).toBe("senior");
    expect(enumValue("activityType", "讲座")).toBe("academic-lecture");
    expect(enumValue("memberType", "团体")).toBe("group");
    expect(enumValue("associationKind", "市科协")).toBeUndefined();
  });
});

describe("cell readings", () => {
  it("whole numbers in the forms people write", () => {
    expect(readWholeNumber("1,320")).toBe(1320);
    expect(readWholeNumber("１３２０人次")).toBe(1320);
    expect(readWholeNumber("第3届")).toBe(3);
    expect(readWholeNumber("第一届")).toBe(1);
    expect(readWholeNumber("二十")).toBe(20);
    expect(readWholeNumber("十二")).toBe(12);
    expect(readWholeNumber("一百零五")).toBe(105);
    expect(readWholeNumber(7)).toBe(7);
    expect(readWholeNumber(2.5)).toBeUndefined();
    expect(readWholeNumber("很多")).toBeUndefined();
  });

  it("yes and no", () => {
    expect(["是", "有", "Yes", "TRUE", "√", true].map((c) => readYesNo(c))).toEqual([true, true, true, true, true, true]);
    expect(["否", "无", "no", "0", "×", false].map((c) => readYesNo(c))).toEqual([false, false, false, false, false, false]);
    expect(readYesNo("也许")).toBeUndefined();
  });

  it("lists split on Chinese and ASCII separators, and a JSON array when an item holds one", () => {
    expect(splitList("进农村、进学校；进社区,进家庭")).toEqual(["进农村", "进学校", "进社区", "进家庭"]);
    for (const items of [["a"], ["甲、乙学会", "丙"], [" 空格 "], ["[x]"], ["a,b", "c"]]) {
      expect(splitList(joinList(items, "、"))).toEqual(items);
    }
  });
});
