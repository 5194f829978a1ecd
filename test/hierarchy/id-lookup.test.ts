/**
 * Id look-ups at a size where the id table's one-byte tags collide often (thousands of ids in runs of
 * similar codes, many repeated): duplicates, parents and `get` must agree with a plain Map.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildHierarchy, type Association } from "../../src/index.js";

const SEED = 20200907;

// Ids drawn from a small space, so many repeat an earlier one and many parents are missing. A parent's
// number is always below its child's, so there are no cycles and every record with a placed id is placed.
const records = fc
  .array(fc.tuple(fc.nat({ max: 3999 }), fc.option(fc.nat(), { nil: undefined })), { minLength: 2000, maxLength: 6000 })
  .map((pairs) =>
    pairs.map(([id, up]): Association => {
      const base = { id: `34088110${id}`, name: "x", kind: "society" as const, establishedOn: "2019-01-01" };
      return up === undefined || id === 0 ? base : { ...base, parentId: `34088110${id - 1 - (up % id)}` };
    }),
  );

describe("id look-ups against a Map", () => {
  it("find the first record with each id, and each parent when it exists", () => {
    fc.assert(
      fc.property(records, (list) => {
        const first = new Map<string, number>();
        list.forEach((r, i) => {
          if (!first.has(r.id)) first.set(r.id, i);
        });
        const { hierarchy, excluded, issues } = buildHierarchy(list, { allowedParents: () => true });
        const duplicates = list.flatMap((r, i) => (first.get(r.id) === i ? [] : [i]));
        expect(excluded.filter((e) => e.reason === "duplicate").map((e) => e.index)).toEqual(duplicates);
        const missing = list.flatMap((r, i) => (first.get(r.id) === i && r.parentId !== undefined && !first.has(r.parentId) ? [i] : []));
        expect(issues.filter((x) => x.code === "hierarchy.missing-parent").map((x) => x.path[0])).toEqual(missing);
        for (const [id, i] of first) {
          expect(hierarchy?.get(id)).toBe(list[i]);
          // A record's parent, when placed, is the first record with the parent's id.
          const parentId = list[i]?.parentId;
          const parent = hierarchy?.parent(id);
          if (parent !== undefined && parentId !== undefined) expect(parent).toBe(list[first.get(parentId) as number]);
        }
        expect(hierarchy?.get("340881109999")).toBeUndefined();
      }),
      { seed: SEED, numRuns: 40, endOnFailure: true },
    );
  });
});
