/**
 * `buildDivisionHierarchy`: the administrative divisions (行政区划) as a tree, each under the division its
 * code's prefix names.
 *
 * @module
 */
import type { Locale } from "../issue/issue.js";
import { parentCodeOf } from "../model/division-code.js";
import type { Division, DivisionLevel } from "../model/division.js";
import { DIVISION_LEVEL_LABELS } from "../model/labels.js";
import { DIVISION_PARENT_LEVEL } from "./allowed-parents.js";
import { buildWith, type HierarchySource } from "./build.js";
import type { BuildOptions, BuildResult } from "./types.js";
import type { ResultOf } from "../_lib/option-of.js";

const PARENT_LEVEL: Readonly<Record<string, DivisionLevel>> = DIVISION_PARENT_LEVEL;

// The one label table the messages need, read directly (see associations.ts).
function levelLabel(level: string, locale: Locale): string {
  return Object.hasOwn(PARENT_LEVEL, level) || level === "province" ? DIVISION_LEVEL_LABELS[level as DivisionLevel][locale] : level;
}

const DIVISION_SOURCE: HierarchySource<Division, DivisionLevel> = {
  idField: "code",
  // An implied parent is read from the code itself, so that is where a missing one points.
  parentField: (d) => (d.parentCode === undefined ? "code" : "parentCode"),
  idOf: (d) => d.code,
  parentOf: (d) => d.parentCode ?? (typeof d.code === "string" ? parentCodeOf(d.code) : undefined),
  kindOf: (d) => d.level,
  // Levels come from unchecked data: only a string may index the table (an object key could throw).
  parentAllowed: (childLevel, parentLevel) =>
    typeof childLevel === "string" && Object.hasOwn(PARENT_LEVEL, childLevel) && PARENT_LEVEL[childLevel] === parentLevel,
  kindLabel: levelLabel,
};

/**
 * Builds the division tree: each division's parent is its `parentCode`, or the code one level up that its
 * own code implies (`340881101` → `340881`). Issues and options are those of `buildHierarchy`; the
 * parent-kind rule is that a parent is exactly one level up ({@link DIVISION_PARENT_LEVEL}), and kind
 * filters take division levels.
 *
 * @example
 * ```ts
 * const { hierarchy } = buildDivisionHierarchy([
 *   { code: "340881", name: "桐城市", level: "county" },
 *   { code: "340881100", name: "孔城镇", level: "township" },
 * ]);
 * hierarchy.parent("340881100")?.name; // → "桐城市"
 * // "340881" itself names "3408" as its parent, which is not in the list: it is reported and made a root.
 * ```
 */
export function buildDivisionHierarchy(divisions: readonly Division[]): BuildResult<Division, DivisionLevel>;
export function buildDivisionHierarchy<const O extends BuildOptions>(
  divisions: readonly Division[],
  options: O,
): ResultOf<Division, DivisionLevel, O>;
export function buildDivisionHierarchy(
  divisions: readonly Division[],
  options?: BuildOptions,
): ResultOf<Division, DivisionLevel, BuildOptions> {
  return buildWith("buildDivisionHierarchy", "divisions", divisions, DIVISION_SOURCE, options);
}
