/**
 * Personnel cost per FTE per year (domain spec §3.1):
 *   J  = S × 12
 *   L  = J × (1 + v + e + ort + x)
 *   LK = L × (1 + s) + p × max(0, L − F) + Q
 */
import { Decimal, ONE, TWELVE, ZERO, maal, max, plus } from "./decimal";

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
  return { jaarsalaris, vakantietoeslag, eindejaarsuitkering, ort, overigeLooncomponenten, loonsom, socialeLasten, pensioenpremie, overigePersoneelskosten, loonkostenFte };
}

/** Loonkosten given directly (alternative entry point `loonkosten_fte`): no component split is known. */
export function loonkostenOpgegeven(loonkostenFte: Decimal): Loonkosten {
  return {
    jaarsalaris: ZERO, vakantietoeslag: ZERO, eindejaarsuitkering: ZERO, ort: ZERO, overigeLooncomponenten: ZERO,
    loonsom: ZERO, socialeLasten: ZERO, pensioenpremie: ZERO, overigePersoneelskosten: ZERO, loonkostenFte,
  };
}

/** Scales every component by a factor (used to express LK per unit of output). */
export function schaalLoonkosten(lk: Loonkosten, factor: Decimal): Loonkosten {
  // written out field by field; components that are 0 (often ORT, other components, Q) stay 0 without a multiplication
  const maal = (x: Decimal) => (x.isZero() ? x : x.times(factor));
  return {
    jaarsalaris: maal(lk.jaarsalaris),
    vakantietoeslag: maal(lk.vakantietoeslag),
    eindejaarsuitkering: maal(lk.eindejaarsuitkering),
    ort: maal(lk.ort),
    overigeLooncomponenten: maal(lk.overigeLooncomponenten),
    loonsom: maal(lk.loonsom),
    socialeLasten: maal(lk.socialeLasten),
    pensioenpremie: maal(lk.pensioenpremie),
    overigePersoneelskosten: maal(lk.overigePersoneelskosten),
    loonkostenFte: maal(lk.loonkostenFte),
  };
}

export function telLoonkostenOp(a: Loonkosten, b: Loonkosten): Loonkosten {
  return {
    jaarsalaris: a.jaarsalaris.plus(b.jaarsalaris),
    vakantietoeslag: a.vakantietoeslag.plus(b.vakantietoeslag),
    eindejaarsuitkering: a.eindejaarsuitkering.plus(b.eindejaarsuitkering),
    ort: a.ort.plus(b.ort),
    overigeLooncomponenten: a.overigeLooncomponenten.plus(b.overigeLooncomponenten),
    loonsom: a.loonsom.plus(b.loonsom),
    socialeLasten: a.socialeLasten.plus(b.socialeLasten),
    pensioenpremie: a.pensioenpremie.plus(b.pensioenpremie),
    overigePersoneelskosten: a.overigePersoneelskosten.plus(b.overigePersoneelskosten),
    loonkostenFte: a.loonkostenFte.plus(b.loonkostenFte),
  };
}

export const GEEN_LOONKOSTEN: Loonkosten = loonkostenOpgegeven(ZERO);

/** The chained hourly form of §3.3: u = S / (uren_per_week × 52 / 12); for 36 hours the divisor is 156. */
export function uurloonDeler(urenPerWeek: Decimal): Decimal {
  return urenPerWeek.times(52).dividedBy(12);
}

export { ONE };
