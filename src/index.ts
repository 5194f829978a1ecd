/**
 * kexie: typed entities, charter validation, hierarchy traversal and coverage metrics for China's
 * science and technology associations (科协).
 *
 * The root holds the common path: read a data set, check it, and ask the three questions most users come
 * with (does it follow the charter, how do the associations nest, how much of the area is covered). The
 * rest of each concern has its own entry, so an app loads only what it uses: `kexie/hierarchy`,
 * `kexie/charter`, `kexie/metrics`, `kexie/csv`, `kexie/statistics` and `kexie/import`.
 *
 * @packageDocumentation
 */

// Reading a data set: for everyone. Parsing is the one door records come in by; the index is what every
// question reads; the JSON Schemas and the id and date patterns serve validators in other languages.
export { COLLECTIONS, ENTITY_SCHEMAS, FORMAT_VERSION, type CollectionName, type DatasetInput } from "./model/dataset.js";
export { parseDataset, type ParseOptions, type ParseResult } from "./dataset/parse.js";
export { indexDataset, type DatasetIndex } from "./dataset/dataset-index.js";
export { isDatasetIndex, isParsedDataset, type IndexMark, type ParsedDataset } from "./dataset/parsed.js";
export {
  DATASET_MESSAGES,
  type DatasetIssue,
  type DatasetIssueCode,
  type DatasetIssueParams,
  type ShapeIssue,
} from "./dataset/messages.js";
export { JSON_SCHEMA_NAMES, toJsonSchema, type JsonSchemaName } from "./model/json-schema.js";
export { DATE_RANGE, DATE_RANGE_PATTERN, ID_PATTERN, idPatternSource } from "./model/primitives.js";

// The records' schemas (zod), for apps that check one record at a time or build on the shapes. The
// enums' values are in `LABELS` and in each schema's `shape`; their types are here.
export { Dataset } from "./model/dataset.js";
export { Association, Congress, type AssociationKind, type HostUnit, type PartyApproval, type Resources } from "./model/association.js";
export {
  Committee,
  Holding,
  Seat,
  type AppointmentMode,
  type OnBehalfOf,
  type Post,
  type SeatBasis,
  type UnitKind,
} from "./model/committee.js";
export {
  GroupMember,
  IndividualMember,
  Member,
  type GroupRelation,
  type OccupationField,
  type SectorRole,
  type TitleLevel,
} from "./model/member.js";
export { Person, type Gender } from "./model/person.js";
export { Approval, CongressPostponement, type ApprovalAuthority, type ApprovalRecords } from "./model/approval.js";
export { Activity, type ActivityCampaign, type ActivityType, type Venue, type Yuan } from "./model/activity.js";
export { Facility, type FacilityKind } from "./model/facility.js";
export { Output, type OutputKind, type OutputStage } from "./model/output.js";
export { Division, DivisionListInfo, type DivisionLevel, type DivisionSubKind } from "./model/division.js";
export type { CalendarDate, Count, CreditCode, DivisionCode, Id, Name, UnitCount } from "./model/primitives.js";
export type { Extra, ExtraValue } from "./model/extra.js";

// Issues, messages and labels: for apps that show results to people, in Chinese or English.
export {
  LOCALES,
  countBySeverity,
  createIssue,
  defineMessages,
  formatMessage,
  formatPath,
  withParams,
  type Issue,
  type IssueInit,
  type IssueOf,
  type IssueParam,
  type IssueParams,
  type ParamsOf,
  type TemplatesWithParams,
  type IssuePath,
  type Locale,
  type MessageCatalog,
  type MessageTemplates,
  type Severity,
} from "./issue/issue.js";
export { LABELS, label, type LabelledEnum } from "./model/labels.js";

// Records on a given day, and division codes: what every question about a date or an area asks first.
export { isActiveOn } from "./model/association.js";
export { DEFAULT_TERM_YEARS, committeeOn, seatedOn, termEndOf, type SeatedHolding } from "./model/committee-status.js";
export { currentMembers, isMemberOn } from "./charter/current-members.js";
export { isRealActivity } from "./model/activity.js";
export { isFacilityOn } from "./model/facility.js";
export { divisionSubKind, isWithinDivision, levelOfCode, parentCodeOf, trimDivisionCode } from "./model/division-code.js";

// Two of the three questions, one call each, with the defaults their options name: how the associations
// nest, and how much of each area is covered. The other queries and metrics are in kexie/hierarchy and
// kexie/metrics; the third question, the charter findings, is kexie/charter's `validateDataset` (its rule
// sets and their citations are most of its weight, and only apps that validate need them).
export { ALLOWED_PARENT_KINDS, buildDivisionHierarchy, buildHierarchy, rollup } from "./hierarchy/index.js";
export type { AllowedParents, AssociationHierarchyOptions, BuildOptions, BuildResult, Hierarchy } from "./hierarchy/index.js";
export { COVERAGE_KINDS, coverageByArea, organisationalCoverage } from "./metrics/index.js";
export type {
  CoverageByArea,
  CoverageByAreaOptions,
  CoverageKinds,
  OrganisationalCoverage,
  OrganisationalCoverageOptions,
} from "./metrics/index.js";
