/**
 * The hierarchy: an immutable index over placed nodes, answering queries by id (and by rank, for linear
 * passes).
 *
 * @module
 */
import { heights, isAncestorOrSelfAt, jumpPointers, leafPrefixSums, lowestCommonAncestorAt, type TreeArrays } from "./tree-arrays.js";
import { breadthFirstRanks, postorderRanks } from "./queries/traversal.js";
import { optionsObject, requireArray, requireNumber } from "../_lib/misuse.js";

/**
 * Filters for {@link Hierarchy.descendants}. A filter that is not an object, `kinds` that is not an
 * array, or a `maxDepth` that is not a whole number from 0 is misuse (a `TypeError`).
 *
 * @example
 * ```ts
 * const filter: DescendantFilter<AssociationKind> = { kinds: ["village", "community"], maxDepth: 2 };
 * ```
 */
export interface DescendantFilter<K extends string = string> {
  /** Keep only nodes of these kinds (association kinds, or division levels). */
  readonly kinds?: readonly K[];
  /** Keep only nodes at most this many edges below the start (1 = children). */
  readonly maxDepth?: number;
}

/**
 * An immutable hierarchy of nodes of type `N` (associations, divisions, or a virtual root), indexed as an
 * Euler tour.
 *
 * Ids: a query matches a node only for a string that is a placed node's id. Anything else (an id not in
 * the hierarchy, one left out by the build, `undefined`, `null`, a number) matches nothing, and the
 * query says so as its summary below does: `undefined`, `-1`, `false`, `0` or an empty list. The
 * forest-wide queries (`leaves`, `leafCount`, `preorder`, `postorder`, `breadthFirst`) cover the whole
 * forest only when called with no argument at all: `leafCount(codes.get(x))` for a look-up that found
 * nothing gives 0, never the national total. Ranks likewise: anything but a whole number from 0 to
 * `size − 1` is no rank. No query throws on an id or a rank; only a malformed `descendants` filter is
 * misuse (a `TypeError`).
 *
 * Ranks: every placed node has a rank, its position in pre-order (0 … size − 1). A subtree is the rank
 * range `[i, i + subtreeSizeAt(i))`, and a loop from `size − 1` down to 0 meets every node after all of
 * its descendants, so linear passes need no recursion and no stack.
 *
 * @example
 * ```ts
 * const { hierarchy } = buildHierarchy(dataset.associations);
 * hierarchy.ancestors("tc-village-340881001201").map((a) => a.id); // → ["tc-subdistrict-340881001", "tc", "aq", "ah"]
 * hierarchy.isAncestor("tc", "tc-village-340881001201"); // → true
 * ```
 */
export interface Hierarchy<N, K extends string = string> {
  /** How many nodes are placed (the virtual root included). */
  readonly size: number;
  /** Whether the id is a placed node; false for anything else. */
  has(id: string): boolean;
  /** The node with this id, or undefined. */
  get(id: string): N | undefined;
  /** The rank of the node with this id, or -1. */
  indexOf(id: string): number;
  /** The node at a rank. */
  nodeAt(index: number): N | undefined;
  /** The id of the node at a rank. */
  idAt(index: number): string | undefined;
  /** The kind (or division level) of the node at a rank; undefined for the virtual root. */
  kindAt(index: number): K | undefined;
  /** The parent's rank, or -1 for a root or an unknown rank. */
  parentIndexAt(index: number): number;
  /** The depth at a rank, or -1 for an unknown rank. */
  depthAt(index: number): number;
  /** The subtree size at a rank (the node included), or 0 for an unknown rank. */
  subtreeSizeAt(index: number): number;
  /** The parent node (业务指导单位 for associations). */
  parent(id: string): N | undefined;
  /** The children, in input order. */
  children(id: string): readonly N[];
  /** The other children of the same parent (for a root: the other roots), in input order. */
  siblings(id: string): readonly N[];
  /** The ancestors, nearest first, up to the root. */
  ancestors(id: string): readonly N[];
  /** The proper descendants, in pre-order, optionally filtered by kind and depth below `id`. */
  descendants(id: string, filter?: DescendantFilter<K>): readonly N[];
  /** The leaves of `id`'s subtree (itself if it is a leaf), or of the whole forest without an argument. */
  leaves(id?: string): readonly N[];
  /** The nodes from `from` up to the common ancestor and down to `to`, both ends included. */
  path(from: string, to: string): readonly N[];
  /** The deepest node that is an ancestor of both (or one of them, if one contains the other). */
  lowestCommonAncestor(a: string, b: string): N | undefined;
  /** Edges from the root (a root has depth 0). */
  depth(id: string): number | undefined;
  /** Edges on the longest path down to a leaf (a leaf has height 0). */
  height(id: string): number | undefined;
  /** Nodes in the subtree, the node included; 0 for an unknown id. */
  subtreeSize(id: string): number;
  /** Leaves in the subtree (1 for a leaf), or in the whole forest without an argument; 0 for an unknown id. */
  leafCount(id?: string): number;
  /** The roots, in input order (just the virtual root when there is one). */
  roots(): readonly N[];
  /** Whether `a` is a proper ancestor of `b`, in O(1). */
  isAncestor(a: string, b: string): boolean;
  /** Whether `a` is a proper descendant of `b`, in O(1). */
  isDescendant(a: string, b: string): boolean;
  /** Nodes in pre-order (parents before children), of one subtree, or of the whole forest without an argument. */
  preorder(id?: string): IterableIterator<N>;
  /** Nodes in post-order (children before parents), of one subtree, or of the whole forest without an argument. */
  postorder(id?: string): IterableIterator<N>;
  /** Nodes level by level, of one subtree, or of the whole forest without an argument. */
  breadthFirst(id?: string): IterableIterator<N>;
}

/**
 * What a builder hands to the hierarchy: the tree arrays plus the node table and the id lookup.
 *
 * @example
 * ```ts
 * const tree = { count: 2, parent: Int32Array.of(-1, 0), depth: Int32Array.of(0, 1), size: Int32Array.of(2, 1) };
 * const nodes = [{ id: "a" }, { id: "b" }];
 * const ids = nodes.map((n) => n.id);
 * const rankOf = (id: unknown) => ids.indexOf(id as string);
 * const data = { tree, order: Int32Array.of(0, 1), nodes, ids, roots: Int32Array.of(0), rankOf, kindOf: () => undefined };
 * new IndexedHierarchy(data).children("a"); // → [{ id: "b" }]
 * ```
 */
export interface HierarchyData<N, K extends string> {
  readonly tree: TreeArrays;
  /** The position in `nodes` and `ids` of the node at each rank. */
  readonly order: Int32Array;
  /** Nodes in input order (unplaced ones included, never reached). */
  readonly nodes: readonly N[];
  /** Ids in input order. */
  readonly ids: readonly (string | undefined)[];
  /** Root ranks in input order. */
  readonly roots: Int32Array;
  /** The rank of an id, or -1; anything but a string is no id. */
  readonly rankOf: (id: unknown) => number;
  readonly kindOf: (node: N) => K | undefined;
}

/** Arrays only some queries need, computed on first use (a cache: answers never change). */
interface Derived {
  jump?: Int32Array;
  height?: Int32Array;
  leafPrefix?: Int32Array;
}

/**
 * The one implementation of {@link Hierarchy}. Methods live on the prototype, so a national hierarchy
 * costs its typed arrays and two plain arrays, not a closure or an object per node.
 *
 * @example
 * ```ts
 * const tree = { count: 2, parent: Int32Array.of(-1, 0), depth: Int32Array.of(0, 1), size: Int32Array.of(2, 1) };
 * const nodes = [{ id: "a" }, { id: "b" }];
 * const ids = nodes.map((n) => n.id);
 * const rankOf = (id: unknown) => ids.indexOf(id as string);
 * const data = { tree, order: Int32Array.of(0, 1), nodes, ids, roots: Int32Array.of(0), rankOf, kindOf: () => undefined };
 * const hierarchy: Hierarchy<{ id: string }> = new IndexedHierarchy(data);
 * hierarchy.parent("b"); // → { id: "a" }
 * ```
 */
export class IndexedHierarchy<N, K extends string> implements Hierarchy<N, K> {
  readonly size: number;
  readonly #data: HierarchyData<N, K>;
  readonly #derived: Derived = {};

  constructor(data: HierarchyData<N, K>) {
    this.#data = data;
    this.size = data.tree.count;
    Object.freeze(this);
  }

  has(id: string): boolean {
    return this.#data.rankOf(id) >= 0;
  }

  get(id: string): N | undefined {
    return this.nodeAt(this.#data.rankOf(id));
  }

  indexOf(id: string): number {
    return this.#data.rankOf(id);
  }

  nodeAt(index: number): N | undefined {
    return this.#valid(index) ? this.#node(index) : undefined;
  }

  idAt(index: number): string | undefined {
    return this.#valid(index) ? this.#data.ids[this.#data.order[index] as number] : undefined;
  }

  kindAt(index: number): K | undefined {
    return this.#valid(index) ? this.#data.kindOf(this.#node(index)) : undefined;
  }

  parentIndexAt(index: number): number {
    return this.#valid(index) ? (this.#data.tree.parent[index] as number) : -1;
  }

  depthAt(index: number): number {
    return this.#valid(index) ? (this.#data.tree.depth[index] as number) : -1;
  }

  subtreeSizeAt(index: number): number {
    return this.#valid(index) ? (this.#data.tree.size[index] as number) : 0;
  }

  parent(id: string): N | undefined {
    const rank = this.#data.rankOf(id);
    return rank < 0 ? undefined : this.nodeAt(this.#data.tree.parent[rank] as number);
  }

  children(id: string): readonly N[] {
    const rank = this.#data.rankOf(id);
    return rank < 0 ? [] : this.#childrenOf(rank, -1);
  }

  siblings(id: string): readonly N[] {
    const rank = this.#data.rankOf(id);
    if (rank < 0) return [];
    const parent = this.#data.tree.parent[rank] as number;
    if (parent >= 0) return this.#childrenOf(parent, rank);
    const out: N[] = [];
    for (const root of this.#data.roots) if (root !== rank) out.push(this.#node(root));
    return out;
  }

  ancestors(id: string): readonly N[] {
    const { tree } = this.#data;
    const out: N[] = [];
    let rank = this.#data.rankOf(id);
    if (rank < 0) return out;
    for (rank = tree.parent[rank] as number; rank >= 0; rank = tree.parent[rank] as number) out.push(this.#node(rank));
    return out;
  }

  descendants(id: string, filter?: DescendantFilter<K>): readonly N[] {
    const { tree, kindOf } = this.#data;
    // The filter is checked before the id, so a malformed one fails whatever the id.
    const { kinds: kindList, maxDepth } = optionsObject<DescendantFilter<K>>("descendants", filter, false, "filter");
    if (kindList !== undefined) requireArray("descendants", "filter.kinds", kindList);
    const depthLimit =
      maxDepth === undefined
        ? Infinity
        : requireNumber("descendants", "maxDepth", maxDepth, { min: 0, max: Number.MAX_SAFE_INTEGER, argument: "filter" });
    const out: N[] = [];
    const start = this.#data.rankOf(id);
    if (start < 0) return out;
    const kinds = kindList === undefined ? undefined : new Set<string>(kindList);
    const deepest = (tree.depth[start] as number) + depthLimit;
    const end = start + (tree.size[start] as number);
    for (let i = start + 1; i < end;) {
      if ((tree.depth[i] as number) > deepest) {
        // Everything below is deeper still: skip the whole subtree.
        i += tree.size[i] as number;
        continue;
      }
      const node = this.#node(i);
      if (kinds === undefined || kinds.has(kindOf(node) as string)) out.push(node);
      i += 1;
    }
    return out;
  }

  leaves(...id: [id?: string]): readonly N[] {
    const [start, end] = this.#range(id);
    const { size } = this.#data.tree;
    const out: N[] = [];
    for (let i = start; i < end; i += 1) if (size[i] === 1) out.push(this.#node(i));
    return out;
  }

  path(from: string, to: string): readonly N[] {
    const { tree } = this.#data;
    const a = this.#data.rankOf(from);
    const b = this.#data.rankOf(to);
    if (a < 0 || b < 0) return [];
    const meet = lowestCommonAncestorAt(tree, this.#jump(), a, b);
    if (meet < 0) return [];
    const up: N[] = [];
    for (let x = a; x !== meet; x = tree.parent[x] as number) up.push(this.#node(x));
    up.push(this.#node(meet));
    const down: N[] = [];
    for (let x = b; x !== meet; x = tree.parent[x] as number) down.push(this.#node(x));
    for (let k = down.length - 1; k >= 0; k -= 1) up.push(down[k] as N);
    return up;
  }

  lowestCommonAncestor(a: string, b: string): N | undefined {
    const ra = this.#data.rankOf(a);
    const rb = this.#data.rankOf(b);
    if (ra < 0 || rb < 0) return undefined;
    return this.nodeAt(lowestCommonAncestorAt(this.#data.tree, this.#jump(), ra, rb));
  }

  depth(id: string): number | undefined {
    const rank = this.#data.rankOf(id);
    return rank < 0 ? undefined : this.#data.tree.depth[rank];
  }

  height(id: string): number | undefined {
    const rank = this.#data.rankOf(id);
    if (rank < 0) return undefined;
    this.#derived.height ??= heights(this.#data.tree);
    return this.#derived.height[rank];
  }

  subtreeSize(id: string): number {
    return this.subtreeSizeAt(this.#data.rankOf(id));
  }

  leafCount(...id: [id?: string]): number {
    const [start, end] = this.#range(id);
    const leafPrefix = (this.#derived.leafPrefix ??= leafPrefixSums(this.#data.tree));
    return (leafPrefix[end] as number) - (leafPrefix[start] as number);
  }

  roots(): readonly N[] {
    const out: N[] = [];
    for (const root of this.#data.roots) out.push(this.#node(root));
    return out;
  }

  isAncestor(a: string, b: string): boolean {
    const ra = this.#data.rankOf(a);
    const rb = this.#data.rankOf(b);
    return ra >= 0 && rb >= 0 && ra !== rb && isAncestorOrSelfAt(this.#data.tree, ra, rb);
  }

  isDescendant(a: string, b: string): boolean {
    return this.isAncestor(b, a);
  }

  *preorder(...id: [id?: string]): IterableIterator<N> {
    const [start, end] = this.#range(id);
    for (let i = start; i < end; i += 1) yield this.#node(i);
  }

  *postorder(...id: [id?: string]): IterableIterator<N> {
    const [start, end] = this.#range(id);
    for (const rank of postorderRanks(this.#data.tree, start, end)) yield this.#node(rank);
  }

  *breadthFirst(...id: [id?: string]): IterableIterator<N> {
    const [start, end] = this.#range(id);
    for (const rank of breadthFirstRanks(this.#data.tree, start, end)) yield this.#node(rank);
  }

  #jump(): Int32Array {
    return (this.#derived.jump ??= jumpPointers(this.#data.tree));
  }

  /** The node at a valid rank. */
  #node(rank: number): N {
    return this.#data.nodes[this.#data.order[rank] as number] as N;
  }

  #valid(index: number): boolean {
    return Number.isInteger(index) && index >= 0 && index < this.size;
  }

  /**
   * The rank range of the subtree of the id in `args`, of the whole forest when no argument was given at
   * all, or empty for anything else (`undefined` passed on from a failed look-up included).
   */
  #range(args: readonly unknown[]): [number, number] {
    if (args.length === 0) return [0, this.size];
    const rank = this.#data.rankOf(args[0]);
    return rank < 0 ? [0, 0] : [rank, rank + (this.#data.tree.size[rank] as number)];
  }

  /** Children of a rank in input order, skipping one rank (for siblings). */
  #childrenOf(rank: number, skip: number): N[] {
    const { size } = this.#data.tree;
    const out: N[] = [];
    const end = rank + (size[rank] as number);
    // The first child follows its parent in pre-order; each next child follows its elder sibling's subtree.
    for (let child = rank + 1; child < end; child += size[child] as number) {
      if (child !== skip) out.push(this.#node(child));
    }
    return out;
  }
}
