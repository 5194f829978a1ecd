/**
 * The charter part of the public API.
 *
 * @module
 */
export {};
