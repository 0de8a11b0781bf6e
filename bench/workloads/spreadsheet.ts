/**
 * The same chain as spreadsheet formulas (HyperFormula): build, recalculate, compare tariffs and breakdowns.
 * Importable: tests/bench/smoke.test.ts runs it on a tiny N; bench/run.ts repeats it and prints the result.
 */
import { leesParameterBereik } from "../../src/core/parameters/lezen";
import { berekenTarief } from "../../src/core/tarief";
import { naarBereik, type BenchInvoer } from "../inputs";
import { gewijzigdSalaris, leesOpbouw, meetHyperFormula } from "../hyperformula-chain";

export interface SpreadsheetMeting {
  rijen: number;
  formulecellen: number;
  bouwMs: number;
  /** rows per second for building the sheet (parse all formulas + evaluate) */
  perS: number;
  herberekenMs: number;
  gewijzigdeCellen: number;
  /** recalculated rows per second after changing the salary of `gewijzigdeCellen` rows in one batch */
  herberekenPerS: number;
  /** rows where HyperFormula's tariff differs from the engine's (to the cent), before and after the change */
  verschillen: number;
  /** breakdown lines compared with the engine's (rows × 11 values), and how many differ to the cent */
  opbouwWaardenVergeleken: number;
  opbouwVerschillen: number;
  verschillenNaWijziging: number;
  voorbeelden: string[];
}

export function meetSpreadsheet(invoer: readonly BenchInvoer[], engineTarieven: Float64Array, gewijzigd?: number): SpreadsheetMeting {
  const num = invoer.map((x) => x.num);
  const m = meetHyperFormula(num, false, gewijzigd);
  // the breakdown: the engine's rounded lines against the sheet's, on rows the salary change did not touch
  let opbouwWaardenVergeleken = 0;
  let opbouwVerschillen = 0;
  const soorten = [
    "salaris",
    "toeslagen",
    "ort_overig",
    "sociale_lasten",
    "pensioen",
    "overige_personeelskosten",
    "niet_productief",
    "materieel",
    "overhead",
    "risico",
    "afronding",
  ];
  for (let i = m.gewijzigdeCellen; i < Math.min(num.length, m.gewijzigdeCellen + 2000); i++) {
    const r = berekenTarief({ parameters: leesParameterBereik(naarBereik(num[i])) });
    const blad = leesOpbouw(m.hf, i);
    soorten.forEach((soort, k) => {
      const e = r.opbouw.find((l) => l.soort === soort)!.bedrag.toNumber();
      opbouwWaardenVergeleken++;
      if (Math.round(e * 100) !== Math.round(blad[k] * 100)) opbouwVerschillen++;
    });
  }
  m.hf.destroy();
  let verschillen = 0;
  const voorbeelden: string[] = [];
  for (let i = 0; i < num.length; i++) {
    if (Math.round(engineTarieven[i] * 100) !== Math.round(m.tarieven[i] * 100)) {
      verschillen++;
      if (voorbeelden.length < 5) voorbeelden.push(`#${i}: engine ${engineTarieven[i]}, HyperFormula ${m.tarieven[i]}`);
    }
  }
  // the changed rows: recompute them with the engine and compare with the recalculated sheet
  let verschillenNaWijziging = 0;
  for (let i = 0; i < m.gewijzigdeCellen; i++) {
    const nieuw = { ...num[i], maandsalaris: gewijzigdSalaris(num[i]) };
    const e = berekenTarief({ parameters: leesParameterBereik(naarBereik(nieuw)) }).tarief.toNumber();
    if (Math.round(e * 100) !== Math.round(m.tarievenNaWijziging[i] * 100)) verschillenNaWijziging++;
  }
  return {
    rijen: m.rijen,
    formulecellen: m.formulecellen,
    bouwMs: m.bouwMs,
    perS: (m.rijen / m.bouwMs) * 1000,
    herberekenMs: m.herberekenMs,
    gewijzigdeCellen: m.gewijzigdeCellen,
    herberekenPerS: (m.gewijzigdeCellen / m.herberekenMs) * 1000,
    verschillen,
    verschillenNaWijziging,
    voorbeelden,
    opbouwWaardenVergeleken,
    opbouwVerschillen,
  };
}
