/**
 * A lazily computed, memoised, enumerable field. Explanatory texts (conventions, how productivity was obtained)
 * cost more to format than the arithmetic they describe, and Excel's RT.TARIEF never shows them; they are
 * computed on first read and then behave as a plain value (also for JSON.stringify and object spread).
 */
export function luiVeld<T extends object, K extends string, V>(obj: T, key: K, maak: () => V): T & Record<K, V> {
  Object.defineProperty(obj, key, {
    configurable: true,
    enumerable: true,
    get() {
      const waarde = maak();
      Object.defineProperty(obj, key, { value: waarde, writable: true, configurable: true, enumerable: true });
      return waarde;
    },
  });
  return obj as T & Record<K, V>;
}
