/**
 * The convention texts of a tariff: which hour, capacity, overhead, risk and rounding conventions were used, in
 * the words shown under the breakdown. A tariff is only defensible when these are visible.
 */
import type { Decimal } from "./decimal";
import { AFRONDING_OMSCHRIJVING } from "./afronding";
import { EENHEID_INFO } from "./eenheden";
import { formatGetal, formatProcent } from "./format";
import type { FunctieUitkomst } from "./kern";
import { aandeelUitOpslag, opslagUitAandeel } from "./overhead";
import type { Afrondingsregel, Eenheid, OverheadConventie } from "./parameters/definities";

/** Hour model: per function how its productivity was obtained, then the unit and the hours per client. */
export function urenModelConventies(
  functies: readonly FunctieUitkomst[],
  eenheid: Eenheid,
  uren: Decimal,
  begeleiders: Decimal,
  groep: Decimal,
  bezetting: Decimal,
): string[] {
  const info = EENHEID_INFO[eenheid];
  return [
    ...functies.map(
      (f) =>
        `${functies.length > 1 ? `${f.functie} (${formatProcent(f.aandeel!)}): ` : ""}${f.uren!.toelichting}; ${formatGetal(f.personeel.betaaldeUren)} betaalde uren per fte per jaar`,
    ),
    `Eenheid: ${info.label}${info.code ? ` (iJw/iWmo-code ${info.code})` : ""}; ${formatGetal(uren.toDecimalPlaces(6))} personele uren per eenheid` +
      (begeleiders.equals(1) && groep.equals(1) && bezetting.equals(1)
        ? ""
        : ` × ${formatGetal(begeleiders)} begeleider(s) / (groep van ${formatGetal(groep)} × bezetting ${formatProcent(bezetting)})`),
  ];
}

/** Capacity model: the formation, the places and the units per year. */
export function capaciteitsConventie(totaalFte: Decimal, plaatsen: Decimal, bezetting: Decimal, eenheden: Decimal): string {
  return `Capaciteitsmodel: formatie ${formatGetal(totaalFte)} fte voor ${formatGetal(plaatsen)} plaatsen × 365 dagen × bezetting ${formatProcent(bezetting)} = ${formatGetal(eenheden.toDecimalPlaces(2))} etmalen per jaar`;
}

/** The explanation of the overhead line. */
export function overheadToelichting(o: Decimal, conventie: OverheadConventie, opslagEquivalent: Decimal): string {
  return conventie === "opslag" ? `opslag ${formatProcent(o)}` : `aandeel ${formatProcent(o)} (= opslag ${formatProcent(opslagEquivalent)})`;
}

/** Overhead, risk, rounding and indexation, after the conventions of the Kern. */
export function tariefConventies(o: Decimal, conventie: OverheadConventie, overMaterieel: boolean, r: Decimal, afronding: Afrondingsregel): string[] {
  return [
    conventie === "opslag"
      ? `Overhead: opslag ${formatProcent(o)} op de directe kosten (= ${formatProcent(aandeelUitOpslag(o))} aandeel in de kostprijs)`
      : `Overhead: aandeel ${formatProcent(o)} in de kostprijs (= opslag ${formatProcent(opslagUitAandeel(o))} op de directe kosten)`,
    `Overhead over materiële kosten: ${overMaterieel ? "ja" : "nee"}`,
    `Risico-opslag: ${formatProcent(r)}`,
    `Afronding: ${afronding}, ${AFRONDING_OMSCHRIJVING[afronding]}; regels op centen, verschil als eigen regel`,
    "Indexatie: niet in dit tarief (apart toe te passen)",
  ];
}
