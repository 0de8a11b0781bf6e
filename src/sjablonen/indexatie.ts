/**
 * The template's sheet "Indexatie" (A year, B index as a fraction, C rounding per year) read from its values —
 * pure, shared by rt bereken (exceljs values, null for empty) and the task pane (Excel values, "" for empty).
 * Every problem names its cell; a year that cannot be read is skipped, never guessed.
 */
import type { Decimal } from "../core/decimal";
import { AFRONDINGSREGELS, type Afrondingsregel } from "../core/parameters/definities";
import { leesGetal } from "../core/parameters/getallen";
import { normaliseerKeuze } from "../core/parameters/waarden";

export interface IndexJaar {
  jaar: number;
  index: Decimal;
  afronding: Afrondingsregel;
  /** the sheet row (1-based) it was read from, for live formulas that refer to it */
  rij?: number;
}

export interface IndexProbleem {
  ernst: "fout" | "waarschuwing";
  /** "A5" on the sheet */
  cel: string;
  melding: string;
}

const leeg = (v: unknown) => v === null || v === undefined || v === "";

/** The index years of the sheet (values from A1, header row first), sorted by year. */
export function leesIndexatieRaster(raster: readonly (readonly unknown[])[]): { jaren: IndexJaar[]; problemen: IndexProbleem[] } {
  const jaren: IndexJaar[] = [];
  const problemen: IndexProbleem[] = [];
  raster.forEach((rij, i) => {
    if (i === 0) return;
    const r = i + 1;
    const [jaar, index, afr] = [rij[0], rij[1], rij[2]];
    if (leeg(jaar) && leeg(index) && leeg(afr)) return;
    const j = typeof jaar === "number" ? jaar : Number(jaar);
    if (!Number.isInteger(j) || j < 2000 || j > 2100) {
      problemen.push({
        ernst: "fout",
        cel: `A${r}`,
        melding: `jaar = '${leeg(jaar) ? "" : String(jaar)}' is geen jaartal; toegestaan: een jaar van 2000 tot en met 2100.`,
      });
      return;
    }
    const g = leesGetal(index);
    if (!g || g.getal.abs().greaterThan("0.5")) {
      problemen.push({
        ernst: "fout",
        cel: `B${r}`,
        melding: `index = '${leeg(index) ? "" : String(index)}' is geen geldige jaarindex; toegestaan: een fractie van −50% tot 50% (6,3% = 0,063).`,
      });
      return;
    }
    if (typeof index === "string")
      problemen.push({ ernst: "waarschuwing", cel: `B${r}`, melding: `index staat als tekst '${index}'; gelezen als ${g.getal.toString()}.` });
    const a = leeg(afr) ? "cent" : normaliseerKeuze(String(afr));
    if (!(AFRONDINGSREGELS as readonly string[]).includes(a)) {
      problemen.push({ ernst: "fout", cel: `C${r}`, melding: `afronding = '${String(afr)}' is onbekend; toegestaan: ${AFRONDINGSREGELS.join(", ")}.` });
      return;
    }
    jaren.push({ jaar: j, index: g.getal, afronding: a as Afrondingsregel, rij: r });
  });
  return { jaren: jaren.sort((x, y) => x.jaar - y.jaar), problemen };
}
