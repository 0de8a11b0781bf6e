/**
 * "CAO-tabel importeren": reads the selected range as a user CAO table, persists the registry WITH the new table
 * in the workbook (settings) and only then puts the table in use and recalculates, so RT.SALARIS / RT.TARIEF use
 * it. All or nothing: when saving fails, the registry in memory is unchanged.
 */
import { isRtFout } from "../../core/errors";
import { GebruikersTabellen, leesTabelUitBereik, type TabelMeta, type WerkboekOpslag } from "../../data";
import { foutMelding } from "../../functions/excel-fout";
import { foutCel } from "../celadres";
import { toonNlDatum } from "../datum";
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
  // a copy of the registry with the new table: what gets saved; the live registry changes only after saving
  const kopie = GebruikersTabellen.laden({ lees: () => registratie.serialiseer(), schrijf: async () => undefined });
  let omschrijving: string;
  let tabel: ReturnType<typeof leesTabelUitBereik>;
  try {
    tabel = leesTabelUitBereik(selectie.values as unknown[][], meta);
    kopie.voegToe(tabel);
    omschrijving = `${tabel.cao} per ${toonNlDatum(tabel.geldigVanaf)}`;
  } catch (e) {
    if (isRtFout(e)) {
      const cel = foutCel(selectie.address, e.details?.rij, e.details?.kolom);
      return { ok: false, melding: `De tabel is niet geïmporteerd: ${cel ? `${cel}: ${e.message}` : foutMelding(e)}`, cel };
    }
    throw e;
  }
  try {
    await kopie.opslaan(opslag);
  } catch (e) {
    return { ok: false, melding: `De tabel is niet geïmporteerd en niet in gebruik genomen: ${e instanceof Error ? e.message : String(e)}` };
  }
  registratie.voegToe(tabel);
  // Excel.CalculationType.full === "Full"
  context.workbook.application.calculate("Full" as Excel.CalculationType);
  await context.sync();
  return {
    ok: true,
    melding: `CAO-tabel ${omschrijving} geïmporteerd uit ${selectie.address} en in de werkmap opgeslagen; de werkmap is herberekend.`,
    adres: selectie.address,
  };
}

/**
 * Deletes a user CAO table from the workbook: saved first without the table, then removed from use and the
 * workbook recalculated. All or nothing: when saving fails, the table stays in use.
 */
export async function verwijderCaoTabel(
  context: Excel.RequestContext,
  cao: string,
  geldigVanaf: string,
  registratie: GebruikersTabellen,
  opslag: WerkboekOpslag,
): Promise<SchrijfUitkomst> {
  const kopie = GebruikersTabellen.laden({ lees: () => registratie.serialiseer(), schrijf: async () => undefined });
  const voor = kopie.lijst().length;
  kopie.verwijder(cao, geldigVanaf);
  if (kopie.lijst().length === voor) return { ok: false, melding: `Er is geen eigen CAO-tabel ${cao} per ${toonNlDatum(geldigVanaf)} in deze werkmap.` };
  try {
    await kopie.opslaan(opslag);
  } catch (e) {
    return {
      ok: false,
      melding: `De tabel ${cao} per ${toonNlDatum(geldigVanaf)} is niet verwijderd en blijft in gebruik: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  registratie.verwijder(cao, geldigVanaf);
  context.workbook.application.calculate("Full" as Excel.CalculationType);
  await context.sync();
  return {
    ok: true,
    melding: `CAO-tabel ${cao} per ${toonNlDatum(geldigVanaf)} verwijderd; de werkmap is herberekend en gebruikt weer de meegeleverde tabellen.`,
  };
}
