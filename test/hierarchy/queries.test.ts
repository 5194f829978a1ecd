import { describe, expect, it } from "vitest";
import { buildHierarchy } from "../../src/index.js";
import { assoc, deepFreeze, idsOf, tongcheng } from "./helpers.js";

const { hierarchy } = buildHierarchy(deepFreeze(tongcheng()));

describe("queries by id", () => {
  it("get, has, parent, children, siblings", () => {
    expect(hierarchy.has("kc")).toBe(true);
    expect(hierarchy.get("kc")?.kind).toBe("township");
    expect(hierarchy.parent("kc")?.id).toBe("tc");
    expect(hierarchy.parent("ah")).toBeUndefined();
    expect(idsOf(hierarchy.children("kc"))).toEqual(["kc-v1", "kc-v2"]);
    expect(hierarchy.children("school")).toEqual([]);
    expect(idsOf(hierarchy.siblings("wd"))).toEqual(["kc", "health", "school"]);
    expect(hierarchy.siblings("ah")).toEqual([]);
  });

  it("ancestors, nearest first", () => {
    expect(idsOf(hierarchy.ancestors("kc-v2"))).toEqual(["kc", "tc", "aq", "ah"]);
    expect(hierarchy.ancestors("ah")).toEqual([]);
  });

  it("descendants in pre-order, filtered by kind and depth", () => {
    expect(idsOf(hierarchy.descendants("tc"))).toEqual(["kc", "kc-v1", "kc-v2", "wd", "wd-c1", "health", "school"]);
    expect(idsOf(hierarchy.descendants("tc", { maxDepth: 1 }))).toEqual(["kc", "wd", "health", "school"]);
    expect(idsOf(hierarchy.descendants("ah", { kinds: ["village", "community"] }))).toEqual(["kc-v1", "kc-v2", "wd-c1"]);
    expect(idsOf(hierarchy.descendants("ah", { kinds: ["village"], maxDepth: 3 }))).toEqual([]);
    expect(idsOf(hierarchy.descendants("ah", { maxDepth: 0 }))).toEqual([]);
  });

  it("leaves and leaf counts", () => {
    expect(idsOf(hierarchy.leaves("tc"))).toEqual(["kc-v1", "kc-v2", "wd-c1", "health", "school"]);
    expect(idsOf(hierarchy.leaves("school"))).toEqual(["school"]);
    expect(hierarchy.leafCount()).toBe(5);
    expect(hierarchy.leafCount("kc")).toBe(2);
    expect(hierarchy.leafCount("school")).toBe(1);
    expect(hierarchy.leaves().length).toBe(5);
  });

  it("path and lowest common ancestor", () => {
    expect(idsOf(hierarchy.path("kc-v1", "wd-c1"))).toEqual(["kc-v1", "kc", "tc", "wd", "wd-c1"]);
    expect(idsOf(hierarchy.path("ah", "kc-v2"))).toEqual(["ah", "aq", "tc", "kc", "kc-v2"]);
    expect(idsOf(hierarchy.path("kc-v2", "kc-v2"))).toEqual(["kc-v2"]);
    expect(hierarchy.lowestCommonAncestor("kc-v1", "kc-v2")?.id).toBe("kc");
    expect(hierarchy.lowestCommonAncestor("kc-v1", "school")?.id).toBe("tc");
    expect(hierarchy.lowestCommonAncestor("tc", "kc-v1")?.id).toBe("tc");
  });

  it("depth, height, subtree size", () => {
    expect(hierarchy.depth("ah")).toBe(0);
    expect(hierarchy.depth("kc-v1")).toBe(4);
    expect(hierarchy.height("ah")).toBe(4);
    expect(hierarchy.height("kc")).toBe(1);
    expect(hierarchy.height("school")).toBe(0);
    expect(hierarchy.subtreeSize("tc")).toBe(8);
    expect(hierarchy.subtreeSize("kc-v1")).toBe(1);
  });

  it("isAncestor and isDescendant are proper", () => {
    expect(hierarchy.isAncestor("ah", "kc-v1")).toBe(true);
    expect(hierarchy.isAncestor("kc-v1", "ah")).toBe(false);
    expect(hierarchy.isAncestor("kc", "kc")).toBe(false);
    expect(hierarchy.isAncestor("kc", "wd-c1")).toBe(false);
    expect(hierarchy.isDescendant("wd-c1", "wd")).toBe(true);
    expect(hierarchy.isDescendant("wd", "wd-c1")).toBe(false);
  });

  it("walks in pre-order, post-order and breadth-first", () => {
    expect(idsOf(hierarchy.preorder())).toEqual(["ah", "aq", "tc", "kc", "kc-v1", "kc-v2", "wd", "wd-c1", "health", "school"]);
    expect(idsOf(hierarchy.postorder())).toEqual(["kc-v1", "kc-v2", "kc", "wd-c1", "wd", "health", "school", "tc", "aq", "ah"]);
    expect(idsOf(hierarchy.breadthFirst())).toEqual(["ah", "aq", "tc", "kc", "wd", "health", "school", "kc-v1", "kc-v2", "wd-c1"]);
    expect(idsOf(hierarchy.preorder("wd"))).toEqual(["wd", "wd-c1"]);
    expect(idsOf(hierarchy.postorder("kc"))).toEqual(["kc-v1", "kc-v2", "kc"]);
    expect(idsOf(hierarchy.breadthFirst("tc"))).toEqual(["tc", "kc", "wd", "health", "school", "kc-v1", "kc-v2", "wd-c1"]);
  });

  it("answers unknown ids without throwing", () => {
    expect(hierarchy.has("nope")).toBe(false);
    expect(hierarchy.get("nope")).toBeUndefined();
    expect(hierarchy.indexOf("nope")).toBe(-1);
    expect(hierarchy.parent("nope")).toBeUndefined();
    expect(hierarchy.children("nope")).toEqual([]);
    expect(hierarchy.siblings("nope")).toEqual([]);
    expect(hierarchy.ancestors("nope")).toEqual([]);
    expect(hierarchy.descendants("nope")).toEqual([]);
    expect(hierarchy.leaves("nope")).toEqual([]);
    expect(hierarchy.path("nope", "kc")).toEqual([]);
    expect(hierarchy.lowestCommonAncestor("kc", "nope")).toBeUndefined();
    expect(hierarchy.depth("nope")).toBeUndefined();
    expect(hierarchy.height("nope")).toBeUndefined();
    expect(hierarchy.subtreeSize("nope")).toBe(0);
    expect(hierarchy.leafCount("nope")).toBe(0);
    expect(hierarchy.isAncestor("nope", "kc")).toBe(false);
    expect(hierarchy.isDescendant("kc", "nope")).toBe(false);
    expect([...hierarchy.preorder("nope")]).toEqual([]);
    expect([...hierarchy.postorder("nope")]).toEqual([]);
    expect([...hierarchy.breadthFirst("nope")]).toEqual([]);
    expect(hierarchy.has("__proto__")).toBe(false);
  });

  it("returns fresh arrays, so a caller's change does not reach the hierarchy", () => {
    const children = hierarchy.children("kc") as unknown[];
    children.pop();
    expect(hierarchy.children("kc")).toHaveLength(2);
  });
});

describe("queries by rank", () => {
  it("numbers nodes in pre-order, subtrees as contiguous ranges", () => {
    const tc = hierarchy.indexOf("tc");
    expect(hierarchy.idAt(tc)).toBe("tc");
    expect(hierarchy.nodeAt(tc)?.id).toBe("tc");
    expect(hierarchy.kindAt(tc)).toBe("county");
    expect(hierarchy.depthAt(tc)).toBe(2);
    expect(hierarchy.subtreeSizeAt(tc)).toBe(8);
    expect(hierarchy.idAt(hierarchy.parentIndexAt(tc))).toBe("aq");
    const inside = Array.from({ length: 7 }, (_, k) => hierarchy.idAt(tc + 1 + k));
    expect(inside.sort()).toEqual(idsOf(hierarchy.descendants("tc")).sort());
  });

  it("treats ranks out of range as unknown", () => {
    for (const rank of [-1, 10, 1.5, Number.NaN]) {
      expect(hierarchy.nodeAt(rank)).toBeUndefined();
      expect(hierarchy.idAt(rank)).toBeUndefined();
      expect(hierarchy.kindAt(rank)).toBeUndefined();
      expect(hierarchy.parentIndexAt(rank)).toBe(-1);
      expect(hierarchy.depthAt(rank)).toBe(-1);
      expect(hierarchy.subtreeSizeAt(rank)).toBe(0);
    }
  });
});

describe("forests", () => {
  const forest = buildHierarchy(
    deepFreeze([assoc("a", "county"), assoc("b", "county"), assoc("a1", "township", "a"), assoc("b1", "township", "b")]),
  ).hierarchy;

  it("have no common ancestor or path across trees", () => {
    expect(forest.lowestCommonAncestor("a1", "b1")).toBeUndefined();
    expect(forest.path("a1", "b1")).toEqual([]);
    expect(forest.isAncestor("a", "b1")).toBe(false);
  });

  it("treat other roots as a root's siblings", () => {
    expect(idsOf(forest.siblings("a"))).toEqual(["b"]);
    expect(idsOf(forest.roots())).toEqual(["a", "b"]);
    expect(idsOf(forest.breadthFirst())).toEqual(["a", "b", "a1", "b1"]);
  });
});
