/**
 * The generic builder: any records with an id and a parent reference become a {@link Hierarchy}, with
 * every integrity issue reported at once.
 *
 * @module
 */
import type { Locale } from "../issue/issue.js";
import { IndexedHierarchy, type Hierarchy } from "./hierarchy.js";
import { describeThrown, describeValue } from "../_lib/describe.js";
import { misuse, optionalBoolean, optionsObject, quoteValue, requireArray, requireLocale } from "../_lib/misuse.js";
import { IdTable, hashId } from "../_lib/id-table.js";
import { cycleParams, findCycles } from "../model/parent-cycles.js";
import { IssueLog, shortList } from "./integrity.js";
import type { TreeArrays } from "./tree-arrays.js";
import type { BuildOptions, BuildResult, ExcludedRecord, ExclusionReason, VirtualRootNode } from "./types.js";
import type { ResultOf } from "../_lib/option-of.js";

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
  /**
   * Whether a record of `parentKind` may be the parent of one of `childKind`; absent means any. It is
   * given kinds, not records, so the check needs no second read of either record.
   */
  readonly parentAllowed?: (childKind: K | undefined, parentKind: K | undefined) => boolean;
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
 * Inputs are never written to. A record that throws when read (a getter, a revoked proxy) is reported as
 * `hierarchy.unreadable` and left out. Misuse throws a `TypeError` naming the function: `records` not an
 * array, a `source` without its functions, options that are not an object, an unknown `locale`, a
 * `strict` or `singleRoot` that is not a boolean, a `virtualRoot` without a non-empty string `id`.
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
 * hierarchy.children("a"); // → [{ key: "b", up: "a" }]
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
  options?: BuildOptions,
): ResultOf<T, K, BuildOptions> {
  const fn = "buildHierarchyBy";
  const s = optionsObject<HierarchySource<T, K>>(fn, source, true, "source");
  if (typeof s.idOf !== "function" || typeof s.parentOf !== "function" || typeof s.kindOf !== "function" || typeof s.idField !== "string") {
    misuse(fn, "source must have idField, parentField, idOf, parentOf and kindOf (see HierarchySource)");
  }
  return buildWith(fn, "records", records, s, options);
}

/** Build options after their checks. */
interface Checked {
  readonly locale: Locale;
  readonly strict: boolean;
  readonly singleRoot: boolean;
  readonly virtualRoot: BuildOptions["virtualRoot"];
}

function checkOptions(fn: string, options: BuildOptions | undefined): Checked {
  const o = optionsObject(fn, options);
  const virtualRoot: unknown = o.virtualRoot;
  if (virtualRoot !== undefined) {
    const fits =
      typeof virtualRoot === "object" &&
      virtualRoot !== null &&
      "id" in virtualRoot &&
      typeof virtualRoot.id === "string" &&
      virtualRoot.id !== "" &&
      (!("name" in virtualRoot) || virtualRoot.name === undefined || typeof virtualRoot.name === "string");
    if (!fits) misuse(fn, `options.virtualRoot must be { id, name? } with a non-empty string id; got ${quoteValue(virtualRoot)}`);
  }
  return {
    locale: requireLocale(fn, o.locale),
    strict: optionalBoolean(fn, "strict", o.strict),
    singleRoot: optionalBoolean(fn, "singleRoot", o.singleRoot),
    virtualRoot: o.virtualRoot,
  };
}

/**
 * The body of every builder, with the name of the function that was called and of its records argument,
 * for misuse messages.
 *
 * @example
 * ```ts
 * const units = [{ key: "a" }, { key: "b", up: "a" }];
 * const source = { idField: "key", parentField: "up", idOf: (u: { key: string; up?: string }) => u.key, parentOf: (u: { up?: string }) => u.up, kindOf: () => undefined };
 * const { hierarchy } = buildWith("buildHierarchy", "associations", units, source, undefined);
 * hierarchy?.size; // → 2
 * ```
 */
export function buildWith<T, K extends string>(
  fn: string,
  argument: string,
  records: readonly T[],
  source: HierarchySource<T, K>,
  options: BuildOptions | undefined,
): ResultOf<T, K, BuildOptions> {
  requireArray(fn, argument, records);
  const { locale, strict, singleRoot, virtualRoot } = checkOptions(fn, options);
  const log = new IssueLog(locale);
  const read = readRecords(records, source);
  const ids = indexIds(read, source, log);
  const links = linkParents(source, read, ids, log, locale);
  const virtual = virtualRootOf(virtualRoot, ids.table, log);
  const placed = numberInPreorder(records.length, links, virtual, read.idHashes);
  reportCycles(read.nodes, source, ids, links.parentIndex, placed.inputToRank, log);
  if (singleRoot && links.rootInputs.length > 1) {
    const roots = links.rootInputs.map((i) => ids.byInput[i] as string);
    log.add("hierarchy.multiple-roots", [], { count: roots.length, roots, rootList: shortList(roots) });
  }
  const issues = Object.freeze(log.issues);
  const result = { issues, excluded: excludedRecords(ids) };
  if (strict && issues.length > 0) return Object.freeze({ ...result, hierarchy: undefined });
  const hierarchy = finish(read.nodes, ids, placed, virtual, links.rootInputs, (record: T) => source.kindOf(record));
  return Object.freeze({ ...result, hierarchy });
}

/**
 * What the build needs of each record, read in one pass (see {@link readRecords}).
 *
 * The two hash arrays are scratch space twice over: once the ids are placed, `idHashes` holds the id
 * table's `first` answers and then the pre-order walk's stack; once parents are linked, `parentHashes`
 * holds the child lists. V8 answers every 32 MiB of array buffers allocated since its last collection with
 * a young-generation collection, which in a large heap costs 5–10 ms; reusing the two keeps a national
 * build's typed arrays (about 30 MB) under that line.
 */
interface Read<K> {
  /**
   * The records as read, one read each: the hierarchy's own copy, and what later phases look at, so a
   * getter on the input array is not asked twice. `undefined` in place of an unreadable record.
   */
  readonly nodes: unknown[];
  /** Why each unreadable record could not be read; absent when every record was read. */
  readonly unreadable: Map<number, string> | undefined;
  /** Each record's id, or undefined when it has none. */
  readonly ids: (string | undefined)[];
  readonly idHashes: Int32Array;
  /** Each record's parent reference as given. */
  readonly parents: unknown[];
  /** The hash of each string parent reference, or 0 when it repeats the one before (see `repeats`). */
  readonly parentHashes: Int32Array;
  /** 1 where the parent reference is the same string as the record before's. */
  readonly repeats: Uint8Array;
  readonly kinds: (K | undefined)[];
}

/**
 * Phase 0: every record is read once, for its id, parent and kind, and each string is hashed while it is
 * at hand. At national scale the records do not fit in any cache, so each further pass over them would
 * cost a memory fetch per record; this one pass is most of what reading the input costs.
 *
 * Records usually come grouped by parent (the villages of one town), so a parent reference equal to the
 * one before is marked as a repeat and neither hashed nor looked up again.
 *
 * The whole pass runs under one `try`, which costs nothing while nothing throws. Only when a read threw
 * (a getter, a revoked proxy) is the pass run again with a `try` per record, so each record that throws
 * is marked unreadable and the others are read as usual.
 */
function readRecords<T, K extends string>(records: readonly T[], source: HierarchySource<T, K>): Read<K> {
  const n = records.length;
  // Pre-sized, not pushed: growing a 665k-element array copies it a dozen times.
  const read: Read<K> = {
    nodes: new Array<unknown>(n),
    unreadable: undefined,
    ids: new Array<string | undefined>(n),
    idHashes: new Int32Array(n),
    parents: new Array<unknown>(n),
    parentHashes: new Int32Array(n),
    repeats: new Uint8Array(n),
    kinds: new Array<K | undefined>(n),
  };
  try {
    readSpan(records, source, read, 0, n, undefined);
    return read;
  } catch {
    const unreadable = new Map<number, string>();
    let previous: unknown = undefined;
    for (let i = 0; i < n; i += 1) {
      try {
        previous = readSpan(records, source, read, i, i + 1, previous);
      } catch (thrown) {
        unreadable.set(i, describeThrown(thrown));
        readSpan([], source, read, i, i + 1, undefined);
        previous = undefined;
      }
    }
    return { ...read, unreadable };
  }
}

/**
 * Reads records `from … to − 1` into `read`, writing every slot of each (so a second pass overwrites a
 * first one completely), and returns the last parent reference read, for repeats. A missing record (and
 * one past the end of `records`, which the careful pass uses to blank a record that threw) has no id.
 */
function readSpan<T, K extends string>(
  records: readonly T[],
  source: HierarchySource<T, K>,
  read: Read<K>,
  from: number,
  to: number,
  before: unknown,
): unknown {
  const { nodes, ids, idHashes, parents, parentHashes, repeats, kinds } = read;
  let previous = before;
  for (let i = from; i < to; i += 1) {
    const record = records[i];
    nodes[i] = record;
    if (record === null || record === undefined) {
      ids[i] = undefined;
      idHashes[i] = 0;
      parents[i] = undefined;
      parentHashes[i] = 0;
      repeats[i] = 0;
      kinds[i] = undefined;
      previous = undefined;
      continue;
    }
    const id = source.idOf(record);
    const valid = typeof id === "string" && id !== "";
    ids[i] = valid ? id : undefined;
    idHashes[i] = valid ? hashId(id) : 0;
    const parent = source.parentOf(record);
    parents[i] = parent;
    const repeat = typeof parent === "string" && parent === previous;
    repeats[i] = repeat ? 1 : 0;
    parentHashes[i] = typeof parent === "string" && !repeat ? hashId(parent) : 0;
    previous = parent;
    kinds[i] = source.kindOf(record);
  }
  return previous;
}

/** Per-record state: placed, or why not. */
const KEPT = 0;
const INVALID = 1;
const DUPLICATE = 2;
const IN_CYCLE = 3;
const UNDER_CYCLE = 4;
const UNREADABLE = 5;
const REASONS: readonly (ExclusionReason | undefined)[] = [undefined, "invalid-id", "duplicate", "cycle", "under-cycle", "unreadable"];

interface Ids {
  readonly table: IdTable;
  /** Each record's id, or undefined when it has none. */
  readonly byInput: (string | undefined)[];
  readonly status: Uint8Array;
}

/** Phase 1, ids: the first record with an id wins. */
function indexIds(read: Read<string>, source: Pick<HierarchySource<unknown, string>, "idField">, log: IssueLog): Ids {
  const byInput = read.ids;
  // Each hash is read before its slot of `first` is written, so the answers can go over the hashes.
  const { table, first } = IdTable.of(byInput, read.idHashes, read.idHashes);
  const status = new Uint8Array(byInput.length);
  const { unreadable } = read;
  for (let i = 0; i < byInput.length; i += 1) {
    const id = byInput[i];
    const reason = unreadable?.get(i);
    if (reason !== undefined) {
      status[i] = UNREADABLE;
      log.add("hierarchy.unreadable", [i], { index: i, reason });
    } else if (id === undefined) {
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
function linkParents<T, K extends string>(source: HierarchySource<T, K>, read: Read<K>, ids: Ids, log: IssueLog, locale: Locale): Links {
  const { nodes } = read;
  const n = nodes.length;
  const { table, status } = ids;
  const { parents, parentHashes, repeats, kinds } = read;
  const offsets = new Int32Array(n + 1);
  const rootInputs: number[] = [];
  const parentIndex = new Int32Array(n);
  const allowed = source.parentAllowed;
  let lastKind: K | undefined;
  let lastParentKind: K | undefined;
  let lastAllowed = true;
  // The look-up answer for the last string reference: every one is resolved, kept or not, so a repeat can
  // take the answer of the one before.
  let resolved = -1;
  for (let i = 0; i < n; i += 1) {
    const parentId = parents[i];
    if (typeof parentId === "string" && repeats[i] !== 1) resolved = table.find(parentId, parentHashes[i] as number);
    const parent = typeof parentId === "string" ? resolved : -1;
    // Records that are not kept, orphans and self-parents hang from nothing.
    parentIndex[i] = status[i] === KEPT && parent !== i ? parent : -1;
    if (status[i] !== KEPT) continue;
    if (parentId === undefined || parentId === null) {
      rootInputs.push(i);
      continue;
    }
    if (parent < 0 || parent === i) {
      rootInputs.push(i);
      const id = ids.byInput[i] as string;
      const path = pathTo(source, nodes[i] as T, i);
      if (parent === i) log.add("hierarchy.self-parent", path, { id });
      else log.add("hierarchy.missing-parent", path, { id, parentId: describeValue(parentId) });
      continue;
    }
    offsets[parent] = (offsets[parent] as number) + 1;
    if (allowed === undefined) continue;
    // Records come grouped (the villages of one town), so the same pair of kinds repeats: the last answer
    // is kept rather than asked again.
    const kind = kinds[i];
    const parentKind = kinds[parent];
    if (kind !== lastKind || parentKind !== lastParentKind) {
      lastKind = kind;
      lastParentKind = parentKind;
      lastAllowed = allowed(kind, parentKind);
    }
    if (!lastAllowed) reportParentKind(log, source, locale, read, i, parent);
  }
  // Children as one flat array sliced by offsets: a counting sort, no array per node. Counts become block
  // ends; filling backwards moves each back to its block's start and keeps children in input order.
  for (let i = 1; i <= n; i += 1) offsets[i] = (offsets[i] as number) + (offsets[i - 1] as number);
  // The parent hashes are no longer needed: their buffer takes the child lists (see Read).
  const childList = read.parentHashes.subarray(0, offsets[n]);
  for (let i = n - 1; i >= 0; i -= 1) {
    const parent = parentIndex[i] as number;
    if (parent >= 0) childList[(offsets[parent] = (offsets[parent] as number) - 1)] = i;
  }
  return { parentIndex, rootInputs, offsets, childList };
}

/** The virtual root, unless a record already has its id. */
function virtualRootOf(virtualRoot: BuildOptions["virtualRoot"], table: IdTable, log: IssueLog): VirtualRootNode | undefined {
  if (virtualRoot === undefined) return undefined;
  const { id, name } = virtualRoot;
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
function numberInPreorder(n: number, links: Links, virtual: VirtualRootNode | undefined, stack: Int32Array): Placed {
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
  // Every node is pushed once, so `n` entries are enough; the caller lends a spent buffer (see Read).
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
function reportCycles<T>(
  nodes: readonly unknown[],
  source: Pick<HierarchySource<T, string>, "parentField">,
  ids: Ids,
  parentIndex: Int32Array,
  inputToRank: Int32Array,
  log: IssueLog,
): void {
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
    const first = cycle[0] as number;
    log.add("hierarchy.cycle", pathTo(source, nodes[first] as T, first), cycleParams(cycle, byInput));
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
 * The path of a record's parent field, `[index, field]`. A field named by a function of the record reads
 * the record again; if that read throws, the path is the record's alone.
 */
function pathTo<T>(source: Pick<HierarchySource<T, string>, "parentField">, record: T, index: number): (string | number)[] {
  if (typeof source.parentField !== "function") return [index, source.parentField];
  try {
    return [index, source.parentField(record)];
  } catch {
    return [index];
  }
}

function reportParentKind<T, K extends string>(
  log: IssueLog,
  source: HierarchySource<T, K>,
  locale: Locale,
  read: Read<K>,
  index: number,
  parent: number,
): void {
  // Kinds come from unchecked data: describeValue gives text for any value, even one with no string form.
  const kind = describeValue(read.kinds[index]);
  const parentKind = describeValue(read.kinds[parent]);
  const labelOf = source.kindLabel ?? ((k: string) => k);
  log.add("hierarchy.parent-kind", pathTo(source, read.nodes[index] as T, index), {
    id: read.ids[index] as string,
    kind,
    kindLabel: labelOf(kind, locale),
    parentId: read.ids[parent] as string,
    parentKind,
    parentKindLabel: labelOf(parentKind, locale),
  });
}

/** Phase 5: the hierarchy object. */
function finish<T, K extends string>(
  records: unknown[],
  idIndex: Ids,
  placed: Placed,
  virtual: VirtualRootNode | undefined,
  rootInputs: readonly number[],
  kindOf: (record: T) => K | undefined,
): Hierarchy<T | VirtualRootNode, K> {
  const { tree, order, inputToRank } = placed;
  const { table, byInput } = idIndex;
  const roots = virtual === undefined ? Int32Array.from(rootInputs, (i) => inputToRank[i] as number) : Int32Array.of(0);
  // Only a string can be an id: without a virtual root, `undefined === virtual?.id` would have matched
  // the node at rank 0 (`get(undefined)` answered the first root).
  const rankOf = (id: unknown): number => {
    if (typeof id !== "string") return -1;
    if (virtual !== undefined && id === virtual.id) return 0;
    const input = table.get(id);
    return input < 0 ? -1 : (inputToRank[input] as number);
  };
  const kindOfNode = (node: T | VirtualRootNode): K | undefined => {
    if (node === virtual) return undefined;
    try {
      return kindOf(node as T);
    } catch {
      // A placed record was read once; one that throws on a later read (a getter) has no kind to filter by.
      return undefined;
    }
  };
  // The read's own copy, so a caller who later changes their array does not change the hierarchy.
  const nodes = records as (T | VirtualRootNode)[];
  // The virtual root is the last node, after the records.
  if (virtual !== undefined) order[0] = nodes.push(virtual) - 1;
  const ids: readonly (string | undefined)[] = virtual === undefined ? byInput : byInput.concat([virtual.id]);
  return new IndexedHierarchy<T | VirtualRootNode, K>({ tree, order, nodes, ids, roots, rankOf, kindOf: kindOfNode });
}
