/**
 * What the statistics of activities, facilities and outputs share: checking the grouping options,
 * finding the subtree an association falls under, keeping groups by their keys, and ordering them.
 *
 * @module
 */
import * as z from "zod";
import { buildHierarchy, type Hierarchy } from "../hierarchy/index.js";

import type { Association } from "../model/association.js";
import { stringList } from "../model/option-schemas.js";

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
 * A key of a group as its type says it: `T` when the grouping asks for dimension `K`, `null` when it does
 * not, and `T | null` when the dimensions are not known until run time (`D` is the whole union `All`).
 *
 * @example
 * ```ts
 * type Year = GroupKey<"year", StatsDimension, "year", number>; // number
 * type Type = GroupKey<"year", StatsDimension, "type", ActivityType>; // null
 * ```
 */
export type GroupKey<D extends All, All extends string, K extends All, T> = [All] extends [D] ? T | null : K extends D ? T : null;

function isRankedHierarchy(value: unknown): value is RankedHierarchy {
  const h = value as Partial<Record<keyof RankedHierarchy, unknown>> | null;
  return (
    typeof h === "object" &&
    h !== null &&
    typeof h.indexOf === "function" &&
    typeof h.parentIndexAt === "function" &&
    typeof h.size === "number"
  );
}

/**
 * The schema of a statistic's options: `by` (known dimensions, repeats dropped, in the order given) and
 * the subtree options, with `subtreeRoots` required when `by` asks for `"subtree"`, then the statistic's
 * own `shape`. Built on each call, so only inside a `lazy` schema.
 *
 * @example
 * ```ts
 * const schema = lazy(() => groupingSchema(["year", "kind", "subtree"], { asOf: dateOption() }));
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- D names the dimensions in the inferred schema, so `by` is typed
export function groupingSchema<const D extends string, S extends z.ZodRawShape>(dimensions: readonly D[], shape: S) {
  return z
    .object({
      by: z.array(z.enum(dimensions as [D, ...D[]])).transform((by) => [...new Set(by)]),
      subtreeRoots: stringList().optional(),
      hierarchy: z.custom<RankedHierarchy>(isRankedHierarchy, { error: "a hierarchy from buildHierarchy" }).optional(),
    })
    .extend(shape)
    .superRefine((options, ctx) => {
      // The grouping keys are there whatever `shape` adds; TypeScript cannot see it through the generic merge.
      const grouping = options as unknown as { readonly by: readonly string[]; readonly subtreeRoots?: readonly string[] };
      if (grouping.by.includes("subtree") && grouping.subtreeRoots === undefined) {
        ctx.addIssue({ code: "custom", path: ["subtreeRoots"], message: 'a list of association ids to group by "subtree"' });
      }
    });
}

/**
 * A list option of enum values, as a set for look-ups; repeats do not matter to a filter.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const schema = lazy(() => z.object({ kinds: valueSet(FacilityKind.options).optional() }));
 * schema().parse({ kinds: ["activity-room", "activity-room"] }).kinds?.size; // → 1
 * ```
 */
export function valueSet<const V extends string>(values: readonly V[]): z.ZodType<ReadonlySet<V>, readonly V[]> {
  return z.array(z.enum(values as [V, ...V[]])).transform((list) => new Set(list));
}

/**
 * A list option of ids, as a set for look-ups.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const schema = lazy(() => z.object({ organizerIds: idSet().optional() }));
 * schema().parse({ organizerIds: ["tc", "tc"] }).organizerIds?.has("tc"); // → true
 * ```
 */
export function idSet(): z.ZodType<ReadonlySet<string>, readonly string[]> {
  return z.array(z.string()).transform((list) => new Set(list));
}

/**
 * The subtree root each association falls under: the nearest of `subtreeRoots` at or above it in the
 * hierarchy, or `null`. Built in one pre-order pass; `undefined` when the grouping does not ask for
 * subtrees.
 *
 * @example
 * ```ts
 * const rootOf = subtreeRootFinder(true, { subtreeRoots: ["tc-health"] }, dataset.associations);
 * rootOf?.("tc-hosp-1"); // "tc-health"
 * ```
 */
export function subtreeRootFinder(
  wanted: boolean,
  options: { readonly subtreeRoots?: readonly string[] | undefined; readonly hierarchy?: RankedHierarchy | undefined },
  associations: readonly Association[],
): ((associationId: string) => string | null) | undefined {
  // The options schema has required the roots whenever subtrees are wanted.
  if (!wanted || options.subtreeRoots === undefined) return undefined;
  const roots = options.subtreeRoots;
  const hierarchy = options.hierarchy ?? buildHierarchy(associations).hierarchy;
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
 * compareNullable(null, 2018, (x, y) => x - y); // → 1
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
 * const groups = [{ year: 2020 }, { year: 2018 }];
 * groups.sort(compareGroups(["year"], { year: { read: (g: { year: number }) => g.year, order: "number" } }));
 * groups.map((g) => g.year); // → [2018, 2020]
 * ```
 */
export function compareGroups<G, D extends string>(
  by: readonly D[],
  orders: Readonly<Record<D, DimensionOrder<G>>>,
): (a: G, b: G) => number {
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
