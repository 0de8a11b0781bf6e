/**
 * "CAO-tabel importeren": reads the selected range as a user CAO table, adds it to the registry, persists the
 * registry in the workbook (settings) and recalculates the workbook so RT.SALARIS / RT.TARIEF use it.
 */
import { isRtFout } from "../../core/errors";
import { leesTabelUitBereik, type GebruikersTabellen, type TabelMeta, type WerkboekOpslag } from "../../data";
import { foutMelding } from "../../functions/excel-fout";
import type { SchrijfUitkomst } from "./gemeenschappelijk";

export async function importeerCaoTabel(
  context: Excel.RequestContext,
  meta: TabelMeta,
  registratie: GebruikersTabellen,
  opslag: WerkboekOpslag,
): Promise<SchrijfUitkomst> {
  const selectie = context.workbook.getSelectedRange();
  selectie.load("values, address");
  await context.sync();
  let omschrijving: string;
  try {
    const tabel = leesTabelUitBereik(selectie.values as unknown[][], meta);
    registratie.voegToe(tabel);
    omschrijving = `${tabel.cao} per ${tabel.geldigVanaf}`;
  } catch (e) {
    if (isRtFout(e)) return { ok: false, melding: `De tabel is niet geïmporteerd: ${foutMelding(e)}` };
    throw e;
  }
  await registratie.opslaan(opslag);
  // Excel.CalculationType.full === "Full"
  context.workbook.application.calculate("Full" as Excel.CalculationType);
  await context.sync();
  return { ok: true, melding: `CAO-tabel ${omschrijving} geïmporteerd uit ${selectie.address} en in de werkmap opgeslagen; de werkmap is herberekend.` };
}
