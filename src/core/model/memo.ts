/**
 * Memos for data derived from a model. A DocModel, its paragraphs and the facts read from it are
 * immutable snapshots (a fix yields a new model), so what is derived from them can be computed once
 * and shared by every fact extractor and rule instead of once per caller. Entries live as long as
 * their key object (WeakMap). Memoised values are shared: callers must treat them as read-only.
 */

/** compute(key), computed once per key object. */
export function memoByObject<K extends object, T>(compute: (key: K) => T): (key: K) => T {
  const cache = new WeakMap<K, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = compute(key);
      cache.set(key, value);
    }
    return value as T;
  };
}

/** compute(a, b), computed once per pair of key objects (e.g. a model and its header facts). */
export function memoByPair<A extends object, B extends object, T>(compute: (a: A, b: B) => T): (a: A, b: B) => T {
  const cache = new WeakMap<A, WeakMap<B, T>>();
  return (a, b) => {
    let inner = cache.get(a);
    if (!inner) {
      inner = new WeakMap();
      cache.set(a, inner);
    }
    let value = inner.get(b);
    if (value === undefined && !inner.has(b)) {
      value = compute(a, b);
      inner.set(b, value);
    }
    return value as T;
  };
}
