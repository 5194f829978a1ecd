import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COLLECTIONS, DATASET_MESSAGES, ENTITY_SCHEMAS, formatPath, parseDataset } from "../../src/index.js";
import { deepFreeze, snapshot } from "../helpers/deep-freeze.js";

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"));

const summary = (issues: readonly { code: string; path: readonly (string | number)[] }[]): string[] =>
  issues.map((issue) => `${issue.code} @ ${formatPath(issue.path)}`);

describe("parseDataset on a valid dataset", () => {
  it("accepts it, fills every collection and reports nothing", () => {
    const result = parseDataset(fixture("valid-dataset.json"));
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.data?.associations).toHaveLength(4);
    expect(result.data?.activities.map((a) => a.id)).toEqual(["act-2018-001", "act-2018-002"]);
  });

  it("returns the input's own records, which zod's parse would reproduce exactly", () => {
    const input = fixture("valid-dataset.json") as Record<string, unknown[]>;
    const result = parseDataset(input);
    expect(result.data?.associations[0]).toBe(input["associations"]?.[0]);
    // The records can stand for zod's output only while entity schemas have no defaults or transforms.
    for (const name of COLLECTIONS) {
      for (const record of input[name] ?? []) expect(ENTITY_SCHEMAS[name].parse(record)).toEqual(record);
    }
  });

  it("fills left-out collections with empty arrays", () => {
    const result = parseDataset({ formatVersion: 1 });
    expect(result.ok).toBe(true);
    expect(result.data).toEqual({
      formatVersion: 1,
      divisions: [],
      associations: [],
      committees: [],
      members: [],
      activities: [],
      facilities: [],
      outputs: [],
    });
  });

  it("neither changes nor trips over a deep-frozen input", () => {
    const input = deepFreeze(fixture("valid-dataset.json"));
    const before = snapshot(input);
    expect(parseDataset(input).ok).toBe(true);
    expect(input).toEqual(before);
  });
});

// Every fault planted in faulty-dataset.json, with the issue each must produce: nothing more, nothing less.
const EXPECTED_FAULTS = [
  // Shapes, in collection then record order.
  ["shape.invalid-format", "divisions[9].code", "a village code of 11 digits"],
  ["shape.invalid-value", "associations[7].kind", "an unknown association kind"],
  ["shape.invalid-format", "associations[8].id", "an id of __proto__"],
  ["shape.unknown-key", "associations[9].__proto__", "a __proto__ key"],
  ["shape.invalid-format", "associations[10].establishedOn", "29 February in a common year"],
  ["shape.too-big", "associations[12].name", "a 201-character name"],
  ["shape.invalid-union", "members[7].type", "an unknown member type"],
  ["shape.unknown-key", "members[8].secretary", "an unknown field"],
  ["shape.too-small", "activities[5].participantTimes", "a negative participant count"],
  ["shape.invalid-type", "activities[6].participantTimes", "a count given as a string"],
  ["shape.too-small", "facilities[4].count", "a facility standing for no unit"],
  ["shape.invalid-value", "outputs[2].kind", "an unknown output kind"],
  // Ids.
  ["id.duplicate", "divisions[10].code", "a division code used twice"],
  ["id.duplicate", "associations[4].id", "an association id used twice"],
  ["id.duplicate", "members[4].id", "a member id used twice"],
  ["id.duplicate", "facilities[5].id", "a facility id used twice"],
  // Divisions.
  ["division.code-prefix", "divisions[7].code", "a village code under the wrong township prefix"],
  ["division.level-mismatch", "divisions[8].level", "a 9-digit code labelled as a village"],
  ["ref.division-parent", "divisions[11].parentCode", "a parent division not in the list"],
  // Associations.
  ["ref.association-parent", "associations[5].parentId", "a missing parent association"],
  ["ref.association-division", "associations[6].divisionCode", "a division code not in the list"],
  ["date.order", "associations[11].dissolvedOn", "dissolved before established"],
  // Members.
  ["ref.member-association", "members[5].associationId", "a member of no known association"],
  ["date.order", "members[6].leftOn", "left before joining"],
  // Committees.
  ["ref.committee-association", "committees[1].associationId", "a committee of no known association"],
  ["ref.seat-holder", "committees[2].seats[0].holdings[0].memberId", "a seat held by no known member"],
  ["ref.seat-holder-association", "committees[2].seats[1].holdings[0].memberId", "a seat held by another association's member"],
  ["date.order", "committees[2].seats[2].holdings[0].endOn", "a holding that ends before it starts"],
  // Activities.
  ["ref.activity-organizer", "activities[2].organizerId", "an activity of no known organiser"],
  ["ref.activity-co-organizer", "activities[3].coOrganizerIds[1]", "an unknown co-organiser"],
  ["date.order", "activities[4].endsOn", "an activity that ends before it starts"],
  // Facilities and outputs.
  ["ref.facility-association", "facilities[1].associationId", "a facility of no known association"],
  ["ref.facility-division", "facilities[2].divisionCode", "a facility in a division not in the list"],
  ["date.order", "facilities[3].withdrawnOn", "a designation withdrawn before it was made"],
  ["ref.output-association", "outputs[1].associationId", "an output of no known association"],
] as const;

describe("parseDataset on a dataset with every kind of fault", () => {
  it(`reports exactly the ${EXPECTED_FAULTS.length} planted faults, with their codes and paths`, () => {
    const result = parseDataset(deepFreeze(fixture("faulty-dataset.json")));
    expect(result.ok).toBe(false);
    expect(result.data).toBeUndefined();
    expect(summary(result.issues)).toEqual(EXPECTED_FAULTS.map(([code, path]) => `${code} @ ${path}`));
    expect(new Set(EXPECTED_FAULTS.map(([code]) => code)).size).toBeGreaterThanOrEqual(20);
  });

  it("gives every issue a message in the locale asked for, and the params it was built from", () => {
    const zh = parseDataset(fixture("faulty-dataset.json"));
    const en = parseDataset(fixture("faulty-dataset.json"), { locale: "en" });
    expect(summary(en.issues)).toEqual(summary(zh.issues));
    const dangling = en.issues.find((i) => i.code === "ref.member-association");
    expect(dangling?.message).toBe("member m-ghost: association no-such-association does not exist");
    expect(zh.issues.find((i) => i.code === "ref.member-association")?.message).toBe("会员 m-ghost 所属科协 no-such-association 不存在");
    expect(dangling?.params).toEqual({ id: "m-ghost", ref: "no-such-association" });
    for (const issue of [...zh.issues, ...en.issues]) {
      expect(issue.message).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(issue.severity).toBe("error");
    }
  });

  it("changes no prototype when fed __proto__ ids and keys", () => {
    const result = parseDataset(fixture("faulty-dataset.json"));
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});

describe("parseDataset on documents that are not datasets", () => {
  it.each([
    ["null", null],
    ["a number", 42],
    ["a string", "dataset"],
    ["an array", []],
  ])("reports %s as a wrong type at the root", (_name, input) => {
    const result = parseDataset(input);
    expect(result.ok).toBe(false);
    expect(summary(result.issues)).toEqual(["shape.invalid-type @ "]);
  });

  it("stops at an unsupported format version, saying which", () => {
    const result = parseDataset({ formatVersion: 2, associations: "not read" }, { locale: "en" });
    expect(summary(result.issues)).toEqual(["dataset.unsupported-version @ formatVersion"]);
    expect(result.issues[0]?.message).toBe("unsupported format version 2; this release reads version 1");
  });

  it("reports a missing format version, unknown top-level keys and a collection that is not an array", () => {
    const result = parseDataset({ associations: {}, extra: true });
    expect(summary(result.issues)).toEqual([
      "shape.invalid-value @ formatVersion",
      "shape.unknown-key @ extra",
      "shape.invalid-type @ associations",
    ]);
  });

  it("reports a 10 MB name as too long without echoing it back", () => {
    const name = "科".repeat(10_000_000);
    const result = parseDataset({
      formatVersion: 1,
      associations: [{ id: "a", name, kind: "county", establishedOn: "2020-01-01" }],
    });
    expect(summary(result.issues)).toEqual(["shape.too-big @ associations[0].name"]);
    expect(result.issues[0]?.message.length).toBeLessThan(500);
  });

  it("reports a record or a document that throws when read, and reads the rest", () => {
    const throwing = (record: object, key: string): object =>
      Object.defineProperty({ ...record }, key, {
        enumerable: true,
        get() {
          throw new Error("locked");
        },
      });
    const sound = { id: "a", name: "科协", kind: "county", establishedOn: "2020-01-01" };
    const result = parseDataset({ formatVersion: 1, associations: [throwing(sound, "id"), { ...sound, id: "b" }] }, { locale: "en" });
    expect(summary(result.issues)).toEqual(["shape.unreadable @ associations[0]"]);
    expect(result.issues[0]?.message).toBe("associations[0]: reading it failed (locked), so it cannot be checked");

    const document = parseDataset(throwing({ formatVersion: 1 }, "associations"));
    expect(document.ok).toBe(false);
    expect(summary(document.issues)).toEqual(["shape.unreadable @ "]);
    expect(document.issues[0]?.message).toBe("$：读取时出错（locked），无法检查");
  });

  it("collects 100,000 issues from 100,000 bad records", () => {
    const activities = Array.from({ length: 100_000 }, (_, i) => ({
      id: `a${i}`,
      organizerId: "x",
      type: "open-day",
      startsOn: "2018-01-01",
      participantTimes: -1,
    }));
    const result = parseDataset({ formatVersion: 1, activities });
    expect(result.issues).toHaveLength(100_000);
    expect(result.issues.every((i) => i.code === "shape.too-small")).toBe(true);
  });
});

describe("parseDataset on dates outside 1900-01-01..2099-12-31", () => {
  const association = (dates: Record<string, unknown>) => ({
    id: "a",
    name: "科协",
    kind: "county",
    establishedOn: "1958-09-01",
    ...dates,
  });

  it("accepts the first and the last day, and takes its quick path for them", () => {
    const record = association({ establishedOn: "1900-01-01", dissolvedOn: "2099-12-31", congresses: [{ heldOn: "2000-02-29" }] });
    expect(parseDataset({ formatVersion: 1, associations: [record] }).issues).toEqual([]);
    expect(ENTITY_SCHEMAS.associations.safeParse(association({ establishedOn: "1899-12-31" })).success).toBe(false);
  });

  it("reports every other real day as date.out-of-range at the field, in both locales", () => {
    const doc = {
      formatVersion: 1,
      associations: [association({ establishedOn: "1899-12-31" }), association({ id: "b", congresses: [{ heldOn: "2100-01-01" }] })],
      committees: [{ id: "c", associationId: "a", term: 1, electedOn: "0019-05-10", seats: [] }],
      members: [{ id: "m", associationId: "a", type: "group", name: "组", relation: "internal-department", joinedOn: "9999-12-31" }],
      activities: [{ id: "x", organizerId: "a", type: "open-day", startsOn: "2018-01-01", endsOn: "0000-02-29", participantTimes: 1 }],
    };
    const en = parseDataset(doc, { locale: "en" });
    expect(en.ok).toBe(false);
    expect(summary(en.issues)).toEqual([
      "date.out-of-range @ associations[0].establishedOn",
      "date.out-of-range @ associations[1].congresses[0].heldOn",
      "date.out-of-range @ committees[0].electedOn",
      "date.out-of-range @ members[0].joinedOn",
      "date.out-of-range @ activities[0].endsOn",
    ]);
    expect(en.issues[0]).toMatchObject({
      severity: "error",
      message: "associations[0].establishedOn: the date must be from 1900-01-01 to 2099-12-31",
      params: { where: "associations[0].establishedOn", from: "1900-01-01", to: "2099-12-31" },
    });
    expect(parseDataset(doc).issues[0]?.message).toBe("associations[0].establishedOn：日期须在 1900-01-01 至 2099-12-31 之间");
  });

  it("reports a malformed date once, as a format issue, whatever its year", () => {
    for (const establishedOn of ["1899-02-30", "2019-02-29", "20190-05-10", "abc"]) {
      const result = parseDataset({ formatVersion: 1, associations: [association({ establishedOn })] });
      expect(summary(result.issues), establishedOn).toEqual(["shape.invalid-format @ associations[0].establishedOn"]);
    }
  });
});

describe("DATASET_MESSAGES", () => {
  it("has a non-empty message in zh-CN and en for every code", () => {
    for (const [code, templates] of Object.entries(DATASET_MESSAGES)) {
      expect(templates["zh-CN"], code).toMatch(/\S/);
      expect(templates.en, code).toMatch(/\S/);
    }
  });
});
