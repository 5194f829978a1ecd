import { describe, expect, it } from "vitest";
import {
  checklistRules,
  defineChecklist,
  FIVE_HAS,
  FIVE_HAS_CHECKLIST,
  fiveHasChecklist,
  hasActivityWithin,
  hasCharter,
  hasFacility,
  hasResource,
  scoreChecklist,
  type Citation,
} from "../../src/charter/index.js";
import { indexDataset } from "../../src/index.js";
import { validateDataset } from "../../src/charter/index.js";
import { toRows } from "../../src/csv/index.js";
import { snapshot } from "../helpers/deep-freeze.js";
import { agency, AS_OF, dataset } from "./builder.js";
import { allIssues, issuesOf, run } from "./helpers.js";

const SOURCE: Citation = { title: "一站一栏一员", issuer: "某县科协", date: null, link: null };

/** A caller's own checklist: a station, a board and a worker. */
const ONE_STATION = defineChecklist({
  id: "one-station",
  title: { "zh-CN": "一站一栏一员", en: "One station, one board, one worker" },
  source: SOURCE,
  appliesTo: { kinds: ["township", "government-agency"] },
  items: [
    { id: "station", title: { "zh-CN": "一站", en: "a station" }, check: hasFacility(["science-e-station"]) },
    { id: "board", title: { "zh-CN": "一栏", en: "a board" }, check: hasFacility(["bulletin-board"]), weight: 2 },
    { id: "worker", title: { "zh-CN": "一员", en: "a worker" }, path: ["resources", "staff"], check: hasResource("staff") },
  ],
});

const withFacilities = dataset((d) => {
  d.facilities.push(
    { id: "e1", kind: "science-e-station", divisionCode: "340881100", associationId: "tc-kongcheng", designatedOn: "2019-06-01" },
    {
      id: "b1",
      kind: "bulletin-board",
      divisionCode: "340881100",
      associationId: "tc-kongcheng",
      designatedOn: "2019-06-01",
      withdrawnOn: "2020-09-01",
    },
    { id: "r1", kind: "activity-room", divisionCode: "340881", associationId: "tc-health", designatedOn: "2019-06-01" },
  );
});

describe("the 五有 checklist as data", () => {
  it("is the default checklist, its five items in order, citing the 五有 reports", () => {
    expect(FIVE_HAS_CHECKLIST.items.map((item) => [item.id, item.title["zh-CN"], item.weight])).toEqual([
      ["organisation", "五有：有组织", 1],
      ["office", "五有：有场所", 1],
      ["staff", "五有：有人员", 1],
      ["funds", "五有：有经费", 1],
      ["activities", "五有：有活动", 1],
    ]);
    expect(FIVE_HAS_CHECKLIST.items.every((item) => item.source[0]?.title.includes("五有"))).toBe(true);
    expect(FIVE_HAS.rules.map((rule) => rule.id)).toEqual(FIVE_HAS_CHECKLIST.items.map((item) => `five-has/${item.id}`));
  });

  it("does not count a paper or a base recorded as an activity as 有活动", () => {
    const d = dataset((d) => {
      d.activities.splice(0, 1, { id: "act-1", organizerId: "tc-health", type: "paper", startsOn: "2020-05-30", participantTimes: 0 });
    });
    expect(issuesOf(run(d, [FIVE_HAS]), "five-has/activities").map((i) => i.code)).toEqual(["charter.five-has-activities"]);
  });

  it("counts an activity room run by the association as 有场所", () => {
    const noOffice = (facilities: boolean) =>
      dataset((d) => {
        agency(d).resources = { office: false, staff: 2, funds: true };
        if (facilities)
          d.facilities.push({
            id: "r1",
            kind: "activity-room",
            divisionCode: "340881",
            associationId: "tc-health",
            designatedOn: "2019-06-01",
          });
      });
    expect(issuesOf(run(noOffice(false), [FIVE_HAS]), "five-has/office")).toHaveLength(1);
    expect(issuesOf(run(noOffice(true), [FIVE_HAS]), "five-has/office")).toEqual([]);
  });
});

describe("scoreChecklist", () => {
  it("scores every grassroots association on each item, unknown items earning nothing", () => {
    const d = dataset();
    const before = snapshot(d);
    const result = scoreChecklist(d, { asOf: AS_OF });
    expect(result).toMatchObject({
      kind: "checklist-scores",
      checklistId: "five-has",
      title: "基层科协“五有”",
      total: 2,
      complete: 1,
      maxScore: 5,
    });
    expect(result.associations.map((a) => [a.id, a.score, a.met, a.unmet, a.unknown, a.complete])).toEqual([
      ["tc-health", 5, 5, 0, 0, true],
      ["tc-kongcheng", 2, 2, 0, 3, false],
    ]);
    expect(result.associations[1]?.items).toEqual([
      { id: "organisation", status: "met" },
      { id: "office", status: "unknown" },
      { id: "staff", status: "unknown" },
      { id: "funds", status: "unknown" },
      { id: "activities", status: "met" },
    ]);
    expect(result.items.map((i) => [i.id, i.met, i.unmet, i.unknown])).toEqual([
      ["organisation", 2, 0, 0],
      ["office", 1, 0, 1],
      ["staff", 1, 0, 1],
      ["funds", 1, 0, 1],
      ["activities", 2, 0, 0],
    ]);
    expect(d).toEqual(before);
  });

  it("scores a caller's checklist with weights, by the records on the day asked about", () => {
    const onSeedDate = scoreChecklist(indexDataset(withFacilities), { asOf: AS_OF, checklist: ONE_STATION, locale: "en" });
    expect(onSeedDate.title).toBe("One station, one board, one worker");
    expect(onSeedDate.associations.map((a) => [a.id, a.items.map((i) => i.status), a.score, a.maxScore, a.ratio])).toEqual([
      ["tc-health", ["unmet", "unmet", "met"], 1, 4, 0.25],
      // The board came down on 2020-09-01.
      ["tc-kongcheng", ["met", "unmet", "unknown"], 1, 4, 0.25],
    ]);
    const before = scoreChecklist(withFacilities, { asOf: "2020-08-31", checklist: ONE_STATION });
    expect(before.associations.find((a) => a.id === "tc-kongcheng")?.score).toBe(3);
  });

  it("takes kinds and a scope, and flattens to one row per association with a column per item", () => {
    const towns = scoreChecklist(withFacilities, { asOf: AS_OF, checklist: ONE_STATION, kinds: ["township"], scope: "340881100" });
    expect(towns.associations.map((a) => a.id)).toEqual(["tc-kongcheng"]);
    expect(scoreChecklist(withFacilities, { asOf: AS_OF, scope: "340882" }).total).toBe(0);
    const [row] = toRows(towns);
    expect(row).toMatchObject({
      metric: "checklist-scores",
      checklistId: "one-station",
      id: "tc-kongcheng",
      score: 1,
      "item:station": "met",
      "item:board": "unmet",
      "item:worker": "unknown",
    });
    expect(toRows(towns, "items").map((r) => [r["id"], r["met"], r["weight"]])).toEqual([
      ["station", 1, 1],
      ["board", 0, 2],
      ["worker", 0, 1],
    ]);
  });

  it("throws a TypeError naming itself on misuse", () => {
    const d = dataset();
    expect(() => scoreChecklist(d, { asOf: "2020-02-30" })).toThrow(/^scoreChecklist: options\.asOf/);
    expect(() => scoreChecklist(d, { asOf: AS_OF, checklist: {} as never })).toThrow(/^scoreChecklist: options\.checklist/);
    expect(() => scoreChecklist(d, { asOf: AS_OF, kinds: ["hamlet" as never] })).toThrow(/^scoreChecklist: options\.kinds/);
    expect(() => scoreChecklist(d, { asOf: AS_OF, scope: "3408811" })).toThrow(/^scoreChecklist: options\.scope/);
    expect(() => scoreChecklist(null as never, { asOf: AS_OF })).toThrow(/^scoreChecklist: the first argument/);
  });
});

describe("a checklist as rules", () => {
  it("reports each unmet item as a warning at the item's path, and says nothing of unknown ones", () => {
    const report = validateDataset(withFacilities, { asOf: AS_OF, rules: [checklistRules(ONE_STATION)], locale: "en" });
    expect(allIssues(report).map((i) => [i.rule, i.code, i.severity, i.path, i.message])).toEqual([
      [
        "one-station/station",
        "charter.checklist-item-unmet",
        "warning",
        ["associations", 1],
        "One station, one board, one worker: “a station” is not met",
      ],
      [
        "one-station/board",
        "charter.checklist-item-unmet",
        "warning",
        ["associations", 1],
        "One station, one board, one worker: “a board” is not met",
      ],
      [
        "one-station/board",
        "charter.checklist-item-unmet",
        "warning",
        ["associations", 2],
        "One station, one board, one worker: “a board” is not met",
      ],
    ]);
    const strict = checklistRules(ONE_STATION, { idPrefix: "mine", severity: "error" });
    expect(strict.rules.map((r) => r.id)).toEqual(["mine/station", "mine/board", "mine/worker"]);
    expect(run(withFacilities, [strict]).counts.error).toBe(3);
  });

  it("builds items from the predicates: activities within a window, a charter", () => {
    const recent = defineChecklist({
      id: "recent",
      title: { "zh-CN": "近期", en: "Recent" },
      source: SOURCE,
      items: [
        { id: "activity", title: { "zh-CN": "四个月内有活动", en: "an activity within 4 months" }, check: hasActivityWithin(4) },
        { id: "charter", title: { "zh-CN": "有章程", en: "a charter" }, path: ["charter"], check: hasCharter() },
      ],
    });
    const result = scoreChecklist(dataset(), { asOf: AS_OF, checklist: recent });
    expect(result.associations.map((a) => [a.id, a.items.map((i) => i.status)])).toEqual([
      ["tc-health", ["met", "met"]],
      ["tc-kongcheng", ["unmet", "unmet"]],
    ]);
    expect(fiveHasChecklist({ activityMonths: 1 }).items[4]?.check).not.toBe(FIVE_HAS_CHECKLIST.items[4]?.check);
  });

  it("rejects malformed checklists and predicates", () => {
    const item = { id: "a", title: { "zh-CN": "甲", en: "a" }, check: hasCharter() };
    const title = { "zh-CN": "清单", en: "List" };
    // The one misuse form: the path in the definition, what it must be, and what it was.
    expect(() => defineChecklist({ id: "", title, source: SOURCE, items: [item] })).toThrow(
      /^defineChecklist: definition\.id must be a non-empty string; got ""$/,
    );
    expect(() => defineChecklist({ id: "x", title, items: [item] })).toThrow(
      /^defineChecklist: definition\.items\[0\]\.source must be a citation, its own or the checklist's; got undefined$/,
    );
    expect(() => defineChecklist({ id: "x", title, source: SOURCE, items: [item, item] })).toThrow(
      /^defineChecklist: definition\.items\[1\]\.id must be an id no other item of the checklist has; got "a"$/,
    );
    expect(() => defineChecklist({ id: "x", title, source: SOURCE, items: [{ ...item, weight: -1 }] })).toThrow(
      /^defineChecklist: definition\.items\[0\]\.weight must be a weight of 0 or more; got -1$/,
    );
    expect(() => defineChecklist({ id: "x", title, source: SOURCE, items: [] })).toThrow(
      /^defineChecklist: definition\.items must be a non-empty list of items; got \[array\]$/,
    );
    expect(() => hasFacility(["library" as never])).toThrow(/^hasFacility: kinds/);
    expect(() => hasActivityWithin(0)).toThrow(/^hasActivityWithin: months/);
    expect(() => hasResource("plaque" as never)).toThrow(/^hasResource: key/);
    expect(() => checklistRules({} as never)).toThrow(/^checklistRules: checklist/);
  });
});
