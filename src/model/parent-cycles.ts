/**
 * Cycles in parent links: finding every one in linear time, and naming each by its ids in order. Shared by
 * `parseDataset` (a cycle is a fact about the data) and the hierarchy builders (a cycle leaves records out).
 *
 * @module
 */

/**
 * Finds every cycle of parent links. `parentIndex[i]` is the index of record `i`'s parent, or -1 when it
 * has none (or names no record). `starts` limits the search to walks from those records (by default, from
 * every record).
 *
 * Each record has at most one parent, so every cycle is met by walking up from any record that hangs in
 * or under it. Each record is walked once: a walk that meets its own stamp has found a new cycle; a walk
 * that meets an older stamp, or a record with no parent, has not. Linear time, no recursion, so a chain or
 * a cycle of millions of records is no deeper than one of three.
 *
 * Each cycle is returned as indexes following parent links, starting at its smallest index so the report
 * does not depend on where the search began.
 *
 * @example
 * ```ts
 * // 0 → 1 → 0 is a cycle; 2 hangs under it; 3 is a root
 * findCycles(Int32Array.of(1, 0, 0, -1)); // → [[0, 1]]
 * ```
 */
export function findCycles(parentIndex: Int32Array, starts?: readonly number[]): number[][] {
  const stamp = new Int32Array(parentIndex.length);
  const cycles: number[][] = [];
  const count = starts === undefined ? parentIndex.length : starts.length;
  for (let k = 0; k < count; k += 1) {
    const start = starts === undefined ? k : (starts[k] as number);
    if (stamp[start] !== 0) continue;
    const mark = start + 1;
    let v = start;
    while (v >= 0 && stamp[v] === 0) {
      stamp[v] = mark;
      v = parentIndex[v] as number;
    }
    if (v < 0 || stamp[v] !== mark) continue;
    const cycle: number[] = [];
    let lowest = 0;
    let u = v;
    do {
      if (u < (cycle[lowest] ?? Infinity)) lowest = cycle.length;
      cycle.push(u);
      u = parentIndex[u] as number;
    } while (u !== v);
    cycles.push(lowest === 0 ? cycle : cycle.slice(lowest).concat(cycle.slice(0, lowest)));
  }
  return cycles;
}

/**
 * A cycle for a message: whole when short, else its start and end around an ellipsis, so a cycle through
 * a million records does not make a message of megabytes (the whole cycle stays in the params).
 *
 * @example
 * ```ts
 * shortCycle(["a", "b", "a"]); // → "a → b → a"
 * ```
 */
export function shortCycle(ids: readonly string[], limit = 20): string {
  if (ids.length <= limit) return ids.join(" → ");
  return `${ids.slice(0, 10).join(" → ")} → … → ${ids.slice(-5).join(" → ")}`;
}

/**
 * The params of an issue about a cycle of parent links: the first id, the closed cycle as a list of ids,
 * the cycle as text for the message, and how many records it holds.
 *
 * @example
 * ```ts
 * const params: CycleParams = { id: "a", cycle: ["a", "b", "a"], cyclePath: "a → b → a", count: 2 };
 * ```
 */
export type CycleParams = { readonly id: string; readonly cycle: readonly string[]; readonly cyclePath: string; readonly count: number };

/**
 * The params every cycle issue carries: the first id, the whole cycle closed on itself (`a → b → a`), the
 * cycle shortened for the message, and how many records are on it.
 *
 * @example
 * ```ts
 * cycleParams([0, 1], ["a", "b"]); // → { id: "a", cycle: ["a", "b", "a"], cyclePath: "a → b → a", count: 2 }
 * ```
 */
export function cycleParams(cycle: readonly number[], idAt: readonly (string | undefined)[]): CycleParams {
  const closed: string[] = [];
  for (const i of cycle) closed.push(idAt[i] as string);
  const first = closed[0] as string;
  closed.push(first);
  return { id: first, cycle: closed, cyclePath: shortCycle(closed), count: cycle.length };
}
