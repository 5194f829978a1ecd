import { describe, expect, it } from "vitest";
import { buildHierarchy, LOCALES, type Association } from "../../src/index.js";
import { HIERARCHY_MESSAGES } from "../../src/hierarchy/index.js";
import { assoc, deepFreeze, idsOf, tongcheng } from "./helpers.js";
import { paramsOf } from "../helpers/params.js";

describe("buildHierarchy on sound data", () => {
  it("places every record and reports nothing", () => {
    const input = deepFreeze(tongcheng());
    const { hierarchy, issues, excluded } = buildHierarchy(input);
    expect(issues).toEqual([]);
    expect(excluded).toEqual([]);
    expect(hierarchy.size).toBe(10);
    expect(idsOf(hierarchy.roots())).toEqual(["ah"]);
    expect(idsOf(hierarchy.children("tc"))).toEqual(["kc", "wd", "health", "school"]);
  });

  it("never changes its input", () => {
    const input = tongcheng();
    const before = structuredClone(input);
    deepFreeze(input);
    buildHierarchy(input, { virtualRoot: { id: "all" }, singleRoot: true });
    expect(input).toEqual(before);
  });

  it("returns the input records themselves, not copies", () => {
    const input = deepFreeze(tongcheng());
    const { hierarchy } = buildHierarchy(input);
    expect(hierarchy.get("kc")).toBe(input[3]);
  });

  it("throws a TypeError only for a non-array argument", () => {
    expect(() => buildHierarchy({} as unknown as Association[])).toThrow(TypeError);
    expect(() => buildHierarchy(null as unknown as Association[])).toThrow(/^buildHierarchy:/);
  });

  it("gives a frozen result", () => {
    const result = buildHierarchy(tongcheng());
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.issues)).toBe(true);
    expect(Object.isFrozen(result.hierarchy)).toBe(true);
  });
});

describe("integrity issues", () => {
  // Townships under townships let the fixture's cycle be a cycle only, not also a parent-kind fault.
  const options = { allowedParents: { township: ["county", "township"] } } as const;
  const faulty = (): Association[] =>
    deepFreeze([
      assoc("tc", "county"),
      assoc("kc", "township", "tc"),
      assoc("kc", "township", "tc"), // 2: duplicate
      assoc("lost", "township", "nowhere"), // 3: missing parent
      assoc("me", "township", "me"), // 4: self-parent
      assoc("x", "township", "y"), // 5: cycle x → y → z → x
      assoc("y", "township", "z"),
      assoc("z", "township", "x"),
      assoc("under", "village", "y"), // 8: under the cycle
      assoc("ent", "enterprise", "tc"),
      assoc("v", "village", "ent"), // 10: village under an enterprise
    ]);

  it("reports every fault at once, with paths into the input", () => {
    const { issues } = buildHierarchy(faulty(), { ...options, locale: "en" });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["hierarchy.duplicate-id", [2, "id"]],
      ["hierarchy.missing-parent", [3, "parentId"]],
      ["hierarchy.self-parent", [4, "parentId"]],
      ["hierarchy.parent-kind", [10, "parentId"]],
      ["hierarchy.cycle", [5, "parentId"]],
    ]);
    expect(issues.every((i) => i.severity === "error")).toBe(true);
  });

  it("names the whole cycle", () => {
    const { issues } = buildHierarchy(faulty(), { ...options, locale: "en" });
    const cycle = issues.find((i) => i.code === "hierarchy.cycle");
    expect(cycle?.params).toEqual({ id: "x", cycle: ["x", "y", "z", "x"], cyclePath: "x → y → z → x", count: 3 });
    expect(cycle?.message).toBe("parent links form a cycle: x → y → z → x; its 3 members and their descendants are left out");
  });

  it("writes messages in zh-CN by default", () => {
    const { issues } = buildHierarchy(faulty(), options);
    expect(issues.find((i) => i.code === "hierarchy.missing-parent")?.message).toBe("lost 的上级 nowhere 不存在，lost 作为根节点");
    expect(issues.find((i) => i.code === "hierarchy.parent-kind")?.message).toBe("v（村科协）不能以 ent（企业科协）为上级");
  });

  it("builds the sound part: orphans and self-parents become roots, cycles are left out and listed", () => {
    const { hierarchy, excluded } = buildHierarchy(faulty(), options);
    expect(idsOf(hierarchy.roots())).toEqual(["tc", "lost", "me"]);
    expect(hierarchy.has("x")).toBe(false);
    expect(hierarchy.has("under")).toBe(false);
    expect(hierarchy.parent("v")?.id).toBe("ent");
    expect(excluded).toEqual([
      { index: 2, id: "kc", reason: "duplicate" },
      { index: 5, id: "x", reason: "cycle" },
      { index: 6, id: "y", reason: "cycle" },
      { index: 7, id: "z", reason: "cycle" },
      { index: 8, id: "under", reason: "under-cycle" },
    ]);
    expect(hierarchy.size + excluded.length).toBe(faulty().length);
  });

  it("links siblings that are not adjacent to the same parent", () => {
    // A root between two children of the same parent must not make the second lose its parent.
    const input = deepFreeze([assoc("t", "township"), assoc("v1", "village", "t"), assoc("r", "county"), assoc("v2", "village", "t")]);
    const { hierarchy, issues } = buildHierarchy(input);
    expect(issues).toEqual([]);
    expect(idsOf(hierarchy.children("t"))).toEqual(["v1", "v2"]);
  });

  it("keeps the first of duplicate records", () => {
    const first = assoc("a", "county");
    const second = assoc("a", "provincial");
    const { hierarchy } = buildHierarchy(deepFreeze([first, second]));
    expect(hierarchy.get("a")).toBe(first);
  });

  it("reports records without a usable id", () => {
    const input = deepFreeze([assoc("a", "county"), { kind: "village" } as unknown as Association, null as unknown as Association]);
    const { hierarchy, issues, excluded } = buildHierarchy(input, { locale: "en" });
    expect(issues.map((i) => i.code)).toEqual(["hierarchy.invalid-id", "hierarchy.invalid-id"]);
    expect(excluded).toEqual([
      { index: 1, reason: "invalid-id" },
      { index: 2, reason: "invalid-id" },
    ]);
    expect(hierarchy.size).toBe(1);
  });

  it("in strict mode gives no hierarchy on any error, but still every issue", () => {
    const result = buildHierarchy(faulty(), { ...options, strict: true });
    expect(result.hierarchy).toBeUndefined();
    expect(result.issues).toHaveLength(5);
    expect(buildHierarchy(tongcheng(), { strict: true }).hierarchy?.size).toBe(10);
  });

  it("reports several roots when one is required, listing them", () => {
    const input = deepFreeze([assoc("a", "county"), assoc("b", "county"), assoc("c", "township", "a")]);
    expect(buildHierarchy(input).issues).toEqual([]);
    const { issues } = buildHierarchy(input, { singleRoot: true, locale: "en" });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe("hierarchy.multiple-roots");
    expect(paramsOf(issues[0])["roots"]).toEqual(["a", "b"]);
    expect(issues[0]?.message).toBe("a single root is required but there are 2: a, b");
    expect(buildHierarchy(tongcheng(), { singleRoot: true }).issues).toEqual([]);
  });

  it("shortens a long list of roots in the message but keeps all in params", () => {
    const input = deepFreeze(Array.from({ length: 12 }, (_, i) => assoc(`r${i}`, "county")));
    const [issue] = buildHierarchy(input, { singleRoot: true, locale: "en" }).issues;
    expect(issue?.message).toBe("a single root is required but there are 12: r0, r1, r2, r3, r4, r5, r6, r7, r8, r9 … (+2)");
    expect(paramsOf(issue)["roots"]).toHaveLength(12);
  });
});

describe("allowed parent kinds", () => {
  it("follows the default table", () => {
    const ok = deepFreeze([
      assoc("n", "national"),
      assoc("p", "provincial", "n"),
      assoc("s", "society", "p"),
      assoc("u", "university", "p"),
      assoc("c", "county", "p"),
      assoc("t", "township", "c"),
      assoc("r", "rural-technical-association", "t"),
      assoc("v", "village", "t"),
    ]);
    expect(buildHierarchy(ok).issues).toEqual([]);
    const bad = deepFreeze([assoc("c", "county"), assoc("n", "national", "c"), assoc("e", "enterprise", "c"), assoc("v", "village", "e")]);
    const { issues } = buildHierarchy(bad, { locale: "en" });
    expect(issues.map((i) => paramsOf(i)["id"])).toEqual(["n", "v"]);
    expect(issues[1]?.params).toMatchObject({ kind: "village", parentKind: "enterprise", parentId: "e" });
    expect(issues[1]?.message).toBe("v (village association) cannot have e (enterprise association) as its parent");
  });

  it("can be overridden by a table (per kind) or a predicate", () => {
    const input = deepFreeze([assoc("c", "county"), assoc("v", "village", "c")]);
    expect(buildHierarchy(input).issues).toEqual([]);
    expect(buildHierarchy(input, { allowedParents: { village: ["township"] } }).issues.map((i) => i.code)).toEqual([
      "hierarchy.parent-kind",
    ]);
    expect(buildHierarchy(input, { allowedParents: (child) => child !== "village" }).issues).toHaveLength(1);
    const bad = deepFreeze([assoc("e", "enterprise"), assoc("v", "village", "e")]);
    expect(buildHierarchy(bad, { allowedParents: () => true }).issues).toEqual([]);
  });
});

describe("virtual root", () => {
  it("hangs every root under one synthetic node", () => {
    const input = deepFreeze([assoc("a", "county"), assoc("b", "county"), assoc("c", "township", "a")]);
    const { hierarchy, issues } = buildHierarchy(input, { virtualRoot: { id: "all", name: "全国" } });
    expect(issues).toEqual([]);
    expect(hierarchy.size).toBe(4);
    expect(hierarchy.roots()).toEqual([{ id: "all", name: "全国", virtual: true }]);
    expect(idsOf(hierarchy.children("all"))).toEqual(["a", "b"]);
    expect(hierarchy.depth("c")).toBe(2);
    expect(hierarchy.lowestCommonAncestor("c", "b")?.id).toBe("all");
    expect(idsOf(hierarchy.path("c", "b"))).toEqual(["c", "a", "all", "b"]);
    expect(hierarchy.kindAt(0)).toBeUndefined();
  });

  it("is not added when a record already has its id", () => {
    const input = deepFreeze([assoc("a", "county"), assoc("all", "county")]);
    const { hierarchy, issues } = buildHierarchy(input, { virtualRoot: { id: "all" }, locale: "en" });
    expect(issues.map((i) => i.code)).toEqual(["hierarchy.virtual-root-id"]);
    expect(idsOf(hierarchy.roots())).toEqual(["a", "all"]);
    expect(hierarchy.get("all")).toBe(input[1]);
  });
});

describe("messages", () => {
  it("exist in every locale for every code, with the same placeholders", () => {
    for (const [code, templates] of Object.entries(HIERARCHY_MESSAGES)) {
      const names = LOCALES.map((locale) =>
        [...templates[locale].matchAll(/\{(\w+)\}/g)]
          .map((m) => m[1])
          .sort()
          .join(),
      );
      expect(new Set(names).size, code).toBe(1);
      expect(code.startsWith("hierarchy.")).toBe(true);
    }
  });
});
