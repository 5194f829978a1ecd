/**
 * Which kind of association may give business guidance (业务指导) to which: the parent-kind rule of the
 * hierarchy, and of the charter's structure rule.
 *
 * @module
 */
import type { AssociationKind } from "../model/association.js";
import type { DivisionLevel } from "../model/division.js";

const LOCAL_LEVELS = ["national", "provincial", "prefectural", "county"] as const;
// Grassroots units run by a county association, or directly by a prefecture-level city's association
// for its districts (市辖区 often have no association of their own) [inferred].
const COUNTY_OR_CITY = ["county", "prefectural"] as const;
const TOWNSHIP_LEVEL = ["township", "subdistrict", "development-zone"] as const;

/**
 * The default table of allowed parent kinds: for each kind, the kinds its parent may have.
 *
 * - `national` (全国科协) has no parent; `provincial` sits under `national`, `prefectural` under
 *   `provincial`; `county` under `prefectural`, or `provincial` for county-level units the province
 *   administers directly (省直辖县级) [official: three local levels].
 * - Grassroots organisations (基层组织) sit under a county association [official], or a prefectural one,
 *   which runs them directly in city districts [inferred].
 * - `village` and `community` (村、社区科协) also under a township, sub-district or development-zone
 *   association, as in Tongcheng, where each town association guides its villages [seed].
 * - `university` (高校科协) also under `provincial`, since universities are commonly guided by the
 *   provincial association [inferred]; `enterprise` also under `development-zone`, whose park association
 *   organises the park's firms [inferred].
 * - `society` (学会) under any local association level [official: societies of every level].
 * - `rural-technical-association` (农技协) under a county or township association [news].
 *
 * @example
 * ```ts
 * ALLOWED_PARENT_KINDS.village.includes("township"); // → true
 * ALLOWED_PARENT_KINDS.village.includes("enterprise"); // → false
 * ```
 */
export const ALLOWED_PARENT_KINDS: Readonly<Record<AssociationKind, readonly AssociationKind[]>> = Object.freeze({
  national: [],
  provincial: ["national"],
  prefectural: ["provincial"],
  county: ["prefectural", "provincial"],
  subdistrict: COUNTY_OR_CITY,
  township: COUNTY_OR_CITY,
  "development-zone": COUNTY_OR_CITY,
  community: [...COUNTY_OR_CITY, ...TOWNSHIP_LEVEL],
  village: [...COUNTY_OR_CITY, ...TOWNSHIP_LEVEL],
  enterprise: [...COUNTY_OR_CITY, "development-zone"],
  university: [...COUNTY_OR_CITY, "provincial"],
  "vocational-school": COUNTY_OR_CITY,
  school: COUNTY_OR_CITY,
  "government-agency": COUNTY_OR_CITY,
  "public-institution": COUNTY_OR_CITY,
  "rural-technical-association": ["county", "township"],
  society: LOCAL_LEVELS,
});

/**
 * How to decide whether a parent kind is allowed: a predicate, or a table whose entries replace the
 * default table's entries for the kinds they name.
 *
 * @example
 * ```ts
 * const anything: AllowedParents = () => true;
 * const stricter: AllowedParents = { village: ["township"] };
 * ```
 */
export type AllowedParents =
  | ((childKind: AssociationKind, parentKind: AssociationKind) => boolean)
  | Readonly<Partial<Record<AssociationKind, readonly AssociationKind[]>>>;

/**
 * Turns {@link AllowedParents} into one predicate over kinds, merging a table over the default one.
 * Kinds the table does not know (data that skipped schema validation) are not checked here: that is the
 * schema's finding, not the hierarchy's.
 *
 * @example
 * ```ts
 * const allowed = parentKindPredicate({ village: ["township"] });
 * allowed("village", "county"); // → false
 * allowed("county", "prefectural"); // → true
 * ```
 */
export function parentKindPredicate(allowed: AllowedParents = ALLOWED_PARENT_KINDS): (childKind: string, parentKind: string) => boolean {
  if (typeof allowed === "function") return allowed as (childKind: string, parentKind: string) => boolean;
  const table = new Map<string, ReadonlySet<string>>();
  for (const [kind, parents] of Object.entries({ ...ALLOWED_PARENT_KINDS, ...allowed })) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a table from JavaScript may set a kind to undefined to lift its rule
    if (parents !== undefined) table.set(kind, new Set<string>(parents));
  }
  return (childKind, parentKind) => {
    const parents = table.get(childKind);
    return parents === undefined || parents.has(parentKind);
  };
}

/**
 * The level a division's parent must have (行政区划的上级层级).
 *
 * @example
 * ```ts
 * DIVISION_PARENT_LEVEL.village; // → "township"
 * ```
 */
export const DIVISION_PARENT_LEVEL: Readonly<Record<Exclude<DivisionLevel, "province">, DivisionLevel>> = Object.freeze({
  prefecture: "province",
  county: "prefecture",
  township: "county",
  village: "township",
});
