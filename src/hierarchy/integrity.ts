/**
 * Integrity findings as issue values: the log builders write to, and the cycle search.
 *
 * @module
 */
import { createIssue, type Issue, type IssueParam, type IssuePath, type Locale } from "../issue/issue.js";
import { HIERARCHY_MESSAGES, type HierarchyIssueCode } from "./messages.js";

/**
 * Collects a build's issues in one locale. Every integrity issue is an error: each one either moves a
 * record (to a root) or leaves it out, or breaks a structure rule.
 *
 * @example
 * ```ts
 * const log = new IssueLog("en");
 * log.add("hierarchy.self-parent", [0, "parentId"], { id: "a" });
 * log.issues[0]?.message; // "a names itself as its parent; a is placed as a root"
 * ```
 */
export class IssueLog {
  readonly issues: Issue[] = [];
  readonly #locale: Locale;

  constructor(locale: Locale) {
    this.#locale = locale;
  }

  add(code: HierarchyIssueCode, path: IssuePath, params: Readonly<Record<string, IssueParam>>): void {
    this.issues.push(createIssue(HIERARCHY_MESSAGES, code, "error", path, params, this.#locale));
  }
}

/**
 * Finds every cycle among records that have no path to a root.
 *
 * Such records form a functional graph (each has exactly one parent, also unplaced), so every one of its
 * components holds exactly one cycle. Each record is walked once: a walk that meets its own stamp has
 * found a new cycle; a walk that meets an older stamp hangs under a cycle already found. Linear time, no
 * recursion.
 *
 * Each cycle is returned as input indexes following parent links, starting at its smallest index so the
 * report does not depend on where the search began.
 *
 * @example
 * ```ts
 * // 0 → 1 → 0 is a cycle; 2 hangs under it
 * findCycles(Int32Array.of(1, 0, 0), [0, 1, 2]); // [[0, 1]]
 * ```
 */
export function findCycles(parentIndex: Int32Array, unplaced: readonly number[]): number[][] {
  const stamp = new Int32Array(parentIndex.length);
  const cycles: number[][] = [];
  for (const start of unplaced) {
    if (stamp[start] !== 0) continue;
    const mark = start + 1;
    let v = start;
    while (stamp[v] === 0) {
      stamp[v] = mark;
      v = parentIndex[v] as number;
    }
    if (stamp[v] !== mark) continue;
    const cycle: number[] = [];
    let lowest = 0;
    let u = v;
    do {
      if (u < (cycle[lowest] ?? Infinity)) lowest = cycle.length;
      cycle.push(u);
      u = parentIndex[u] as number;
    } while (u !== v);
    cycles.push([...cycle.slice(lowest), ...cycle.slice(0, lowest)]);
  }
  return cycles;
}

/**
 * A list of ids for a message: the first few, then how many more, so a national forest's thousand orphan
 * roots do not make a message of a megabyte (the full list stays in the issue's params).
 *
 * @example
 * ```ts
 * shortList(["a", "b", "c"], 2); // "a, b … (+1)"
 * ```
 */
export function shortList(ids: readonly string[], limit = 10): string {
  const head = ids.slice(0, limit).join(", ");
  return ids.length > limit ? `${head} … (+${ids.length - limit})` : head;
}

/**
 * A cycle for a message: whole when short, else its start and end around an ellipsis, so a cycle through
 * a million records does not make a message of megabytes (the whole cycle stays in the issue's params).
 *
 * @example
 * ```ts
 * shortCycle(["a", "b", "a"]); // "a → b → a"
 * ```
 */
export function shortCycle(ids: readonly string[], limit = 20): string {
  if (ids.length <= limit) return ids.join(" → ");
  return `${ids.slice(0, 10).join(" → ")} → … → ${ids.slice(-5).join(" → ")}`;
}
