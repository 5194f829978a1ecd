/**
 * Random data sets of one county (340881) with four township-level units and their villages: the
 * county association, township-level associations, and grassroots associations placed at the county,
 * at a township, at a village or by their parent only; with members, committees, activities of every
 * type, facilities of every kind (some withdrawn, some standing for several units) and outputs of every
 * kind over 2016–2019. Every generated document parses without errors: committees are elected and
 * activities start within their association's life, terms are elected in order, seats are held within
 * the holder's membership, and an association's kind fits its division and its division its parent's.
 */
import fc from "fast-check";
import { ActivityType } from "../../src/model/activity.js";
import { FacilityKind } from "../../src/model/facility.js";
import { OutputKind } from "../../src/model/output.js";
import type {
  Activity,
  Association,
  Committee,
  DatasetInput,
  Division,
  Facility,
  Member,
  Output,
  Post,
  SectorRole,
} from "../../src/index.js";

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
const ROLES: readonly SectorRole[] = [
  "hospital-director",
  "health-centre-director",
  "school-principal",
  "agri-station-head",
  "tech-entrepreneur",
];
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
  // Tags on most records; none (`undefined`) for an older record read by its title.
  campaigns: fc.option(fc.subarray(["national-science-day", "science-week", "sci-tech-workers-day"] as const), { nil: undefined }),
});
const facilitySpec = fc.record({
  kind: fc.constantFrom(...FacilityKind.options),
  designated: span,
  count: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
  division: fc.nat(),
});
const outputSpec = fc.record({
  kind: fc.constantFrom(...OutputKind.options),
  date: fc.integer({ min: 0, max: DAYS }),
  count: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
});
/** The records an association holds, at most so many of each. */
function heldRecords(members: number, activities: number, facilities: number) {
  return {
    members: fc.array(memberSpec, { maxLength: members }),
    committees: fc.array(committeeSpec, { maxLength: 2 }),
    activities: fc.array(activitySpec, { maxLength: activities }),
    facilities: fc.array(facilitySpec, { maxLength: facilities }),
    outputs: fc.array(outputSpec, { maxLength: facilities }),
  };
}
const associationSpec = fc.record({
  kind: fc.constantFrom(...GRASSROOTS_PICK),
  // Where it is placed: the county, a township, a village, or nowhere of its own (its parent's).
  place: fc.constantFrom("county", "township", "village", "parent"),
  which: fc.nat(),
  parent: fc.constantFrom("county", "township", "none"),
  life: span,
  ...heldRecords(5, 6, 3),
});

/** Day `n` moved into the days `[from, until)`, or `undefined` when there are none. */
function within(n: number, from: number, until: number): number | undefined {
  return until <= from ? undefined : from + (n % (until - from));
}

/** The day numbers of an association's life, `[from, until)`, within the generated years. */
function lifeOf(association: Association): [number, number] {
  const number = (date: string): number => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.UTC(2016, 0, 1)) / 86_400_000);
  return [
    Math.max(0, number(association.establishedOn)),
    association.dissolvedOn === undefined ? DAYS + 1 : number(association.dissolvedOn),
  ];
}

function dated(start: number, length: number | undefined): [string, string | undefined] {
  return [day(start), length === undefined ? undefined : day(start + length)];
}

/** A random county data set, as a document for parseDataset. */
export const randomCountyDataset: fc.Arbitrary<DatasetInput> = fc
  .record({
    townships: fc.array(
      fc.record({
        present: fc.boolean(),
        life: span,
        ...heldRecords(4, 4, 2),
      }),
      {
        minLength: TOWNSHIPS.length,
        maxLength: TOWNSHIPS.length,
      },
    ),
    county: fc.record({
      staff: fc.option(fc.nat({ max: 30 }), { nil: undefined }),
      ...heldRecords(4, 4, 2),
    }),
    others: fc.array(associationSpec, { maxLength: 14 }),
  })
  .map(({ townships, county, others }) => {
    const associations: Association[] = [];
    const members: Member[] = [];
    const committees: Committee[] = [];
    const activities: Activity[] = [];
    const facilities: Facility[] = [];
    const outputs: Output[] = [];

    const fill = (
      association: Association,
      spec: {
        members: Value<typeof memberSpec>[];
        committees: Value<typeof committeeSpec>[];
        activities: Value<typeof activitySpec>[];
        facilities: Value<typeof facilitySpec>[];
        outputs: Value<typeof outputSpec>[];
      },
    ): void => {
      const [from, until] = lifeOf(association);
      const own: Member[] = [];
      const spans: [number, number | undefined][] = [];
      spec.members.forEach((m, i) => {
        spans.push([m.joined[0], m.joined[1] === undefined ? undefined : m.joined[0] + m.joined[1]]);
        const [joinedOn, leftOn] = dated(m.joined[0], m.joined[1]);
        const base = {
          id: `${association.id}-m${i}`,
          associationId: association.id,
          joinedOn,
          ...(leftOn === undefined ? {} : { leftOn }),
        };
        const member: Member = m.individual
          ? { ...base, type: "individual", name: `会员${i}`, titleLevel: "junior", ...(m.roles.length > 0 ? { sectorRoles: m.roles } : {}) }
          : { ...base, type: "group", name: `团体${i}`, relation: "other-organisation" };
        own.push(member);
      });
      members.push(...own);
      // Elected within the association's life, terms in the order of their election.
      const elected = spec.committees
        .map((c) => ({ c, on: within(c.elected, from, until) }))
        .filter((e): e is { c: Value<typeof committeeSpec>; on: number } => e.on !== undefined)
        .sort((x, y) => x.on - y.on);
      elected.forEach(({ c, on }, i) => {
        committees.push({
          id: `${association.id}-c${i}`,
          associationId: association.id,
          term: i + 1,
          electedOn: day(on),
          seats: c.seats.map((seat) => {
            const k = own.length === 0 ? -1 : seat.member % own.length;
            const holder = own[k];
            // Held within the holder's membership: from the day it joined, ending before the day it left.
            const [joined, left] = spans[k] ?? [0, undefined];
            const start = left === undefined ? Math.max(seat.held[0], joined) : within(seat.held[0], joined, left);
            if (holder === undefined || start === undefined) return { post: seat.post, holdings: [] };
            const end =
              left === undefined
                ? seat.held[1] === undefined
                  ? undefined
                  : start + seat.held[1]
                : Math.min(start + (seat.held[1] ?? 0), left - 1);
            return {
              post: seat.post,
              holdings: [
                { memberId: holder.id, startOn: day(start), ...(end === undefined ? {} : { endOn: day(end) }), basis: "elected" as const },
              ],
            };
          }),
        });
      });
      spec.activities.forEach((a, i) => {
        const starts = within(a.starts[0], from, until);
        if (starts === undefined) return;
        const [startsOn, endsOn] = dated(starts, a.starts[1] === undefined ? undefined : a.starts[1] % 4);
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
          ...(a.campaigns === undefined ? {} : { campaigns: a.campaigns }),
        });
      });
      spec.facilities.forEach((f, i) => {
        const [designatedOn, withdrawnOn] = dated(f.designated[0], f.designated[1] === undefined ? undefined : f.designated[1] + 1);
        facilities.push({
          id: `${association.id}-f${i}`,
          kind: f.kind,
          divisionCode: (DIVISIONS[f.division % DIVISIONS.length] as Division).code,
          associationId: association.id,
          designatedOn,
          ...(withdrawnOn === undefined ? {} : { withdrawnOn }),
          ...(f.count === undefined ? {} : { count: f.count }),
        });
      });
      spec.outputs.forEach((o, i) => {
        outputs.push({
          id: `${association.id}-p${i}`,
          kind: o.kind,
          associationId: association.id,
          date: day(o.date),
          ...(o.count === undefined ? {} : { count: o.count }),
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
      const parentId =
        o.parent === "county"
          ? "c"
          : o.parent === "township" && townshipIds.length > 0
            ? townshipIds[o.which % townshipIds.length]
            : undefined;
      // Inside the parent township's area when it has one; at the level its kind names when it names one.
      const underTownship = parentId !== undefined && parentId !== "c";
      const township = underTownship ? Number(parentId.slice(1)) : o.which % TOWNSHIPS.length;
      const fitting =
        o.kind === "township"
          ? "township"
          : o.kind === "village" || o.kind === "community"
            ? "village"
            : underTownship && o.place === "county"
              ? "township"
              : o.place;
      const place = o.place === "parent" ? "parent" : fitting;
      const divisionCode =
        place === "county"
          ? COUNTY
          : place === "township"
            ? TOWNSHIPS[township]
            : place === "village"
              ? VILLAGES[township * 2 + (o.which % 2)]
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
    return {
      formatVersion: 1,
      divisions: DIVISIONS,
      associations,
      members,
      committees,
      activities,
      facilities,
      outputs,
    } satisfies DatasetInput;
  });
