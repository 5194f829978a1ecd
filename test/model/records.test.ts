import { describe, expect, it } from "vitest";
import { Activity, divisionSubKind, Facility, isFacilityOn, isRealActivity, label, Output } from "../../src/index.js";
import { AssociationKind } from "../../src/model/association.js";
import { DEPRECATED_ACTIVITY_TYPES, GRASSROOTS_KINDS, LOCAL_KINDS } from "../../src/charter/index.js";

describe("local association kinds", () => {
  it("are the provincial, prefectural and county levels only, not the national body", () => {
    expect([...LOCAL_KINDS]).toEqual(["provincial", "prefectural", "county"]);
    expect(AssociationKind.options[0]).toBe("national");
    expect(AssociationKind.options).toEqual(["national", ...LOCAL_KINDS, ...GRASSROOTS_KINDS, "society"]);
  });
});

describe("township codes 400–599", () => {
  it("are labelled as 政企合一 and similar units, not as development zones alone", () => {
    expect(divisionSubKind("340881400")).toBe("development-zone");
    expect(label("divisionSubKind", "development-zone")).toBe("政企合一等类似乡级单位（农场、开发区等）");
    expect(label("divisionSubKind", "development-zone", "en")).toMatch(
      /^government–enterprise unit or similar \(state farm, development zone/,
    );
  });
});

describe("activities, facilities and outputs", () => {
  it("tell real activities from the deprecated types", () => {
    expect(isRealActivity({ type: "expert-report" })).toBe(true);
    for (const type of Object.keys(DEPRECATED_ACTIVITY_TYPES)) expect(isRealActivity({ type: type as Activity["type"] })).toBe(false);
  });

  it("accept campaigns and whole-yuan funding on activities", () => {
    const base = { id: "a", organizerId: "o", type: "exhibition", startsOn: "2018-05-20", participantTimes: 10 };
    expect(Activity.safeParse({ ...base, campaigns: ["science-week"], fundingYuan: 35_000 }).success).toBe(true);
    expect(Activity.safeParse({ ...base, fundingYuan: 0.5 }).success).toBe(false);
    expect(Activity.safeParse({ ...base, campaigns: ["earth-day"] }).success).toBe(false);
  });

  it("give facilities a place, a host, a date and an optional batch count", () => {
    const board = { id: "f", kind: "bulletin-board", divisionCode: "340881100", associationId: "t", designatedOn: "2019-01-01" };
    expect(Facility.safeParse(board).success).toBe(true);
    expect(Facility.safeParse({ ...board, divisionCode: undefined }).success).toBe(false);
    expect(Facility.safeParse({ ...board, count: 0 }).success).toBe(false);
    expect(isFacilityOn({ designatedOn: "2019-01-01", withdrawnOn: "2020-01-01" }, "2019-12-31")).toBe(true);
    expect(isFacilityOn({ designatedOn: "2019-01-01", withdrawnOn: "2020-01-01" }, "2020-01-01")).toBe(false);
    expect(isFacilityOn({ designatedOn: "2019-01-01" }, "2018-12-31")).toBe(false);
  });

  it("give outputs a kind, a stage, an association and a date", () => {
    const paper = { id: "p", kind: "paper", associationId: "a", date: "2018-05-01" };
    expect(Output.safeParse(paper).success).toBe(true);
    expect(Output.safeParse({ ...paper, stage: "won" }).success).toBe(false);
    expect(label("outputKind", "award")).toBe("科技奖励");
    expect(label("facilityKind", "science-e-station", "en")).toBe("science e-station");
    expect(label("activityCampaign", "national-science-day")).toBe("全国科普日");
  });
});
