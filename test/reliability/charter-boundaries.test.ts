/**
 * Day boundaries of the charter's date logic: deadlines and their warning windows, membership on the
 * day it starts and ends, approvals and charters dated on the day asked about, congresses held on it.
 */
import { describe, expect, it } from "vitest";
import { TERMS_AND_CONGRESSES, TONGCHENG_2019, createValidationContext, deadlineStatus, termRules } from "../../src/charter/index.js";
import { currentMembers, isMemberOn } from "../../src/index.js";
import { deadlineStatusWith } from "../../src/charter/rules/deadline.js";
import { agency, dataset, person } from "../charter/builder.js";
import { issuesOf, run } from "../charter/helpers.js";

describe("deadlineStatus", () => {
  it("is ok before the window, due-soon inside it, overdue the day after the last valid day", () => {
    expect(deadlineStatus("2020-12-31", "2020-06-30", 6)).toBe("ok");
    expect(deadlineStatus("2020-12-31", "2020-07-01", 6)).toBe("due-soon");
    expect(deadlineStatus("2020-12-31", "2020-12-31", 6)).toBe("due-soon");
    expect(deadlineStatus("2020-12-31", "2021-01-01", 6)).toBe("overdue");
    expect(deadlineStatus("2020-12-31", "2020-12-31", 0)).toBe("ok");
    expect(deadlineStatus("2020-12-31", "2021-01-01", 0)).toBe("overdue");
    // A negative window is no window but a mistake: it is refused, not read as 0.
    expect(() => deadlineStatus("2020-12-31", "2020-12-30", -1)).toThrow(
      /^deadlineStatus: arguments\.warnMonths must be a whole number from 0 to 240; got -1$/,
    );
    expect(deadlineStatus("2020-12-31", "2020-12-30", 1)).toBe("due-soon");
  });

  it("gives the same answers from one function asked many times", () => {
    const status = deadlineStatusWith(3);
    expect([
      status("2021-03-31", "2020-12-31"),
      status("2021-03-31", "2021-01-01"),
      status("2021-03-31", "2020-12-31"),
      status("2020-03-31", "2020-01-01"),
    ]).toEqual(["ok", "due-soon", "ok", "due-soon"]);
  });
});

describe("membership on a day", () => {
  it("starts on the day joined and ends the day before leaving", () => {
    const m = { joinedOn: "2020-01-10", leftOn: "2020-02-10" };
    expect(isMemberOn(m, "2020-01-09")).toBe(false);
    expect(isMemberOn(m, "2020-01-10")).toBe(true);
    expect(isMemberOn(m, "2020-02-09")).toBe(true);
    expect(isMemberOn(m, "2020-02-10")).toBe(false);
    expect(isMemberOn({ joinedOn: "2020-01-10" }, "2099-01-01")).toBe(true);
  });

  it("currentMembers lists the members of a type on the day, with their dataset paths", () => {
    const d = dataset((d) => {
      d.members.push(person("late", "tc-health", { joinedOn: "2020-09-08" }), person("gone", "tc-health", { leftOn: "2020-09-07" }));
    });
    const context = createValidationContext(d);
    const input = { association: agency(d), context, asOf: "2020-09-07" };
    expect(currentMembers(input, "individual").map((f) => [f.member.id, f.path])).toEqual([
      ["m1", ["members", 0]],
      ["m2", ["members", 1]],
      ["m3", ["members", 2]],
      ["m4", ["members", 3]],
      ["m5", ["members", 4]],
      ["m6", ["members", 5]],
      ["m7", ["members", 6]],
    ]);
    expect(currentMembers(input, "group").map((f) => f.member.id)).toEqual(["g1"]);
  });
});

describe("dates on the day asked about", () => {
  it("an approval or a charter dated on asOf counts", () => {
    const d = dataset((d) => {
      agency(d).partyApproval = { body: "党组", approvedOn: "2020-09-07" };
      agency(d).charter = { adoptedOn: "2020-09-07" };
    });
    const report = run(d, [TONGCHENG_2019]);
    expect(issuesOf(report, "tongcheng-2019/party-approval")).toEqual([]);
    expect(issuesOf(report, "tongcheng-2019/charter")).toEqual([]);
    const later = run(d, [TONGCHENG_2019], "2020-09-06");
    expect(issuesOf(later, "tongcheng-2019/party-approval").map((i) => i.code)).toEqual(["charter.party-approval-missing"]);
  });

  it("a congress held on asOf counts, a later one does not, and the latest held counts", () => {
    const withCongresses = (heldOn: readonly string[]) => dataset((d) => void (agency(d).congresses = heldOn.map((h) => ({ heldOn: h }))));
    const codes = (heldOn: readonly string[], asOf: string): string[] =>
      issuesOf(run(withCongresses(heldOn), [TERMS_AND_CONGRESSES], asOf), "terms/congress-overdue").map(
        (i) => `${i.code} ${i.params["since"]}`,
      );
    // The agency association was established on 2019-05-10; congresses are due every five years.
    expect(codes(["2019-06-01"], "2024-06-02")).toEqual(["charter.congress-overdue 2019-06-01"]);
    expect(codes(["2019-06-01"], "2024-06-01")).toEqual(["charter.congress-due 2019-06-01"]);
    expect(codes(["2019-06-01", "2024-06-02"], "2024-06-02")).toEqual([]);
    expect(codes(["2019-06-01", "2024-06-03"], "2024-06-02")).toEqual(["charter.congress-overdue 2019-06-01"]);
    expect(codes(["2020-01-01", "2019-06-01", "2019-08-01"], "2025-01-02")).toEqual(["charter.congress-overdue 2020-01-01"]);
    expect(codes(["2019-06-01", "2019-06-01"], "2024-06-02")).toEqual(["charter.congress-overdue 2019-06-01"]);
    // A congress before the association was established does not count: the cycle runs from its founding.
    expect(codes(["2015-01-01"], "2024-05-11")).toEqual(["charter.congress-overdue 2019-05-10"]);
  });

  it("a term's warning window follows warnMonths", () => {
    // The base committee was elected on 2019-05-10 for 5 years: its term ends 2024-05-10.
    const codes = (asOf: string, warnMonths?: number): string[] =>
      issuesOf(
        run(dataset(), [warnMonths === undefined ? TERMS_AND_CONGRESSES : termRules({ warnMonths })], asOf),
        "terms/committee-expired",
      )
        .filter((i) => i.path[1] === 0)
        .map((i) => i.code);
    expect(codes("2023-11-10")).toEqual([]);
    expect(codes("2023-11-11")).toEqual(["charter.committee-expiring"]);
    expect(codes("2023-11-11", 1)).toEqual([]);
    expect(codes("2024-04-11", 1)).toEqual(["charter.committee-expiring"]);
    expect(codes("2024-05-11", 0)).toEqual(["charter.committee-expired"]);
    expect(codes("2024-05-09", 0)).toEqual([]);
  });
});
