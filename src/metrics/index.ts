/**
 * The metrics part of the public API: organisational coverage (组织覆盖) by area and level, coverage of
 * target lists, growth, "3+1" leadership coverage, work coverage (工作覆盖) and dormancy, activity,
 * facility and output statistics. Their flattening into rows and CSV is in `kexie/csv`.
 *
 * @packageDocumentation
 */
export { COVERAGE_KINDS, type CoverageKinds } from "./covering.js";
export type { Tally } from "./ratio.js";
export type { MetricOptions, ScopedMetricOptions } from "./options.js";
export type { DatasetOrIndex } from "./dataset-input.js";
export {
  organisationalCoverage,
  type AreaCoverage,
  type CoverageGap,
  type CoverageLevel,
  type LevelCoverage,
  type OrganisationalCoverage,
  type OrganisationalCoverageOptions,
  type SubKindTally,
} from "./coverage.js";
export { coverageByArea, type AreaTally, type CoverageByArea, type CoverageByAreaOptions } from "./coverage-by-area.js";
export {
  targetCoverage,
  unitNameKey,
  type CategoryTally,
  type CoverageTarget,
  type TargetCoverage,
  type TargetCoverageOptions,
  type TargetStatus,
} from "./target-coverage.js";
export { growth, type Change, type Growth, type GrowthOptions, type KindChange } from "./growth.js";
export {
  leadershipCoverage,
  type AssociationLeadership,
  type HeadInPost,
  type LeadershipCoverage,
  type LeadershipCoverageOptions,
  type PostTally,
  type RoleTally,
} from "./leadership.js";
export { workCoverage, type AssociationWork, type WorkCoverage, type WorkCoverageOptions } from "./work-coverage.js";
export { dormantAssociations, type Dormancy, type DormancyOptions, type DormancyReason, type DormantAssociation } from "./dormancy.js";
export {
  activityStats,
  type ActivityGroup,
  type ActivityGroupBy,
  type ActivityMeasures,
  type ActivityStats,
  type ActivityStatsBy,
  type ActivityStatsOptions,
  type RankedHierarchy,
  type StatsDimension,
} from "./activity-stats.js";
export {
  facilityStats,
  type FacilityDimension,
  type FacilityGroup,
  type FacilityGroupBy,
  type FacilityMeasures,
  type FacilityStats,
  type FacilityStatsBy,
  type FacilityStatsOptions,
} from "./facility-stats.js";
export {
  outputStats,
  type OutputDimension,
  type OutputGroup,
  type OutputGroupBy,
  type OutputMeasures,
  type OutputStats,
  type OutputStatsBy,
  type OutputStatsOptions,
} from "./output-stats.js";
export type { SubtreeOptions, UnitMeasures } from "./grouping.js";
export { toWanYuan } from "./money.js";
