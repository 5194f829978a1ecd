/**
 * Output statistics (成果统计): papers, awards, patents and reports credited to associations, in records
 * and in units, by year, kind, stage, association or subtree.
 *
 * @module
 */
import { checkOptions } from "../_lib/check-options.js";
import { lazy } from "../_lib/lazy.js";
import { yearOf } from "../model/dates.js";
import { OutputKind, OutputStage } from "../model/output.js";
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
import { periodInOrder, periodShape, type MetricOptions } from "./options.js";

/**
 * What outputs can be grouped by: the calendar year of their date, their kind, their stage (applied or
 * granted), their association, or the subtree root their association falls under.
 *
 * @example
 * ```ts
 * const by: OutputDimension[] = ["year", "kind", "stage"];
 * ```
 */
export type OutputDimension = "year" | "kind" | "stage" | "association" | "subtree";

const DIMENSIONS: readonly OutputDimension[] = ["year", "kind", "stage", "association", "subtree"];

/**
 * Options of {@link outputStats}: only outputs dated on or before `asOf` count. `D` is the dimensions
 * grouped by, which the result's group keys follow.
 */
export interface OutputStatsOptions<D extends OutputDimension = OutputDimension> extends MetricOptions, SubtreeOptions {
  /** The grouping, in sort priority; `[]` gives one group of everything. */
  readonly by: readonly D[];
  /** Only outputs dated on or after this day. */
  readonly from?: string;
  /** Only outputs dated on or before this day. */
  readonly to?: string;
  /** Only outputs of these kinds. */
  readonly kinds?: readonly OutputKind[];
  /** Only outputs of these associations. */
  readonly associationIds?: readonly string[];
}

/** Sums over a group of outputs: records, and units (篇, 项, 件) counting each record's `count`. */
export type OutputMeasures = UnitMeasures;

/**
 * One group of outputs. Keys not grouped by are `null` ({@link OutputGroupBy} says which, in its type); so
 * is `stage` for outputs that record none.
 */
export interface OutputGroup extends OutputMeasures {
  readonly year: number | null;
  readonly outputKind: OutputKind | null;
  readonly stage: OutputStage | null;
  readonly associationId: string | null;
  readonly subtreeRootId: string | null;
}

/**
 * A group of {@link outputStats} grouped by the dimensions `D`: the keys grouped by hold their values, the others
 * are `null`, and typed so.
 *
 * @example
 * ```ts
 * const result = outputStats(dataset, { asOf: "2020-09-07", by: ["year"] });
 * const group: OutputGroupBy<"year"> | undefined = result.groups[0];
 * typeof group?.year; // → "number"
 * ```
 */
export interface OutputGroupBy<D extends OutputDimension> extends OutputGroup {
  readonly year: GroupKey<D, OutputDimension, "year", number>;
  readonly outputKind: GroupKey<D, OutputDimension, "kind", OutputKind>;
  readonly stage: GroupKey<D, OutputDimension, "stage", OutputStage | null>;
  readonly associationId: GroupKey<D, OutputDimension, "association", string>;
  readonly subtreeRootId: GroupKey<D, OutputDimension, "subtree", string | null>;
}

/** The result of {@link outputStats}: plain JSON. */
export interface OutputStats {
  readonly kind: "output-stats";
  readonly asOf: string;
  readonly by: readonly OutputDimension[];
  readonly from: string | null;
  readonly to: string | null;
  readonly total: OutputMeasures;
  /** The non-empty groups, ordered by the `by` keys in turn. */
  readonly groups: readonly OutputGroup[];
}

/**
 * The result of {@link outputStats} grouped by the dimensions `D`, as the call returns it: its groups say which
 * keys they hold.
 *
 * @example
 * ```ts
 * const result: OutputStatsBy<"year"> = outputStats(dataset, { asOf: "2020-09-07", by: ["year"] });
 * ```
 */
export interface OutputStatsBy<D extends OutputDimension> extends OutputStats {
  readonly by: readonly D[];
  /** The non-empty groups, ordered by the `by` keys in turn. */
  readonly groups: readonly OutputGroupBy<D>[];
}

const optionsSchema = lazy(() =>
  groupingSchema(DIMENSIONS, {
    ...periodShape(),
    kinds: valueSet(OutputKind.options).optional(),
    associationIds: idSet().optional(),
  }).superRefine(periodInOrder),
);

type Accumulator = { -readonly [K in keyof OutputGroup]: OutputGroup[K] };
type Keys = Omit<OutputGroup, keyof OutputMeasures>;

const ORDERS = {
  year: { read: (g: Accumulator) => g.year, order: "number" },
  kind: { read: (g: Accumulator) => g.outputKind, order: OutputKind.options },
  stage: { read: (g: Accumulator) => g.stage, order: OutputStage.options },
  association: { read: (g: Accumulator) => g.associationId, order: "string" },
  subtree: { read: (g: Accumulator) => g.subtreeRootId, order: "string" },
} as const;

/**
 * Output statistics: the outputs dated on or before `asOf` (and within `from`–`to`), in records and in
 * units (a record may stand for several: "论文20余篇"), grouped by any of `year`, `kind`, `stage`,
 * `association` and `subtree`. Outputs are not activities: they never count in work coverage, dormancy or
 * the 五有 checklist. Linear in the outputs.
 *
 * @throws TypeError when `asOf`, `from` or `to` is not a calendar date, `by` or `kinds` is malformed, or
 *   `"subtree"` is asked for without `subtreeRoots`.
 * @example
 * ```ts
 * const result = outputStats(dataset, { asOf: "2020-09-07", from: "2018-01-01", to: "2018-12-31", by: ["kind", "stage"] });
 * result.groups; // [{ outputKind: "paper", stage: null, units: 20, … }, { outputKind: "award", stage: "applied", units: 3, … }]
 * ```
 */
export function outputStats<const D extends OutputDimension>(input: DatasetOrIndex, options: OutputStatsOptions<D>): OutputStatsBy<D> {
  const fn = "outputStats";
  const dataset = asDataset(fn, input);
  const checked = checkOptions(fn, optionsSchema(), options);
  const { asOf, by, kinds, associationIds: associations } = checked;
  const from = checked.from ?? null;
  const to = checked.to ?? null;
  const wants = new Set(by);
  const rootOf = subtreeRootFinder(wants.has("subtree"), checked, dataset.associations);

  const total: Accumulator = { year: null, outputKind: null, stage: null, associationId: null, subtreeRootId: null, records: 0, units: 0 };
  const groups = new GroupTable<Accumulator>();
  // A data set written before outputs existed has none.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a data set written before outputs existed has none
  for (const output of dataset.outputs ?? []) {
    const date = output.date;
    if (date > asOf || (from !== null && date < from) || (to !== null && date > to)) continue;
    if (kinds !== undefined && !kinds.has(output.kind)) continue;
    if (associations !== undefined && !associations.has(output.associationId)) continue;

    const keys: Keys = {
      year: wants.has("year") ? yearOf(date) : null,
      outputKind: wants.has("kind") ? output.kind : null,
      stage: wants.has("stage") ? (output.stage ?? null) : null,
      associationId: wants.has("association") ? output.associationId : null,
      subtreeRootId: rootOf === undefined ? null : rootOf(output.associationId),
    };
    const parts = [keys.year, keys.outputKind, keys.stage, keys.associationId, keys.subtreeRootId];
    addUnits(
      groups.at(parts, () => ({ ...keys, records: 0, units: 0 })),
      output,
    );
    addUnits(total, output);
  }

  const ordered = groups.sorted(compareGroups(by, ORDERS)).map((g): OutputGroup => ({ ...g }));
  // The groups' keys are null exactly where `by` leaves them out, as OutputGroup<D> says.
  const groupsOfD = ordered as unknown as OutputGroupBy<D>[];
  return { kind: "output-stats", asOf, by: by as D[], from, to, total: { records: total.records, units: total.units }, groups: groupsOfD };
}
