/**
 * The one Decimal type of the engine. Every amount and percentage is a Decimal; floats only appear at the
 * boundaries (Excel cells, JSON numbers) and are converted by the readers (parameters/waarden.ts).
 *
 * Precision 40 significant digits keeps intermediate divisions (1/π, 1/(1−o)) far below a cent for any
 * tariff in range; rounding of results happens only in `afronding.ts`.
 */
import DecimalJs from "decimal.js";

export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const TWELVE = new Decimal(12);
export const WEEKS_PER_YEAR = new Decimal(52);

export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

/**
 * x × y and x + y that skip the work for 0 and 1 (exactly the same result: 0 × y = 0, 1 × y = y, x + 0 = x).
 * Many components are 0 (ORT, other components, franchise) or 1 (a single function's share); in a region of
 * thousands of tariffs the skipped allocations add up.
 */
export function maal(x: Decimal, y: Decimal): Decimal {
  if (x.isZero() || y.isZero()) return ZERO;
  if (y === ONE) return x;
  if (x === ONE) return y;
  return x.times(y);
}

export function plus(x: Decimal, y: Decimal): Decimal {
  if (y.isZero()) return x;
  if (x.isZero()) return y;
  return x.plus(y);
}
