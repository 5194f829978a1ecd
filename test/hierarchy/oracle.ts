/**
 * A brute-force model of what a hierarchy of records should be: quadratic, recursive where convenient,
 * written from the definitions rather than from the implementation.
 */
export interface RawRecord {
  readonly id: string;
  readonly parentId?: string;
}

export interface Oracle {
  /** Input index of each placed id. */
  readonly placed: Map<string, number>;
  /** Parent id of each placed id (undefined for roots). */
  readonly parentOf: Map<string, string | undefined>;
  /** Placed children in input order. */
  readonly childrenOf: Map<string, string[]>;
  readonly roots: string[];
  /** Left-out records: index → reason. */
  readonly excluded: Map<number, string>;
  ancestors(id: string): string[];
  preorder(id: string): string[];
}

export function oracle(records: readonly RawRecord[]): Oracle {
  const first = new Map<string, number>();
  const excluded = new Map<number, string>();
  records.forEach((r, i) => {
    if (first.has(r.id)) excluded.set(i, "duplicate");
    else first.set(r.id, i);
  });
  // The parent a kept record links to, or undefined when it is a root (none, missing, itself).
  const link = new Map<string, string | undefined>();
  for (const [id, i] of first) {
    const p = records[i]?.parentId;
    link.set(id, p !== undefined && p !== id && first.has(p) ? p : undefined);
  }
  // A record is placed when following links reaches a root within n steps.
  const reachesRoot = (id: string): boolean => {
    let x: string | undefined = id;
    for (let step = 0; step <= records.length; step += 1) {
      const up: string | undefined = link.get(x);
      if (up === undefined) return true;
      x = up;
    }
    return false;
  };
  const inCycle = (id: string): boolean => {
    let x = link.get(id);
    for (let step = 0; step <= records.length && x !== undefined; step += 1) {
      if (x === id) return true;
      x = link.get(x);
    }
    return false;
  };
  const placed = new Map<string, number>();
  const parentOf = new Map<string, string | undefined>();
  for (const [id, i] of first) {
    if (reachesRoot(id)) {
      placed.set(id, i);
      parentOf.set(id, link.get(id));
    } else excluded.set(i, inCycle(id) ? "cycle" : "under-cycle");
  }
  const childrenOf = new Map<string, string[]>();
  const roots: string[] = [];
  for (const id of placed.keys()) childrenOf.set(id, []);
  // Map iteration follows insertion, which follows input order.
  for (const [id, p] of parentOf) {
    if (p === undefined) roots.push(id);
    else childrenOf.get(p)?.push(id);
  }
  const ancestors = (id: string): string[] => {
    const out: string[] = [];
    for (let p = parentOf.get(id); p !== undefined; p = parentOf.get(p)) out.push(p);
    return out;
  };
  const preorder = (id: string): string[] => [id, ...(childrenOf.get(id) ?? []).flatMap(preorder)];
  return { placed, parentOf, childrenOf, roots, excluded, ancestors, preorder };
}
