/**
 * Dataset parsing and indexing.
 *
 * @module
 */
export { indexDataset, type DatasetIndex } from "./dataset-index.js";
export { parseDataset, type ParseOptions, type ParseResult } from "./parse.js";
export { isDatasetIndex, isParsedDataset, type IndexMark, type ParsedDataset } from "./parsed.js";
export { DATASET_MESSAGES, type DatasetIssueCode } from "./messages.js";
export { zodErrorMap } from "../_lib/shape-issues.js";
