import { describe, expect, it } from "vitest";
import type { Division } from "../../src/index.js";
import { DivisionNames } from "../../src/import/index.js";
import { decodeText } from "../../src/cli/spreadsheet/decode-text.js";
import { encodeGb18030 } from "./helpers.js";

const LIST: Division[] = [
  { code: "340881", name: "桐城市", level: "county" },
  { code: "340881001", name: "龙腾街道", level: "township" },
  { code: "340881100", name: "孔城镇", level: "township" },
  { code: "340881101", name: "吕亭镇", level: "township" },
  { code: "340881001001", name: "钱庄居委会", level: "village" },
  { code: "340881100201", name: "孔城村委会", level: "village" },
  { code: "340881100202", name: "中心村委会", level: "village" },
  { code: "340881101202", name: "中心村委会", level: "village" },
  { code: "340881101001", name: "中心社区居委会", level: "village" },
];
const names = new DivisionNames(LIST);

describe("DivisionNames", () => {
  it.each([
    ["孔城镇", "340881100"],
    ["孔城村", "340881100201"],
    ["孔城村委会", "340881100201"],
    ["孔城村村民委员会", "340881100201"],
    ["钱庄社区", "340881001001"],
    ["钱庄居民委员会", "340881001001"],
    ["龙腾街道办事处", "340881001"],
    ["孔城镇中心村", "340881100202"],
    ["桐城市孔城镇中心村", "340881100202"],
    ["孔城镇/中心村", "340881100202"],
    ["桐城市 吕亭镇 中心村", "340881101202"],
    ["吕亭镇中心社区", "340881101001"],
  ])("resolves %s", (text, code) => {
    expect(names.resolve(text)).toEqual({ found: "one", code });
  });

  it("gives every candidate of a shared name, and the one inside a scope", () => {
    const many = names.resolve("中心村");
    expect(many.found === "many" ? many.candidates.map((d) => d.code) : []).toEqual(["340881100202", "340881101202"]);
    expect(names.resolve("中心村", "340881101")).toEqual({ found: "one", code: "340881101202" });
    expect(names.resolve("新村")).toEqual({ found: "none" });
    expect(names.resolve("吕亭镇孔城村")).toEqual({ found: "none" });
    expect(names.resolve("  ")).toEqual({ found: "none" });
  });
});

describe("decodeText (the command's CSV encodings)", () => {
  const text = "名称,类型\n孔城镇科协,乡镇科协\n";
  it("reads UTF-8 with and without a mark, GB18030 with and without one, and UTF-16 with one", () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ text, encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: "utf-8" });
    expect(decodeText(encodeGb18030(text))).toEqual({ text, encoding: "gb18030" });
    expect(decodeText(new Uint8Array([0x84, 0x31, 0x95, 0x33, ...encodeGb18030(text)]))).toEqual({ text, encoding: "gb18030" });
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    expect(decodeText(utf16)).toEqual({ text, encoding: "utf-16le" });
  });
});
