/**
 * The same chain in float64, compared with the engine to the cent (ties of the rounding rule counted apart).
 * Importable: tests/bench/smoke.test.ts runs it on a tiny N; bench/run.ts repeats it and prints the result.
 */
import { Decimal, ONE } from "../../src/core/decimal";
import { leesParameterBereik } from "../../src/core/parameters/lezen";
import { berekenTarief } from "../../src/core/tarief";
import { floatTarief } from "../float-chain";
import type { BenchInvoer, NumInvoer } from "../inputs";

const nu = () => performance.now();

export interface FloatMeting {
  n: number;
  perS: number;
  tarieven: Float64Array;
  onafgerond: Float64Array;
}

export function meetFloat(invoer: readonly BenchInvoer[]): FloatMeting {
  const n = invoer.length;
  const tarieven = new Float64Array(n);
  const onafgerond = new Float64Array(n);
  // repeat short runs so the timer resolution does not dominate
  const herhalingen = Math.max(1, Math.ceil(200_000 / Math.max(n, 1)));
  const t = nu();
  for (let h = 0; h < herhalingen; h++) {
    for (let i = 0; i < n; i++) {
      const f = floatTarief(invoer[i].num);
      tarieven[i] = f.tarief;
      onafgerond[i] = f.onafgerond;
    }
  }
  const ms = nu() - t;
  return { n, perS: ((n * herhalingen) / ms) * 1000, tarieven, onafgerond };
}

/** Engine vs float to the cent; a mismatch on an exact tie of the rounding rule is counted separately. */
export function vergelijkFloat(
  invoer: readonly BenchInvoer[],
  engine: Float64Array,
  float: FloatMeting,
): { verschillen: number; opHalveCent: number; voorbeelden: string[] } {
  let verschillen = 0;
  let opHalveCent = 0;
  const voorbeelden: string[] = [];
  for (let i = 0; i < invoer.length; i++) {
    if (Math.round(engine[i] * 100) === Math.round(float.tarieven[i] * 100)) continue;
    verschillen++;
    const r = berekenTarief({ parameters: leesParameterBereik(invoer[i].bereik) });
    if (opGrens(r.tariefOnafgerond, invoer[i].num.afronding)) opHalveCent++;
    if (voorbeelden.length < 5) {
      voorbeelden.push(`#${i}: exact ${r.tariefOnafgerond.toFixed()} → ${r.tarief.toFixed(2)}, float ${float.onafgerond[i]} → ${float.tarieven[i]}`);
    }
  }
  return { verschillen, opHalveCent, voorbeelden };
}

/** Is x exactly halfway between two results of the rounding rule (e.g. x.xx5 for cent)? */
export function opGrens(x: Decimal, regel: NumInvoer["afronding"]): boolean {
  const stap = regel === "cent" ? new Decimal("0.01") : regel === "euro" ? ONE : new Decimal("0.6");
  return x.dividedBy(stap).mod(1).equals("0.5");
}
