/**
 * "Controleren" and "Berekenen" on a template's parameter sheet (src/sjablonen: A names, B…K one product per
 * column, row 1 product names) — pure: works on the sheet's values as a grid, so it is tested without Office.
 * Controleren lists EVERY problem with its cell address (the engine stops at the first error of a product, so
 * the offending cell is set aside and the product is checked again); Berekenen gives each valid product's
 * tariff and breakdown.
 */
import { isRtFout } from "../core/errors";
import { leesFunctiemixBereik, leesParameterBereik } from "../core/parameters/lezen";
import { opbouwRijen, tariefResultaat } from "../functions/adapters/tarief";
import { BLAD, PRODUCTKOLOMMEN } from "../sjablonen/definities";
import { functiemixTabel, functiemixVoor, productKolom, productSleutel } from "../sjablonen/functiemix";
import { celAdres } from "./celadres";

export interface Probleem {
  /** "'Parameters'!D7" style address (Excel quoting rules) */
  cel: string;
  product: string;
  melding: string;
}

export interface Product {
  naam: string;
  /** 0-based column on the sheet */
  kolom: number;
  /** [name, value] per parameter row (rows 2…) */
  paren: unknown[][];
  /** this product's rows of the sheet "Functiemix" (header + rows, without the product column) */
  mix?: { bereik: unknown[][]; rijNummers: number[]; kolomNummers: number[] };
}

/** The functiemix of a product as the engine reads it (undefined: no mix). */
export function mixVan(p: Product): unknown[][] | null {
  return p.mix ? p.mix.bereik : null;
}

const leeg = (v: unknown) => v === "" || v === null || v === undefined;

/** The products of a parameter sheet grid (values from A1): every column B…K with a name in row 1. */
export function productenUitRaster(raster: readonly (readonly unknown[])[], mix?: readonly (readonly unknown[])[]): Product[] {
  const kop = raster[0] ?? [];
  const producten: Product[] = [];
  for (let k = 1; k <= PRODUCTKOLOMMEN && k < kop.length; k++) {
    if (leeg(kop[k])) continue;
    const naam = String(kop[k]).trim();
    const rijen = mix ? functiemixVoor(mix, naam) : undefined;
    producten.push({ naam, kolom: k, paren: raster.slice(1).map((r) => [r[0] ?? "", r[k] ?? ""]), ...(rijen ? { mix: rijen } : {}) });
  }
  return producten;
}

/** Functiemix rows whose product is not in row 1 of the parameter sheet: they would silently not count. */
function onbekendeMixProducten(mix: readonly (readonly unknown[])[], producten: readonly Product[], mixBlad: string, blad: string): Probleem[] {
  const pk = productKolom(mix[0] ?? []);
  if (pk < 0) return [];
  const bekend = new Set(producten.map((p) => productSleutel(p.naam)));
  const uit: Probleem[] = [];
  mix.forEach((r, i) => {
    if (i === 0 || r.every(leeg)) return;
    const naam = typeof r[pk] === "string" ? r[pk].trim() : leeg(r[pk]) ? "" : String(r[pk] as number);
    if (naam && bekend.has(productSleutel(naam))) return;
    uit.push({
      cel: celAdres(mixBlad, i, pk),
      product: naam,
      melding: naam
        ? `Functiemix rij ${i + 1}: product '${naam}' staat niet in rij 1 van het blad '${blad}'; deze rij zou niet meetellen. Gebruik precies de productnaam uit rij 1.`
        : `Functiemix rij ${i + 1} heeft geen product; vul de naam van een product uit rij 1 van het blad '${blad}' in.`,
    });
  });
  return uit;
}

/**
 * Every problem of every product, each with its cell (nothing is written). `mix`: the sheet "Functiemix" (from A1);
 * a product with rows there is computed with that function mix, as RT.TARIEF(parameters; functiemix) does.
 */
export function controleerRaster(
  raster: readonly (readonly unknown[])[],
  blad: string,
  mix?: readonly (readonly unknown[])[],
  mixBlad: string = BLAD.functiemix,
): { producten: Product[]; problemen: Probleem[] } {
  const mixGrid = mix ? functiemixTabel(mix) : undefined;
  const producten = productenUitRaster(raster, mixGrid);
  const problemen: Probleem[] = [];
  if (producten.length === 0) {
    problemen.push({
      cel: celAdres(blad, 0, 1),
      product: "",
      melding: "Er staat geen product in rij 1 (kolommen B tot en met K): zet per kolom een productnaam.",
    });
    return { producten, problemen };
  }
  const gezien = new Set<string>();
  for (const p of producten) {
    const paren = p.paren.map((r) => [...r]);
    // the function mix first: its own cells; with a wrong mix only the parameters are checked further
    let mixGoed = true;
    if (p.mix) {
      try {
        leesFunctiemixBereik(p.mix.bereik);
      } catch (e) {
        if (!isRtFout(e)) throw e;
        mixGoed = false;
        const { rij, kolom } = e.details ?? {};
        const cel =
          rij !== undefined
            ? celAdres(mixBlad, p.mix.rijNummers[rij - 1] - 1, p.mix.kolomNummers[(kolom ?? 1) - 1] - 1)
            : celAdres(mixBlad, p.mix.rijNummers[1] - 1, 0);
        problemen.push({ cel, product: p.naam, melding: e.message });
      }
    }
    for (let poging = 0; poging < 200; poging++) {
      try {
        if (mixGoed) tariefResultaat(paren, mixVan(p));
        else leesParameterBereik(paren);
        break;
      } catch (e) {
        if (!isRtFout(e)) throw e;
        const rij = e.details?.rij;
        if (rij === undefined) {
          // a product-level problem; after a cell was set aside it is a consequence of that, not a new problem
          if (poging === 0) problemen.push({ cel: celAdres(blad, 0, p.kolom), product: p.naam, melding: e.message });
          break;
        }
        // a parameter name (column A) concerns every product: report it once
        const naamFout = e.details?.kolom === 1;
        const cel = celAdres(blad, rij, naamFout ? 0 : p.kolom);
        if (!gezien.has(`${cel}|${e.message}`)) problemen.push({ cel, product: naamFout ? "" : p.naam, melding: e.message });
        gezien.add(`${cel}|${e.message}`);
        // set the offending row aside and check the rest of the product
        paren[rij - 1] = ["", ""];
      }
    }
  }
  if (mixGrid) problemen.push(...onbekendeMixProducten(mixGrid, producten, mixBlad, blad));
  return { producten, problemen };
}

/**
 * A product's function mix as a live formula argument: the header row plus the rows of this product on the sheet
 * "Functiemix" (FILTER), blanks kept blank (IF(…="","",…): FILTER alone turns an empty cell into 0).
 */
export function mixFormule(p: Product, mixBlad: string, laatsteRij: number): string {
  if (!p.mix) throw new Error("mixFormule zonder functiemix");
  const q = `'${mixBlad.replace(/'/g, "''")}'`;
  const kolommen = p.mix.kolomNummers;
  const productLetter = celAdres(mixBlad, 0, [...Array(kolommen.length + 1).keys()].map((i) => i + 1).find((k) => !kolommen.includes(k))! - 1)
    .replace(/^.*!/, "")
    .replace(/\d+$/, "");
  const letter = (k: number) =>
    celAdres(mixBlad, 0, k - 1)
      .replace(/^.*!/, "")
      .replace(/\d+$/, "");
  const bron = `${q}!$${letter(Math.min(...kolommen))}$1:$${letter(Math.max(...kolommen))}$${laatsteRij}`;
  const product = `${q}!$${productLetter}$1:$${productLetter}$${laatsteRij}`;
  return `FILTER(IF(${bron}="","",${bron}),(ROW(${product})=1)+(TRIM(${product})="${p.naam.replace(/"/g, '""')}"))`;
}

export interface Resultaatkop {
  datum: string;
  versie: string;
  gegevens: string;
}

/**
 * The result block of one calculation: a header (date, product version, data status) and per product its
 * tariff and breakdown. `formules`: live RT.* formulas over the parameter sheet instead of values.
 */
export function resultaatRijen(
  producten: readonly Product[],
  blad: string,
  kop: Resultaatkop,
  opties: { formules: boolean; namespace: string; rijen: number; mixBlad?: string; mixRijen?: number },
): (string | number | boolean)[][] {
  const uit: (string | number | boolean)[][] = [
    ["Reële Tarieven — resultaten", "", "", ""],
    ["Berekend op", kop.datum, "", ""],
    ["Versie", kop.versie, "", ""],
    ["Gegevens", kop.gegevens, "", ""],
    [
      "Berekening",
      opties.formules
        ? `live formules (${opties.namespace}.TARIEF, ${opties.namespace}.OPBOUW) over het blad '${blad}'`
        : `waarden uit het blad '${blad}' (herbereken met Berekenen na een wijziging)`,
      "",
      "",
    ],
    ["", "", "", ""],
  ];
  const q = `'${blad.replace(/'/g, "''")}'`;
  for (const p of producten) {
    const opbouw = opbouwRijen(tariefResultaat(p.paren, mixVan(p)));
    const kolom = celAdres(blad, 0, p.kolom).replace(/^.*!/, "").replace(/\d+$/, "");
    const bereik = `CHOOSE({1,2},${q}!$A$2:$A$${opties.rijen + 1},${q}!$${kolom}$2:$${kolom}$${opties.rijen + 1})`;
    const argumenten = p.mix
      ? `${bereik},${mixFormule(p, opties.mixBlad ?? BLAD.functiemix, opties.mixRijen ?? p.mix.rijNummers[p.mix.rijNummers.length - 1])}`
      : bereik;
    const tarief = opbouw[opbouw.length - 1][1];
    uit.push([
      `Product: ${p.naam}`,
      opties.formules ? `=${opties.namespace}.TARIEF(${argumenten})` : tarief,
      "",
      `kolom ${kolom} van het blad '${blad}'${p.mix ? ` met de functiemix (${p.mix.rijNummers.length - 1} ${p.mix.rijNummers.length === 2 ? "functie" : "functies"})` : ""}`,
    ]);
    if (opties.formules) {
      // RT.OPBOUW spills over the rows reserved below
      uit.push([`=${opties.namespace}.OPBOUW(${argumenten})`, "", "", ""]);
      for (let i = 1; i < opbouw.length; i++) uit.push(["", "", "", ""]);
    } else {
      for (const r of opbouw) uit.push(r);
    }
    uit.push(["", "", "", ""]);
  }
  return uit;
}
