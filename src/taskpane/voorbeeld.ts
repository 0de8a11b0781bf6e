/**
 * The sample region (src/data/voorbeeldregio, the demo's data) as the cells a user would type into an inserted
 * template (pure: no Office): product names in row 1 of "Parameters" and one value per parameter row, the norm
 * staffing as function-mix rows (level, share, CAO, scale, step from the region's CAO mapping), scenarios for all
 * products and the index per year; for a region workbook each sample table in the template column with the same
 * header. Used by "Vul voorbeeldregio in" in the task pane.
 */
// the raw sample data (not ../data/voorbeeldregio, which also loads the region schema)
import D from "../data/voorbeeldregio/regio.json";
import { voorbeeldRegioBereiken, type RegioBereiken, type Tabel } from "../data/voorbeeldregio/bereiken";
import { BLAD, FUNCTIEMIX_SJABLOON_KOLOMMEN, kolomLetter, parameterRij, PRODUCTKOLOMMEN } from "../sjablonen/definities";
import { REGIO_BLADEN } from "../sjablonen/regio-bladen";
import { NUL_DUBBELZINNIG, WOORD_NIET_GEGEVEN } from "../core/parameters/cellen";

export interface Invoer {
  blad: string;
  adres: string;
  waarde: string | number;
}

/** A JSON value as a user types it: numbers as numbers, dates and words as text. */
export function celwaarde(v: unknown): string | number {
  if (typeof v === "number") return v;
  const s = String(v);
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
}

interface JsonProduct {
  product: string;
  financieringsvorm?: string;
  verwachte_eenheden?: unknown;
  parameters?: Record<string, string>;
  norm?: { niveau: string; aandeel: string }[];
}
const PRODUCTEN = D.producten as JsonProduct[];

/** The products with their own tariff and a norm staffing, at most the template's ten product columns. */
export function voorbeeldProducten(): string[] {
  return PRODUCTEN.filter(
    (p) => (p.financieringsvorm === "pxq" || (p.financieringsvorm === "trajectprijs" && p.verwachte_eenheden !== undefined)) && p.norm?.length,
  )
    .map((p) => p.product)
    .slice(0, PRODUCTKOLOMMEN);
}

/** The sample scenarios that change every product (the template's scenario sheet has no product column). */
export function voorbeeldScenarios(): { naam: string; parameter: string; waarde: string }[] {
  return D.scenarios
    .filter((s) => s.wijzigingen.every((w) => !(w as { product?: string }).product))
    .map((s) => ({ naam: s.naam, parameter: s.wijzigingen[0].parameter, waarde: String(s.wijzigingen[0].waarde) }));
}

/** Each product's parameters on "Parameters" (region base, product, then `extra`) and its norm under `cao` on "Functiemix". */
export function productCellen(producten: readonly string[], cao: string, extra: Record<string, Record<string, string>> = {}): Invoer[] {
  const cellen: Invoer[] = [];
  let mixRij = 2;
  const mixKolom = (naam: string) => kolomLetter(2 + FUNCTIEMIX_SJABLOON_KOLOMMEN.indexOf(naam));
  producten.forEach((naam, i) => {
    const kolom = kolomLetter(2 + i);
    cellen.push({ blad: BLAD.parameters, adres: `${kolom}1`, waarde: naam });
    const json = PRODUCTEN.find((x) => x.product === naam)!;
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
  });
  return cellen;
}

/** "Tariefberekening regio": ten products under the reference CAO, the scenarios and the index per year. */
export function voorbeeldRegioSjabloon(): Invoer[] {
  const cellen = productCellen(voorbeeldProducten(), D.referentieCao);
  voorbeeldScenarios().forEach((s, i) =>
    cellen.push(
      { blad: BLAD.scenarios, adres: `A${i + 2}`, waarde: s.naam },
      { blad: BLAD.scenarios, adres: `B${i + 2}`, waarde: s.parameter },
      { blad: BLAD.scenarios, adres: `C${i + 2}`, waarde: celwaarde(s.waarde) },
    ),
  );
  D.indexcijfers.forEach((x, i) =>
    cellen.push(
      { blad: BLAD.indexatie, adres: `A${i + 2}`, waarde: D.beginjaar + i + 1 },
      { blad: BLAD.indexatie, adres: `B${i + 2}`, waarde: celwaarde(x) },
      { blad: BLAD.indexatie, adres: `C${i + 2}`, waarde: "cent" },
    ),
  );
  return cellen;
}

/** The sample provider of "Kostprijsmodel aanbieder". */
export const VOORBEELD_AANBIEDER = "Stichting Kwadraat";

/** "Kostprijsmodel aanbieder" for one provider: its submissions on top of the region's parameters, the norm under its own CAO. */
export function voorbeeldAanbieder(naam = VOORBEELD_AANBIEDER): {
  cellen: Invoer[];
  producten: string[];
  cao: string;
  extra: Record<string, Record<string, string>>;
} {
  const a = D.aanbieders.find((x) => x.naam === naam) as { naam: string; cao: string };
  const inzendingen = D.inzendingen.filter((i) => i.aanbieder === naam);
  const extra = Object.fromEntries(inzendingen.map((i) => [i.product, i.parameters as Record<string, string>]));
  const producten = [...new Set([...inzendingen.map((i) => i.product), "Begeleiding extra"])];
  const cellen = productCellen(producten, a.cao, extra);
  cellen.push({ blad: BLAD.aanbieder, adres: "B3", waarde: a.naam }, { blad: BLAD.aanbieder, adres: "B7", waarde: a.cao });
  return { cellen, producten, cao: a.cao, extra };
}

/**
 * A region-workbook template ("Scenario's en budget", "Bandbreedte en toetsing") filled with the sample tables:
 * each value in the template column with the same header (on Regio: the row with the same name). A sample column
 * or setting the template lacks is an error, never dropped. `kop(blad)`: the template sheet's header row, or for
 * Regio its column A; undefined when the template has no such sheet.
 */
export function voorbeeldRegioWerkmap(kop: (blad: string) => readonly unknown[] | undefined): Invoer[] {
  const b = voorbeeldRegioBereiken();
  const cellen: Invoer[] = [];
  for (const [sleutel, rijen] of Object.entries(b) as [keyof RegioBereiken, Tabel][]) {
    const blad = REGIO_BLADEN[sleutel];
    const koppen = kop(blad);
    if (!koppen) continue;
    if (sleutel === "regio") {
      for (const [naam, waarde] of rijen.slice(1)) {
        const r = koppen.indexOf(naam, 1);
        if (r > 0) cellen.push({ blad, adres: `B${r + 1}`, waarde: celwaarde(waarde) });
        else if (!["illustratief", "microproducten", "aanbieder_specifiek_product", "aanbieder_specifiek_parameters"].includes(String(naam)))
          throw new Error(`Instelling '${String(naam)}' staat niet op het blad Regio van het sjabloon.`);
      }
      continue;
    }
    const kolommen = rijen[0].map((h) => {
      const k = koppen.indexOf(h);
      if (k < 0) throw new Error(`Kolom '${String(h)}' van de voorbeeldregio staat niet op het blad '${blad}' van het sjabloon.`);
      return k;
    });
    // the template's columns the sample leaves out: 'standaard' where a blank cell would be refused (docs/excel.md §5)
    const eigen = new Set(rijen[0]);
    const standaard = koppen.flatMap((h, k) => (typeof h === "string" && !eigen.has(h) && NUL_DUBBELZINNIG.has(h) ? [k] : []));
    rijen.slice(1).forEach((r, i) => {
      r.forEach((w, j) => {
        if (w !== "") cellen.push({ blad, adres: `${kolomLetter(kolommen[j] + 1)}${i + 2}`, waarde: w });
      });
      for (const k of standaard) cellen.push({ blad, adres: `${kolomLetter(k + 1)}${i + 2}`, waarde: WOORD_NIET_GEGEVEN });
    });
  }
  return cellen;
}
