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
 *   jump: Int32Array.of(0, 0, 0),
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
  /**
   * A jump pointer (Myers, 1983): an ancestor chosen so that climbing to the first ancestor with a
   * monotone property takes O(log depth) steps, at one integer per node (binary lifting would need
   * log n integers per node, too much at national scale).
   */
  readonly jump: Int32Array;
}

/**
 * Whether `a` is `b` or one of its ancestors: `b` lies in `a`'s pre-order interval.
 *
 * @example
 * ```ts
 * isAncestorOrSelfAt(tree, 0, 2); // true
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
 * lowestCommonAncestorAt(tree, 2, 1); // 1
 * ```
 */
export function lowestCommonAncestorAt(tree: TreeArrays, a: number, b: number): number {
  const { parent, jump } = tree;
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
