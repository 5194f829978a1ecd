/**
 * A value built on first use and kept: schemas are built by the first call that needs them, not when the
 * module loads, so code that never calls a function never pays for its schema.
 *
 * @module
 */

/**
 * Memoises `build`: the returned function builds the value on its first call and returns the same value
 * on every later one.
 *
 * @example
 * ```ts
 * const schema = lazy(() => z.object({ asOf: z.string() }));
 * schema() === schema(); // true, built once
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
