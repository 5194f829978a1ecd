/**
 * Dataset parsing and indexing.
 *
 * @module
 */
export * from "./dataset-index.js";
