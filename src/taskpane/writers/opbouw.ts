/**
 * "Opbouw uitschrijven": reads the selected two-column parameter range, computes the tariff with the engine and
 * writes the breakdown as values to the right of the selection (one empty column in between) or to a new
 * sheet, and beside it the tariff per legal cost element (one row), over which the pane offers a stacked column
 * chart. Refuses (Dutch message) when any target cell is non-empty.
 */
import { isRtFout } from "../../core/errors";
import { foutMelding } from "../../functions/excel-fout";
import { foutCel } from "../celadres";
import { opbouwRijen, tariefResultaat } from "../../functions/adapters/tarief";
import { auditRijen, paneelAuditblok } from "./verantwoording";
import { celLeeg, kolomLetters, schrijfInBlokken, uniekeBladnaam, type SchrijfUitkomst } from "./gemeenschappelijk";
import { elementTabel } from "../overzichten";
import { overzichtWaarden, schrijfOverzicht, type Overzicht } from "./overzicht-schrijven";
import type { GrafiekAanbod } from "./grafiek";

export type OpbouwDoel = "rechts" | "nieuw_blad";

export const OPBOUW_BLADNAAM = "RT Opbouw";

/** Columns from the breakdown's first column to its element table (breakdown A–D, one empty column). */
export const ELEMENT_KOLOM = 5;

export interface OpbouwUitkomst extends SchrijfUitkomst {
  /** the chart the pane offers over the element table */
  grafieken?: GrafiekAanbod[];
}

/** The rectangle "Opbouw uitschrijven" fills: the breakdown (rijen × 4) and, after one empty column, the element table. */
export function opbouwVorm(opbouwRijen: number, element: readonly (readonly unknown[])[]): { rijen: number; kolommen: number } {
  return { rijen: Math.max(opbouwRijen, element.length), kolommen: ELEMENT_KOLOM + element[0].length };
}

export async function schrijfOpbouw(context: Excel.RequestContext, doel: OpbouwDoel = "rechts", productversie = "onbekend"): Promise<OpbouwUitkomst> {
  const selectie = context.workbook.getSelectedRange();
  selectie.load("values, rowIndex, columnIndex, rowCount, columnCount, address");
  await context.sync();

  if (selectie.columnCount < 2) {
    return { ok: false, melding: "Selecteer een parameterbereik met twee kolommen: parameternaam en waarde." };
  }
  const bereik = (selectie.values as unknown[][]).map((r) => r.slice(0, 2));
  let rijen: (string | number | boolean)[][];
  let aantal: number;
  let element: Overzicht;
  try {
    const resultaat = tariefResultaat(bereik, null);
    rijen = opbouwRijen(resultaat);
    aantal = rijen.length;
    element = { soort: "opbouw", titel: "Tarief per wettelijk kostprijselement", tabel: elementTabel([{ naam: `selectie ${selectie.address}`, resultaat }]) };
    // the audit block below the breakdown (the breakdown's last row stays the tariff)
    rijen.push(...auditRijen(paneelAuditblok([{ naam: `selectie ${selectie.address}`, paren: bereik }], productversie)));
  } catch (e) {
    if (isRtFout(e)) {
      const cel = foutCel(selectie.address, e.details?.rij, e.details?.kolom);
      return { ok: false, melding: `Het tarief kan niet worden berekend: ${cel ? `${cel}: ${e.message}` : foutMelding(e)}`, cel };
    }
    throw e;
  }
  const breedte = rijen[0].length;

  if (doel === "nieuw_blad") {
    const naam = await uniekeBladnaam(context, OPBOUW_BLADNAAM);
    const blad = context.workbook.worksheets.add(naam);
    await schrijfInBlokken(context, blad, 0, 0, rijen);
    await opmaak(context, blad, 0, 0, aantal);
    const aanbod = await schrijfOverzicht(context, blad, naam, 0, ELEMENT_KOLOM, element);
    blad.activate();
    await context.sync();
    return {
      ok: true,
      melding: `Opbouw (${aantal - 1} regels), tarief per kostprijselement en verantwoording geschreven naar werkblad '${naam}'. Kies hieronder de grafiek.`,
      adres: `'${naam}'!A1`,
      grafieken: aanbod ? [aanbod] : [],
    };
  }

  const blad = selectie.worksheet;
  const rij = selectie.rowIndex;
  const kolom = selectie.columnIndex + selectie.columnCount + 1;
  const adres = `${kolomLetters(kolom)}${rij + 1}:${kolomLetters(kolom + breedte - 1)}${rij + rijen.length}`;
  // one read of the rectangle around both blocks; only the cells that would be written must be empty
  const elementWaarden = overzichtWaarden(element);
  const vorm = opbouwVorm(rijen.length, elementWaarden);
  const doelBereik = blad.getRangeByIndexes(rij, kolom, vorm.rijen, vorm.kolommen);
  doelBereik.load("values, formulas");
  await context.sync();
  const w = doelBereik.values as unknown[][];
  const f = doelBereik.formulas as unknown[][];
  const bezet = (r: number, k: number) => !celLeeg(w[r][k]) || !celLeeg(f[r][k]);
  const opbouwBezet = rijen.some((x, r) => x.some((_, k) => bezet(r, k)));
  const elementBezet = elementWaarden.some((x, r) => x.some((_, k) => bezet(r, ELEMENT_KOLOM + k)));
  if (opbouwBezet || elementBezet) {
    const elementAdres = `${kolomLetters(kolom + ELEMENT_KOLOM)}${rij + 1}:${kolomLetters(kolom + vorm.kolommen - 1)}${rij + elementWaarden.length}`;
    return {
      ok: false,
      melding: `Het doelbereik ${opbouwBezet ? adres : elementAdres} is niet leeg; er wordt niets overschreven. Maak het bereik leeg of kies 'Op een nieuw werkblad'.`,
    };
  }
  await schrijfInBlokken(context, blad, rij, kolom, rijen);
  await opmaak(context, blad, rij, kolom, aantal);
  blad.load("name");
  await context.sync();
  const aanbod = await schrijfOverzicht(context, blad, blad.name, rij, kolom + ELEMENT_KOLOM, element, elementWaarden);
  await context.sync();
  return {
    ok: true,
    melding: `Opbouw (${aantal - 1} regels) en verantwoording geschreven naar ${adres}, het tarief per kostprijselement ernaast. Kies hieronder de grafiek.`,
    adres,
    grafieken: aanbod ? [aanbod] : [],
  };
}

/** Formats after values: bold header and tariff row, amounts as #,##0.00. */
async function opmaak(context: Excel.RequestContext, blad: Excel.Worksheet, rij: number, kolom: number, aantal: number): Promise<void> {
  blad.getRangeByIndexes(rij, kolom, 1, 4).format.font.bold = true;
  blad.getRangeByIndexes(rij + aantal - 1, kolom, 1, 2).format.font.bold = true;
  blad.getRangeByIndexes(rij + 1, kolom + 1, aantal - 1, 1).numberFormat = Array.from({ length: aantal - 1 }, () => ["#,##0.00"]);
  await context.sync();
}
