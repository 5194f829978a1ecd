/**
 * Test helpers: deep-freezing inputs, and small association fixtures.
 */
import type { Association, AssociationKind } from "../../src/index.js";

/** Freezes a value and everything reachable from it, so any write by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== "object" || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
  return value;
}

/** An association with the fields the hierarchy reads; the rest are fixed. */
export function assoc(id: string, kind: AssociationKind, parentId?: string): Association {
  const base = { id, name: `${id} 科协`, kind, establishedOn: "2019-01-01" };
  return parentId === undefined ? base : { ...base, parentId };
}

/**
 * A Tongcheng-shaped tree:
 *
 * ```
 * ah (provincial)
 * └─ aq (prefectural)
 *    └─ tc (county)
 *       ├─ kc (township)
 *       │  ├─ kc-v1 (village)
 *       │  └─ kc-v2 (village)
 *       ├─ wd (subdistrict)
 *       │  └─ wd-c1 (community)
 *       ├─ health (government-agency)
 *       └─ school (school)
 * ```
 */
export function tongcheng(): Association[] {
  return [
    assoc("ah", "provincial"),
    assoc("aq", "prefectural", "ah"),
    assoc("tc", "county", "aq"),
    assoc("kc", "township", "tc"),
    assoc("kc-v1", "village", "kc"),
    assoc("kc-v2", "village", "kc"),
    assoc("wd", "subdistrict", "tc"),
    assoc("wd-c1", "community", "wd"),
    assoc("health", "government-agency", "tc"),
    assoc("school", "school", "tc"),
  ];
}

/** The ids of nodes that have one (associations and the virtual root). */
export function idsOf(nodes: Iterable<{ readonly id: string }>): string[] {
  return Array.from(nodes, (node) => node.id);
}
