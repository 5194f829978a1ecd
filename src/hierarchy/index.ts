/**
 * The hierarchy part of the public API.
 *
 * @module
 */
export {};
