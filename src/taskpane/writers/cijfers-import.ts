/**
 * "Indexcijfers of premies registreren": reads the selected range as the user's OVA/PPC figures or employer
 * premiums, saves the registry WITH them in the workbook (settings) and only then puts them in use and
 * recalculates, so RT.INDEXATIE_JAAR, RT.INDEXCIJFERS and RT.WERKGEVERSLASTEN use them. All or nothing: a bad
 * row or a failed save leaves the registry unchanged.
 */
import { isRtFout } from "../../core/errors";
import { GebruikersTabellen, leesIndexcijfersUitBereik, leesPremiesUitBereik, type WerkboekOpslag } from "../../data";
import { foutMelding } from "../../functions/excel-fout";
import { foutCel } from "../celadres";
import type { SchrijfUitkomst } from "./gemeenschappelijk";

export type CijferSoort = "indexcijfers" | "premies";

/** Reads `bereik` into a copy of `registratie` (throws the reader's InvoerFout); returns the copy and a summary. */
export function registreerCijfers(bereik: unknown[][], soort: CijferSoort, registratie: GebruikersTabellen, bron: string): { kopie: GebruikersTabellen; toepassen: () => void; omschrijving: string } {
  const kopie = GebruikersTabellen.laden({ lees: () => registratie.serialiseer(), schrijf: async () => undefined });
  if (soort === "indexcijfers") {
    const cijfers = leesIndexcijfersUitBereik(bereik, bron);
    kopie.voegIndexcijfersToe(cijfers);
    const jaren = [...new Set(cijfers.map((c) => c.jaar))].join(", ");
    return { kopie, toepassen: () => registratie.voegIndexcijfersToe(cijfers), omschrijving: `${cijfers.length} OVA/PPC-cijfer(s) voor ${jaren}` };
  }
  const jaren = leesPremiesUitBereik(bereik, bron);
  kopie.voegPremiesToe(jaren);
  return { kopie, toepassen: () => registratie.voegPremiesToe(jaren), omschrijving: `werkgeverspremies voor ${jaren.map((j) => j.jaar).join(", ")}` };
}

export async function importeerCijfers(context: Excel.RequestContext, soort: CijferSoort, bron: string, registratie: GebruikersTabellen, opslag: WerkboekOpslag): Promise<SchrijfUitkomst> {
  const selectie = context.workbook.getSelectedRange();
  selectie.load("values, address");
  await context.sync();
  let r: ReturnType<typeof registreerCijfers>;
  try {
    r = registreerCijfers(selectie.values as unknown[][], soort, registratie, bron);
  } catch (e) {
    if (isRtFout(e)) {
      const cel = foutCel(selectie.address, e.details?.rij, e.details?.kolom);
      return { ok: false, melding: `Niet geregistreerd: ${cel ? `${cel}: ${e.message}` : foutMelding(e)}`, cel };
    }
    throw e;
  }
  try {
    await r.kopie.opslaan(opslag);
  } catch (e) {
    return { ok: false, melding: `Niet geregistreerd en niet in gebruik genomen: ${e instanceof Error ? e.message : String(e)}` };
  }
  r.toepassen();
  // Excel.CalculationType.full === "Full"
  context.workbook.application.calculate("Full" as Excel.CalculationType);
  await context.sync();
  return { ok: true, melding: `${r.omschrijving} geregistreerd uit ${selectie.address} en in de werkmap opgeslagen (status 'gebruiker'); de werkmap is herberekend.`, adres: selectie.address };
}
