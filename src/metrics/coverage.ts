/**
 * Organisational coverage (组织覆盖) of one area: how many of its township-level and village-level units
 * have an association on a date, per level and per area directly below, with the uncovered units (gaps).
 *
 * @module
 */
import * as z from "zod";
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import type { Association } from "../model/association.js";

import { divisionSubKind, levelOfCode } from "../model/division-code.js";
import { DivisionSubKind, type Division, type DivisionLevel, type DivisionListInfo } from "../model/division.js";
import { coverageKindsSchema, coverMasks, divisionListOf, TOWNSHIP_BIT, VILLAGE_BIT, type CoverageKinds } from "./covering.js";
import { asDataset, type DatasetOrIndex } from "./dataset-input.js";
import { scopedShape, type ScopedMetricOptions } from "./options.js";

import { tally, type Tally } from "./ratio.js";

/** The two levels coverage counts: township-level (乡级) and village-level (村级) units. */
export type CoverageLevel = "township" | "village";

/** The coverage levels in report order. */
const LEVELS: readonly CoverageLevel[] = ["township", "village"];

/** Options of {@link organisationalCoverage}. */
export interface OrganisationalCoverageOptions extends ScopedMetricOptions {
  /** Which association kinds cover which level; default {@link COVERAGE_KINDS}. */
  readonly kinds?: CoverageKinds;
  /** Also break each level down by sub-kind (街道, 镇, 乡, 开发区; 居委会, 村委会). Default false. */
  readonly bySubKind?: boolean;
}

/** An uncovered unit (空白点). */
export interface CoverageGap {
  readonly code: string;
  readonly name: string;
  /** The sub-kind its code range implies, or `null` outside the known ranges. */
  readonly subKind: DivisionSubKind | null;
}

/** A tally for one sub-kind; `subKind` is `null` for codes outside the known ranges. */
export interface SubKindTally extends Tally {
  readonly subKind: DivisionSubKind | null;
}

/** Coverage of one level within the scope. */
export interface LevelCoverage extends Tally {
  readonly level: CoverageLevel;
  /** The sub-kind breakdown, in {@link DivisionSubKind} order; `null` unless asked for. */
  readonly bySubKind: readonly SubKindTally[] | null;
  /** The uncovered units, by code. */
  readonly gaps: readonly CoverageGap[];
}

/** Coverage of one area directly below the scope, at both levels. */
export interface AreaCoverage {
  readonly code: string;
  /** The area's name in the list, or `null` when only its units are listed. */
  readonly name: string | null;
  readonly level: DivisionLevel;
  readonly township: Tally;
  readonly village: Tally;
}

/** The result of {@link organisationalCoverage}: plain JSON. */
export interface OrganisationalCoverage {
  readonly kind: "organisational-coverage";
  readonly asOf: string;
  /** The division list the figures come from, or `"unknown"` when the dataset does not name it. */
  readonly divisionList: DivisionListInfo | "unknown";
  /** The scope's code and name (`null` for the whole list, or a name the list lacks). */
  readonly scope: { readonly code: string | null; readonly name: string | null };
  /** Township level first, then village level. */
  readonly levels: readonly LevelCoverage[];
  /** The areas directly below the scope, by code. */
  readonly areas: readonly AreaCoverage[];
}

const optionsSchema = lazy(() => z.object({ ...scopedShape(), kinds: coverageKindsSchema(), bySubKind: z.boolean().optional() }));

// The code length of the areas one level below a scope of a given code length (no scope: provinces).
const CHILD_LENGTH: Readonly<Record<number, number>> = { 0: 2, 2: 4, 4: 6, 6: 9, 9: 12 };

interface Leaf {
  name: string;
  readonly level: CoverageLevel;
}

/** Keeps the smaller of two names, so a code listed twice is named the same whatever the input order. */
function smallerName(current: string | null | undefined, name: string): string {
  return current === null || current === undefined || name < current ? name : current;
}

/**
 * Organisational coverage (组织覆盖) of an area on a date. A township-level unit (9-digit code) is covered
 * when an association active on the date serves its code with a township-level kind; a village-level unit
 * (12-digit code) likewise with a village-level kind (see {@link COVERAGE_KINDS}). The level is read from
 * the code's length; a code listed twice counts once.
 *
 * @throws TypeError when `input` is not a parsed data set or its index, `options.asOf` is missing or not a
 *   calendar date, or `scope`/`kinds` are malformed.
 * @example
 * ```ts
 * const result = organisationalCoverage(dataset, { scope: "340881", asOf: "2020-09-07" });
 * result.levels[0]; // → { level: "township", total: 17, covered: 17, ratio: 1, gaps: [], bySubKind: null }
 * result.levels[1]?.covered; // → 223
 * ```
 */
export function organisationalCoverage(input: DatasetOrIndex, options: OrganisationalCoverageOptions): OrganisationalCoverage {
  const fn = "organisationalCoverage";
  const dataset = asDataset(fn, input);
  const { asOf, scope, kinds, bySubKind } = checkOptions(fn, optionsSchema(), options);
  const withSubKinds = bySubKind === true;
  const divisions: readonly Division[] = dataset.divisions;
  const associations: readonly Association[] = dataset.associations;

  const childLength = CHILD_LENGTH[scope?.length ?? 0];
  let scopeName: string | null = null;
  const areaNames = new Map<string, string | null>();
  const leaves = new Map<string, Leaf>();
  for (const division of divisions) {
    const code = division.code;
    if (scope !== undefined && !code.startsWith(scope)) continue;
    if (code === scope) scopeName = smallerName(scopeName, division.name);
    if (code.length === childLength) areaNames.set(code, smallerName(areaNames.get(code), division.name));
    const level = levelOfCode(code);
    if (level !== "township" && level !== "village") continue;
    const leaf = leaves.get(code);
    if (leaf === undefined) leaves.set(code, { name: division.name, level });
    else leaf.name = smallerName(leaf.name, division.name);
  }

  const masks = coverMasks(associations, asOf, kinds);
  const counts = { township: [0, 0], village: [0, 0] };
  const gaps: Record<CoverageLevel, CoverageGap[]> = { township: [], village: [] };
  const subKindCounts = new Map<string, [number, number]>();
  const areaCounts = new Map<string, [number, number, number, number]>();
  for (const code of [...leaves.keys()].sort()) {
    const leaf = leaves.get(code) as Leaf;
    const bit = leaf.level === "township" ? TOWNSHIP_BIT : VILLAGE_BIT;
    const covered = ((masks.get(code) ?? 0) & bit) !== 0 ? 1 : 0;
    const levelCounts = counts[leaf.level] as [number, number];
    levelCounts[0] += 1;
    levelCounts[1] += covered;
    const subKind = divisionSubKind(code) ?? null;
    if (covered === 0) gaps[leaf.level].push({ code, name: leaf.name, subKind });
    if (withSubKinds) {
      const key = `${leaf.level}/${subKind ?? ""}`;
      const sub = subKindCounts.get(key) ?? [0, 0];
      sub[0] += 1;
      sub[1] += covered;
      subKindCounts.set(key, sub);
    }
    if (childLength !== undefined && code.length >= childLength) {
      const area = code.slice(0, childLength);
      const tallyOfArea = areaCounts.get(area) ?? [0, 0, 0, 0];
      const offset = leaf.level === "township" ? 0 : 2;
      tallyOfArea[offset] = tallyOfArea[offset] + 1;
      tallyOfArea[offset + 1] = (tallyOfArea[offset + 1] as number) + covered;
      areaCounts.set(area, tallyOfArea);
    }
  }

  const levels = LEVELS.map((level): LevelCoverage => {
    const [total, covered] = counts[level] as [number, number];
    return {
      level,
      ...tally(covered, total),
      bySubKind: withSubKinds ? subKindTallies(level, subKindCounts) : null,
      gaps: gaps[level],
    };
  });

  const areaCodes = new Set([...areaNames.keys(), ...areaCounts.keys()]);
  const areas = [...areaCodes].sort().map((code): AreaCoverage => {
    const [tTotal, tCovered, vTotal, vCovered] = areaCounts.get(code) ?? [0, 0, 0, 0];
    return {
      code,
      name: areaNames.get(code) ?? null,
      level: levelOfCode(code) as DivisionLevel,
      township: tally(tCovered, tTotal),
      village: tally(vCovered, vTotal),
    };
  });

  return {
    kind: "organisational-coverage",
    asOf,
    divisionList: divisionListOf(dataset.divisionList),
    scope: { code: scope ?? null, name: scopeName },
    levels,
    areas,
  };
}

function subKindTallies(level: CoverageLevel, counts: ReadonlyMap<string, [number, number]>): SubKindTally[] {
  const out: SubKindTally[] = [];
  for (const subKind of [...DivisionSubKind.options, null]) {
    const entry = counts.get(`${level}/${subKind ?? ""}`);
    if (entry !== undefined) out.push({ subKind, ...tally(entry[1], entry[0]) });
  }
  return out;
}
