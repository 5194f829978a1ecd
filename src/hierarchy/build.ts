/**
 * The generic builder: any records with an id and a parent reference become a {@link Hierarchy}, with
 * every integrity issue reported at once.
 *
 * @module
 */
import type { Locale } from "../issue/issue.js";
import { IndexedHierarchy, type Hierarchy } from "./hierarchy.js";
import { IssueLog, findCycles, shortList } from "./integrity.js";
import type { TreeArrays } from "./tree-arrays.js";
import type { BuildOptions, BuildResult, ExcludedRecord, ExclusionReason, ResultOf, VirtualRootNode } from "./types.js";

/**
 * How to read a record type as a tree: its id, its parent reference, its kind, and the parent-kind rule.
 *
 * @example
 * ```ts
 * const source: HierarchySource<{ key: string; up?: string }, string> = {
 *   idField: "key",
 *   parentField: "up",
 *   idOf: (r) => r.key,
 *   parentOf: (r) => r.up,
 *   kindOf: () => undefined,
 * };
 * ```
 */
export interface HierarchySource<T, K extends string> {
  /** The id field's name, for issue paths. */
  readonly idField: string;
  /** The parent field's name for issue paths (a function when the parent may be implied by the id). */
  readonly parentField: string | ((record: T) => string);
  /** The record's id; anything but a non-empty string is reported and left out. */
  idOf(record: T): unknown;
  /** The parent's id; `undefined` or `null` makes a root. */
  parentOf(record: T): unknown;
  /** The record's kind, for kind filters and the parent-kind rule. */
  kindOf(record: T): K | undefined;
  /** Whether `parent` may be `child`'s parent; absent means any. */
  readonly parentAllowed?: (child: T, parent: T) => boolean;
  /** A kind's name in a locale, for messages; the kind itself when absent. */
  readonly kindLabel?: (kind: string, locale: Locale) => string;
}

const KEPT = 0;
const INVALID = 1;
const DUPLICATE = 2;
const IN_CYCLE = 3;
const UNDER_CYCLE = 4;
const REASONS: readonly (ExclusionReason | undefined)[] = [undefined, "invalid-id", "duplicate", "cycle", "under-cycle"];

/**
 * Builds a hierarchy from any records, given a {@link HierarchySource}. `buildHierarchy` and
 * `buildDivisionHierarchy` are this with a source for associations and for divisions.
 *
 * Linear time and iterative throughout: one pass for ids, one for parents, a counting sort of children,
 * one explicit-stack walk that numbers nodes in pre-order, one reverse pass for subtree sizes and
 * heights. Inputs are never written to.
 *
 * @example
 * ```ts
 * const units = [{ key: "a" }, { key: "b", up: "a" }];
 * const { hierarchy } = buildHierarchyBy(units, {
 *   idField: "key",
 *   parentField: "up",
 *   idOf: (u) => u.key,
 *   parentOf: (u) => u.up,
 *   kindOf: () => undefined,
 * });
 * hierarchy.children("a"); // [{ key: "b", up: "a" }]
 * ```
 */
export function buildHierarchyBy<T, K extends string>(records: readonly T[], source: HierarchySource<T, K>): BuildResult<T, K>;
export function buildHierarchyBy<T, K extends string, const O extends BuildOptions>(
  records: readonly T[],
  source: HierarchySource<T, K>,
  options: O,
): ResultOf<T, K, O>;
export function buildHierarchyBy<T, K extends string>(
  records: readonly T[],
  source: HierarchySource<T, K>,
  options: BuildOptions = {},
): ResultOf<T, K, BuildOptions> {
  requireArray("buildHierarchyBy", records);
  const log = new IssueLog(options.locale ?? "zh-CN");
  const n = records.length;
  const status = new Uint8Array(n);

  // 1. Ids: the first occurrence wins.
  const firstIndex = new Map<string, number>();
  for (let i = 0; i < n; i += 1) {
    const record = records[i] as T;
    const id = record === null || record === undefined ? undefined : source.idOf(record);
    if (typeof id !== "string" || id === "") {
      status[i] = INVALID;
      log.add("hierarchy.invalid-id", [i, source.idField], { index: i });
      continue;
    }
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, i);
    else {
      status[i] = DUPLICATE;
      log.add("hierarchy.duplicate-id", [i, source.idField], { id, index: i, first });
    }
  }

  // 2. Parents: orphans and self-parents become roots; kinds are checked on every resolved link.
  const parentIndex = new Int32Array(n).fill(-1);
  const childCount = new Int32Array(n + 1);
  const rootInputs: number[] = [];
  for (let i = 0; i < n; i += 1) {
    if (status[i] !== KEPT) continue;
    const record = records[i] as T;
    const parentId = source.parentOf(record);
    if (parentId === undefined || parentId === null) {
      rootInputs.push(i);
      continue;
    }
    const id = source.idOf(record) as string;
    const parent = typeof parentId === "string" ? firstIndex.get(parentId) : undefined;
    if (parent === undefined || parent === i) {
      rootInputs.push(i);
      const path = [i, parentFieldOf(source, record)];
      if (parent === i) log.add("hierarchy.self-parent", path, { id });
      else log.add("hierarchy.missing-parent", path, { id, parentId: String(parentId) });
      continue;
    }
    parentIndex[i] = parent;
    childCount[parent] = (childCount[parent] as number) + 1;
    const parentRecord = records[parent] as T;
    if (source.parentAllowed !== undefined && !source.parentAllowed(record, parentRecord)) {
      reportParentKind(log, source, options.locale ?? "zh-CN", i, record, parentRecord, parentId as string);
    }
  }

  // 3. Children in input order, as one flat array sliced by offsets (a counting sort, no per-node arrays).
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i += 1) offsets[i + 1] = (offsets[i] as number) + (childCount[i] as number);
  const fill = offsets.slice(0, n);
  const childList = new Int32Array(offsets[n] as number);
  for (let i = 0; i < n; i += 1) {
    const parent = parentIndex[i] as number;
    if (parent >= 0) childList[(fill[parent] as number)++] = i;
  }

  // 4. The virtual root, unless its id is taken.
  let virtual: VirtualRootNode | undefined;
  if (options.virtualRoot !== undefined) {
    const { id, name } = options.virtualRoot;
    const taken = firstIndex.get(id);
    if (taken === undefined) virtual = Object.freeze({ id, name: name ?? id, virtual: true as const });
    else log.add("hierarchy.virtual-root-id", [], { id, index: taken });
  }

  // 5. Number nodes in pre-order with an explicit stack; depth and jump pointers follow from the parent,
  //    which is always numbered first.
  const capacity = n + 1;
  const parent = new Int32Array(capacity);
  const depth = new Int32Array(capacity);
  const jump = new Int32Array(capacity);
  const inputToRank = new Int32Array(n).fill(-1);
  const nodes: (T | VirtualRootNode)[] = [];
  const ids: string[] = [];
  let count = 0;
  let rootParent = -1;
  if (virtual !== undefined) {
    nodes.push(virtual);
    ids.push(virtual.id);
    parent[0] = -1;
    jump[0] = 0;
    count = 1;
    rootParent = 0;
  }
  const stack = new Int32Array(n);
  let top = 0;
  for (let k = rootInputs.length - 1; k >= 0; k -= 1) stack[top++] = rootInputs[k] as number;
  while (top > 0) {
    const input = stack[--top] as number;
    const rank = count++;
    inputToRank[input] = rank;
    const record = records[input] as T;
    nodes.push(record);
    ids.push(source.idOf(record) as string);
    const up = parentIndex[input] as number;
    const p = up < 0 ? rootParent : (inputToRank[up] as number);
    parent[rank] = p;
    if (p < 0) {
      depth[rank] = 0;
      jump[rank] = rank;
    } else {
      depth[rank] = (depth[p] as number) + 1;
      const j = jump[p] as number;
      const jj = jump[j] as number;
      // Myers' rule: jump twice as far when the parent's jump and its jump's jump span equal depths.
      jump[rank] = (depth[p] as number) - (depth[j] as number) === (depth[j] as number) - (depth[jj] as number) ? jj : p;
    }
    for (let k = (offsets[input + 1] as number) - 1; k >= (offsets[input] as number); k -= 1) stack[top++] = childList[k] as number;
  }

  // 6. Records never reached hang in or under a cycle.
  const unplaced: number[] = [];
  for (let i = 0; i < n; i += 1) if (status[i] === KEPT && inputToRank[i] === -1) unplaced.push(i);
  if (unplaced.length > 0) {
    for (const i of unplaced) status[i] = UNDER_CYCLE;
    for (const cycle of findCycles(parentIndex, unplaced)) {
      for (const i of cycle) status[i] = IN_CYCLE;
      const cycleIds = cycle.map((i) => source.idOf(records[i] as T) as string);
      const first = cycle[0] as number;
      log.add("hierarchy.cycle", [first, parentFieldOf(source, records[first] as T)], {
        id: cycleIds[0] as string,
        cycle: [...cycleIds, cycleIds[0] as string],
        count: cycle.length,
      });
    }
  }

  if (options.singleRoot === true && rootInputs.length > 1) {
    const roots = rootInputs.map((i) => source.idOf(records[i] as T) as string);
    log.add("hierarchy.multiple-roots", [], { count: roots.length, roots, rootList: shortList(roots) });
  }

  const excluded: ExcludedRecord[] = [];
  for (let i = 0; i < n; i += 1) {
    const reason = REASONS[status[i] as number];
    if (reason === undefined) continue;
    excluded.push(reason === "invalid-id" ? { index: i, reason } : { index: i, id: source.idOf(records[i] as T) as string, reason });
  }

  const issues = Object.freeze(log.issues);
  const result = { issues, excluded: Object.freeze(excluded) };
  if (options.strict === true && issues.length > 0) return Object.freeze({ ...result, hierarchy: undefined });

  const tree: TreeArrays = { count, parent: parent.subarray(0, count), depth: depth.subarray(0, count), jump: jump.subarray(0, count), size: new Int32Array(count) };
  const hierarchy = finish(tree, nodes, ids, firstIndex, inputToRank, virtual, rootInputs, source.kindOf);
  return Object.freeze({ ...result, hierarchy });
}

/**
 * Throws the one error the builders have: an argument that is not an array is a misuse of the API, not a
 * data problem.
 *
 * @example
 * ```ts
 * requireArray("buildHierarchy", {}); // TypeError: buildHierarchy: expected an array of records, got object
 * ```
 */
export function requireArray(caller: string, value: unknown): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) {
    const got = value === null ? "null" : typeof value;
    throw new TypeError(`${caller}: expected an array of records, got ${got}`);
  }
}

function parentFieldOf<T>(source: HierarchySource<T, string>, record: T): string {
  return typeof source.parentField === "function" ? source.parentField(record) : source.parentField;
}

function reportParentKind<T, K extends string>(
  log: IssueLog,
  source: HierarchySource<T, K>,
  locale: Locale,
  index: number,
  record: T,
  parentRecord: T,
  parentId: string,
): void {
  const kind = String(source.kindOf(record));
  const parentKind = String(source.kindOf(parentRecord));
  const labelOf = source.kindLabel ?? ((k: string) => k);
  log.add("hierarchy.parent-kind", [index, parentFieldOf(source, record)], {
    id: source.idOf(record) as string,
    kind,
    kindLabel: labelOf(kind, locale),
    parentId,
    parentKind,
    parentKindLabel: labelOf(parentKind, locale),
  });
}

/** Subtree sizes, heights and leaf prefix sums, then the hierarchy object. */
function finish<T, K extends string>(
  tree: TreeArrays,
  nodes: readonly (T | VirtualRootNode)[],
  ids: readonly string[],
  firstIndex: ReadonlyMap<string, number>,
  inputToRank: Int32Array,
  virtual: VirtualRootNode | undefined,
  rootInputs: readonly number[],
  kindOf: (record: T) => K | undefined,
): Hierarchy<T | VirtualRootNode, K> {
  const { count, parent, size } = tree;
  const height = new Int32Array(count);
  size.fill(1);
  // Children have higher ranks than their parents, so one reverse pass sees each subtree complete.
  for (let i = count - 1; i > 0; i -= 1) {
    const p = parent[i] as number;
    if (p < 0) continue;
    size[p] = (size[p] as number) + (size[i] as number);
    const h = (height[i] as number) + 1;
    if (h > (height[p] as number)) height[p] = h;
  }
  const leafPrefix = new Int32Array(count + 1);
  for (let i = 0; i < count; i += 1) leafPrefix[i + 1] = (leafPrefix[i] as number) + (size[i] === 1 ? 1 : 0);
  const roots = virtual === undefined ? Int32Array.from(rootInputs, (i) => inputToRank[i] as number) : Int32Array.of(0);
  const virtualId = virtual?.id;
  const rankOf = (id: string): number => {
    if (id === virtualId) return 0;
    const input = firstIndex.get(id);
    return input === undefined ? -1 : (inputToRank[input] as number);
  };
  const kindOfNode = (node: T | VirtualRootNode): K | undefined => (node === virtual ? undefined : kindOf(node as T));
  return new IndexedHierarchy<T | VirtualRootNode, K>({ tree, nodes, ids, roots, rankOf, kindOf: kindOfNode, height, leafPrefix });
}
