/**
 * Rounding (domain spec §6). Rounding happens only at configured points; everything before is exact.
 * Half away from zero, exactly as Excel's ROUND on a decimal value.
 */
import { Decimal } from "./decimal";
import type { Afrondingsregel } from "./parameters/definities";

const ZESTIG_CENT = new Decimal("0.60");

/** Excel ROUND(x; digits): half away from zero. Negative digits round to tens, hundreds, … */
export function excelRound(x: Decimal, digits: number): Decimal {
  if (digits >= 0) return x.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP);
  const factor = new Decimal(`1e${-digits}`); // 10^-digits, exact (the add-in's decimal.js has no pow)
  return x.dividedBy(factor).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(factor);
}

/** Applies a tariff rounding rule. `zestigvoud` = nearest multiple of € 0.60, so the minute tariff is a whole cent. */
export function rondAf(x: Decimal, regel: Afrondingsregel): Decimal {
  switch (regel) {
    case "cent":
      return excelRound(x, 2);
    case "euro":
      return excelRound(x, 0);
    case "zestigvoud":
      return x.dividedBy(ZESTIG_CENT).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(ZESTIG_CENT);
    case "geen":
      return x;
  }
}

export const AFRONDING_OMSCHRIJVING: Record<Afrondingsregel, string> = {
  cent: "afgerond op centen (half van nul af, als Excel AFRONDEN)",
  zestigvoud: "afgerond op een veelvoud van € 0,60 (minuuttarief in hele centen)",
  euro: "afgerond op hele euro's",
  geen: "niet afgerond",
};
