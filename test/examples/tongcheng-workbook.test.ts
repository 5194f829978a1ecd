/**
 * The Tongcheng example also ships as a filled workbook, written from dataset.json by
 * examples/tongcheng/build-workbook.mjs (the command's export). Importing it gives dataset.json exactly, so
 * a changed data set with a stale workbook fails here: rerun the script.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importTables } from "../../src/import/index.js";
import { readSpreadsheet } from "../../src/cli/spreadsheet/read-tables.js";

const WORKBOOK = new URL("../../examples/tongcheng/tongcheng.xlsx", import.meta.url).pathname;
const DATASET = new URL("../../examples/tongcheng/dataset.json", import.meta.url);

describe("examples/tongcheng/tongcheng.xlsx", () => {
  it("imports to the committed dataset.json exactly, with no issue", async () => {
    const result = importTables(await readSpreadsheet(WORKBOOK));
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.dataset).toEqual(JSON.parse(readFileSync(DATASET, "utf8")));
  });
});
