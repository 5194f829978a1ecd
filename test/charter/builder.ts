/**
 * Fixtures for the charter tests: a valid Tongcheng data set (the city association, a health-commission
 * agency association with a 7-seat committee and eligible members, and a town association whose
 * agri-station head is a vice-chair), varied one thing per test and deep-frozen before use.
 */
import type {
  Association,
  Committee,
  Dataset,
  Holding,
  IndividualMember,
  Member,
  ParsedDataset,
  Post,
  SeatBasis,
  SectorRole,
} from "../../src/index.js";

import { deepFreeze } from "../helpers/deep-freeze.js";
import { parsed, parsedForRules } from "../helpers/parsed.js";

export { deepFreeze };

export const AS_OF = "2020-09-07";

export function holding(memberId: string, basis: SeatBasis = "elected", extra: Partial<Holding> = {}): Holding {
  return { memberId, startOn: "2019-05-10", basis, ...extra };
}

export function seat(post: Post, memberId?: string, basis: SeatBasis = "elected"): Committee["seats"][number] {
  return { post, holdings: memberId === undefined ? [] : [holding(memberId, basis)] };
}

export function person(id: string, associationId: string, extra: Partial<IndividualMember> = {}): IndividualMember {
  return {
    id,
    associationId,
    joinedOn: "2019-05-10",
    type: "individual",
    name: `成员${id}`,
    titleLevel: "intermediate",
    field: "research",
    worksInHostUnit: true,
    ...extra,
  };
}

/** The seven seats of the agency committee: chair, vice-chair, secretary-general and four members. */
export function agencySeats(): Committee["seats"] {
  return [
    seat("chair", "m1", "unit-leader"),
    seat("vice-chair", "m2", "expert"),
    seat("secretary-general", "m3"),
    seat("member", "m4"),
    seat("member", "m5"),
    seat("member", "m6"),
    seat("member", "m7"),
  ];
}

/** A mutable copy of the valid data set, for a test to vary before freezing. */
export function baseDataset(): Dataset {
  const city: Association = {
    id: "tc",
    name: "桐城市科协",
    kind: "county",
    divisionCode: "340881",
    establishedOn: "1980-01-01",
  };
  const health: Association = {
    id: "tc-health",
    name: "桐城市卫健委科协",
    kind: "government-agency",
    divisionCode: "340881",
    hostUnit: { name: "桐城市卫生健康委员会" },
    parentId: "tc",
    establishedOn: "2019-05-10",
    partyApproval: { body: "中共桐城市卫生健康委员会党组", approvedOn: "2019-04-20" },
    charter: { adoptedOn: "2019-05-10" },
    resources: { office: true, staff: 2, funds: true },
  };
  const town: Association = {
    id: "tc-kongcheng",
    name: "孔城镇科协",
    kind: "township",
    divisionCode: "340881100",
    parentId: "tc",
    establishedOn: "2019-05-10",
  };
  const members: Member[] = [
    person("m1", "tc-health", { titleLevel: "senior", field: "st-management" }),
    person("m2", "tc-health", { titleLevel: "senior", field: "research" }),
    person("m3", "tc-health", { titleLevel: "junior", field: "st-management" }),
    person("m4", "tc-health", { titleLevel: "none", field: "administration", societyMemberships: ["桐城市医学会"] }),
    person("m5", "tc-health", { titleLevel: "junior", field: "teaching" }),
    person("m6", "tc-health"),
    person("m7", "tc-health"),
    { id: "g1", associationId: "tc-health", joinedOn: "2019-05-10", type: "group", name: "桐城市人民医院", relation: "subordinate-unit" },
    person("t1", "tc-kongcheng", { field: "administration", titleLevel: "none" }),
    person("t2", "tc-kongcheng", { field: "agriculture", sectorRoles: ["agri-station-head"] }),
  ];
  const committees: Committee[] = [
    { id: "tc-health-c1", associationId: "tc-health", term: 1, electedOn: "2019-05-10", seats: agencySeats() },
    {
      id: "tc-kongcheng-c1",
      associationId: "tc-kongcheng",
      term: 1,
      electedOn: "2019-05-10",
      seats: [seat("chair", "t1", "unit-leader"), seat("vice-chair", "t2", "sector-head")],
    },
  ];
  return {
    formatVersion: 1,
    divisions: [],
    associations: [city, health, town],
    committees,
    members,
    activities: [
      { id: "act-1", organizerId: "tc-health", type: "academic-lecture", startsOn: "2020-05-30", participantTimes: 40 },
      { id: "act-2", organizerId: "tc-kongcheng", type: "training-class", startsOn: "2020-03-02", participantTimes: 50 },
    ],
    facilities: [],
    outputs: [],
  };
}

/** The base data set varied by `edit`, then deep-frozen and parsed (see `parsedForRules`). */
export function dataset(edit: (d: Dataset) => void = () => {}): ParsedDataset {
  const d = baseDataset();
  edit(d);
  return parsedForRules(deepFreeze(d));
}

/** The agency association (`tc-health`) of a mutable data set. */
export function agency(d: Dataset): Association {
  return d.associations[1] as Association;
}

/** The agency committee of a mutable data set. */
export function agencyCommittee(d: Dataset): Committee {
  return d.committees[0] as Committee;
}

/**
 * A data set with one leadership association of `kind` in `divisionCode` under a county, whose
 * committee seats people holding `roles` in the posts given.
 */
export function leadershipDataset(
  divisionCode: string,
  kind: "county" | "township" | "subdistrict",
  seated: readonly { post: Post; roles: SectorRole[] }[],
): ParsedDataset {
  const members: Member[] = seated.map((s, i) => person(`p${i}`, "lead", { sectorRoles: s.roles }));
  const associations: Association[] = [
    { id: "lead", name: "科协", kind, divisionCode, establishedOn: "2018-01-01", ...(kind === "county" ? {} : { parentId: "county" }) },
  ];
  if (kind !== "county")
    associations.push({
      id: "county",
      name: "县科协",
      kind: "county",
      divisionCode: divisionCode.slice(0, 6),
      establishedOn: "1980-01-01",
    });
  return parsed({
    formatVersion: 1,
    divisions: [],
    associations,
    committees: [
      {
        id: "lead-c1",
        associationId: "lead",
        term: 1,
        electedOn: "2019-05-10",
        seats: seated.map((s, i) => seat(s.post, `p${i}`, "sector-head")),
      },
    ],
    members,
    activities: [],
    facilities: [],
    outputs: [],
  });
}
