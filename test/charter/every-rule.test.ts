/**
 * Every built-in rule has a passing and a failing data set here; a rule without a case fails the
 * first test.
 */
import { describe, expect, it } from "vitest";
import { BUILT_IN_RULE_SETS } from "../../src/charter/index.js";
import { DEFAULT_RULES } from "../../src/charter/index.js";
import type { ParsedDataset } from "../../src/index.js";
import { agency, agencyCommittee, AS_OF, dataset, holding, leadershipDataset, seat } from "./builder.js";
import { issuesOf, run } from "./helpers.js";

interface Case {
  readonly pass: ParsedDataset;
  readonly fail: ParsedDataset;
  readonly code: string;
  readonly asOf?: string;
}

const base = dataset();
const sanzhang = [
  { post: "chair" as const, roles: ["hospital-director" as const] },
  { post: "member" as const, roles: ["school-principal" as const] },
  { post: "standing-member" as const, roles: ["agri-station-head" as const] },
];

const CASES: Record<string, Case> = {
  "tongcheng-2019/committee-elected": {
    pass: base,
    fail: dataset((d) => void d.committees.splice(0, 1)),
    code: "charter.committee-missing",
  },
  "tongcheng-2019/committee-size": {
    pass: base,
    fail: dataset((d) => void agencyCommittee(d).seats.pop()),
    code: "charter.committee-size",
  },
  "tongcheng-2019/chair-count": {
    pass: base,
    fail: dataset((d) => void agencyCommittee(d).seats.splice(0, 1, seat("chair"), seat("member", "m1"))),
    code: "charter.chair-count",
  },
  "tongcheng-2019/vice-chair-count": {
    pass: base,
    fail: dataset((d) => void agencyCommittee(d).seats.splice(1, 1, seat("member", "m2"))),
    code: "charter.vice-chair-missing",
  },
  "tongcheng-2019/secretary-general-count": {
    pass: base,
    fail: dataset((d) => void agencyCommittee(d).seats.splice(2, 1, seat("member", "m3"))),
    code: "charter.secretary-general-count",
  },
  "tongcheng-2019/leader-basis": {
    pass: base,
    fail: dataset((d) => void agencyCommittee(d).seats.splice(1, 1, seat("vice-chair", "m2", "elected"))),
    code: "charter.leader-basis",
  },
  "tongcheng-2019/group-members": {
    pass: base,
    fail: dataset((d) => {
      d.members.push({
        id: "g2",
        associationId: "tc-health",
        joinedOn: "2019-05-10",
        type: "group",
        name: "某企业",
        relation: "other-organisation",
      });
    }),
    code: "charter.group-member-relation",
  },
  "tongcheng-2019/individual-members": {
    pass: base,
    fail: dataset((d) => {
      d.members.push({
        id: "m8",
        associationId: "tc-health",
        joinedOn: "2019-05-10",
        type: "individual",
        name: "张三",
        titleLevel: "none",
      });
    }),
    code: "charter.member-unqualified",
  },
  "tongcheng-2019/party-approval": {
    pass: base,
    fail: dataset((d) => void delete agency(d).partyApproval),
    code: "charter.party-approval-missing",
  },
  "tongcheng-2019/parent-county": {
    pass: base,
    fail: dataset((d) => void (agency(d).parentId = "tc-kongcheng")),
    code: "charter.parent-not-county",
  },
  "tongcheng-2019/charter": {
    pass: base,
    fail: dataset((d) => void delete agency(d).charter),
    code: "charter.charter-missing",
  },
  "three-plus-one/tongcheng-agri-station": {
    pass: base,
    fail: dataset((d) => {
      const town = d.committees[1]!;
      town.seats = [seat("chair", "t1", "unit-leader"), seat("member", "t2", "sector-head")];
    }),
    code: "charter.sector-head-missing",
  },
  "three-plus-one/shandong-2020": {
    pass: leadershipDataset("370102", "county", sanzhang),
    fail: leadershipDataset("370102", "county", sanzhang.slice(0, 2)),
    code: "charter.sector-head-missing",
  },
  "three-plus-one/jiangsu-4plus1": {
    pass: leadershipDataset("320102", "county", [...sanzhang, { post: "member", roles: ["tech-entrepreneur"] }]),
    fail: leadershipDataset("320102", "county", sanzhang),
    code: "charter.sector-head-missing",
  },
  "three-plus-one/cast-2018": {
    pass: leadershipDataset("440823", "county", [
      { post: "chair", roles: ["hospital-director"] },
      { post: "vice-chair", roles: ["central-school-principal"] },
      { post: "executive-vice-chair", roles: ["agri-service-centre-director"] },
    ]),
    fail: leadershipDataset("440823", "county", sanzhang),
    code: "charter.sector-head-missing",
  },
  "terms/committee-expired": {
    pass: base,
    fail: base,
    asOf: "2024-05-11",
    code: "charter.committee-expired",
  },
  "terms/congress-overdue": {
    pass: dataset((d) => void (agency(d).congresses = [{ heldOn: "2019-05-10" }])),
    fail: dataset((d) => void (agency(d).congresses = [{ heldOn: "2019-05-10" }])),
    asOf: "2024-05-11",
    code: "charter.congress-overdue",
  },
  "structure/parent-kind": {
    pass: base,
    fail: dataset((d) => void (agency(d).parentId = "tc-kongcheng")),
    code: "charter.parent-kind",
  },
  "structure/grassroots-under-county": {
    pass: base,
    fail: dataset((d) => {
      d.associations.push({ id: "ah", name: "安庆市科协", kind: "prefectural", divisionCode: "3408", establishedOn: "1980-01-01" });
      agency(d).parentId = "ah";
    }),
    code: "charter.grassroots-not-under-county",
  },
  "structure/no-seat-after-dissolution": {
    pass: dataset((d) => {
      agency(d).dissolvedOn = "2020-06-01";
      for (const s of agencyCommittee(d).seats) s.holdings = s.holdings.map((h) => holding(h.memberId, h.basis, { endOn: "2020-05-31" }));
    }),
    fail: dataset((d) => void (agency(d).dissolvedOn = "2020-06-01")),
    code: "charter.seat-after-dissolution",
  },
  "five-has/organisation": {
    pass: base,
    fail: dataset((d) => void d.committees.splice(0, 1)),
    code: "charter.five-has-organisation",
  },
  "five-has/office": {
    pass: base,
    fail: dataset((d) => void (agency(d).resources = { office: false })),
    code: "charter.five-has-office",
  },
  "five-has/staff": {
    pass: base,
    fail: dataset((d) => void (agency(d).resources = { staff: 0 })),
    code: "charter.five-has-staff",
  },
  "five-has/funds": {
    pass: base,
    fail: dataset((d) => void (agency(d).resources = { funds: false })),
    code: "charter.five-has-funds",
  },
  "five-has/activities": {
    pass: base,
    fail: dataset((d) => void d.activities.splice(0, 1)),
    code: "charter.five-has-activities",
  },
};

/** An enterprise (or university) association under the town association, or under the city one. */
function unitDataset(kind: "enterprise" | "university", parentId: string, charter = true): ParsedDataset {
  return dataset((d) => {
    d.associations.push({
      id: "unit",
      name: "某单位科协",
      kind,
      divisionCode: "340881",
      hostUnit: { name: "某单位" },
      parentId,
      establishedOn: "2019-01-01",
      ...(charter ? { charter: { adoptedOn: "2019-01-01" } } : {}),
      resources: { office: true },
    });
    d.activities.push({ id: "unit-act", organizerId: "unit", type: "expert-report", startsOn: "2020-05-30", participantTimes: 30 });
  });
}

CASES["enterprise-2008/parent-local"] = {
  pass: unitDataset("enterprise", "tc"),
  fail: unitDataset("enterprise", "tc-kongcheng"),
  code: "charter.parent-not-local",
};
CASES["enterprise-2008/charter"] = {
  pass: unitDataset("enterprise", "tc"),
  fail: unitDataset("enterprise", "tc", false),
  code: "charter.charter-missing",
};
CASES["universities/parent-local"] = {
  pass: unitDataset("university", "tc"),
  fail: unitDataset("university", "tc-kongcheng"),
  code: "charter.parent-not-local",
};

const builtIn = BUILT_IN_RULE_SETS.flatMap((set) => set.rules);

describe("every built-in rule", () => {
  it("has a passing and a failing case", () => {
    expect(Object.keys(CASES).sort()).toEqual(builtIn.map((rule) => rule.id).sort());
  });

  it("the base data set passes every default rule", () => {
    const report = run(base, [DEFAULT_RULES]);
    expect(report.associations).toEqual([]);
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 0 });
  });

  for (const rule of builtIn) {
    const c = CASES[rule.id];
    if (c === undefined) continue;
    it(`${rule.id}: passes, then fails with ${c.code}`, () => {
      expect(issuesOf(run(c.pass, [rule]), rule.id)).toEqual([]);
      const failed = issuesOf(run(c.fail, [rule], c.asOf ?? AS_OF), rule.id);
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.map((issue) => issue.code)).toContain(c.code);
      expect(rule.codes).toContain(c.code);
    });
  }
});
