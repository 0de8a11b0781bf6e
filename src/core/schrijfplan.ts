/**
 * Planning a chunked write of a large result table to a sheet (pure, no Office): Office.js sends every
 * `context.sync()` as one request with a payload limit (about 5 MB in Excel on the web), so a large table is written
 * in rectangular blocks whose estimated JSON size stays under a budget per sync (default 1.5 MB).
 *
 * The plan: rows are packed greedily into blocks of full width; when a single row is larger than the budget the
 * columns are first cut into strips (each block then has the strip's width). Every block is a rectangle — all its
 * rows have the same number of columns — and its estimated size (cells + per-row and per-block overhead) is at most
 * the budget. A single cell larger than the budget cannot be split and is an error.
 */

export type Celwaarde = number | string | boolean | null | undefined;

export interface SchrijfBlok<T = Celwaarde> {
  /** 0-based offset of the block in the table (add the target range's top-left cell) */
  row0: number;
  col0: number;
  rows: number;
  cols: number;
  values: T[][];
  /** estimated payload size in bytes */
  bytes: number;
}

export interface SchrijfplanOpties {
  /** budget per sync in bytes; default 1.5 MB */
  budgetBytes?: number;
}

export const STANDAARD_BUDGET_BYTES = 1.5 * 1024 * 1024;
/** per block: the request envelope (method, range address, sheet name) */
export const BLOK_OVERHEAD_BYTES = 256;
/** per row: the brackets and the comma around a row of the JSON array */
export const RIJ_OVERHEAD_BYTES = 3;

/**
 * Upper bound of the UTF-8 JSON size of one cell value including its separating comma.
 * Numbers: JSON's shortest round-trip form is at most 24 characters ("-1.2345678901234567e-308") → 25.
 */
export function celBytes(v: unknown): number {
  if (typeof v === "number") return 25;
  if (typeof v === "boolean") return 6;
  if (v === null || v === undefined) return 5;
  const s = String(v);
  let n = 3; // quotes and comma
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c)
      n += 2; // \" and \\
    else if (c < 0x20)
      n += 6; // \u00XX
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c < 0xd800 || c > 0xdfff) n += 3;
    else if (c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // a surrogate pair: 4 bytes in UTF-8
      i++;
    } else n += 6; // a lone surrogate: JSON.stringify writes it as \udXXX
  }
  return n;
}

/**
 * Plans the write of `values` (rows × cols; rows may not be ragged) in blocks of at most `budgetBytes`.
 * Returns the blocks in row-major order; together they cover every cell exactly once.
 */
export function planSchrijven<T extends Celwaarde>(values: readonly (readonly T[])[], opties: SchrijfplanOpties = {}): SchrijfBlok<T>[] {
  const budget = opties.budgetBytes ?? STANDAARD_BUDGET_BYTES;
  if (!(budget > BLOK_OVERHEAD_BYTES + RIJ_OVERHEAD_BYTES)) {
    throw new RangeError(`budgetBytes = ${budget} is te klein; minimaal ${BLOK_OVERHEAD_BYTES + RIJ_OVERHEAD_BYTES + 1} bytes.`);
  }
  const rows = values.length;
  if (rows === 0) return [];
  const cols = values[0].length;
  for (let r = 1; r < rows; r++) {
    if (values[r].length !== cols) throw new RangeError(`rij ${r + 1} heeft ${values[r].length} kolommen, de eerste rij ${cols}: een blok is rechthoekig.`);
  }
  if (cols === 0) return [];

  // cell sizes once (numbers are O(1))
  const maten = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const rij = values[r];
    for (let c = 0; c < cols; c++) {
      const b = celBytes(rij[c]);
      if (b + RIJ_OVERHEAD_BYTES + BLOK_OVERHEAD_BYTES > budget) {
        throw new RangeError(`cel (${r + 1}, ${c + 1}) is met ${b} bytes groter dan het budget van ${budget} bytes per sync.`);
      }
      maten[r * cols + c] = b;
    }
  }

  // column strips: the widest strips in which every row segment fits (one strip of full width when every row fits)
  const strips: [number, number][] = [];
  const segment = new Float64Array(rows);
  let c0 = 0;
  while (c0 < cols) {
    segment.fill(RIJ_OVERHEAD_BYTES);
    let c = c0;
    while (c < cols) {
      let past = true;
      for (let r = 0; r < rows; r++) {
        if (segment[r] + maten[r * cols + c] + BLOK_OVERHEAD_BYTES > budget) {
          past = false;
          break;
        }
      }
      if (!past) break;
      for (let r = 0; r < rows; r++) segment[r] += maten[r * cols + c];
      c++;
    }
    strips.push([c0, c - c0]);
    c0 = c;
  }

  const blokken: SchrijfBlok<T>[] = [];
  for (const [col0, breedte] of strips) {
    let r0 = 0;
    while (r0 < rows) {
      let bytes = BLOK_OVERHEAD_BYTES;
      let r = r0;
      while (r < rows) {
        const m = segmentMaat(maten, r, cols, col0, breedte);
        if (bytes + m > budget) break;
        bytes += m;
        r++;
      }
      // r > r0: every row (segment) fits on its own
      const blokWaarden = values.slice(r0, r).map((rij) => rij.slice(col0, col0 + breedte));
      blokken.push({ row0: r0, col0, rows: r - r0, cols: breedte, values: blokWaarden, bytes });
      r0 = r;
    }
  }
  return blokken;
}

function segmentMaat(maten: Float64Array, r: number, cols: number, col0: number, breedte: number): number {
  let s = RIJ_OVERHEAD_BYTES;
  for (let c = col0; c < col0 + breedte; c++) s += maten[r * cols + c];
  return s;
}
