/**
 * Exact half-cent ties: engine vs float vs HyperFormula.
 * Importable: tests/bench/smoke.test.ts runs it on a tiny N; bench/run.ts repeats it and prints the result.
 */
import { leesParameterBereik } from "../../src/core/parameters/lezen";
import { berekenTarief } from "../../src/core/tarief";
import { floatTarief } from "../float-chain";
import type { BenchInvoer } from "../inputs";
import { meetHyperFormula } from "../hyperformula-chain";
import { opGrens } from "./float";

export interface GrensMeting {
  n: number;
  /** engine results whose unrounded value is exactly a half cent (should be all n) */
  exacteGrenzen: number;
  floatVerschillen: number;
  spreadsheetVerschillen: number;
  voorbeelden: string[];
}

export function meetGrensgevallen(invoer: readonly BenchInvoer[]): GrensMeting {
  const hf = meetHyperFormula(
    invoer.map((x) => x.num),
    true,
    0,
  );
  let exacteGrenzen = 0;
  let floatVerschillen = 0;
  let spreadsheetVerschillen = 0;
  const voorbeelden: string[] = [];
  invoer.forEach((x, i) => {
    const r = berekenTarief({ parameters: leesParameterBereik(x.bereik) });
    if (opGrens(r.tariefOnafgerond, "cent")) exacteGrenzen++;
    const cent = Math.round(r.tarief.toNumber() * 100);
    const f = floatTarief(x.num);
    if (Math.round(f.tarief * 100) !== cent) {
      floatVerschillen++;
      if (voorbeelden.length < 3)
        voorbeelden.push(
          `maandsalaris ${x.num.maandsalaris}: exact ${r.tariefOnafgerond.toFixed()} → ${r.tarief.toFixed(2)}, float ${f.onafgerond} → ${f.tarief}`,
        );
    }
    if (Math.round(hf.tarieven[i] * 100) !== cent) spreadsheetVerschillen++;
  });
  return { n: invoer.length, exacteGrenzen, floatVerschillen, spreadsheetVerschillen, voorbeelden };
}
