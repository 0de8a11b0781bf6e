/**
 * Conversion of one raw value (as it arrives from an Excel cell, JSON or the command line) into a typed value of
 * its definition's kind, with the Dutch error message of the vocabulary rules (§4): numbers (./getallen.ts),
 * choices, yes/no, text and dates; error values in cells are refused (./cellen.ts).
 */
import type { Decimal } from "../decimal";
import { MSG } from "../messages";
import { foutwaarde } from "./cellen";
import type { ParameterDefinitie } from "./definities";
import { leesNumeriek } from "./getallen";
import { fout, ok, type Uitkomst } from "./uitkomst";

/** The one normal form of a choice typed by a user ("Beschikbare uren", "beschikbare-uren" → "beschikbare_uren"). */
export function normaliseerKeuze(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

export function leesKeuze(def: ParameterDefinitie, raw: unknown): Uitkomst<string> {
  const keuzes = def.keuzes ?? [];
  if (typeof raw === "number" && def.keuzeAliassen) raw = String(raw).padStart(2, "0");
  if (typeof raw !== "string") return fout(MSG.ongeldigeKeuze(def.naam, raw, keuzes));
  const key = normaliseerKeuze(raw);
  if (keuzes.includes(key)) return ok(key);
  const aliassen = def.keuzeAliassen;
  // own properties only: "constructor" or "__proto__" typed by a user is not an alias
  const eigen = (k: string) => (aliassen && Object.prototype.hasOwnProperty.call(aliassen, k) ? aliassen[k] : undefined);
  const alias = eigen(raw.trim().toLowerCase()) ?? eigen(key);
  if (alias) return ok(alias);
  return fout(MSG.ongeldigeKeuze(def.naam, raw, keuzes));
}

export function leesJaNee(def: ParameterDefinitie, raw: unknown): Uitkomst<boolean> {
  if (typeof raw === "boolean") return ok(raw);
  if (raw === 1 || raw === 0) return ok(raw === 1);
  if (typeof raw === "string") {
    const s = raw.trim().toLowerCase();
    if (["waar", "ja", "true", "1", "j", "yes"].includes(s)) return ok(true);
    if (["onwaar", "nee", "false", "0", "n", "no"].includes(s)) return ok(false);
  }
  return fout(MSG.geenJaNee(def.naam, raw));
}

export function leesTekst(def: ParameterDefinitie, raw: unknown): Uitkomst<string> {
  if (Number.isFinite(raw)) return ok(String(raw)); // a finite number (false for anything else)
  if (typeof raw === "string" && raw.trim() !== "") return ok(raw.trim().replace(/\s+/g, " "));
  return fout(MSG.geenTekst(def.naam, raw));
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel date serial (1900 system, serials ≥ 61) → ISO date. */
export function excelSerieelNaarIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return null;
  const ms = EXCEL_EPOCH_MS + Math.floor(serial) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

function geldigeDatum(y: number, m: number, d: number): string | null {
  // the patterns give four-digit years; a month out of range, or a day of 0 or past the month's end (at most 99: it
  // rolls into another month, never a whole year), changes the month in the round trip below
  if (y < 1900) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return dt.toISOString().slice(0, 10);
}

/** Reads a date: Excel serial, ISO text (2025-01-01), Dutch text (1-1-2025 or 01/01/2025), or a JS Date. */
export function leesDatumWaarde(raw: unknown): string | null {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString().slice(0, 10);
  if (typeof raw === "number") return excelSerieelNaarIso(raw);
  if (typeof raw !== "string") return null;
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return geldigeDatum(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return geldigeDatum(+m[3], +m[2], +m[1]);
  if (/^\d+(\.\d+)?$/.test(s)) return excelSerieelNaarIso(Number(s));
  return null;
}

export function leesDatum(def: ParameterDefinitie, raw: unknown): Uitkomst<string> {
  const iso = leesDatumWaarde(raw);
  return iso ? ok(iso) : fout(MSG.geenDatum(def.naam, raw));
}

/** Reads one raw value for a parameter definition. */
export function leesWaarde(def: ParameterDefinitie, raw: unknown): Uitkomst<Decimal | string | boolean> {
  const fw = foutwaarde(raw);
  if (fw !== undefined) return fout(MSG.foutwaarde(def.naam, fw));
  switch (def.soort) {
    case "fractie":
    case "bedrag":
    case "getal":
      return leesNumeriek(def, raw);
    case "keuze":
      return leesKeuze(def, raw);
    case "ja_nee":
      return leesJaNee(def, raw);
    case "tekst":
      return leesTekst(def, raw);
    case "datum":
      return leesDatum(def, raw);
  }
}
