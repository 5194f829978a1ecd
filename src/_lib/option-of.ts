/**
 * How the hierarchy builders' result types follow the options they were given: a virtual root adds a
 * node type, strict mode may give no hierarchy.
 *
 * @module
 */
import type { Hierarchy } from "../hierarchy/hierarchy.js";
import type { BuildResult, VirtualRootNode } from "../hierarchy/types.js";

/**
 * The type of an option property, `undefined` when the options type does not have it: how the result
 * types follow the options a build was given.
 *
 * @example
 * ```ts
 * type Strict = OptionOf<{ strict: true }, "strict">; // true
 * type Absent = OptionOf<{}, "strict">; // undefined
 * ```
 */
export type OptionOf<O, K extends string> = K extends keyof O ? O[K] : undefined;

/**
 * The node type a builder's options give: the record type, plus {@link VirtualRootNode} when a virtual
 * root may be asked for.
 *
 * @example
 * ```ts
 * type N = NodeOf<Association, { virtualRoot: { id: "all" } }>; // Association | VirtualRootNode
 * ```
 */
export type NodeOf<T, O> = [OptionOf<O, "virtualRoot">] extends [undefined] ? T : T | VirtualRootNode;

/**
 * The result type a builder's options give: strict mode may give no hierarchy.
 *
 * @example
 * ```ts
 * type R = ResultOf<Association, AssociationKind, { strict: true }>; // hierarchy: Hierarchy<…> | undefined
 * ```
 */
export type ResultOf<T, K extends string, O> = [OptionOf<O, "strict">] extends [false | undefined]
  ? BuildResult<NodeOf<T, O>, K>
  : BuildResult<NodeOf<T, O>, K, Hierarchy<NodeOf<T, O>, K> | undefined>;
