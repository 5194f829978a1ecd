/**
 * The hierarchy builders at their edges: misuse messages, the exact shape of every integrity issue and
 * excluded record, roots from null parents, records without a kind rule, the virtual root, long lists
 * and cycles shortened in messages, the parent-kind predicate's table merging, and roll-up look-ups.
 */
import { describe, expect, it } from "vitest";
import { buildDivisionHierarchy, buildHierarchy, rollup, type Association, type Division } from "../../src/index.js";
import { buildHierarchyBy, parentKindPredicate, type HierarchySource } from "../../src/hierarchy/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";
import { assoc } from "../hierarchy/helpers.js";
import { paramsOf } from "../helpers/params.js";

interface Unit {
  readonly key?: unknown;
  readonly up?: unknown;
}
const UNITS: HierarchySource<Unit, string> = {
  idField: "key",
  parentField: "up",
  idOf: (u) => u.key,
  parentOf: (u) => u.up,
  kindOf: () => undefined,
};

describe("misuse", () => {
  it.each([
    [null, "null"],
    [undefined, "undefined"],
    ["abc", '"abc"'],
    [{}, "[object]"],
    [3, "3"],
  ])("%j is not an array of records", (value, got) => {
    expect(() => buildHierarchy(value as never)).toThrow(new TypeError(`buildHierarchy: associations must be an array; got ${got}`));
    expect(() => buildDivisionHierarchy(value as never)).toThrow(
      new TypeError(`buildDivisionHierarchy: divisions must be an array; got ${got}`),
    );
    expect(() => buildHierarchyBy(value as never, UNITS)).toThrow(new TypeError(`buildHierarchyBy: records must be an array; got ${got}`));
  });
});

describe("issues and excluded records, exactly", () => {
  it("invalid ids, duplicates, a self-parent, a null parent and a missing parent", () => {
    const units: Unit[] = deepFreeze([
      { key: "a" },
      { key: "" },
      { key: 5 },
      { key: "a" },
      { key: "b", up: "b" },
      { key: "c", up: null },
      { key: "d", up: "zz" },
      {},
    ]);
    const { hierarchy, issues, excluded } = buildHierarchyBy(units, UNITS, { locale: "en" });
    expect(issues.map(({ code, path, params }) => ({ code, path, params }))).toEqual([
      { code: "hierarchy.invalid-id", path: [1, "key"], params: { index: 1 } },
      { code: "hierarchy.invalid-id", path: [2, "key"], params: { index: 2 } },
      { code: "hierarchy.duplicate-id", path: [3, "key"], params: { id: "a", index: 3, first: 0 } },
      { code: "hierarchy.invalid-id", path: [7, "key"], params: { index: 7 } },
      { code: "hierarchy.self-parent", path: [4, "up"], params: { id: "b" } },
      { code: "hierarchy.missing-parent", path: [6, "up"], params: { id: "d", parentId: "zz" } },
    ]);
    expect(issues.every((issue) => issue.severity === "error")).toBe(true);
    expect(excluded).toEqual([
      { index: 1, reason: "invalid-id" },
      { index: 2, reason: "invalid-id" },
      { index: 3, id: "a", reason: "duplicate" },
      { index: 7, reason: "invalid-id" },
    ]);
    expect(excluded[0]).not.toHaveProperty("id");
    expect(hierarchy.roots().map((u) => u.key)).toEqual(["a", "b", "c", "d"]);
    expect(hierarchy.size).toBe(4);
  });

  it("links any parent when the source has no parent-kind rule", () => {
    const { hierarchy, issues } = buildHierarchyBy(deepFreeze([{ key: "r" }, { key: "x", up: "r" }, { key: "y", up: "x" }]), UNITS);
    expect(issues).toEqual([]);
    expect(hierarchy.depth("y")).toBe(2);
    expect(hierarchy.subtreeSize("r")).toBe(3);
  });

  it("several roots with singleRoot: one issue at the root of the input, listing them", () => {
    const roots = Array.from({ length: 12 }, (_, i) => assoc(`r${i}`, "county"));
    const { issues } = buildHierarchy(deepFreeze(roots), { singleRoot: true, locale: "en" });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "hierarchy.multiple-roots", path: [], params: { count: 12, roots: roots.map((r) => r.id) } });
    expect(issues[0]?.message).toBe("a single root is required but there are 12: r0, r1, r2, r3, r4, r5, r6, r7, r8, r9 … (+2)");
    const ten = buildHierarchy(deepFreeze(roots.slice(0, 10)), { singleRoot: true, locale: "en" });
    expect(ten.issues[0]?.message).toBe("a single root is required but there are 10: r0, r1, r2, r3, r4, r5, r6, r7, r8, r9");
    expect(buildHierarchy(deepFreeze(roots.slice(0, 1)), { singleRoot: true }).issues).toEqual([]);
  });

  it("a cycle is reported from its smallest index, whole in params, shortened in the message past 20 ids", () => {
    // 3 → 1 → 2 → 3, reached first from 0 which hangs under it.
    const small = buildHierarchyBy(
      deepFreeze([
        { key: "h", up: "c3" },
        { key: "c1", up: "c2" },
        { key: "c2", up: "c3" },
        { key: "c3", up: "c1" },
      ]),
      UNITS,
      { locale: "en" },
    );
    expect(small.issues.map(({ code, path, params }) => ({ code, path, params }))).toEqual([
      {
        code: "hierarchy.cycle",
        path: [1, "up"],
        params: { id: "c1", cycle: ["c1", "c2", "c3", "c1"], cyclePath: "c1 → c2 → c3 → c1", count: 3 },
      },
    ]);
    expect(small.excluded).toEqual([
      { index: 0, id: "h", reason: "under-cycle" },
      { index: 1, id: "c1", reason: "cycle" },
      { index: 2, id: "c2", reason: "cycle" },
      { index: 3, id: "c3", reason: "cycle" },
    ]);
    const ring = (n: number): Unit[] => Array.from({ length: n }, (_, i) => ({ key: `n${i}`, up: `n${(i + 1) % n}` }));
    const at19 = paramsOf(buildHierarchyBy(deepFreeze(ring(19)), UNITS).issues[0])["cyclePath"];
    expect(at19).toBe([...ring(19).map((u) => u.key), "n0"].join(" → "));
    const at20 = paramsOf(buildHierarchyBy(deepFreeze(ring(20)), UNITS).issues[0])["cyclePath"];
    expect(at20).toBe("n0 → n1 → n2 → n3 → n4 → n5 → n6 → n7 → n8 → n9 → … → n16 → n17 → n18 → n19 → n0");
  });

  it("two cycles and the records under each", () => {
    const units = deepFreeze([
      { key: "a", up: "b" },
      { key: "b", up: "a" },
      { key: "x", up: "y" },
      { key: "y", up: "x" },
      { key: "u", up: "x" },
      { key: "ok" },
    ]);
    const { issues, excluded, hierarchy } = buildHierarchyBy(units, UNITS);
    expect(issues.map((i) => paramsOf(i)["cycle"])).toEqual([
      ["a", "b", "a"],
      ["x", "y", "x"],
    ]);
    expect(excluded.map((e) => `${e.id}:${e.reason}`)).toEqual(["a:cycle", "b:cycle", "x:cycle", "y:cycle", "u:under-cycle"]);
    expect(hierarchy.size).toBe(1);
  });
});

describe("the virtual root", () => {
  const forest = (): Association[] => deepFreeze([assoc("p1", "provincial"), assoc("c1", "county", "p1"), assoc("p2", "provincial")]);

  it("hangs every root under one node that has no kind and comes last among ids", () => {
    const { hierarchy, issues } = buildHierarchy(forest(), { virtualRoot: { id: "all", name: "全国" } });
    expect(issues).toEqual([]);
    expect(hierarchy.roots().map((n) => n.id)).toEqual(["all"]);
    expect(hierarchy.get("all")).toEqual({ id: "all", name: "全国", virtual: true });
    expect(hierarchy.kindAt(0)).toBeUndefined();
    expect(hierarchy.idAt(0)).toBe("all");
    expect(hierarchy.depth("c1")).toBe(2);
    expect(hierarchy.descendants("all", { kinds: ["provincial"] }).map((n) => n.id)).toEqual(["p1", "p2"]);
    expect(hierarchy.lowestCommonAncestor("c1", "p2")?.id).toBe("all");
    expect(buildHierarchy(forest(), { virtualRoot: { id: "all" } }).hierarchy.get("all")).toEqual({
      id: "all",
      name: "all",
      virtual: true,
    });
  });

  it("is not added when a record has its id", () => {
    const { hierarchy, issues } = buildHierarchy(forest(), { virtualRoot: { id: "p2" }, locale: "en" });
    expect(issues.map(({ code, path, params }) => ({ code, path, params }))).toEqual([
      { code: "hierarchy.virtual-root-id", path: [], params: { id: "p2", index: 2 } },
    ]);
    expect(hierarchy.roots().map((n) => n.id)).toEqual(["p1", "p2"]);
    const first = buildHierarchy(forest(), { virtualRoot: { id: "p1" } });
    expect(first.issues[0]?.params).toEqual({ id: "p1", index: 0 });
  });
});

describe("the input array", () => {
  it("is copied: changing it later does not change the hierarchy", () => {
    const records = [assoc("a", "county"), assoc("b", "township", "a")];
    const { hierarchy } = buildHierarchy(records);
    records[1] = assoc("z", "county");
    expect(hierarchy.get("b")?.id).toBe("b");
    expect(hierarchy.nodeAt(1)?.id).toBe("b");
  });
});

describe("division hierarchies", () => {
  it("label levels in messages, and name an unknown level as it is", () => {
    const divisions = deepFreeze([
      { code: "34", name: "省", level: "province" },
      { code: "3408", name: "市", level: "county" },
      { code: "340881", name: "县", level: "hamlet" },
    ]) as unknown as Division[];
    const { issues } = buildDivisionHierarchy(divisions, { locale: "en" });
    expect(issues.map((i) => i.params)).toEqual([
      expect.objectContaining({ id: "3408", kind: "county", kindLabel: "county", parentKind: "province", parentKindLabel: "province" }),
      expect.objectContaining({ id: "340881", kind: "hamlet", kindLabel: "hamlet", parentKind: "county", parentKindLabel: "county" }),
    ]);
  });

  it("read a missing parent code from the code, and point at the code", () => {
    const { issues, hierarchy } = buildDivisionHierarchy(deepFreeze([{ code: "340881", name: "县", level: "county" }]) as Division[], {
      locale: "en",
    });
    expect(issues.map(({ code, path, params }) => ({ code, path, params }))).toEqual([
      { code: "hierarchy.missing-parent", path: [0, "code"], params: { id: "340881", parentId: "3408" } },
    ]);
    expect(hierarchy.roots()).toHaveLength(1);
    const odd = buildDivisionHierarchy(deepFreeze([{ code: 34, name: "x", level: "province" }]) as unknown as Division[]);
    expect(odd.excluded).toEqual([{ index: 0, reason: "invalid-id" }]);
  });
});

describe("values from unchecked data", () => {
  // Object.create(null) has no string form: String() and template literals throw on it.
  const bare = (): unknown => Object.create(null);

  it("a parent id or kind without a string form is reported, not thrown", () => {
    const records = deepFreeze([
      { id: "p", name: "x", kind: bare(), establishedOn: "2019-01-01" },
      { id: "a", name: "x", kind: "village", parentId: "p", establishedOn: "2019-01-01" },
      { id: "b", name: "x", kind: "village", parentId: bare(), establishedOn: "2019-01-01" },
      { id: "c", name: "x", kind: "village", parentId: Symbol("up"), establishedOn: "2019-01-01" },
    ]) as unknown as Association[];
    const { issues, hierarchy } = buildHierarchy(records, { locale: "en" });
    expect(
      issues.map((issue) => ({
        code: issue.code,
        path: issue.path,
        parentId: paramsOf(issue)["parentId"],
        parentKind: paramsOf(issue)["parentKind"],
      })),
    ).toEqual([
      { code: "hierarchy.parent-kind", path: [1, "parentId"], parentId: "p", parentKind: "[object]" },
      { code: "hierarchy.missing-parent", path: [2, "parentId"], parentId: "[object]", parentKind: undefined },
      { code: "hierarchy.missing-parent", path: [3, "parentId"], parentId: "Symbol(up)", parentKind: undefined },
    ]);
    expect(hierarchy.roots().map((r) => r.id)).toEqual(["p", "b", "c"]);
  });

  it("a division level without a string form is reported, not thrown", () => {
    const divisions = deepFreeze([
      { code: "34", name: "省", level: "province" },
      { code: "3408", name: "市", level: bare() },
    ]) as unknown as Division[];
    const { issues } = buildDivisionHierarchy(divisions, { locale: "en" });
    expect(issues.map((i) => [i.code, paramsOf(i)["kind"]])).toEqual([["hierarchy.parent-kind", "[object]"]]);
  });

  it("kind pairs that repeat and alternate are each judged right", () => {
    // Villages under a township (allowed) and under an enterprise (not), in runs and alternating.
    const parents = ["t", "e", "e", "t", "e"];
    const records = deepFreeze([
      assoc("t", "township"),
      assoc("e", "enterprise"),
      ...parents.map((p, k) => assoc(`v${k + 1}`, "village", p)),
    ]);
    const { issues } = buildHierarchy(records);
    expect(issues.map((i) => [i.code, i.path[0]])).toEqual([
      ["hierarchy.parent-kind", 3],
      ["hierarchy.parent-kind", 4],
      ["hierarchy.parent-kind", 6],
    ]);
  });
});

describe("parentKindPredicate", () => {
  it("merges a table over the default one, and answers each pair on its own", () => {
    const allowed = parentKindPredicate({ village: ["enterprise"] });
    expect(allowed("village", "enterprise")).toBe(true);
    expect(allowed("village", "township")).toBe(false);
    expect(allowed("village", "enterprise")).toBe(true);
    expect(allowed("township", "county")).toBe(true);
    expect(allowed("township", "village")).toBe(false);
    // A kind the table does not know, or one the table clears, takes any parent.
    expect(allowed("guild", "village")).toBe(true);
    const cleared = parentKindPredicate({ village: undefined } as never);
    expect(cleared("village", "enterprise")).toBe(true);
    expect(parentKindPredicate()("village", "enterprise")).toBe(false);
    const fn = (child: string, parent: string): boolean => child === parent;
    expect(parentKindPredicate(fn)).toBe(fn);
  });
});

describe("roll-ups", () => {
  it("sum by default, give undefined for an unknown id, and keep the trees of a forest apart", () => {
    const { hierarchy } = buildHierarchy(
      deepFreeze([assoc("a", "county"), assoc("b", "township", "a"), assoc("c", "county"), assoc("d", "township", "c")]),
    );
    const sums = rollup(hierarchy, (_node, i) => i + 1);
    expect(sums.get("a")).toBe(3);
    expect(sums.get("c")).toBe(7);
    expect(sums.get("nowhere")).toBeUndefined();
    const counts = rollup(hierarchy, (node) => (node.id === "b" ? 0 : 1), { combine: "count" });
    expect(counts.get("a")).toBe(1);
    expect(counts.get("c")).toBe(2);
  });
});
