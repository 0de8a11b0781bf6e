/** Dutch number formatting for messages and labels (no locale dependence on the machine). */
import { Decimal } from "./decimal";

/** 1234.5 → "1.234,5"; keeps all given decimals. */
export function formatGetal(value: Decimal | number | string, decimals?: number): string {
  const d = value instanceof Decimal ? value : new Decimal(value);
  const fixed = d.toFixed(decimals);
  const negative = fixed.startsWith("-");
  const [intPart, frac] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (negative ? "-" : "") + grouped + (frac !== undefined ? "," + frac : "");
}

/** 1234.5 → "€ 1.234,50" */
export function formatBedrag(value: Decimal | number | string): string {
  return "€ " + formatGetal(value, 2);
}

/** 0.0833 → "8,33%" (as many decimals as needed, at most 4) */
export function formatProcent(fraction: Decimal | number | string): string {
  const d = fraction instanceof Decimal ? fraction : new Decimal(fraction);
  return formatGetal(d.times(100).toDecimalPlaces(4)) + "%";
}

/** Shows a user's raw value in a message: strings quoted, numbers in Dutch notation. */
export function toonWaarde(value: unknown): string {
  if (value === null || value === undefined) return "(leeg)";
  if (typeof value === "number") return Number.isFinite(value) ? formatGetal(new Decimal(value)) : String(value);
  if (typeof value === "string") return `'${toonTekst(value)}'`;
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  if (value instanceof Decimal) return formatGetal(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "(ongeldige datum)" : value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const code = (value as { error?: unknown; code?: unknown }).error ?? (value as { code?: unknown }).code;
    if (typeof code === "string") return toonTekst(code);
    if (Array.isArray(value)) return `(een bereik van ${value.length} rij${value.length === 1 ? "" : "en"})`;
    const eigen = Object.prototype.toString === value.toString ? undefined : String(value);
    return eigen !== undefined ? `'${toonTekst(eigen)}'` : "(een object, geen waarde)";
  }
  return `'${toonTekst(String(value))}'`;
}

/** Longest echoed text in a message: longer input is cut and its length named. */
export const MAX_GETOOND = 80;
// invisible or confusable characters: control characters, soft hyphen, zero-width and direction marks, BOM, NBSP
/* eslint-disable no-control-regex, no-misleading-character-class -- this pattern exists to find control and invisible characters */
const ONZICHTBAAR =
  /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\uffa0]/g;
/* eslint-enable no-control-regex, no-misleading-character-class */

/**
 * A user's text as shown in a message: invisible characters made visible as ⟨U+200B⟩ (so "productiviteit" with a
 * zero-width space does not look like "productiviteit"), and long text cut.
 */
export function toonTekst(s: string): string {
  const kort = s.length > MAX_GETOOND ? s.slice(0, MAX_GETOOND) : s;
  const zichtbaar = kort.replace(ONZICHTBAAR, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}⟩`);
  return s.length > MAX_GETOOND ? `${zichtbaar}… (${s.length} tekens)` : zichtbaar;
}
