/**
 * "3+1" leadership coverage: the share of associations whose committee seats every required sector head
 * (三长: hospital director, school principal, agricultural technology station head; or a local variant).
 *
 * @module
 */
import { isActiveOn, type AssociationKind } from "../model/association.js";
import { committeeOn } from "../model/committee-status.js";
import { Post } from "../model/committee.js";
import { SectorRole } from "../model/member.js";
import { missingSectorHeads } from "../model/sector-heads.js";
import { listOf } from "../dataset/dataset-index.js";
import { asIndex, type DatasetOrIndex } from "./dataset-input.js";
import { inScope, optionalScope, requireDate, requireKinds, requireOptions } from "./options.js";
import { ratioOf, tally, type Tally } from "./ratio.js";

/** Options of {@link leadershipCoverage}. */
export interface LeadershipCoverageOptions {
  /** The day the committees are read on (`YYYY-MM-DD`). */
  readonly asOf: string;
  /** The association kinds counted (e.g. township and sub-district for the seed's 乡镇(街道)). */
  readonly kinds: readonly AssociationKind[];
  /** The sector roles every committee must seat (Shandong's 3+1: the three 三长). */
  readonly requiredHeads: readonly SectorRole[];
  /** Only holders of these posts count (e.g. vice-chair); default any post. */
  readonly posts?: readonly Post[];
  /** Only associations whose division code starts with this code; default everywhere. */
  readonly scope?: string;
}

/** One association's leadership on the date. */
export interface AssociationLeadership {
  readonly id: string;
  readonly name: string;
  readonly associationKind: AssociationKind;
  readonly divisionCode: string | null;
  /** The committee in office, or `null` when none has been elected. */
  readonly committeeId: string | null;
  /** Whether every required head is seated. */
  readonly complete: boolean;
  /** The required heads nobody seated holds, in {@link SectorRole} order. */
  readonly missingHeads: readonly SectorRole[];
}

/** For one required role: the associations whose committee seats it. */
export interface RoleTally {
  readonly role: SectorRole;
  readonly seated: number;
  /** `seated / total`, or `null` without associations. */
  readonly ratio: number | null;
}

/** The result of {@link leadershipCoverage}: plain JSON. `covered` counts the complete associations. */
export interface LeadershipCoverage extends Tally {
  readonly kind: "leadership-coverage";
  readonly asOf: string;
  readonly kinds: readonly AssociationKind[];
  readonly requiredHeads: readonly SectorRole[];
  /** The posts that count, or `null` for any. */
  readonly posts: readonly Post[] | null;
  readonly scope: string | null;
  /** Per required role, in {@link SectorRole} order. */
  readonly byRole: readonly RoleTally[];
  /** Every association counted, by id. */
  readonly associations: readonly AssociationLeadership[];
}

function requireEnumList<T extends string>(fn: string, name: string, value: unknown, options: readonly T[]): T[] {
  if (!Array.isArray(value) || (value as unknown[]).some((item) => !options.includes(item as T))) {
    throw new TypeError(`${fn}: options.${name} must be an array of ${options.join(", ")}`);
  }
  const wanted = new Set(value as T[]);
  return options.filter((option) => wanted.has(option));
}

/**
 * "3+1" leadership coverage on a date: of the active associations of the given kinds, those whose
 * committee in office seats every required sector head (in the given posts). An association without a
 * committee misses every head. Whether the committee's term has run out is not considered here; see
 * {@link dormantAssociations}.
 *
 * @throws TypeError when `asOf`, `kinds`, `requiredHeads` or `posts` is malformed.
 * @example
 * ```ts
 * // The seed: each of the 15 towns' (and sub-districts') agri-tech station heads is a vice-chair.
 * const result = leadershipCoverage(dataset, {
 *   asOf: "2020-09-07", kinds: ["township", "subdistrict"],
 *   requiredHeads: ["agri-station-head"], posts: ["vice-chair"],
 * });
 * [result.covered, result.total]; // [15, 15]
 * ```
 */
export function leadershipCoverage(input: DatasetOrIndex, options: LeadershipCoverageOptions): LeadershipCoverage {
  const fn = "leadershipCoverage";
  requireOptions(fn, options);
  const asOf = requireDate(fn, "asOf", options.asOf);
  const kinds = requireKinds(fn, "kinds", options.kinds);
  const requiredHeads = requireEnumList(fn, "requiredHeads", options.requiredHeads, SectorRole.options);
  const posts = options.posts === undefined ? null : requireEnumList(fn, "posts", options.posts, Post.options);
  const scope = optionalScope(fn, options.scope);
  const index = asIndex(fn, input);

  const rows: AssociationLeadership[] = [];
  const seatedCounts = requiredHeads.map(() => 0);
  for (const association of index.associationById.values()) {
    if (!kinds.includes(association.kind) || !isActiveOn(association, asOf)) continue;
    if (!inScope(association.divisionCode, scope)) continue;
    const committee = committeeOn(listOf(index.committeesByAssociation, association.id), asOf);
    const missing = missingSectorHeads(requiredHeads, committee, index.memberById, asOf, posts ?? undefined);
    requiredHeads.forEach((role, i) => {
      if (!missing.includes(role)) seatedCounts[i] = (seatedCounts[i] as number) + 1;
    });
    rows.push({
      id: association.id,
      name: association.name,
      associationKind: association.kind,
      divisionCode: association.divisionCode ?? null,
      committeeId: committee?.id ?? null,
      complete: missing.length === 0,
      missingHeads: missing,
    });
  }
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const complete = rows.filter((row) => row.complete).length;

  return {
    kind: "leadership-coverage",
    asOf,
    kinds,
    requiredHeads,
    posts,
    scope: scope ?? null,
    ...tally(complete, rows.length),
    byRole: requiredHeads.map((role, i) => ({
      role,
      seated: seatedCounts[i] as number,
      ratio: ratioOf(seatedCounts[i] as number, rows.length),
    })),
    associations: rows,
  };
}
