/**
 * Random data sets of one county (340881) with four township-level units and their villages: the
 * county association, township-level associations, and grassroots associations placed at the county,
 * at a township, at a village or by their parent only; with members, committees and activities of every
 * type over 2016–2019. Every generated document parses without errors.
 */
import fc from "fast-check";
import { ActivityType, type Activity, type Association, type Committee, type DatasetInput, type Division, type Member, type Post, type SectorRole } from "../../src/index.js";

export const COUNTY = "340881";
export const TOWNSHIPS = ["340881001", "340881100", "340881101", "340881400"] as const;
const TOWNSHIP_KIND: Record<(typeof TOWNSHIPS)[number], Association["kind"]> = {
  "340881001": "subdistrict",
  "340881100": "township",
  "340881101": "township",
  "340881400": "development-zone",
};
const VILLAGES = TOWNSHIPS.flatMap((t) => [`${t}001`, `${t}201`]);

export const DIVISIONS: Division[] = [
  { code: COUNTY, name: "桐城市", level: "county" },
  ...TOWNSHIPS.map((code): Division => ({ code, name: `乡镇${code.slice(6)}`, level: "township", parentCode: COUNTY })),
  ...VILLAGES.map((code): Division => ({ code, name: `村${code.slice(6)}`, level: "village", parentCode: code.slice(0, 9) })),
];

/** Day `n` from 2016-01-01 as `YYYY-MM-DD`, with UTC arithmetic (no process time zone). */
export function day(n: number): string {
  return new Date(Date.UTC(2016, 0, 1 + n)).toISOString().slice(0, 10);
}
const DAYS = 4 * 365;

const GRASSROOTS_PICK: readonly Association["kind"][] = [
  "enterprise",
  "government-agency",
  "public-institution",
  "school",
  "university",
  "vocational-school",
  "rural-technical-association",
  "village",
  "community",
  "society",
  "township",
];
const ROLES: readonly SectorRole[] = ["hospital-director", "health-centre-director", "school-principal", "agri-station-head", "tech-entrepreneur"];
const POSTS: readonly Post[] = ["chair", "vice-chair", "secretary-general", "standing-member", "member"];

type Value<A> = A extends fc.Arbitrary<infer T> ? T : never;

const span = fc.tuple(fc.integer({ min: 0, max: DAYS }), fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }));

const memberSpec = fc.record({
  individual: fc.boolean(),
  joined: span,
  roles: fc.subarray([...ROLES], { maxLength: 2 }),
});
const seatSpec = fc.record({ post: fc.constantFrom(...POSTS), member: fc.nat(), held: span });
const committeeSpec = fc.record({ elected: fc.integer({ min: 0, max: DAYS }), seats: fc.array(seatSpec, { maxLength: 6 }) });
const activitySpec = fc.record({
  type: fc.constantFrom(...ActivityType.options),
  starts: span,
  participants: fc.nat({ max: 500 }),
  experts: fc.option(fc.nat({ max: 9 }), { nil: undefined }),
  trainees: fc.option(fc.nat({ max: 90 }), { nil: undefined }),
  volunteers: fc.option(fc.nat({ max: 30 }), { nil: undefined }),
  title: fc.constantFrom(undefined, "全国科普日宣传", "科技活动周开放", "科技工作者日座谈", "培训"),
});
const associationSpec = fc.record({
  kind: fc.constantFrom(...GRASSROOTS_PICK),
  // Where it is placed: the county, a township, a village, or nowhere of its own (its parent's).
  place: fc.constantFrom("county", "township", "village", "parent"),
  which: fc.nat(),
  parent: fc.constantFrom("county", "township", "none"),
  life: span,
  members: fc.array(memberSpec, { maxLength: 5 }),
  committees: fc.array(committeeSpec, { maxLength: 2 }),
  activities: fc.array(activitySpec, { maxLength: 6 }),
});

function dated(start: number, length: number | undefined): [string, string | undefined] {
  return [day(start), length === undefined ? undefined : day(start + length)];
}

/** A random county data set, as a document for parseDataset. */
export const randomCountyDataset: fc.Arbitrary<DatasetInput> = fc
  .record({
    townships: fc.array(fc.record({ present: fc.boolean(), life: span, members: fc.array(memberSpec, { maxLength: 4 }), committees: fc.array(committeeSpec, { maxLength: 2 }), activities: fc.array(activitySpec, { maxLength: 4 }) }), {
      minLength: TOWNSHIPS.length,
      maxLength: TOWNSHIPS.length,
    }),
    county: fc.record({ staff: fc.option(fc.nat({ max: 30 }), { nil: undefined }), members: fc.array(memberSpec, { maxLength: 4 }), committees: fc.array(committeeSpec, { maxLength: 2 }), activities: fc.array(activitySpec, { maxLength: 4 }) }),
    others: fc.array(associationSpec, { maxLength: 14 }),
  })
  .map(({ townships, county, others }) => {
    const associations: Association[] = [];
    const members: Member[] = [];
    const committees: Committee[] = [];
    const activities: Activity[] = [];

    const fill = (
      association: Association,
      spec: { members: Value<typeof memberSpec>[]; committees: Value<typeof committeeSpec>[]; activities: Value<typeof activitySpec>[] },
    ): void => {
      const own: Member[] = [];
      spec.members.forEach((m, i) => {
        const [joinedOn, leftOn] = dated(m.joined[0], m.joined[1]);
        const base = { id: `${association.id}-m${i}`, associationId: association.id, joinedOn, ...(leftOn === undefined ? {} : { leftOn }) };
        const member: Member = m.individual
          ? { ...base, type: "individual", name: `会员${i}`, titleLevel: "junior", ...(m.roles.length > 0 ? { sectorRoles: m.roles } : {}) }
          : { ...base, type: "group", name: `团体${i}`, relation: "other-organisation" };
        own.push(member);
      });
      members.push(...own);
      spec.committees.forEach((c, i) => {
        committees.push({
          id: `${association.id}-c${i}`,
          associationId: association.id,
          term: i + 1,
          electedOn: day(c.elected),
          seats: c.seats.map((seat) => {
            const holder = own.length === 0 ? undefined : own[seat.member % own.length];
            const [startOn, endOn] = dated(seat.held[0], seat.held[1]);
            return {
              post: seat.post,
              holdings: holder === undefined ? [] : [{ memberId: holder.id, startOn, ...(endOn === undefined ? {} : { endOn }), basis: "elected" as const }],
            };
          }),
        });
      });
      spec.activities.forEach((a, i) => {
        const [startsOn, endsOn] = dated(a.starts[0], a.starts[1] === undefined ? undefined : a.starts[1] % 4);
        activities.push({
          id: `${association.id}-a${i}`,
          organizerId: association.id,
          type: a.type,
          startsOn,
          ...(endsOn === undefined ? {} : { endsOn }),
          participantTimes: a.participants,
          ...(a.experts === undefined ? {} : { expertsInvited: a.experts }),
          ...(a.trainees === undefined ? {} : { trainees: a.trainees }),
          ...(a.volunteers === undefined ? {} : { volunteers: a.volunteers }),
          ...(a.title === undefined ? {} : { title: a.title }),
        });
      });
    };

    const countyAssociation: Association = {
      id: "c",
      name: "桐城市科协",
      kind: "county",
      divisionCode: COUNTY,
      establishedOn: "1980-01-01",
      ...(county.staff === undefined ? {} : { resources: { staff: county.staff } }),
    };
    associations.push(countyAssociation);
    fill(countyAssociation, county);
    const townshipIds: string[] = [];
    townships.forEach((t, i) => {
      if (!t.present) return;
      const code = TOWNSHIPS[i] as (typeof TOWNSHIPS)[number];
      const [establishedOn, dissolvedOn] = dated(t.life[0], t.life[1]);
      const association: Association = {
        id: `t${i}`,
        name: `乡镇科协${i}`,
        kind: TOWNSHIP_KIND[code],
        divisionCode: code,
        parentId: "c",
        establishedOn,
        ...(dissolvedOn === undefined ? {} : { dissolvedOn }),
      };
      associations.push(association);
      townshipIds.push(association.id);
      fill(association, t);
    });
    others.forEach((o, i) => {
      const [establishedOn, dissolvedOn] = dated(o.life[0], o.life[1]);
      const parentId = o.parent === "county" ? "c" : o.parent === "township" && townshipIds.length > 0 ? townshipIds[o.which % townshipIds.length] : undefined;
      const divisionCode =
        o.place === "county"
          ? COUNTY
          : o.place === "township"
            ? TOWNSHIPS[o.which % TOWNSHIPS.length]
            : o.place === "village"
              ? VILLAGES[o.which % VILLAGES.length]
              : undefined;
      const association: Association = {
        id: `o${i}`,
        name: `组织${i}`,
        kind: o.kind,
        ...(divisionCode === undefined ? {} : { divisionCode }),
        ...(parentId === undefined ? {} : { parentId }),
        establishedOn,
        ...(dissolvedOn === undefined ? {} : { dissolvedOn }),
      };
      associations.push(association);
      fill(association, o);
    });
    return { formatVersion: 1, divisions: DIVISIONS, associations, members, committees, activities } satisfies DatasetInput;
  });

