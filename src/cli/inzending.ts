/**
 * A filled provider cost-price template (kostprijs), as a provider would send it back: used by `rt demo` (the
 * sample providers' submissions), by the tests and by the benchmark (generated submissions).
 */
import ExcelJS from "exceljs";
import { AANBIEDER_EERSTE_RIJ, AANBIEDER_VELDEN, BLAD, FUNCTIEMIX_SJABLOON_KOLOMMEN, PRODUCTKOLOMMEN, kostprijsSjabloon, parameterRij, type AanbiederVeld } from "../sjablonen/definities";
import { schrijfSjabloon } from "../sjablonen/exceljs";

export type InvulWaarde = string | number | boolean;

export interface InzendingInvoer {
  aanbieder: Partial<Record<AanbiederVeld, InvulWaarde>>;
  producten: readonly { naam: string; parameters: Readonly<Record<string, InvulWaarde>> }[];
  /** functiemix rows: product plus column values */
  functiemix?: readonly ({ product: string } & Readonly<Record<string, InvulWaarde>>)[];
}

/** A kostprijs template filled with a provider's details and parameter values. */
export function vulKostprijsSjabloon(i: InzendingInvoer): ExcelJS.Workbook {
  if (i.producten.length > PRODUCTKOLOMMEN) throw new Error(`Een kostprijssjabloon heeft ruimte voor ${PRODUCTKOLOMMEN} producten, niet ${i.producten.length}.`);
  const wb = schrijfSjabloon(kostprijsSjabloon(i.producten.map((p) => p.naam)));
  const a = wb.getWorksheet(BLAD.aanbieder)!;
  AANBIEDER_VELDEN.forEach((v, n) => {
    const w = i.aanbieder[v.veld];
    if (w !== undefined) a.getCell(AANBIEDER_EERSTE_RIJ + n, 2).value = w;
  });
  const p = wb.getWorksheet(BLAD.parameters)!;
  i.producten.forEach((prod, k) => {
    for (const [naam, w] of Object.entries(prod.parameters)) p.getCell(parameterRij(naam), k + 2).value = w;
  });
  const mix = wb.getWorksheet(BLAD.functiemix)!;
  const kolommen = ["product", ...FUNCTIEMIX_SJABLOON_KOLOMMEN];
  (i.functiemix ?? []).forEach((rij, r) => {
    for (const [naam, w] of Object.entries(rij)) {
      const k = kolommen.indexOf(naam);
      if (k < 0) throw new Error(`Kolom '${naam}' staat niet in de functiemix van het sjabloon.`);
      mix.getCell(r + 2, k + 1).value = w;
    }
  });
  return wb;
}

/**
 * A generated, complete submission (tests and benchmark): provider `n` with `producten` products whose values
 * vary deterministically with n (productivity 65–84%, overhead 15–29%, salary € 3.000–3.990).
 */
export function genereerInzending(n: number, producten = 10): InzendingInvoer {
  return {
    aanbieder: { aanbieder: `Aanbieder ${String(n).padStart(3, "0")}`, kvk: String(10_000_000 + n), cao: "Sociaal Werk", personeel: 5 + (n % 40), jaaromzet: 400_000 + 50_000 * (n % 60), balanstotaal: 3_000_000 },
    producten: Array.from({ length: producten }, (_, k) => ({
      naam: `Product ${k + 1}`,
      parameters: {
        maandsalaris: 3000 + ((n * 7 + k * 13) % 100) * 10,
        sociale_lasten: 0.2,
        pensioenpremie: 0.13,
        pensioen_franchise: 15000,
        productiviteit: (65 + ((n + k) % 20)) / 100,
        overhead: (15 + ((n * 3 + k) % 15)) / 100,
        eenheid: k % 3 === 0 ? "dagdeel" : "uur",
        ...(k % 3 === 0 ? { groepsgrootte: 6, begeleiders: 2 } : {}),
      },
    })),
  };
}
