/**
 * The charter part of the public API: rules as data, built-in rule sets, and validation.
 *
 * @module
 */
export { defineRule, isRule, type AppliesTo, type Bilingual, type Citation, type CommitteeInOffice, type Rule, type RuleDefinition, type RuleInput } from "./rule.js";
export { composeRuleSets, defineRuleSet, flattenRules, type RuleSet } from "./rule-set.js";
export { createValidationContext, type GuidingLocal, type ValidationContext } from "./context.js";
export { CHARTER_MESSAGES, charterIssue, type CharterIssueCode } from "./messages.js";
export { buildRule, type RuleOptions } from "./rule-options.js";
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
export * from "./sources.js";
export * from "./presets.js";
export * from "./unit-presets.js";
export * from "./validate.js";
export { charterAdopted } from "./rules/charter-adopted.js";
export { committeeElected } from "./rules/committee-elected.js";
export { committeeSize } from "./rules/committee-size.js";
export { committeeTerm, type TermOptions } from "./rules/committee-term.js";
export { congressCycle, type CongressOptions } from "./rules/congress-cycle.js";
export { deadlineStatus, deadlineStatusWith, type DeadlineStatus } from "./rules/deadline.js";
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
