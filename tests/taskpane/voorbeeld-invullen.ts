/**
 * The sample region (src/data/voorbeeldregio) as typed into an inserted template — the cells come from the pane's
 * own generator (src/taskpane/voorbeeld.ts, behind "Vul voorbeeldregio in") — and, computed here independently of
 * any template or reader, what the engine gives for the same region data (expected values): each product's
 * standard input under the CAO straight from the region definition.
 */
import { Decimal } from "../../src/core/decimal";
import { leesParameterObject } from "../../src/core/parameters/lezen";
import { heeftTarief, standaardInvoer, vindProduct, type Regio } from "../../src/core/regio-definitie";
import { berekenTarief, type TariefInvoer, type TariefResultaat } from "../../src/core/tarief";
import { standaardCaoBron } from "../../src/data";
import { vandaagIso } from "../../src/functions/adapters/invoer";
import { voorbeeldRegio } from "../../src/data/voorbeeldregio";
import { PRODUCTKOLOMMEN } from "../../src/sjablonen/definities";
import { voorbeeldAanbieder, voorbeeldRegioSjabloon, voorbeeldRegioWerkmap, voorbeeldScenarios, type Invoer } from "../../src/taskpane/voorbeeld";

export type { Invoer };

export interface ProductVerwachting {
  product: string;
  invoer: TariefInvoer;
  resultaat: TariefResultaat;
}

/** What the engine gives for each product under `cao` from the region definition (with `extra` overrides). */
function verwachting(regio: Regio, producten: readonly string[], cao: string, extra: Record<string, Record<string, string>> = {}): ProductVerwachting[] {
  return producten.map((naam) => {
    const basis = standaardInvoer(regio, vindProduct(regio, naam), cao);
    const invoer: TariefInvoer = extra[naam] ? { ...basis, parameters: { ...basis.parameters, ...leesParameterObject(extra[naam]) } } : basis;
    return { product: naam, invoer, resultaat: berekenTarief(invoer, { caoBron: standaardCaoBron, vandaag: vandaagIso() }) };
  });
}

/** The region's products with their own tariff and a norm, at most the template's ten product columns (from the validated region). */
export function regioProducten(regio: Regio = voorbeeldRegio()): string[] {
  return regio.producten
    .filter((p) => heeftTarief(p) && p.norm?.length)
    .map((p) => p.product)
    .slice(0, PRODUCTKOLOMMEN);
}

export const regioScenarios = voorbeeldScenarios;

/** "Tariefberekening regio" filled with the sample region under its reference CAO. */
export function vulRegio(): { cellen: Invoer[]; verwacht: ProductVerwachting[]; scenarios: ReturnType<typeof regioScenarios> } {
  const regio = voorbeeldRegio();
  return { cellen: voorbeeldRegioSjabloon(), verwacht: verwachting(regio, regioProducten(regio), regio.referentieCao), scenarios: regioScenarios() };
}

/** "Kostprijsmodel aanbieder" filled for one provider of the sample region (its submissions, its own CAO). */
export function vulAanbieder(naam?: string): { cellen: Invoer[]; verwacht: ProductVerwachting[]; cao: string } {
  const a = voorbeeldAanbieder(naam);
  return { cellen: a.cellen, verwacht: verwachting(voorbeeldRegio(), a.producten, a.cao, a.extra), cao: a.cao };
}

/** A Decimal as the cell shows it with two decimals. */
export const centen = (d: Decimal | number): string => new Decimal(d).toFixed(2);

/**
 * A region-workbook template filled with the sample region's tables. `raster(blad)`: the template sheet's values
 * (header row first), undefined if absent.
 */
export function vulRegioWerkmap(raster: (blad: string) => unknown[][] | undefined): Invoer[] {
  return voorbeeldRegioWerkmap((n) => {
    const r = raster(n);
    return r ? (n === "Regio" ? r.map((x) => x[0]) : r[0]) : undefined;
  });
}
