/**
 * Persons, and the references to them and to approving associations: a data set with persons parses
 * and keeps them; one without stays as it was; dangling references and nameless members are reported.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatPath, indexDataset, parseDataset, type IndividualMember } from "../../src/index.js";
import { individualView, personKeyOf } from "../../src/charter/index.js";
import { deepFreeze, snapshot } from "../helpers/deep-freeze.js";

type Doc = Record<string, unknown> & {
  persons: Record<string, unknown>[];
  members: Record<string, unknown>[];
  associations: Record<string, unknown>[];
};
const fixture = (name: string): Doc => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8")) as Doc;
const codes = (doc: unknown): string[] => parseDataset(doc, { locale: "en" }).issues.map((i) => `${i.code} @ ${formatPath(i.path)}`);

describe("persons", () => {
  it("a data set with persons, appointments, units, approvals and postponements parses clean", () => {
    const input = deepFreeze(fixture("people-dataset.json"));
    const before = snapshot(input);
    const result = parseDataset(input);
    expect(result.issues).toEqual([]);
    expect(result.data?.persons?.map((p) => p.id)).toEqual(["p-chen", "p-lin", "p-wu"]);
    expect(result.data?.persons?.[0]).toBe(input.persons[0]);
    expect(input).toEqual(before);
  });

  it("old data sets still parse, and gain no persons collection", () => {
    for (const path of ["../fixtures/valid-dataset.json", "../../examples/tongcheng/dataset.json"]) {
      const result = parseDataset(JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")));
      expect(result.ok, path).toBe(true);
      expect(result.data !== undefined && "persons" in result.data, path).toBe(false);
    }
  });

  it("reports a member whose person does not exist, and one with neither a person nor a name", () => {
    const doc = fixture("people-dataset.json");
    (doc.members[0] as Record<string, unknown>)["personId"] = "p-nobody";
    delete (doc.members[1] as Record<string, unknown>)["name"];
    expect(codes(doc)).toEqual(["ref.member-person @ members[0].personId", "member.name-missing @ members[1]"]);
    const result = parseDataset(doc, { locale: "en" });
    expect(result.issues.map((i) => i.message)).toEqual([
      "member hl-1: person p-nobody does not exist",
      "individual member hl-2 has neither a name nor a person (personId)",
    ]);
  });

  it("reports duplicate person ids, but not references to a person whose record is malformed", () => {
    const doc = fixture("people-dataset.json");
    doc.persons.push({ ...doc.persons[0], name: "又一个陈某" });
    doc.persons[1] = { ...doc.persons[1], birthYear: 1800 };
    expect(codes(doc)).toEqual(["shape.too-small @ persons[1].birthYear", "id.duplicate @ persons[3].id"]);
  });

  it("reports an approving association that does not exist, in approvals and postponements", () => {
    const doc = fixture("people-dataset.json");
    const town = doc.associations[1] as { approvals: Record<string, unknown>[] };
    (town.approvals[0] as Record<string, unknown>)["associationId"] = "nowhere";
    const county = doc.associations[0] as { congressPostponements: Record<string, unknown>[] };
    (county.congressPostponements[0] as Record<string, unknown>)["associationId"] = "zj";
    expect(codes(doc)).toEqual([
      "ref.approval-association @ associations[0].congressPostponements[0].associationId",
      "ref.approval-association @ associations[1].approvals[0].associationId",
    ]);
  });

  it("a member reads its person's fields where it gives none of its own", () => {
    const parsed = parseDataset(fixture("people-dataset.json"));
    const index = indexDataset(parsed.data!);
    const view = (id: string) => individualView(index.memberById.get(id) as IndividualMember, index.personById);
    expect(view("hl-3")).toMatchObject({
      name: "林某",
      titleLevel: "associate-senior",
      sectorRoles: ["health-centre-director"],
      worksInHostUnit: false,
    });
    // The member's own field wins over the person's.
    expect(view("hl-4")).toMatchObject({ name: "吴某", field: "teaching" });
    const own = index.memberById.get("hl-2") as IndividualMember;
    expect(view("hl-2")).toBe(own);
    expect(personKeyOf(view("hl-3"))).toBe(personKeyOf(index.memberById.get("sx-1") as IndividualMember));
  });
});
