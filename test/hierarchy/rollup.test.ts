import { describe, expect, it } from "vitest";
import { buildHierarchy, rollup } from "../../src/index.js";
import { deepFreeze, tongcheng } from "./helpers.js";

const input = deepFreeze(tongcheng());
const { hierarchy } = buildHierarchy(input);
const members: Readonly<Record<string, number>> = { tc: 10, kc: 4, "kc-v1": 2, "kc-v2": 3, wd: 1, "wd-c1": 0, health: 7, school: 5 };
const measure = (a: { id: string }) => members[a.id] ?? 0;

describe("rollup", () => {
  it("sums a measure over every subtree", () => {
    const totals = rollup(hierarchy, measure);
    expect(totals.get("kc")).toBe(9);
    expect(totals.get("tc")).toBe(32);
    expect(totals.get("ah")).toBe(32);
    expect(totals.get("school")).toBe(5);
    expect(totals.get("nope")).toBeUndefined();
  });

  it("counts, takes minima and maxima", () => {
    expect(rollup(hierarchy, measure, { combine: "count" }).get("tc")).toBe(7);
    expect(rollup(hierarchy, measure, { combine: "min" }).get("wd")).toBe(0);
    expect(rollup(hierarchy, measure, { combine: "max" }).get("kc")).toBe(4);
    expect(rollup(hierarchy, (a) => (a.kind === "village" ? 1 : 0), { combine: "count" }).get("ah")).toBe(2);
  });

  it("applies a custom combine in pre-order", () => {
    // Keeping the left value gives the subtree root's own measure; keeping the right one, the last in pre-order.
    expect(rollup(hierarchy, measure, { combine: (a) => a }).get("tc")).toBe(10);
    expect(rollup(hierarchy, measure, { combine: (_a, b) => b }).get("tc")).toBe(5);
    expect(rollup(hierarchy, measure, { combine: (_a, b) => b }).get("kc")).toBe(3);
  });

  it("gives values by rank, calls the measure once per node, and changes nothing", () => {
    const calls: number[] = [];
    const totals = rollup(hierarchy, (a, rank) => {
      calls.push(rank);
      return measure(a);
    });
    expect(calls.sort((a, b) => a - b)).toEqual(Array.from({ length: hierarchy.size }, (_, i) => i));
    expect(totals.values[hierarchy.indexOf("kc")]).toBe(9);
    expect(totals.values).toHaveLength(hierarchy.size);
    // A fresh array each call: changing one result leaves the next alone.
    totals.values[0] = -1;
    expect(rollup(hierarchy, measure).values[0]).toBe(32);
    expect(Object.isFrozen(totals)).toBe(true);
  });
});
