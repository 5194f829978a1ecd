/**
 * What the statistics of activities, facilities and outputs share: checking the grouping options,
 * finding the subtree an association falls under, keeping groups by their keys, and ordering them.
 *
 * @module
 */
import { buildHierarchy, type Hierarchy } from "../hierarchy/index.js";
import { misuse, quoteValue } from "../_lib/misuse.js";
import type { Association } from "../model/association.js";

/** The parts of a hierarchy the subtree grouping reads: any hierarchy from `buildHierarchy` fits. */
export type RankedHierarchy = Pick<Hierarchy<unknown>, "size" | "indexOf" | "parentIndexAt">;

/** The options every statistic takes to group by association subtree. */
export interface SubtreeOptions {
  /** For `"subtree"`: the associations to roll up to; a record goes to the nearest one above (or at) its association. */
  readonly subtreeRoots?: readonly string[];
  /** For `"subtree"`: the association hierarchy; built from the dataset's associations when absent. */
  readonly hierarchy?: RankedHierarchy;
}

/**
 * Checks a `by` option: an array of known dimensions. Returns it without repeats, in the order given.
 *
 * @example
 * ```ts
 * requireDimensions("outputStats", ["year", "kind", "year"], ["year", "kind"]); // ["year", "kind"]
 * ```
 */
export function requireDimensions<D extends string>(fn: string, value: unknown, allowed: readonly D[]): D[] {
  if (!Array.isArray(value) || (value as unknown[]).some((d) => !allowed.includes(d as D))) {
    throw new TypeError(`${fn}: options.by must be an array of ${allowed.join(", ")}`);
  }
  return [...new Set(value as D[])];
}

/**
 * Checks an optional list-of-strings option.
 *
 * @example
 * ```ts
 * requireStrings("activityStats", "organizerIds", ["tc"]); // ["tc"]
 * ```
 */
export function requireStrings(fn: string, name: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || (value as unknown[]).some((s) => typeof s !== "string")) {
    throw new TypeError(`${fn}: options.${name} must be an array of strings`);
  }
  return value as string[];
}

/**
 * Checks an optional list option whose values must be among `allowed` (enum values), and returns it as
 * a set, or undefined when the option is absent.
 *
 * @example
 * ```ts
 * requireValues("facilityStats", "kinds", ["bulletin-board"], FacilityKind.options); // Set { "bulletin-board" }
 * ```
 */
export function requireValues<V extends string>(fn: string, name: string, value: unknown, allowed: readonly V[]): Set<V> | undefined {
  const list = requireStrings(fn, name, value);
  if (list === undefined) return undefined;
  const unknown = list.find((v) => !allowed.includes(v as V));
  if (unknown !== undefined) throw new TypeError(`${fn}: options.${name} holds ${JSON.stringify(unknown)}, not one of ${allowed.join(", ")}`);
  return new Set(list as V[]);
}

/**
 * The subtree root each association falls under: the nearest of `subtreeRoots` at or above it in the
 * hierarchy, or `null`. Built in one pre-order pass; `undefined` when the grouping does not ask for
 * subtrees.
 *
 * @throws TypeError when subtrees are wanted without `subtreeRoots`.
 * @example
 * ```ts
 * const rootOf = subtreeRootFinder("activityStats", true, { subtreeRoots: ["tc-health"] }, dataset.associations);
 * rootOf?.("tc-hosp-1"); // "tc-health"
 * ```
 */
export function subtreeRootFinder(
  fn: string,
  wanted: boolean,
  options: SubtreeOptions,
  associations: readonly Association[],
): ((associationId: string) => string | null) | undefined {
  if (!wanted) return undefined;
  const roots = requireStrings(fn, "subtreeRoots", options.subtreeRoots);
  if (roots === undefined) throw new TypeError(`${fn}: options.subtreeRoots is required to group by "subtree"`);
  const hierarchy = options.hierarchy ?? buildHierarchy(associations).hierarchy;
  if (typeof hierarchy !== "object" || hierarchy === null || typeof hierarchy.indexOf !== "function" || typeof hierarchy.parentIndexAt !== "function") {
    misuse(fn, `options.hierarchy must be a hierarchy from buildHierarchy, got ${quoteValue(hierarchy)}`);
  }
  const ids = [...new Set(roots)].sort();
  const owner = new Int32Array(hierarchy.size).fill(-1);
  const isRoot = new Int32Array(hierarchy.size).fill(-1);
  ids.forEach((id, i) => {
    const rank = hierarchy.indexOf(id);
    if (rank >= 0) isRoot[rank] = i;
  });
  // Ranks are in pre-order: a node inherits its parent's owner unless it is a root itself.
  for (let rank = 0; rank < hierarchy.size; rank += 1) {
    const own = isRoot[rank] as number;
    const parent = hierarchy.parentIndexAt(rank);
    owner[rank] = own >= 0 ? own : parent >= 0 ? (owner[parent] as number) : -1;
  }
  return (associationId) => {
    const rank = hierarchy.indexOf(associationId);
    const found = rank >= 0 ? (owner[rank] as number) : -1;
    return found >= 0 ? (ids[found] as string) : null;
  };
}

/** A key part of a group: a string, a number, or `null` where the record has no value. */
export type KeyPart = string | number | null;

/**
 * Groups kept by their key parts. Ids and enum values cannot hold a NUL character, so the joined key is
 * unambiguous.
 *
 * @example
 * ```ts
 * const table = new GroupTable<{ n: number }>();
 * table.at([2018, "paper"], () => ({ n: 0 })).n += 1;
 * ```
 */
export class GroupTable<G> {
  readonly #groups = new Map<string, G>();

  /** The group of these key parts, made with `create` on first use. */
  at(parts: readonly KeyPart[], create: () => G): G {
    let key = "";
    for (const part of parts) key += `${part ?? ""}\u0000`;
    let group = this.#groups.get(key);
    if (group === undefined) {
      group = create();
      this.#groups.set(key, group);
    }
    return group;
  }

  /** Every group, in the order `compare` gives. */
  sorted(compare: (a: G, b: G) => number): G[] {
    return [...this.#groups.values()].sort(compare);
  }
}

/** Sums over records that may each stand for several units (a batch of households, "论文20余篇"). */
export interface UnitMeasures {
  /** Number of records. */
  readonly records: number;
  /** Number of units (个, 户, 篇, 项): each record's `count`, 1 when absent. */
  readonly units: number;
}

/**
 * Adds one record, and the units it stands for, to a group's measures.
 *
 * @example
 * ```ts
 * const group = { records: 0, units: 0 };
 * addUnits(group, { count: 1435 }); // group is { records: 1, units: 1435 }
 * ```
 */
export function addUnits(group: { records: number; units: number }, record: { readonly count?: number | undefined }): void {
  group.records += 1;
  group.units += record.count ?? 1;
}

/**
 * Orders `a` and `b` that may be `null`: equal values are equal, `null` comes last, the rest by `less`.
 *
 * @example
 * ```ts
 * compareNullable(null, 2018, (x, y) => x - y); // 1
 * ```
 */
export function compareNullable<T>(a: T | null, b: T | null, less: (x: T, y: T) => number): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return less(a, b);
}

/** Strings in code-unit order, the same in every locale. */
function byString(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Numbers in ascending order. */
function byNumber(x: number, y: number): number {
  return x - y;
}

/** How one dimension of a group is read and ordered: by number, by string, or by a fixed list of values. */
export type DimensionOrder<G> =
  | { readonly read: (group: G) => number | null; readonly order: "number" }
  | { readonly read: (group: G) => string | null; readonly order: "string" | readonly string[] };

/**
 * A comparator of groups by the `by` dimensions in turn, each read and ordered as `orders` says;
 * `null` sorts last in every dimension.
 *
 * @example
 * ```ts
 * groups.sort(compareGroups(["year"], { year: { read: (g) => g.year, order: "number" } }));
 * ```
 */
export function compareGroups<G, D extends string>(by: readonly D[], orders: Readonly<Record<D, DimensionOrder<G>>>): (a: G, b: G) => number {
  const comparators = by.map((dimension): ((a: G, b: G) => number) => {
    const spec = orders[dimension];
    if (spec.order === "number") {
      const read = spec.read;
      return (a, b) => compareNullable(read(a), read(b), byNumber);
    }
    const read = spec.read;
    if (spec.order === "string") return (a, b) => compareNullable(read(a), read(b), byString);
    const rank = new Map(spec.order.map((value, i) => [value, i]));
    return (a, b) => compareNullable(read(a), read(b), (x, y) => (rank.get(x) ?? 0) - (rank.get(y) ?? 0));
  });
  return (a, b) => {
    for (const compare of comparators) {
      const order = compare(a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
}
