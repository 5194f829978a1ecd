/**
 * A golden report: one data set in which every code of every built-in rule occurs, validated with every
 * rule set (and rule sets built with options) on dates around term ends, in both locales. Every issue's
 * rule, code, severity, path and params is pinned, and the data set must keep reaching every code.
 */
import { describe, expect, it } from "vitest";
import {
  BUILT_IN_RULE_SETS,
  CAST_3PLUS1_2018,
  createValidationContext,
  structureRules,
  termRules,
  tongcheng2019,
} from "../../src/charter/index.js";
import { DEFAULT_RULES, validateAssociation, validateDataset, type RuleSet, type ValidationReport } from "../../src/charter/index.js";
import { indexDataset, type Association, type Committee, type ParsedDataset, type Locale, type Member } from "../../src/index.js";
import { baseDataset, deepFreeze, holding, person, seat } from "../charter/builder.js";
import { parsedForRules } from "../helpers/parsed.js";

function goldenDataset(): ParsedDataset {
  const d = baseDataset();
  const agency = (id: string, extra: Partial<Association> = {}): Association => ({
    id,
    name: `${id} 科协`,
    kind: "government-agency",
    divisionCode: "340881",
    hostUnit: { name: `${id} 单位` },
    parentId: "tc",
    establishedOn: "2015-01-01",
    partyApproval: { body: "党组", approvedOn: "2014-12-01" },
    charter: { adoptedOn: "2015-01-01" },
    resources: { office: true, staff: 1, funds: true },
    ...extra,
  });
  const committee = (associationId: string, seats: Committee["seats"], extra: Partial<Committee> = {}): Committee => ({
    id: `${associationId}-c1`,
    associationId,
    term: 1,
    electedOn: "2015-01-01",
    seats,
    ...extra,
  });
  const people = (associationId: string, n: number, extra: Partial<Member> = {}): Member[] =>
    Array.from({ length: n }, (_, i) => ({ ...person(`${associationId}-p${i}`, associationId), ...extra }) as Member);

  const { associations, committees, members, activities } = d;
  associations.push(
    // Everything an agency association can lack, under a town association.
    agency("ag-bad", { parentId: "tc-kongcheng", charter: undefined, resources: { office: false, staff: 0, funds: false } }),
    // A committee with every seat problem, and members with every eligibility problem.
    agency("ag-seats", {
      kind: "public-institution",
      partyApproval: { body: "党组", approvedOn: "2020-09-08" },
      congresses: [{ heldOn: "2015-01-01" }],
    }),
    // In place of an association whose parent does not exist, which parseDataset refuses: see UNKNOWN_PARENT.
    agency("ag-plain"),
    agency("ag-orphan", { parentId: undefined }),
    agency("ag-other-county", { parentId: "county2" }),
    { id: "county2", name: "另一县科协", kind: "county", divisionCode: "340882", establishedOn: "1980-01-01" },
    { id: "aq", name: "安庆市科协", kind: "prefectural", divisionCode: "3408", establishedOn: "1980-01-01" },
    { id: "v-pref", name: "直属村科协", kind: "village", divisionCode: "340881100201", parentId: "aq", establishedOn: "2019-01-01" },
    { id: "v-cyc1", name: "环一", kind: "village", divisionCode: "340881100202", parentId: "v-cyc2", establishedOn: "2019-01-01" },
    { id: "v-cyc2", name: "环二", kind: "village", parentId: "v-cyc1", establishedOn: "2019-01-01" },
    { id: "v-deep", name: "深村", kind: "village", parentId: "v-cyc2", establishedOn: "2019-01-01" },
    agency("ag-gone", { dissolvedOn: "2020-06-01" }),
    agency("ag-expiring", { congresses: [{ heldOn: "2015-11-01" }, { heldOn: "2021-01-01" }] }),
    { id: "tc-town2", name: "吕亭镇科协", kind: "township", divisionCode: "340881101", parentId: "tc", establishedOn: "2019-01-01" },
    { id: "sd", name: "历下区科协", kind: "county", divisionCode: "370102", establishedOn: "2018-01-01" },
    { id: "js", name: "玄武区科协", kind: "county", divisionCode: "320102", establishedOn: "2018-01-01" },
    {
      id: "co-only",
      name: "协办科协",
      kind: "school",
      divisionCode: "340881",
      hostUnit: { name: "学校" },
      parentId: "tc",
      establishedOn: "2019-01-01",
    },
    // Enterprise and university associations: under a town (not a local association), with no parent;
    // the enterprise under the town also without a charter. Those with an unknown parent are drafts below.
    {
      id: "ent-town",
      name: "镇企业科协",
      kind: "enterprise",
      divisionCode: "340881100",
      hostUnit: { name: "某企业" },
      parentId: "tc-kongcheng",
      establishedOn: "2019-01-01",
    },
    {
      id: "ent-orphan",
      name: "无上级企业科协",
      kind: "enterprise",
      divisionCode: "340881",
      hostUnit: { name: "某企业二" },
      establishedOn: "2019-01-01",
      charter: { adoptedOn: "2019-01-01" },
    },
    {
      id: "uni-town",
      name: "镇属高校科协",
      kind: "university",
      divisionCode: "340881100",
      hostUnit: { name: "某高校" },
      parentId: "tc-kongcheng",
      establishedOn: "2019-01-01",
    },
    {
      id: "uni-orphan",
      name: "无上级高校科协",
      kind: "university",
      divisionCode: "340881",
      hostUnit: { name: "某高校二" },
      establishedOn: "2019-01-01",
    },
  );
  members.push(
    ...people("ag-bad", 0),
    ...people("ag-seats", 6),
    { id: "ag-seats-g", associationId: "ag-seats", joinedOn: "2015-01-01", type: "group", name: "外单位", relation: "other-organisation" },
    person("ag-seats-out", "ag-seats", { worksInHostUnit: false }),
    person("ag-seats-none", "ag-seats", { titleLevel: "none", field: "administration" }),
    person("ag-seats-doctor", "ag-seats", { titleLevel: "senior", field: "medicine" }),
    person("ag-seats-left", "ag-seats", { titleLevel: "none", joinedOn: "2015-01-01", leftOn: "2016-01-01" }),
    ...people("ag-gone", 7),
    ...people("ag-expiring", 7),
    person("town2-chair", "tc-town2"),
    person("sd-1", "sd", { sectorRoles: ["hospital-director"] }),
    person("sd-2", "sd", { sectorRoles: ["central-school-principal"] }),
    person("tc-agri-2", "tc-kongcheng", { sectorRoles: ["agri-service-centre-director"] }),
    person("js-1", "js", { sectorRoles: ["school-principal", "agri-station-head", "hospital-director"] }),
  );
  const sevenFrom = (id: string): Committee["seats"] => [
    seat("chair", `${id}-p0`, "unit-leader"),
    seat("vice-chair", `${id}-p1`, "expert"),
    seat("secretary-general", `${id}-p2`),
    seat("member", `${id}-p3`),
    seat("member", `${id}-p4`),
    seat("member", `${id}-p5`),
    seat("member", `${id}-p6`),
  ];
  committees.push(
    committee("ag-seats", [
      seat("chair", "ag-seats-p0", "elected"),
      seat("chair", "ag-seats-p1", "unit-leader"),
      seat("vice-chair"),
      seat("member", "ag-seats-p2"),
      { post: "member", holdings: [holding("ag-seats-p3", "elected", { startOn: "2015-01-01", endOn: "2016-01-01" })] },
      seat("standing-member", "ag-seats-p4"),
    ]),
    committee("ag-gone", sevenFrom("ag-gone"), { electedOn: "2019-05-10" }),
    committee("ag-expiring", sevenFrom("ag-expiring"), { electedOn: "2015-11-01" }),
    committee("tc-town2", [seat("chair", "town2-chair", "unit-leader")], { electedOn: "2019-01-01" }),
    // Heads representing units of the wrong kind or from another area (warnings of every 3+1 rule).
    committee(
      "sd",
      [
        { post: "chair", holdings: [holding("sd-1", "sector-head", { onBehalfOf: { name: "历下区实验学校", kind: "school" } })] },
        { post: "member", holdings: [holding("sd-2", "sector-head", { onBehalfOf: { name: "市中区中心学校", divisionCode: "370103" } })] },
      ],
      { electedOn: "2019-01-01" },
    ),
    committee(
      "js",
      [
        {
          post: "vice-chair",
          holdings: [holding("js-1", "sector-head", { onBehalfOf: { name: "秦淮区某企业", kind: "enterprise", divisionCode: "320104" } })],
        },
      ],
      { electedOn: "2019-01-01", termYears: 3 },
    ),
  );
  const town = committees[1] as Committee;
  town.seats[1] = {
    post: "vice-chair",
    holdings: [holding("t2", "sector-head", { appointment: "concurrent", onBehalfOf: { name: "孔城镇卫生院", kind: "health-centre" } })],
  };
  town.seats.push({
    post: "vice-chair",
    holdings: [
      holding("tc-agri-2", "sector-head", {
        appointment: "seconded",
        onBehalfOf: { name: "吕亭镇农业服务中心", divisionCode: "340881101" },
      }),
    ],
  });
  activities.push(
    { id: "co-act", organizerId: "tc", coOrganizerIds: ["co-only"], type: "open-day", startsOn: "2020-06-01", participantTimes: 10 },
    { id: "old-act", organizerId: "ag-expiring", type: "open-day", startsOn: "2018-06-01", endsOn: "2019-12-01", participantTimes: 10 },
  );
  // Fields set to undefined above are removed, as a parsed data set would not have them.
  for (const a of associations)
    for (const key of Object.keys(a)) if ((a as Record<string, unknown>)[key] === undefined) delete (a as Record<string, unknown>)[key];
  return parsedForRules(deepFreeze(d));
}

const DATA = goldenDataset();
/** An association whose parent is not in the data set: only a draft (validateAssociation) can be one. */
const UNKNOWN_PARENT: Association = { ...(DATA.associations[1] as Association), id: "ag-unknown-parent", parentId: "nowhere" };
const DRAFTS: readonly Association[] = [
  UNKNOWN_PARENT,
  {
    id: "ent-lost",
    name: "上级不明企业科协",
    kind: "enterprise",
    divisionCode: "340881",
    hostUnit: { name: "某企业三" },
    parentId: "nowhere",
    establishedOn: "2019-01-01",
    charter: { adoptedOn: "2019-01-01" },
  },
  {
    id: "uni-lost",
    name: "上级不明高校科协",
    kind: "university",
    divisionCode: "340881",
    hostUnit: { name: "某高校三" },
    parentId: "nowhere",
    establishedOn: "2019-01-01",
  },
];

function lines(report: ValidationReport): string[] {
  return [
    `${report.asOf} ${report.locale} checked=${report.checked} ${JSON.stringify(report.counts)} rules=${report.rules.length}`,
    ...report.associations.flatMap((a) => [
      `${a.associationId} ${JSON.stringify(a.path)} ${JSON.stringify(a.counts)}`,
      ...a.issues.map((i) => `  ${i.rule} ${i.code} ${i.severity} ${JSON.stringify(i.path)} ${JSON.stringify(i.params)} | ${i.message}`),
    ]),
  ];
}

const RUNS: readonly { name: string; asOf: string; locale: Locale; rules: readonly RuleSet[] }[] = [
  { name: "default rules on the seed date", asOf: "2020-09-07", locale: "zh-CN", rules: [DEFAULT_RULES] },
  { name: "default rules at a term's end, in English", asOf: "2020-12-31", locale: "en", rules: [DEFAULT_RULES] },
  { name: "default rules years later", asOf: "2026-01-01", locale: "en", rules: [DEFAULT_RULES] },
  {
    name: "rule sets built with options",
    asOf: "2020-09-07",
    locale: "en",
    rules: [
      tongcheng2019({ cityAssociationId: "tc", region: null }),
      termRules({ warnMonths: 12, termYears: 4, congressYears: 4, kinds: ["government-agency", "county"] }),
      structureRules({ allowedParents: { "government-agency": ["county", "township"] }, grassrootsUnder: ["county", "prefectural"] }),
    ],
  },
  { name: "terms without a warning window", asOf: "2020-09-07", locale: "en", rules: [termRules({ warnMonths: 0 })] },
  { name: "the national 3+1 pilot", asOf: "2020-09-07", locale: "zh-CN", rules: [CAST_3PLUS1_2018] },
];

describe("the golden report", () => {
  const reports = RUNS.map((run) => validateDataset(DATA, { asOf: run.asOf, locale: run.locale, rules: run.rules }));

  it.each(RUNS.map((run, i) => [run.name, i] as const))("%s", (_name, i) => {
    expect(lines(reports[i] as ValidationReport)).toMatchSnapshot();
  });

  it("reaches every code of every built-in rule", () => {
    const context = createValidationContext(DATA);
    const drafts = RUNS.flatMap((run) =>
      DRAFTS.flatMap((draft) => validateAssociation(draft, context, { asOf: run.asOf, rules: run.rules }).issues),
    );
    const found = new Set(
      [...reports.flatMap((r) => r.associations.flatMap((a) => a.issues)), ...drafts].map((i) => `${i.rule} ${i.code}`),
    );
    const missing = BUILT_IN_RULE_SETS.flatMap((set) => set.rules.flatMap((rule) => rule.codes.map((code) => `${rule.id} ${code}`))).filter(
      (key) => !found.has(key),
    );
    expect(missing).toEqual([]);
  });

  it("counts are the sums of the issues by severity", () => {
    for (const report of reports) {
      const all = report.associations.flatMap((a) => a.issues);
      for (const severity of ["error", "warning", "info"] as const) {
        expect(report.counts[severity]).toBe(all.filter((i) => i.severity === severity).length);
        for (const a of report.associations) expect(a.counts[severity]).toBe(a.issues.filter((i) => i.severity === severity).length);
      }
      expect(report.checked).toBe(DATA.associations.length);
      expect(report.associations.every((a) => a.issues.length > 0)).toBe(true);
    }
  });

  it("validateAssociation gives each association's part of the report, from a context or an index", () => {
    const [report] = reports as [ValidationReport];
    const context = createValidationContext(indexDataset(DATA));
    for (const [position, association] of DATA.associations.entries()) {
      const one = validateAssociation(association, context, { asOf: "2020-09-07" });
      const part = report.associations.find((a) => a.associationId === association.id);
      expect(one.path).toEqual(["associations", position]);
      expect(one.issues).toEqual(part?.issues ?? []);
    }
    // An association from outside the data set has paths from itself.
    const stranger = { ...(DATA.associations[1] as Association), id: "stranger" };
    const alone = validateAssociation(stranger, createValidationContext(DATA), { asOf: "2020-09-07" });
    expect(alone.path).toEqual([]);
    expect(alone.issues.every((i) => i.path[0] !== "associations")).toBe(true);
  });
});
