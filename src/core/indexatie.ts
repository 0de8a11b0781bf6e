/**
 * Indexation (domain spec §7), VNG advice (Contractstandaarden Wmo art. 3.2):
 *   W(x) = w × OVA(x) + (1 − w) × PPC(x)
 *   additive correction        c = W(final t) − W(forecast t)
 *   multiplicative correction  c = (1 + W(final t)) / (1 + W(forecast t)) − 1
 *   index(t+1) = W(forecast t+1) + c
 * Rounding variants: none; the index rounded to 2 decimals in percent; each component (W(t+1) and c)
 * rounded to 2 decimals in percent before adding (this reproduces the published 6.30% for 2024).
 */
import { Decimal, ONE } from "./decimal";
import { excelRound, rondAf } from "./afronding";
import { InvoerFout } from "./errors";
import { formatProcent, toonWaarde } from "./format";
import type { Afrondingsregel } from "./parameters/definities";

export const INDEX_METHODES = ["additief", "multiplicatief"] as const;
export const INDEX_AFRONDINGEN = ["geen", "totaal", "componenten"] as const;
export type IndexMethode = (typeof INDEX_METHODES)[number];
export type IndexAfronding = (typeof INDEX_AFRONDINGEN)[number];

export const STANDAARD_GEWICHT_LOON = new Decimal("0.9");

export interface IndexInvoer {
  ovaNieuw: Decimal;
  ppcNieuw: Decimal;
  ovaVorigPrognose: Decimal;
  ovaVorigDefinitief: Decimal;
  ppcVorigPrognose: Decimal;
  ppcVorigDefinitief: Decimal;
  gewichtLoon?: Decimal;
  methode?: IndexMethode;
  afronding?: IndexAfronding;
}

export interface IndexUitkomst {
  /** the index for the new year as a fraction (6.30% = 0.063) */
  index: Decimal;
  /** W(forecast t+1) */
  gewogenNieuw: Decimal;
  /** W(forecast t) */
  gewogenVorigPrognose: Decimal;
  /** W(final t) */
  gewogenVorigDefinitief: Decimal;
  /** c */
  correctie: Decimal;
  methode: IndexMethode;
  afronding: IndexAfronding;
  gewichtLoon: Decimal;
  toelichting: string;
}

/** Index figures are percentages as fractions; a plausible yearly index lies between −50% and +100%. */
export function controleerIndexcijfer(naam: string, v: Decimal): void {
  if (v.greaterThan(1) && v.lessThanOrEqualTo(100)) {
    throw new InvoerFout(
      `${naam} = ${toonWaarde(v)} lijkt een percentage als heel getal: gebruik ${v.toString().replace(".", ",")}% of ${v.dividedBy(100).toString().replace(".", ",")} (toegestaan: -50% tot 100%).`,
      { parameter: naam, waarde: v.toNumber(), toegestaan: "-0,5 tot 1" },
    );
  }
  if (v.lessThan("-0.5") || v.greaterThan(1)) {
    throw new InvoerFout(`${naam} = ${toonWaarde(v)} ligt buiten het toegestane bereik: -50% tot 100% (fractie, 4,74% = 0,0474).`, {
      parameter: naam,
      waarde: v.toNumber(),
      toegestaan: "-0,5 tot 1",
    });
  }
}

const PCT_2 = 4; // 2 decimals in percent = 4 decimals as a fraction

export function berekenIndex(i: IndexInvoer): IndexUitkomst {
  const w = i.gewichtLoon ?? STANDAARD_GEWICHT_LOON;
  if (w.isNegative() || w.greaterThan(1)) {
    throw new InvoerFout(`gewicht_loon = ${toonWaarde(w)} ligt buiten het toegestane bereik: 0 tot en met 1 (0,9 = 90% OVA, 10% PPC).`, {
      parameter: "gewicht_loon",
      waarde: w.toNumber(),
      toegestaan: "0 ≤ gewicht_loon ≤ 1",
    });
  }
  const namen: [keyof IndexInvoer, string][] = [
    ["ovaNieuw", "ova_nieuw"],
    ["ppcNieuw", "ppc_nieuw"],
    ["ovaVorigPrognose", "ova_vorig_prognose"],
    ["ovaVorigDefinitief", "ova_vorig_definitief"],
    ["ppcVorigPrognose", "ppc_vorig_prognose"],
    ["ppcVorigDefinitief", "ppc_vorig_definitief"],
  ];
  for (const [k, naam] of namen) controleerIndexcijfer(naam, i[k] as Decimal);
  const methode = i.methode ?? "additief";
  const afronding = i.afronding ?? "geen";
  const gewogen = (ova: Decimal, ppc: Decimal) => w.times(ova).plus(ONE.minus(w).times(ppc));
  const wNieuw = gewogen(i.ovaNieuw, i.ppcNieuw);
  const wPrognose = gewogen(i.ovaVorigPrognose, i.ppcVorigPrognose);
  const wDefinitief = gewogen(i.ovaVorigDefinitief, i.ppcVorigDefinitief);
  const correctie = methode === "additief" ? wDefinitief.minus(wPrognose) : ONE.plus(wDefinitief).dividedBy(ONE.plus(wPrognose)).minus(ONE);
  let index: Decimal;
  if (afronding === "componenten") index = excelRound(wNieuw, PCT_2).plus(excelRound(correctie, PCT_2));
  else if (afronding === "totaal") index = excelRound(wNieuw.plus(correctie), PCT_2);
  else index = wNieuw.plus(correctie);
  const toelichting =
    `index = W(prognose nieuw jaar) ${formatProcent(wNieuw)} + correctie (${methode}) ${formatProcent(correctie)} ` +
    `(W definitief ${formatProcent(wDefinitief)} t.o.v. W prognose ${formatProcent(wPrognose)}; gewicht loon ${formatProcent(w)})` +
    (afronding === "geen"
      ? ""
      : afronding === "totaal"
        ? "; index afgerond op 2 decimalen in procenten"
        : "; beide componenten afgerond op 2 decimalen in procenten");
  return {
    index,
    gewogenNieuw: wNieuw,
    gewogenVorigPrognose: wPrognose,
    gewogenVorigDefinitief: wDefinitief,
    correctie,
    methode,
    afronding,
    gewichtLoon: w,
    toelichting,
  };
}

/** An amount to be indexed (a tariff, a budget) is 0 or more. */
export function controleerTeIndexeren(naam: string, bedrag: Decimal): void {
  if (bedrag.isNegative()) {
    throw new InvoerFout(`${naam} = ${toonWaarde(bedrag)} is negatief; toegestaan: 0 of meer.`, {
      parameter: naam,
      waarde: bedrag.toNumber(),
      toegestaan: "≥ 0",
    });
  }
}

/** One year's indexation: the amount × (1 + index), rounded per the region's rule. */
export function indexeerJaar(bedrag: Decimal, index: Decimal, afronding: Afrondingsregel): Decimal {
  return rondAf(bedrag.times(ONE.plus(index)), afronding);
}

/** Applies yearly indices in turn, rounding the amount after each year per the region's rule. */
export function indexeer(bedrag: Decimal, indices: readonly Decimal[], afronding: Afrondingsregel = "cent"): Decimal {
  controleerTeIndexeren("bedrag", bedrag);
  let uit = bedrag;
  indices.forEach((ix, n) => {
    controleerIndexcijfer(`indexcijfers (${n + 1}e)`, ix);
    uit = indexeerJaar(uit, ix, afronding);
  });
  return uit;
}
