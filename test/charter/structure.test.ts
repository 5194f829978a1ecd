import { describe, expect, it } from "vitest";
import { STRUCTURE, structureRules } from "../../src/charter/index.js";
import { agency, agencyCommittee, dataset, holding } from "./builder.js";
import { issuesOf, run, runDraft } from "./helpers.js";

const KIND = "structure/parent-kind";
const GRASS = "structure/grassroots-under-county";
const DISSOLVED = "structure/no-seat-after-dissolution";

describe("parent kinds", () => {
  it("accepts a village under a town under the county", () => {
    const d = dataset((d) => {
      d.associations.push({ id: "v1", name: "某村科协", kind: "village", parentId: "tc-kongcheng", establishedOn: "2019-06-01" });
    });
    const report = run(d, [STRUCTURE]);
    expect([...issuesOf(report, KIND), ...issuesOf(report, GRASS)]).toEqual([]);
  });

  it("rejects a village under an enterprise association, and names both kinds", () => {
    const d = dataset((d) => {
      d.associations.push({ id: "e1", name: "某企业科协", kind: "enterprise", parentId: "tc", establishedOn: "2019-06-01" });
      d.associations.push({ id: "v1", name: "某村科协", kind: "village", parentId: "e1", establishedOn: "2019-06-01" });
    });
    const [issue] = issuesOf(run(d, [STRUCTURE]), KIND);
    expect(issue).toMatchObject({ path: ["associations", 4, "parentId"], params: { kind: "village", parentKind: "enterprise" } });
    expect(issue?.message).toBe("村科协不能以企业科协 e1 为上级");
  });

  it("reports a parent id that is not in the dataset, and accepts a root", () => {
    const d = dataset();
    expect(runDraft({ ...agency(d), id: "draft", parentId: "gone" }, d, [STRUCTURE]).find((i) => i.rule === KIND)?.code).toBe(
      "charter.parent-unknown",
    );
    expect(issuesOf(run(dataset(), [STRUCTURE]), KIND)).toEqual([]);
  });

  it("takes replacements of the parent table", () => {
    const d = dataset((d) => void (agency(d).parentId = "tc-kongcheng"));
    expect(issuesOf(run(d, [structureRules({ allowedParents: { "government-agency": ["township"] } })]), KIND)).toEqual([]);
  });
});

describe("grassroots under a county-level association", () => {
  it("reports a chain that reaches a prefectural association, unless that is allowed", () => {
    const d = dataset((d) => {
      d.associations.push({ id: "aq", name: "安庆市科协", kind: "prefectural", divisionCode: "3408", establishedOn: "1980-01-01" });
      agency(d).parentId = "aq";
    });
    expect(issuesOf(run(d, [STRUCTURE]), GRASS)[0]?.params).toMatchObject({ ancestorId: "aq", ancestorKind: "prefectural" });
    expect(issuesOf(run(d, [structureRules({ grassrootsUnder: ["county", "prefectural"] })]), GRASS)).toEqual([]);
  });

  it("reports a chain that ends, breaks or loops without a local association", () => {
    const orphan = dataset((d) => void delete agency(d).parentId);
    expect(issuesOf(run(orphan, [STRUCTURE]), GRASS)[0]?.params).toEqual({ reason: "no-parent" });
    const broken = runDraft({ ...agency(orphan), id: "draft", parentId: "gone" }, orphan, [STRUCTURE]).filter((i) => i.rule === GRASS);
    expect(broken[0]?.params).toEqual({ reason: "unknown-parent" });
    const loop = dataset((d) => {
      agency(d).parentId = "tc-kongcheng";
      (d.associations[2] as { parentId?: string }).parentId = "tc-health";
    });
    const issues = issuesOf(run(loop, [STRUCTURE]), GRASS);
    expect(issues.map((i) => [i.path[1], i.params.reason])).toEqual([
      [1, "cycle"],
      [2, "cycle"],
    ]);
  });
});

describe("no seat after dissolution", () => {
  it("reports each holding still open or ending on or after the dissolution day", () => {
    const d = dataset((d) => {
      agency(d).dissolvedOn = "2020-06-01";
      const seats = agencyCommittee(d).seats;
      for (const s of seats) s.holdings = s.holdings.map((h) => holding(h.memberId, h.basis, { endOn: "2020-05-31" }));
      seats[0]!.holdings = [holding("m1", "unit-leader", { endOn: "2020-06-01" })];
      seats[2]!.holdings = [holding("m3")];
    });
    const issues = issuesOf(run(d, [STRUCTURE]), DISSOLVED);
    expect(issues.map((i) => i.path)).toEqual([
      ["committees", 0, "seats", 0, "holdings", 0],
      ["committees", 0, "seats", 2, "holdings", 0],
    ]);
    expect(issues[0]?.severity).toBe("error");
  });

  it("waits until the dissolution day has come", () => {
    const d = dataset((d) => void (agency(d).dissolvedOn = "2020-09-08"));
    expect(issuesOf(run(d, [STRUCTURE]), DISSOLVED)).toEqual([]);
    expect(issuesOf(run(d, [STRUCTURE], "2020-09-08"), DISSOLVED)).toHaveLength(7);
  });
});
