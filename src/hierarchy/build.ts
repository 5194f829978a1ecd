/**
 * The generic builder: any records with an id and a parent reference become a {@link Hierarchy}, with
 * every integrity issue reported at once.
 *
 * @module
 */
import type { Locale } from "../issue/issue.js";
import { IndexedHierarchy, type Hierarchy } from "./hierarchy.js";
import { IdTable } from "../model/id-table.js";
import { IssueLog, findCycles, shortCycle, shortList } from "./integrity.js";
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

/**
 * Builds a hierarchy from any records, given a {@link HierarchySource}. `buildHierarchy` and
 * `buildDivisionHierarchy` are this with a source for associations and for divisions.
 *
 * Linear time and iterative throughout: one pass for ids, one for parents, a counting sort of children,
 * one explicit-stack walk that numbers nodes in pre-order, one reverse pass for subtree sizes. What only
 * some queries need (jump pointers for common ancestors, heights, leaf counts) is computed on first use.
 * Inputs are never written to.
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
  const locale = options.locale ?? "zh-CN";
  const log = new IssueLog(locale);
  const ids = indexIds(records, source, log);
  const links = linkParents(records, source, ids, log, locale);
  const virtual = virtualRootOf(options, ids.table, log);
  const placed = numberInPreorder(records.length, links, virtual);
  reportCycles(records, source, ids, links.parentIndex, placed.inputToRank, log);
  if (options.singleRoot === true && links.rootInputs.length > 1) {
    const roots = links.rootInputs.map((i) => ids.byInput[i] as string);
    log.add("hierarchy.multiple-roots", [], { count: roots.length, roots, rootList: shortList(roots) });
  }
  const issues = Object.freeze(log.issues);
  const result = { issues, excluded: excludedRecords(ids) };
  if (options.strict === true && issues.length > 0) return Object.freeze({ ...result, hierarchy: undefined });
  const hierarchy = finish(records, ids, placed, virtual, links.rootInputs, source.kindOf);
  return Object.freeze({ ...result, hierarchy });
}

/** Per-record state: placed, or why not. */
const KEPT = 0;
const INVALID = 1;
const DUPLICATE = 2;
const IN_CYCLE = 3;
const UNDER_CYCLE = 4;
const REASONS: readonly (ExclusionReason | undefined)[] = [undefined, "invalid-id", "duplicate", "cycle", "under-cycle"];

interface Ids {
  readonly table: IdTable;
  /** Each record's id, or undefined when it has none. */
  readonly byInput: (string | undefined)[];
  readonly status: Uint8Array;
}

/** Phase 1, ids: the first record with an id wins. */
function indexIds<T>(records: readonly T[], source: HierarchySource<T, string>, log: IssueLog): Ids {
  const n = records.length;
  // Pre-sized, not pushed: growing a 665k-element array copies it a dozen times.
  const byInput = new Array<string | undefined>(n);
  for (let i = 0; i < n; i += 1) {
    const record = records[i];
    const id = record === null || record === undefined ? undefined : source.idOf(record);
    byInput[i] = typeof id === "string" && id !== "" ? id : undefined;
  }
  const { table, first } = IdTable.of(byInput);
  const status = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) {
    const id = byInput[i];
    if (id === undefined) {
      status[i] = INVALID;
      log.add("hierarchy.invalid-id", [i, source.idField], { index: i });
    } else if (first[i] !== i) {
      status[i] = DUPLICATE;
      log.add("hierarchy.duplicate-id", [i, source.idField], { id, index: i, first: first[i] as number });
    }
  }
  return { table, byInput, status };
}

interface Links {
  /** The parent's input index, or -1 for a root. */
  readonly parentIndex: Int32Array;
  /** Roots in input order. */
  readonly rootInputs: number[];
  /** Children of input `i` are `childList[offsets[i] … offsets[i + 1])`, in input order. */
  readonly offsets: Int32Array;
  readonly childList: Int32Array;
}

/** Phase 2, parents: orphans and self-parents become roots; kinds are checked on every resolved link. */
function linkParents<T, K extends string>(records: readonly T[], source: HierarchySource<T, K>, ids: Ids, log: IssueLog, locale: Locale): Links {
  const n = records.length;
  const { table, status } = ids;
  const offsets = new Int32Array(n + 1);
  const rootInputs: number[] = [];
  const parentIds = new Array<unknown>(n);
  for (let i = 0; i < n; i += 1) parentIds[i] = status[i] === KEPT ? source.parentOf(records[i] as T) : undefined;
  // Looked up all at once, which lets the table hash before it probes (see IdTable). The answers become
  // the parent links once roots are set to -1 below.
  const parentIndex = table.getAll(parentIds);
  for (let i = 0; i < n; i += 1) {
    if (status[i] !== KEPT) continue;
    const parentId = parentIds[i];
    if (parentId === undefined || parentId === null) {
      rootInputs.push(i);
      continue;
    }
    const record = records[i] as T;
    const parent = parentIndex[i] as number;
    if (parent < 0 || parent === i) {
      parentIndex[i] = -1;
      rootInputs.push(i);
      const id = ids.byInput[i] as string;
      const path = [i, parentFieldOf(source, record)];
      if (parent === i) log.add("hierarchy.self-parent", path, { id });
      else log.add("hierarchy.missing-parent", path, { id, parentId: String(parentId) });
      continue;
    }
    offsets[parent] = (offsets[parent] as number) + 1;
    const parentRecord = records[parent] as T;
    if (source.parentAllowed !== undefined && !source.parentAllowed(record, parentRecord)) {
      reportParentKind(log, source, locale, i, record, parentRecord, parentId as string);
    }
  }
  // Children as one flat array sliced by offsets: a counting sort, no array per node. Counts become block
  // ends; filling backwards moves each back to its block's start and keeps children in input order.
  for (let i = 1; i <= n; i += 1) offsets[i] = (offsets[i] as number) + (offsets[i - 1] as number);
  const childList = new Int32Array(offsets[n] as number);
  for (let i = n - 1; i >= 0; i -= 1) {
    const parent = parentIndex[i] as number;
    if (parent >= 0) childList[(offsets[parent] = (offsets[parent] as number) - 1)] = i;
  }
  return { parentIndex, rootInputs, offsets, childList };
}

/** The virtual root, unless a record already has its id. */
function virtualRootOf(options: BuildOptions, table: IdTable, log: IssueLog): VirtualRootNode | undefined {
  if (options.virtualRoot === undefined) return undefined;
  const { id, name } = options.virtualRoot;
  const taken = table.get(id);
  if (taken < 0) return Object.freeze({ id, name: name ?? id, virtual: true as const });
  log.add("hierarchy.virtual-root-id", [], { id, index: taken });
  return undefined;
}

interface Placed {
  readonly tree: TreeArrays;
  /** The input index at each rank; -1 for the virtual root. */
  readonly order: Int32Array;
  /** Each record's rank, or -1 when it is not placed. */
  readonly inputToRank: Int32Array;
}

/**
 * Phase 3: number nodes in pre-order with an explicit stack (no recursion, whatever the depth). Depth and
 * jump pointer follow from the parent, which always has its number first.
 */
function numberInPreorder(n: number, links: Links, virtual: VirtualRootNode | undefined): Placed {
  const { parentIndex, offsets, childList, rootInputs } = links;
  const parent = new Int32Array(n + 1);
  const depth = new Int32Array(n + 1);
  const inputToRank = new Int32Array(n).fill(-1);
  const order = new Int32Array(n + 1);
  let count = 0;
  let rootParent = -1;
  if (virtual !== undefined) {
    order[0] = -1;
    parent[0] = -1;
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
    order[rank] = input;
    const up = parentIndex[input] as number;
    const p = up < 0 ? rootParent : (inputToRank[up] as number);
    parent[rank] = p;
    depth[rank] = p < 0 ? 0 : (depth[p] as number) + 1;
    for (let k = (offsets[input + 1] as number) - 1; k >= (offsets[input] as number); k -= 1) stack[top++] = childList[k] as number;
  }
  // Children have higher ranks than their parents, so one reverse pass sees each subtree complete.
  const size = new Int32Array(count).fill(1);
  for (let i = count - 1; i > 0; i -= 1) {
    const p = parent[i] as number;
    if (p >= 0) size[p] = (size[p] as number) + (size[i] as number);
  }
  const tree: TreeArrays = { count, parent: parent.subarray(0, count), depth: depth.subarray(0, count), size };
  return { tree, order: order.subarray(0, count), inputToRank };
}

/** Phase 4: records never reached hang in or under a cycle; each cycle is reported with its whole path. */
function reportCycles<T>(records: readonly T[], source: HierarchySource<T, string>, ids: Ids, parentIndex: Int32Array, inputToRank: Int32Array, log: IssueLog): void {
  const { status, byInput } = ids;
  const unplaced: number[] = [];
  for (let i = 0; i < status.length; i += 1) {
    if (status[i] === KEPT && inputToRank[i] === -1) {
      unplaced.push(i);
      status[i] = UNDER_CYCLE;
    }
  }
  if (unplaced.length === 0) return;
  for (const cycle of findCycles(parentIndex, unplaced)) {
    for (const i of cycle) status[i] = IN_CYCLE;
    const cycleIds = cycle.map((i) => byInput[i] as string);
    const first = cycle[0] as number;
    const closed = [...cycleIds, cycleIds[0] as string];
    log.add("hierarchy.cycle", [first, parentFieldOf(source, records[first] as T)], {
      id: cycleIds[0] as string,
      cycle: closed,
      cyclePath: shortCycle(closed),
      count: cycle.length,
    });
  }
}

function excludedRecords(ids: Ids): readonly ExcludedRecord[] {
  const excluded: ExcludedRecord[] = [];
  const { status, byInput } = ids;
  for (let i = 0; i < status.length; i += 1) {
    const reason = REASONS[status[i] as number];
    if (reason === undefined) continue;
    excluded.push(reason === "invalid-id" ? { index: i, reason } : { index: i, id: byInput[i] as string, reason });
  }
  return Object.freeze(excluded);
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

/** Phase 5: the hierarchy object. */
function finish<T, K extends string>(
  records: readonly T[],
  idIndex: Ids,
  placed: Placed,
  virtual: VirtualRootNode | undefined,
  rootInputs: readonly number[],
  kindOf: (record: T) => K | undefined,
): Hierarchy<T | VirtualRootNode, K> {
  const { tree, order, inputToRank } = placed;
  const { table, byInput } = idIndex;
  const roots = virtual === undefined ? Int32Array.from(rootInputs, (i) => inputToRank[i] as number) : Int32Array.of(0);
  const virtualId = virtual?.id;
  const rankOf = (id: string): number => {
    if (id === virtualId) return 0;
    const input = table.get(id);
    return input < 0 ? -1 : (inputToRank[input] as number);
  };
  const kindOfNode = (node: T | VirtualRootNode): K | undefined => (node === virtual ? undefined : kindOf(node as T));
  // A copy (one block move), so a caller who later changes their array does not change the hierarchy.
  const nodes: readonly (T | VirtualRootNode)[] = virtual === undefined ? records.slice() : (records as readonly (T | VirtualRootNode)[]).concat([virtual]);
  const ids: readonly (string | undefined)[] = virtual === undefined ? byInput : byInput.concat([virtual.id]);
  if (virtual !== undefined) order[0] = records.length;
  return new IndexedHierarchy<T | VirtualRootNode, K>({ tree, order, nodes, ids, roots, rankOf, kindOf: kindOfNode });
}
