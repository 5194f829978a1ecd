/**
 * `buildHierarchy`: the association hierarchy (科协组织体系), following `parentId`, the association that
 * gives business guidance (业务指导).
 *
 * @module
 */
import type { Locale } from "../issue/issue.js";
import type { Association, AssociationKind } from "../model/association.js";
import { ASSOCIATION_KIND_LABELS } from "../model/labels.js";
import { parentKindPredicate, type AllowedParents } from "./allowed-parents.js";
import { buildWith, type HierarchySource } from "./build.js";
import type { BuildOptions, BuildResult } from "./types.js";
import type { ResultOf } from "../_lib/option-of.js";
import { misuse, optionsObject, quoteValue } from "../_lib/misuse.js";

/**
 * Options of {@link buildHierarchy}.
 *
 * @example
 * ```ts
 * const options: AssociationHierarchyOptions = { locale: "en", allowedParents: () => true };
 * ```
 */
export interface AssociationHierarchyOptions extends BuildOptions {
  /** The parent-kind rule; {@link ALLOWED_PARENT_KINDS} by default. */
  readonly allowedParents?: AllowedParents;
}

// The one label table the messages need, read directly: `label` would load every table. The locale was
// checked with the options.
const KIND_LABELS: Readonly<Record<string, Readonly<Record<Locale, string>>>> = ASSOCIATION_KIND_LABELS;

function kindLabel(kind: string, locale: Locale): string {
  return Object.hasOwn(KIND_LABELS, kind) ? (KIND_LABELS[kind] as Readonly<Record<Locale, string>>)[locale] : kind;
}

const ASSOCIATION_ACCESSORS: HierarchySource<Association, AssociationKind> = {
  idField: "id",
  parentField: "parentId",
  idOf: (a) => a.id,
  parentOf: (a) => a.parentId,
  kindOf: (a) => a.kind,
  kindLabel,
};

// A record that skipped schema validation may have no kind; the predicate leaves unknown kinds alone.
const asKindPredicate =
  (allowed: (childKind: string, parentKind: string) => boolean) =>
  (childKind: AssociationKind | undefined, parentKind: AssociationKind | undefined): boolean =>
    allowed(childKind as string, parentKind as string);

// The same source object and functions for every call with the default rule: optimised code that was
// specialised to them stays valid from one call to the next, which fresh closures per call would undo.
const DEFAULT_SOURCE: HierarchySource<Association, AssociationKind> = {
  ...ASSOCIATION_ACCESSORS,
  parentAllowed: asKindPredicate(parentKindPredicate()),
};

/**
 * Builds the association hierarchy and reports every integrity issue at once.
 *
 * - Duplicate ids (`hierarchy.duplicate-id`): the first record wins; later ones are left out.
 * - Missing parents (`hierarchy.missing-parent`) and self-parents (`hierarchy.self-parent`): the record
 *   becomes a root of the forest.
 * - Cycles (`hierarchy.cycle`, with the whole cycle of ids in `params.cycle`): the cycle's members and
 *   every record under them have no root, so they are left out and listed in `excluded`.
 * - Disallowed parent kinds (`hierarchy.parent-kind`), by {@link ALLOWED_PARENT_KINDS} or
 *   `options.allowedParents`: reported, the link is kept.
 * - Several roots when `singleRoot` is set (`hierarchy.multiple-roots`).
 *
 * - Records that throw when read (a getter, a revoked proxy) (`hierarchy.unreadable`): left out.
 *
 * Paths are relative to the array passed in: `[3, "parentId"]`. With `strict`, any issue means no
 * hierarchy. Only misuse throws (a `TypeError` whose message starts with `buildHierarchy`): an argument
 * that is not an array, options that are not an object, an unknown `locale`, a `strict` or `singleRoot`
 * that is not a boolean, a `virtualRoot` without a non-empty string `id`, an `allowedParents` that is
 * neither a function nor a table.
 *
 * @example
 * ```ts
 * const { hierarchy, issues } = buildHierarchy([
 *   { id: "tc", name: "桐城市科协", kind: "county", establishedOn: "1980-01-01" },
 *   { id: "tc-kc", name: "孔城镇科协", kind: "township", parentId: "tc", establishedOn: "2019-04-20" },
 * ]);
 * hierarchy.children("tc").map((a) => a.id); // → ["tc-kc"]
 * issues.length; // → 0
 * ```
 */
export function buildHierarchy(associations: readonly Association[]): BuildResult<Association, AssociationKind>;
export function buildHierarchy<const O extends AssociationHierarchyOptions>(
  associations: readonly Association[],
  options: O,
): ResultOf<Association, AssociationKind, O>;
export function buildHierarchy(
  associations: readonly Association[],
  options?: AssociationHierarchyOptions,
): ResultOf<Association, AssociationKind, AssociationHierarchyOptions> {
  const fn = "buildHierarchy";
  const allowed = optionsObject(fn, options).allowedParents;
  if (
    allowed !== undefined &&
    typeof allowed !== "function" &&
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a caller from JavaScript may pass anything
    (typeof allowed !== "object" || allowed === null || Array.isArray(allowed))
  ) {
    misuse(fn, `options.allowedParents must be a function or a table of kinds; got ${quoteValue(allowed)}`);
  }
  const source: HierarchySource<Association, AssociationKind> =
    allowed === undefined ? DEFAULT_SOURCE : { ...ASSOCIATION_ACCESSORS, parentAllowed: asKindPredicate(parentKindPredicate(allowed)) };
  return buildWith(fn, "associations", associations, source, options);
}
