/**
 * Issues as text for the terminal: one line each, with severity, path and code.
 *
 * @module
 */
import { formatPath, type Issue, type Locale } from "../index.js";

const SEVERITY: Record<Locale, Record<Issue["severity"], string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

/** One line per issue: `错误 associations[3].id  id.duplicate  message`. */
export function issueLines(issues: readonly Issue[], locale: Locale): string[] {
  return issues.map((issue) => {
    const where = formatPath(issue.path) || "$";
    return `  ${SEVERITY[locale][issue.severity]}  ${where}  [${issue.rule ?? issue.code}]  ${issue.message}`;
  });
}
