/**
 * Coverage of an explicit target list (enterprises, schools, hospitals, agencies): which listed units
 * have an association of their own.
 *
 * @module
 */
import * as z from "zod";
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import { isActiveOn, type AssociationKind } from "../model/association.js";
import { dateOption } from "../model/option-schemas.js";
import { asDataset, type DatasetOrIndex } from "./dataset-input.js";
import { kindList, type MetricOptions } from "./options.js";

import { tally, type Tally } from "./ratio.js";

/**
 * A unit that should have an association (目标单位): an enterprise, school, hospital or agency.
 *
 * @example
 * ```ts
 * const target: CoverageTarget = { id: "school-3", name: "桐城中学", category: "school" };
 * ```
 */
export interface CoverageTarget {
  /** The caller's id for the unit; the result is ordered by it. */
  readonly id: string;
  /** The unit's name, matched against associations' host-unit names. */
  readonly name: string;
  /** The unified social credit code, matched against host units' codes when both are known. */
  readonly creditCode?: string;
  /** A free grouping (e.g. "enterprise", "school"), for a breakdown. */
  readonly category?: string;
}

/** Options of {@link targetCoverage}. */
export interface TargetCoverageOptions extends MetricOptions {
  /** The units that should have an association; a repeated id counts once. */
  readonly targets: readonly CoverageTarget[];
  /** Only associations of these kinds count; default any kind. */
  readonly kinds?: readonly AssociationKind[];
}

/** One target and what covers it. */
export interface TargetStatus {
  readonly id: string;
  readonly name: string;
  readonly category: string | null;
  readonly covered: boolean;
  /** How it was matched: by credit code, by host-unit name, or `null` when uncovered. */
  readonly matchedBy: "credit-code" | "name" | null;
  /** The covering associations' ids, sorted. */
  readonly associationIds: readonly string[];
}

/** A tally for one category; `category` is `null` for targets without one. */
export interface CategoryTally extends Tally {
  readonly category: string | null;
}

/** The result of {@link targetCoverage}: plain JSON. */
export interface TargetCoverage extends Tally {
  readonly kind: "target-coverage";
  readonly asOf: string;
  /** The association kinds that count, or `null` for any. */
  readonly kinds: readonly AssociationKind[] | null;
  /** Per category, by category (targets without one last). */
  readonly byCategory: readonly CategoryTally[];
  /** Every target, by id. A repeated id counts once. */
  readonly targets: readonly TargetStatus[];
  /** The uncovered targets' ids, by id. */
  readonly gaps: readonly string[];
}

/**
 * Normalises a unit name for matching: compatibility forms folded (full-width letters and digits, the
 * ideographic space) and white space removed, since registers write the same name with either.
 *
 * @example
 * ```ts
 * unitNameKey("桐城 中学") === unitNameKey("桐城中学"); // → true
 * ```
 */
export function unitNameKey(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "");
}

const optionsSchema = lazy(() =>
  z.object({
    asOf: dateOption(),
    targets: z.array(z.object({ id: z.string(), name: z.string(), creditCode: z.string().optional(), category: z.string().optional() })),
    kinds: kindList().optional(),
  }),
);

function push(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else list.push(id);
}

/**
 * How many units of a target list have an association active on a date. A target is covered by an
 * association whose host unit has the target's credit code; failing that, by one whose host-unit name
 * equals the target's name after {@link unitNameKey}, but only where the two cannot be told apart by
 * code: when both the target and the host unit carry a credit code and the codes differ, they are
 * different units, whatever their names (names such as 第一中学 or 人民医院 repeat across a county, so a
 * name match there would count a unit as covered by another unit's association).
 *
 * @throws TypeError when `input` is not a parsed data set or its index, `options.targets` is not a list
 *   of `{ id, name }`, or `options.asOf` is not a date.
 * @example
 * ```ts
 * const result = targetCoverage(dataset, {
 *   asOf: "2020-09-07",
 *   kinds: ["school"],
 *   targets: [
 *     { id: "s1", name: "桐城中学", category: "school" },
 *     { id: "s2", name: "桐城市第二中学", category: "school" },
 *   ],
 * });
 * result.covered; // 1
 * result.gaps; // ["s2"]
 * ```
 */
export function targetCoverage(input: DatasetOrIndex, options: TargetCoverageOptions): TargetCoverage {
  const fn = "targetCoverage";
  const { associations } = asDataset(fn, input);
  const { asOf, targets: list, ...rest } = checkOptions(fn, optionsSchema(), options);
  const kinds = rest.kinds ?? null;

  const byCredit = new Map<string, string[]>();
  // By name, all hosts, and apart those without a code: a target with a code may match only those.
  const byName = new Map<string, string[]>();
  const byNameWithoutCode = new Map<string, string[]>();
  for (const association of associations) {
    const host = association.hostUnit;
    if (host === undefined || !isActiveOn(association, asOf)) continue;
    if (kinds !== null && !kinds.includes(association.kind)) continue;
    const key = unitNameKey(host.name);
    if (host.creditCode !== undefined) push(byCredit, host.creditCode, association.id);
    else push(byNameWithoutCode, key, association.id);
    push(byName, key, association.id);
  }

  // Canonical order: by id, then name, so a repeated id keeps the same entry whatever the input order.
  const sorted = [...list].sort((a, b) => (a.id !== b.id ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const statuses: TargetStatus[] = [];
  for (const target of sorted) {
    if (statuses.at(-1)?.id === target.id) continue;
    const byCode = target.creditCode === undefined ? undefined : byCredit.get(target.creditCode);
    const names = target.creditCode === undefined ? byName : byNameWithoutCode;
    const byUnitName = byCode === undefined ? names.get(unitNameKey(target.name)) : undefined;
    const ids = [...new Set(byCode ?? byUnitName ?? [])].sort();
    statuses.push({
      id: target.id,
      name: target.name,
      category: target.category ?? null,
      covered: ids.length > 0,
      matchedBy: byCode !== undefined ? "credit-code" : byUnitName !== undefined ? "name" : null,
      associationIds: ids,
    });
  }

  const categories = new Map<string | null, [number, number]>();
  for (const status of statuses) {
    const counts = categories.get(status.category) ?? [0, 0];
    counts[0] += 1;
    counts[1] += status.covered ? 1 : 0;
    categories.set(status.category, counts);
  }
  const byCategory = [...categories.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
    .map(([category, [total, covered]]): CategoryTally => ({ category, ...tally(covered, total) }));
  const covered = statuses.filter((status) => status.covered).length;

  return {
    kind: "target-coverage",
    asOf,
    kinds,
    ...tally(covered, statuses.length),
    byCategory,
    targets: statuses,
    gaps: statuses.filter((status) => !status.covered).map((status) => status.id),
  };
}
