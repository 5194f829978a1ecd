/**
 * kexie/csv: any metric's result flattened into rows, and rows written as CSV. Loads no zod and no
 * metric: it reads results that were computed already, so a page that only offers a download stays small.
 *
 * @packageDocumentation
 */
export { ROW_PARTS, toRows, type Cell, type MetricResult, type Row, type RowPart } from "../metrics/rows.js";
export { toCsv, type CsvOptions } from "../metrics/csv.js";
