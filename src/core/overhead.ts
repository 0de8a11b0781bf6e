/**
 * Overhead (domain spec §3.5): two conventions, conversion between them, and applying overhead to the direct
 * cost with or without the material costs.
 */
import { Decimal, ONE } from "./decimal";
import { InvoerFout } from "./errors";
import { formatProcent } from "./format";
import type { OverheadConventie } from "./parameters/definities";

/** o_opslag = o_aandeel / (1 − o_aandeel)  (20% share = 25% surcharge) */
export function opslagUitAandeel(aandeel: Decimal): Decimal {
  if (aandeel.greaterThanOrEqualTo(1) || aandeel.isNegative()) {
    throw new InvoerFout(`overhead = ${formatProcent(aandeel)} is als aandeel niet mogelijk; toegestaan: 0% tot 100% (exclusief).`, {
      parameter: "overhead",
      waarde: aandeel.toNumber(),
      toegestaan: "0 ≤ aandeel < 1",
    });
  }
  return aandeel.dividedBy(ONE.minus(aandeel));
}

/** o_aandeel = o_opslag / (1 + o_opslag) */
export function aandeelUitOpslag(opslag: Decimal): Decimal {
  if (opslag.isNegative()) {
    throw new InvoerFout(`overhead = ${formatProcent(opslag)} is als opslag niet mogelijk; toegestaan: 0% of meer.`, {
      parameter: "overhead",
      waarde: opslag.toNumber(),
      toegestaan: "opslag ≥ 0",
    });
  }
  return opslag.dividedBy(ONE.plus(opslag));
}

/** Converts an overhead percentage from one convention to the other. */
export function rekenOverheadOm(o: Decimal, van: OverheadConventie): Decimal {
  return van === "aandeel" ? opslagUitAandeel(o) : aandeelUitOpslag(o);
}

export interface OverheadUitkomst {
  /** cost price before risk: T */
  kostprijs: Decimal;
  /** the overhead amount T − D */
  overheadBedrag: Decimal;
  /** the overhead expressed as surcharge on the base it was applied to */
  opslagEquivalent: Decimal;
}

/**
 * T = D × (1 + o) (opslag) or D / (1 − o) (aandeel); with `overMaterieel` false the material cost m is added
 * after overhead: T = D_pers × (1 + o) + m.
 */
export function pasOverheadToe(dPers: Decimal, m: Decimal, o: Decimal, conventie: OverheadConventie, overMaterieel: boolean): OverheadUitkomst {
  const opslag = conventie === "opslag" ? o : opslagUitAandeel(o);
  const basis = overMaterieel ? dPers.plus(m) : dPers;
  const metOverhead = conventie === "opslag" ? basis.times(ONE.plus(o)) : basis.dividedBy(ONE.minus(o));
  const kostprijs = overMaterieel ? metOverhead : metOverhead.plus(m);
  return { kostprijs, overheadBedrag: metOverhead.minus(basis), opslagEquivalent: opslag };
}
