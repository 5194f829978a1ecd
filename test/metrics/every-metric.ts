/** One result of every metric on a dataset, so tests of output shape and order cover all of them. */
import {
  activityStats,
  dormantAssociations,
  facilityStats,
  growth,
  leadershipCoverage,
  outputStats,
  targetCoverage,
  workCoverage,
} from "../../src/metrics/index.js";
import { coverageByArea, organisationalCoverage, type ParsedDataset } from "../../src/index.js";
import { scoreChecklist } from "../../src/charter/index.js";
import type { MetricResult } from "../../src/csv/index.js";
import { BEFORE_PILOT, SEED_DATE, TONGCHENG } from "./tongcheng-fixture.js";

export function everyMetric(ds: ParsedDataset): MetricResult[] {
  return [
    organisationalCoverage(ds, { scope: TONGCHENG, asOf: SEED_DATE, bySubKind: true }),
    coverageByArea(ds, { asOf: SEED_DATE }),
    targetCoverage(ds, {
      asOf: SEED_DATE,
      targets: [
        { id: "b", name: "桐城中学" },
        { id: "a", name: "桐城市人民医院", category: "hospital" },
        { id: "c", name: "桐城市第二中学", category: "school" },
      ],
    }),
    growth(ds, { kinds: ["enterprise", "school"], from: BEFORE_PILOT, asOf: SEED_DATE }),
    leadershipCoverage(ds, {
      asOf: SEED_DATE,
      kinds: ["township", "subdistrict", "development-zone"],
      requiredHeads: ["agri-station-head"],
    }),
    workCoverage(ds, { from: "2018-01-01", asOf: "2018-12-31" }),
    dormantAssociations(ds, { asOf: SEED_DATE, months: 12 }),
    dormantAssociations(ds, { asOf: "2024-08-31", months: 6, defaultTermYears: 5 }),
    activityStats(ds, { asOf: SEED_DATE, by: ["subtree", "type", "year"], subtreeRoots: ["tc-health", "tc"] }),
    facilityStats(ds, { asOf: "2018-12-31", by: ["area", "kind", "subtree"], subtreeRoots: ["tc"] }),
    outputStats(ds, { asOf: SEED_DATE, by: ["year", "kind", "stage", "association"] }),
    scoreChecklist(ds, { asOf: SEED_DATE, scope: TONGCHENG }),
  ];
}
