import { describe, expect, it } from "vitest";
import { datasetFile, kexie } from "./kexie.js";

const EN = ["--locale", "en"];
// Any control character other than the line feed that ends each line.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const divisions = [
  { code: "340881", name: "桐城市", level: "county" },
  { code: "340881100", name: "孔城镇", level: "township", parentCode: "340881" },
  // A name that tries to add a line of its own to the list of uncovered villages.
  { code: "340881100001", name: "假村\n  340881100999  伪造村", level: "village", parentCode: "340881100" },
  { code: "340881100002", name: "\u001b[2J\u001b[31m清屏村\u001b]0;title\u0007", level: "village", parentCode: "340881100" },
  { code: "340881100003", name: '=HYPERLINK("http://example.com","点击")', level: "village", parentCode: "340881100" },
  { code: "340881100004", name: "@SUM(A1:A9)", level: "village", parentCode: "340881100" },
  { code: "340881100005", name: "+1+2", level: "village", parentCode: "340881100" },
  { code: "340881100006", name: "-1+cmd|' /C calc'!A0", level: "village", parentCode: "340881100" },
  { code: "340881100007", name: "\tTab村", level: "village", parentCode: "340881100" },
  { code: "340881100008", name: "-5", level: "village", parentCode: "340881100" },
];
const town = {
  id: "town-1",
  name: "孔城镇科协\r\n  错误  伪造的错误",
  kind: "township",
  divisionCode: "340881100",
  parentId: "tc",
  establishedOn: "2019-06-01",
};
const FILE = datasetFile("forged-names.json", { divisions, associations: [town] });
// An id the data format refuses, so the parse issue about it quotes it.
const BAD_ID = datasetFile("forged-id.json", { divisions, associations: [{ ...town, id: "town\u001b[0m" }] });

describe("kexie text output cannot be forged by the data", () => {
  it("coverage shows line breaks and escape sequences in names as escapes, one line per unit", () => {
    const run = kexie("coverage", FILE, "--scope", "340881", "--as-of", "2020-09-07", ...EN);
    expect(run.stderr).toBe("");
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stdout).toContain("  340881100001  假村\\n  340881100999  伪造村\n");
    expect(run.stdout).toContain("  340881100002  \\u001b[2J\\u001b[31m清屏村\\u001b]0;title\\u0007\n");
    expect(run.stdout).toContain("  340881100007  \\tTab村\n");
    expect(run.stdout).not.toMatch(/^ {2}340881100999/m);
  });

  it("validate shows them escaped in association names and ids", () => {
    const run = kexie("validate", BAD_ID, "--as-of", "2020-09-07");
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stdout).toContain("  错误  孔城镇科协\\r\\n  错误  伪造的错误 (town\\u001b[0m)  associations[1].id  [shape.invalid-format]");
    expect(run.stdout).not.toMatch(/^ {2}错误 {2}伪造的错误/m);
    expect(kexie("validate", FILE, "--as-of", "2020-09-07").stdout).not.toMatch(CONTROL);
  });
});

describe("kexie CSV is safe to open in a spreadsheet", () => {
  it("coverage gaps as CSV: text that would run as a formula starts with ', numbers stay numbers", () => {
    const run = kexie("coverage", FILE, "--scope", "340881", "--as-of", "2020-09-07", "--format", "csv", "--part", "gaps", ...EN);
    expect(run.stderr).toBe("");
    const cells = run.stdout;
    expect(cells).toContain(`,"'=HYPERLINK(""http://example.com"",""点击"")",`);
    expect(cells).toContain(",'@SUM(A1:A9),");
    expect(cells).toContain(",'+1+2,");
    expect(cells).toContain(",'-1+cmd|' /C calc'!A0,");
    expect(cells).toContain(",'\tTab村,");
    expect(cells).toContain(",-5,");
    expect(cells).not.toMatch(/,[=+@-](?!5,)/);
  });
});
