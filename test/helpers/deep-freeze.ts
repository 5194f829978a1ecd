/** Freezes a value and everything reachable from it, so a test fails if code under test mutates it. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current !== "object" || current === null || Object.isFrozen(current)) continue;
    Object.freeze(current);
    for (const key of Reflect.ownKeys(current)) stack.push((current as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** A deep copy through JSON, to compare a value before and after a call. */
export function snapshot<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
