/**
 * A small bounded LRU cache (Map insertion order). Excel calls custom functions cell by cell, often with the
 * same parameter range many times; the tariff adapters cache results (and errors) per raw argument list.
 */
export class LruCache<K, V> {
  private readonly map = new Map<K, V>();
  constructor(readonly maxEntries: number) {
    if (!(maxEntries > 0)) throw new Error("maxEntries moet groter dan 0 zijn");
  }
  get size(): number {
    return this.map.size;
  }
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v === undefined) return undefined;
    this.map.delete(key);
    this.map.set(key, v);
    return v;
  }
  set(key: K, value: V): void {
    if (this.map.has(key)) this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.maxEntries) this.map.delete(this.map.keys().next().value as K);
  }
  clear(): void {
    this.map.clear();
  }
}
