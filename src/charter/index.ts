/**
 * kexie/charter: rules as data, the built-in rule sets with their citations, the five-has checklist, and
 * validation; and the questions about records on a day that a rule of one's own asks (terms, approvals,
 * sector heads, calendar arithmetic).
 *
 * @packageDocumentation
 */
export {
  defineRule,
  isRule,
  type AppliesTo,
  type Bilingual,
  type CharterRule,
  type Citation,
  type CommitteeInOffice,
  type Rule,
  type RuleDefinition,
  type RuleInput,
} from "./rule.js";
export { composeRuleSets, defineRuleSet, flattenRules, type CharterRuleSet, type RuleSet } from "./rule-set.js";
export { createValidationContext, type GuidingLocal, type ValidationContext } from "./context.js";
export { CHARTER_MESSAGES, charterIssue, type CharterIssue, type CharterIssueCode, type CharterIssueParams } from "./messages.js";
export type { RuleOptions } from "./rule-options.js";
export {
  checklistRules,
  defineChecklist,
  FIVE_HAS_CHECKLIST,
  fiveHasChecklist,
  hasActivityWithin,
  hasCharter,
  hasCommitteeInOffice,
  hasFacility,
  hasResource,
  type Checklist,
  type ChecklistDefinition,
  type ChecklistItem,
  type ChecklistItemDefinition,
  type ChecklistRulesOptions,
  type FiveHasChecklistOptions,
  type ItemCheck,
  type ItemStatus,
} from "./checklist.js";
export {
  scoreChecklist,
  type AssociationScore,
  type ChecklistScoreOptions,
  type ChecklistScores,
  type ItemResult,
  type ItemTally,
} from "./checklist-score.js";
export { currentMembers, isMemberOn } from "./current-members.js";
export {
  CAST_3PLUS1_NOTICE,
  CAST_CHARTER,
  DATA_INTEGRITY,
  ENTERPRISE_GENERAL_RULES,
  FIVE_HAS_SOURCE,
  HUNAN_UNIVERSITY_2019,
  JIANGSU_4PLUS1_SOURCE,
  PARENT_KINDS_SOURCE,
  SEED_ARTICLE,
  SHANDONG_3PLUS1,
  TONGCHENG_OPINION,
  UNIVERSITY_OPINION,
} from "./sources.js";
export {
  BUILT_IN_RULE_SETS,
  CAST_3PLUS1_2018,
  DEFAULT_RULES,
  FIVE_HAS,
  JIANGSU_4PLUS1,
  SHANDONG_3PLUS1_2020,
  STRUCTURE,
  TERMS_AND_CONGRESSES,
  TONGCHENG_2019,
  TONGCHENG_3PLUS1,
  cast3plus1,
  structureRules,
  termRules,
  tongcheng2019,
  type Cast3plus1Options,
  type StructureRulesOptions,
  type TermRulesOptions,
  type Tongcheng2019Options,
} from "./presets.js";
export { ENTERPRISE_2008, UNIVERSITY_ASSOCIATIONS } from "./unit-presets.js";
export {
  validateAssociation,
  validateDataset,
  type AssociationReport,
  type IssueOfRules,
  type ValidateOptions,
  type ValidationReport,
} from "./validate.js";
export { charterAdopted } from "./rules/charter-adopted.js";
export { committeeElected } from "./rules/committee-elected.js";
export { committeeSize } from "./rules/committee-size.js";
export { committeeTerm, type TermOptions } from "./rules/committee-term.js";
export { congressCycle, type CongressOptions } from "./rules/congress-cycle.js";
export { deadlineStatus, type DeadlineStatus } from "./rules/deadline.js";
export { fiveHasRules, type FiveHasOptions } from "./rules/five-has.js";
export { grassrootsUnderCounty } from "./rules/grassroots-under-county.js";
export { groupMembers } from "./rules/group-members.js";
export {
  individualEligibility,
  individualMembers,
  isEligibleIndividual,
  SEED_QUALIFYING_FIELDS,
  UNCERTAIN_FIELDS,
  type EligibilityFields,
} from "./rules/individual-members.js";
export { leaderBasis, type LeaderBasisOptions } from "./rules/leader-basis.js";
export { parentIsCounty } from "./rules/parent-county.js";
export { guidingParent, parentIsLocal, type LocalKind } from "./rules/parent-local.js";
export { parentKind } from "./rules/parent-kind.js";
export { partyApproval } from "./rules/party-approval.js";
export { postHolders, type PostHoldersOptions } from "./rules/post-holders.js";
export { seatsAfterDissolution } from "./rules/seats-after-dissolution.js";
export { threePlusOne, type ThreePlusOneOptions } from "./rules/three-plus-one.js";

// What a rule of one's own asks about the records on a day: calendar arithmetic that ignores the time
// zone, approvals and postponements, persons, and the sector heads of the "3+1" rules.
export { addMonthsToDate, addYearsToDate, isInEffect, monthsBetween, yearOf } from "../model/dates.js";
export { deadlineAfterPostponement, isApprovedBy, postponedUntil } from "../model/approval.js";
export { individualView, personKeyOf } from "../model/person.js";
export { GRASSROOTS_KINDS, LOCAL_KINDS } from "../model/association.js";
export { DEPRECATED_ACTIVITY_TYPES } from "../model/activity.js";
export {
  HEAD_EQUIVALENTS,
  ROLE_UNIT_KINDS,
  missingSectorHeads,
  rolesSatisfying,
  seatedHeads,
  sectorHeadsSeated,
  unitKindsOfHead,
  type HeadEquivalents,
  type HeadQuery,
  type SeatedHead,
} from "../model/sector-heads.js";
