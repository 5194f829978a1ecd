import { validateDataset, type Dataset, type Issue, type Rule, type RuleSet, type ValidationReport } from "../../src/index.js";
import { AS_OF } from "./builder.js";

/** Validates with the given rules as of a date (the seed's date by default). */
export function run(d: Dataset, rules: readonly (Rule | RuleSet)[], asOf: string = AS_OF): ValidationReport {
  return validateDataset(d, { rules, asOf });
}

/** Every issue of a report, in report order. */
export function allIssues(report: ValidationReport): Issue[] {
  return report.associations.flatMap((a) => [...a.issues]);
}

/** The issues a rule reported. */
export function issuesOf(report: ValidationReport, ruleId: string): Issue[] {
  return allIssues(report).filter((issue) => issue.rule === ruleId);
}
