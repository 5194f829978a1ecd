/**
 * The Euler-tour index a hierarchy is stored as: nodes numbered in pre-order, with typed arrays per node.
 *
 * Numbering nodes in pre-order makes every subtree a contiguous range `[i, i + size[i])`, so "is a an
 * ancestor of b" is two comparisons, descendants are a slice, and a reverse loop visits children before
 * parents (a post-order-compatible pass) with no stack.
 *
 * @module
 */

/**
 * The per-node arrays, indexed by pre-order rank.
 *
 * @example
 * ```ts
 * // a → b → c (a chain of three)
 * const tree: TreeArrays = {
 *   count: 3,
 *   parent: Int32Array.of(-1, 0, 1),
 *   depth: Int32Array.of(0, 1, 2),
 *   size: Int32Array.of(3, 2, 1),
 * };
 * ```
 */
export interface TreeArrays {
  /** How many nodes are placed. */
  readonly count: number;
  /** The parent's rank, or -1 for a root. */
  readonly parent: Int32Array;
  /** Edges from the node's root. */
  readonly depth: Int32Array;
  /** Nodes in the subtree, the node included. */
  readonly size: Int32Array;
}

/**
 * Jump pointers (Myers, 1983): for each rank an ancestor chosen so that climbing to the first ancestor
 * with a monotone property takes O(log depth) steps, at one integer per node (binary lifting would need
 * log n integers per node, too much at national scale). One forward pass: a parent is always done first.
 *
 * @example
 * ```ts
 * // a → b → c (a chain of three, in pre-order)
 * const tree = { count: 3, parent: Int32Array.of(-1, 0, 1), depth: Int32Array.of(0, 1, 2), size: Int32Array.of(3, 2, 1) };
 * [...jumpPointers(tree)]; // → [0, 0, 1]
 * ```
 */
export function jumpPointers(tree: TreeArrays): Int32Array {
  const { count, parent, depth } = tree;
  const jump = new Int32Array(count);
  for (let rank = 0; rank < count; rank += 1) {
    const p = parent[rank] as number;
    if (p < 0) {
      jump[rank] = rank;
      continue;
    }
    const j = jump[p] as number;
    const jj = jump[j] as number;
    // Jump twice as far when the parent's jump and its jump's jump span equal depths.
    jump[rank] = (depth[p] as number) - (depth[j] as number) === (depth[j] as number) - (depth[jj] as number) ? jj : p;
  }
  return jump;
}

/**
 * Heights (edges down to the deepest leaf) by rank, in one reverse pass.
 *
 * @example
 * ```ts
 * // a → b → c (a chain of three, in pre-order)
 * const tree = { count: 3, parent: Int32Array.of(-1, 0, 1), depth: Int32Array.of(0, 1, 2), size: Int32Array.of(3, 2, 1) };
 * [...heights(tree)]; // → [2, 1, 0]
 * ```
 */
export function heights(tree: TreeArrays): Int32Array {
  const { count, parent } = tree;
  const height = new Int32Array(count);
  for (let i = count - 1; i > 0; i -= 1) {
    const p = parent[i] as number;
    const h = (height[i] as number) + 1;
    if (p >= 0 && h > (height[p] as number)) height[p] = h;
  }
  return height;
}

/**
 * Prefix sums of leaves: `out[i]` is the number of leaves among ranks below `i`, so a subtree's leaf count
 * is a difference of two entries.
 *
 * @example
 * ```ts
 * // a → b → c (a chain of three, in pre-order)
 * const tree = { count: 3, parent: Int32Array.of(-1, 0, 1), depth: Int32Array.of(0, 1, 2), size: Int32Array.of(3, 2, 1) };
 * [...leafPrefixSums(tree)]; // → [0, 0, 0, 1]
 * ```
 */
export function leafPrefixSums(tree: TreeArrays): Int32Array {
  const { count, size } = tree;
  const out = new Int32Array(count + 1);
  for (let i = 0; i < count; i += 1) out[i + 1] = (out[i] as number) + (size[i] === 1 ? 1 : 0);
  return out;
}

/**
 * Whether `a` is `b` or one of its ancestors: `b` lies in `a`'s pre-order interval.
 *
 * @example
 * ```ts
 * // a → b → c (a chain of three, in pre-order)
 * const tree = { count: 3, parent: Int32Array.of(-1, 0, 1), depth: Int32Array.of(0, 1, 2), size: Int32Array.of(3, 2, 1) };
 * isAncestorOrSelfAt(tree, 0, 2); // → true
 * isAncestorOrSelfAt(tree, 2, 0); // → false
 * ```
 */
export function isAncestorOrSelfAt(tree: TreeArrays, a: number, b: number): boolean {
  return a <= b && b < a + (tree.size[a] as number);
}

/**
 * The rank of the lowest common ancestor of two ranks, or -1 when they are in different trees.
 *
 * Climbs from `a` to the first ancestor whose interval holds `b`, taking a jump whenever the jump's
 * target still does not hold `b`: O(log depth) steps, iterative, so a million-deep chain is no problem.
 *
 * @example
 * ```ts
 * // a → b → c (a chain of three, in pre-order)
 * const tree = { count: 3, parent: Int32Array.of(-1, 0, 1), depth: Int32Array.of(0, 1, 2), size: Int32Array.of(3, 2, 1) };
 * lowestCommonAncestorAt(tree, jumpPointers(tree), 2, 1); // → 1
 * ```
 */
export function lowestCommonAncestorAt(tree: TreeArrays, jump: Int32Array, a: number, b: number): number {
  const { parent } = tree;
  if (isAncestorOrSelfAt(tree, a, b)) return a;
  let x = a;
  for (;;) {
    const j = jump[x] as number;
    if (j !== x && !isAncestorOrSelfAt(tree, j, b)) {
      x = j;
      continue;
    }
    const p = parent[x] as number;
    if (p < 0) return -1;
    if (isAncestorOrSelfAt(tree, p, b)) return p;
    x = p;
  }
}
