/**
 * `__proto__`, `constructor` and `prototype` (and the other names `Object.prototype` carries) as ids
 * and as keys: they are data like any other, they change no prototype, and they give the same figures
 * as ordinary ids.
 */
import { afterEach, describe, expect, it } from "vitest";
import { buildDivisionHierarchy, buildHierarchy, parseDataset, rollup, type Dataset, type Division } from "../../src/index.js";
import { toCsv, type Row } from "../../src/csv/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";
import { assoc } from "../hierarchy/helpers.js";
import { everything } from "./support.js";

const TONGCHENG_TEXT = (await import("node:fs")).readFileSync(new URL("../../examples/tongcheng/dataset.json", import.meta.url), "utf8");

const OBJECT_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_KEYS = Object.getOwnPropertyNames(Array.prototype).sort();

function prototypesUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_KEYS);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_KEYS);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect({}.constructor).toBe(Object);
  expect(Object.prototype.toString.call([])).toBe("[object Array]");
}

afterEach(prototypesUntouched);

describe("ids that are names on Object.prototype", () => {
  // Ids of every collection renamed to names that a plain-object lookup would find on the prototype.
  const RENAMES: readonly (readonly [string, string])[] = [
    ["tc", "constructor"],
    ["tc-agency-health", "prototype"],
    ["ah", "toString"],
    ["aq", "valueOf"],
    ["tc-town-340881100", "hasOwnProperty"],
    ["tc-subdistrict-340881001-m01", "isPrototypeOf"],
    ["tc-subdistrict-340881001-c1", "propertyIsEnumerable"],
    ["tc-agency-health-2018-lecture-01", "toLocaleString"],
  ];

  const parse = (text: string): Dataset => {
    const result = parseDataset(JSON.parse(text));
    expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    return deepFreeze(result.data as Dataset);
  };

  /** Every number in a result, sorted: renaming ids may reorder lists, never change a figure. */
  const numbers = (value: unknown): number[] => {
    const out: number[] = [];
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === "number") out.push(v);
      return v;
    });
    return out.sort((a, b) => a - b);
  };
  const codes = (value: unknown): string[] => {
    const out: string[] = [];
    JSON.stringify(value, (key, v: unknown) => {
      if (key === "code" && typeof v === "string") out.push(v);
      return v;
    });
    return out.sort();
  };

  it("are accepted, and every figure is what the ordinary ids give", () => {
    let renamed = TONGCHENG_TEXT;
    for (const [from, to] of RENAMES) {
      expect(renamed).toContain(`"${from}"`);
      renamed = renamed.replaceAll(`"${from}"`, `"${to}"`);
    }
    const plain = everything(parse(TONGCHENG_TEXT), ["tc", "tc-agency-health", "no-such-id"]);
    const odd = everything(parse(renamed), ["constructor", "prototype", "no-such-id"]);
    for (const name of Object.keys(plain)) {
      expect(numbers(odd[name]), name).toEqual(numbers(plain[name]));
      expect(codes(odd[name]), name).toEqual(codes(plain[name]));
      if (name.endsWith(".csv"))
        expect((odd[name] as string).split("\r\n").length, name).toBe((plain[name] as string).split("\r\n").length);
    }
    // The renamed county association is found as the subtree root and keeps its activities.
    expect(JSON.stringify(odd["activityStats"])).toContain('"constructor"');
  });
});

describe("__proto__, constructor and prototype as keys of a document", () => {
  it("are reported as unknown fields and change no prototype", () => {
    const text = `{
      "formatVersion": 1,
      "__proto__": { "polluted": true },
      "constructor": { "prototype": { "polluted": true } },
      "associations": [
        { "id": "a", "name": "甲", "kind": "county", "establishedOn": "2019-01-01", "__proto__": { "polluted": true } },
        { "id": "b", "name": "乙", "kind": "county", "establishedOn": "2019-01-01", "hostUnit": { "name": "x", "__proto__": { "polluted": true } } },
        { "id": "c", "name": "丙", "kind": "county", "establishedOn": "2019-01-01", "constructor": { "prototype": { "polluted": true } } }
      ]
    }`;
    const input = deepFreeze(JSON.parse(text) as unknown);
    const result = parseDataset(input, { locale: "en" });
    expect(result.ok).toBe(false);
    const unknown = result.issues.filter((issue) => issue.code === "shape.unknown-key").map((issue) => issue.path.join("."));
    expect(unknown).toEqual(
      expect.arrayContaining([
        "__proto__",
        "constructor",
        "associations.0.__proto__",
        "associations.1.hostUnit.__proto__",
        "associations.2.constructor",
      ]),
    );
  });

  it("is rejected as an id by the schema, which keeps it out of id space", () => {
    for (const id of ["__proto__", "__defineGetter__"]) {
      const result = parseDataset({ formatVersion: 1, associations: [{ id, name: "x", kind: "county", establishedOn: "2019-01-01" }] });
      expect(result.ok).toBe(false);
      expect(result.issues.map((issue) => issue.path.join("."))).toContain("associations.0.id");
    }
  });
});

describe("hierarchies whose ids are __proto__, constructor and prototype", () => {
  it("link, query and roll up like any other ids", () => {
    const records = deepFreeze([
      assoc("__proto__", "county"),
      assoc("constructor", "township", "__proto__"),
      assoc("prototype", "village", "constructor"),
      assoc("toString", "village", "constructor"),
      assoc("hasOwnProperty", "enterprise", "__proto__"),
    ]);
    const { hierarchy, issues } = buildHierarchy(records);
    expect(issues).toEqual([]);
    expect(hierarchy.roots().map((a) => a.id)).toEqual(["__proto__"]);
    expect(hierarchy.get("__proto__")).toBe(records[0]);
    expect(hierarchy.has("valueOf")).toBe(false);
    expect(hierarchy.get("valueOf")).toBeUndefined();
    expect(hierarchy.children("constructor").map((a) => a.id)).toEqual(["prototype", "toString"]);
    expect(hierarchy.ancestors("prototype").map((a) => a.id)).toEqual(["constructor", "__proto__"]);
    expect(hierarchy.isAncestor("__proto__", "toString")).toBe(true);
    expect(hierarchy.path("toString", "hasOwnProperty").map((a) => a.id)).toEqual([
      "toString",
      "constructor",
      "__proto__",
      "hasOwnProperty",
    ]);
    expect(hierarchy.depth("prototype")).toBe(2);
    const sums = rollup(hierarchy, () => 1);
    expect(sums.get("__proto__")).toBe(5);
    expect(sums.get("constructor")).toBe(3);
  });

  it("are reported when duplicated, missing or in a cycle", () => {
    const { issues, excluded } = buildHierarchy(
      deepFreeze([
        assoc("__proto__", "county"),
        assoc("__proto__", "county"),
        assoc("constructor", "township", "prototype"),
        assoc("prototype", "township", "constructor"),
        assoc("valueOf", "township", "toString"),
      ]),
      { allowedParents: () => true },
    );
    expect(issues.map((issue) => issue.code).sort()).toEqual(["hierarchy.cycle", "hierarchy.duplicate-id", "hierarchy.missing-parent"]);
    expect(excluded).toEqual([
      { index: 1, id: "__proto__", reason: "duplicate" },
      { index: 2, id: "constructor", reason: "cycle" },
      { index: 3, id: "prototype", reason: "cycle" },
    ]);
  });

  it("divisions coded __proto__ and constructor are placed too", () => {
    const divisions = deepFreeze([
      { code: "__proto__", name: "a", level: "province" },
      { code: "constructor", name: "b", level: "prefecture", parentCode: "__proto__" },
    ]) as unknown as Division[];
    const { hierarchy } = buildDivisionHierarchy(divisions);
    expect(hierarchy.parent("constructor")).toBe(divisions[0]);
  });
});

describe("toCsv with __proto__ and constructor columns", () => {
  it("writes them as ordinary columns", () => {
    const rows = deepFreeze(JSON.parse('[{ "__proto__": "x", "constructor": 1, "prototype": true }]') as Row[]);
    expect(toCsv(rows)).toBe("__proto__,constructor,prototype\r\nx,1,true\r\n");
    expect(toCsv(rows, { columns: ["toString", "__proto__"] })).toBe("toString,__proto__\r\n,x\r\n");
  });
});
