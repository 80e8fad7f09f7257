// Freezes a value and everything it holds, so that code mutating a shared (cached) value throws
// in development and tests instead of corrupting what other requests see. Typed arrays cannot be
// frozen and are left as they are.
export function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value) || seen.has(value)) return value;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  return Object.freeze(value);
}
