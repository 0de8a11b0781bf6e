/**
 * "Opbouw uitschrijven": reads the selected two-column parameter range, computes the tariff with the engine and
 * writes the breakdown as values to the right of the selection (one empty column in between) or to a new
 * sheet. Refuses (Dutch message) when any target cell is non-empty.
 */
import { isRtFout } from "../../core/errors";
import { foutMelding } from "../../functions/excel-fout";
import { foutCel } from "../celadres";
import { opbouwRijen, tariefResultaat } from "../../functions/adapters/tarief";
import { auditRijen, paneelAuditblok } from "./verantwoording";
import { blokLeeg, kolomLetters, schrijfInBlokken, uniekeBladnaam, type SchrijfUitkomst } from "./gemeenschappelijk";

export type OpbouwDoel = "rechts" | "nieuw_blad";

export const OPBOUW_BLADNAAM = "RT Opbouw";

export async function schrijfOpbouw(context: Excel.RequestContext, doel: OpbouwDoel = "rechts", productversie = "onbekend"): Promise<SchrijfUitkomst> {
  const selectie = context.workbook.getSelectedRange();
  selectie.load("values, rowIndex, columnIndex, rowCount, columnCount, address");
  await context.sync();

  if (selectie.columnCount < 2) {
    return { ok: false, melding: "Selecteer een parameterbereik met twee kolommen: parameternaam en waarde." };
  }
  const bereik = (selectie.values as unknown[][]).map((r) => r.slice(0, 2));
  let rijen: (string | number | boolean)[][];
  let aantal: number;
  try {
    rijen = opbouwRijen(tariefResultaat(bereik, null));
    aantal = rijen.length;
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
    blad.activate();
    await context.sync();
    return { ok: true, melding: `Opbouw (${aantal - 1} regels) en verantwoording geschreven naar werkblad '${naam}'.`, adres: `'${naam}'!A1` };
  }

  const blad = selectie.worksheet;
  const rij = selectie.rowIndex;
  const kolom = selectie.columnIndex + selectie.columnCount + 1;
  const adres = `${kolomLetters(kolom)}${rij + 1}:${kolomLetters(kolom + breedte - 1)}${rij + rijen.length}`;
  const doelBereik = blad.getRangeByIndexes(rij, kolom, rijen.length, breedte);
  doelBereik.load("values, formulas");
  await context.sync();
  if (!blokLeeg(doelBereik.values as unknown[][]) || !blokLeeg(doelBereik.formulas as unknown[][])) {
    return { ok: false, melding: `Het doelbereik ${adres} is niet leeg; er wordt niets overschreven. Maak het bereik leeg of kies 'Op een nieuw werkblad'.` };
  }
  await schrijfInBlokken(context, blad, rij, kolom, rijen);
  await opmaak(context, blad, rij, kolom, aantal);
  return { ok: true, melding: `Opbouw (${aantal - 1} regels) en verantwoording geschreven naar ${adres}.`, adres };
}

/** Formats after values: bold header and tariff row, amounts as #,##0.00. */
async function opmaak(context: Excel.RequestContext, blad: Excel.Worksheet, rij: number, kolom: number, aantal: number): Promise<void> {
  blad.getRangeByIndexes(rij, kolom, 1, 4).format.font.bold = true;
  blad.getRangeByIndexes(rij + aantal - 1, kolom, 1, 2).format.font.bold = true;
  blad.getRangeByIndexes(rij + 1, kolom + 1, aantal - 1, 1).numberFormat = Array.from({ length: aantal - 1 }, () => ["#,##0.00"]);
  await context.sync();
}
