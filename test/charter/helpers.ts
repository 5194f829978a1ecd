import { createValidationContext } from "../../src/charter/index.js";
import { validateAssociation, validateDataset, type Rule, type RuleSet, type ValidationReport } from "../../src/charter/index.js";
import type { Association, Issue, ParsedDataset } from "../../src/index.js";
import { AS_OF } from "./builder.js";

/** Validates with the given rules as of a date (the seed's date by default). */
export function run(d: ParsedDataset, rules: readonly (Rule | RuleSet)[], asOf: string = AS_OF): ValidationReport {
  return validateDataset(d, { rules, asOf });
}

/**
 * The issues of an association that is not (yet) in the data set, validated against one: the only way
 * an association with a parent id the data set lacks reaches a rule, since parseDataset rejects such a
 * data set.
 */
export function runDraft(draft: Association, d: ParsedDataset, rules: readonly (Rule | RuleSet)[], asOf: string = AS_OF): Issue[] {
  return [...validateAssociation(draft, createValidationContext(d), { rules, asOf }).issues];
}

/** Every issue of a report, in report order. */
export function allIssues(report: ValidationReport): Issue[] {
  return report.associations.flatMap((a) => [...a.issues]);
}

/** The issues a rule reported. */
export function issuesOf(report: ValidationReport, ruleId: string): Issue[] {
  return allIssues(report).filter((issue) => issue.rule === ruleId);
}
