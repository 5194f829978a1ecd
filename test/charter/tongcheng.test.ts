import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { individualEligibility, individualMembers, isEligibleIndividual, TONGCHENG_2019, tongcheng2019 } from "../../src/charter/index.js";
import { validateDataset } from "../../src/charter/index.js";
import type { Committee, Dataset } from "../../src/index.js";
import { agency, agencyCommittee, AS_OF, dataset, holding, person, seat } from "./builder.js";
import { issuesOf, run, runDraft } from "./helpers.js";

const SIZE = "tongcheng-2019/committee-size";

/** The agency committee with `n` seated members: chair, vice-chair, secretary-general, then members. */
function withSeated(n: number) {
  return dataset((d) => {
    const seats: Committee["seats"] = [
      seat("chair", "m1", "unit-leader"),
      seat("vice-chair", "m2", "expert"),
      seat("secretary-general", "m3"),
    ];
    for (let i = 4; i <= n; i += 1) {
      if (i > 7) d.members.push(person(`m${i}`, "tc-health"));
      seats.push(seat("member", `m${i}`));
    }
    agencyCommittee(d).seats = seats.slice(0, Math.max(n, 0));
  });
}

describe("committee size (7–9 seated members)", () => {
  it.each([7, 8, 9])("%i seated members pass", (n) => {
    expect(issuesOf(run(withSeated(n), [TONGCHENG_2019]), SIZE)).toEqual([]);
  });

  it.each([6, 10])("%i seated members fail", (n) => {
    const [issue, ...rest] = issuesOf(run(withSeated(n), [TONGCHENG_2019]), SIZE);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: "charter.committee-size",
      severity: "error",
      path: ["committees", 0, "seats"],
      params: { count: n, min: 7, max: 9 },
    });
  });

  it("passes exactly when 7 ≤ seated ≤ 9", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 14 }), (n) => {
        const failed = issuesOf(run(withSeated(n), [TONGCHENG_2019]), SIZE).length > 0;
        expect(failed).toBe(n < 7 || n > 9);
      }),
      { numRuns: 30 },
    );
  });

  it("counts a member holding two seats once, and neither vacancies nor ended holdings", () => {
    const d = dataset((d) => {
      const seats = agencyCommittee(d).seats;
      seats.push(seat("standing-member", "m1"), seat("member"));
      seats[6] = { post: "member", holdings: [holding("m7", "elected", { endOn: "2020-01-31" })] };
    });
    expect(issuesOf(run(d, [TONGCHENG_2019]), SIZE)[0]?.params).toMatchObject({ count: 6 });
  });

  it("judges the committee in office on asOf, not an earlier one", () => {
    const d = dataset((d) => {
      d.committees.push({
        id: "old",
        associationId: "tc-health",
        term: 0 + 1,
        electedOn: "2014-05-10",
        seats: [seat("chair", "m1", "unit-leader")],
      });
    });
    expect(issuesOf(run(d, [TONGCHENG_2019]), SIZE)).toEqual([]);
  });
});

describe("posts", () => {
  it("fails with no chair, pointing at the vacant chair seat", () => {
    const d = dataset((d) => void agencyCommittee(d).seats.splice(0, 1, seat("chair"), seat("member", "m1")));
    const [issue] = issuesOf(run(d, [TONGCHENG_2019]), "tongcheng-2019/chair-count");
    expect(issue).toMatchObject({ code: "charter.chair-count", path: ["committees", 0, "seats", 0], params: { count: 0 } });
  });

  it("fails with two chairs", () => {
    const d = dataset((d) => void (agencyCommittee(d).seats[6] = seat("chair", "m7", "unit-leader")));
    expect(issuesOf(run(d, [TONGCHENG_2019]), "tongcheng-2019/chair-count")[0]?.params).toMatchObject({ count: 2 });
  });

  it("fails with no vice-chair and passes with several", () => {
    const none = dataset((d) => void (agencyCommittee(d).seats[1] = seat("member", "m2")));
    expect(issuesOf(run(none, [TONGCHENG_2019]), "tongcheng-2019/vice-chair-count")[0]?.code).toBe("charter.vice-chair-missing");
    const several = dataset((d) => void (agencyCommittee(d).seats[6] = seat("vice-chair", "m7", "expert")));
    expect(issuesOf(run(several, [TONGCHENG_2019]), "tongcheng-2019/vice-chair-count")).toEqual([]);
  });

  it("fails with a vacant secretary-general seat", () => {
    const d = dataset((d) => void agencyCommittee(d).seats.splice(2, 1, seat("secretary-general"), seat("member", "m3")));
    const [issue] = issuesOf(run(d, [TONGCHENG_2019]), "tongcheng-2019/secretary-general-count");
    expect(issue).toMatchObject({ code: "charter.secretary-general-count", path: ["committees", 0, "seats", 2], params: { count: 0 } });
  });

  it("reports each chair or vice-chair who is neither unit leader nor expert, at the holding", () => {
    const d = dataset((d) => {
      const seats = agencyCommittee(d).seats;
      seats[0] = seat("chair", "m1", "elected");
      seats[1] = seat("vice-chair", "m2", "sector-head");
      seats[3] = seat("member", "m4", "other");
    });
    const issues = issuesOf(run(d, [TONGCHENG_2019]), "tongcheng-2019/leader-basis");
    expect(issues.map((i) => i.path)).toEqual([
      ["committees", 0, "seats", 0, "holdings", 0, "basis"],
      ["committees", 0, "seats", 1, "holdings", 0, "basis"],
    ]);
    expect(issues[1]?.params).toMatchObject({ memberId: "m2", post: "vice-chair", basis: "sector-head", postLabel: "副主席" });
  });
});

describe("members", () => {
  it("reports every ineligible individual member as its own issue", () => {
    const d = dataset((d) => {
      d.members.push(
        person("x1", "tc-health", { titleLevel: "none", field: "research" }),
        person("x2", "tc-health", { titleLevel: "senior", field: "medicine" }),
        person("x3", "tc-health", { worksInHostUnit: false, societyMemberships: ["某学会"] }),
        person("x4", "tc-health", { titleLevel: "none", field: "teaching" }),
      );
    });
    const issues = issuesOf(run(d, [TONGCHENG_2019]), "tongcheng-2019/individual-members");
    expect(issues.map((i) => [i.code, i.severity, i.params.memberId, i.path])).toEqual([
      ["charter.member-unqualified", "error", "x1", ["members", 10]],
      // A doctor with a title is not "teaching, research or S&T management" by the letter: a warning to check.
      ["charter.member-eligibility-uncertain", "warning", "x2", ["members", 11]],
      ["charter.member-not-in-unit", "error", "x3", ["members", 12, "worksInHostUnit"]],
      ["charter.member-unqualified", "error", "x4", ["members", 13]],
    ]);
  });

  it("reports a titled doctor, agronomist or member of unrecorded field as uncertain, and an administrator as unqualified", () => {
    const d = dataset((d) => {
      d.members.push(
        person("u1", "tc-health", { titleLevel: "senior", field: "medicine" }),
        person("u2", "tc-health", { titleLevel: "junior", field: "agriculture" }),
        person("u3", "tc-health", { titleLevel: "junior", field: undefined }),
        person("u4", "tc-health", { titleLevel: "senior", field: "administration" }),
      );
      for (const m of d.members) if (m.type === "individual" && m.field === undefined) delete (m as { field?: unknown }).field;
    });
    const issues = issuesOf(
      validateDataset(d, { asOf: AS_OF, rules: [TONGCHENG_2019], locale: "en" }),
      "tongcheng-2019/individual-members",
    );
    expect(issues.map((i) => [i.params.memberId, i.code, i.severity])).toEqual([
      ["u1", "charter.member-eligibility-uncertain", "warning"],
      ["u2", "charter.member-eligibility-uncertain", "warning"],
      ["u3", "charter.member-eligibility-uncertain", "warning"],
      ["u4", "charter.member-unqualified", "error"],
    ]);
    expect(issues[0]?.message).toBe(
      "individual member u1 (成员u1) has a senior title in medicine, outside teaching, research, S&T management, and belongs to no society: check whether the member qualifies",
    );
    expect(issues[3]?.message).toBe(
      "individual member u4 (成员u4) is neither a society member nor staff in teaching, research, S&T management with a junior or higher professional title",
    );
  });

  it("takes the qualifying and uncertain fields as options", () => {
    const d = dataset((d) => {
      d.members.push(
        person("f1", "tc-health", { titleLevel: "senior", field: "medicine" }),
        person("f2", "tc-health", { titleLevel: "senior", field: "engineering" }),
      );
    });
    const options = { id: "mine/members", source: TONGCHENG_2019.rules[0]!.source, appliesTo: { kinds: ["government-agency" as const] } };
    const medicine = individualMembers({
      ...options,
      qualifyingFields: ["teaching", "research", "st-management", "medicine"],
      uncertainFields: [],
    });
    expect(issuesOf(run(d, [medicine]), "mine/members").map((i) => [i.params.memberId, i.code])).toEqual([
      ["f2", "charter.member-unqualified"],
    ]);
    expect(individualEligibility({ titleLevel: "senior", field: "engineering" }, { uncertainFields: ["engineering"] })).toBe("uncertain");
    expect(isEligibleIndividual({ titleLevel: "senior", field: "medicine" })).toBe(false);
    expect(() => individualMembers({ ...options, qualifyingFields: ["surgery" as never] })).toThrow(/^individualMembers: qualifyingFields/);
  });

  it("accepts a society member without a title, and a member whose workplace is not recorded", () => {
    const d = dataset((d) => {
      d.members.push(person("y1", "tc-health", { titleLevel: "none", field: "other", societyMemberships: ["桐城市医学会"] }));
      const { worksInHostUnit: _drop, ...rest } = person("y2", "tc-health");
      d.members.push(rest);
    });
    expect(issuesOf(run(d, [TONGCHENG_2019]), "tongcheng-2019/individual-members")).toEqual([]);
  });

  it("does not judge members who left before asOf or join after it", () => {
    const d = dataset((d) => {
      d.members.push(person("z1", "tc-health", { titleLevel: "none", leftOn: "2020-09-07" }));
      d.members.push(person("z2", "tc-health", { titleLevel: "none", joinedOn: "2020-09-08" }));
    });
    expect(issuesOf(run(d, [TONGCHENG_2019]), "tongcheng-2019/individual-members")).toEqual([]);
  });

  it("accepts internal departments and rejects other organisations as group members", () => {
    const d = dataset((d) => {
      d.members.push({
        id: "g2",
        associationId: "tc-health",
        joinedOn: "2019-05-10",
        type: "group",
        name: "办公室",
        relation: "internal-department",
      });
      d.members.push({
        id: "g3",
        associationId: "tc-health",
        joinedOn: "2019-05-10",
        type: "group",
        name: "某公司",
        relation: "other-organisation",
      });
    });
    const issues = issuesOf(run(d, [TONGCHENG_2019]), "tongcheng-2019/group-members");
    expect(issues.map((i) => [i.params.memberId, i.path])).toEqual([["g3", ["members", 11, "relation"]]]);
  });
});

describe("approval, parent and charter", () => {
  it("treats an approval or charter dated after asOf as not yet recorded", () => {
    const d = dataset((d) => {
      agency(d).partyApproval = { body: "党组", approvedOn: "2020-09-08" };
      agency(d).charter = { adoptedOn: "2020-09-08" };
    });
    const report = run(d, [TONGCHENG_2019]);
    expect(issuesOf(report, "tongcheng-2019/party-approval")[0]?.path).toEqual(["associations", 1, "partyApproval"]);
    expect(issuesOf(report, "tongcheng-2019/charter")[0]?.path).toEqual(["associations", 1, "charter"]);
  });

  it("requires a parent that exists", () => {
    const none = dataset((d) => void delete agency(d).parentId);
    expect(issuesOf(run(none, [TONGCHENG_2019]), "tongcheng-2019/parent-county")[0]?.code).toBe("charter.parent-missing");
    const d = dataset();
    const unknown = runDraft({ ...agency(d), id: "draft", parentId: "nowhere" }, d, [TONGCHENG_2019]).filter(
      (i) => i.rule === "tongcheng-2019/parent-county",
    );
    expect(unknown[0]).toMatchObject({ code: "charter.parent-unknown", path: ["parentId"], params: { parentId: "nowhere" } });
  });

  it("can require one configured city association", () => {
    const d = dataset((d) => {
      d.associations.push({ id: "other-county", name: "某县科协", kind: "county", divisionCode: "340881", establishedOn: "1980-01-01" });
      agency(d).parentId = "other-county";
    });
    expect(issuesOf(run(d, [TONGCHENG_2019]), "tongcheng-2019/parent-county")).toEqual([]);
    const strict = tongcheng2019({ cityAssociationId: "tc" });
    expect(issuesOf(run(d, [strict]), "tongcheng-2019/parent-county")[0]).toMatchObject({
      code: "charter.parent-not-expected",
      params: { parentId: "other-county", expectedId: "tc" },
    });
  });
});

describe("scope", () => {
  const broken = (edit: (d: Dataset) => void) =>
    dataset((d) => {
      delete agency(d).charter;
      edit(d);
    });

  it("applies to public institutions too, but not to school associations", () => {
    expect(
      issuesOf(
        run(
          broken((d) => void (agency(d).kind = "public-institution")),
          [TONGCHENG_2019],
        ),
        "tongcheng-2019/charter",
      ),
    ).toHaveLength(1);
    expect(
      issuesOf(
        run(
          broken((d) => void (agency(d).kind = "school")),
          [TONGCHENG_2019],
        ),
        "tongcheng-2019/charter",
      ),
    ).toEqual([]);
  });

  it("applies in Tongcheng only, taking the region from the parent when the association has none", () => {
    expect(
      issuesOf(
        run(
          broken((d) => void delete agency(d).divisionCode),
          [TONGCHENG_2019],
        ),
        "tongcheng-2019/charter",
      ),
    ).toHaveLength(1);
    expect(
      issuesOf(
        run(
          broken((d) => void (agency(d).divisionCode = "340102")),
          [TONGCHENG_2019],
        ),
        "tongcheng-2019/charter",
      ),
    ).toEqual([]);
    const anywhere = tongcheng2019({ region: null });
    expect(
      issuesOf(
        run(
          broken((d) => void (agency(d).divisionCode = "340102")),
          [anywhere],
        ),
        "tongcheng-2019/charter",
      ),
    ).toHaveLength(1);
  });

  it("does not judge an association dissolved by asOf or not yet established", () => {
    expect(
      run(
        broken((d) => void (agency(d).dissolvedOn = "2020-09-07")),
        [TONGCHENG_2019],
      ).associations,
    ).toEqual([]);
    expect(
      run(
        broken((d) => void (agency(d).establishedOn = "2020-09-08")),
        [TONGCHENG_2019],
      ).associations,
    ).toEqual([]);
  });
});
