/**
 * Metrics that join several collections take either a parsed dataset or its index, so a notebook that
 * computes many figures indexes the dataset once.
 *
 * @module
 */
import { indexDataset, type DatasetIndex } from "../dataset/dataset-index.js";
import type { Dataset } from "../model/dataset.js";

/**
 * A parsed dataset, or the index {@link indexDataset} built from one.
 *
 * @example
 * ```ts
 * const input: DatasetOrIndex = indexDataset(dataset);
 * ```
 */
export type DatasetOrIndex = Dataset | DatasetIndex;

/**
 * The index of a dataset, building it only when given the dataset itself.
 *
 * @example
 * ```ts
 * const index = asIndex(dataset);
 * asIndex(index) === index; // true
 * ```
 */
export function asIndex(fn: string, input: DatasetOrIndex): DatasetIndex {
  requireInput(fn, input);
  return "associationById" in input ? input : indexDataset(input);
}

/**
 * The dataset itself, whether given directly or through its index: for metrics that read collections
 * straight through and need no look-up table, so none is built.
 *
 * @example
 * ```ts
 * asDataset("activityStats", indexDataset(dataset)) === dataset; // true
 * ```
 */
export function asDataset(fn: string, input: DatasetOrIndex): Dataset {
  requireInput(fn, input);
  return "associationById" in input ? input.dataset : input;
}

function requireInput(fn: string, input: unknown): asserts input is object {
  if (typeof input !== "object" || input === null) {
    throw new TypeError(`${fn}: the first argument must be a parsed dataset or its index`);
  }
}
