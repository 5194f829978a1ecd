/**
 * Which sector heads (三长 and the like) sit on a committee on a day: the test behind "3+1" leadership,
 * shared by the charter rule and the leadership-coverage metric.
 *
 * @module
 */
import type { Committee, Post } from "./committee.js";
import { seatedOn } from "./committee-status.js";
import type { Member, SectorRole } from "./member.js";

/**
 * The sector roles held by the people seated on a committee on a day, optionally only in some posts.
 * Group members hold no sector role.
 *
 * @example
 * ```ts
 * const roles = sectorHeadsSeated(committee, index.memberById, "2020-06-30", ["chair", "vice-chair"]);
 * roles.has("agri-station-head");
 * ```
 */
export function sectorHeadsSeated(
  committee: Pick<Committee, "seats">,
  memberById: ReadonlyMap<string, Member>,
  date: string,
  posts?: readonly Post[],
): Set<SectorRole> {
  const roles = new Set<SectorRole>();
  for (const { post, holding } of seatedOn(committee, date)) {
    if (posts !== undefined && !posts.includes(post)) continue;
    const member = memberById.get(holding.memberId);
    if (member?.type !== "individual") continue;
    for (const role of member.sectorRoles ?? []) roles.add(role);
  }
  return roles;
}

/**
 * The required sector roles that nobody seated on the committee holds on a day, in the order required.
 * Without a committee, every required role is missing.
 *
 * @example
 * ```ts
 * missingSectorHeads(["hospital-director", "school-principal", "agri-station-head"], committee, index.memberById, "2020-12-31");
 * // ["school-principal"] when only the other two sit on it
 * ```
 */
export function missingSectorHeads(
  required: readonly SectorRole[],
  committee: Pick<Committee, "seats"> | undefined,
  memberById: ReadonlyMap<string, Member>,
  date: string,
  posts?: readonly Post[],
): SectorRole[] {
  if (committee === undefined) return [...required];
  const seated = sectorHeadsSeated(committee, memberById, date, posts);
  return required.filter((role) => !seated.has(role));
}
