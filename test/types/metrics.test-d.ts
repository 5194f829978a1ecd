/**
 * Type-level tests of the metrics: the one `(input, options)` shape (the old call forms do not compile),
 * the options types extending the shared ones, and the results whose types follow their options — the
 * statistics' groups by `by`, and the tables `toRows` offers per result. Checked by `tsc` (the test
 * folder is in the project) and by `vitest --typecheck`.
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  coverageByArea,
  indexDataset,
  organisationalCoverage,
  type ActivityCampaign,
  type ActivityType,
  type CoverageByAreaOptions,
  type FacilityKind,
  type OrganisationalCoverageOptions,
  type OutputKind,
  type OutputStage,
  type ParsedDataset,
} from "../../src/index.js";
import {
  activityStats,
  facilityStats,
  outputStats,
  growth,
  targetCoverage,
  type ActivityStats,
  type ActivityStatsBy,
  type DormancyOptions,
  type FacilityStatsOptions,
  type GrowthOptions,
  type LeadershipCoverageOptions,
  type MetricOptions,
  type ScopedMetricOptions,
  type StatsDimension,
  type TargetCoverageOptions,
  type WorkCoverageOptions,
} from "../../src/metrics/index.js";
import { toRows, type MetricResult, type RowPart } from "../../src/csv/index.js";

declare const dataset: ParsedDataset;
const AS_OF = "2020-09-07";

describe("one shape for every metric", () => {
  it("takes a parsed data set or its index", () => {
    expectTypeOf(coverageByArea).parameter(0).toEqualTypeOf<ParsedDataset | ReturnType<typeof indexDataset>>();
    expectTypeOf(growth).parameter(0).toEqualTypeOf<ParsedDataset | ReturnType<typeof indexDataset>>();
    expectTypeOf(targetCoverage).parameter(0).toEqualTypeOf<ParsedDataset | ReturnType<typeof indexDataset>>();
    expectTypeOf(organisationalCoverage).parameter(0).toEqualTypeOf<ParsedDataset | ReturnType<typeof indexDataset>>();
  });

  it("refuses the old call forms", () => {
    // @ts-expect-error coverageByArea no longer takes the two collections
    coverageByArea(dataset.divisions, dataset.associations, { asOf: AS_OF });
    // @ts-expect-error growth takes the data set, not its associations
    growth(dataset.associations, { from: "2017-12-31", asOf: AS_OF, kinds: ["enterprise"] });
    // @ts-expect-error growth's later date is asOf, as in workCoverage
    growth(dataset, { from: "2017-12-31", to: AS_OF, kinds: ["enterprise"] });
    // @ts-expect-error targetCoverage's list is options.targets
    targetCoverage(dataset.associations, [], { asOf: AS_OF });
    // @ts-expect-error organisationalCoverage takes a parsed data set, not any object with the two arrays
    organisationalCoverage({ divisions: dataset.divisions, associations: dataset.associations }, { asOf: AS_OF });
    // @ts-expect-error coverageByArea reads the division list from the data set
    coverageByArea(dataset, { asOf: AS_OF, divisionList: { name: "x", version: "1" } });
  });

  it("has options types that extend the shared ones", () => {
    expectTypeOf<OrganisationalCoverageOptions>().toExtend<ScopedMetricOptions>();
    expectTypeOf<GrowthOptions>().toExtend<ScopedMetricOptions>();
    expectTypeOf<LeadershipCoverageOptions>().toExtend<ScopedMetricOptions>();
    expectTypeOf<WorkCoverageOptions>().toExtend<ScopedMetricOptions>();
    expectTypeOf<DormancyOptions>().toExtend<ScopedMetricOptions>();
    expectTypeOf<FacilityStatsOptions>().toExtend<ScopedMetricOptions>();
    expectTypeOf<CoverageByAreaOptions>().toExtend<MetricOptions>();
    expectTypeOf<TargetCoverageOptions>().toExtend<MetricOptions>();
    expectTypeOf<ScopedMetricOptions>().toExtend<MetricOptions>();
  });
});

describe("results typed by their options", () => {
  it("activityStats: the keys grouped by hold values, the others are null", () => {
    const byYear = activityStats(dataset, { asOf: AS_OF, by: ["year", "campaign"] });
    expectTypeOf(byYear).toEqualTypeOf<ActivityStatsBy<"year" | "campaign">>();
    expectTypeOf(byYear.by).toEqualTypeOf<readonly ("year" | "campaign")[]>();
    const group = byYear.groups[0]!;
    expectTypeOf(group.year).toEqualTypeOf<number>();
    expectTypeOf(group.campaign).toEqualTypeOf<ActivityCampaign | null>();
    expectTypeOf(group.type).toEqualTypeOf<null>();
    expectTypeOf(group.organizerId).toEqualTypeOf<null>();
    expectTypeOf(group.subtreeRootId).toEqualTypeOf<null>();
  });

  it("activityStats: everything in one group when by is empty", () => {
    const all = activityStats(dataset, { asOf: AS_OF, by: [] });
    expectTypeOf(all.groups[0]!.year).toEqualTypeOf<null>();
    expectTypeOf(all.groups[0]!.type).toEqualTypeOf<null>();
  });

  it("activityStats: a by known only at run time leaves every key nullable", () => {
    const by: StatsDimension[] = ["type"];
    const any = activityStats(dataset, { asOf: AS_OF, by });
    expectTypeOf(any.groups[0]!.year).toEqualTypeOf<number | null>();
    expectTypeOf(any.groups[0]!.type).toEqualTypeOf<ActivityType | null>();
  });

  it("facilityStats and outputStats follow their by the same way", () => {
    const facilities = facilityStats(dataset, { asOf: AS_OF, by: ["kind", "area"] });
    expectTypeOf(facilities.groups[0]!.facilityKind).toEqualTypeOf<FacilityKind>();
    expectTypeOf(facilities.groups[0]!.areaCode).toEqualTypeOf<string | null>();
    expectTypeOf(facilities.groups[0]!.year).toEqualTypeOf<null>();
    const outputs = outputStats(dataset, { asOf: AS_OF, by: ["kind", "stage"] });
    expectTypeOf(outputs.groups[0]!.outputKind).toEqualTypeOf<OutputKind>();
    expectTypeOf(outputs.groups[0]!.stage).toEqualTypeOf<OutputStage | null>();
    expectTypeOf(outputs.groups[0]!.associationId).toEqualTypeOf<null>();
  });

  it("a grouped result is still a metric result, which toRows flattens by its own tables", () => {
    const stats = activityStats(dataset, { asOf: AS_OF, by: ["year"] });
    expectTypeOf(stats).toExtend<ActivityStats>();
    expectTypeOf(stats).toExtend<MetricResult>();
    expectTypeOf<RowPart<typeof stats>>().toEqualTypeOf<"groups" | "total">();
    toRows(stats, "total");
    // @ts-expect-error activity statistics have no gaps table
    toRows(stats, "gaps");
    const coverage = organisationalCoverage(dataset, { asOf: AS_OF });
    expectTypeOf<RowPart<typeof coverage>>().toEqualTypeOf<"summary" | "gaps">();
    toRows(coverage, "gaps");
    expectTypeOf<RowPart<ReturnType<typeof growth>>>().toEqualTypeOf<"summary">();
  });

  it("rejects a dimension the statistic does not know", () => {
    // @ts-expect-error "kind" is a dimension of facilities and outputs, not of activities
    activityStats(dataset, { asOf: AS_OF, by: ["kind"] });
    // @ts-expect-error facilities have no stage
    facilityStats(dataset, { asOf: AS_OF, by: ["stage"] });
  });
});
