/**
 * "Controleren" and "Berekenen" on a template's parameter sheet (src/sjablonen: A names, B…K one product per
 * column, row 1 product names) — pure: works on the sheet's values as a grid, so it is tested without Office.
 * Controleren lists EVERY problem with its cell address (the engine stops at the first error of a product, so
 * the offending cell is set aside and the product is checked again); Berekenen gives each valid product's
 * tariff and breakdown.
 */
import { isRtFout } from "../core/errors";
import { opbouwRijen, tariefResultaat } from "../functions/adapters/tarief";
import { PRODUCTKOLOMMEN } from "../sjablonen/definities";
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
}

const leeg = (v: unknown) => v === "" || v === null || v === undefined;

/** The products of a parameter sheet grid (values from A1): every column B…K with a name in row 1. */
export function productenUitRaster(raster: readonly (readonly unknown[])[]): Product[] {
  const kop = raster[0] ?? [];
  const producten: Product[] = [];
  for (let k = 1; k <= PRODUCTKOLOMMEN && k < kop.length; k++) {
    if (leeg(kop[k])) continue;
    producten.push({ naam: String(kop[k]).trim(), kolom: k, paren: raster.slice(1).map((r) => [r[0] ?? "", r[k] ?? ""]) });
  }
  return producten;
}

/** Every problem of every product, each with its cell (nothing is written). */
export function controleerRaster(raster: readonly (readonly unknown[])[], blad: string): { producten: Product[]; problemen: Probleem[] } {
  const producten = productenUitRaster(raster);
  const problemen: Probleem[] = [];
  if (producten.length === 0) {
    problemen.push({ cel: celAdres(blad, 0, 1), product: "", melding: "Er staat geen product in rij 1 (kolommen B tot en met K): zet per kolom een productnaam." });
    return { producten, problemen };
  }
  const gezien = new Set<string>();
  for (const p of producten) {
    const paren = p.paren.map((r) => [...r]);
    for (let poging = 0; poging < 200; poging++) {
      try {
        tariefResultaat(paren, null);
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
  return { producten, problemen };
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
export function resultaatRijen(producten: readonly Product[], blad: string, kop: Resultaatkop, opties: { formules: boolean; namespace: string; rijen: number }): (string | number | boolean)[][] {
  const uit: (string | number | boolean)[][] = [
    ["Reële Tarieven — resultaten", "", "", ""],
    ["Berekend op", kop.datum, "", ""],
    ["Versie", kop.versie, "", ""],
    ["Gegevens", kop.gegevens, "", ""],
    ["Berekening", opties.formules ? `live formules (${opties.namespace}.TARIEF, ${opties.namespace}.OPBOUW) over het blad '${blad}'` : `waarden uit het blad '${blad}' (herbereken met Berekenen na een wijziging)`, "", ""],
    ["", "", "", ""],
  ];
  const q = `'${blad.replace(/'/g, "''")}'`;
  for (const p of producten) {
    const opbouw = opbouwRijen(tariefResultaat(p.paren, null));
    const kolom = celAdres(blad, 0, p.kolom).replace(/^.*!/, "").replace(/\d+$/, "");
    const bereik = `CHOOSE({1,2},${q}!$A$2:$A$${opties.rijen + 1},${q}!$${kolom}$2:$${kolom}$${opties.rijen + 1})`;
    const tarief = opbouw[opbouw.length - 1][1];
    uit.push([`Product: ${p.naam}`, opties.formules ? `=${opties.namespace}.TARIEF(${bereik})` : tarief, "", `kolom ${kolom} van het blad '${blad}'`]);
    if (opties.formules) {
      // RT.OPBOUW spills over the rows reserved below
      uit.push([`=${opties.namespace}.OPBOUW(${bereik})`, "", "", ""]);
      for (let i = 1; i < opbouw.length; i++) uit.push(["", "", "", ""]);
    } else {
      for (const r of opbouw) uit.push(r);
    }
    uit.push(["", "", "", ""]);
  }
  return uit;
}
