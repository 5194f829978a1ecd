/**
 * "3+1" leadership coverage: the share of associations whose committee seats every required sector head
 * (三长: hospital director, school principal, agricultural technology station head; or a local variant),
 * and the posts the heads hold, each person counted once.
 *
 * @module
 */
import * as z from "zod";
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import { isActiveOn, type AssociationKind } from "../model/association.js";
import { committeeOn } from "../model/committee-status.js";
import { AppointmentMode, Post } from "../model/committee.js";
import { SectorRole } from "../model/member.js";
import { personKeyOf } from "../model/person.js";
import { canonicalList } from "../model/option-schemas.js";
import { headEquivalentsSchema, seatedHeads, type HeadEquivalents, type SeatedHead } from "../model/sector-heads.js";
import { listOf } from "../_lib/list-of.js";
import { asIndex, type DatasetOrIndex } from "./dataset-input.js";
import { inScope, kindList, scopedShape, type ScopedMetricOptions } from "./options.js";
import { ratioOf, tally, type Tally } from "./ratio.js";

/** Options of {@link leadershipCoverage}. */
export interface LeadershipCoverageOptions extends ScopedMetricOptions {
  /** The association kinds counted (e.g. township and sub-district for the seed's 乡镇(街道)). */
  readonly kinds: readonly AssociationKind[];
  /** The sector roles every committee must seat (Shandong's 3+1: the three 三长). */
  readonly requiredHeads: readonly SectorRole[];
  /** Only holders of these posts count (e.g. vice-chair); default any post. */
  readonly posts?: readonly Post[];
  /** Only holdings in these modes count (e.g. 兼职, 挂职); default any. A holding without a mode counts. */
  readonly appointmentModes?: readonly AppointmentMode[];
  /** Which roles satisfy which head, over `HEAD_EQUIVALENTS` (卫生院院长 counts as 医院院长, …). */
  readonly equivalents?: HeadEquivalents;
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
  /** The required heads nobody seated holds (in the posts that count), in {@link SectorRole} order. */
  readonly missingHeads: readonly SectorRole[];
  /** Each required head seated in any post, with the highest post a holder of it sits in. */
  readonly seatedHeads: readonly HeadInPost[];
}

/** A required head seated on a committee: the highest post a holder of it sits in, and who. */
export interface HeadInPost {
  readonly role: SectorRole;
  readonly post: Post;
  readonly memberId: string;
  /** The holder's person, or `null` when the member record names none. */
  readonly personId: string | null;
}

/** For one post: how many heads hold it as their highest post. */
export interface PostTally {
  readonly post: Post;
  /** Distinct people (by person, else by member record) whose highest post in the counted associations is this one. */
  readonly heads: number;
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
  /**
   * Distinct people seated as a required head in any post of the counted associations: a head who is a
   * township vice-chair and a county committee member is one person.
   */
  readonly heads: number;
  /** Those people by their highest post, in {@link Post} order (every post listed). */
  readonly byPost: readonly PostTally[];
  /** Every association counted, by id. */
  readonly associations: readonly AssociationLeadership[];
}

const optionsSchema = lazy(() =>
  z.object({
    ...scopedShape(),
    kinds: kindList(),
    requiredHeads: canonicalList(SectorRole.options),
    posts: canonicalList(Post.options).optional(),
    appointmentModes: canonicalList(AppointmentMode.options).optional(),
    equivalents: headEquivalentsSchema().optional(),
  }),
);

const POST_RANK = new Map(Post.options.map((post, rank) => [post, rank]));

function higher(a: Post, b: Post): boolean {
  return (POST_RANK.get(a) as number) < (POST_RANK.get(b) as number);
}

/**
 * "3+1" leadership coverage on a date: of the active associations of the given kinds, those whose
 * committee in office seats every required sector head (in the given posts and appointment modes). A
 * head is held by anyone whose role satisfies it under `equivalents` (by default a township's 卫生院院长
 * is its hospital director); roles are read from the member record or its person. An association
 * without a committee misses every head. Besides the coverage, it reports where the heads sit: per
 * association, each head's highest post (any post, whatever `posts` says), and over all associations,
 * the people seated as heads by their highest post, each person counted once. Whether the committee's
 * term has run out is not considered here; see {@link dormantAssociations}.
 *
 * @throws TypeError when `asOf`, `kinds`, `requiredHeads`, `posts`, `appointmentModes` or `equivalents` is malformed.
 * @example
 * ```ts
 * // The seed: each of the 15 towns' (and sub-districts') agri-tech station heads is a vice-chair.
 * const result = leadershipCoverage(dataset, {
 *   asOf: "2020-09-07", kinds: ["township", "subdistrict"],
 *   requiredHeads: ["agri-station-head"], posts: ["vice-chair"],
 * });
 * [result.covered, result.total]; // → [15, 15]
 * result.byPost.find((p) => p.post === "vice-chair")?.heads; // → 15
 * ```
 */
export function leadershipCoverage(input: DatasetOrIndex, options: LeadershipCoverageOptions): LeadershipCoverage {
  const fn = "leadershipCoverage";
  const index = asIndex(fn, input);
  const { asOf, scope, kinds, requiredHeads, appointmentModes, equivalents, ...rest } = checkOptions(fn, optionsSchema(), options);
  const posts = rest.posts ?? null;
  const query = { appointmentModes, equivalents, personById: index.personById };

  const rows: AssociationLeadership[] = [];
  const seatedCounts = requiredHeads.map(() => 0);
  // Each person's highest post over every counted association.
  const highestPost = new Map<string, Post>();
  for (const association of index.associationById.values()) {
    if (!kinds.includes(association.kind) || !isActiveOn(association, asOf)) continue;
    if (!inScope(association.divisionCode, scope)) continue;
    const committee = committeeOn(listOf(index.committeesByAssociation, association.id), asOf);
    const seated = committee === undefined ? [] : seatedHeads(requiredHeads, committee, index.memberById, asOf, query);
    const best = new Map<SectorRole, SeatedHead>();
    const counting = new Set<SectorRole>();
    for (const s of seated) {
      const key = personKeyOf(s.member);
      const held = highestPost.get(key);
      if (held === undefined || higher(s.post, held)) highestPost.set(key, s.post);
      const current = best.get(s.head);
      if (current === undefined || higher(s.post, current.post)) best.set(s.head, s);
      if (posts === null || posts.includes(s.post)) counting.add(s.head);
    }
    const missing = requiredHeads.filter((head) => !counting.has(head));
    requiredHeads.forEach((role, i) => {
      if (counting.has(role)) seatedCounts[i] = (seatedCounts[i] as number) + 1;
    });
    const heads: HeadInPost[] = [];
    for (const role of requiredHeads) {
      const s = best.get(role);
      if (s !== undefined) heads.push({ role, post: s.post, memberId: s.member.id, personId: s.member.personId ?? null });
    }
    rows.push({
      id: association.id,
      name: association.name,
      associationKind: association.kind,
      divisionCode: association.divisionCode ?? null,
      committeeId: committee?.id ?? null,
      complete: missing.length === 0,
      missingHeads: missing,
      seatedHeads: heads,
    });
  }
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const complete = rows.filter((row) => row.complete).length;
  const perPost = new Map<Post, number>();
  for (const post of highestPost.values()) perPost.set(post, (perPost.get(post) ?? 0) + 1);

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
    heads: highestPost.size,
    byPost: Post.options.map((post) => ({ post, heads: perPost.get(post) ?? 0 })),
    associations: rows,
  };
}
