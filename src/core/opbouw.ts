/**
 * The breakdown (opbouw) of a tariff: ordered lines with a Dutch label, the amount, and the legal cost
 * elements they belong to (domain spec §2): Jeugdwet J-a…J-d (art. 2.3 Besluit Jeugdwet) and Wmo W-a…W-f
 * (art. 5.4 lid 3 Uitvoeringsbesluit Wmo 2015).
 *
 * Rounding differences: every line is rounded to cents (Excel ROUND) and the difference between the rounded
 * tariff and the sum of the rounded lines is shown as its own line "Afrondingsverschil", so the lines always
 * add up to the tariff to the cent. With `afronding = geen` the lines are not rounded and the difference is 0.
 *
 * The breakdown proves itself (controleerOpbouw): the exact lines must add up to the unrounded tariff, so a wrong
 * line cannot hide in the rounding difference; a violation is an internal error, never a number.
 */
import { Decimal, ZERO, plus } from "./decimal";
import { excelRound } from "./afronding";
import { InterneFout } from "./errors";
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
  | "salaris"
  | "toeslagen"
  | "ort_overig"
  | "sociale_lasten"
  | "pensioen"
  | "overige_personeelskosten"
  | "loonkosten_opgegeven"
  | "niet_productief"
  | "materieel"
  | "overhead"
  | "risico"
  | "indexatie"
  | "afronding"
  | "gemeentelijke_verplichtingen"
  | "micro";

export interface OpbouwRegel {
  soort: RegelSoort;
  label: string;
  /** amount per unit of the tariff (rounded to cents unless afronding = geen) */
  bedrag: Decimal;
  /** the unrounded amount */
  exact: Decimal;
  elementen: readonly WettelijkElement[];
  toelichting?: string;
}

export interface RuweRegel {
  soort: RegelSoort;
  label: string;
  exact: Decimal;
  elementen: readonly WettelijkElement[];
  toelichting?: string;
}

const heeft = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * { ...r, bedrag } — written out for the two shapes the engine builds (with and without `toelichting`), because an
 * object spread per line is a measurable part of a whole tariff calculation; any other shape is spread as before.
 */
function metBedrag(r: RuweRegel, bedrag: Decimal): OpbouwRegel {
  const n = Object.keys(r).length;
  if (n === 5 && heeft(r, "toelichting")) {
    return { soort: r.soort, label: r.label, exact: r.exact, elementen: r.elementen, toelichting: r.toelichting, bedrag };
  }
  if (n === 4 && !heeft(r, "toelichting")) return { soort: r.soort, label: r.label, exact: r.exact, elementen: r.elementen, bedrag };
  return { ...r, bedrag };
}

/**
 * Rounds the lines and adds the rounding-difference line so that Σ lines = tarief exactly. `onafgerond` is the
 * unrounded tariff; controleerOpbouw checks that the exact lines add up to it, so the rounding difference is
 * only rounding (its exact amount is tarief − onafgerond).
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
  controleerOpbouw(uit, onafgerond);
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

/**
 * Σ of the exact lines may differ from the unrounded tariff only by the engine's own precision (40 significant
 * digits: divisions leave ~1e-39); anything above this is a wrong line, not noise.
 */
export const EXACT_TOLERANTIE = new Decimal("1e-20");
/** The same noise relative to the tariff: 40 digits leave ~1e-38 relative; 1e-30 is far above it. */
export const RELATIEVE_TOLERANTIE = new Decimal("1e-30");
const HALVE_CENT = new Decimal("0.005");

/**
 * The invariants of the rounded lines (before the rounding-difference line is added), else an InterneFout:
 * - each line is within half a cent of its exact amount (so the rounding difference stays within half a cent per
 *   rounded line; with afronding = geen nothing is rounded);
 * - the exact lines add up to the unrounded tariff (up to EXACT_TOLERANTIE), so the rounding difference cannot
 *   absorb a wrong line.
 */
export function controleerOpbouw(regels: readonly OpbouwRegel[], onafgerond: Decimal): void {
  let somExact = ZERO;
  for (const r of regels) {
    somExact = plus(somExact, r.exact);
    if (r.bedrag !== r.exact && r.bedrag.minus(r.exact).abs().greaterThan(HALVE_CENT)) {
      throw new InterneFout(
        `de regel '${r.label}' van de opbouw (${r.bedrag.toString()}) wijkt meer dan een halve cent af van haar exacte bedrag ${r.exact.toString()}.`,
      );
    }
  }
  const gat = somExact.minus(onafgerond);
  // relative for huge amounts (an absurd bezettingsgraad such as 4e-323 makes a tariff of 1e323 with 40 digits of precision)
  if (gat.abs().greaterThan(EXACT_TOLERANTIE) && gat.abs().greaterThan(onafgerond.abs().times(RELATIEVE_TOLERANTIE))) {
    throw new InterneFout(
      `de exacte regels van de opbouw tellen op tot ${somExact.toString()}, niet tot het onafgeronde tarief ${onafgerond.toString()} (verschil ${gat.toString()}).`,
    );
  }
}
