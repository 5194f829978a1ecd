import { describe, expect, it } from "vitest";
import { TERMS_AND_CONGRESSES, termRules } from "../../src/charter/index.js";
import { termEndOf } from "../../src/index.js";
import { agency, agencyCommittee, dataset } from "./builder.js";
import { issuesOf, run } from "./helpers.js";

const TERM = "terms/committee-expired";
const CONGRESS = "terms/congress-overdue";
const base = dataset();

describe("committee terms", () => {
  it("is valid on the last day of the term (termEndOf) and expired the day after", () => {
    expect(termEndOf(base.committees[0]!)).toBe("2024-05-10");
    const onLastDay = issuesOf(run(base, [TERMS_AND_CONGRESSES], "2024-05-10"), TERM).filter((i) => i.params.term === 1);
    expect(onLastDay.map((i) => i.severity)).not.toContain("error");
    const dayAfter = issuesOf(run(base, [TERMS_AND_CONGRESSES], "2024-05-11"), TERM)[0];
    expect(dayAfter).toMatchObject({
      code: "charter.committee-expired",
      severity: "error",
      path: ["committees", 0, "electedOn"],
      params: { termEnd: "2024-05-10" },
    });
  });

  it("warns in the last six months before expiry, not before", () => {
    const atStart = issuesOf(run(base, [TERMS_AND_CONGRESSES], "2023-11-11"), TERM)[0];
    expect(atStart).toMatchObject({ code: "charter.committee-expiring", severity: "warning" });
    expect(issuesOf(run(base, [TERMS_AND_CONGRESSES], "2023-11-10"), TERM)).toEqual([]);
    expect(issuesOf(run(base, [TERMS_AND_CONGRESSES], "2024-05-10"), TERM)[0]?.severity).toBe("warning");
  });

  it("uses the committee's own term length, then the configured default", () => {
    const three = dataset((d) => void (agencyCommittee(d).termYears = 3));
    expect(issuesOf(run(three, [TERMS_AND_CONGRESSES], "2022-05-11"), TERM)[0]?.params).toMatchObject({ termEnd: "2022-05-10" });
    const rules = termRules({ termYears: 2, warnMonths: 0 });
    expect(issuesOf(run(base, [rules], "2021-05-10"), TERM)).toEqual([]);
    expect(issuesOf(run(base, [rules], "2021-05-11"), TERM)).toHaveLength(2);
  });

  it("judges the latest committee: a re-elected association is fine", () => {
    const d = dataset((d) => {
      d.committees.push({ ...agencyCommittee(d), id: "tc-health-c2", term: 2, electedOn: "2024-05-01" });
    });
    expect(issuesOf(run(d, [TERMS_AND_CONGRESSES], "2024-06-01"), TERM).filter((i) => i.path[1] !== 1)).toEqual([]);
  });
});

describe("congresses", () => {
  it("does not check associations that record no congresses", () => {
    expect(issuesOf(run(base, [TERMS_AND_CONGRESSES], "2030-01-01"), CONGRESS)).toEqual([]);
  });

  it("counts from establishment when the recorded list is empty", () => {
    const d = dataset((d) => void (agency(d).congresses = []));
    expect(issuesOf(run(d, [TERMS_AND_CONGRESSES], "2024-05-10"), CONGRESS)[0]).toMatchObject({
      code: "charter.congress-due",
      severity: "warning",
    });
    expect(issuesOf(run(d, [TERMS_AND_CONGRESSES], "2024-05-11"), CONGRESS)[0]).toMatchObject({
      code: "charter.congress-overdue",
      severity: "error",
      path: ["associations", 1, "congresses"],
      params: { since: "2019-05-10", dueOn: "2024-05-10" },
    });
  });

  it("counts from the latest congress held by asOf, ignoring later ones", () => {
    const d = dataset((d) => void (agency(d).congresses = [{ heldOn: "2019-05-10" }, { heldOn: "2022-01-01" }, { heldOn: "2030-01-01" }]));
    expect(issuesOf(run(d, [TERMS_AND_CONGRESSES], "2026-08-01"), CONGRESS)[0]?.params).toMatchObject({
      since: "2022-01-01",
      dueOn: "2027-01-01",
    });
    const four = termRules({ congressYears: 4, warnMonths: 0 });
    expect(issuesOf(run(d, [four], "2026-01-02"), CONGRESS)[0]?.code).toBe("charter.congress-overdue");
  });
});
