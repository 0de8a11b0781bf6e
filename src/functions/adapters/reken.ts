/**
 * Adapters for the calculation functions that are not a whole tariff: RT.LOONKOSTEN, RT.PRODUCTIVITEIT,
 * RT.OVERHEAD_OMREKENEN, RT.INDEXATIE, RT.INDEXEER, RT.IS_MICRO and RT.PARAMETERS.
 */
import { standaardCaoBron } from "../../data";
import { InvoerFout } from "../../core/errors";
import { berekenIndex, indexeer as indexeerBedrag, INDEX_AFRONDINGEN, INDEX_METHODES, type IndexAfronding, type IndexMethode } from "../../core/indexatie";
import { isMicro as micro } from "../../core/micro";
import { rekenOverheadOm } from "../../core/overhead";
import { AFRONDINGSREGELS, DEFINITIE_PER_NAAM, OVERHEAD_CONVENTIES, PARAMETER_DEFINITIES } from "../../core/parameters/definities";
import { leesParameterBereik } from "../../core/parameters/lezen";
import { isLeeg } from "../../core/parameters/cellen";
import { leesNumeriek } from "../../core/parameters/getallen";
import { bepaalPersoneel } from "../../core/personeel";
import { berekenProductiviteit } from "../../core/uren";
import type { Decimal } from "../../core/decimal";
import { alsBereik, excelMatrix, keuze, optioneelGetal, parameterBereik, vandaagIso, verplichtGetal } from "./invoer";

/** RT.LOONKOSTEN: personnel cost per fte per year (LK), not rounded. */
export function loonkosten(parameters: unknown): number {
  const p = leesParameterBereik(parameterBereik(parameters));
  return bepaalPersoneel(p, { caoBron: standaardCaoBron, vandaag: vandaagIso() }).loonkosten.loonkostenFte.toNumber();
}

/** RT.PRODUCTIVITEIT: productivity as a fraction of paid hours. */
export function productiviteit(parameters: unknown): number {
  const p = leesParameterBereik(parameterBereik(parameters));
  return berekenProductiviteit(p, { caoBron: standaardCaoBron, vandaag: vandaagIso() }).productiviteit.toNumber();
}

/** RT.OVERHEAD_OMREKENEN: converts an overhead fraction from `van_conventie` to the other convention. */
export function overheadOmrekenen(percentage: unknown, vanConventie: unknown): number {
  if (isLeeg(percentage)) throw new InvoerFout("percentage is leeg; geef de overhead als fractie, bijv. 0,20.", { parameter: "percentage" });
  const r = leesNumeriek(DEFINITIE_PER_NAAM.get("overhead")!, percentage);
  if (!r.ok) throw new InvoerFout(r.fout.replace(/^overhead\b/, "percentage"), { parameter: "percentage", waarde: percentage });
  if (isLeeg(vanConventie) || vanConventie === 0) {
    throw new InvoerFout(`van_conventie is leeg; toegestaan: ${OVERHEAD_CONVENTIES.map((k) => `'${k}'`).join(", ")}.`, { parameter: "van_conventie" });
  }
  const van = keuze("van_conventie", vanConventie, OVERHEAD_CONVENTIES, "opslag");
  return rekenOverheadOm(r.waarde, van).toNumber();
}

const INDEX_NAMEN = ["ova_nieuw", "ppc_nieuw", "ova_vorig_prognose", "ova_vorig_definitief", "ppc_vorig_prognose", "ppc_vorig_definitief"] as const;

export interface IndexOpties {
  gewichtLoon?: Decimal;
  methode: IndexMethode;
  afronding: IndexAfronding;
}

/** Normalises the optional arguments of RT.INDEXATIE / RT.INDEXATIE_JAAR (defaults 0,9 / additief / geen). */
export function indexOpties(gewichtLoon: unknown, methode: unknown, afronding: unknown): IndexOpties {
  return {
    gewichtLoon: optioneelGetal("gewicht_loon", gewichtLoon),
    methode: keuze("methode", methode, INDEX_METHODES, "additief"),
    afronding: keuze("afronding", afronding, INDEX_AFRONDINGEN, "geen"),
  };
}

/** RT.INDEXATIE: the VNG index for the new year as a fraction. */
export function indexatie(waarden: readonly unknown[], gewichtLoon: unknown, methode: unknown, afronding: unknown): number {
  const [ovaNieuw, ppcNieuw, ovaVorigPrognose, ovaVorigDefinitief, ppcVorigPrognose, ppcVorigDefinitief] = INDEX_NAMEN.map((n, i) =>
    verplichtGetal(n, waarden[i]),
  );
  const o = indexOpties(gewichtLoon, methode, afronding);
  return berekenIndex({ ovaNieuw, ppcNieuw, ovaVorigPrognose, ovaVorigDefinitief, ppcVorigPrognose, ppcVorigDefinitief, ...o }).index.toNumber();
}

/** RT.INDEXEER: applies yearly indices in turn (blank cells in the range are skipped), rounding per year. */
export function indexeer(bedrag: unknown, indexcijfers: unknown, afronding: unknown): number {
  const b = verplichtGetal("bedrag", bedrag);
  const cellen = alsBereik(indexcijfers)
    .flat()
    .filter((c) => !isLeeg(c));
  if (cellen.length === 0)
    throw new InvoerFout("indexcijfers is leeg; geef één of meer jaarlijkse indexcijfers als fractie (6,30% = 0,063).", { parameter: "indexcijfers" });
  const indices = cellen.map((c, i) => verplichtGetal(`indexcijfers (${i + 1}e)`, c));
  const regel = keuze("afronding", afronding, AFRONDINGSREGELS, "cent");
  return indexeerBedrag(b, indices, regel).toNumber();
}

/** RT.IS_MICRO: EU micro-enterprise test. */
export function isMicro(personeel: unknown, jaaromzet: unknown, balanstotaal: unknown): boolean {
  return micro(verplichtGetal("personeel", personeel), verplichtGetal("jaaromzet", jaaromzet), verplichtGetal("balanstotaal", balanstotaal)).micro;
}

/** RT.PARAMETERS: the vocabulary (name, unit, default, description). */
export function parameters(): (string | number | boolean)[][] {
  const rijen: unknown[][] = [["Parameter", "Eenheid", "Standaard", "Omschrijving"]];
  for (const d of PARAMETER_DEFINITIES) {
    const keuzes = d.keuzes ? ` Keuzes: ${d.keuzes.join(", ")}.` : "";
    rijen.push([d.naam, d.eenheid, d.standaard ?? "", `${d.omschrijving}${keuzes}${d.alleenFunctiemix ? " (alleen als kolom in de functiemix)" : ""}`]);
  }
  return excelMatrix(rijen);
}
