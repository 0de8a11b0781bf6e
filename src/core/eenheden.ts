/**
 * Units of the iJw/iWmo standard (domain spec §5) and the staff hours per unit they imply.
 * Frequency (per week, per maand) is separate: `week → maand` is × 52/12.
 */
import { Decimal, ONE } from "./decimal";
import { InvoerFout } from "./errors";
import { MSG } from "./messages";
import type { Eenheid } from "./parameters/definities";

export interface EenheidInfo {
  code: string;
  label: string;
  /** staff hours per unit when the user gives none; undefined = must be given */
  standaardUren?: Decimal;
}

export const EENHEID_INFO: Record<Eenheid, EenheidInfo> = {
  minuut: { code: "01", label: "per minuut", standaardUren: ONE.dividedBy(60) },
  uur: { code: "04", label: "per uur", standaardUren: ONE },
  dagdeel: { code: "16", label: "per dagdeel", standaardUren: new Decimal(4) },
  etmaal: { code: "14", label: "per etmaal" },
  week: { code: "", label: "per week" },
  maand: { code: "", label: "per maand" },
  stuks_output: { code: "82", label: "per stuk (output, traject)" },
  stuks_inspanning: { code: "84", label: "per stuk (inspanning)" },
};

/** Staff hours per unit: given, or the unit's default; units without a default require `uren_per_eenheid`. */
export function urenPerEenheid(eenheid: Eenheid, gegeven?: Decimal): Decimal {
  if (gegeven !== undefined) return gegeven;
  const std = EENHEID_INFO[eenheid].standaardUren;
  if (std === undefined) {
    throw new InvoerFout(
      MSG.ontbreekt(
        "uren_per_eenheid",
        `eenheid '${eenheid}' heeft geen vast aantal uren; geef uren_per_eenheid (de verwachte personele uren per eenheid) of, bij verblijf, plaatsen en een formatie in fte.`,
      ),
      { parameter: "uren_per_eenheid", toegestaan: "groter dan 0" },
    );
  }
  return std;
}

/** Converts a weekly amount to a monthly one (× 52/12) and back. */
export function weekNaarMaand(perWeek: Decimal): Decimal {
  return perWeek.times(52).dividedBy(12);
}
export function maandNaarWeek(perMaand: Decimal): Decimal {
  return perMaand.times(12).dividedBy(52);
}
/** minuut = uur / 60 */
export function uurNaarMinuut(perUur: Decimal): Decimal {
  return perUur.dividedBy(60);
}
