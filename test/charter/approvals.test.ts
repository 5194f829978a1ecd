/**
 * Approvals: an establishment approved by a Party organisation in `approvals` satisfies the Party
 * rule as `partyApproval` does (an association's 批复 does not); an approved congress postponement moves
 * the congress and term deadlines to its new date, and only once it is approved.
 */
import { describe, expect, it } from "vitest";
import { TERMS_AND_CONGRESSES, TONGCHENG_2019, isApprovedBy, postponedUntil } from "../../src/charter/index.js";
import { dormantAssociations } from "../../src/metrics/index.js";
import type { CongressPostponement } from "../../src/index.js";
import { agency, dataset } from "./builder.js";
import { issuesOf, run } from "./helpers.js";

const PARTY = "tongcheng-2019/party-approval";
const TERM = "terms/committee-expired";
const CONGRESS = "terms/congress-overdue";

describe("establishment approvals", () => {
  it("accepts a Party organisation's approval recorded in approvals", () => {
    const d = dataset((d) => {
      delete agency(d).partyApproval;
      agency(d).approvals = [{ authority: "party-organisation", body: "中共桐城市卫生健康委员会党组", approvedOn: "2019-04-20" }];
    });
    expect(issuesOf(run(d, [TONGCHENG_2019]), PARTY)).toEqual([]);
  });

  it("does not take an association's 批复, or an approval dated after asOf, for the Party's", () => {
    const byAssociation = dataset((d) => {
      delete agency(d).partyApproval;
      agency(d).approvals = [{ authority: "association", body: "桐城市科协", associationId: "tc", approvedOn: "2019-04-20" }];
    });
    expect(issuesOf(run(byAssociation, [TONGCHENG_2019]), PARTY).map((i) => i.code)).toEqual(["charter.party-approval-missing"]);
    const late = dataset((d) => {
      delete agency(d).partyApproval;
      agency(d).approvals = [{ authority: "party-organisation", body: "党组", approvedOn: "2020-09-08" }];
    });
    expect(issuesOf(run(late, [TONGCHENG_2019]), PARTY)).toHaveLength(1);
  });

  it("isApprovedBy reads both fields, by authority and date", () => {
    const records = {
      partyApproval: { approvedOn: "2019-01-01" },
      approvals: [{ authority: "association" as const, approvedOn: "2019-06-01" }],
    };
    expect(isApprovedBy(records, ["association"], "2019-05-31")).toBe(false);
    expect(isApprovedBy(records, ["association"], "2019-06-01")).toBe(true);
    expect(isApprovedBy(records, ["party-organisation"], "2019-01-01")).toBe(true);
    expect(isApprovedBy(records, ["government"], "2030-01-01")).toBe(false);
  });
});

describe("congress postponements", () => {
  // The agency association's committee (elected 2019-05-10) ends its term on 2024-05-10.
  const postponed = (p: Partial<CongressPostponement> = {}) =>
    dataset((d) => {
      agency(d).congresses = [{ heldOn: "2019-05-10" }];
      agency(d).congressPostponements = [
        { authority: "association", body: "桐城市科协", associationId: "tc", approvedOn: "2024-03-01", postponedTo: "2024-12-31", ...p },
      ];
    });
  const agencyIssues = (d: ReturnType<typeof postponed>, rule: string, asOf: string) =>
    // The agency association is associations[1]; its committee is committees[0].
    issuesOf(run(d, [TERMS_AND_CONGRESSES], asOf), rule).filter((i) => i.path[1] === (i.path[0] === "associations" ? 1 : 0));

  it("keeps the congress and the term from being overdue until the approved date", () => {
    const d = postponed();
    // Without the postponement both would be errors from 2024-05-11; with it, the warning starts six
    // months before the new date.
    expect(agencyIssues(d, CONGRESS, "2024-06-01")).toEqual([]);
    expect(agencyIssues(d, TERM, "2024-06-01")).toEqual([]);
    expect(agencyIssues(d, CONGRESS, "2024-07-01").map((i) => i.code)).toEqual(["charter.congress-due"]);
    expect(agencyIssues(d, TERM, "2024-07-01").map((i) => i.code)).toEqual(["charter.committee-expiring"]);
    expect(agencyIssues(d, CONGRESS, "2024-12-31")[0]?.params).toMatchObject({ dueOn: "2024-12-31", postponedTo: "2024-12-31" });
    expect(agencyIssues(d, CONGRESS, "2025-01-01")[0]).toMatchObject({ code: "charter.congress-overdue", severity: "error" });
    expect(agencyIssues(d, TERM, "2025-01-01")[0]).toMatchObject({
      code: "charter.committee-expired",
      params: { termEnd: "2024-12-31", postponedTo: "2024-12-31" },
    });
  });

  it("counts only once approved, and never shortens the cycle", () => {
    const later = postponed({ approvedOn: "2024-06-15" });
    expect(agencyIssues(later, CONGRESS, "2024-06-01").map((i) => i.code)).toEqual(["charter.congress-overdue"]);
    expect(agencyIssues(later, CONGRESS, "2024-06-15")).toEqual([]);
    const earlier = postponed({ postponedTo: "2023-01-01" });
    expect(agencyIssues(earlier, CONGRESS, "2024-05-10")[0]?.params).toMatchObject({ dueOn: "2024-05-10" });
  });

  it("ignores a postponement of an earlier cycle", () => {
    expect(
      postponedUntil({ congressPostponements: [{ approvedOn: "2014-01-01", postponedTo: "2014-06-30" }] }, "2014-06-30", "2024-06-01"),
    ).toBeUndefined();
    expect(postponedUntil({}, "2019-01-01", "2024-06-01")).toBeUndefined();
  });

  it("keeps a postponed committee from counting as dormant", () => {
    const d = postponed();
    const dormant = (asOf: string) =>
      dormantAssociations(d, { asOf, months: 24, kinds: ["government-agency"] }).associations.find((a) => a.id === "tc-health");
    expect(dormant("2024-06-01")?.reasons ?? []).not.toContain("committee-expired");
    expect(dormant("2025-01-01")?.termEndsOn).toBe("2024-12-31");
    expect(dormant("2025-01-01")?.reasons).toContain("committee-expired");
  });
});
