/**
 * Integrity findings as issue values: the log builders write to, and short lists of ids for messages.
 *
 * @module
 */
import { createIssue, type IssuePath, type Locale, type ParamsOf } from "../issue/issue.js";
import { HIERARCHY_MESSAGES, type HierarchyIssue, type HierarchyIssueCode } from "./messages.js";

/**
 * Collects a build's issues in one locale. Every integrity issue is an error: each one either moves a
 * record (to a root) or leaves it out, or breaks a structure rule.
 *
 * @example
 * ```ts
 * const log = new IssueLog("en");
 * log.add("hierarchy.self-parent", [0, "parentId"], { id: "a" });
 * log.issues[0]?.message; // → "a names itself as its parent; a is placed as a root"
 * ```
 */
export class IssueLog {
  readonly issues: HierarchyIssue[] = [];
  readonly #locale: Locale;

  constructor(locale: Locale) {
    this.#locale = locale;
  }

  add<K extends HierarchyIssueCode>(code: K, path: IssuePath, params: ParamsOf<(typeof HIERARCHY_MESSAGES)[K]>): void {
    this.issues.push(createIssue({ catalog: HIERARCHY_MESSAGES, code, params, path, locale: this.#locale }));
  }
}

/**
 * A list of ids for a message: the first few, then how many more, so a national forest's thousand orphan
 * roots do not make a message of a megabyte (the full list stays in the issue's params).
 *
 * @example
 * ```ts
 * shortList(["a", "b", "c"], 2); // → "a, b … (+1)"
 * ```
 */
export function shortList(ids: readonly string[], limit = 10): string {
  const head = ids.slice(0, limit).join(", ");
  return ids.length > limit ? `${head} … (+${ids.length - limit})` : head;
}
