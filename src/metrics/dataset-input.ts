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
  if (typeof input !== "object" || input === null) {
    throw new TypeError(`${fn}: the first argument must be a parsed dataset or its index`);
  }
  return "associationById" in input ? input : indexDataset(input);
}
