/**
 * Facts across records that parseDataset checks: parent cycles, divisions inside their parent's, kinds
 * that fit their code's level, and committees, seats and activities within the lives of the records
 * they belong to. Each fact has a failing case and the boundary case that passes.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DATASET_MESSAGES,
  formatPath,
  isWithinDivision,
  parseDataset,
  trimDivisionCode,
  type Issue,
  type Locale,
} from "../../src/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";
import { paramsOf } from "../helpers/params.js";

type Rec = Record<string, unknown>;

const association = (id: string, extra: Rec = {}): Rec => ({
  id,
  name: `${id} 科协`,
  kind: "society",
  establishedOn: "2019-01-01",
  ...extra,
});
const member = (id: string, associationId: string, extra: Rec = {}): Rec => ({
  id,
  associationId,
  joinedOn: "2019-01-01",
  type: "individual",
  name: id,
  titleLevel: "senior",
  ...extra,
});
const committee = (id: string, associationId: string, extra: Rec = {}): Rec => ({
  id,
  associationId,
  term: 1,
  electedOn: "2019-01-01",
  seats: [],
  ...extra,
});
const activity = (id: string, organizerId: string, extra: Rec = {}): Rec => ({
  id,
  organizerId,
  type: "open-day",
  startsOn: "2019-01-01",
  participantTimes: 10,
  ...extra,
});

function parse(doc: Rec, locale: Locale = "en") {
  return parseDataset(deepFreeze({ formatVersion: 1, ...doc }), { locale });
}

/** `code @ path` for every issue, as people read them. */
const summary = (issues: readonly Issue[]): string[] => issues.map((issue) => `${issue.code} @ ${formatPath(issue.path)}`);

describe("a cycle of parent links", () => {
  it("is reported once, as a cycle, with its ids in parent order from the record that comes first", () => {
    // c → a → b → c, listed c, a, b; d hangs under the cycle and e is a root.
    const result = parse({
      associations: [
        association("c", { parentId: "a" }),
        association("a", { parentId: "b" }),
        association("b", { parentId: "c" }),
        association("d", { parentId: "b" }),
        association("e"),
      ],
    });
    expect(result.ok).toBe(false);
    expect(summary(result.issues)).toEqual(["association.parent-cycle @ associations[0].parentId"]);
    const [issue] = result.issues;
    expect(issue?.severity).toBe("error");
    expect(issue?.params).toEqual({ id: "c", cycle: ["c", "a", "b", "c"], cyclePath: "c → a → b → c", count: 3 });
    expect(issue?.message).toBe("association parent links form a cycle: c → a → b → c (3 associations)");
  });

  it("names itself when an association is its own parent", () => {
    const result = parse({ associations: [association("root"), association("self", { parentId: "self" })] }, "zh-CN");
    expect(summary(result.issues)).toEqual(["association.parent-cycle @ associations[1].parentId"]);
    expect(result.issues[0]?.message).toBe("科协的上级（业务指导）关系构成循环：self → self（1 个科协）");
  });

  it("reports two separate cycles once each, in input order, and nothing for what hangs under them", () => {
    const result = parse({
      associations: [
        association("x1", { parentId: "x2" }),
        association("y1", { parentId: "y2" }),
        association("x2", { parentId: "x1" }),
        association("y2", { parentId: "y3" }),
        association("y3", { parentId: "y1" }),
        association("under-y", { parentId: "y3" }),
        association("chain", { parentId: "root" }),
        association("root"),
      ],
    });
    expect(summary(result.issues)).toEqual([
      "association.parent-cycle @ associations[0].parentId",
      "association.parent-cycle @ associations[1].parentId",
    ]);
    expect(result.issues.map((issue) => paramsOf(issue)["cycle"])).toEqual([
      ["x1", "x2", "x1"],
      ["y1", "y2", "y3", "y1"],
    ]);
  });

  it("shortens a long cycle in the message and keeps it whole in the params", () => {
    const n = 5_000;
    const associations = Array.from({ length: n }, (_, i) => association(`n${i}`, { parentId: `n${(i + 1) % n}` }));
    const result = parse({ associations });
    expect(result.issues).toHaveLength(1);
    expect(paramsOf(result.issues[0])["count"]).toBe(n);
    expect(paramsOf(result.issues[0])["cycle"]).toHaveLength(n + 1);
    expect(result.issues[0]?.message.length).toBeLessThan(300);
    expect(result.issues[0]?.message).toContain("n0 → n1 → ");
  });

  it("is not made by a dangling parent, a duplicate id or a parent that failed its shape check", () => {
    const result = parse({
      associations: [
        association("a", { parentId: "b" }),
        association("b", { parentId: "gone" }),
        association("a", { parentId: "a" }),
        { id: "bad", kind: "nonsense", parentId: "a" },
        association("c", { parentId: "bad" }),
      ],
    });
    expect(result.issues.map((issue) => issue.code)).not.toContain("association.parent-cycle");
  });
});

describe("a child's division inside its parent's", () => {
  const pair = (parentCode: string | undefined, childCode: string | undefined) =>
    parse({
      associations: [
        association("parent", parentCode === undefined ? {} : { divisionCode: parentCode }),
        association("child", { parentId: "parent", ...(childCode === undefined ? {} : { divisionCode: childCode }) }),
      ],
    });

  it("reports an Anhui town under a Shanghai district, naming both records", () => {
    const result = pair("310115", "340881100");
    expect(summary(result.issues)).toEqual(["association.division-outside-parent @ associations[1].divisionCode"]);
    expect(result.issues[0]?.severity).toBe("error");
    expect(result.issues[0]?.params).toEqual({
      id: "child",
      divisionCode: "340881100",
      ref: "parent",
      refPath: "associations[0]",
      refDivisionCode: "310115",
    });
    expect(result.issues[0]?.message).toBe("association child: division 340881100 is not inside division 310115 of its parent parent");
  });

  it("reports a child whose code names a larger unit than its parent's", () => {
    expect(summary(pair("340881100", "340881").issues)).toEqual(["association.division-outside-parent @ associations[1].divisionCode"]);
  });

  it("accepts the same code, a code inside, zero-padded codes, and a pair where either code is absent", () => {
    for (const [parent, child] of [
      ["340881", "340881"],
      ["34", "340881100201"],
      ["340800", "340881100000"],
      ["340881000000", "340881100"],
      [undefined, "340881"],
      ["340881", undefined],
    ] as const) {
      expect(pair(parent, child).issues, `${parent} ⊇ ${child}`).toEqual([]);
    }
  });
});

describe("an association's kind and its division code's level", () => {
  const one = (kind: string, divisionCode: string) => parse({ associations: [association("a", { kind, divisionCode })] });
  const codes = (kind: string, divisionCode: string): string[] => one(kind, divisionCode).issues.map((i) => `${i.severity} ${i.code}`);

  it("reports a sub-district association on a county code, and a village association on a township code", () => {
    const result = one("subdistrict", "340881");
    expect(summary(result.issues)).toEqual(["association.kind-level @ associations[0].divisionCode"]);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.params).toMatchObject({ kind: "subdistrict", divisionCode: "340881", level: "county", expected: "township" });
    expect(result.issues[0]?.message).toBe(
      "association a is a sub-district association, but division code 340881 names a county unit; it must name a township level one",
    );
    expect(codes("village", "340881100")).toEqual(["error association.kind-level"]);
    // A 12-digit code padded with zeros names the township, not a village.
    expect(codes("village", "340881100000")).toEqual(["error association.kind-level"]);
    expect(codes("prefectural", "340881")).toEqual(["error association.kind-level"]);
    expect(codes("county", "3408")).toEqual(["error association.kind-level"]);
  });

  it("accepts each area kind on its own level, padded codes included", () => {
    for (const [kind, code] of [
      ["provincial", "34"],
      ["provincial", "340000"],
      ["prefectural", "3408"],
      ["prefectural", "340800"],
      ["county", "340881"],
      ["county", "340881000000"],
      ["subdistrict", "340881001"],
      ["township", "340881100"],
      ["township", "340881200"],
      ["township", "340881100000"],
      ["development-zone", "340881400"],
      ["development-zone", "340171"],
      ["community", "340881001001"],
      ["village", "340881100204"],
      // Codes outside the known ranges (a zone's 498 "virtual community") say nothing of the sub-kind.
      ["community", "340881400498"],
      ["village", "340881400498"],
      // Codes 400–599 are development zones and similar units, which towns and sub-districts may be.
      ["township", "340881400"],
      ["subdistrict", "340881400"],
    ] as const) {
      expect(one(kind, code).issues, `${kind} on ${code}`).toEqual([]);
    }
  });

  it("lets kinds not tied to an area carry any code, such as Tongcheng's county code", () => {
    for (const kind of [
      "enterprise",
      "government-agency",
      "public-institution",
      "school",
      "university",
      "vocational-school",
      "society",
      "national",
      "rural-technical-association",
    ]) {
      expect(one(kind, "340881").issues, kind).toEqual([]);
      expect(one(kind, "340881100204").issues, kind).toEqual([]);
    }
  });

  it("warns, without refusing the data, when the code's range means another unit of the same level", () => {
    const result = one("township", "340881001");
    expect(result.ok).toBe(true);
    expect(summary(result.issues)).toEqual(["association.kind-sub-kind @ associations[0].divisionCode"]);
    expect(result.issues[0]?.severity).toBe("warning");
    expect(result.issues[0]?.params).toMatchObject({ subKind: "subdistrict" });
    expect(result.issues[0]?.message).toBe(
      "association a is a township association, but division code 340881001 is a sub-district by its code range",
    );
    expect(codes("subdistrict", "340881100")).toEqual(["warning association.kind-sub-kind"]);
    expect(codes("development-zone", "340881100")).toEqual(["warning association.kind-sub-kind"]);
    expect(codes("community", "340881100204")).toEqual(["warning association.kind-sub-kind"]);
    expect(codes("village", "340881100001")).toEqual(["warning association.kind-sub-kind"]);
  });
});

describe("a committee within its association's life", () => {
  const run = (electedOn: string) =>
    parse({
      associations: [association("a", { establishedOn: "2019-05-10", dissolvedOn: "2023-01-01" })],
      committees: [committee("c", "a", { electedOn })],
    });

  it("reports a committee elected before its association was established, and accepts the day itself", () => {
    const result = run("2019-05-09");
    expect(summary(result.issues)).toEqual(["committee.before-established @ committees[0].electedOn"]);
    expect(result.issues[0]?.params).toEqual({
      id: "c",
      electedOn: "2019-05-09",
      ref: "a",
      refPath: "associations[0]",
      establishedOn: "2019-05-10",
    });
    expect(result.issues[0]?.message).toBe("committee c was elected on 2019-05-09, before association a was established (2019-05-10)");
    expect(run("2019-05-10").issues).toEqual([]);
  });

  it("reports a committee elected on or after the dissolution day, and accepts the day before", () => {
    const result = run("2023-01-01");
    expect(summary(result.issues)).toEqual(["committee.after-dissolved @ committees[0].electedOn"]);
    expect(result.issues[0]?.message).toBe("committee c was elected on 2023-01-01, but association a was dissolved on 2023-01-01");
    expect(run("2022-12-31").issues).toEqual([]);
  });
});

describe("committee terms", () => {
  const since2000 = { establishedOn: "2000-01-01" };
  const run = (...committees: Rec[]) => parse({ associations: [association("a", since2000), association("b", since2000)], committees });

  it("reports a later term elected before an earlier one, whatever order they are listed in", () => {
    const result = run(
      committee("c2", "a", { term: 2, electedOn: "2019-06-01" }),
      committee("c1", "a", { term: 1, electedOn: "2020-01-01" }),
    );
    expect(summary(result.issues)).toEqual(["committee.term-order @ committees[0].electedOn"]);
    expect(result.issues[0]?.params).toEqual({
      id: "c2",
      term: 2,
      electedOn: "2019-06-01",
      ref: "c1",
      refPath: "committees[1]",
      refTerm: 1,
      refElectedOn: "2020-01-01",
    });
    expect(result.issues[0]?.message).toBe("committee c2 (term 2) was elected on 2019-06-01, before committee c1 of term 1 (2020-01-01)");
  });

  it("accepts terms in date order, two terms elected on one day, and terms of different associations", () => {
    expect(run(committee("c1", "a", { term: 1 }), committee("c2", "a", { term: 2, electedOn: "2024-01-01" })).issues).toEqual([]);
    expect(run(committee("c1", "a", { term: 1 }), committee("c2", "a", { term: 2 })).issues).toEqual([]);
    expect(run(committee("a1", "a", { term: 1, electedOn: "2024-01-01" }), committee("b2", "b", { term: 2 })).issues).toEqual([]);
  });

  it("compares a term with the latest election of every earlier term, not only the one before", () => {
    const result = run(
      committee("c1", "a", { term: 1, electedOn: "2010-01-01" }),
      committee("c3", "a", { term: 3, electedOn: "2012-01-01" }),
      committee("c2", "a", { term: 2, electedOn: "2015-01-01" }),
    );
    expect(summary(result.issues)).toEqual(["committee.term-order @ committees[1].electedOn"]);
    expect(paramsOf(result.issues[0])["ref"]).toBe("c2");
  });

  it("reports a term number used twice in one association, against the first listed", () => {
    const result = run(
      committee("c1", "a", { term: 1 }),
      committee("c1-again", "a", { term: 1, electedOn: "2019-02-01" }),
      committee("b1", "b"),
    );
    expect(summary(result.issues)).toEqual(["committee.term-duplicate @ committees[1].term"]);
    expect(result.issues[0]?.params).toEqual({ id: "c1-again", term: 1, association: "a", ref: "c1", refPath: "committees[0]" });
    expect(result.issues[0]?.message).toBe("committees c1-again and c1 (committees[0]) are both term 1 of association a");
  });
});

describe("a seat within its holder's membership", () => {
  const run = (holding: Rec, membership: Rec = {}) =>
    parse({
      associations: [association("a")],
      members: [member("m", "a", { joinedOn: "2019-03-01", leftOn: "2021-03-01", ...membership })],
      committees: [committee("c", "a", { seats: [{ post: "chair", holdings: [{ memberId: "m", basis: "elected", ...holding }] }] })],
    });

  it("reports a seat held before the member joined, and accepts one from the join day", () => {
    const result = run({ startOn: "2019-02-28", endOn: "2020-01-01" });
    expect(summary(result.issues)).toEqual(["holding.before-joined @ committees[0].seats[0].holdings[0].startOn"]);
    expect(result.issues[0]?.params).toMatchObject({
      id: "c",
      ref: "m",
      refPath: "members[0]",
      startOn: "2019-02-28",
      joinedOn: "2019-03-01",
    });
    expect(result.issues[0]?.message).toBe("committee c: member m holds a seat from 2019-02-28, before joining on 2019-03-01");
    expect(run({ startOn: "2019-03-01", endOn: "2020-01-01" }).issues).toEqual([]);
  });

  it("reports a seat held on the day the member left or later, or left open, and accepts one ending the day before", () => {
    const onLeaving = run({ startOn: "2019-03-01", endOn: "2021-03-01" });
    expect(summary(onLeaving.issues)).toEqual(["holding.after-left @ committees[0].seats[0].holdings[0]"]);
    expect(onLeaving.issues[0]?.params).toMatchObject({ endOn: "2021-03-01", leftOn: "2021-03-01" });
    expect(onLeaving.issues[0]?.message).toBe("committee c: member m still holds a seat on or after 2021-03-01, the day the member left");
    expect(summary(run({ startOn: "2019-03-01" }).issues)).toEqual(["holding.after-left @ committees[0].seats[0].holdings[0]"]);
    expect(run({ startOn: "2019-03-01", endOn: "2021-02-28" }).issues).toEqual([]);
    expect(run({ startOn: "2019-03-01" }, { leftOn: undefined }).issues).toEqual([]);
  });
});

describe("an activity within its organiser's life", () => {
  const run = (dates: Rec) =>
    parse({
      associations: [association("a", { establishedOn: "2019-05-10", dissolvedOn: "2023-01-01" })],
      activities: [activity("act", "a", dates)],
    });

  it("reports an activity starting before its organiser was established, and accepts one on that day", () => {
    const result = run({ startsOn: "2019-05-09" });
    expect(summary(result.issues)).toEqual(["activity.before-established @ activities[0].startsOn"]);
    expect(result.issues[0]?.params).toEqual({
      id: "act",
      startsOn: "2019-05-09",
      ref: "a",
      refPath: "associations[0]",
      establishedOn: "2019-05-10",
    });
    expect(result.issues[0]?.message).toBe("activity act starts on 2019-05-09, before its organiser a was established (2019-05-10)");
    expect(run({ startsOn: "2019-05-10" }).issues).toEqual([]);
  });

  it("reports an activity starting on the dissolution day, and accepts one starting the day before", () => {
    const result = run({ startsOn: "2023-01-01" });
    expect(summary(result.issues)).toEqual(["activity.after-dissolved @ activities[0].startsOn"]);
    expect(result.issues[0]?.message).toBe("activity act starts on 2023-01-01, but its organiser a was dissolved on 2023-01-01");
    // The start day decides: a two-day event begun the day before the dissolution is accepted.
    expect(run({ startsOn: "2022-12-31", endsOn: "2023-01-01" }).issues).toEqual([]);
  });

  it("reports an activity that ends before it starts as date.order at its end date, and accepts a one-day event", () => {
    const result = run({ startsOn: "2020-03-02", endsOn: "2020-03-01" });
    expect(summary(result.issues)).toEqual(["date.order @ activities[0].endsOn"]);
    expect(result.issues[0]?.message).toBe("activities act: endsOn (2020-03-01) is before startsOn (2020-03-02)");
    expect(run({ startsOn: "2020-03-02", endsOn: "2020-03-02" }).issues).toEqual([]);
  });
});

describe("the Tongcheng data set", () => {
  it("has none of these faults", () => {
    const doc: unknown = JSON.parse(readFileSync(new URL("../../examples/tongcheng/dataset.json", import.meta.url), "utf8"));
    const result = parseDataset(doc);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe("every new code", () => {
  const everyFact = (locale: Locale) =>
    parse(
      {
        associations: [
          association("loop", { parentId: "loop" }),
          association("sh", { kind: "county", divisionCode: "310115" }),
          association("ah", { kind: "village", divisionCode: "340881100", parentId: "sh" }),
          association("t", { kind: "township", divisionCode: "340881001", establishedOn: "2019-05-10", dissolvedOn: "2023-01-01" }),
        ],
        members: [member("m", "t", { joinedOn: "2019-06-01", leftOn: "2020-01-01" })],
        committees: [
          committee("c1", "t", {
            electedOn: "2019-05-09",
            seats: [{ post: "chair", holdings: [{ memberId: "m", startOn: "2019-05-31", basis: "elected" }] }],
          }),
          committee("c1b", "t", { electedOn: "2023-01-01" }),
          committee("c2", "t", {
            term: 2,
            electedOn: "2019-06-01",
            seats: [{ post: "chair", holdings: [{ memberId: "m", startOn: "2019-06-01", basis: "elected" }] }],
          }),
        ],
        activities: [activity("early", "t", { startsOn: "2019-05-01" }), activity("late", "t", { startsOn: "2023-06-01" })],
      },
      locale,
    );

  it("occurs in one data set, with a message in both locales whose placeholders are all filled", () => {
    const facts = Object.keys(DATASET_MESSAGES).filter((code) =>
      /^(association|committee|holding|activity)\.(?!deprecated-type)/.test(code),
    );
    expect(facts).toHaveLength(12);
    for (const locale of ["zh-CN", "en"] as const) {
      const { issues } = everyFact(locale);
      const codes = new Set(issues.map((issue) => issue.code));
      for (const code of facts) expect(codes, code).toContain(code);
      for (const issue of issues) expect(issue.message, issue.code).not.toMatch(/\{\w+\}/);
    }
    expect(summary(everyFact("en").issues)).toEqual(summary(everyFact("zh-CN").issues));
  });
});

// Property tests against simple oracles: a walk of at most n steps for cycles, and ancestry of units
// (not of their codes) for containment.
describe("against simple oracles", () => {
  it("finds exactly the cycles a naive walk finds, in order", () => {
    const parents = fc
      .integer({ min: 1, max: 25 })
      .chain((n) => fc.array(fc.integer({ min: -2, max: n - 1 }), { minLength: n, maxLength: n }));
    fc.assert(
      fc.property(parents, (parent) => {
        const n = parent.length;
        // -1: no parent; -2: a parent that is not in the data set.
        const associations = parent.map((p, i) => association(`n${i}`, p === -1 ? {} : { parentId: p === -2 ? "missing" : `n${p}` }));
        const expected: string[][] = [];
        for (let i = 0; i < n; i += 1) {
          // i is on a cycle when walking up n steps from it comes back to it.
          let v = parent[i] as number;
          let steps = 1;
          while (v >= 0 && v !== i && steps <= n) {
            v = parent[v] as number;
            steps += 1;
          }
          if (v !== i) continue;
          const cycle = [i];
          for (let u = parent[i] as number; u !== i; u = parent[u] as number) cycle.push(u);
          // Reported once, from its first member in the input: skip it from any other member.
          if (Math.min(...cycle) !== i) continue;
          expected.push([...cycle, i].map((k) => `n${k}`));
        }
        const found = parse({ associations }).issues.filter((issue) => issue.code === "association.parent-cycle");
        expect(found.map((issue) => issue.params["cycle"])).toEqual(expected);
        expect(found.map((issue) => issue.path)).toEqual(
          expected.map((cycle) => ["associations", Number((cycle[0] as string).slice(1)), "parentId"]),
        );
      }),
      { numRuns: 300 },
    );
  });

  // A unit is the list of its own parts from the province down; its code writes them out, then maybe
  // pads with zeros to the 6-digit (GB/T 2260) or 12-digit (statistical) length.
  const WIDTHS = [2, 2, 2, 3, 3];
  const unitPart = (level: number) =>
    fc.integer({ min: 1, max: level === 0 ? 65 : 3 }).map((n) => String(n).padStart(WIDTHS[level] as number, "0"));
  const unit = fc.integer({ min: 1, max: 5 }).chain((depth) => fc.tuple(...Array.from({ length: depth }, (_, level) => unitPart(level))));
  const written = (parts: readonly string[], pad: 0 | 6 | 12): string => {
    const code = parts.join("");
    return pad > code.length ? code.padEnd(pad, "0") : code;
  };
  const pairs = fc.record({
    child: unit,
    parent: unit,
    ancestorLevels: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    childPad: fc.constantFrom(0 as const, 6 as const, 12 as const),
    parentPad: fc.constantFrom(0 as const, 6 as const, 12 as const),
  });

  it("puts a child's division inside its parent's exactly when the parent's unit is the child's or one above it", () => {
    fc.assert(
      fc.property(pairs, ({ child, parent: drawn, ancestorLevels, childPad, parentPad }) => {
        // Often take the parent as an ancestor of the child, so both answers come up.
        const parent = ancestorLevels === undefined ? drawn : child.slice(0, Math.min(ancestorLevels, child.length));
        const inside = parent.length <= child.length && parent.every((p, level) => child[level] === p);
        const childCode = written(child, childPad);
        const parentCode = written(parent, parentPad);
        expect(isWithinDivision(childCode, parentCode), `${childCode} in ${parentCode}`).toBe(inside);
        expect(trimDivisionCode(childCode)).toBe(child.join(""));
        const result = parse({
          associations: [association("p", { divisionCode: parentCode }), association("c", { parentId: "p", divisionCode: childCode })],
        });
        expect(result.issues.map((issue) => issue.code)).toEqual(inside ? [] : ["association.division-outside-parent"]);
      }),
      { numRuns: 500 },
    );
  });
});
