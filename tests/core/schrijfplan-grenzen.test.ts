/**
 * The write plan to the byte: celBytes' exact estimate at every boundary of its character classes, and a table whose
 * column strips and blocks are worked out by hand (cells of different sizes, budgets exactly at the limit).
 */
import { celBytes, planSchrijven, type Celwaarde } from "../../src/core/schrijfplan";

const x = (n: number, teken = "x") => teken.repeat(n);

describe("celBytes: the exact estimate (3 = quotes and comma)", () => {
  test("numbers, booleans and empty cells", () => {
    expect([celBytes(0), celBytes(-1.5e-300), celBytes(NaN)]).toEqual([25, 25, 25]);
    // "false," is 6 bytes, and true is counted the same
    expect([celBytes(true), celBytes(false)]).toEqual([6, 6]);
    // "null," = 5; undefined is sent as null
    expect([celBytes(null), celBytes(undefined)]).toEqual([5, 5]);
    expect(celBytes("")).toBe(3);
  });

  test("every boundary of the character classes", () => {
    const tabel: [string, number][] = [
      ['"', 3 + 2], // \"
      ["\\", 3 + 2], // \\
      ["\x00", 3 + 6], // \u0000
      ["\x1f", 3 + 6], // last control character
      [" ", 3 + 1], // 0x20: the first plain one
      ["!", 3 + 1], // 0x21 (next to the quote)
      ["[", 3 + 1], // 0x5b
      ["]", 3 + 1], // 0x5d (next to the backslash)
      ["\x7f", 3 + 1], // last one-byte character
      ["\x80", 3 + 2], // first two-byte character
      ["ë", 3 + 2],
      ["\u07ff", 3 + 2], // last two-byte character
      ["\u0800", 3 + 3], // first three-byte character
      ["€", 3 + 3],
      ["\ud7ff", 3 + 3], // just below the surrogates
      ["\ue000", 3 + 3], // just above them
      ["\uffff", 3 + 3],
      ["😀", 3 + 4], // \ud83d\ude00: one pair, 4 bytes in UTF-8
      ["\ud800\udc00", 3 + 4], // the first pair
      ["\udbff\udfff", 3 + 4], // the last pair
      ["\ud800", 3 + 6], // lone surrogates: JSON.stringify writes \udXXX
      ["\udbff", 3 + 6],
      ["\udc00", 3 + 6],
      ["\udfff", 3 + 6],
      ["\ud800x", 3 + 6 + 1], // a high surrogate followed by a plain character
      ["\ud800\ud800", 3 + 6 + 6], // two high ones
      ["\udc00\ud800", 3 + 6 + 6], // the wrong order is no pair
      ["\udc00\udc00", 3 + 6 + 6], // two low ones are no pair either
      ['a"b\\c\n', 3 + 1 + 2 + 1 + 2 + 1 + 6],
    ];
    for (const [tekst, bytes] of tabel) {
      expect([tekst, celBytes(tekst)]).toEqual([tekst, bytes]);
      // and it is an upper bound of what JSON.stringify writes (plus the comma)
      expect(Buffer.byteLength(JSON.stringify(tekst), "utf8") + 1).toBeLessThanOrEqual(bytes);
    }
  });

  test("other values count as their text", () => {
    expect(celBytes(BigInt(12))).toBe(3 + 2);
  });
});

describe("planSchrijven: a plan worked out by hand", () => {
  // row 0: four cells of 10 characters (13 bytes each), row 1: four of 100 (103 each); a row costs 3 bytes, a block 256
  const tabel = () => [
    [x(10, "a"), x(10, "b"), x(10, "c"), x(10, "d")],
    [x(100, "e"), x(100, "f"), x(100, "g"), x(100, "h")],
  ];
  const vorm = (plan: ReturnType<typeof planSchrijven>) => plan.map((b) => [b.row0, b.col0, b.rows, b.cols, b.bytes]);

  test("full width: both rows in one block when the budget holds them exactly", () => {
    // 256 + (3 + 4 × 13) + (3 + 4 × 103) = 256 + 55 + 415 = 726
    const plan = planSchrijven(tabel(), { budgetBytes: 726 });
    expect(vorm(plan)).toEqual([[0, 0, 2, 4, 726]]);
    expect(plan[0].values).toEqual(tabel());
  });

  test("one byte less: one block per row, still of full width", () => {
    // row 1 alone: 256 + 415 = 671 ≤ 725
    const plan = planSchrijven(tabel(), { budgetBytes: 725 });
    expect(vorm(plan)).toEqual([
      [0, 0, 1, 4, 256 + 55],
      [1, 0, 1, 4, 671],
    ]);
    expect(plan[1].values).toEqual([tabel()[1]]);
  });

  test("row 1 just fits on its own (671) or not (670: strips)", () => {
    expect(vorm(planSchrijven(tabel(), { budgetBytes: 671 }))).toEqual([
      [0, 0, 1, 4, 311],
      [1, 0, 1, 4, 671],
    ]);
    // 670: row 1 no longer fits; strips of three columns (256 + 3 + 3 × 103 = 568), then one
    const plan = planSchrijven(tabel(), { budgetBytes: 670 });
    expect(vorm(plan)).toEqual([
      [0, 0, 2, 3, 256 + (3 + 39) + 312],
      [0, 3, 2, 1, 256 + 16 + 106],
    ]);
    expect(plan[0].values).toEqual([
      [x(10, "a"), x(10, "b"), x(10, "c")],
      [x(100, "e"), x(100, "f"), x(100, "g")],
    ]);
    expect(plan[1].values).toEqual([[x(10, "d")], [x(100, "h")]]);
  });

  test("strips of two columns: the widest row decides, and each strip's rows are packed again", () => {
    // budget 465 = 256 + 3 + 2 × 103: two cells of row 1 fit exactly, a third does not
    // strip [0, 2): row 0 = 3 + 26 = 29 → 285; row 1 = 209 → 285 + 209 = 494 > 465, so one block per row
    const plan = planSchrijven(tabel(), { budgetBytes: 465 });
    expect(vorm(plan)).toEqual([
      [0, 0, 1, 2, 285],
      [1, 0, 1, 2, 465],
      [0, 2, 1, 2, 285],
      [1, 2, 1, 2, 465],
    ]);
    expect(plan.map((b) => b.values)).toEqual([
      [[x(10, "a"), x(10, "b")]],
      [[x(100, "e"), x(100, "f")]],
      [[x(10, "c"), x(10, "d")]],
      [[x(100, "g"), x(100, "h")]],
    ]);
  });

  test("uneven columns give uneven strips, whatever the order of the rows", () => {
    // row 0: 100, 10, 10, 100 characters (103, 13, 13, 103); row 1: 10 each (13); budget 400 = 256 + 144
    // strip from column 0: row 0 takes 103 + 13 + 13 = 129 (+3 = 132 ≤ 144), then 103 more does not fit → [0, 3)
    const v = [
      [x(100), x(10), x(10), x(100)],
      [x(10), x(10), x(10), x(10)],
    ];
    const plan = planSchrijven(v, { budgetBytes: 400 });
    // strip [0, 3): row 0 = 132, row 1 = 42 → 256 + 132 = 388, + 42 = 430 > 400: two blocks; strip [3, 4): 106 and 16
    expect(vorm(plan)).toEqual([
      [0, 0, 1, 3, 388],
      [1, 0, 1, 3, 298],
      [0, 3, 2, 1, 256 + 106 + 16],
    ]);
    // the same rows in the other order give the same strips (every row must fit)
    expect(vorm(planSchrijven([v[1], v[0]], { budgetBytes: 400 }))).toEqual([
      [0, 0, 1, 3, 298],
      [1, 0, 1, 3, 388],
      [0, 3, 2, 1, 256 + 16 + 106],
    ]);
  });

  test("a block never shares a row array with the input, also in a strip of full width", () => {
    const v = tabel();
    const plan = planSchrijven(v, { budgetBytes: 726 });
    expect(plan[0].values[0]).not.toBe(v[0]);
    expect(plan[0].values[1]).not.toBe(v[1]);
  });

  test("the refusals name the cell and the sizes; a cell that exactly fits is accepted", () => {
    // one cell of 100 characters = 103 bytes: 256 + 3 + 103 = 362
    expect(planSchrijven([[x(100)]], { budgetBytes: 362 })).toHaveLength(1);
    expect(() => planSchrijven<Celwaarde>([[1], [x(100)]], { budgetBytes: 361 })).toThrow(
      "cel (2, 1) is met 103 bytes groter dan het budget van 361 bytes per sync.",
    );
    expect(() => planSchrijven([[1, 2], [3, 4], [5]], {})).toThrow("rij 3 heeft 1 kolommen, de eerste rij 2: een blok is rechthoekig.");
    expect(() => planSchrijven([[1]], { budgetBytes: NaN })).toThrow("budgetBytes = NaN is te klein; minimaal 260 bytes.");
    expect(planSchrijven([[1]], { budgetBytes: 284 })).toEqual([{ row0: 0, col0: 0, rows: 1, cols: 1, values: [[1]], bytes: 284 }]);
    // the smallest cells at the smallest budget that holds them: only the row's own cells are measured
    expect(planSchrijven([["", ""]], { budgetBytes: 265 })).toEqual([{ row0: 0, col0: 0, rows: 1, cols: 2, values: [["", ""]], bytes: 265 }]);
    expect(planSchrijven([[""]], { budgetBytes: 262 })).toEqual([{ row0: 0, col0: 0, rows: 1, cols: 1, values: [[""]], bytes: 262 }]);
  });
});
