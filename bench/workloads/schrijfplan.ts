/**
 * Planning the chunked write of a large result table.
 * Importable: tests/bench/smoke.test.ts runs it on a tiny N; bench/run.ts repeats it and prints the result.
 */
import { planSchrijven } from "../../src/core/schrijfplan";
import { mulberry32 } from "../inputs";

const nu = () => performance.now();

export interface SchrijfplanMeting {
  cellen: number;
  blokken: number;
  ms: number;
}

/** Plans the chunked write of the region output (rows × columns of numbers), `cellen` cells in all. */
export function meetSchrijfplan(cellen = 100_000, kolommen = 16, budget?: number): SchrijfplanMeting {
  const rijen = Math.ceil(cellen / kolommen);
  const rnd = mulberry32(5);
  const waarden: number[][] = Array.from({ length: rijen }, () => Array.from({ length: kolommen }, () => Math.round(rnd() * 100000) / 100));
  const t = nu();
  const plan = planSchrijven(waarden, { budgetBytes: budget });
  const ms = nu() - t;
  return { cellen: rijen * kolommen, blokken: plan.length, ms };
}
