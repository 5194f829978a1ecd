/**
 * Metrics that join several collections take either a parsed dataset or its index, so a notebook that
 * computes many figures indexes the dataset once.
 *
 * @module
 */
import { indexDataset, type DatasetIndex } from "../dataset/dataset-index.js";
import { isDatasetIndex, requireDatasetOrIndex, type ParsedDataset } from "../dataset/parsed.js";

/**
 * A parsed dataset, or the index {@link indexDataset} built from one.
 *
 * @example
 * ```ts
 * const input: DatasetOrIndex = indexDataset(dataset);
 * ```
 */
export type DatasetOrIndex = ParsedDataset | DatasetIndex;

/**
 * The index of a dataset, building it only when given the dataset itself. Anything but a parsed
 * dataset or its index is misuse.
 *
 * @example
 * ```ts
 * const index = asIndex("dormantAssociations", dataset);
 * asIndex("dormantAssociations", index) === index; // → true
 * ```
 */
export function asIndex(fn: string, input: DatasetOrIndex): DatasetIndex {
  const checked = requireDatasetOrIndex(fn, input, true);
  return isDatasetIndex(checked) ? checked : indexDataset(checked);
}

/**
 * The dataset itself, whether given directly or through its index: for metrics that read collections
 * straight through and need no look-up table, so none is built.
 *
 * @example
 * ```ts
 * asDataset("activityStats", indexDataset(dataset)) === dataset; // → true
 * ```
 */
export function asDataset(fn: string, input: DatasetOrIndex): ParsedDataset {
  const checked = requireDatasetOrIndex(fn, input, true);
  return isDatasetIndex(checked) ? checked.dataset : checked;
}
