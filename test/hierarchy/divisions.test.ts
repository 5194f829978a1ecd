import { describe, expect, it } from "vitest";
import { buildDivisionHierarchy, type Division } from "../../src/index.js";
import { deepFreeze } from "./helpers.js";

const tongcheng = (): Division[] =>
  deepFreeze([
    { code: "34", name: "安徽省", level: "province" },
    { code: "3408", name: "安庆市", level: "prefecture" },
    { code: "340881", name: "桐城市", level: "county" },
    { code: "340881001", name: "龙腾街道", level: "township" },
    { code: "340881100", name: "孔城镇", level: "township" },
    { code: "340881100201", name: "桐梓村", level: "village" },
    { code: "340881400", name: "桐城经济开发区", level: "township" },
  ]);

const codes = (nodes: readonly { readonly code: string }[]) => nodes.map((d) => d.code);

describe("buildDivisionHierarchy", () => {
  it("hangs each division under the code one level up", () => {
    const { hierarchy, issues } = buildDivisionHierarchy(tongcheng());
    expect(issues).toEqual([]);
    expect(codes(hierarchy.roots())).toEqual(["34"]);
    expect(codes(hierarchy.children("340881"))).toEqual(["340881001", "340881100", "340881400"]);
    expect(codes(hierarchy.ancestors("340881100201"))).toEqual(["340881100", "340881", "3408", "34"]);
    expect(codes(hierarchy.descendants("34", { kinds: ["township"] }))).toEqual(["340881001", "340881100", "340881400"]);
  });

  it("follows an explicit parentCode, and checks its level", () => {
    const input = deepFreeze<Division[]>([
      { code: "340881", name: "桐城市", level: "county" },
      { code: "340881100", name: "孔城镇", level: "township", parentCode: "340881" },
      { code: "340881100201", name: "桐梓村", level: "village", parentCode: "340881" },
    ]);
    const { hierarchy, issues } = buildDivisionHierarchy(input, { locale: "en" });
    expect(hierarchy.parent("340881100201")?.code).toBe("340881");
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["hierarchy.missing-parent", [0, "code"]],
      ["hierarchy.parent-kind", [2, "parentCode"]],
    ]);
    expect(issues[1]?.message).toBe("340881100201 (village level) cannot have 340881 (county) as its parent");
  });

  it("reports a missing implied parent at the code, and duplicates", () => {
    const input = deepFreeze<Division[]>([
      { code: "34", name: "安徽省", level: "province" },
      { code: "340881", name: "桐城市", level: "county" },
      { code: "34", name: "安徽", level: "province" },
    ]);
    const { hierarchy, issues } = buildDivisionHierarchy(input, { locale: "en" });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["hierarchy.duplicate-id", [2, "code"]],
      ["hierarchy.missing-parent", [1, "code"]],
    ]);
    expect(issues[1]?.params).toEqual({ id: "340881", parentId: "3408" });
    expect(codes(hierarchy.roots())).toEqual(["34", "340881"]);
  });

  it("throws only for a non-array argument", () => {
    expect(() => buildDivisionHierarchy("34" as unknown as Division[])).toThrow(/^buildDivisionHierarchy:/);
  });
});
