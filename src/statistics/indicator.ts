/**
 * Indicators (统计指标): named, documented, pure computations over a dataset for a scope and a period,
 * reusable across forms. Every value carries the ids of the records it counted, so it can be explained
 * and audited.
 *
 * @module
 */
import type { Bilingual } from "../charter/rule.js";
import type { ReportingPeriod } from "./period.js";
import type { RecordStandIn } from "./record-access.js";
import type { ScopedRecords, StatisticsIndex } from "./statistics-index.js";

/**
 * The units of measure (计量单位) the forms use: 个, 人, 次, 人次 (person-times), 户 (households), 项 (items),
 * 篇 (papers), 万元 (ten thousand yuan).
 *
 * @example
 * ```ts
 * STATISTICAL_UNITS.includes("人次"); // → true
 * ```
 */
export const STATISTICAL_UNITS = ["个", "人", "次", "人次", "户", "项", "篇", "万元"] as const;
/** A unit of measure; see {@link STATISTICAL_UNITS}. */
export type StatisticalUnit = (typeof STATISTICAL_UNITS)[number];

/**
 * The name of each unit of measure in every locale.
 *
 * @example
 * ```ts
 * UNIT_LABELS["人次"].en; // → "person-times"
 * ```
 */
export const UNIT_LABELS: Readonly<Record<StatisticalUnit, Bilingual>> = Object.freeze({
  个: { "zh-CN": "个", en: "units" },
  人: { "zh-CN": "人", en: "persons" },
  次: { "zh-CN": "次", en: "times" },
  人次: { "zh-CN": "人次", en: "person-times" },
  户: { "zh-CN": "户", en: "households" },
  项: { "zh-CN": "项", en: "items" },
  篇: { "zh-CN": "篇", en: "papers" },
  万元: { "zh-CN": "万元", en: "10,000 yuan" },
});

/**
 * The dataset collection an indicator's record ids come from.
 *
 * @example
 * ```ts
 * const from: RecordCollection = "activities";
 * ```
 */
export type RecordCollection = "associations" | "members" | "activities" | "facilities" | "outputs";

/**
 * One computed value and the ids of the records it counted, sorted. For a count, `value` is the number
 * of ids; for a sum, the ids are the records whose amounts were added.
 *
 * @example
 * ```ts
 * const lectures: IndicatorValue = { value: 2, recordIds: ["lecture-1", "lecture-2"] };
 * ```
 */
export interface IndicatorValue {
  readonly value: number;
  readonly recordIds: readonly string[];
}

/**
 * An indicator: what it counts and how, in words and as a pure function.
 *
 * - `measure`: `count` (the value is the number of distinct records listed) or `sum` (of an amount over
 *   the records listed, such as participant-times).
 * - `timing`: `stock`, read on the last day of the period (associations, members, seats, facilities), or
 *   `flow`, the records that start within the period (activities, outputs).
 * - `additive`: whether a scope's value is the sum of its sub-areas' values plus its own records', so
 *   reports of areas can be added up.
 * - `standIns`: the readings of older records it uses besides the model's own fields (campaigns read from
 *   titles, deprecated activity types read as facilities or outputs; see `RECORD_STAND_INS`).
 *
 * @example
 * ```ts
 * const enterprise = indicatorById("associations.enterprise");
 * enterprise?.compute(indexStatistics(dataset), "340881", reportingPeriod(2018)).value; // → 17
 * ```
 */
export interface Indicator {
  readonly id: string;
  readonly name: Bilingual;
  readonly definition: Bilingual;
  readonly unit: StatisticalUnit;
  readonly measure: "count" | "sum";
  readonly timing: "stock" | "flow";
  readonly additive: boolean;
  readonly records: RecordCollection;
  readonly standIns: readonly RecordStandIn[];
  /** Where the indicator comes from: a yearbook row, the seed, or the model. */
  readonly source: string;
  /** The value over the records placed at or below a scope (`null`: the whole data set) for a period. */
  compute(statistics: StatisticsIndex, scope: string | null, period: ReportingPeriod): IndicatorValue;
}

/** What an indicator definition gives besides its computation. */
export type IndicatorSpec = Omit<Indicator, "compute" | "measure" | "standIns"> & { readonly standIns?: readonly RecordStandIn[] };

function sortedIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * What an indicator definition reads from: the records of the scope, the period, and the whole prepared
 * dataset (for look-ups such as a member's association).
 *
 * @example
 * ```ts
 * const enterprises: IndicatorSelect<string[]> = (records) => records.associations.filter((a) => a.kind === "enterprise").map((a) => a.id);
 * ```
 */
export type IndicatorSelect<T> = (records: ScopedRecords, period: ReportingPeriod, statistics: StatisticsIndex) => T;

function defineIndicator(spec: IndicatorSpec, measure: Indicator["measure"], value: IndicatorSelect<IndicatorValue>): Indicator {
  return Object.freeze({
    ...spec,
    measure,
    standIns: Object.freeze([...(spec.standIns ?? [])]),
    compute: (statistics: StatisticsIndex, scope: string | null, period: ReportingPeriod): IndicatorValue =>
      value(statistics.recordsIn(scope), period, statistics),
  });
}

/**
 * Defines a counting indicator: `select` yields the ids of the records counted (a repeated id counts
 * once), and the value is how many there are.
 *
 * @example
 * ```ts
 * const spec: IndicatorSpec = { ...INDICATORS[0]!, id: "mine.associations" };
 * const all = countIndicator(spec, (records) => records.associations.map((a) => a.id));
 * all.compute(indexStatistics(dataset), "340881", reportingPeriod(2020)).value; // → 282
 * ```
 */
export function countIndicator(spec: IndicatorSpec, select: IndicatorSelect<Iterable<string>>): Indicator {
  return defineIndicator(spec, "count", (records, period, statistics) => {
    const recordIds = sortedIds(select(records, period, statistics));
    return { value: recordIds.length, recordIds };
  });
}

/**
 * Defines a summing indicator: `select` yields `[id, amount]` for every record counted, and the value is
 * the sum of the amounts (a record listed twice is added once).
 *
 * @example
 * ```ts
 * const spec: IndicatorSpec = { ...INDICATORS[0]!, id: "mine.participant-times" };
 * const times = sumIndicator(spec, (records) => records.activities.map((a) => [a.id, a.participantTimes] as const));
 * times.measure; // → "sum"
 * ```
 */
export function sumIndicator(spec: IndicatorSpec, select: IndicatorSelect<Iterable<readonly [string, number]>>): Indicator {
  return defineIndicator(spec, "sum", (records, period, statistics) => {
    const amounts = new Map<string, number>();
    for (const [id, amount] of select(records, period, statistics)) {
      if (!amounts.has(id)) amounts.set(id, amount);
    }
    let value = 0;
    for (const amount of amounts.values()) value += amount;
    return { value, recordIds: sortedIds(amounts.keys()) };
  });
}
