import { describe, expect, it } from "vitest";
import { FIVE_HAS } from "../../src/charter/index.js";
import { agency, dataset } from "./builder.js";
import { issuesOf, run } from "./helpers.js";

describe("五有 checklist", () => {
  it("says nothing of resources that are not recorded", () => {
    const d = dataset((d) => void delete agency(d).resources);
    expect(run(d, [FIVE_HAS]).associations).toEqual([]);
  });

  it("warns for each resource recorded as lacking, at its path", () => {
    const d = dataset((d) => void (agency(d).resources = { office: false, staff: 0, funds: false }));
    const issues = run(d, [FIVE_HAS]).associations[0]!.issues;
    expect(issues.map((i) => [i.rule, i.severity, i.path])).toEqual([
      ["five-has/office", "warning", ["associations", 1, "resources", "office"]],
      ["five-has/staff", "warning", ["associations", 1, "resources", "staff"]],
      ["five-has/funds", "warning", ["associations", 1, "resources", "funds"]],
    ]);
  });

  it("counts activities in the 12 months up to asOf, organised or co-organised", () => {
    const moved = (startsOn: string) =>
      dataset((d) => {
        d.activities[0] = { id: "act-1", organizerId: "tc-health", type: "open-day", startsOn, participantTimes: 1 };
      });
    const ACT = "five-has/activities";
    expect(issuesOf(run(moved("2019-09-07"), [FIVE_HAS]), ACT)).toEqual([]);
    expect(issuesOf(run(moved("2019-09-06"), [FIVE_HAS]), ACT)[0]?.params).toEqual({ from: "2019-09-07", asOf: "2020-09-07" });
    expect(issuesOf(run(moved("2020-09-08"), [FIVE_HAS]), ACT)).toHaveLength(1);
    const co = dataset((d) => {
      d.activities[0] = {
        id: "act-1",
        organizerId: "tc",
        coOrganizerIds: ["tc-health"],
        type: "open-day",
        startsOn: "2020-01-01",
        participantTimes: 1,
      };
    });
    expect(issuesOf(run(co, [FIVE_HAS]), ACT)).toEqual([]);
  });

  it("applies to grassroots associations only", () => {
    const d = dataset((d) => void d.activities.splice(0));
    expect(run(d, [FIVE_HAS]).associations.map((a) => a.associationId)).toEqual(["tc-health", "tc-kongcheng"]);
  });
});
