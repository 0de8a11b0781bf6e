import { BLOK_OVERHEAD_BYTES, RIJ_OVERHEAD_BYTES, STANDAARD_BUDGET_BYTES, celBytes, planSchrijven, type Celwaarde } from "../../src/core/schrijfplan";

function tabel(rows: number, cols: number, f: (r: number, c: number) => Celwaarde = (r, c) => r * 1000 + c + 0.25): Celwaarde[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r, c)));
}

/** Every cell is covered exactly once and the block values are the table's values. */
function controleerDekking(values: Celwaarde[][], plan: ReturnType<typeof planSchrijven>, budget: number): void {
  const gezien = values.map((r) => r.map(() => 0));
  let fouten = 0;
  for (const b of plan) {
    expect(b.values.length).toBe(b.rows);
    if (b.values.some((rij) => rij.length !== b.cols)) fouten++;
    expect(b.bytes).toBeLessThanOrEqual(budget);
    // the estimate is an upper bound of the real JSON size of the values
    expect(Buffer.byteLength(JSON.stringify(b.values), "utf8")).toBeLessThanOrEqual(b.bytes);
    for (let r = 0; r < b.rows; r++) {
      for (let c = 0; c < b.cols; c++) {
        gezien[b.row0 + r][b.col0 + c]++;
        if (b.values[r][c] !== values[b.row0 + r][b.col0 + c]) fouten++;
      }
    }
  }
  expect(fouten).toBe(0);
  expect(gezien.every((rij) => rij.every((n) => n === 1))).toBe(true);
}

describe("planSchrijven", () => {
  test("a small table is one block of full width", () => {
    const v = tabel(10, 4);
    const plan = planSchrijven(v);
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ row0: 0, col0: 0, rows: 10, cols: 4 });
    controleerDekking(v, plan, STANDAARD_BUDGET_BYTES);
  });

  test("100,000 cells with the default budget: blocks of full width, each ≤ 1.5 MB", () => {
    const v = tabel(6250, 16);
    const plan = planSchrijven(v);
    expect(plan.length).toBeGreaterThan(1);
    for (const b of plan) expect(b.cols).toBe(16);
    controleerDekking(v, plan, STANDAARD_BUDGET_BYTES);
    // greedy: every block but the last is full (the next row would not have fitted)
    const rijMaat = 16 * 25 + RIJ_OVERHEAD_BYTES;
    for (const b of plan.slice(0, -1)) expect(b.bytes + rijMaat).toBeGreaterThan(STANDAARD_BUDGET_BYTES);
  });

  test("a small budget gives more blocks, consecutive and in order", () => {
    const v = tabel(100, 5);
    const budget = 2000;
    const plan = planSchrijven(v, { budgetBytes: budget });
    controleerDekking(v, plan, budget);
    let r = 0;
    for (const b of plan) {
      expect(b.row0).toBe(r);
      r += b.rows;
    }
    expect(r).toBe(100);
  });

  test("a row wider than the budget is cut into column strips of equal width per block", () => {
    const v = tabel(20, 300);
    const budget = 4000; // one row of 300 numbers is ~7,500 bytes
    const plan = planSchrijven(v, { budgetBytes: budget });
    expect(plan.some((b) => b.col0 > 0)).toBe(true);
    controleerDekking(v, plan, budget);
  });

  test("mixed values: text (with accents, quotes, emoji), booleans, empty cells", () => {
    const v = tabel(500, 6, (r, c) => (c === 0 ? `Dagbesteding "groep" ${r} — ë 😀` : c === 1 ? r % 2 === 0 : c === 2 ? null : c === 3 ? "" : r + c / 100));
    const budget = 5000;
    const plan = planSchrijven(v, { budgetBytes: budget });
    controleerDekking(v, plan, budget);
  });

  test("celBytes is an upper bound of the JSON size of a cell", () => {
    for (const x of [0, -1.2345678901234567e-308, 123456.78, Number.MAX_VALUE, true, false, null, "a\"b\\c\n", "ë€😀", ""]) {
      expect(celBytes(x)).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(x), "utf8") + 1);
    }
  });

  test("empty tables and bad input", () => {
    expect(planSchrijven([])).toEqual([]);
    expect(planSchrijven([[], []])).toEqual([]);
    expect(() => planSchrijven([[1, 2], [3]])).toThrow(RangeError);
    expect(() => planSchrijven([[1]], { budgetBytes: 10 })).toThrow(RangeError);
    expect(() => planSchrijven([["x".repeat(5000)]], { budgetBytes: 1000 })).toThrow(/groter dan het budget/);
    // the smallest budget is one block (256 bytes) + one row (3) + at least 1 byte of cells
    expect(BLOK_OVERHEAD_BYTES).toBe(256);
    expect(() => planSchrijven([[1]], { budgetBytes: 259 })).toThrow("budgetBytes = 259 is te klein; minimaal 260 bytes.");
    // a number is counted as at most 25 bytes: 256 + 3 + 25 = 284 holds one cell, 283 does not
    expect(planSchrijven([[1]], { budgetBytes: 284 })).toHaveLength(1);
    expect(() => planSchrijven([[1]], { budgetBytes: 283 })).toThrow(/groter dan het budget/);
  });

  test("the plan is pure: the input is not changed and blocks do not share row arrays with it", () => {
    const v = tabel(3, 3);
    const kopie = JSON.stringify(v);
    const plan = planSchrijven(v);
    plan[0].values[0][0] = -1;
    expect(JSON.stringify(v)).toBe(kopie);
  });
});
