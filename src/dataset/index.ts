/**
 * Dataset parsing and indexing.
 *
 * @module
 */
export {};
