/**
 * The breakdown (opbouw) of a tariff: ordered lines with a Dutch label, the amount, and the legal cost
 * elements they belong to (domain spec §2): Jeugdwet J-a…J-d (art. 2.3 Besluit Jeugdwet) and Wmo W-a…W-f
 * (art. 5.4 lid 3 Uitvoeringsbesluit Wmo 2015).
 *
 * Rounding differences: every line is rounded to cents (Excel ROUND) and the difference between the rounded
 * tariff and the sum of the rounded lines is shown as its own line "Afrondingsverschil", so the lines always
 * add up to the tariff to the cent. With `afronding = geen` the lines are not rounded and the difference is 0.
 */
import { Decimal, ZERO, plus } from "./decimal";
import { excelRound } from "./afronding";
import type { Afrondingsregel } from "./parameters/definities";

export type WettelijkElement = "J-a" | "J-b" | "J-c" | "J-d" | "W-a" | "W-b" | "W-c" | "W-d" | "W-e" | "W-f";

export const ELEMENT_OMSCHRIJVING: Record<WettelijkElement, string> = {
  "J-a": "kosten van beroepskrachten (cliëntgebonden en niet-cliëntgebonden)",
  "J-b": "cliëntgebonden kosten anders dan van beroepskrachten",
  "J-c": "overheadkosten",
  "J-d": "kosten voor indexering",
  "W-a": "de kosten van de beroepskracht",
  "W-b": "redelijke overheadkosten",
  "W-c": "kosten voor niet-productieve uren (verlof, ziekte, scholing, werkoverleg)",
  "W-d": "reis- en opleidingskosten",
  "W-e": "indexatie van de reële prijs",
  "W-f": "overige kosten door gemeentelijke verplichtingen (rapportage, administratie)",
};

export type RegelSoort =
  | "salaris" | "toeslagen" | "ort_overig" | "sociale_lasten" | "pensioen" | "overige_personeelskosten" | "loonkosten_opgegeven"
  | "niet_productief" | "materieel" | "overhead" | "risico" | "indexatie" | "afronding"
  | "gemeentelijke_verplichtingen" | "micro";

export interface OpbouwRegel {
  soort: RegelSoort;
  label: string;
  /** amount per unit of the tariff (rounded to cents unless afronding = geen) */
  bedrag: Decimal;
  /** the unrounded amount */
  exact: Decimal;
  elementen: WettelijkElement[];
  toelichting?: string;
}

export interface RuweRegel {
  soort: RegelSoort;
  label: string;
  exact: Decimal;
  elementen: WettelijkElement[];
  toelichting?: string;
}

const eigen = Object.prototype.hasOwnProperty;

/**
 * { ...r, bedrag } — written out for the two shapes the engine builds (with and without `toelichting`), because an
 * object spread per line is a measurable part of a whole tariff calculation; any other shape is spread as before.
 */
function metBedrag(r: RuweRegel, bedrag: Decimal): OpbouwRegel {
  const n = Object.keys(r).length;
  if (n === 5 && eigen.call(r, "toelichting")) {
    return { soort: r.soort, label: r.label, exact: r.exact, elementen: r.elementen, toelichting: r.toelichting, bedrag };
  }
  if (n === 4 && !eigen.call(r, "toelichting")) return { soort: r.soort, label: r.label, exact: r.exact, elementen: r.elementen, bedrag };
  return { ...r, bedrag };
}

/**
 * Rounds the lines and adds the rounding-difference line so that Σ lines = tarief exactly. `onafgerond` is the
 * unrounded tariff, which the exact lines add up to by construction; the exact difference is tarief − onafgerond.
 */
export function rondOpbouwAf(regels: readonly RuweRegel[], tarief: Decimal, afronding: Afrondingsregel, onafgerond: Decimal): OpbouwRegel[] {
  // one pass (performance: no intermediate arrays)
  const uit: OpbouwRegel[] = new Array(regels.length);
  let somBedrag = ZERO;
  for (let i = 0; i < regels.length; i++) {
    const r = regels[i];
    const bedrag = afronding === "geen" || r.exact.isZero() ? r.exact : excelRound(r.exact, 2);
    uit[i] = metBedrag(r, bedrag);
    somBedrag = plus(somBedrag, bedrag);
  }
  const verschil = tarief.minus(somBedrag);
  const exactVerschil = tarief.minus(onafgerond);
  uit.push({
    soort: "afronding",
    label: "Afrondingsverschil",
    bedrag: verschil,
    exact: exactVerschil,
    elementen: [],
    toelichting: "verschil tussen het afgeronde tarief en de som van de op centen afgeronde regels",
  });
  return uit;
}

export function somVanRegels(regels: readonly OpbouwRegel[]): Decimal {
  return regels.reduce((acc, r) => acc.plus(r.bedrag), ZERO);
}
