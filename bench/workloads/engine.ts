/**
 * Engine throughput: parse a raw range and compute a tariff with its breakdown, and compute on parsed parameters.
 * Importable: tests/bench/smoke.test.ts runs it on a tiny N; bench/run.ts repeats it and prints the result.
 */
import { leesParameterBereik } from "../../src/core/parameters/lezen";
import type { Parameters } from "../../src/core/parameters/schema";
import { berekenTarief } from "../../src/core/tarief";
import type { BenchInvoer } from "../inputs";

const nu = () => performance.now();

export interface EngineMeting {
  n: number;
  /** parse the raw 20-row range + full calculation with breakdown, per second (what one RT.TARIEF cell costs) */
  perS: number;
  /** full calculation with breakdown on already-parsed parameters, per second */
  rekenPerS: number;
  /** the rounded tariffs (as numbers; exact to the cent) */
  tarieven: Float64Array;
}

export function meetEngine(invoer: readonly BenchInvoer[]): EngineMeting {
  const n = invoer.length;
  const tarieven = new Float64Array(n);
  let regels = 0;
  let t = nu();
  for (let i = 0; i < n; i++) {
    const r = berekenTarief({ parameters: leesParameterBereik(invoer[i].bereik) });
    tarieven[i] = r.tarief.toNumber();
    regels += r.opbouw.length;
  }
  const totaalMs = nu() - t;
  const geparst: Parameters[] = invoer.map((x) => leesParameterBereik(x.bereik));
  t = nu();
  for (let i = 0; i < n; i++) regels += berekenTarief({ parameters: geparst[i] }).opbouw.length;
  const rekenMs = nu() - t;
  if (regels === 0) throw new Error("geen opbouw");
  return { n, perS: (n / totaalMs) * 1000, rekenPerS: (n / rekenMs) * 1000, tarieven };
}
