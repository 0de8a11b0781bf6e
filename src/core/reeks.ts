/**
 * A multi-year series of an indexed tariff with its breakdown (domain spec §6 and §7). Year by year:
 *   tarief(t)             = rondAf(tarief(t−1) × (1 + index(t)))         `indexeerJaar`, as `indexeer` does
 *   regel_k(t)            = ROUND(exact_k × Π_{s≤t} (1 + index(s)); 2)   every line of the base breakdown, scaled
 *   afrondingsverschil(t) = tarief(t) − Σ_k regel_k(t)                   so the lines add up to the tariff
 * With afronding `geen` nothing is rounded and the difference is tarief(t) − Σ_k exact_k × Π(1 + index).
 *
 * `indexeerReeksDecimaal` is the definition in decimals. `indexeerReeks` gives the same amounts as numbers for a
 * sheet, fast enough for a region (tens of thousands of rows): every amount is a whole number of cents, which a
 * float64 holds exactly, and each rounding is done on a float64 approximation of the exact decimal value. It is
 * accepted only where it provably equals the decimal rounding (`rondExact`); near a half cent the decimal value is
 * computed. The output is therefore identical to `indexeerReeksDecimaal` (tests/core/reeks.test.ts compares both on
 * random inputs and on constructed exact half-cent ties).
 */
import { excelRound } from "./afronding";
import { Decimal, ONE } from "./decimal";
import { controleerIndexcijfer, controleerTeIndexeren, indexeerJaar } from "./indexatie";
import type { Afrondingsregel } from "./parameters/definities";
import type { TariefResultaat } from "./tarief";

/** Validated yearly indices with their cumulative factors, prepared once and used for many tariffs. */
export interface IndexPad {
  indices: readonly Decimal[];
  /** Π_{s≤t} (1 + index(s)) per year t, in decimals */
  factoren: readonly Decimal[];
  /** the same as float64 approximations (relative error ≤ 2^-53 each) */
  eenPlusGetal: Float64Array;
  factorGetal: Float64Array;
}

export function maakIndexPad(indices: readonly Decimal[]): IndexPad {
  const factoren: Decimal[] = [];
  const eenPlusGetal = new Float64Array(indices.length);
  const factorGetal = new Float64Array(indices.length);
  let f = ONE;
  indices.forEach((ix, n) => {
    controleerIndexcijfer(`indexcijfers (${n + 1}e)`, ix);
    const eenPlus = ONE.plus(ix);
    f = f.times(eenPlus);
    factoren.push(f);
    eenPlusGetal[n] = eenPlus.toNumber();
    factorGetal[n] = f.toNumber();
  });
  return { indices, factoren, eenPlusGetal, factorGetal };
}

/** The amounts of one year: the tariff, and the lines of the breakdown in order (the last is the rounding difference). */
export interface ReeksJaar {
  tarief: Decimal;
  regels: Decimal[];
}

/** The series in decimals: the definition. */
export function indexeerReeksDecimaal(basis: TariefResultaat, pad: IndexPad): ReeksJaar[] {
  controleerTeIndexeren("tarief", basis.tarief);
  const afronding = basis.afronding;
  const lijnen = basis.opbouw.slice(0, -1); // without the base's own rounding difference
  const uit: ReeksJaar[] = [];
  let tarief = basis.tarief;
  for (let t = 0; t < pad.indices.length; t++) {
    tarief = indexeerJaar(tarief, pad.indices[t], afronding);
    const f = pad.factoren[t];
    const regels = lijnen.map((r) => (afronding === "geen" ? r.exact.times(f) : excelRound(r.exact.times(f), 2)));
    const verschil = regels.reduce((a, b) => a.minus(b), tarief);
    uit.push({ tarief, regels: [...regels, verschil] });
  }
  return uit;
}

/** Whole cents per rounding step of a tariff rule (all rules but `geen` give whole cents). */
const STAP_CENT: Record<Exclude<Afrondingsregel, "geen">, number> = { cent: 1, euro: 100, zestigvoud: 60 };

/**
 * Rounds an exact decimal value q ≥ 0 to a whole number, half up (Excel ROUND), from its float64 approximation
 * `benadering`. Where the approximation is used, it carries at most a few roundings of 2^-53 relative each (the
 * factors' conversion to float64 and the float products: ≤ 4 × 2^-53 here). Rounding q can only differ from
 * rounding the approximation when q lies within that error of k + ½. Outside a margin of 2^-44 relative (plus an
 * absolute 1e-9 for values near 0), 500 times the error bound, the float result is provably the decimal result;
 * inside it, `exact` computes the decimal value.
 */
export function rondExact(benadering: number, exact: () => number): number {
  const a = Math.abs(benadering);
  if (!(a < 2 ** 50)) return exact();
  const frac = a - Math.floor(a);
  if (Math.abs(frac - 0.5) <= a * 2 ** -44 + 1e-9) return exact();
  const n = Math.round(a);
  return benadering < 0 ? -n : n;
}

/** A series in decimals as numbers, one row per year (tariff, then the lines), written into `doel` from `vanaf` on. */
export function reeksAlsGetallen(reeks: readonly ReeksJaar[], doel: Float64Array, vanaf = 0): Float64Array {
  let off = vanaf;
  for (const j of reeks) {
    doel[off++] = j.tarief.toNumber();
    for (const r of j.regels) doel[off++] = r.toNumber();
  }
  return doel;
}

/** The number of columns of a series row: the tariff and every line of the breakdown. */
export function reeksKolommen(basis: TariefResultaat): number {
  return 1 + basis.opbouw.length;
}

/**
 * The series as numbers in euros, one row per year (tariff, then the lines; the last line is the rounding
 * difference), written into `uit` from `vanaf` on (a new array when not given). Identical to
 * `indexeerReeksDecimaal` converted to numbers. Returns the array.
 */
export function indexeerReeks(basis: TariefResultaat, pad: IndexPad, uit?: Float64Array, vanaf = 0): Float64Array {
  const kolommen = reeksKolommen(basis);
  const jaren = pad.indices.length;
  const doel = uit ?? new Float64Array(jaren * kolommen);
  if (doel.length < vanaf + jaren * kolommen) throw new RangeError("indexeerReeks: de uitvoer is te kort");
  const afronding = basis.afronding;
  if (afronding === "geen") return reeksAlsGetallen(indexeerReeksDecimaal(basis, pad), doel, vanaf);
  controleerTeIndexeren("tarief", basis.tarief);
  const stap = STAP_CENT[afronding];
  const lijnen = basis.opbouw;
  const r = lijnen.length - 1; // lines without the rounding difference
  const exactGetal = new Float64Array(r);
  for (let k = 0; k < r; k++) exactGetal[k] = lijnen[k].exact.toNumber();
  let tariefCent = Math.round(basis.tarief.toNumber() * 100); // the rounded base tariff is whole cents
  for (let t = 0; t < jaren; t++) {
    const ix = pad.indices[t];
    const vorige = tariefCent;
    tariefCent =
      stap *
      rondExact((vorige * pad.eenPlusGetal[t]) / stap, () =>
        indexeerJaar(new Decimal(vorige).dividedBy(100), ix, afronding).times(100).dividedBy(stap).toNumber(),
      );
    const off = vanaf + t * kolommen;
    doel[off] = tariefCent / 100;
    const f = pad.factorGetal[t];
    let som = 0;
    for (let k = 0; k < r; k++) {
      const c = rondExact(exactGetal[k] * f * 100, () => excelRound(lijnen[k].exact.times(pad.factoren[t]), 2).times(100).toNumber());
      som += c;
      doel[off + 1 + k] = c / 100;
    }
    doel[off + 1 + r] = (tariefCent - som) / 100;
  }
  return doel;
}
