/**
 * Spreadsheet dates mean the same day in every process time zone: the Tongcheng workbook is exported
 * under one extreme zone and imported under another (Kiritimati, UTC+14, which skipped 1994-12-31; Pago
 * Pago, UTC−11), and the committed workbook is imported under both, each giving dataset.json.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kexie, TONGCHENG } from "./kexie.js";

const WORKBOOK = new URL("../../examples/tongcheng/tongcheng.xlsx", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "kexie-zones-"));

describe("spreadsheets under any time zone", () => {
  it("export in one zone and import in another give the same data set", () => {
    const expected = JSON.parse(readFileSync(TONGCHENG, "utf8")) as unknown;
    const file = join(dir, "tc.xlsx");
    expect(kexie.withEnv({ TZ: "Pacific/Kiritimati" })("export", TONGCHENG, "--out", file).code).toBe(0);
    const back = kexie.withEnv({ TZ: "Pacific/Pago_Pago" })("import", file);
    expect(JSON.parse(back.stdout)).toEqual(expected);
    for (const zone of ["Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
      expect(JSON.parse(kexie.withEnv({ TZ: zone })("import", WORKBOOK).stdout), zone).toEqual(expected);
    }
  });
});
