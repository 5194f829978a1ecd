/**
 * The metrics part of the public API.
 *
 * @module
 */
export {};
