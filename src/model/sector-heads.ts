/**
 * Which sector heads (三长 and the like) sit on a committee on a day: the test behind "3+1" leadership,
 * shared by the charter rules and the leadership-coverage metric. Heads are written many ways (a
 * township's 卫生院院长 is its hospital director), so which roles satisfy which head is data.
 *
 * @module
 */
import * as z from "zod";
import type { AppointmentMode, Committee, Holding, Post, UnitKind } from "./committee.js";
import { seatedOn } from "./committee-status.js";
import { SectorRole, type IndividualMember, type Member } from "./member.js";
import { individualView, type Person } from "./person.js";

/** For a head, the roles that satisfy it; heads left out keep their {@link HEAD_EQUIVALENTS} entry. */
export type HeadEquivalents = Readonly<Partial<Record<SectorRole, readonly SectorRole[]>>>;

/**
 * The default head equivalences: a hospital director (医院院长) is also a township health centre's
 * director (卫生院院长); a school principal (学校校长) also a central school's (中心学校校长); an
 * agri-station head (农技站站长) also the director of an agricultural (integrated) service centre
 * (农业服务中心主任, 农业综合服务中心主任), which replaced the station in many townships. Every other role
 * is satisfied by itself only.
 *
 * @example
 * ```ts
 * HEAD_EQUIVALENTS["hospital-director"]; // → ["hospital-director", "health-centre-director"]
 * ```
 */
export const HEAD_EQUIVALENTS: Readonly<Record<SectorRole, readonly SectorRole[]>> = Object.freeze({
  "hospital-director": Object.freeze(["hospital-director", "health-centre-director"] as const),
  "school-principal": Object.freeze(["school-principal", "central-school-principal"] as const),
  "agri-station-head": Object.freeze([
    "agri-station-head",
    "agri-service-centre-director",
    "agri-integrated-service-centre-director",
  ] as const),
  "tech-entrepreneur": Object.freeze(["tech-entrepreneur"] as const),
  "health-centre-director": Object.freeze(["health-centre-director"] as const),
  "veterinary-station-head": Object.freeze(["veterinary-station-head"] as const),
  "central-school-principal": Object.freeze(["central-school-principal"] as const),
  "agri-service-centre-director": Object.freeze(["agri-service-centre-director"] as const),
  "agri-integrated-service-centre-director": Object.freeze(["agri-integrated-service-centre-director"] as const),
});

/**
 * The kind of unit each role heads, so that the unit a head represents (a holding's `onBehalfOf`) can
 * be checked against the head.
 *
 * @example
 * ```ts
 * ROLE_UNIT_KINDS["health-centre-director"]; // → ["health-centre"]
 * ```
 */
export const ROLE_UNIT_KINDS: Readonly<Record<SectorRole, readonly UnitKind[]>> = Object.freeze({
  "hospital-director": Object.freeze(["hospital"] as const),
  "school-principal": Object.freeze(["school"] as const),
  "agri-station-head": Object.freeze(["agri-station"] as const),
  "tech-entrepreneur": Object.freeze(["enterprise"] as const),
  "health-centre-director": Object.freeze(["health-centre"] as const),
  "veterinary-station-head": Object.freeze(["veterinary-station"] as const),
  "central-school-principal": Object.freeze(["school"] as const),
  "agri-service-centre-director": Object.freeze(["agri-service-centre"] as const),
  "agri-integrated-service-centre-director": Object.freeze(["agri-service-centre"] as const),
});

/**
 * The roles that satisfy a head under some equivalences (the defaults where they say nothing).
 *
 * @example
 * ```ts
 * rolesSatisfying("school-principal"); // → ["school-principal", "central-school-principal"]
 * rolesSatisfying("school-principal", { "school-principal": ["school-principal"] }); // → ["school-principal"]
 * ```
 */
export function rolesSatisfying(head: SectorRole, equivalents?: HeadEquivalents): readonly SectorRole[] {
  return equivalents?.[head] ?? HEAD_EQUIVALENTS[head];
}

/**
 * The kinds of unit a head may represent: those of every role that satisfies it.
 *
 * @example
 * ```ts
 * unitKindsOfHead("hospital-director"); // → ["hospital", "health-centre"]
 * ```
 */
export function unitKindsOfHead(head: SectorRole, equivalents?: HeadEquivalents): UnitKind[] {
  const kinds: UnitKind[] = [];
  for (const role of rolesSatisfying(head, equivalents)) {
    for (const kind of ROLE_UNIT_KINDS[role]) if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/**
 * The schema of a head-equivalence option: sector roles mapped to the roles that satisfy them, every
 * key and value a {@link SectorRole}. Built on each call, so only inside a `lazy` schema.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const schema = z.object({ equivalents: headEquivalentsSchema() });
 * checkOptions("threePlusOne", schema, { equivalents: { "hospital-director": ["health-centre-director"] } }); // → { equivalents: { "hospital-director": ["health-centre-director"] } }
 * ```
 */
export function headEquivalentsSchema(): z.ZodType<HeadEquivalents> {
  return z.partialRecord(z.enum(SectorRole.options), z.array(z.enum(SectorRole.options)), {
    error: "an object mapping sector roles to arrays of sector roles",
  });
}

/**
 * What counts as a head's seat: the posts (any when absent), the appointment modes (any when absent; a
 * holding whose mode is not recorded always counts), the head equivalences, and the dataset's persons
 * (a member's roles may be recorded on its person).
 */
export interface HeadQuery {
  readonly posts?: readonly Post[] | undefined;
  readonly appointmentModes?: readonly AppointmentMode[] | undefined;
  readonly equivalents?: HeadEquivalents | undefined;
  readonly personById?: ReadonlyMap<string, Person> | undefined;
}

/** A required head found on a committee: the seat, the holding, and the holder's role that satisfies it. */
export interface SeatedHead {
  readonly head: SectorRole;
  readonly role: SectorRole;
  readonly post: Post;
  readonly seatIndex: number;
  readonly holding: Holding;
  /** The holder, with its person's fields filled in. */
  readonly member: IndividualMember;
}

/**
 * Every seat, on a day, held by someone who satisfies one of the required heads, in seat order (one
 * entry per head a holder satisfies).
 *
 * @example
 * ```ts
 * const committee = dataset.committees[0]!;
 * const heads = seatedHeads(["hospital-director"], committee, index.memberById, "2020-09-07", { personById: index.personById });
 * heads.map((h) => [h.post, h.role]); // → [["vice-chair", "health-centre-director"]]
 * ```
 */
export function seatedHeads(
  required: readonly SectorRole[],
  committee: Pick<Committee, "seats">,
  memberById: ReadonlyMap<string, Member>,
  date: string,
  query: HeadQuery = {},
): SeatedHead[] {
  const { posts, appointmentModes, equivalents, personById } = query;
  const found: SeatedHead[] = [];
  for (const { post, seatIndex, holding } of seatedOn(committee, date)) {
    if (posts !== undefined && !posts.includes(post)) continue;
    if (appointmentModes !== undefined && holding.appointment !== undefined && !appointmentModes.includes(holding.appointment)) continue;
    const recorded = memberById.get(holding.memberId);
    if (recorded?.type !== "individual") continue;
    const member = individualView(recorded, personById);
    const roles = member.sectorRoles;
    if (roles === undefined) continue;
    for (const head of required) {
      const satisfying = rolesSatisfying(head, equivalents);
      const role = roles.find((r) => satisfying.includes(r));
      if (role !== undefined) found.push({ head, role, post, seatIndex, holding, member });
    }
  }
  return found;
}

/**
 * The sector roles held by the people seated on a committee on a day, optionally only in some posts,
 * as recorded (no equivalences applied). Group members hold no sector role.
 *
 * @example
 * ```ts
 * const committee = dataset.committees[0]!;
 * const roles = sectorHeadsSeated(committee, index.memberById, "2020-09-07", ["chair", "vice-chair"]);
 * roles.has("agri-station-head"); // → true
 * ```
 */
export function sectorHeadsSeated(
  committee: Pick<Committee, "seats">,
  memberById: ReadonlyMap<string, Member>,
  date: string,
  posts?: readonly Post[],
  personById?: ReadonlyMap<string, Person>,
): Set<SectorRole> {
  const roles = new Set<SectorRole>();
  for (const { post, holding } of seatedOn(committee, date)) {
    if (posts !== undefined && !posts.includes(post)) continue;
    const member = memberById.get(holding.memberId);
    if (member?.type !== "individual") continue;
    for (const role of individualView(member, personById).sectorRoles ?? []) roles.add(role);
  }
  return roles;
}

/**
 * The required heads that nobody seated on the committee satisfies on a day, in the order required.
 * Without a committee, every required head is missing.
 *
 * @example
 * ```ts
 * const committee = dataset.committees[0]!;
 * // A 卫生院院长 counts as a hospital director and a 农业服务中心主任 as an agri-station head.
 * missingSectorHeads(["hospital-director", "school-principal", "agri-station-head"], committee, index.memberById, "2020-09-07"); // → []
 * ```
 */
export function missingSectorHeads(
  required: readonly SectorRole[],
  committee: Pick<Committee, "seats"> | undefined,
  memberById: ReadonlyMap<string, Member>,
  date: string,
  posts?: readonly Post[],
  query: Omit<HeadQuery, "posts"> = {},
): SectorRole[] {
  if (committee === undefined) return [...required];
  const seated = new Set(seatedHeads(required, committee, memberById, date, { ...query, posts }).map((s) => s.head));
  return required.filter((head) => !seated.has(head));
}
