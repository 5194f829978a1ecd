/**
 * Post-order and breadth-first walks over a pre-order range, iterative, lazily yielding ranks.
 *
 * @module
 */
import { isAncestorOrSelfAt, type TreeArrays } from "../tree-arrays.js";

/**
 * Ranks of `[start, end)` in post-order. A node is finished when the walk reaches the first rank outside
 * its interval, so a stack of open ancestors (as deep as the tree) is all the state needed.
 *
 * @example
 * ```ts
 * // a → b → c (a chain of three, in pre-order)
 * const tree = { count: 3, parent: Int32Array.of(-1, 0, 1), depth: Int32Array.of(0, 1, 2), size: Int32Array.of(3, 2, 1) };
 * [...postorderRanks(tree, 0, tree.count)]; // → [2, 1, 0]
 * ```
 */
export function* postorderRanks(tree: TreeArrays, start: number, end: number): Generator<number, void, undefined> {
  const open: number[] = [];
  for (let i = start; i < end; i += 1) {
    while (open.length > 0 && !isAncestorOrSelfAt(tree, open[open.length - 1] as number, i)) yield open.pop() as number;
    open.push(i);
  }
  while (open.length > 0) yield open.pop() as number;
}

/**
 * Ranks of `[start, end)` level by level, each level in input order. The range must be one subtree or
 * the whole forest; the queue is a typed array of the range's length.
 *
 * @example
 * ```ts
 * // a → b → c (a chain of three, in pre-order)
 * const tree = { count: 3, parent: Int32Array.of(-1, 0, 1), depth: Int32Array.of(0, 1, 2), size: Int32Array.of(3, 2, 1) };
 * [...breadthFirstRanks(tree, 0, tree.count)]; // → [0, 1, 2]
 * ```
 */
export function* breadthFirstRanks(tree: TreeArrays, start: number, end: number): Generator<number, void, undefined> {
  const { size } = tree;
  const queue = new Int32Array(end - start);
  let tail = 0;
  // Seed with the top-level nodes of the range: its root, or every root of the forest.
  for (let top = start; top < end; top += size[top] as number) queue[tail++] = top;
  for (let head = 0; head < tail; head += 1) {
    const rank = queue[head] as number;
    yield rank;
    const stop = rank + (size[rank] as number);
    for (let child = rank + 1; child < stop; child += size[child] as number) queue[tail++] = child;
  }
}
