/**
 * Misuse of the API: a wrong argument throws a TypeError that starts with the function's name and says
 * what to do; an id that is not in a hierarchy never matches a node; nothing half-works on raw data.
 */
import { describe, expect, it } from "vitest";
import { activityStats, dormantAssociations, growth, leadershipCoverage, targetCoverage, workCoverage } from "../../src/metrics/index.js";
import {
  buildDivisionHierarchy,
  buildHierarchy,
  coverageByArea,
  createIssue,
  DATASET_MESSAGES,
  indexDataset,
  isDatasetIndex,
  isParsedDataset,
  label,
  organisationalCoverage,
  parseDataset,
  rollup,
  toJsonSchema,
  type Association,
} from "../../src/index.js";
import { facilityStats, outputStats } from "../../src/metrics/index.js";
import { buildHierarchyBy, type HierarchySource } from "../../src/hierarchy/index.js";
import {
  committeeSize,
  committeeTerm,
  congressCycle,
  createValidationContext,
  deadlineStatus,
  fiveHasRules,
  postHolders,
  structureRules,
  termRules,
  tongcheng2019,
  validateAssociation,
  validateDataset,
} from "../../src/charter/index.js";
import { deadlineStatusWith } from "../../src/charter/rules/deadline.js";
import { toCsv } from "../../src/csv/index.js";
import { zodErrorMap } from "../../src/_lib/shape-issues.js";
import { deepFreeze } from "../helpers/deep-freeze.js";
import { parsed } from "../helpers/parsed.js";
import { validDoc } from "./support.js";
import { paramsOf } from "../helpers/params.js";

const AS_OF = "2020-09-07";
const SOURCE = { title: "依据", issuer: "发文机关", date: null, link: null };
const RULE = { id: "mine/rule", source: SOURCE, appliesTo: { kinds: "all" as const } };

const tree: Association[] = deepFreeze([
  { id: "tc", name: "桐城市科协", kind: "county", establishedOn: "1980-01-01" },
  { id: "kc", name: "孔城镇科协", kind: "township", parentId: "tc", establishedOn: "2019-04-20" },
  { id: "v1", name: "村科协", kind: "village", parentId: "kc", establishedOn: "2019-04-20" },
  { id: "other", name: "另一县科协", kind: "county", establishedOn: "1980-01-01" },
]);

describe("hierarchy queries: anything but the id of a placed node matches nothing", () => {
  const NOT_IDS: readonly unknown[] = [undefined, null, 0, 1, true, {}, [], "", "nope", "tc ", new String("tc")];

  it.each([
    ["without a virtual root", buildHierarchy(tree).hierarchy],
    ["with a virtual root", buildHierarchy(tree, { virtualRoot: { id: "all" } }).hierarchy],
  ])("%s", (_name, hierarchy) => {
    for (const id of NOT_IDS) {
      const x = id as string;
      expect(hierarchy.has(x), String(id)).toBe(false);
      expect(hierarchy.get(x)).toBeUndefined();
      expect(hierarchy.indexOf(x)).toBe(-1);
      expect(hierarchy.parent(x)).toBeUndefined();
      expect(hierarchy.children(x)).toEqual([]);
      expect(hierarchy.siblings(x)).toEqual([]);
      expect(hierarchy.ancestors(x)).toEqual([]);
      expect(hierarchy.descendants(x)).toEqual([]);
      expect(hierarchy.path(x, "v1")).toEqual([]);
      expect(hierarchy.path("v1", x)).toEqual([]);
      expect(hierarchy.lowestCommonAncestor(x, "v1")).toBeUndefined();
      expect(hierarchy.lowestCommonAncestor("v1", x)).toBeUndefined();
      expect(hierarchy.depth(x)).toBeUndefined();
      expect(hierarchy.height(x)).toBeUndefined();
      expect(hierarchy.subtreeSize(x)).toBe(0);
      expect(hierarchy.isAncestor(x, "v1")).toBe(false);
      expect(hierarchy.isAncestor("v1", x)).toBe(false);
      expect(hierarchy.isDescendant("v1", x)).toBe(false);
      expect(hierarchy.isDescendant(x, "v1")).toBe(false);
      // With an argument, even `undefined` from a look-up that found nothing, no subtree: not the forest.
      expect(hierarchy.leaves(x)).toEqual([]);
      expect(hierarchy.leafCount(x)).toBe(0);
      expect([...hierarchy.preorder(x)]).toEqual([]);
      expect([...hierarchy.postorder(x)]).toEqual([]);
      expect([...hierarchy.breadthFirst(x)]).toEqual([]);
      expect(rollup(hierarchy, () => 1).get(x)).toBeUndefined();
    }
    // Without an argument, the whole forest, as documented.
    expect(hierarchy.leafCount()).toBe(2);
    expect([...hierarchy.preorder()]).toHaveLength(hierarchy.size);
    expect(hierarchy.get("tc")?.id).toBe("tc");
  });

  it("ranks that are not whole numbers within the size are no rank", () => {
    const { hierarchy } = buildHierarchy(tree);
    for (const rank of [-1, 4, 0.5, Number.NaN, Infinity, "0", undefined, null]) {
      const r = rank as number;
      expect(hierarchy.nodeAt(r)).toBeUndefined();
      expect(hierarchy.idAt(r)).toBeUndefined();
      expect(hierarchy.kindAt(r)).toBeUndefined();
      expect(hierarchy.parentIndexAt(r)).toBe(-1);
      expect(hierarchy.depthAt(r)).toBe(-1);
      expect(hierarchy.subtreeSizeAt(r)).toBe(0);
    }
  });

  it("a malformed descendants filter is misuse", () => {
    const { hierarchy } = buildHierarchy(tree);
    for (const filter of [
      null,
      "village",
      { kinds: "village" },
      { maxDepth: Number.NaN },
      { maxDepth: -1 },
      { maxDepth: 1.5 },
      { maxDepth: "2" },
    ]) {
      expect(() => hierarchy.descendants("tc", filter as never), JSON.stringify(filter)).toThrow(/^descendants: filter/);
    }
    expect(hierarchy.descendants("tc", { maxDepth: 0 })).toEqual([]);
    expect(hierarchy.descendants("tc", { maxDepth: 1, kinds: ["township"] }).map((a) => a.id)).toEqual(["kc"]);
  });
});

describe("buildHierarchy reports records it cannot read, and builds the rest", () => {
  const throwing = (): Association =>
    Object.defineProperty({ name: "x", kind: "village", establishedOn: "2019-01-01" }, "id", {
      enumerable: true,
      get() {
        throw new Error("getter says no");
      },
    }) as Association;
  const revoked = (): Association => {
    const { proxy, revoke } = Proxy.revocable({ id: "r", name: "x", kind: "village", establishedOn: "2019-01-01" }, {});
    revoke();
    return proxy as Association;
  };

  it("a throwing getter and a revoked proxy, in a deep-frozen array", () => {
    // Frozen one level deep: a revoked proxy cannot even be asked whether it is frozen.
    const records = Object.freeze([
      ...tree.slice(0, 2),
      Object.freeze(throwing()),
      tree[2] as Association,
      revoked(),
      tree[3] as Association,
    ]);
    const { hierarchy, issues, excluded } = buildHierarchy(records, { locale: "en" });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["hierarchy.unreadable", [2]],
      ["hierarchy.unreadable", [4]],
    ]);
    expect(issues[0]?.message).toBe("record 2 cannot be read (getter says no) and is left out");
    expect(paramsOf(issues[1])["reason"]).toMatch(/revoked/);
    expect(excluded).toEqual([
      { index: 2, reason: "unreadable" },
      { index: 4, reason: "unreadable" },
    ]);
    expect(hierarchy.size).toBe(4);
    expect(hierarchy.ancestors("v1").map((a) => a.id)).toEqual(["kc", "tc"]);
  });

  it("a getter on the array itself, read once", () => {
    let reads = 0;
    const records: Association[] = [...tree];
    Object.defineProperty(records, 1, {
      get() {
        reads += 1;
        throw new RangeError("index getter");
      },
    });
    const { hierarchy, issues } = buildHierarchy(records);
    expect(issues.map((i) => i.code)).toEqual(["hierarchy.unreadable", "hierarchy.missing-parent"]);
    expect(hierarchy.has("v1")).toBe(true);
    expect(hierarchy.has("kc")).toBe(false);
    // Once by the fast pass, once by the careful one; never again after the read.
    expect(reads).toBe(2);
    expect(hierarchy.nodeAt(hierarchy.indexOf("tc"))?.id).toBe("tc");
  });

  it("in the division and generic builders too, and in zh-CN", () => {
    const divisions = buildDivisionHierarchy([{ code: "340881", name: "桐城市", level: "county" }, revoked() as never]);
    // Unreadable records are found with the ids, before any parent is looked up.
    expect(divisions.issues.map((i) => i.code)).toEqual(["hierarchy.unreadable", "hierarchy.missing-parent"]);
    expect(divisions.issues[0]?.message).toMatch(/^第 1 条记录读取时出错（.+），未纳入层级$/);
    const source: HierarchySource<Association, string> = {
      idField: "id",
      parentField: "parentId",
      idOf: (a) => a.id,
      parentOf: (a) => a.parentId,
      kindOf: () => undefined,
    };
    expect(buildHierarchyBy([throwing()], source).excluded).toEqual([{ index: 0, reason: "unreadable" }]);
  });
});

describe("options that are not an object, an unknown locale, a wrong virtual root", () => {
  it.each([
    ["parseDataset", () => parseDataset(validDoc(), null as never), /^parseDataset: options must be an object; got null$/],
    [
      "parseDataset",
      () => parseDataset(validDoc(), { locale: "fr" } as never),
      /^parseDataset: options\.locale must be one of zh-CN, en; got "fr"$/,
    ],
    ["buildHierarchy", () => buildHierarchy(tree, null as never), /^buildHierarchy: options must be an object; got null$/],
    ["buildHierarchy", () => buildHierarchy(tree, { locale: "de" } as never), /^buildHierarchy: options\.locale must be one of/],
    [
      "buildHierarchy",
      () => buildHierarchy(tree, { virtualRoot: "all" } as never),
      /^buildHierarchy: options\.virtualRoot must be \{ id, name\? \}/,
    ],
    ["buildHierarchy", () => buildHierarchy(tree, { virtualRoot: null } as never), /^buildHierarchy: options\.virtualRoot/],
    ["buildHierarchy", () => buildHierarchy(tree, { virtualRoot: { id: "" } }), /^buildHierarchy: options\.virtualRoot/],
    ["buildHierarchy", () => buildHierarchy(tree, { virtualRoot: { id: 5 } } as never), /^buildHierarchy: options\.virtualRoot/],
    [
      "buildHierarchy",
      () => buildHierarchy(tree, { virtualRoot: { id: "all", name: 3 } } as never),
      /^buildHierarchy: options\.virtualRoot/,
    ],
    ["buildHierarchy", () => buildHierarchy(tree, { strict: "yes" } as never), /^buildHierarchy: options\.strict must be true or false/],
    ["buildHierarchy", () => buildHierarchy(tree, { allowedParents: "any" } as never), /^buildHierarchy: options\.allowedParents/],
    ["buildDivisionHierarchy", () => buildDivisionHierarchy([], { locale: "zh" } as never), /^buildDivisionHierarchy: options\.locale/],
    ["buildHierarchyBy", () => buildHierarchyBy([], null as never), /^buildHierarchyBy: source must be an object/],
    ["buildHierarchyBy", () => buildHierarchyBy([], {} as never), /^buildHierarchyBy: source must have/],
    ["rollup", () => rollup(buildHierarchy(tree).hierarchy, () => 1, null as never), /^rollup: options must be an object/],
    [
      "rollup",
      () => rollup(buildHierarchy(tree).hierarchy, () => 1, { combine: "avg" } as never),
      /^rollup: options\.combine must be one of/,
    ],
    ["rollup", () => rollup({} as never, () => 1), /^rollup: hierarchy must be/],
    ["toCsv", () => toCsv([], null as never), /^toCsv: options must be an object/],
    ["toCsv", () => toCsv([{ a: 1 }], { columns: "a" } as never), /^toCsv: options\.columns must be an array of strings/],
    [
      "validateDataset",
      () => validateDataset(parsed(validDoc()), { asOf: AS_OF, locale: "EN" } as never),
      /^validateDataset: options\.locale must be one of zh-CN, en; got "EN"$/,
    ],
    ["label", () => label("post", "chair", "fr" as never), /^label: locale must be one of zh-CN, en; got "fr"$/],
    ["label", () => label("nope" as never, "chair" as never), /^label: unknown enum "nope"/],
    [
      "createIssue",
      () =>
        createIssue({
          catalog: DATASET_MESSAGES,
          code: "id.duplicate",
          params: { entity: "associations", id: "a", first: "associations[0]" },
          path: [],
          locale: "fr" as never,
        }),
      /^createIssue: locale must be one of zh-CN, en; got "fr"$/,
    ],
    [
      "createIssue",
      () => createIssue({ catalog: DATASET_MESSAGES, code: "no.such" as never, params: {} as never, path: [], locale: "en" }),
      /^createIssue: the catalog has no code "no\.such"$/,
    ],
    ["zodErrorMap", () => zodErrorMap("fr" as never), /^zodErrorMap: locale must be one of zh-CN, en; got "fr"$/],
    [
      "toJsonSchema",
      () => toJsonSchema("constructor" as never),
      /^toJsonSchema: name must be one of dataset, association, committee, member, activity, division, person, facility, output; got "constructor"$/,
    ],
    [
      "activityStats",
      () => activityStats(parsed(validDoc()), { asOf: AS_OF, by: ["subtree"], subtreeRoots: ["x"], hierarchy: {} as never }),
      /^activityStats: options\.hierarchy/,
    ],
  ])("%s", (_name, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it("rule factories and rule sets name themselves", () => {
    for (const [name, call] of [
      ["committeeSize", () => committeeSize(null as never)],
      ["committeeTerm", () => committeeTerm(undefined as never)],
      ["congressCycle", () => congressCycle("x" as never)],
      ["fiveHasRules", () => fiveHasRules(null as never)],
      ["postHolders", () => postHolders(null as never)],
      ["termRules", () => termRules(null as never)],
      ["structureRules", () => structureRules(null as never)],
      ["tongcheng2019", () => tongcheng2019(null as never)],
    ] as const) {
      expect(call).toThrow(new RegExp(`^${name}: options must be an object`));
    }
    expect(() => committeeSize({ ...RULE, id: "" })).toThrow(/^committeeSize: options\.id must be a non-empty string; got ""$/);
  });

  it("a known locale still works everywhere", () => {
    expect(label("post", "chair", "en")).toBe("chair");
    expect(parseDataset(validDoc(), { locale: "en" }).ok).toBe(true);
    expect(buildHierarchy(tree, { locale: "en", strict: false, virtualRoot: { id: "all", name: "全国" } }).hierarchy.size).toBe(5);
  });
});

describe("a data set must come from parseDataset", () => {
  const RAW = [null, undefined, "x", 3, { id: "x" }, {}, { associations: [] }];
  const data = parsed(validDoc());
  const index = indexDataset(data);
  const calls: readonly [string, (d: unknown) => unknown][] = [
    ["validateDataset", (d) => validateDataset(d as never, { asOf: AS_OF })],
    ["indexDataset", (d) => indexDataset(d as never)],
    ["createValidationContext", (d) => createValidationContext(d as never)],
    ["dormantAssociations", (d) => dormantAssociations(d as never, { asOf: AS_OF, months: 12 })],
    [
      "leadershipCoverage",
      (d) => leadershipCoverage(d as never, { asOf: AS_OF, kinds: ["township"], requiredHeads: ["agri-station-head"] }),
    ],
    ["workCoverage", (d) => workCoverage(d as never, { from: "2020-01-01", asOf: AS_OF })],
    ["activityStats", (d) => activityStats(d as never, { asOf: AS_OF, by: [] })],
  ];

  it.each(calls)("%s refuses raw JSON, with what to do", (name, call) => {
    for (const raw of [...RAW, JSON.parse(JSON.stringify(validDoc())), { ...data }, structuredClone(data)]) {
      expect(() => call(raw)).toThrow(TypeError);
      expect(() => call(raw)).toThrow(new RegExp(`^${name}: the data set has not been parsed; call parseDataset first`));
    }
    expect(() => call(data)).not.toThrow();
  });

  it("an index or a context is accepted where the functions take one, and named where they do not", () => {
    const context = createValidationContext(data);
    for (const [, call] of calls.slice(2)) {
      expect(() => call(index)).not.toThrow();
      expect(() => call(context)).not.toThrow();
    }
    expect(() => validateDataset(index as never, { asOf: AS_OF })).toThrow(
      /^validateDataset: expected a parsed data set, got its index; pass index\.dataset$/,
    );
    expect(() => validateAssociation(data.associations[0] as Association, context, { asOf: AS_OF })).not.toThrow();
    expect(() => validateAssociation(data.associations[0] as Association, index as never, { asOf: AS_OF })).toThrow(
      /^validateAssociation: context must come from createValidationContext$/,
    );
    expect(() => validateAssociation(data.associations[0] as Association, {} as never, { asOf: AS_OF })).toThrow(
      /^validateAssociation: context must come from createValidationContext$/,
    );
    // Its look-ups: an unknown collection or a non-association is misuse; an unknown entity or id is no match.
    expect(() => context.positionOf("nope" as never, {})).toThrow(
      /^positionOf: collection must be one of associations, committees, members, activities; got "nope"$/,
    );
    expect(() => context.guidingLocalOf(undefined as never)).toThrow(/^guidingLocalOf: expected an association; got undefined$/);
    expect(context.positionOf("associations", {})).toBe(-1);
    expect(context.activitiesCoOrganizedBy(undefined as never)).toEqual([]);
    expect(context.divisionCodeOf(undefined as never)).toBeUndefined();
  });

  it("every metric takes a parsed data set or its index, nothing less", () => {
    for (const raw of [null, "x", { id: "x" }, { divisions: [], associations: [] }, []]) {
      expect(() => organisationalCoverage(raw as never, { asOf: AS_OF })).toThrow(/^organisationalCoverage: /);
      expect(() => coverageByArea(raw as never, { asOf: AS_OF })).toThrow(/^coverageByArea: /);
      expect(() => growth(raw as never, { asOf: AS_OF, from: AS_OF, kinds: [] })).toThrow(/^growth: /);
      expect(() => targetCoverage(raw as never, { asOf: AS_OF, targets: [] })).toThrow(/^targetCoverage: /);
    }
  });

  it("the mark is on the result only: deep-frozen input, invisible to JSON and to key listings", () => {
    const doc = deepFreeze(validDoc());
    const result = parseDataset(doc);
    if (!result.ok) throw new Error("the valid fixture must parse");
    expect(isParsedDataset(result.data)).toBe(true);
    expect(isParsedDataset(doc)).toBe(false);
    expect(isParsedDataset(deepFreeze(result.data))).toBe(true);
    expect(isDatasetIndex(indexDataset(result.data))).toBe(true);
    expect(isDatasetIndex(result.data)).toBe(false);
    expect(Object.keys(result.data)).toEqual([
      "formatVersion",
      "divisionList",
      "divisions",
      "associations",
      "committees",
      "members",
      "activities",
      "facilities",
      "outputs",
    ]);
    expect(JSON.parse(JSON.stringify(result.data))).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});

describe("every metric's misuse has one form: fn: options.<path> must be <expected>; got <value>", () => {
  const data = parsed(validDoc());
  const DATE = "a YYYY-MM-DD date from 1900-01-01 to 2099-12-31";

  it.each([
    [
      "organisationalCoverage",
      () => organisationalCoverage(data, { asOf: AS_OF, bySubKind: "yes" } as never),
      'options.bySubKind must be true or false; got "yes"',
    ],
    [
      "coverageByArea",
      () => coverageByArea(data, { asOf: AS_OF, kinds: { township: [] } } as never),
      "options.kinds.village must be an array; got undefined",
    ],
    [
      "targetCoverage",
      () => targetCoverage(data, { asOf: AS_OF, targets: [{ id: "a" }] } as never),
      "options.targets[0].name must be a string; got undefined",
    ],
    ["growth", () => growth(data, { from: "2020-9-7", asOf: AS_OF, kinds: [] }), `options.from must be ${DATE}; got "2020-9-7"`],
    [
      "leadershipCoverage",
      () => leadershipCoverage(data, { asOf: AS_OF, kinds: [], requiredHeads: ["mayor"] } as never),
      /^options\.requiredHeads\[0\] must be one of [a-z, -]+; got "mayor"$/,
    ],
    [
      "workCoverage",
      () => workCoverage(data, { from: AS_OF, asOf: AS_OF, scope: 340881 } as never),
      "options.scope must be a division code of 2, 4, 6, 9 or 12 digits; got 340881",
    ],
    [
      "dormantAssociations",
      () => dormantAssociations(data, { asOf: AS_OF, months: 12, coOrganizers: 1 } as never),
      "options.coOrganizers must be true or false; got 1",
    ],
    [
      "activityStats",
      () => activityStats(data, { asOf: AS_OF, by: ["subtree"] }),
      'options.subtreeRoots must be a list of association ids to group by "subtree"; got undefined',
    ],
    [
      "facilityStats",
      () => facilityStats(data, { asOf: AS_OF, by: ["area"], areaLevel: "city" } as never),
      /^options\.areaLevel must be one of province, prefecture, county, township, village; got "city"$/,
    ],
    [
      "outputStats",
      () => outputStats(data, { asOf: AS_OF, by: ["year", "month"] } as never),
      /^options\.by\[1\] must be one of year, kind, stage, association, subtree; got "month"$/,
    ],
  ] as const)("%s", (fn, call, message) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    const text = (thrown as TypeError).message;
    expect(text.startsWith(`${fn}: `), text).toBe(true);
    const rest = text.slice(fn.length + 2);
    if (typeof message === "string") expect(rest).toBe(message);
    else expect(rest).toMatch(message);
  });
});

describe("numeric options have bounds, checked alike everywhere", () => {
  const data = parsed(validDoc());
  const wholeNumber = /must be a whole number from -?\d+ to \d+; got /;

  it.each([
    ["dormantAssociations", "months", 1e9],
    ["dormantAssociations", "months", 0],
    ["dormantAssociations", "months", 1.5],
    ["dormantAssociations", "months", Number.NaN],
    ["dormantAssociations", "months", "12"],
    ["dormantAssociations", "months", 1201],
    ["dormantAssociations", "defaultTermYears", 21],
    ["dormantAssociations", "defaultTermYears", 10n],
  ] as const)("%s options.%s = %s", (fn, name, value) => {
    const call = () => dormantAssociations(data, { asOf: AS_OF, months: 12, [name]: value } as never);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(new RegExp(`^${fn}: options\\.${name} ${wholeNumber.source}`));
  });

  it("the widest window still gives a real date", () => {
    expect(dormantAssociations(data, { asOf: AS_OF, months: 1200 }).since).toBe("1920-09-07");
  });

  it.each([
    ["committeeTerm", () => committeeTerm({ ...RULE, termYears: 0 }), "termYears"],
    ["committeeTerm", () => committeeTerm({ ...RULE, termYears: 21 }), "termYears"],
    ["committeeTerm", () => committeeTerm({ ...RULE, warnMonths: -1 }), "warnMonths"],
    ["committeeTerm", () => committeeTerm({ ...RULE, warnMonths: 1e9 }), "warnMonths"],
    ["congressCycle", () => congressCycle({ ...RULE, years: Number.NaN }), "years"],
    ["congressCycle", () => congressCycle({ ...RULE, warnMonths: 2.5 }), "warnMonths"],
    ["fiveHasRules", () => fiveHasRules({ source: SOURCE, appliesTo: { kinds: "all" }, activityMonths: 0 }), "activityMonths"],
    ["fiveHasRules", () => fiveHasRules({ source: SOURCE, appliesTo: { kinds: "all" }, activityMonths: 1e9 }), "activityMonths"],
    ["committeeSize", () => committeeSize({ ...RULE, min: -1 }), "min"],
    ["committeeSize", () => committeeSize({ ...RULE, min: 9, max: 7 }), "max"],
    ["committeeSize", () => committeeSize({ ...RULE, min: 10 }), "max"],
    ["postHolders", () => postHolders({ ...RULE, post: "chair", min: 1.5, code: "charter.chair-count" }), "min"],
    ["postHolders", () => postHolders({ ...RULE, post: "chair", min: 2, max: 1, code: "charter.chair-count" }), "max"],
    ["termRules", () => termRules({ warnMonths: 1e9 }), "warnMonths"],
    ["termRules", () => termRules({ termYears: 100 }), "termYears"],
    ["termRules", () => termRules({ congressYears: 0 }), "congressYears"],
  ] as const)("%s: %s", (fn, call, name) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(new RegExp(`^${fn}: options\\.${name} ${wholeNumber.source}`));
  });

  it("deadline functions check their window the same way", () => {
    expect(() => deadlineStatus("2024-05-10", "2024-05-10", Number.NaN)).toThrow(
      /^deadlineStatus: arguments\.warnMonths must be a whole number from 0 to 240; got NaN$/,
    );
    expect(() => deadlineStatusWith(-6)).toThrow(
      /^deadlineStatusWith: arguments\.warnMonths must be a whole number from 0 to 240; got -6$/,
    );
    expect(deadlineStatus("2024-05-10", "2024-05-10", 240)).toBe("due-soon");
  });

  it("values on the bounds are accepted", () => {
    expect(() => committeeTerm({ ...RULE, termYears: 20, warnMonths: 0 })).not.toThrow();
    expect(() => congressCycle({ ...RULE, years: 1, warnMonths: 240 })).not.toThrow();
    expect(() => committeeSize({ ...RULE, min: 0, max: 10_000 })).not.toThrow();
    expect(() => committeeSize({ ...RULE, min: 9 })).not.toThrow();
    expect(() => fiveHasRules({ source: SOURCE, appliesTo: { kinds: "all" }, activityMonths: 1200 })).not.toThrow();
  });
});
