/**
 * Determinism: the order records come in changes no figure, and the charter reports change only in the
 * positions they cite. (The process time zone is checked in time-zones.test.ts.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildHierarchy, parseDataset, type Association, type Dataset, type Issue } from "../../src/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";
import { COLLECTIONS, everything, faultyDoc, permute, tongchengCopy, type Collection, type Doc } from "./support.js";

const keys = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 300 });
const orders = fc.record({ divisions: keys, associations: keys, committees: keys, members: keys, activities: keys });

function shuffled(doc: Doc, order: Readonly<Record<Collection, readonly number[]>>): Doc {
  const out = { ...doc };
  for (const name of COLLECTIONS) out[name] = permute(doc[name], order[name]);
  return out;
}

/** An issue path with record positions replaced by the records' ids, which survive a shuffle. */
function stablePath(doc: Doc, path: readonly (string | number)[]): string {
  const [collection, index, ...rest] = path;
  if (typeof collection !== "string" || typeof index !== "number" || !(COLLECTIONS as readonly string[]).includes(collection))
    return JSON.stringify(path);
  const record = doc[collection as Collection][index] as Record<string, unknown> | undefined;
  return JSON.stringify([collection, record?.["id"] ?? record?.["code"] ?? index, ...rest]);
}

/** A charter report with positions as ids, associations by id and issues sorted: what must not move. */
function stableReport(doc: Doc, report: unknown): unknown {
  const r = report as { associations: { associationId: string; path: (string | number)[]; issues: Issue[] }[] };
  return {
    ...r,
    associations: r.associations
      .map((a) => ({
        ...a,
        path: stablePath(doc, a.path),
        issues: a.issues
          .map((issue) => ({ ...issue, path: stablePath(doc, issue.path) }))
          .sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1)),
      }))
      .sort((x, y) => (x.associationId < y.associationId ? -1 : 1)),
  };
}

const parsed = (doc: Doc): Dataset => {
  const result = parseDataset(deepFreeze(doc));
  if (!result.ok) throw new Error(`expected a valid dataset: ${result.issues[0]?.message}`);
  return deepFreeze(result.data);
};

describe("shuffled records", () => {
  const original = tongchengCopy();
  const reference = everything(parsed(original));

  it("give identical metrics, rows and CSV, and the same charter findings", () => {
    fc.assert(
      fc.property(orders, (order) => {
        const doc = shuffled(original, order);
        const results = everything(parsed(doc));
        for (const name of Object.keys(reference)) {
          if (name.startsWith("validate")) {
            expect(stableReport(doc, results[name]), name).toEqual(stableReport(original, reference[name]));
          } else {
            expect(results[name], name).toEqual(reference[name]);
          }
        }
      }),
      { numRuns: 8 },
    );
  });

  it("give the same parse findings on a faulty document, by record", () => {
    const faulty = faultyDoc();
    // Which of two duplicates comes first does depend on order, so duplicate-id records are compared by code only.
    const summary = (doc: Doc): string[] =>
      parseDataset(deepFreeze(doc))
        .issues.map((issue) => (issue.code === "id.duplicate" ? issue.code : `${issue.code} ${stablePath(doc, issue.path)}`))
        .sort();
    const expected = summary(faulty);
    expect(expected.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(orders, (order) => {
        expect(summary(shuffled(faulty, order))).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it("give the same hierarchy: parents, depths, subtree sizes and issues", () => {
    const records = tongchengCopy().associations as unknown as Association[];
    const shape = (list: readonly Association[]): string[] => {
      const { hierarchy, issues } = buildHierarchy(list);
      const nodes = list.map(
        (a) =>
          `${a.id} ${hierarchy.parent(a.id)?.id ?? "-"} ${hierarchy.depth(a.id)} ${hierarchy.subtreeSize(a.id)} ${hierarchy.height(a.id)}`,
      );
      return [...nodes, ...issues.map((issue) => issue.code)].sort();
    };
    const expected = shape(records);
    fc.assert(
      fc.property(keys, (order) => {
        expect(shape(deepFreeze(permute(records, order)))).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it("the same call twice gives equal results", () => {
    expect(everything(parsed(original))).toEqual(reference);
  });
});
