/**
 * Facility statistics (设施与命名统计): how many facilities and designations — 科普e站, bulletin boards,
 * activity rooms, demonstration bases and households, 科技工作者之家 — there are on a day or were
 * designated in a period, in records and in units (个, 户), by kind, association, area or subtree.
 *
 * @module
 */
import * as z from "zod";
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import { yearOf } from "../model/dates.js";
import { DivisionLevel } from "../model/division.js";
import { FacilityKind, isFacilityOn } from "../model/facility.js";
import { dateOption } from "../model/option-schemas.js";
import { asDataset, type DatasetOrIndex } from "./dataset-input.js";
import {
  addUnits,
  compareGroups,
  groupingSchema,
  GroupTable,
  idSet,
  subtreeRootFinder,
  valueSet,
  type GroupKey,
  type SubtreeOptions,
  type UnitMeasures,
} from "./grouping.js";
import { inScope, scopedShape, type ScopedMetricOptions } from "./options.js";

/**
 * What facilities can be grouped by: their kind, the association that runs or designated them, the area
 * (division) they are in at `areaLevel`, the subtree root their association falls under, or the year
 * they were designated.
 *
 * @example
 * ```ts
 * const by: FacilityDimension[] = ["area", "kind"];
 * ```
 */
export type FacilityDimension = "kind" | "association" | "area" | "subtree" | "year";

const DIMENSIONS: readonly FacilityDimension[] = ["kind", "association", "area", "subtree", "year"];

const CODE_LENGTH: Readonly<Record<DivisionLevel, number>> = { province: 2, prefecture: 4, county: 6, township: 9, village: 12 };

/**
 * Options of {@link facilityStats}. `asOf` is the day counted: facilities in effect on it (designated on
 * or before it, not withdrawn), or, with `from`, the last day of the designation period. `D` is the
 * dimensions grouped by, which the result's group keys follow.
 */
export interface FacilityStatsOptions<D extends FacilityDimension = FacilityDimension> extends ScopedMetricOptions, SubtreeOptions {
  /** The grouping, in sort priority; `[]` gives one group of everything. */
  readonly by: readonly D[];
  /**
   * Count the designations made from this day to `asOf` (a year: 1 January to 31 December), withdrawn
   * since or not, instead of the facilities in effect on `asOf`.
   */
  readonly from?: string;
  /** Only facilities of these kinds. */
  readonly kinds?: readonly FacilityKind[];
  /** Only facilities of these associations. */
  readonly associationIds?: readonly string[];
  /** For `"area"`: the level whose units are the areas; `township` by default. */
  readonly areaLevel?: DivisionLevel;
}

/** Sums over a group of facilities: records, and units (个, 户) counting each record's `count`. */
export type FacilityMeasures = UnitMeasures;

/**
 * One group of facilities. Keys not grouped by are `null` ({@link FacilityGroupBy} says which, in its type).
 * With `"area"`, `areaCode` is `null` for a facility whose code is shorter than `areaLevel`'s, and
 * `areaName` is `null` where the dataset's divisions do not list the area.
 */
export interface FacilityGroup extends FacilityMeasures {
  readonly facilityKind: FacilityKind | null;
  readonly associationId: string | null;
  readonly areaCode: string | null;
  readonly areaName: string | null;
  readonly subtreeRootId: string | null;
  readonly year: number | null;
}

/**
 * A group of {@link facilityStats} grouped by the dimensions `D`: the keys grouped by hold their values, the others
 * are `null`, and typed so.
 *
 * @example
 * ```ts
 * const result = facilityStats(dataset, { asOf: "2020-09-07", by: ["year"] });
 * const group: FacilityGroupBy<"year"> | undefined = result.groups[0];
 * typeof group?.year; // → "number"
 * ```
 */
export interface FacilityGroupBy<D extends FacilityDimension> extends FacilityGroup {
  readonly facilityKind: GroupKey<D, FacilityDimension, "kind", FacilityKind>;
  readonly associationId: GroupKey<D, FacilityDimension, "association", string>;
  readonly areaCode: GroupKey<D, FacilityDimension, "area", string | null>;
  readonly areaName: GroupKey<D, FacilityDimension, "area", string | null>;
  readonly subtreeRootId: GroupKey<D, FacilityDimension, "subtree", string | null>;
  readonly year: GroupKey<D, FacilityDimension, "year", number>;
}

/** The result of {@link facilityStats}: plain JSON. */
export interface FacilityStats {
  readonly kind: "facility-stats";
  readonly asOf: string;
  /** The first day of the designation period, or `null` when facilities in effect on `asOf` are counted. */
  readonly from: string | null;
  /** `in-effect` (on `asOf`) or `designated` (from `from` to `asOf`). */
  readonly basis: "in-effect" | "designated";
  readonly by: readonly FacilityDimension[];
  readonly scope: string | null;
  readonly areaLevel: DivisionLevel | null;
  readonly total: FacilityMeasures;
  /** The non-empty groups, ordered by the `by` keys in turn. */
  readonly groups: readonly FacilityGroup[];
}

/**
 * The result of {@link facilityStats} grouped by the dimensions `D`, as the call returns it: its groups say which
 * keys they hold.
 *
 * @example
 * ```ts
 * const result: FacilityStatsBy<"year"> = facilityStats(dataset, { asOf: "2020-09-07", by: ["year"] });
 * ```
 */
export interface FacilityStatsBy<D extends FacilityDimension> extends FacilityStats {
  readonly by: readonly D[];
  /** The non-empty groups, ordered by the `by` keys in turn. */
  readonly groups: readonly FacilityGroupBy<D>[];
}

type Accumulator = { -readonly [K in keyof FacilityGroup]: FacilityGroup[K] };
type Keys = Omit<FacilityGroup, keyof FacilityMeasures>;

const ORDERS = {
  kind: { read: (g: Accumulator) => g.facilityKind, order: FacilityKind.options },
  association: { read: (g: Accumulator) => g.associationId, order: "string" },
  area: { read: (g: Accumulator) => g.areaCode, order: "string" },
  subtree: { read: (g: Accumulator) => g.subtreeRootId, order: "string" },
  year: { read: (g: Accumulator) => g.year, order: "number" },
} as const;

const optionsSchema = lazy(() =>
  groupingSchema(DIMENSIONS, {
    ...scopedShape(),
    from: dateOption().optional(),
    kinds: valueSet(FacilityKind.options).optional(),
    associationIds: idSet().optional(),
    areaLevel: z.enum(DivisionLevel.options).optional(),
  }),
);

/**
 * Facility and designation statistics: on a day (`asOf`), the facilities in effect, or with `from`, the
 * designations made from `from` to `asOf` — the seed's "共创建科普示范基地4个，评选农村科技示范户1435户" in
 * 2018 is `{ from: "2018-01-01", asOf: "2018-12-31" }`. Counts are given in records and in units (a record
 * may stand for a batch: 1,435 households), grouped by any of `kind`, `association`, `area` (the
 * facility's own division at `areaLevel`), `subtree` and `year` (of designation). Linear in the facilities.
 *
 * @throws TypeError when `asOf` or `from` is not a calendar date, `by`, `kinds`, `scope` or `areaLevel` is
 *   malformed, or `"subtree"` is asked for without `subtreeRoots`.
 * @example
 * ```ts
 * const made2018 = facilityStats(dataset, { from: "2018-01-01", asOf: "2018-12-31", by: ["kind"] });
 * made2018.groups; // [{ facilityKind: "demonstration-base", records: 4, units: 4, … }, { facilityKind: "demonstration-household", records: 1, units: 1435, … }]
 * ```
 */
export function facilityStats<const D extends FacilityDimension>(
  input: DatasetOrIndex,
  options: FacilityStatsOptions<D>,
): FacilityStatsBy<D> {
  const fn = "facilityStats";
  const dataset = asDataset(fn, input);
  const checked = checkOptions(fn, optionsSchema(), options);
  const { asOf, by, scope, kinds, associationIds: associations } = checked;
  const from = checked.from ?? null;
  const wants = new Set(by);
  const areaLevel = wants.has("area") ? (checked.areaLevel ?? "township") : null;
  const rootOf = subtreeRootFinder(wants.has("subtree"), checked, dataset.associations);
  const areaLength = areaLevel === null ? 0 : CODE_LENGTH[areaLevel];
  // Area names, read only when grouping by area, and only for codes of that level; the first listing wins.
  const areaNames = new Map<string, string>();
  if (areaLevel !== null) {
    for (const division of dataset.divisions) {
      if (division.code.length === areaLength && !areaNames.has(division.code)) areaNames.set(division.code, division.name);
    }
  }

  const total: Accumulator = {
    facilityKind: null,
    associationId: null,
    areaCode: null,
    areaName: null,
    subtreeRootId: null,
    year: null,
    records: 0,
    units: 0,
  };
  const groups = new GroupTable<Accumulator>();
  // A data set written before facilities existed has none.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a data set written before facilities existed has none
  for (const facility of dataset.facilities ?? []) {
    const counted = from === null ? isFacilityOn(facility, asOf) : facility.designatedOn >= from && facility.designatedOn <= asOf;
    if (!counted) continue;
    if (kinds !== undefined && !kinds.has(facility.kind)) continue;
    if (associations !== undefined && !associations.has(facility.associationId)) continue;
    if (!inScope(facility.divisionCode, scope)) continue;

    const areaCode = areaLevel !== null && facility.divisionCode.length >= areaLength ? facility.divisionCode.slice(0, areaLength) : null;
    const keys: Keys = {
      facilityKind: wants.has("kind") ? facility.kind : null,
      associationId: wants.has("association") ? facility.associationId : null,
      areaCode,
      areaName: areaCode === null ? null : (areaNames.get(areaCode) ?? null),
      subtreeRootId: rootOf === undefined ? null : rootOf(facility.associationId),
      year: wants.has("year") ? yearOf(facility.designatedOn) : null,
    };
    const parts = [keys.facilityKind, keys.associationId, keys.areaCode, keys.subtreeRootId, keys.year];
    addUnits(
      groups.at(parts, () => ({ ...keys, records: 0, units: 0 })),
      facility,
    );
    addUnits(total, facility);
  }

  const ordered = groups.sorted(compareGroups(by, ORDERS)).map((g): FacilityGroup => ({ ...g }));
  return {
    kind: "facility-stats",
    asOf,
    from,
    basis: from === null ? "in-effect" : "designated",
    by: by as D[],
    scope: scope ?? null,
    areaLevel,
    total: { records: total.records, units: total.units },
    // The groups' keys are null exactly where `by` leaves them out, as FacilityGroup<D> says.
    groups: ordered as unknown as FacilityGroupBy<D>[],
  };
}
