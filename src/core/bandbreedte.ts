/**
 * Bandwidths (domain spec §8): the region sets a bandwidth per parameter, given as [min, max] or derived from
 * submissions as P25–P75 with P50 as norm (Excel PERCENTILE.INC). Submissions are checked against them in
 * toetsing.ts.
 *
 * Fewer than 4 submissions: PERCENTILE.INC is defined for any n ≥ 1 (rank h = (n − 1) × k, linear interpolation
 * between the neighbouring sorted values), and we follow it exactly. With 1 submission min = norm = max = that
 * value; with 2 or 3 the bounds are interpolations. Both are computed, and the bandwidth carries a warning.
 * An empty set is an error.
 */
import { Decimal } from "./decimal";
import { InvoerFout } from "./errors";
import { formatGetal, toonWaarde } from "./format";
import { DEFINITIE_PER_NAAM, PARAMETER_NAMEN } from "./parameters/definities";
import { dichtstbijzijndeNaam, normaliseerNaam } from "./parameters/namen";
import type { FunctieParameters, Parameters } from "./parameters/schema";

export const P25 = new Decimal("0.25");
export const P50 = new Decimal("0.5");
export const P75 = new Decimal("0.75");

/** Excel PERCENTILE.INC(waarden; k), exact in decimals: h = (n − 1) × k, x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋+1] − x[⌊h⌋]). */
export function percentielInc(waarden: readonly Decimal[], k: Decimal): Decimal {
  if (waarden.length === 0) throw new InvoerFout("Percentiel van een lege verzameling: geef minstens één waarde.", { toegestaan: "minstens één waarde" });
  if (k.lessThan(0) || k.greaterThan(1)) throw new InvoerFout(`k = ${toonWaarde(k)} ligt buiten 0 tot en met 1.`, { parameter: "k", toegestaan: "0 ≤ k ≤ 1" });
  const x = [...waarden].sort((a, b) => a.comparedTo(b));
  const h = k.times(x.length - 1);
  const i = h.floor().toNumber();
  const frac = h.minus(i);
  // 0 ≤ k ≤ 1 gives h ≤ n − 1, so a fraction means i + 1 < n
  if (frac.isZero()) return x[i];
  return x[i].plus(frac.times(x[i + 1].minus(x[i])));
}

export type BandHerkomst = "opgegeven" | "inzendingen";

export interface Bandbreedte {
  parameter: string;
  min: Decimal;
  max: Decimal;
  /** P50 when derived from submissions; optional when given */
  norm?: Decimal;
  herkomst: BandHerkomst;
  /** number of submissions it was derived from */
  aantal?: number;
  waarschuwing?: string;
}

/** A canonical numeric parameter name that can carry a bandwidth, or an error naming `waar`. */
export function bandParameter(naam: string, waar = ""): string {
  const n = normaliseerNaam(naam);
  const def = DEFINITIE_PER_NAAM.get(n);
  if (!def || def.alleenFunctiemix) {
    const s = dichtstbijzijndeNaam(n, PARAMETER_NAMEN);
    throw new InvoerFout(
      `Onbekende parameter '${naam}'${waar}.${s ? ` Bedoelt u '${s}'?` : ""} Een bandbreedte geldt voor een parameter uit RT.PARAMETERS().`,
      { parameter: naam, toegestaan: "een numerieke parameternaam" },
    );
  }
  if (def.soort !== "fractie" && def.soort !== "bedrag" && def.soort !== "getal") {
    throw new InvoerFout(`Parameter '${n}'${waar} is geen getal (soort ${def.soort}); een bandbreedte kan alleen voor een numerieke parameter.`, {
      parameter: n,
      toegestaan: "fractie, bedrag of getal",
    });
  }
  return n;
}

/** A given bandwidth [min, max] (norm optional), checked: min ≤ max and min ≤ norm ≤ max. */
export function maakBandbreedte(parameter: string, min: Decimal, max: Decimal, norm?: Decimal, waar = ""): Bandbreedte {
  const p = bandParameter(parameter, waar);
  if (min.greaterThan(max)) {
    throw new InvoerFout(`Bandbreedte voor ${p}${waar}: min = ${formatGetal(min)} is groter dan max = ${formatGetal(max)}; toegestaan: min ≤ max.`, {
      parameter: p,
      waarde: min.toNumber(),
      toegestaan: "min ≤ max",
    });
  }
  if (norm && (norm.lessThan(min) || norm.greaterThan(max))) {
    throw new InvoerFout(`Bandbreedte voor ${p}${waar}: norm = ${formatGetal(norm)} ligt niet tussen min ${formatGetal(min)} en max ${formatGetal(max)}.`, {
      parameter: p,
      waarde: norm.toNumber(),
      toegestaan: "min ≤ norm ≤ max",
    });
  }
  return { parameter: p, min, max, norm, herkomst: "opgegeven" };
}

/** P25–P75 with P50 as norm from the submitted values of one parameter. */
export function bandbreedteUitWaarden(parameter: string, waarden: readonly Decimal[], waar = ""): Bandbreedte {
  const p = bandParameter(parameter, waar);
  if (waarden.length === 0) {
    throw new InvoerFout(
      `Bandbreedte voor ${p}${waar} uit een lege verzameling inzendingen: geen enkele inzending geeft ${p}; geef minstens één waarde of een bandbreedte [min, max].`,
      { parameter: p, toegestaan: "minstens één inzending" },
    );
  }
  const n = waarden.length;
  const waarschuwing =
    n === 1
      ? "1 inzending: min, norm en max zijn die ene waarde (PERCENTIEL.INC); bandbreedte zonder spreiding"
      : n < 4
        ? `${n} inzendingen: P25 en P75 zijn interpolaties tussen ${n} waarden (PERCENTIEL.INC); weinig houvast`
        : undefined;
  return {
    parameter: p,
    min: percentielInc(waarden, P25),
    norm: percentielInc(waarden, P50),
    max: percentielInc(waarden, P75),
    herkomst: "inzendingen",
    aantal: n,
    waarschuwing,
  };
}

/** One provider's parameter set for one product. */
export interface Inzending {
  aanbieder: string;
  product?: string;
  parameters: Parameters;
  /** per parameter the provider's justification for a value outside the bandwidth */
  onderbouwingen?: Readonly<Record<string, string>>;
  functiemix?: readonly FunctieParameters[];
}

export function waarde(p: Parameters, naam: string): Decimal | undefined {
  const v = (p as Record<string, unknown>)[naam];
  return v instanceof Decimal ? v : undefined;
}

/** Bandwidths of `parameters` derived from a set of submissions. */
export function bandbreedtesUitInzendingen(inzendingen: readonly Inzending[], parameters: readonly string[], waar = ""): Bandbreedte[] {
  return parameters.map((naam) => {
    const n = bandParameter(naam, waar);
    const w = inzendingen.map((i) => waarde(i.parameters, n)).filter((x): x is Decimal => x !== undefined);
    return bandbreedteUitWaarden(n, w, waar);
  });
}
