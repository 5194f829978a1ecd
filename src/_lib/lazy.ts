/**
 * A value built on first use and kept: zod schemas and other tables that cost something to build, so
 * that code which never needs them never builds them, and a bundler can leave them out.
 *
 * @module
 */

/**
 * Wraps a builder so that it runs once, on the first call, and every later call returns the same value.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * const schema = lazy(() => z.object({ id: z.string() }));
 * schema() === schema(); // → true
 * ```
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
