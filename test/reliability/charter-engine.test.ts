/**
 * The charter engine's contract at its edges: each misuse throws a TypeError naming the function and
 * the problem (not a TypeError from deeper down), rules and rule sets keep what they were given, and
 * composition keeps order, replaces by id and dates a composed set by its newest part.
 */
import { describe, expect, it } from "vitest";
import {
  composeRuleSets,
  createValidationContext,
  defineRule,
  defineRuleSet,
  flattenRules,
  isRule,
  type Citation,
  type RuleDefinition,
} from "../../src/charter/index.js";
import { createIssue, defineMessages } from "../../src/index.js";
import { validateAssociation, validateDataset, type Rule, type RuleSet } from "../../src/charter/index.js";
import { baseDataset, deepFreeze } from "../charter/builder.js";
import { parsedForRules } from "../helpers/parsed.js";

const SOURCE: Citation = { title: "依据", issuer: "发文机关", date: "2019-01-01", link: null };
const MESSAGES = defineMessages({ "t.hit": { "zh-CN": "命中 {n}", en: "hit {n}" } });

const definition = (id: string, check: Rule["check"] = () => []): RuleDefinition => ({
  id,
  title: { "zh-CN": `规则 ${id}`, en: `rule ${id}` },
  source: SOURCE,
  appliesTo: { kinds: "all" },
  codes: ["t.hit"],
  check,
});

/** A rule reporting one issue per path given, in that order. */
const reporting = (id: string, paths: readonly (readonly (string | number)[])[]): Rule =>
  defineRule(
    definition(id, ({ locale }) =>
      paths.map((path, n) =>
        createIssue({
          catalog: MESSAGES,
          code: "t.hit",
          params: { n },
          path,
          severity: n % 2 === 0 ? "warning" : "info",
          locale,
          rule: id,
        }),
      ),
    ),
  );

const DATA = parsedForRules(deepFreeze(baseDataset()));

describe("defineRule", () => {
  it.each([
    [null, /^defineRule: definition must be an object; got null$/],
    ["rule", /^defineRule: definition must be an object; got "rule"$/],
    [{ ...definition("x"), id: 7 }, /^defineRule: definition\.id must be a string; got 7$/],
    [{ ...definition("x"), id: "" }, /^defineRule: definition\.id must be a non-empty string; got ""$/],
    [{ ...definition("x"), title: undefined }, /^defineRule: definition\.title must be an object; got undefined$/],
    [{ ...definition("x"), title: { "zh-CN": "", en: "t" } }, /^defineRule: definition\.title\.zh-CN must be a non-empty string; got ""$/],
    [{ ...definition("x"), title: { "zh-CN": "t", en: "" } }, /^defineRule: definition\.title\.en must be a non-empty string; got ""$/],
    [{ ...definition("x"), appliesTo: undefined }, /^defineRule: definition\.appliesTo must be an object; got undefined$/],
    [
      { ...definition("x"), appliesTo: { kinds: "some" } },
      /^defineRule: definition\.appliesTo\.kinds must be a list of association kinds, or "all"; got "some"$/,
    ],
    [
      { ...definition("x"), source: undefined },
      /^defineRule: definition\.source must be a citation or a non-empty list of citations; got undefined$/,
    ],
    [{ ...definition("x"), check: "no" }, /^defineRule: definition\.check must be a function; got "no"$/],
  ])("rejects %j", (value, message) => {
    expect(() => defineRule(value as never)).toThrow(TypeError);
    expect(() => defineRule(value as never)).toThrow(message);
  });

  it("keeps copies of what it was given, frozen, with one citation made a list", () => {
    const title = { "zh-CN": "甲", en: "A" };
    const codes = ["t.hit"];
    const rule = defineRule({ ...definition("x"), title, codes, appliesTo: { kinds: ["village"], region: "34" } });
    expect(rule.title).toEqual(title);
    expect(rule.title).not.toBe(title);
    expect(rule.source).toEqual([SOURCE]);
    expect(rule.codes).toEqual(["t.hit"]);
    expect(rule.codes).not.toBe(codes);
    expect(rule.appliesTo).toEqual({ kinds: ["village"], region: "34" });
    expect(
      Object.isFrozen(rule) &&
        Object.isFrozen(rule.title) &&
        Object.isFrozen(rule.source) &&
        Object.isFrozen(rule.codes) &&
        Object.isFrozen(rule.appliesTo),
    ).toBe(true);
    const two = defineRule({ ...definition("y"), source: [SOURCE, { ...SOURCE, title: "二" }] });
    expect(two.source.map((s) => s.title)).toEqual(["依据", "二"]);
    const { codes: _codes, ...noCodes } = definition("z");
    expect(defineRule(noCodes as RuleDefinition).codes).toEqual([]);
  });

  it("isRule recognises rules only", () => {
    expect(isRule(defineRule(definition("x")))).toBe(true);
    expect(isRule({ id: "x", check: () => [] })).toBe(true);
    for (const value of [
      null,
      undefined,
      "x",
      1,
      {},
      { id: "x" },
      { check: () => [] },
      { id: 1, check: () => [] },
      { id: "x", check: "no" },
    ]) {
      expect(isRule(value)).toBe(false);
    }
  });
});

describe("defineRuleSet", () => {
  const rule = defineRule(definition("x"));
  const set = (extra: Partial<RuleSet>): unknown => ({ id: "s", title: { "zh-CN": "集", en: "Set" }, date: null, rules: [rule], ...extra });

  it.each([
    [null, /^defineRuleSet: definition must be an object; got null$/],
    [7, /^defineRuleSet: definition must be an object; got 7$/],
    [set({ id: "" }), /^defineRuleSet: definition\.id must be a non-empty string; got ""$/],
    [set({ id: 5 as never }), /^defineRuleSet: definition\.id must be a string; got 5$/],
    [set({ title: undefined as never }), /^defineRuleSet: definition\.title must be an object; got undefined$/],
    [set({ title: { "zh-CN": 1, en: "x" } as never }), /^defineRuleSet: definition\.title\.zh-CN must be a string; got 1$/],
    [set({ title: { "zh-CN": "x" } as never }), /^defineRuleSet: definition\.title\.en must be a string; got undefined$/],
    [set({ date: 2019 as never }), /^defineRuleSet: definition\.date must be a date \(a year, month or day\) or null; got 2019$/],
    [set({ rules: undefined as never }), /^defineRuleSet: definition\.rules must be an array; got undefined$/],
    [set({ rules: [{}] as never }), /^defineRuleSet: definition\.rules\[0\] must be a rule from defineRule; got \[object\]$/],
    [set({ rules: [rule, rule] }), /^defineRuleSet: definition\.rules\[1\]\.id must be an id no other rule of the set has; got "x"$/],
  ])("rejects %j", (value, message) => {
    expect(() => defineRuleSet(value as never)).toThrow(TypeError);
    expect(() => defineRuleSet(value as never)).toThrow(message);
  });

  it("keeps its id, title, date and rules, frozen copies", () => {
    const rules = [rule];
    const made = defineRuleSet(set({ date: "2020-01-01", rules }) as RuleSet);
    expect(made).toEqual({ id: "s", title: { "zh-CN": "集", en: "Set" }, date: "2020-01-01", rules: [rule] });
    expect(made.rules).not.toBe(rules);
    expect(Object.isFrozen(made) && Object.isFrozen(made.rules) && Object.isFrozen(made.title)).toBe(true);
  });
});

describe("flattenRules and composeRuleSets", () => {
  const a = defineRule(definition("a"));
  const b = defineRule(definition("b"));
  const b2 = defineRule({ ...definition("b"), title: { "zh-CN": "新乙", en: "new b" } });
  const c = defineRule(definition("c"));
  const older = defineRuleSet({ id: "old", title: { "zh-CN": "旧", en: "Old" }, date: "2019", rules: [a, b] });
  const newer = defineRuleSet({ id: "new", title: { "zh-CN": "新", en: "New" }, date: "2021-03-01", rules: [c] });
  const undated = defineRuleSet({ id: "undated", title: { "zh-CN": "无", en: "None" }, date: null, rules: [] });

  it("flattens in order, a later rule of the same id replacing the earlier in its place", () => {
    expect(flattenRules([older, c, b2]).map((r) => [r.id, r.title.en])).toEqual([
      ["a", "rule a"],
      ["b", "new b"],
      ["c", "rule c"],
    ]);
  });

  it("names, titles and dates a composition by its parts", () => {
    const composed = composeRuleSets(undated, older, newer, b2);
    expect(composed.id).toBe("undated+old+new+b");
    expect(composed.title).toEqual({ "zh-CN": "无 + 旧 + 新 + 新乙", en: "None + Old + New + new b" });
    expect(composed.date).toBe("2021-03-01");
    expect(composed.rules).toEqual([a, b2, c]);
    expect(composeRuleSets(newer, older).date).toBe("2021-03-01");
    expect(composeRuleSets(undated, a).date).toBeNull();
    expect(composeRuleSets(older, undated).date).toBe("2019");
    expect(composeRuleSets().title).toEqual({ "zh-CN": "", en: "" });
  });
});

describe("validateDataset and validateAssociation", () => {
  it.each([
    [undefined, /^validateDataset: options must be an object; got undefined$/],
    [null, /^validateDataset: options must be an object; got null$/],
    [{ asOf: 20200907 }, /^validateDataset: options\.asOf must be a YYYY-MM-DD date from 1900-01-01 to 2099-12-31; got 20200907$/],
    [{ asOf: undefined }, /^validateDataset: options\.asOf must be a YYYY-MM-DD date from 1900-01-01 to 2099-12-31; got undefined$/],
    [{ asOf: "2020-09-07", locale: "fr" }, /^validateDataset: options\.locale must be one of zh-CN, en; got "fr"$/],
    [{ asOf: "2020-09-07", rules: [null] }, /^validateDataset: options\.rules\[0\] must be a rule or a rule set; got null$/],
    [{ asOf: "2020-09-07", rules: ["x"] }, /^validateDataset: options\.rules\[0\] must be a rule or a rule set; got "x"$/],
    [
      { asOf: "2020-09-07", rules: [{ rules: "x" }] },
      /^validateDataset: options\.rules\[0\] must be a rule or a rule set; got \[object\]$/,
    ],
  ])("options %j", (options, message) => {
    expect(() => validateDataset(DATA, options as never)).toThrow(message);
  });

  it.each([[null], ["x"], [{}], [{ associations: "x" }], [{ ...DATA }], [structuredClone(DATA)]])(
    "rejects the dataset %j as not parsed",
    (dataset) => {
      expect(() => validateDataset(dataset as never, { asOf: "2020-09-07" })).toThrow(
        /^validateDataset: the data set has not been parsed; call parseDataset first/,
      );
    },
  );

  it("validateAssociation rejects a bad context or association by name", () => {
    const context = createValidationContext(DATA);
    for (const bad of [null, "ctx", { positionOf: 1 }]) {
      expect(() => validateAssociation(DATA.associations[0]!, bad as never, { asOf: "2020-09-07" })).toThrow(
        /^validateAssociation: context must come from createValidationContext$/,
      );
    }
    for (const bad of [null, "a", { id: 1 }]) {
      expect(() => validateAssociation(bad as never, context, { asOf: "2020-09-07" })).toThrow(
        /^validateAssociation: association must be an association object$/,
      );
    }
  });

  it("orders one rule's issues by path (numbers before names, shorter first), keeping ties in rule order", () => {
    const rule = reporting("r", [["b"], ["a", 2], ["a", 10], ["a"], [1], ["a", "x"], ["a", 2], [0, "z"]]);
    const report = validateDataset(DATA, { asOf: "2020-09-07", rules: [rule] });
    const first = report.associations[0]!;
    expect(first.issues.map((i) => [i.path, i.params["n"]])).toEqual([
      [[0, "z"], 7],
      [[1], 4],
      [["a"], 3],
      [["a", 2], 1],
      [["a", 2], 6],
      [["a", 10], 2],
      [["a", "x"], 5],
      [["b"], 0],
    ]);
    expect(first.counts).toEqual({ error: 0, warning: 4, info: 4 });
    expect(report.counts).toEqual({ error: 0, warning: 4 * DATA.associations.length, info: 4 * DATA.associations.length });
    // One issue is kept as it is; rules keep their order.
    const two = validateDataset(DATA, { asOf: "2020-09-07", rules: [reporting("z", [["z"]]), reporting("a", [["a"]])] });
    expect(two.associations[0]!.issues.map((i) => i.rule)).toEqual(["z", "a"]);
    expect(two.rules).toEqual(["z", "a"]);
  });

  it("skips a rule outside its region, window or status, and runs it inside", () => {
    const seen: string[] = [];
    const spy = (appliesTo: Rule["appliesTo"]): Rule =>
      defineRule({ ...definition("spy"), appliesTo, check: (input) => (seen.push(`${input.asOf} ${input.association.id}`), []) });
    const ids = (rule: Rule, asOf: string): string[] => {
      seen.length = 0;
      validateDataset(DATA, { asOf, rules: [rule] });
      return [...seen];
    };
    expect(ids(spy({ kinds: "all", region: "340881100" }), "2020-09-07")).toEqual(["2020-09-07 tc-kongcheng"]);
    expect(ids(spy({ kinds: "all", region: "3408" }), "2020-09-07")).toHaveLength(3);
    expect(ids(spy({ kinds: "all", region: "11" }), "2020-09-07")).toEqual([]);
    expect(ids(spy({ kinds: "all", from: "2020-09-07" }), "2020-09-07")).toHaveLength(3);
    expect(ids(spy({ kinds: "all", from: "2020-09-08" }), "2020-09-07")).toEqual([]);
    expect(ids(spy({ kinds: "all", until: "2020-09-07" }), "2020-09-07")).toHaveLength(3);
    expect(ids(spy({ kinds: "all", until: "2020-09-06" }), "2020-09-07")).toEqual([]);
    // Before an association is established it is not active; status "any" still checks it.
    expect(ids(spy({ kinds: "all" }), "2019-01-01")).toEqual(["2019-01-01 tc"]);
    expect(ids(spy({ kinds: "all", status: "any" }), "2019-01-01")).toHaveLength(3);
    expect(ids(spy({ kinds: ["township", "county"] }), "2020-09-07")).toEqual(["2020-09-07 tc", "2020-09-07 tc-kongcheng"]);
  });

  it("runs rules for every kind on an association whose kind the model does not know", () => {
    // Such an association never comes out of parseDataset; validateAssociation can still be handed one.
    const odd = deepFreeze({ id: "odd", name: "x", kind: "guild", establishedOn: "2019-01-01" });
    const everyKind = reporting("every", [["x"]]);
    const someKinds = defineRule({
      ...definition("some", () => [createIssue({ catalog: MESSAGES, code: "t.hit", params: { n: 0 }, path: [], locale: "en" })]),
      appliesTo: { kinds: ["county"] },
    });
    const report = validateAssociation(odd as never, createValidationContext(DATA), { asOf: "2020-09-07", rules: [everyKind, someKinds] });
    expect(report.issues.map((i) => i.rule)).toEqual(["every"]);
  });

  it("reads the committee in office once per association, and gives it with its dataset path", () => {
    const offices: unknown[] = [];
    const rule = defineRule({
      ...definition("office"),
      check: (input) => (offices.push(input.office?.path, input.office?.path, input.office?.seatedMemberIds.size), []),
    });
    validateDataset(DATA, { asOf: "2020-09-07", rules: [rule] });
    expect(offices).toEqual([
      undefined,
      undefined,
      undefined,
      ["committees", 0],
      ["committees", 0],
      7,
      ["committees", 1],
      ["committees", 1],
      2,
    ]);
  });
});

describe("the validation context", () => {
  it("finds positions, co-organised activities, inherited division codes and guiding locals", () => {
    const d = baseDataset();
    d.associations.push(
      { id: "v1", name: "村", kind: "village", parentId: "tc-kongcheng", establishedOn: "2019-01-01" },
      { id: "v2", name: "村二", kind: "village", parentId: "v1", establishedOn: "2019-01-01" },
      { id: "loop1", name: "环", kind: "village", parentId: "loop2", establishedOn: "2019-01-01" },
      { id: "loop2", name: "环", kind: "village", parentId: "loop1", establishedOn: "2019-01-01" },
    );
    // A parent that does not exist never passes parseDataset: an association outside the data set has one.
    const lost = deepFreeze({ id: "lost", name: "失", kind: "village" as const, parentId: "gone", establishedOn: "2019-01-01" });
    d.activities.push(
      { id: "co1", organizerId: "tc", coOrganizerIds: ["v1", "v2"], type: "open-day", startsOn: "2020-01-01", participantTimes: 1 },
      { id: "co2", organizerId: "tc", coOrganizerIds: ["v1"], type: "open-day", startsOn: "2020-02-01", participantTimes: 1 },
    );
    const data = parsedForRules(deepFreeze(d));
    const context = createValidationContext(data);
    const byId = (id: string) => (id === "lost" ? lost : data.associations.find((a) => a.id === id)!);
    expect(context.positionOf("associations", byId("v2"))).toBe(4);
    expect(context.positionOf("activities", data.activities[3]!)).toBe(3);
    expect(context.positionOf("committees", {})).toBe(-1);
    expect(context.activitiesCoOrganizedBy("v1").map((a) => a.id)).toEqual(["co1", "co2"]);
    expect(context.activitiesCoOrganizedBy("v2").map((a) => a.id)).toEqual(["co1"]);
    expect(context.activitiesCoOrganizedBy("tc")).toEqual([]);
    expect(context.divisionCodeOf(byId("v2"))).toBe("340881100");
    expect(context.divisionCodeOf(byId("v1"))).toBe("340881100");
    expect(context.divisionCodeOf(byId("loop1"))).toBeUndefined();
    expect(context.divisionCodeOf(byId("loop2"))).toBeUndefined();
    expect(context.divisionCodeOf(byId("lost"))).toBeUndefined();
    const found = context.guidingLocalOf(byId("v2"));
    expect(found.status === "found" && found.ancestor.id).toBe("tc");
    expect(context.guidingLocalOf(byId("v1"))).toEqual(found);
    expect(context.guidingLocalOf(byId("loop2"))).toEqual({ status: "cycle" });
    expect(context.guidingLocalOf(byId("loop1"))).toEqual({ status: "cycle" });
    expect(context.guidingLocalOf(byId("lost"))).toEqual({ status: "unknown-parent" });
    expect(context.guidingLocalOf(byId("tc"))).toEqual({ status: "no-parent" });
    // A context built on a context's index is the same.
    expect(createValidationContext(context).positionOf("associations", byId("v2"))).toBe(4);
  });
});
