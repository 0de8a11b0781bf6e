/**
 * Writes a summary table (title row, header row, one row per category; amounts in €) and returns the chart the
 * pane can offer over it, placed beside the table. Shared by Berekenen on a template and on a region workbook.
 */
import type { Tabel } from "../overzichten";
import { alsTekst } from "./sjabloon-invoegen";
import { kolomLetters, schrijfInBlokken } from "./gemeenschappelijk";
import type { GrafiekAanbod } from "./grafiek";

export interface Overzicht {
  soort: GrafiekAanbod["soort"];
  titel: string;
  tabel: Tabel;
  /** number format of the amounts (default € with cents) */
  formaat?: string;
  /** a format per column after the first (overrides `formaat`; "General" for text) */
  kolomFormaten?: readonly string[];
  /** false: a table without a chart (no chart offered) */
  grafiek?: boolean;
}

/** Rows a chart covers beside its table. */
export const GRAFIEK_RIJEN = 16;

/** The cells of a summary block: its title, then the table; texts kept as text. */
export function overzichtWaarden(t: Overzicht): (string | number)[][] {
  const n = t.tabel[0].length;
  const vul = (r: (string | number)[]) => (r.length >= n ? r : [...r, ...Array<string>(n - r.length).fill("")]);
  return [[alsTekst(`${t.titel} (waarden)`)], ...t.tabel.map((r) => r.map((v) => (typeof v === "string" ? alsTekst(v) : v)))].map(vul);
}

/** Rows a block takes, with its chart beside it and two empty rows after. */
export function overzichtHoogte(t: Overzicht): number {
  return Math.max(t.tabel.length + 1, GRAFIEK_RIJEN) + 2;
}

export async function schrijfOverzicht(
  context: Excel.RequestContext,
  blad: Excel.Worksheet,
  bladnaam: string,
  rij: number,
  kolom: number,
  t: Overzicht,
  waarden: (string | number | boolean)[][] = overzichtWaarden(t),
): Promise<GrafiekAanbod | undefined> {
  const breedte = t.tabel[0].length;
  await schrijfInBlokken(context, blad, rij, kolom, waarden, "formulas", {});
  blad.getRangeByIndexes(rij, kolom, 2, breedte).format.font.bold = true;
  if (t.tabel.length > 1 && breedte > 1)
    blad.getRangeByIndexes(rij + 2, kolom + 1, t.tabel.length - 1, breedte - 1).numberFormat = t.tabel
      .slice(1)
      .map((r) => r.slice(1).map((_, k) => t.kolomFormaten?.[k] ?? t.formaat ?? '"€" #,##0.00'));
  if (t.grafiek === false) return undefined;
  const bron = `'${bladnaam.replace(/'/g, "''")}'!${kolomLetters(kolom)}${rij + 2}:${kolomLetters(kolom + breedte - 1)}${rij + 1 + t.tabel.length}`;
  const grafiekKolom = kolom + breedte + 1;
  return {
    soort: t.soort,
    titel: t.titel,
    bron,
    plaats: `${kolomLetters(grafiekKolom)}${rij + 1}:${kolomLetters(grafiekKolom + 7)}${rij + GRAFIEK_RIJEN}`,
  };
}
