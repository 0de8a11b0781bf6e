/**
 * The adapters' LRU cache on its own: the size bound, what counts as "used", and the refusal of a size that is not
 * positive (Stryker: the refusal and the recency of an overwritten key were reached by no test).
 */
import { LruCache } from "../../src/functions/adapters/cache";

describe("LruCache", () => {
  test.each([0, -1, Number.NaN])("maxEntries %p wordt geweigerd (een cache zonder plaats kan niets bewaren)", (n) => {
    expect(() => new LruCache<string, number>(n)).toThrow("maxEntries moet groter dan 0 zijn");
  });

  test("maxEntries 1 mag: het nieuwste item blijft, het vorige valt eruit", () => {
    const c = new LruCache<string, number>(1);
    c.set("a", 1);
    expect(c.size).toBe(1);
    c.set("b", 2);
    expect(c.size).toBe(1);
    expect(c.get("a")).toBeUndefined();
    expect(c.get("b")).toBe(2);
  });

  test("tot precies maxEntries items blijft alles bewaard", () => {
    const c = new LruCache<string, number>(3);
    c.set("a", 1);
    c.set("b", 2);
    c.set("c", 3);
    expect(c.size).toBe(3);
    expect([c.get("a"), c.get("b"), c.get("c")]).toEqual([1, 2, 3]);
  });

  test("overschrijven telt als gebruik: de nieuwe waarde blijft, het oudste andere item valt eruit", () => {
    const c = new LruCache<string, number>(2);
    c.set("a", 1);
    c.set("b", 2);
    c.set("a", 10); // a is now the most recent
    expect(c.size).toBe(2);
    c.set("c", 3); // evicts b, not a
    expect(c.size).toBe(2);
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBe(10);
    expect(c.get("c")).toBe(3);
  });

  test("lezen telt als gebruik; een onbekende sleutel lezen verandert niets", () => {
    const c = new LruCache<string, number>(2);
    c.set("a", 1);
    c.set("b", 2);
    expect(c.get("x")).toBeUndefined();
    expect(c.size).toBe(2);
    expect(c.get("a")).toBe(1); // a is now the most recent
    c.set("c", 3); // evicts b
    expect([c.get("a"), c.get("b"), c.get("c")]).toEqual([1, undefined, 3]);
  });

  test("clear leegt de cache", () => {
    const c = new LruCache<string, number>(2);
    c.set("a", 1);
    c.set("b", 2);
    c.clear();
    expect(c.size).toBe(0);
    expect(c.get("a")).toBeUndefined();
  });
});
