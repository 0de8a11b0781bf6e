/**
 * The one Decimal type of the engine. Every amount and percentage is a Decimal; floats only appear at the
 * boundaries (Excel cells, JSON numbers) and are converted with `toDecimal`.
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
export const HUNDRED = new Decimal(100);

/** Converts a finite JS number or numeric string (dot decimal) to a Decimal. */
export function toDecimal(value: number | string | Decimal): Decimal {
  if (value instanceof DecimalJs) return value as Decimal;
  return new Decimal(value);
}

export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

export function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}
