/** Dutch number formatting for messages and labels (no locale dependence on the machine). */
import { Decimal } from "./decimal";

/** 1234.5 → "1.234,5"; keeps all given decimals. */
export function formatGetal(value: Decimal | number | string, decimals?: number): string {
  const d = value instanceof Decimal ? value : new Decimal(value);
  const fixed = decimals === undefined ? d.toFixed() : d.toFixed(decimals);
  const negative = fixed.startsWith("-");
  const [intPart, frac] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = intPart.length <= 3 ? intPart : intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (negative ? "-" : "") + grouped + (frac !== undefined ? "," + frac : "");
}

/** 1234.5 → "€ 1.234,50" */
export function formatBedrag(value: Decimal | number | string): string {
  return "€ " + formatGetal(value, 2);
}

/** 0.0833 → "8,33%" (as many decimals as needed, at most 4) */
export function formatProcent(fraction: Decimal | number | string): string {
  // performance: Decimals are immutable and the same parameter objects are formatted over and over (overhead,
  // risk, occupancy in every breakdown of a region); remember the text per Decimal instance
  if (fraction instanceof Decimal) {
    const bekend = PROCENT.get(fraction);
    if (bekend !== undefined) return bekend;
    const tekst = formatGetal(fraction.times(100).toDecimalPlaces(4)) + "%";
    PROCENT.set(fraction, tekst);
    return tekst;
  }
  const d = new Decimal(fraction).times(100);
  return formatGetal(d.toDecimalPlaces(4)) + "%";
}
const PROCENT = new WeakMap<Decimal, string>();

/** Shows a user's raw value in a message: strings quoted, numbers in Dutch notation. */
export function toonWaarde(value: unknown): string {
  if (value === null || value === undefined) return "(leeg)";
  if (typeof value === "number") return Number.isFinite(value) ? formatGetal(new Decimal(value)) : String(value);
  if (typeof value === "string") return `'${value}'`;
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  if (value instanceof Decimal) return formatGetal(value);
  return `'${String(value)}'`;
}
