/**
 * The same calculation chain as the engine (domain spec §3.7), in plain float64 — written only for the
 * benchmark, to show what exact decimals cost and where floats go wrong (half-cent ties).
 *   LK → P → K → D_pers → D (+m) → T (overhead) → × (1 + r) → round
 */
import type { NumInvoer } from "./inputs";

export interface FloatUitkomst {
  tarief: number;
  onafgerond: number;
  kostprijs: number;
  dPers: number;
  overhead: number;
  risico: number;
}

/** Excel-style ROUND(x; d) on a float: half away from zero, naive (x × 10^d is itself a float). */
export function floatRound(x: number, d: number): number {
  const f = 10 ** d;
  return x < 0 ? -Math.round(-x * f) / f : Math.round(x * f) / f;
}

export function floatRondAf(x: number, regel: NumInvoer["afronding"]): number {
  switch (regel) {
    case "cent":
      return floatRound(x, 2);
    case "euro":
      return floatRound(x, 0);
    case "zestigvoud":
      return floatRound(x / 0.6, 0) * 0.6;
  }
}

export function floatTarief(i: NumInvoer): FloatUitkomst {
  const j = i.maandsalaris * 12;
  const l = j * (1 + i.vakantietoeslag + i.eindejaarsuitkering + i.ort);
  const lk = l * (1 + i.sociale_lasten) + i.pensioenpremie * Math.max(0, l - i.pensioen_franchise) + i.overige_personeelskosten;
  const h = i.uren_per_week * 52;
  const pi = i.afslag ? 1 - i.productiviteit : i.productiviteit;
  const k = lk / (h * pi);
  const factor = i.uren_per_eenheid / (i.groepsgrootte * i.bezettingsgraad);
  const dPers = k * factor;
  const basis = i.overhead_over_materieel ? dPers + i.materiele_kosten : dPers;
  const metOverhead = i.aandeel ? basis / (1 - i.overhead) : basis * (1 + i.overhead);
  const kostprijs = i.overhead_over_materieel ? metOverhead : metOverhead + i.materiele_kosten;
  const risico = kostprijs * i.risico_opslag;
  const onafgerond = kostprijs + risico;
  return { tarief: floatRondAf(onafgerond, i.afronding), onafgerond, kostprijs, dPers, overhead: metOverhead - basis, risico };
}
