/** OVA and PPC per year, and the six inputs of the VNG indexation formula (domain spec §7). */
import type { Herkomst } from "../core/bronnen";
import { Decimal } from "../core/decimal";
import { InvoerFout, NietGevondenFout } from "../core/errors";
import { formatProcent } from "../core/format";
import type { IndexInvoer } from "../core/indexatie";
import { DATA_MSG } from "./berichten";
import { gebruikersTabellen as globaleRegistratie, type GebruikersTabellen } from "./gebruikers";
import { INDEXCIJFERS } from "./laden";

type Reeks = "ova" | "ppc";
type Soort = "prognose" | "definitief";

export const WAAR_INDEXCIJFERS = (jaar: number) =>
  `het VNG-artikel 'Indexatie bij inkoop Jeugdhulp en Wmo-ondersteuning ${jaar}' (https://vng.nl) en de VWS-tabel 'berekening Lonen Prijzen Kapitaal' (MEV/CEP), bijv. https://rijksoverheid.nl/documenten/publicaties/2024/09/23/tabel-berekening-lonen-prijzen-kapitaal-vws-macro-economische-verkenning-mev-2025`;

/** A figure: the user's (stored in the workbook) when there is one, else the shipped one. */
function cijfer(reeks: Reeks, jaar: number, soort: Soort, registratie: GebruikersTabellen): { waarde: Decimal; herkomst: Herkomst } | undefined {
  const eigen = registratie.indexcijfers().find((x) => x.reeks === reeks && x.jaar === jaar && x.soort === soort);
  if (eigen) {
    const waarde = new Decimal(eigen.waarde);
    const vervangen = INDEXCIJFERS[reeks].find((x) => x.jaar === jaar && x.soort === soort);
    const omschrijving = `${reeks.toUpperCase()} ${jaar} ${soort}: ${formatProcent(waarde)} (door de gebruiker ingevoerd${vervangen ? `; vervangt het meegeleverde cijfer ${formatProcent(vervangen.waarde)}` : ""})`;
    return { waarde, herkomst: { omschrijving, bron: eigen.bron, geldigVanaf: `${jaar}-01-01`, status: "gebruiker" } };
  }
  const c = INDEXCIJFERS[reeks].find((x) => x.jaar === jaar && x.soort === soort);
  if (!c) return undefined;
  const waarde = new Decimal(c.waarde);
  let omschrijving = `${reeks.toUpperCase()} ${jaar} ${soort}: ${formatProcent(waarde)}`;
  if (c.opmerking) omschrijving += ` (${c.opmerking})`;
  return { waarde, herkomst: { omschrijving, bron: c.bron, geldigVanaf: c.geldigVanaf, status: c.status } };
}

function controleerJaar(jaar: number): void {
  if (!Number.isInteger(jaar)) throw new InvoerFout(DATA_MSG.ongeldigeMeta("jaar", jaar, "een jaartal, bijv. 2025"), { parameter: "jaar", waarde: jaar });
}

export function ovaPpc(
  jaar: number,
  registratie: GebruikersTabellen = globaleRegistratie,
): { ova: { prognose?: Decimal; definitief?: Decimal }; ppc: { prognose?: Decimal; definitief?: Decimal }; herkomst: Herkomst[] } {
  controleerJaar(jaar);
  const herkomst: Herkomst[] = [];
  const lees = (reeks: Reeks) => {
    const r: { prognose?: Decimal; definitief?: Decimal } = {};
    for (const soort of ["prognose", "definitief"] as const) {
      const c = cijfer(reeks, jaar, soort, registratie);
      if (c) {
        r[soort] = c.waarde;
        herkomst.push(c.herkomst);
      }
    }
    return r;
  };
  const ova = lees("ova");
  const ppc = lees("ppc");
  if (herkomst.length === 0) {
    const jaren = [...new Set([...INDEXCIJFERS.ova, ...INDEXCIJFERS.ppc, ...registratie.indexcijfers()].map((c) => c.jaar))].sort();
    throw new NietGevondenFout(DATA_MSG.jaarOnbekend("OVA/PPC", jaar, jaren, WAAR_INDEXCIJFERS(jaar)), { parameter: "jaar", waarde: jaar });
  }
  return { ova, ppc, herkomst };
}

/** The six figures of the VNG formula as the engine takes them (core/indexatie), with their sources. */
export type IndexJaarInvoer = Required<
  Pick<IndexInvoer, "ovaNieuw" | "ppcNieuw" | "ovaVorigPrognose" | "ovaVorigDefinitief" | "ppcVorigPrognose" | "ppcVorigDefinitief">
> & {
  herkomst: Herkomst[];
};

/**
 * The six inputs of the VNG formula for `jaar`: OVA/PPC forecast for `jaar`, and forecast + final for `jaar − 1`.
 * Throws NietGevondenFout naming every missing figure and where to get it.
 */
export function indexatieJaarInvoer(jaar: number, registratie: GebruikersTabellen = globaleRegistratie): IndexJaarInvoer {
  controleerJaar(jaar);
  const nodig: Array<[keyof Omit<IndexJaarInvoer, "herkomst">, Reeks, number, Soort]> = [
    ["ovaNieuw", "ova", jaar, "prognose"],
    ["ppcNieuw", "ppc", jaar, "prognose"],
    ["ovaVorigPrognose", "ova", jaar - 1, "prognose"],
    ["ovaVorigDefinitief", "ova", jaar - 1, "definitief"],
    ["ppcVorigPrognose", "ppc", jaar - 1, "prognose"],
    ["ppcVorigDefinitief", "ppc", jaar - 1, "definitief"],
  ];
  const ontbrekend: string[] = [];
  const uit: Partial<Record<string, Decimal>> = {};
  const herkomst: Herkomst[] = [];
  for (const [veld, reeks, j, soort] of nodig) {
    const c = cijfer(reeks, j, soort, registratie);
    if (!c) ontbrekend.push(`${reeks.toUpperCase()} ${j} (${soort})`);
    else {
      uit[veld] = c.waarde;
      herkomst.push(c.herkomst);
    }
  }
  if (ontbrekend.length)
    throw new NietGevondenFout(DATA_MSG.indexcijfersOntbreken(jaar, ontbrekend, WAAR_INDEXCIJFERS(jaar)), { parameter: "jaar", waarde: jaar });
  return {
    ovaNieuw: uit.ovaNieuw as Decimal,
    ppcNieuw: uit.ppcNieuw as Decimal,
    ovaVorigPrognose: uit.ovaVorigPrognose as Decimal,
    ovaVorigDefinitief: uit.ovaVorigDefinitief as Decimal,
    ppcVorigPrognose: uit.ppcVorigPrognose as Decimal,
    ppcVorigDefinitief: uit.ppcVorigDefinitief as Decimal,
    herkomst,
  };
}
