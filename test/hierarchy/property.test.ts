import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildHierarchy, rollup, type Association } from "../../src/index.js";
import { assoc, deepFreeze, idsOf } from "./helpers.js";
import { oracle, type RawRecord } from "./oracle.js";
import { paramsOf } from "../helpers/params.js";

/**
 * A random forest with faults injected into disjoint sets of nodes, and the faults it should report.
 * Each base node's parent is an earlier node or none, so the base is a forest; then some nodes get a
 * missing parent, some themselves as parent, some groups are rewired into cycles, and copies of some
 * records are appended as duplicates.
 */
interface Scenario {
  readonly records: RawRecord[];
  readonly orphans: string[];
  readonly selfParents: string[];
  /** Each cycle as ids following parent links, starting at its lowest input index, closed. */
  readonly cycles: string[][];
  /** Appended duplicates: [index, id]. */
  readonly duplicates: [number, string][];
}

const scenario = fc
  .record({
    size: fc.integer({ min: 1, max: 40 }),
    parents: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }),
    order: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    orphans: fc.nat({ max: 3 }),
    selfParents: fc.nat({ max: 2 }),
    cycleSizes: fc.array(fc.integer({ min: 2, max: 4 }), { maxLength: 3 }),
    duplicates: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .map(({ size, parents, order, orphans, selfParents, cycleSizes, duplicates }): Scenario => {
    const ids = Array.from({ length: size }, (_, i) => `n${i}`);
    const parentOf = new Map<string, string | undefined>();
    ids.forEach((id, i) => {
      const r = parents[i] ?? 0;
      // About a third roots; otherwise an earlier node, so no cycle arises by chance.
      parentOf.set(id, i === 0 || r < 0.3 ? undefined : ids[Math.min(i - 1, Math.floor(((r - 0.3) / 0.7) * i))]);
    });
    // Disjoint picks: a deterministic shuffle of the ids.
    const picks = ids
      .map((id, i) => [order[i] ?? 0, id] as const)
      .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]))
      .map(([, id]) => id);
    let next = 0;
    const take = (k: number): string[] => {
      const out = picks.slice(next, next + k);
      next += out.length;
      return out;
    };
    const orphanIds = take(orphans);
    for (const id of orphanIds) parentOf.set(id, `ghost-${id}`);
    const selfIds = take(selfParents);
    for (const id of selfIds) parentOf.set(id, id);
    const cycleGroups = cycleSizes.map((k) => take(k)).filter((g) => g.length >= 2);
    for (const group of cycleGroups) group.forEach((id, k) => parentOf.set(id, group[(k + 1) % group.length]));
    const records: RawRecord[] = ids.map((id) => {
      const p = parentOf.get(id);
      return p === undefined ? { id } : { id, parentId: p };
    });
    const dupes: [number, string][] = [];
    for (const d of duplicates) {
      const id = ids[d % size] as string;
      dupes.push([records.length, id]);
      records.push({ id, parentId: "n0" });
    }
    const indexOf = (id: string): number => ids.indexOf(id);
    const cycles = cycleGroups.map((group) => {
      let start = 0;
      group.forEach((id, k) => {
        if (indexOf(id) < indexOf(group[start] as string)) start = k;
      });
      const rotated = [...group.slice(start), ...group.slice(0, start)];
      return [...rotated, rotated[0] as string];
    });
    return { records, orphans: orphanIds, selfParents: selfIds, cycles, duplicates: dupes };
  });

function associations(records: readonly RawRecord[]): Association[] {
  return deepFreeze(records.map((r) => assoc(r.id, "society", r.parentId)));
}

const anyParent = { allowedParents: () => true } as const;

describe("random forests with injected faults, against a brute-force oracle", () => {
  it("issues name exactly the injected faults", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { issues } = buildHierarchy(associations(s.records), anyParent);
        const by = (code: string) => issues.filter((i) => i.code === code);
        expect(
          by("hierarchy.missing-parent")
            .map((i) => paramsOf(i)["id"])
            .sort(),
        ).toEqual([...s.orphans].sort());
        expect(
          by("hierarchy.self-parent")
            .map((i) => paramsOf(i)["id"])
            .sort(),
        ).toEqual([...s.selfParents].sort());
        expect(by("hierarchy.duplicate-id").map((i) => [i.path[0], paramsOf(i)["id"]])).toEqual(s.duplicates);
        const cycles = by("hierarchy.cycle").map((i) => paramsOf(i)["cycle"]);
        expect(cycles.map(String).sort()).toEqual(s.cycles.map(String).sort());
        expect(issues).toHaveLength(s.orphans.length + s.selfParents.length + s.cycles.length + s.duplicates.length);
      }),
    );
  });

  it("places and leaves out what the oracle does", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const model = oracle(s.records);
        const { hierarchy, excluded } = buildHierarchy(associations(s.records), anyParent);
        expect(hierarchy.size).toBe(model.placed.size);
        expect(excluded.map((e) => [e.index, e.reason])).toEqual([...model.excluded].sort((a, b) => a[0] - b[0]));
        expect(idsOf(hierarchy.roots())).toEqual(model.roots);
        for (const id of model.placed.keys()) {
          expect(hierarchy.parent(id)?.id).toBe(model.parentOf.get(id));
          expect(idsOf(hierarchy.children(id))).toEqual(model.childrenOf.get(id));
        }
      }),
    );
  });

  it("ancestors, descendants, depth, sizes and walks agree", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const model = oracle(s.records);
        const { hierarchy } = buildHierarchy(associations(s.records), anyParent);
        expect(idsOf(hierarchy.preorder())).toEqual(model.roots.flatMap(model.preorder));
        for (const id of model.placed.keys()) {
          const below = model.preorder(id);
          expect(idsOf(hierarchy.ancestors(id))).toEqual(model.ancestors(id));
          expect(idsOf(hierarchy.descendants(id))).toEqual(below.slice(1));
          expect(idsOf(hierarchy.descendants(id, { maxDepth: 1 }))).toEqual(model.childrenOf.get(id));
          expect(hierarchy.depth(id)).toBe(model.ancestors(id).length);
          expect(hierarchy.subtreeSize(id)).toBe(below.length);
          expect(hierarchy.leafCount(id)).toBe(below.filter((x) => model.childrenOf.get(x)?.length === 0).length);
          const height = Math.max(...below.map((x) => model.ancestors(x).length)) - model.ancestors(id).length;
          expect(hierarchy.height(id)).toBe(height);
          expect(new Set(idsOf(hierarchy.postorder(id)))).toEqual(new Set(below));
          expect(idsOf(hierarchy.postorder(id)).at(-1)).toBe(id);
          expect(idsOf(hierarchy.breadthFirst(id)).map((x) => model.ancestors(x).length)).toEqual(
            [...below].map((x) => model.ancestors(x).length).sort((a, b) => a - b),
          );
        }
      }),
    );
  });

  it("isAncestor, isDescendant, path and lowest common ancestor agree for every pair", () => {
    fc.assert(
      fc.property(scenario, fc.boolean(), (s, virtual) => {
        const model = oracle(s.records);
        const options = virtual ? { ...anyParent, virtualRoot: { id: "root" } } : anyParent;
        const { hierarchy } = buildHierarchy(associations(s.records), options);
        // With a virtual root every tree hangs from "root".
        const up = (id: string): string[] => (virtual ? [...model.ancestors(id), "root"] : model.ancestors(id));
        const ids = [...model.placed.keys()];
        // One comparison per run: a table of every pair's answers, actual against expected.
        const actual: unknown[] = [];
        const expected: unknown[] = [];
        for (const a of ids) {
          for (const b of ids) {
            const upA = [a, ...up(a)];
            const upB = [b, ...up(b)];
            const meet = upA.find((x) => upB.includes(x));
            const path = meet === undefined ? [] : [...upA.slice(0, upA.indexOf(meet) + 1), ...upB.slice(0, upB.indexOf(meet)).reverse()];
            expected.push([a, b, a !== b && upB.includes(a), a !== b && upA.includes(b), meet, path.join()]);
            actual.push([
              a,
              b,
              hierarchy.isAncestor(a, b),
              hierarchy.isDescendant(a, b),
              hierarchy.lowestCommonAncestor(a, b)?.id,
              idsOf(hierarchy.path(a, b)).join(),
            ]);
          }
        }
        expect(actual).toEqual(expected);
      }),
    );
  });

  it("roll-ups agree: sum, count, min, max and an order-sensitive combine", () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 40, maxLength: 40 }), (s, weights) => {
        const model = oracle(s.records);
        const { hierarchy } = buildHierarchy(associations(s.records), anyParent);
        const weight = (a: Association) => weights[Number(a.id.slice(1))] ?? 0;
        const sum = rollup(hierarchy, weight);
        const count = rollup(hierarchy, weight, { combine: "count" });
        const min = rollup(hierarchy, weight, { combine: "min" });
        const max = rollup(hierarchy, weight, { combine: "max" });
        // "Keep the right-hand value" is associative but not commutative: it gives the last node in pre-order.
        const last = rollup(hierarchy, weight, { combine: (_a, b) => b });
        for (const id of model.placed.keys()) {
          const values = model.preorder(id).map((x) => weights[Number(x.slice(1))] ?? 0);
          expect(sum.get(id)).toBe(values.reduce((a, b) => a + b, 0));
          expect(count.get(id)).toBe(values.filter((v) => v !== 0).length);
          expect(min.get(id)).toBe(Math.min(...values));
          expect(max.get(id)).toBe(Math.max(...values));
          expect(last.get(id)).toBe(values.at(-1));
        }
      }),
    );
  });
});
