/**
 * The metrics part of the public API: organisational coverage (组织覆盖) by area and level, coverage of
 * target lists, growth, "3+1" leadership coverage, work coverage (工作覆盖) and dormancy, activity
 * statistics, and their flattening into rows and CSV.
 *
 * @module
 */
export { COVERAGE_KINDS, type CoverageKinds } from "./covering.js";
export type { Tally } from "./ratio.js";
export type { DatasetOrIndex } from "./dataset-input.js";
export {
  organisationalCoverage,
  type AreaCoverage,
  type CoverageGap,
  type CoverageInput,
  type CoverageLevel,
  type LevelCoverage,
  type OrganisationalCoverage,
  type OrganisationalCoverageOptions,
  type SubKindTally,
} from "./coverage.js";
export { coverageByArea, type AreaTally, type CoverageByArea, type CoverageByAreaOptions } from "./coverage-by-area.js";
