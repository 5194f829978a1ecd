/**
 * The shapes shared by every hierarchy builder: options, results, excluded records, the virtual root.
 *
 * @module
 */
import type { Locale } from "../issue/issue.js";
import type { HierarchyIssue } from "./messages.js";
import type { Hierarchy } from "./hierarchy.js";

/**
 * The synthetic node a forest hangs from when `virtualRoot` is asked for.
 *
 * @example
 * ```ts
 * const root: VirtualRootNode = { id: "all", name: "全部", virtual: true };
 * ```
 */
export interface VirtualRootNode {
  readonly id: string;
  readonly name: string;
  readonly virtual: true;
}

/**
 * Options every builder takes.
 *
 * @example
 * ```ts
 * const options: BuildOptions = { locale: "en", singleRoot: true, strict: true };
 * ```
 */
export interface BuildOptions {
  /** The language of issue messages; zh-CN by default. */
  readonly locale?: Locale;
  /** Give no hierarchy at all when any error is found. */
  readonly strict?: boolean;
  /** Report `hierarchy.multiple-roots` when the records form more than one tree. */
  readonly singleRoot?: boolean;
  /**
   * Hang every root under one synthetic node (rank 0, depth 0), so forest-wide questions (a national
   * total, the common ancestor of two provinces) have a tree to be answered in.
   */
  readonly virtualRoot?: { readonly id: string; readonly name?: string };
}

/** Why a record is not in the hierarchy (`unreadable`: reading it threw, as a getter or revoked proxy does). */
export type ExclusionReason = "invalid-id" | "duplicate" | "cycle" | "under-cycle" | "unreadable";

/**
 * A record left out of the hierarchy, so nothing is dropped silently. `under-cycle` records are
 * descendants of a cycle: they have no path to a root, and the cycle's issue stands for them.
 *
 * @example
 * ```ts
 * const left: ExcludedRecord = { index: 3, id: "a1", reason: "duplicate" };
 * ```
 */
export interface ExcludedRecord {
  /** The record's index in the input array. */
  readonly index: number;
  /** The record's id; absent when it has no valid id. */
  readonly id?: string;
  readonly reason: ExclusionReason;
}

/**
 * What a builder returns: the hierarchy (absent in strict mode when an error was found), every
 * integrity issue at once, and the records left out.
 *
 * @example
 * ```ts
 * const { hierarchy, issues, excluded } = buildHierarchy(dataset.associations);
 * [hierarchy.size, issues.length, excluded.length]; // → [284, 0, 0]
 * ```
 */
export interface BuildResult<N, K extends string, H extends Hierarchy<N, K> | undefined = Hierarchy<N, K>> {
  readonly hierarchy: H;
  readonly issues: readonly HierarchyIssue[];
  readonly excluded: readonly ExcludedRecord[];
}
