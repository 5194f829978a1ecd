import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCsv, toRows } from "../../src/csv/index.js";
import type { ParsedDataset } from "../../src/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";
import { parsed } from "../helpers/parsed.js";
import { everyMetric as allMetrics } from "./every-metric.js";
import { tongcheng } from "./tongcheng-fixture.js";

const dataset: ParsedDataset = deepFreeze(tongcheng());

const expected = allMetrics(dataset);

function shuffledDataset(): fc.Arbitrary<ParsedDataset> {
  const shuffle = <T>(items: readonly T[]) => fc.shuffledSubarray([...items], { minLength: items.length });
  return fc
    .record({
      divisions: shuffle(dataset.divisions),
      associations: shuffle(dataset.associations),
      committees: shuffle(dataset.committees),
      members: shuffle(dataset.members),
      activities: shuffle(dataset.activities),
    })
    .map((parts) => parsed({ ...dataset, ...parts }));
}

describe("canonical output", () => {
  it("is the same, in the same order, for shuffled input (no sorting of the outputs)", () => {
    fc.assert(
      fc.property(shuffledDataset(), (shuffled) => {
        expect(allMetrics(shuffled)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it("gives the same CSV text for shuffled input", () => {
    const csv = expected.map((r) => toCsv(toRows(r)));
    fc.assert(
      fc.property(shuffledDataset(), (shuffled) => {
        expect(allMetrics(shuffled).map((r) => toCsv(toRows(r)))).toEqual(csv);
      }),
      { numRuns: 10 },
    );
  });

  it("is the same under any process time zone", () => {
    const original = process.env.TZ;
    try {
      for (const zone of ["UTC", "Asia/Shanghai", "America/St_Johns", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/London"]) {
        process.env.TZ = zone;
        expect(allMetrics(dataset)).toEqual(expected);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
