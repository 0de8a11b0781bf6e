import { Decimal } from "../../src/core/decimal";
import { leesFunctiemixBereik, leesParameterBereik } from "../../src/core/parameters/lezen";
import { berekenTarief, type TariefResultaat } from "../../src/core/tarief";

export const d = (v: string | number) => new Decimal(v);

/** Computes a tariff from a parameter range as a sheet would hold it. */
export function tarief(rows: unknown[][], mix?: unknown[][]): TariefResultaat {
  return berekenTarief({ parameters: leesParameterBereik(rows), functiemix: mix ? leesFunctiemixBereik(mix) : undefined }, { vandaag: "2025-01-01" });
}

/** A typical parameter set (salary route) used across tests. */
export const BASIS: unknown[][] = [
  ["maandsalaris", 3500],
  ["sociale_lasten", 0.18],
  ["pensioenpremie", 0.13],
  ["productiviteit", 0.75],
  ["overhead", 0.2],
];

export function met(rows: unknown[][], ...extra: unknown[][]): unknown[][] {
  const names = new Set(extra.map((r) => r[0]));
  return [...rows.filter((r) => !names.has(r[0])), ...extra];
}
