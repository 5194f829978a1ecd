/**
 * The hierarchy part of the public API: building association and division hierarchies with integrity
 * issues, querying them, and rolling numbers up their subtrees. Loads no zod: it reads records that were
 * parsed already, or any objects with an id and a parent id.
 *
 * @packageDocumentation
 */
export { ALLOWED_PARENT_KINDS, DIVISION_PARENT_LEVEL, parentKindPredicate, type AllowedParents } from "./allowed-parents.js";
export { buildHierarchy, type AssociationHierarchyOptions } from "./associations.js";
export { buildHierarchyBy, type HierarchySource } from "./build.js";
export { buildDivisionHierarchy } from "./divisions.js";
export type { DescendantFilter, Hierarchy } from "./hierarchy.js";
export { HIERARCHY_MESSAGES, type HierarchyIssue, type HierarchyIssueCode } from "./messages.js";
export { rollup, type Combine, type Rollup, type RollupOptions } from "./rollup.js";
export type { BuildOptions, BuildResult, ExcludedRecord, ExclusionReason, VirtualRootNode } from "./types.js";
