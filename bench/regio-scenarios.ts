/**
 * regio_scenarios_ms: the sample region's full comparison through the engine (src/core/regio.ts): tariff groups for
 * every CAO with a table, the provider checks and tariffs, the micro tariffs, every product × 3 scenarios + base,
 * and the budget for 5 municipalities × 5 years with indexation (reeks.ts) and the ceiling check.
 */
import { performance } from "perf_hooks";
import { berekenRegio } from "../src/core/regio";
import { standaardCaoBron } from "../src/data";
import { voorbeeldRegio } from "../src/data/voorbeeldregio";

export interface RegioScenarioMeting {
  ms: number;
  tarieven: number;
  budgetregels: number;
  /** the base total of the first year, as a check that every run computes the same */
  controle: string;
}

export function meetRegioScenarios(): RegioScenarioMeting {
  const regio = voorbeeldRegio();
  const t0 = performance.now();
  const u = berekenRegio(regio, { caoBron: standaardCaoBron, vandaag: "2025-01-01" });
  const ms = performance.now() - t0;
  const tarieven = u.tariefgroepen.length + u.aanbiederTarieven.length + u.micro.reduce((s, m) => s + m.tarieven.length, 0) + u.vergelijking.length * (1 + u.scenarios.length);
  return { ms, tarieven, budgetregels: u.budget.regels.length, controle: u.budget.totaal[0].bedrag.toFixed(2) };
}
