/**
 * Output statistics (成果统计): papers, awards, patents and reports credited to associations, in records
 * and in units, by year, kind, stage, association or subtree.
 *
 * @module
 */
import { yearOf } from "../model/dates.js";
import { OutputKind, OutputStage } from "../model/output.js";
import { asDataset, type DatasetOrIndex } from "./dataset-input.js";
import { addUnits, compareGroups, GroupTable, requireDimensions, requireStrings, requireValues, subtreeRootFinder, type SubtreeOptions, type UnitMeasures } from "./grouping.js";
import { requireDate, requireOptions } from "./options.js";

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

/** Options of {@link outputStats}. */
export interface OutputStatsOptions extends SubtreeOptions {
  /** Only outputs dated on or before this day. */
  readonly asOf: string;
  /** The grouping, in sort priority; `[]` gives one group of everything. */
  readonly by: readonly OutputDimension[];
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

/** One group. Keys not grouped by are `null`; so is `stage` for outputs that record none. */
export interface OutputGroup extends OutputMeasures {
  readonly year: number | null;
  readonly outputKind: OutputKind | null;
  readonly stage: OutputStage | null;
  readonly associationId: string | null;
  readonly subtreeRootId: string | null;
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
export function outputStats(input: DatasetOrIndex, options: OutputStatsOptions): OutputStats {
  const fn = "outputStats";
  requireOptions(fn, options);
  const asOf = requireDate(fn, "asOf", options.asOf);
  const by = requireDimensions(fn, options.by, DIMENSIONS);
  const from = options.from === undefined ? null : requireDate(fn, "from", options.from);
  const to = options.to === undefined ? null : requireDate(fn, "to", options.to);
  const kinds = requireValues(fn, "kinds", options.kinds, OutputKind.options);
  const associations = options.associationIds === undefined ? undefined : new Set(requireStrings(fn, "associationIds", options.associationIds));
  const dataset = asDataset(fn, input);
  const wants = new Set(by);
  const rootOf = subtreeRootFinder(fn, wants.has("subtree"), options, dataset.associations);

  const total: Accumulator = { year: null, outputKind: null, stage: null, associationId: null, subtreeRootId: null, records: 0, units: 0 };
  const groups = new GroupTable<Accumulator>();
  // A data set written before outputs existed has none.
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
    addUnits(groups.at(parts, () => ({ ...keys, records: 0, units: 0 })), output);
    addUnits(total, output);
  }

  const ordered = groups
    .sorted(compareGroups(by, ORDERS))
    .map((g): OutputGroup => ({ ...g }));
  return { kind: "output-stats", asOf, by, from, to, total: { records: total.records, units: total.units }, groups: ordered };
}
