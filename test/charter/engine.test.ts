import { describe, expect, it } from "vitest";
import {
  composeRuleSets,
  createValidationContext,
  defineRule,
  defineRuleSet,
  FIVE_HAS,
  TERMS_AND_CONGRESSES,
  TONGCHENG_2019,
  TONGCHENG_3PLUS1,
  committeeSize,
} from "../../src/charter/index.js";
import { createIssue, defineMessages, indexDataset, parseDataset } from "../../src/index.js";
import { DEFAULT_RULES, validateAssociation, validateDataset, type Rule } from "../../src/charter/index.js";
import { snapshot } from "../helpers/deep-freeze.js";
import { agency, agencyCommittee, AS_OF, baseDataset, dataset, deepFreeze, seat } from "./builder.js";
import { allIssues, run, runDraft } from "./helpers.js";

const source = { title: "测试规则", issuer: "测试", date: null, link: null };
const messages = defineMessages({
  "mine.name-too-long": { "zh-CN": "名称超过 {max} 个字", en: "name longer than {max} characters" },
});
// The user-rule example of docs/charter.md.
const nameLength = defineRule({
  id: "mine/name-length",
  title: { "zh-CN": "名称长度", en: "Name length" },
  source,
  appliesTo: { kinds: ["government-agency"] },
  codes: ["mine.name-too-long"],
  check: ({ association, path, locale }) =>
    association.name.length > 5
      ? [
          createIssue({
            catalog: messages,
            code: "mine.name-too-long",
            params: { max: 5 },
            path: [...path, "name"],
            severity: "warning",
            locale,
            rule: "mine/name-length",
          }),
        ]
      : [],
});

describe("API misuse throws a TypeError named after the function", () => {
  const d = dataset();
  it.each([
    [undefined, /^validateDataset: options/],
    [{}, /^validateDataset: options\.asOf must be a YYYY-MM-DD date/],
    [{ asOf: "2020-02-30" }, /^validateDataset: options\.asOf must be a YYYY-MM-DD date/],
    [{ asOf: "2020-9-7" }, /^validateDataset: options\.asOf must be a YYYY-MM-DD date/],
    [{ asOf: AS_OF, rules: TONGCHENG_2019 }, /^validateDataset: options\.rules must be an array; got \[object\]$/],
    [{ asOf: AS_OF, rules: [{}] }, /^validateDataset: options\.rules\[0\] must be a rule or a rule set; got \[object\]$/],
    [{ asOf: AS_OF, locale: "fr" }, /^validateDataset: options\.locale must be one of zh-CN, en; got "fr"$/],
  ])("options %j", (options, message) => {
    expect(() => validateDataset(d, options as never)).toThrow(TypeError);
    expect(() => validateDataset(d, options as never)).toThrow(message);
  });

  it("validateAssociation checks its context and asOf", () => {
    expect(() => validateAssociation(d.associations[1]!, {} as never, { asOf: AS_OF })).toThrow(/^validateAssociation: context/);
    const context = createValidationContext(d);
    expect(() => validateAssociation(d.associations[1]!, context, { asOf: "" })).toThrow(
      /^validateAssociation: options\.asOf must be a YYYY-MM-DD date/,
    );
  });

  it("defineRule and defineRuleSet reject malformed definitions", () => {
    expect(() => defineRule({ ...nameLength, id: "" })).toThrow('defineRule: definition.id must be a non-empty string; got ""');
    expect(() => defineRule({ ...nameLength, title: { "zh-CN": "名称", en: "" } })).toThrow(
      'defineRule: definition.title.en must be a non-empty string; got ""',
    );
    expect(() => defineRule({ ...nameLength, source: [] })).toThrow(
      "defineRule: definition.source must be a citation or a non-empty list of citations; got [array]",
    );
    expect(() => defineRule({ ...nameLength, check: undefined as never })).toThrow(
      "defineRule: definition.check must be a function; got undefined",
    );
    expect(() => defineRuleSet({ id: "x", title: nameLength.title, date: null, rules: [nameLength, nameLength] })).toThrow(
      'defineRuleSet: definition.rules[1].id must be an id no other rule of the set has; got "mine/name-length"',
    );
  });

  it("data problems never throw: parseDataset reports them, and a draft association with them is validated", () => {
    const odd = baseDataset();
    agency(odd).parentId = "nowhere";
    odd.committees.push({ id: "stray", associationId: "nobody", term: 1, electedOn: "2019-01-01", seats: [] });
    odd.members.push({
      id: "m1",
      associationId: "tc-health",
      joinedOn: "2019-05-10",
      type: "group",
      name: "重复编号",
      relation: "other-organisation",
    });
    const result = parseDataset(deepFreeze(odd));
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["ref.association-parent", "ref.committee-association", "id.duplicate"]),
    );
    // Raw data never reaches the rules: it is refused as unparsed, not half-validated.
    expect(() => run(odd as never, [DEFAULT_RULES])).toThrow(/^validateDataset: the data set has not been parsed; call parseDataset first/);
    expect(() => runDraft({ ...agency(d), id: "draft", parentId: "nowhere" }, d, [DEFAULT_RULES])).not.toThrow();
  });
});

describe("results", () => {
  it("lists associations with issues in dataset order, issues in rule order then path order, with counts", () => {
    const d = dataset((d) => {
      delete agency(d).charter;
      agencyCommittee(d).seats.splice(0, 2, seat("chair", "m1", "elected"), seat("vice-chair", "m2", "other"));
      d.associations.push({
        id: "v1",
        name: "某村科协",
        kind: "village",
        parentId: "tc-kongcheng",
        establishedOn: "2019-06-01",
        resources: { funds: false },
      });
    });
    const report = run(d, [TONGCHENG_2019, TERMS_AND_CONGRESSES, DEFAULT_RULES]);
    expect(report.associations.map((a) => [a.associationId, a.path])).toEqual([
      ["tc-health", ["associations", 1]],
      ["v1", ["associations", 3]],
    ]);
    const [health, village] = report.associations;
    expect(health!.issues.map((i) => [i.rule, i.path.join(".")])).toEqual([
      ["tongcheng-2019/leader-basis", "committees.0.seats.0.holdings.0.basis"],
      ["tongcheng-2019/leader-basis", "committees.0.seats.1.holdings.0.basis"],
      ["tongcheng-2019/charter", "associations.1.charter"],
    ]);
    expect(village!.issues.map((i) => i.rule)).toEqual(["five-has/organisation", "five-has/funds", "five-has/activities"]);
    expect(village!.counts).toEqual({ error: 0, warning: 3, info: 0 });
    expect(report.counts).toEqual({ error: 3, warning: 3, info: 0 });
    expect(report.checked).toBe(4);
    expect(report.asOf).toBe(AS_OF);
    expect(report.rules[0]).toBe("tongcheng-2019/committee-elected");
  });

  it("gives messages in the locale asked for, zh-CN by default", () => {
    const d = dataset((d) => void delete agency(d).charter);
    expect(allIssues(run(d, [TONGCHENG_2019]))[0]?.message).toBe("截至 2020-09-07 未记录通过《章程》");
    const en = validateDataset(d, { asOf: AS_OF, rules: [TONGCHENG_2019], locale: "en" });
    expect(allIssues(en)[0]?.message).toBe("no adopted charter is recorded as of 2020-09-07");
  });

  it("does not modify its input (deep-frozen) and gives the same answer twice", () => {
    const d = dataset((d) => void agencyCommittee(d).seats.pop());
    const before = snapshot(d);
    const first = run(d, [DEFAULT_RULES]);
    expect(run(d, [DEFAULT_RULES])).toEqual(first);
    expect(d).toEqual(before);
  });

  it("uses DEFAULT_RULES when no rules are given", () => {
    const d = dataset((d) => void delete agency(d).charter);
    expect(validateDataset(d, { asOf: AS_OF })).toEqual(run(d, [DEFAULT_RULES]));
  });
});

describe("validateAssociation", () => {
  it("agrees with validateDataset, with a context or a bare index", () => {
    const d = dataset((d) => void agencyCommittee(d).seats.pop());
    const expected = run(d, [TONGCHENG_2019]).associations[0];
    expect(validateAssociation(d.associations[1]!, createValidationContext(d), { asOf: AS_OF, rules: [TONGCHENG_2019] })).toEqual(expected);
    expect(
      validateAssociation(d.associations[1]!, createValidationContext(indexDataset(d)), { asOf: AS_OF, rules: [TONGCHENG_2019] }),
    ).toEqual(expected);
    expect(() => validateAssociation(d.associations[1]!, indexDataset(d) as never, { asOf: AS_OF })).toThrow(
      /^validateAssociation: context/,
    );
  });

  it("reports an empty issue list for a valid association", () => {
    const d = dataset();
    const report = validateAssociation(d.associations[1]!, createValidationContext(d), { asOf: AS_OF });
    expect(report).toEqual({
      associationId: "tc-health",
      path: ["associations", 1],
      counts: { error: 0, warning: 0, info: 0 },
      issues: [],
    });
  });

  it("validates an association that is not in the dataset, with paths from the association", () => {
    const d = dataset();
    const draft = { ...baseDataset().associations[1]!, id: "draft" };
    delete draft.charter;
    const report = validateAssociation(draft, createValidationContext(d), { asOf: AS_OF, rules: [TONGCHENG_2019] });
    expect(report.path).toEqual([]);
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([
      ["charter.committee-missing", []],
      ["charter.charter-missing", ["charter"]],
    ]);
  });
});

describe("user rules and composition", () => {
  it("runs a user's own rule beside the built-in ones", () => {
    const report = run(dataset(), [TONGCHENG_2019, nameLength]);
    expect(allIssues(report)).toEqual([
      {
        code: "mine.name-too-long",
        severity: "warning",
        path: ["associations", 1, "name"],
        message: "名称超过 5 个字",
        params: { max: 5 },
        rule: "mine/name-length",
      },
    ]);
  });

  it("composes rule sets, a later rule replacing an earlier one of the same id in its place", () => {
    const stricter: Rule = committeeSize({
      id: "tongcheng-2019/committee-size",
      source,
      appliesTo: { kinds: ["government-agency"] },
      min: 8,
      max: 9,
    });
    const composed = composeRuleSets(TONGCHENG_2019, TERMS_AND_CONGRESSES, stricter);
    expect(composed.id).toBe("tongcheng-2019+terms-and-congresses+tongcheng-2019/committee-size");
    // The Tongcheng rules are undated, so the composed set takes no date from them.
    expect(composed.date).toBeNull();
    expect(composeRuleSets(TONGCHENG_2019, FIVE_HAS, TONGCHENG_3PLUS1).date).toBe(TONGCHENG_3PLUS1.date);
    expect(composed.rules).toHaveLength(TONGCHENG_2019.rules.length + 2);
    expect(composed.rules[1]).toBe(stricter);
    expect(allIssues(run(dataset(), [composed])).map((i) => i.code)).toEqual(["charter.committee-size"]);
    // The same holds for an options list.
    expect(run(dataset(), [TONGCHENG_2019, stricter]).counts.error).toBe(1);
  });

  it("honours a rule's date window and status", () => {
    const always = { ...nameLength, id: "mine/window", appliesTo: { kinds: "all" as const, from: "2020-01-01", until: "2020-12-31" } };
    const windowed = defineRule({ ...always, check: () => [] });
    expect(windowed.appliesTo.until).toBe("2020-12-31");
    const seen: string[] = [];
    const spy = defineRule({ ...always, check: (input) => (seen.push(`${input.asOf}:${input.association.id}`), []) });
    run(dataset(), [spy], "2019-12-31");
    run(dataset(), [spy], "2020-12-31");
    run(dataset(), [spy], "2021-01-01");
    expect(seen).toEqual(["2020-12-31:tc", "2020-12-31:tc-health", "2020-12-31:tc-kongcheng"]);
  });
});
