/**
 * Fills an inserted template with the sample region (src/data/voorbeeldregio) cell by cell, the way a user types
 * it: product names in row 1 of "Parameters", one value per parameter row, the norm staffing as function-mix rows
 * (level, share, CAO, scale, step from the region's CAO mapping), scenarios for all products and the index per
 * year. Kept in the tests (not shipped in the pane) so the add-in bundle does not carry the sample region.
 * Also returns what the engine computes for the same input straight from the region data (expected values).
 */
import { Decimal } from "../../src/core/decimal";
import { leesParameterObject } from "../../src/core/parameters/lezen";
import { heeftTarief, standaardInvoer, vindProduct, type Regio } from "../../src/core/regio-definitie";
import { berekenTarief, type TariefInvoer, type TariefResultaat } from "../../src/core/tarief";
import { standaardCaoBron } from "../../src/data";
import { vandaagIso } from "../../src/functions/adapters/invoer";
import { voorbeeldRegio, VOORBEELDREGIO_DATA as D } from "../../src/data/voorbeeldregio";
import { voorbeeldRegioBereiken, type RegioBereiken, type Tabel } from "../../src/data/voorbeeldregio/bereiken";
import { BLAD, FUNCTIEMIX_SJABLOON_KOLOMMEN, kolomLetter, parameterRij, PRODUCTKOLOMMEN } from "../../src/sjablonen/definities";
import { REGIO_BLADEN } from "../../src/sjablonen/regio-bladen";

export interface Invoer {
  blad: string;
  adres: string;
  waarde: string | number;
}

/** A JSON value as a user types it: numbers as numbers, dates and words as text. */
function celwaarde(v: unknown): string | number {
  if (typeof v === "number") return v;
  const s = String(v);
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
}

export interface ProductVerwachting {
  product: string;
  invoer: TariefInvoer;
  resultaat: TariefResultaat;
}

/**
 * Cells for the parameter sheet and the function-mix sheet: each product's parameters (region base, product
 * parameters, then `extra` overrides) and its norm under `cao`.
 */
function productCellen(regio: Regio, producten: readonly string[], cao: string, extra: Record<string, Record<string, string>> = {}) {
  const cellen: Invoer[] = [];
  const verwacht: ProductVerwachting[] = [];
  let mixRij = 2;
  const mixKolom = (naam: string) => kolomLetter(2 + FUNCTIEMIX_SJABLOON_KOLOMMEN.indexOf(naam));
  producten.forEach((naam, i) => {
    const p = vindProduct(regio, naam);
    const kolom = kolomLetter(2 + i);
    cellen.push({ blad: BLAD.parameters, adres: `${kolom}1`, waarde: naam });
    const json = D.producten.find((x) => x.product === naam) as { parameters?: Record<string, string>; norm?: { niveau: string; aandeel: string }[] };
    const waarden: Record<string, string> = { ...(D.basisparameters as Record<string, string>), ...(json.parameters ?? {}), ...(extra[naam] ?? {}) };
    for (const [k, v] of Object.entries(waarden)) cellen.push({ blad: BLAD.parameters, adres: `${kolom}${parameterRij(k)}`, waarde: celwaarde(v) });
    for (const n of json.norm ?? []) {
      const indeling = D.caoIndeling.find((c) => c.cao === cao && c.niveau === n.niveau)!;
      cellen.push(
        { blad: BLAD.functiemix, adres: `A${mixRij}`, waarde: naam },
        { blad: BLAD.functiemix, adres: `${mixKolom("functie")}${mixRij}`, waarde: n.niveau },
        { blad: BLAD.functiemix, adres: `${mixKolom("aandeel")}${mixRij}`, waarde: celwaarde(n.aandeel) },
        { blad: BLAD.functiemix, adres: `${mixKolom("cao")}${mixRij}`, waarde: cao },
        { blad: BLAD.functiemix, adres: `${mixKolom("schaal")}${mixRij}`, waarde: indeling.schaal },
        { blad: BLAD.functiemix, adres: `${mixKolom("trede")}${mixRij}`, waarde: celwaarde(indeling.trede) },
      );
      mixRij++;
    }
    // expected: the region's own standard input under this CAO, straight from the region data
    const basis = standaardInvoer(regio, p, cao);
    const invoer: TariefInvoer = extra[naam] ? { ...basis, parameters: { ...basis.parameters, ...leesParameterObject(extra[naam]) } } : basis;
    verwacht.push({ product: naam, invoer, resultaat: berekenTarief(invoer, { caoBron: standaardCaoBron, vandaag: vandaagIso() }) });
  });
  return { cellen, verwacht };
}

/** The region's products with their own tariff and a norm, at most the template's ten product columns. */
export function regioProducten(regio: Regio = voorbeeldRegio()): string[] {
  return regio.producten
    .filter((p) => heeftTarief(p) && p.norm?.length)
    .map((p) => p.product)
    .slice(0, PRODUCTKOLOMMEN);
}

/** The scenarios of the sample region that change every product (the template's scenario sheet has no product column). */
export function regioScenarios(): { naam: string; parameter: string; waarde: string }[] {
  return D.scenarios
    .filter((s) => s.wijzigingen.every((w) => !(w as { product?: string }).product))
    .map((s) => ({ naam: s.naam, parameter: s.wijzigingen[0].parameter, waarde: String(s.wijzigingen[0].waarde) }));
}

/** "Tariefberekening regio" filled with the sample region under its reference CAO. */
export function vulRegio(): { cellen: Invoer[]; verwacht: ProductVerwachting[]; scenarios: ReturnType<typeof regioScenarios> } {
  const regio = voorbeeldRegio();
  const { cellen, verwacht } = productCellen(regio, regioProducten(regio), regio.referentieCao);
  const scenarios = regioScenarios();
  scenarios.forEach((s, i) => {
    cellen.push(
      { blad: BLAD.scenarios, adres: `A${i + 2}`, waarde: s.naam },
      { blad: BLAD.scenarios, adres: `B${i + 2}`, waarde: s.parameter },
      { blad: BLAD.scenarios, adres: `C${i + 2}`, waarde: celwaarde(s.waarde) },
    );
  });
  D.indexcijfers.forEach((x, i) => {
    cellen.push(
      { blad: BLAD.indexatie, adres: `A${i + 2}`, waarde: D.beginjaar + i + 1 },
      { blad: BLAD.indexatie, adres: `B${i + 2}`, waarde: celwaarde(x) },
      { blad: BLAD.indexatie, adres: `C${i + 2}`, waarde: "cent" },
    );
  });
  return { cellen, verwacht, scenarios };
}

/**
 * "Kostprijsmodel aanbieder" filled for one provider of the sample region: its submission's parameters on top of
 * the region's, and the norm staffing under the provider's own CAO as its function mix.
 */
export function vulAanbieder(naam = "Stichting Kwadraat"): { cellen: Invoer[]; verwacht: ProductVerwachting[]; cao: string } {
  const regio = voorbeeldRegio();
  const a = D.aanbieders.find((x) => x.naam === naam) as { naam: string; cao: string };
  const inzendingen = D.inzendingen.filter((i) => i.aanbieder === naam);
  const extra = Object.fromEntries(inzendingen.map((i) => [i.product, i.parameters as Record<string, string>]));
  const producten = [...new Set([...inzendingen.map((i) => i.product), "Begeleiding extra"])];
  const { cellen, verwacht } = productCellen(regio, producten, a.cao, extra);
  cellen.push({ blad: BLAD.aanbieder, adres: "B3", waarde: a.naam }, { blad: BLAD.aanbieder, adres: "B7", waarde: a.cao });
  return { cellen, verwacht, cao: a.cao };
}

/** A Decimal as the cell shows it with two decimals. */
export const centen = (d: Decimal | number): string => new Decimal(d).toFixed(2);

/**
 * A region-workbook template ("Scenario's en budget", "Bandbreedte en toetsing") filled with the sample region's
 * tables: each value goes into the template's column with the same header; on the sheet Regio into the row with
 * the same name. Tables the template has no sheet for are left out; a sample column or setting the template lacks
 * is an error (the test must notice, not drop data). `raster(blad)`: the template sheet's values, undefined if absent.
 */
export function vulRegioWerkmap(raster: (blad: string) => unknown[][] | undefined): Invoer[] {
  const b = voorbeeldRegioBereiken();
  const cellen: Invoer[] = [];
  for (const [sleutel, rijen] of Object.entries(b) as [keyof RegioBereiken, Tabel][]) {
    const blad = REGIO_BLADEN[sleutel];
    const sjabloon = raster(blad);
    if (!sjabloon) continue;
    if (sleutel === "regio") {
      const namen = sjabloon.map((r) => r[0]);
      for (const [naam, waarde] of rijen.slice(1)) {
        const r = namen.indexOf(naam, 1);
        if (r > 0) cellen.push({ blad, adres: `B${r + 1}`, waarde: celwaarde(waarde) });
        else if (!["illustratief", "microproducten", "aanbieder_specifiek_product", "aanbieder_specifiek_parameters"].includes(String(naam)))
          throw new Error(`Instelling '${String(naam)}' staat niet op het blad Regio van het sjabloon.`);
      }
      continue;
    }
    const kolommen = rijen[0].map((h) => {
      const k = sjabloon[0].indexOf(h);
      if (k < 0) throw new Error(`Kolom '${String(h)}' van de voorbeeldregio staat niet op het blad '${blad}' van het sjabloon.`);
      return k;
    });
    rijen.slice(1).forEach((r, i) =>
      r.forEach((w, j) => {
        if (w !== "") cellen.push({ blad, adres: `${kolomLetter(kolommen[j] + 1)}${i + 2}`, waarde: w });
      }),
    );
  }
  return cellen;
}
