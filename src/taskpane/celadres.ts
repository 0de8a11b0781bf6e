/**
 * Cell addresses as the user sees them ("Blad1!B11", "'Mijn blad'!C5"): from a range address plus a 1-based
 * row/column inside that range (the engine's `details.rij` / `details.kolom`).
 */
import { kolomLetters } from "./writers/gemeenschappelijk";

export interface BereikStart {
  blad: string;
  /** 0-based row and column of the top-left cell */
  rij: number;
  kolom: number;
}

/** Column letters → 0-based index ("A" → 0, "AA" → 26). */
export function kolomIndex(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses the top-left cell of an address such as "Blad1!A2:B20" or "'Mijn blad'!$C$5". */
export function bereikStart(adres: string): BereikStart | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Za-z]{1,3})\$?(\d+)/.exec(adres.trim());
  if (!m) return undefined;
  const blad = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { blad, rij: Number(m[4]) - 1, kolom: kolomIndex(m[3]) };
}

/** Sheet name quoted as Excel does when needed. */
export function bladInAdres(blad: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(blad) ? blad : `'${blad.replace(/'/g, "''")}'`;
}

/** "Blad1!B11" for a 0-based row and column on a sheet. */
export function celAdres(blad: string, rij: number, kolom: number): string {
  return `${bladInAdres(blad)}!${kolomLetters(kolom)}${rij + 1}`;
}

/**
 * The address of the cell an engine error points at, given the address of the range that was read and the
 * error's 1-based row/column inside it (column defaults to the first column). Undefined when unknown.
 */
export function foutCel(bereikAdres: string, rij: number | undefined, kolom: number | undefined): string | undefined {
  if (rij === undefined) return undefined;
  const start = bereikStart(bereikAdres);
  if (!start) return undefined;
  return celAdres(start.blad, start.rij + rij - 1, start.kolom + (kolom ?? 1) - 1);
}

/** Splits "Blad1!B11" / "'Mijn blad'!B11" into sheet and cell part (for worksheets.getItem(..).getRange(..)). */
export function splitsAdres(adres: string): { blad: string; cel: string } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(adres.trim());
  if (!m) return undefined;
  return { blad: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], cel: m[3] };
}
