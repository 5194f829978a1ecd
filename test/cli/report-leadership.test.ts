/**
 * `kexie report` judges "3+1" leadership by the rule of the data's own region: a county outside
 * Tongcheng is not held to Tongcheng's agri-station rule.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kexie } from "./kexie.js";

/** A county of Anqing (怀宁县, 340822) and two towns, whose committees seat the three heads as members. */
function huaining(): string {
  const divisions = [
    { code: "34", name: "安徽省", level: "province" },
    { code: "3408", name: "安庆市", level: "prefecture", parentCode: "34" },
    { code: "340822", name: "怀宁县", level: "county", parentCode: "3408" },
    { code: "340822100", name: "甲镇", level: "township", parentCode: "340822" },
    { code: "340822101", name: "乙镇", level: "township", parentCode: "340822" },
  ];
  const associations = [
    { id: "hn", name: "怀宁县科协", kind: "county", divisionCode: "340822", establishedOn: "1980-01-01" },
    { id: "hn-a", name: "甲镇科协", kind: "township", divisionCode: "340822100", parentId: "hn", establishedOn: "2019-03-01" },
    { id: "hn-b", name: "乙镇科协", kind: "township", divisionCode: "340822101", parentId: "hn", establishedOn: "2019-03-01" },
  ];
  const members: object[] = [];
  const committees: object[] = [];
  for (const a of associations) {
    const heads = [
      ["chair", "分管领导", undefined],
      ["member", "医院院长", "hospital-director"],
      ["member", "学校校长", "school-principal"],
      ["member", "农技站站长", "agri-station-head"],
    ] as const;
    committees.push({
      id: `${a.id}-c1`,
      associationId: a.id,
      term: 1,
      electedOn: "2019-03-01",
      seats: heads.map(([post], i) => ({ post, holdings: [{ memberId: `${a.id}-m${i}`, startOn: "2019-03-01", basis: "elected" }] })),
    });
    heads.forEach(([, name, role], i) => {
      members.push({
        id: `${a.id}-m${i}`,
        associationId: a.id,
        joinedOn: "2019-03-01",
        type: "individual",
        name: `${a.name}${name}`,
        titleLevel: "intermediate",
        ...(role === undefined ? {} : { sectorRoles: [role] }),
      });
    });
  }
  const file = join(mkdtempSync(join(tmpdir(), "kexie-huaining-")), "huaining.json");
  writeFileSync(file, JSON.stringify({ formatVersion: 1, divisions, associations, committees, members }));
  return file;
}

describe("kexie report: the 3+1 rule of the data's region", () => {
  const file = huaining();

  it("a 怀宁 data set is judged by CAST's three heads, not by Tongcheng's agri-station rule, and says so", () => {
    const run = kexie("report", file, "--as-of", "2020-06-30");
    expect(run.stdout).toContain("适用规则：中国科协“3+1”试点（2018）（cast-3plus1，全国通用）");
    expect(run.stdout).toContain("“三长”进入县、乡镇（街道）科协委员会：3/3（100.0%）");
    expect(run.stdout).not.toContain("农技站站长任乡镇（街道）科协副主席");
  });

  it("in English", () => {
    const run = kexie("report", file, "--as-of", "2020-06-30", "--locale", "en");
    expect(run.stdout).toContain('Rule applied: CAST "3+1" pilot (2018) (cast-3plus1, national)');
    expect(run.stdout).toContain("The three heads sit on county, township and sub-district committees: 3/3 (100.0%)");
  });
});
