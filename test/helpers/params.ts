import type { Issue, IssueParams } from "../../src/index.js";

/**
 * An issue's params read as any issue's, for a test that checks a value without narrowing on the code
 * first (it has already asserted the code, or compares across codes).
 */
export function paramsOf(issue: Issue | undefined): IssueParams {
  return issue?.params ?? {};
}
