/**
 * A period that ends before it starts counts nothing, and its zeros would read as real figures: every
 * metric that takes one refuses it, in the one misuse form. A period of one day, and one that ends on
 * asOf, are periods.
 */
import { describe, expect, it } from "vitest";
import { activityStats, outputStats, workCoverage } from "../../src/metrics/index.js";
import { tongcheng } from "./tongcheng-fixture.js";

describe("a period in reverse", () => {
  const data = tongcheng();

  it("is misuse in activityStats and outputStats, naming the end it passes", () => {
    expect(() => activityStats(data, { asOf: "2018-12-31", by: [], from: "2018-12-01", to: "2018-01-01" })).toThrow(
      /^activityStats: options\.from must be a date not after to \(2018-01-01\); got "2018-12-01"$/,
    );
    expect(() => outputStats(data, { asOf: "2018-12-31", by: [], from: "2019-01-01" })).toThrow(
      /^outputStats: options\.from must be a date not after asOf \(2018-12-31\); got "2019-01-01"$/,
    );
  });

  it("is misuse in workCoverage, whose period ends on asOf", () => {
    expect(() => workCoverage(data, { asOf: "2018-01-01", from: "2018-12-31" })).toThrow(
      /^workCoverage: options\.from must be a date not after asOf \(2018-01-01\); got "2018-12-31"$/,
    );
  });

  it("allows a period of one day", () => {
    expect(activityStats(data, { asOf: "2018-12-31", by: [], from: "2018-06-01", to: "2018-06-01" }).from).toBe("2018-06-01");
    expect(workCoverage(data, { asOf: "2018-06-01", from: "2018-06-01" }).from).toBe("2018-06-01");
  });
});
