/**
 * Reading the grouping maps of a data set's index, where a key with no records has no entry.
 *
 * @module
 */

const NONE: readonly never[] = Object.freeze([]);

/**
 * The list a grouping map holds for a key, or a shared empty list.
 *
 * @example
 * ```ts
 * listOf(index.membersByAssociation, "tc-health").length;
 * ```
 */
export function listOf<T>(map: ReadonlyMap<string, readonly T[]>, key: string): readonly T[] {
  return map.get(key) ?? NONE;
}
