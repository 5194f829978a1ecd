/**
 * Rules read a member's person: the eligibility rule takes title, field and societies from it when
 * the member record leaves them out, and names the member by it.
 */
import { describe, expect, it } from "vitest";
import { TONGCHENG_2019 } from "../../src/charter/index.js";
import { dataset } from "./builder.js";
import { issuesOf, run } from "./helpers.js";

const RULE = "tongcheng-2019/individual-members";

describe("individual members described by their person", () => {
  const withPerson = (person: Record<string, unknown>) =>
    dataset((d) => {
      d.members.push({
        id: "m9",
        associationId: "tc-health",
        joinedOn: "2019-05-10",
        type: "individual",
        personId: "p9",
        worksInHostUnit: true,
      });
      d.persons = [{ id: "p9", name: "赵医生", ...person }];
    });

  it("are eligible on their person's title and field", () => {
    expect(issuesOf(run(withPerson({ titleLevel: "junior", field: "research" }), [TONGCHENG_2019]), RULE)).toEqual([]);
    expect(issuesOf(run(withPerson({ societyMemberships: ["桐城市医学会"] }), [TONGCHENG_2019]), RULE)).toEqual([]);
  });

  it("are unqualified without a recorded title, and named by their person", () => {
    const [issue, ...rest] = issuesOf(run(withPerson({ field: "research" }), [TONGCHENG_2019]), RULE);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: "charter.member-unqualified",
      params: { memberId: "m9", name: "赵医生", titleLevel: null, field: "research" },
    });
  });
});
