/**
 * Personnel cost per FTE per year (domain spec §3.1):
 *   J  = S × 12
 *   L  = J × (1 + v + e + ort + x)
 *   LK = L × (1 + s) + p × max(0, L − F) + Q
 */
import { Decimal, TWELVE, WEEKS_PER_YEAR, ZERO, maal, max, plus } from "./decimal";

export interface LoonkostenInvoer {
  maandsalaris: Decimal;
  vakantietoeslag: Decimal;
  eindejaarsuitkering: Decimal;
  ort: Decimal;
  overige_looncomponenten: Decimal;
  sociale_lasten: Decimal;
  pensioenpremie: Decimal;
  pensioen_franchise: Decimal;
  overige_personeelskosten: Decimal;
}

/** LK split into its components; the components add up to `loonkostenFte` exactly. */
export interface Loonkosten {
  /** J = S × 12 */
  jaarsalaris: Decimal;
  vakantietoeslag: Decimal;
  eindejaarsuitkering: Decimal;
  ort: Decimal;
  overigeLooncomponenten: Decimal;
  /** L */
  loonsom: Decimal;
  /** L × s */
  socialeLasten: Decimal;
  /** p × max(0, L − F) */
  pensioenpremie: Decimal;
  /** Q */
  overigePersoneelskosten: Decimal;
  /** LK */
  loonkostenFte: Decimal;
}

export function berekenLoonkosten(i: LoonkostenInvoer): Loonkosten {
  const jaarsalaris = i.maandsalaris.times(TWELVE);
  const vakantietoeslag = maal(jaarsalaris, i.vakantietoeslag);
  const eindejaarsuitkering = maal(jaarsalaris, i.eindejaarsuitkering);
  const ort = maal(jaarsalaris, i.ort);
  const overigeLooncomponenten = maal(jaarsalaris, i.overige_looncomponenten);
  const loonsom = plus(plus(plus(plus(jaarsalaris, vakantietoeslag), eindejaarsuitkering), ort), overigeLooncomponenten);
  const socialeLasten = maal(loonsom, i.sociale_lasten);
  const pensioenpremie = maal(i.pensioenpremie, i.pensioen_franchise.isZero() ? loonsom : max(ZERO, loonsom.minus(i.pensioen_franchise)));
  const overigePersoneelskosten = i.overige_personeelskosten;
  const loonkostenFte = plus(plus(plus(loonsom, socialeLasten), pensioenpremie), overigePersoneelskosten);
  return {
    jaarsalaris,
    vakantietoeslag,
    eindejaarsuitkering,
    ort,
    overigeLooncomponenten,
    loonsom,
    socialeLasten,
    pensioenpremie,
    overigePersoneelskosten,
    loonkostenFte,
  };
}

/** Loonkosten given directly (alternative entry point `loonkosten_fte`): no component split is known. */
export function loonkostenOpgegeven(loonkostenFte: Decimal): Loonkosten {
  return {
    jaarsalaris: ZERO,
    vakantietoeslag: ZERO,
    eindejaarsuitkering: ZERO,
    ort: ZERO,
    overigeLooncomponenten: ZERO,
    loonsom: ZERO,
    socialeLasten: ZERO,
    pensioenpremie: ZERO,
    overigePersoneelskosten: ZERO,
    loonkostenFte,
  };
}

/**
 * The components of LK that the breakdown shows (salary; holiday pay + year-end bonus; ORT + other components;
 * social charges; pension; other personnel cost) and their total LK, per fte or scaled to a unit.
 */
export interface LoonkostenRegels {
  salaris: Decimal;
  toeslagen: Decimal;
  ortOverig: Decimal;
  socialeLasten: Decimal;
  pensioenpremie: Decimal;
  overigePersoneelskosten: Decimal;
  totaal: Decimal;
}

export function loonkostenRegels(lk: Loonkosten): LoonkostenRegels {
  return {
    salaris: lk.jaarsalaris,
    toeslagen: plus(lk.vakantietoeslag, lk.eindejaarsuitkering),
    ortOverig: plus(lk.ort, lk.overigeLooncomponenten),
    socialeLasten: lk.socialeLasten,
    pensioenpremie: lk.pensioenpremie,
    overigePersoneelskosten: lk.overigePersoneelskosten,
    totaal: lk.loonkostenFte,
  };
}

/** Scales every component by a factor (LK per fte → per unit of output). */
export function schaalRegels(r: LoonkostenRegels, f: Decimal): LoonkostenRegels {
  return {
    salaris: maal(r.salaris, f),
    toeslagen: maal(r.toeslagen, f),
    ortOverig: maal(r.ortOverig, f),
    socialeLasten: maal(r.socialeLasten, f),
    pensioenpremie: maal(r.pensioenpremie, f),
    overigePersoneelskosten: maal(r.overigePersoneelskosten, f),
    totaal: maal(r.totaal, f),
  };
}

export function telRegelsOp(a: LoonkostenRegels, b: LoonkostenRegels): LoonkostenRegels {
  return {
    salaris: plus(a.salaris, b.salaris),
    toeslagen: plus(a.toeslagen, b.toeslagen),
    ortOverig: plus(a.ortOverig, b.ortOverig),
    socialeLasten: plus(a.socialeLasten, b.socialeLasten),
    pensioenpremie: plus(a.pensioenpremie, b.pensioenpremie),
    overigePersoneelskosten: plus(a.overigePersoneelskosten, b.overigePersoneelskosten),
    totaal: plus(a.totaal, b.totaal),
  };
}

export const GEEN_REGELS: LoonkostenRegels = loonkostenRegels(loonkostenOpgegeven(ZERO));

/** The chained hourly form of §3.3: u = S / (uren_per_week × 52 / 12); for 36 hours the divisor is 156. */
export function uurloonDeler(urenPerWeek: Decimal): Decimal {
  return urenPerWeek.times(WEEKS_PER_YEAR).dividedBy(TWELVE);
}
