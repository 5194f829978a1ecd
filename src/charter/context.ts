/**
 * The validation context: the dataset's look-up tables plus what charter rules need on top of them
 * (dataset positions for issue paths, co-organised activities, regions and guidance chains), each built
 * at most once.
 *
 * @module
 */
import { indexDataset, type DatasetIndex } from "../dataset/dataset-index.js";
import { isDatasetIndex, markIndex, requireDatasetOrIndex, type ParsedDataset } from "../dataset/parsed.js";
import { misuse, quoteValue } from "../_lib/misuse.js";
import type { Activity } from "../model/activity.js";
import type { Association } from "../model/association.js";
import { GRASSROOTS_KINDS } from "../model/association.js";

/**
 * A dataset index extended for charter validation. Build it once with {@link createValidationContext}
 * and pass it to every `validateAssociation` call; `validateDataset` does this itself.
 *
 * The extra tables are built on first use, in one pass each, and cached in the context (never in the
 * dataset, which is not modified).
 *
 * @example
 * ```ts
 * const context = createValidationContext(dataset);
 * context.positionOf("committees", context.dataset.committees[4]!); // → 4
 * ```
 */
export interface ValidationContext extends DatasetIndex {
  /** The index of an entity (by identity) in its dataset collection, or -1. */
  positionOf(collection: "associations" | "committees" | "members" | "activities", entity: object): number;
  /** Activities an association co-organises (not those it organises). */
  activitiesCoOrganizedBy(associationId: string): readonly Activity[];
  /** An association's division code, or else its nearest ancestor's. */
  divisionCodeOf(association: Association): string | undefined;
  /**
   * The first ancestor (along `parentId`) whose kind is not grassroots, or why there is none: the chain
   * ends (`no-parent`), names an id not in the dataset (`unknown-parent`), or loops (`cycle`).
   */
  guidingLocalOf(association: Association): GuidingLocal;
}

/**
 * The result of walking up from a grassroots association to the first local (non-grassroots) one.
 *
 * @example
 * ```ts
 * const context = createValidationContext(dataset);
 * const found = context.guidingLocalOf(dataset.associations[25]!);
 * found.status === "found" ? found.ancestor.kind : found.status; // → "county"
 * ```
 */
export type GuidingLocal =
  { readonly status: "found"; readonly ancestor: Association } | { readonly status: "no-parent" | "unknown-parent" | "cycle" };

type Collection = "associations" | "committees" | "members" | "activities";
const COLLECTIONS: readonly unknown[] = ["associations", "committees", "members", "activities"];

const NONE: readonly never[] = Object.freeze([]);
const GRASSROOTS = new Set<string>(GRASSROOTS_KINDS);
const NO_PARENT: GuidingLocal = Object.freeze({ status: "no-parent" });
const UNKNOWN_PARENT: GuidingLocal = Object.freeze({ status: "unknown-parent" });
const CYCLE: GuidingLocal = Object.freeze({ status: "cycle" });
// Marks of a walk in progress (see divisionCodeOf and guidingLocalOf).
const PENDING = "\u0000pending";
const PENDING_WALK: GuidingLocal = Object.freeze({ status: "cycle" });

/**
 * Builds a validation context from a parsed dataset, or from an index already built with `indexDataset`
 * (which it reuses rather than rebuilds). Anything else is misuse (a `TypeError`).
 *
 * @example
 * ```ts
 * const context = createValidationContext(dataset);
 * const report = validateAssociation(dataset.associations[2]!, context, { asOf: "2020-09-07" });
 * report.associationId; // → "tc"
 * ```
 */
export function createValidationContext(source: ParsedDataset | DatasetIndex): ValidationContext {
  const checked = requireDatasetOrIndex("createValidationContext", source, true);
  const index = isDatasetIndex(checked) ? checked : indexDataset(checked);
  const { dataset, associationById } = index;
  const positions = new Map<Collection, Map<object, number>>();
  let coOrganized: Map<string, Activity[]> | undefined;
  const regionMemo = new Map<Association, string | null>();
  const guidingMemo = new Map<Association, GuidingLocal>();

  const positionOf = (collection: Collection, entity: object): number => {
    let map = positions.get(collection);
    if (map === undefined) {
      if (!COLLECTIONS.includes(collection))
        misuse("positionOf", `collection must be one of ${COLLECTIONS.join(", ")}; got ${quoteValue(collection)}`);
      map = new Map();
      const list: readonly object[] = dataset[collection];
      for (let i = 0; i < list.length; i += 1) map.set(list[i] as object, i);
      positions.set(collection, map);
    }
    return map.get(entity) ?? -1;
  };

  const activitiesCoOrganizedBy = (associationId: string): readonly Activity[] => {
    if (coOrganized === undefined) {
      coOrganized = new Map();
      for (const activity of dataset.activities) {
        for (const id of activity.coOrganizerIds ?? NONE) {
          const list = coOrganized.get(id);
          if (list === undefined) coOrganized.set(id, [activity]);
          else list.push(activity);
        }
      }
    }
    return coOrganized.get(associationId) ?? NONE;
  };

  // Both walks go up iteratively and memoise every association they pass, so a whole dataset costs one
  // visit per association however deep the chains are. An association on the current walk is marked
  // PENDING; meeting the mark again means the chain loops.
  const divisionCodeOf = (association: Association): string | undefined => {
    const chain: Association[] = [];
    let current: Association | undefined = association;
    let found: string | null = null;
    while (current !== undefined) {
      const memo = regionMemo.get(current);
      if (memo !== undefined) {
        found = memo === PENDING ? null : memo;
        break;
      }
      if (current.divisionCode !== undefined) {
        found = current.divisionCode;
        break;
      }
      regionMemo.set(current, PENDING);
      chain.push(current);
      current = current.parentId === undefined ? undefined : associationById.get(current.parentId);
    }
    for (const visited of chain) regionMemo.set(visited, found);
    return found ?? undefined;
  };

  const guidingLocalOf = (association: Association): GuidingLocal => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a caller from JavaScript may pass anything
    if (typeof association !== "object" || association === null)
      misuse("guidingLocalOf", `expected an association; got ${quoteValue(association)}`);
    const chain: Association[] = [];
    let result: GuidingLocal;
    let current = association;
    for (;;) {
      const memo = guidingMemo.get(current);
      if (memo !== undefined) {
        result = memo === PENDING_WALK ? CYCLE : memo;
        break;
      }
      guidingMemo.set(current, PENDING_WALK);
      chain.push(current);
      if (current.parentId === undefined) {
        result = NO_PARENT;
        break;
      }
      const parent = associationById.get(current.parentId);
      if (parent === undefined) {
        result = UNKNOWN_PARENT;
        break;
      }
      if (!GRASSROOTS.has(parent.kind)) {
        result = { status: "found", ancestor: parent };
        break;
      }
      current = parent;
    }
    for (const visited of chain) guidingMemo.set(visited, result);
    return result;
  };

  // A context is an index too: it carries the index's mark, which the spread does not copy.
  return markIndex({ ...index, positionOf, activitiesCoOrganizedBy, divisionCodeOf, guidingLocalOf });
}
