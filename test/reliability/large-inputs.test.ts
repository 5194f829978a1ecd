/**
 * Large inputs finish, without a stack overflow and with bounded memory: a 1,000,000-deep chain through
 * the hierarchy builder and the dataset parser, a 10 MB string field, and 100,000 issues at once.
 */
import { describe, expect, it } from "vitest";
import { buildHierarchy, parseDataset, rollup, type Association, type Issue } from "../../src/index.js";
import { validateDataset } from "../../src/charter/index.js";

const MB = 1024 * 1024;
// Far above what these inputs need (a few hundred MB), far below what a leak on them would take.
const HEAP_BUDGET = 1.5 * 1024 * MB;
const DEPTH = 1_000_000;

function heapGrowth<T>(compute: () => T): { value: T; growth: number } {
  const before = process.memoryUsage().heapUsed;
  const value = compute();
  return { value, growth: process.memoryUsage().heapUsed - before };
}

/** A chain of associations: a0 ← a1 ← … ← a(n−1), each the parent of the next. */
function chain(n: number): Association[] {
  const records = new Array<Association>(n);
  records[0] = { id: "a0", name: "链首", kind: "society", establishedOn: "2019-01-01" };
  for (let i = 1; i < n; i += 1)
    records[i] = { id: `a${i}`, name: "链", kind: "society", parentId: `a${i - 1}`, establishedOn: "2019-01-01" };
  return records;
}

describe("a 1,000,000-deep chain", () => {
  const records = chain(DEPTH);
  const last = `a${DEPTH - 1}`;

  it("builds a hierarchy and answers depth, ancestry, paths, walks and roll-ups", () => {
    const { value, growth } = heapGrowth(() => buildHierarchy(records, { allowedParents: () => true }));
    const { hierarchy, issues } = value;
    expect(issues).toEqual([]);
    expect(hierarchy.size).toBe(DEPTH);
    expect(hierarchy.depth(last)).toBe(DEPTH - 1);
    expect(hierarchy.height("a0")).toBe(DEPTH - 1);
    expect(hierarchy.isAncestor("a0", last)).toBe(true);
    expect(hierarchy.isAncestor(last, "a0")).toBe(false);
    expect(hierarchy.lowestCommonAncestor(last, "a500000")?.id).toBe("a500000");
    expect(hierarchy.ancestors(last)).toHaveLength(DEPTH - 1);
    expect(hierarchy.path(last, "a999990")).toHaveLength(10);
    let walked = 0;
    for (const node of hierarchy.postorder()) if (node.id !== "") walked += 1;
    expect(walked).toBe(DEPTH);
    expect(rollup(hierarchy, () => 1).get("a0")).toBe(DEPTH);
    expect(growth).toBeLessThan(HEAP_BUDGET);
  });

  it("reports the parent-kind rule on every link, a million issues, without running out of memory", () => {
    const records = chain(DEPTH).map((a, i) => (i === 0 ? { ...a, kind: "county" as const } : { ...a, kind: "village" as const }));
    const { value, growth } = heapGrowth(() => buildHierarchy(records));
    // A village under a village is not allowed; the first village under the county is.
    expect(value.issues).toHaveLength(DEPTH - 2);
    expect(new Set(value.issues.map((issue) => issue.code))).toEqual(new Set(["hierarchy.parent-kind"]));
    expect(value.hierarchy.depth(last)).toBe(DEPTH - 1);
    expect(growth).toBeLessThan(HEAP_BUDGET);
  });

  it("parses as a dataset, every reference resolved", () => {
    const { value, growth } = heapGrowth(() => parseDataset({ formatVersion: 1, associations: records }));
    expect(value.issues).toEqual([]);
    expect(value.data?.associations).toHaveLength(DEPTH);
    expect(value.data?.associations[DEPTH - 1]?.parentId).toBe(`a${DEPTH - 2}`);
    expect(growth).toBeLessThan(HEAP_BUDGET);
  });

  it("closed into a cycle, parses with the cycle reported once, whole and in order, in a short message", () => {
    const ring = chain(DEPTH);
    ring[0] = { ...(ring[0] as Association), parentId: last };
    const { value, growth } = heapGrowth(() => parseDataset({ formatVersion: 1, associations: ring }, { locale: "en" }));
    expect(value.issues.map((issue) => issue.code)).toEqual(["association.parent-cycle"]);
    const issue = value.issues[0] as Issue;
    expect(issue.path).toEqual(["associations", 0, "parentId"]);
    const cycle = issue.params["cycle"] as string[];
    expect(cycle).toHaveLength(DEPTH + 1);
    // Parent links lead down the chain's numbers: a0's parent is the last, whose parent is the one before.
    expect(cycle.slice(0, 3)).toEqual(["a0", last, `a${DEPTH - 2}`]);
    expect(cycle[DEPTH]).toBe("a0");
    expect(issue.params["count"]).toBe(DEPTH);
    expect(issue.message.length).toBeLessThan(400);
    expect(growth).toBeLessThan(HEAP_BUDGET);
  });
});

describe("a 10 MB string field", () => {
  const big = "桐".repeat((10 * MB) / 2);
  const small = (issue: Issue): boolean => issue.message.length < 1000 && JSON.stringify(issue.params).length < 1000;

  it("in a record's fields is reported with short messages that do not echo it", () => {
    const input = {
      formatVersion: 1,
      divisions: [{ code: "34", name: big, level: "province" }],
      associations: [
        { id: "a", name: big, kind: "county", establishedOn: "2019-01-01" },
        { id: big, name: "x", kind: "county", establishedOn: "2019-01-01" },
      ],
      activities: [{ id: "x", organizerId: "a", type: "open-day", startsOn: "2019-01-01", participantTimes: 1, title: big }],
    };
    const { value, growth } = heapGrowth(() => parseDataset(input));
    expect(value.ok).toBe(false);
    const found = value.issues.map((issue) => `${issue.code} ${issue.path.join(".")}`);
    expect(found).toEqual(
      expect.arrayContaining(["shape.too-big activities.0.title", "shape.too-big associations.0.name", "shape.too-big divisions.0.name"]),
    );
    expect(found.filter((f) => f.endsWith(" associations.1.id")).length).toBeGreaterThan(0);
    expect(value.issues.every(small)).toBe(true);
    expect(growth).toBeLessThan(HEAP_BUDGET);
  });

  it("as the whole document, or as the format version, is one short issue", () => {
    for (const input of [big, { formatVersion: big }]) {
      const result = parseDataset(input);
      expect(result.ok).toBe(false);
      expect(result.issues).toHaveLength(1);
      expect(result.issues.every(small)).toBe(true);
    }
  });

  it("as an unknown key, at the top or in a record, is quoted short in the message and whole in the path", () => {
    const input = {
      formatVersion: 1,
      [big]: 1,
      associations: [{ id: "a", name: "x", kind: "county", establishedOn: "2019-01-01", [big]: 1 }],
    };
    for (const locale of ["zh-CN", "en"] as const) {
      const result = parseDataset(input, { locale });
      const unknown = result.issues.filter((issue) => issue.code === "shape.unknown-key");
      expect(unknown.map((issue) => issue.path)).toEqual([[big], ["associations", 0, big]]);
      for (const issue of unknown) {
        expect(issue.message.length).toBeLessThan(1000);
        expect(issue.message).toContain(`${"桐".repeat(20)}`);
        expect(issue.message).toContain(`(+${big.length - 200})`);
      }
    }
  });

  it("as an id in the hierarchy builder is indexed and found", () => {
    const { hierarchy, issues } = buildHierarchy([
      { id: big, name: "x", kind: "county", establishedOn: "2019-01-01" },
      { id: "b", name: "y", kind: "township", parentId: big, establishedOn: "2019-01-01" },
    ]);
    expect(issues).toEqual([]);
    expect(hierarchy.parent("b")?.name).toBe("x");
  });
});

describe("100,000 issues", () => {
  const N = 100_000;

  it("from the parser: every dangling reference reported", () => {
    const members = Array.from({ length: N }, (_, i) => ({
      id: `m${i}`,
      associationId: "none",
      joinedOn: "2019-01-01",
      type: "individual",
      name: "x",
      titleLevel: "none",
    }));
    const { value, growth } = heapGrowth(() => parseDataset({ formatVersion: 1, members }, { locale: "en" }));
    expect(value.issues).toHaveLength(N);
    expect(value.issues.every((issue) => issue.code === "ref.member-association")).toBe(true);
    expect(value.issues[N - 1]?.path).toEqual(["members", N - 1, "associationId"]);
    expect(growth).toBeLessThan(HEAP_BUDGET);
  });

  it("from the hierarchy builder: every missing parent reported, every record a root", () => {
    const records = Array.from({ length: N }, (_, i): Association => ({
      id: `a${i}`,
      name: "x",
      kind: "county",
      parentId: `gone${i}`,
      establishedOn: "2019-01-01",
    }));
    const { hierarchy, issues } = buildHierarchy(records, { singleRoot: true });
    expect(issues).toHaveLength(N + 1);
    expect(hierarchy.roots()).toHaveLength(N);
    // The many-roots message lists a few roots, not all of them.
    const many = issues.find((issue) => issue.code === "hierarchy.multiple-roots");
    expect(many?.message.length).toBeLessThan(1000);
  });

  it("from the charter rules: a report for every association", () => {
    const associations = Array.from({ length: N }, (_, i): Association => ({
      id: `g${i}`,
      name: "机关科协",
      kind: "government-agency",
      establishedOn: "2019-01-01",
    }));
    const parsed = parseDataset({ formatVersion: 1, associations });
    if (!parsed.ok) throw new Error("the associations must parse");
    const { value, growth } = heapGrowth(() => validateDataset(parsed.data, { asOf: "2020-09-07" }));
    expect(value.checked).toBe(N);
    expect(value.associations).toHaveLength(N);
    expect(value.counts.error + value.counts.warning).toBeGreaterThanOrEqual(N);
    expect(growth).toBeLessThan(HEAP_BUDGET);
  });
});
