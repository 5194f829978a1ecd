import { describe, expect, it } from "vitest";
import { formatPath, parseDataset } from "../../src/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";
import { paramsOf } from "../helpers/params.js";

/** A data set as written before facilities and outputs: a base, households, a paper and an award as activities. */
function oldDocument(): Record<string, unknown> {
  return {
    formatVersion: 1,
    associations: [{ id: "agri", name: "农委科协", kind: "government-agency", establishedOn: "2018-01-16" }],
    activities: [
      { id: "base", organizerId: "agri", type: "demonstration-base", startsOn: "2018-04-01", participantTimes: 0 },
      { id: "training", organizerId: "agri", type: "training-class", startsOn: "2018-04-02", participantTimes: 50, trainees: 50 },
      { id: "households", organizerId: "agri", type: "demonstration-household", startsOn: "2018-12-18", participantTimes: 0 },
      { id: "paper", organizerId: "agri", type: "paper", startsOn: "2018-05-01", participantTimes: 0 },
      { id: "award", organizerId: "agri", type: "award-application", startsOn: "2018-06-01", participantTimes: 0 },
    ],
  };
}

describe("an old data set with designations and outputs recorded as activities", () => {
  it("still parses, with a warning per record that says where it belongs now", () => {
    const result = parseDataset(deepFreeze(oldDocument()), { locale: "en" });
    expect(result.ok).toBe(true);
    expect(result.data?.activities).toHaveLength(5);
    expect(result.data?.facilities).toEqual([]);
    expect(result.issues.map((i) => [i.code, i.severity, formatPath(i.path), paramsOf(i)["collection"], paramsOf(i)["kind"]])).toEqual([
      ["activity.deprecated-type", "warning", "activities[0].type", "facilities", "demonstration-base"],
      ["activity.deprecated-type", "warning", "activities[2].type", "facilities", "demonstration-household"],
      ["activity.deprecated-type", "warning", "activities[3].type", "outputs", "paper"],
      ["activity.deprecated-type", "warning", "activities[4].type", "outputs", "award"],
    ]);
    expect(result.issues[3]?.message).toBe(
      "activity award: type award-application is not an activity and is not counted as one; record it in outputs (kind award)",
    );
    expect(parseDataset(oldDocument()).issues[0]?.message).toBe(
      "活动 base 的类型 demonstration-base 不是活动，不计入活动统计：请改录入 facilities（kind 为 demonstration-base）",
    );
  });
});

describe("facilities and outputs in a data set", () => {
  const doc = {
    formatVersion: 1,
    divisions: [{ code: "340881", name: "桐城市", level: "county" }],
    associations: [{ id: "agri", name: "农委科协", kind: "government-agency", divisionCode: "340881", establishedOn: "2018-01-16" }],
    facilities: [
      {
        id: "households",
        kind: "demonstration-household",
        divisionCode: "340881",
        associationId: "agri",
        designatedOn: "2018-12-18",
        count: 1435,
      },
    ],
    outputs: [{ id: "award", kind: "award", stage: "applied", associationId: "agri", date: "2018-06-01" }],
  };

  it("are read, with every reference resolved", () => {
    const result = parseDataset(doc);
    expect(result.issues).toEqual([]);
    expect(result.data?.facilities[0]?.count).toBe(1435);
    expect(result.data?.outputs[0]?.stage).toBe("applied");
  });

  it("report a facility in a division missing from the list only when the data set lists divisions", () => {
    const elsewhere = { ...doc, facilities: [{ ...doc.facilities[0], divisionCode: "340882" }] };
    expect(parseDataset(elsewhere).issues.map((i) => i.code)).toEqual(["ref.facility-division"]);
    const { divisions: _none, ...unlisted } = elsewhere;
    expect(parseDataset(unlisted).issues).toEqual([]);
  });

  it("reject a facility that stands for no unit, and an output of no known kind", () => {
    const bad = { ...doc, facilities: [{ ...doc.facilities[0], count: 0 }], outputs: [{ ...doc.outputs[0], kind: "poster" }] };
    const result = parseDataset(bad);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => `${i.code} @ ${formatPath(i.path)}`)).toEqual([
      "shape.too-small @ facilities[0].count",
      "shape.invalid-value @ outputs[0].kind",
    ]);
  });
});
