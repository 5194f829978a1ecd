import { describe, expect, it } from "vitest";
import { DivisionCode } from "../../src/model/primitives.js";
import { divisionSubKind, isWithinDivision, levelOfCode, parentCodeOf, trimDivisionCode } from "../../src/index.js";

describe("division codes", () => {
  it.each([
    ["34", "province"],
    ["3408", "prefecture"],
    ["340881", "county"],
    ["340881101", "township"],
    ["340881101201", "village"],
  ])("%s is a %s code", (code, level) => {
    expect(DivisionCode.safeParse(code).success).toBe(true);
    expect(levelOfCode(code)).toBe(level);
  });

  it.each(["3", "340", "3408811", "34088110120", "3408811012011", "34088110120a", " 340881"])("%j is malformed", (code) => {
    expect(DivisionCode.safeParse(code).success).toBe(false);
    expect(levelOfCode(code)).toBeUndefined();
  });

  it("implies the parent by prefix", () => {
    expect(parentCodeOf("340881101201")).toBe("340881101");
    expect(parentCodeOf("340881101")).toBe("340881");
    expect(parentCodeOf("340881")).toBe("3408");
    expect(parentCodeOf("3408")).toBe("34");
    expect(parentCodeOf("34")).toBeUndefined();
    expect(parentCodeOf("34088110120")).toBeUndefined();
  });

  it.each([
    ["340881001", "subdistrict"],
    ["340881099", "subdistrict"],
    ["340881100", "town"],
    ["340881199", "town"],
    ["340881200", "township"],
    ["340881399", "township"],
    ["340881400", "development-zone"],
    ["340881599", "development-zone"],
    ["340881600", undefined],
    ["340881000", undefined],
    ["340881100001", "residents-committee"],
    ["340881100199", "residents-committee"],
    ["340881100200", "villagers-committee"],
    ["340881100399", "villagers-committee"],
    ["340881100400", undefined],
    ["340881", undefined],
  ])("the range of %s means %s", (code, subKind) => {
    expect(divisionSubKind(code)).toBe(subKind);
  });

  it.each([
    ["340881100000", "340881100"],
    ["340881000000", "340881"],
    ["340800000000", "3408"],
    ["340000000000", "34"],
    ["340800", "3408"],
    ["340000", "34"],
    ["3400", "34"],
    ["340881000", "340881"],
    ["340881100201", "340881100201"],
    ["340881", "340881"],
    ["34", "34"],
    ["00", "00"],
    ["3408810", "3408810"],
    ["34088a", "34088a"],
  ])("%s names the unit %s once its zero-padded tail is cut", (code, unit) => {
    expect(trimDivisionCode(code)).toBe(unit);
  });

  it("puts a unit inside an area when the area's unit is it or above it, however either code is padded", () => {
    expect(isWithinDivision("340881100201", "340881")).toBe(true);
    expect(isWithinDivision("340881", "340881")).toBe(true);
    expect(isWithinDivision("340881100000", "340800")).toBe(true);
    expect(isWithinDivision("340881", "340881000000")).toBe(true);
    expect(isWithinDivision("340881", "340881100")).toBe(false);
    expect(isWithinDivision("340881100", "310115")).toBe(false);
    expect(isWithinDivision("340882100", "340881")).toBe(false);
    expect(isWithinDivision("3408811", "34")).toBe(false);
    expect(isWithinDivision("340881", "3")).toBe(false);
  });
});
