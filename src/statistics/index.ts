/**
 * kexie/statistics: the yearly statistical report (科协统计年报) computed from records. Forms as data,
 * an indicator catalogue, the reporting period, user-defined forms with issues, and
 * `statisticalReport`, whose every value names the records it counted.
 *
 * @packageDocumentation
 */
export { CALENDAR_YEAR, isMonthDay, parsePeriodRule, reportingPeriod, type ReportingPeriod, type ReportingPeriodRule } from "./period.js";
export {
  FACILITY_COLLECTION,
  OUTPUT_COLLECTION,
  RECORD_STAND_INS,
  facilitiesOf,
  outputsOf,
  readActivity,
  statisticalPostOf,
  threeHeadsOf,
  type ActivityCategory,
  type ActivityReading,
  type ActivitySubtype,
  type Campaign,
  type FacilityKind,
  type FacilityRecord,
  type OutputKind,
  type OutputRecord,
  type RecordStandIn,
  type StatisticalPost,
  type ThreeHead,
} from "./record-access.js";
export { indexStatistics, type ScopedRecords, type StatisticsIndex } from "./statistics-index.js";
export {
  STATISTICAL_UNITS,
  UNIT_LABELS,
  countIndicator,
  sumIndicator,
  type Indicator,
  type IndicatorSelect,
  type IndicatorSpec,
  type IndicatorValue,
  type RecordCollection,
  type StatisticalUnit,
} from "./indicator.js";
export { INDICATORS, indicatorById } from "./catalogue.js";
export { STANDING_POSTS } from "./indicators/committees.js";
export { THREE_PLUS_ONE_KINDS } from "./indicators/three-heads.js";
export { formRows, type FormRow, type StatisticalForm } from "./form.js";
export { StatisticalFormDocument, parseStatisticalForm, type ParseFormOptions, type ParseFormResult } from "./form-schema.js";
export { STATISTICS_MESSAGES, type FormIssue, type StatisticsIssueCode } from "./messages.js";
export {
  BEIJING_BULLETIN_2017,
  BUILT_IN_FORMS,
  CAST_REPORTING_SYSTEM,
  FORM_1_1,
  FORM_3,
  FORM_5,
  FORM_7,
  GUANGZHOU_YEARBOOK_2022,
  NATIONAL_SERIES_2005,
  NBS_YEARBOOK_2010,
  WUHAN_NOTICE_2013,
  formById,
} from "./forms/index.js";
export {
  findReportRow,
  statisticalReport,
  statisticalReportLines,
  type FilingUnit,
  type ReportRow,
  type StatisticalReport,
  type StatisticalReportLine,
  type StatisticalReportOptions,
} from "./report.js";
