/**
 * Employer premiums per year (werkgeverslasten) and their sum `sociale_lasten` as fractions of the premieloon.
 * Defaults: AWf laag (written permanent contract, the norm in care), Aof hoog (medium/large employer: most care
 * providers pay more than the small-employer loonsom limit; the conservative choice for a cost-covering tariff),
 * Whk at the national average (per employer a beschikking), Wko always, Zvw werkgeversheffing always. Ufo
 * (government employers only) is not included.
 */
import type { Herkomst } from "../core/bronnen";
import { Decimal, sum } from "../core/decimal";
import { InvoerFout, NietGevondenFout } from "../core/errors";
import { formatProcent } from "../core/format";
import { DATA_MSG } from "./berichten";
import { perJaar } from "./per-jaar";
import { gebruikersTabellen as globaleRegistratie, type GebruikersTabellen } from "./gebruikers";
import { PREMIES } from "./laden";

export interface WerkgeverslastenOpties {
  awf: "laag" | "hoog";
  aof: "laag" | "hoog";
}

export const STANDAARD_WERKGEVERSLASTEN: WerkgeverslastenOpties = { awf: "laag", aof: "hoog" };

const OMSCHRIJVING: Record<string, string> = {
  awf_laag: "AWf laag (schriftelijk vast contract)",
  awf_hoog: "AWf hoog (overige contracten)",
  aof_laag: "Aof laag (kleine werkgever)",
  aof_hoog: "Aof hoog (middelgrote/grote werkgever)",
  wko: "Opslag Wko (kinderopvang)",
  whk: "Whk gemiddeld (WGA + ZW-flex)",
  zvw: "Zvw werkgeversheffing",
};

export function werkgeverslasten(
  jaar: number,
  opties?: Partial<WerkgeverslastenOpties>,
  registratie: GebruikersTabellen = globaleRegistratie,
): { componenten: Array<{ naam: string; waarde: Decimal; herkomst: Herkomst }>; totaal: Decimal } {
  const o = { ...STANDAARD_WERKGEVERSLASTEN, ...(opties ?? {}) };
  for (const k of ["awf", "aof"] as const) {
    if (o[k] !== "laag" && o[k] !== "hoog") throw new InvoerFout(DATA_MSG.ongeldigeKeuze(k, o[k], ["laag", "hoog"]), { parameter: k, waarde: o[k] });
  }
  const namen = [`awf_${o.awf}`, `aof_${o.aof}`, "wko", "whk", "zvw"];
  // the user's premiums of this year (stored in the workbook) replace the shipped year as a whole
  const eigen = registratie.premies().find((x) => x.jaar === jaar);
  if (eigen) {
    const vervangt = PREMIES.jaren.some((x) => x.jaar === jaar);
    const componenten = namen.map((naam) => {
      const waarde = new Decimal(eigen.componenten[naam as keyof typeof eigen.componenten]);
      const omschrijving = `${OMSCHRIJVING[naam]} ${jaar}: ${formatProcent(waarde)} (door de gebruiker ingevoerd${vervangt ? "; vervangt de meegeleverde premies van dat jaar" : ""})`;
      return { naam, waarde, herkomst: { omschrijving, bron: eigen.bron, geldigVanaf: `${jaar}-01-01`, status: "gebruiker" } as Herkomst };
    });
    return { componenten, totaal: sum(componenten.map((c) => c.waarde)) };
  }
  const j = perJaar(
    PREMIES.jaren,
    jaar,
    "werkgeverspremies",
    "de Belastingdienst-tabel 'Tarieven, bedragen en percentages loonheffingen' van dat jaar en de UWV-premienota (Whk)",
    [...new Set([...PREMIES.jaren.map((x) => x.jaar), ...registratie.premies().map((x) => x.jaar)])].sort(),
  );
  const componenten = namen.map((naam) => {
    const c = j.componenten.find((x) => x.naam === naam);
    if (!c) throw new NietGevondenFout(DATA_MSG.premieOntbreekt(naam, jaar));
    const waarde = new Decimal(c.waarde);
    let omschrijving = `${OMSCHRIJVING[naam]} ${jaar}: ${formatProcent(waarde)}`;
    if (c.opmerking) omschrijving += ` (${c.opmerking})`;
    if (c.conflict) omschrijving += `; let op, bronnen verschillen: ${c.conflict.toelichting}`;
    return { naam, waarde, herkomst: { omschrijving, bron: c.bron, geldigVanaf: c.geldigVanaf, status: c.status } as Herkomst };
  });
  return { componenten, totaal: sum(componenten.map((c) => c.waarde)) };
}
