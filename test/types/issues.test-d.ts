import { describe, expectTypeOf, it } from "vitest";
import {
  buildHierarchy,
  createIssue,
  defineMessages,
  DATASET_MESSAGES,
  parseDataset,
  withParams,
  type DatasetIssueCode,
  type Issue,
  type IssueOf,
  type IssueParam,
  type ParsedDataset,
} from "../../src/index.js";
import { defineRule, TONGCHENG_2019, validateDataset, type CharterIssueCode } from "../../src/charter/index.js";
import { HIERARCHY_MESSAGES, type HierarchyIssueCode } from "../../src/hierarchy/index.js";
import { importTables } from "../../src/import/index.js";
import { parseStatisticalForm } from "../../src/statistics/index.js";
import type { CharterIssue } from "../../src/charter/messages.js";
import type { DatasetIssue } from "../../src/dataset/messages.js";
import type { HierarchyIssue } from "../../src/hierarchy/messages.js";
import type { ImportIssue } from "../../src/import/messages.js";
import type { FormIssue, StatisticsIssueCode } from "../../src/statistics/messages.js";

declare const dataset: ParsedDataset;

const messages = defineMessages({
  "mine.name-too-long": { "zh-CN": "名称超过 {max} 个字", en: "name longer than {max} characters" },
  "mine.no-office": { "zh-CN": "没有办公场所", en: "no office" },
  "mine.cycle": withParams<{ cyclePath: string; cycle: readonly string[] }>()({ "zh-CN": "循环：{cyclePath}", en: "cycle: {cyclePath}" }),
});
type MineIssue = IssueOf<typeof messages>;

describe("switch on code narrows params", () => {
  it("gives each code of a catalogue its own params", () => {
    const describeIssue = (issue: MineIssue): unknown => {
      switch (issue.code) {
        case "mine.name-too-long":
          expectTypeOf(issue.params).toEqualTypeOf<Readonly<{ readonly max: IssueParam }>>();
          return issue.params.max;
        case "mine.cycle":
          expectTypeOf(issue.params.cycle).toEqualTypeOf<readonly string[]>();
          // @ts-expect-error -- a cycle issue has no max
          return issue.params.max;
        case "mine.no-office":
          // @ts-expect-error -- a message with no placeholder has no params to read
          return issue.params.max.length;
      }
    };
    expectTypeOf(describeIssue).returns.toBeUnknown();
  });

  it("narrows the library's own issues", () => {
    const { issues } = buildHierarchy([]);
    for (const issue of issues) {
      if (issue.code === "hierarchy.cycle") {
        expectTypeOf(issue.params.cycle).toEqualTypeOf<readonly string[]>();
        expectTypeOf(issue.params.count).toEqualTypeOf<number>();
      }
      if (issue.code === "hierarchy.multiple-roots") expectTypeOf(issue.params.roots).toEqualTypeOf<readonly string[]>();
    }
    for (const issue of parseDataset({}).issues) {
      if (issue.code === "id.duplicate") expectTypeOf(issue.params).toHaveProperty("first");
      if (issue.code === "shape.invalid-type") expectTypeOf(issue.params.expected).toEqualTypeOf<string | undefined>();
    }
  });

  it("keeps every known issue an Issue, for code that handles any issue", () => {
    expectTypeOf<DatasetIssue>().toExtend<Issue>();
    expectTypeOf<CharterIssue>().toExtend<Issue>();
    expectTypeOf<MineIssue>().toExtend<Issue>();
  });
});

describe("createIssue checks the code and its params", () => {
  it("takes the params the code's messages name and gives that code's issue", () => {
    const issue = createIssue({ catalog: messages, code: "mine.name-too-long", params: { max: 20 }, path: ["name"] });
    expectTypeOf(issue.code).toEqualTypeOf<"mine.name-too-long">();
    expectTypeOf(issue.params.max).toEqualTypeOf<IssueParam>();
    createIssue({ catalog: messages, code: "mine.no-office", params: {}, path: [] });
    const cycle = createIssue({ catalog: messages, code: "mine.cycle", params: { cyclePath: "a → a", cycle: ["a", "a"] }, path: [] });
    expectTypeOf(cycle.params.cycle).toEqualTypeOf<readonly string[]>();
  });

  it("rejects an unknown code, a missing param, a param the messages do not name", () => {
    // @ts-expect-error -- the catalogue has no such code
    createIssue({ catalog: messages, code: "mine.unknown", params: {}, path: [] });
    // @ts-expect-error -- max is missing
    createIssue({ catalog: messages, code: "mine.name-too-long", params: {}, path: [] });
    // @ts-expect-error -- min is not a param of this code
    createIssue({ catalog: messages, code: "mine.name-too-long", params: { max: 20, min: 1 }, path: [] });
    // @ts-expect-error -- a message with no placeholders takes no params
    createIssue({ catalog: messages, code: "mine.no-office", params: { max: 20 }, path: [] });
    // @ts-expect-error -- declared params are checked by type: a cycle is a list
    createIssue({ catalog: messages, code: "mine.cycle", params: { cyclePath: "a → a", cycle: "a" }, path: [] });
    // @ts-expect-error -- the hierarchy's self-parent issue needs the id
    createIssue({ catalog: HIERARCHY_MESSAGES, code: "hierarchy.self-parent", params: {}, path: [] });
    // @ts-expect-error -- params of one catalogue do not fit a code of another
    createIssue({ catalog: DATASET_MESSAGES, code: "id.duplicate", params: { id: "a" }, path: [] });
  });
});

describe("withParams", () => {
  it("must declare every placeholder of the messages", () => {
    defineMessages({
      // @ts-expect-error -- {cyclePath} is in the messages but not in the declared params
      "mine.cycle": withParams<{ cycle: readonly string[] }>()({ "zh-CN": "循环：{cyclePath}", en: "cycle: {cyclePath}" }),
    });
  });
});

describe("each function's result says which codes it can carry", () => {
  it("parseDataset: dataset codes", () => {
    expectTypeOf(parseDataset({}).issues).toEqualTypeOf<readonly DatasetIssue[]>();
    expectTypeOf<DatasetIssue["code"]>().toEqualTypeOf<DatasetIssueCode>();
  });

  it("buildHierarchy: hierarchy codes", () => {
    expectTypeOf(buildHierarchy([]).issues).toEqualTypeOf<readonly HierarchyIssue[]>();
    expectTypeOf<HierarchyIssue["code"]>().toEqualTypeOf<HierarchyIssueCode>();
  });

  it("parseStatisticalForm: the form's codes and shape codes", () => {
    expectTypeOf(parseStatisticalForm({}).issues).toEqualTypeOf<readonly FormIssue[]>();
    expectTypeOf<FormIssue["code"]>().toEqualTypeOf<
      StatisticsIssueCode | Extract<DatasetIssueCode, `shape.${string}`> | "date.out-of-range"
    >();
  });

  it("importTables: import codes and dataset codes", () => {
    expectTypeOf(importTables([]).issues).toEqualTypeOf<readonly (ImportIssue | DatasetIssue)[]>();
    const [issue] = importTables([]).issues;
    if (issue?.code === "import.date-invalid") {
      expectTypeOf(issue.params.table).toEqualTypeOf<string>();
      expectTypeOf(issue.params.row).toEqualTypeOf<number | undefined>();
    }
  });

  it("validateDataset: charter codes with the built-in rules, and a user's own codes with theirs", () => {
    const builtIn = validateDataset(dataset, { asOf: "2020-09-07" });
    expectTypeOf(builtIn.associations[0]!.issues).toEqualTypeOf<readonly CharterIssue[]>();
    expectTypeOf<CharterIssue["code"]>().toEqualTypeOf<CharterIssueCode>();
    expectTypeOf(validateDataset(dataset, { asOf: "2020-09-07", rules: [TONGCHENG_2019] }).associations[0]!.issues).toEqualTypeOf<
      readonly CharterIssue[]
    >();

    const nameLength = defineRule({
      id: "mine/name-length",
      title: { "zh-CN": "名称长度", en: "Name length" },
      source: { title: "本单位命名规范", issuer: "本单位", date: null, link: null },
      appliesTo: { kinds: ["village"] },
      codes: ["mine.name-too-long"],
      check: ({ association, path, locale }) =>
        association.name.length > 20
          ? [createIssue({ catalog: messages, code: "mine.name-too-long", params: { max: 20 }, path: [...path, "name"], locale })]
          : [],
    });
    const mixed = validateDataset(dataset, {
      asOf: "2020-09-07",
      rules: [TONGCHENG_2019, nameLength],
    });
    for (const issue of mixed.associations[0]!.issues) {
      if (issue.code === "mine.name-too-long") expectTypeOf(issue.params.max).toEqualTypeOf<IssueParam>();
      if (issue.code === "charter.committee-size") expectTypeOf(issue.params).toHaveProperty("min");
    }
  });
});
