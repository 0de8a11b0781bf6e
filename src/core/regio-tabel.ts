/**
 * Reading a table from a 2-D range with a header row (a sheet range in Excel, a sheet's used range on the command
 * line): column names are case-insensitive and tolerate spaces, blank rows are skipped, and every error names the
 * table, the row and the column (`details.rij`/`kolom`: 1-based within the range, so the command line can turn them
 * into a cell address). The region's tables (regio-bereik.ts) are read with it.
 */
import { Decimal } from "./decimal";
import { InvoerFout } from "./errors";
import { toonWaarde } from "./format";
import { DEFINITIE_PER_NAAM, PARAMETER_NAMEN } from "./parameters/definities";
import { leesFunctieWaarden, leesParameterWaarden, type GenoemdeWaarde } from "./parameters/lezen";
import { dichtstbijzijndeNaam, normaliseerNaam } from "./parameters/namen";
import { isLeeg, isLeegOfNul, isLegeCel, nulIsLeeg, NUL_DUBBELZINNIG } from "./parameters/cellen";
import { leesGetal } from "./parameters/getallen";

export interface TabelCel {
  waarde: unknown;
  rij: number;
  kolom: number;
}

export interface TabelRij {
  rij: number;
  cellen: Map<string, TabelCel>;
}

export interface TabelOpties {
  verplicht: readonly string[];
  optioneel?: readonly string[];
  /** also allow every canonical parameter name as a column */
  parameters?: boolean;
  /** columns that are accepted and ignored (e.g. output columns read back) */
  negeer?: readonly string[];
}

export function fout(tabel: string, tekst: string, rij?: number, kolom?: number, parameter?: string, waarde?: unknown): InvoerFout {
  const waar = rij !== undefined ? `, rij ${rij}` : "";
  return new InvoerFout(`${tabel}${waar}: ${tekst}`, { rij, kolom, parameter, waarde });
}

/** Columns that hold names or text: a 0 there can only be a blank cell. */
const TEKST_KOLOMMEN = new Set([
  "product",
  "segment",
  "productcategorie",
  "productcode",
  "financieringsvorm",
  "samenstelling",
  "niveau",
  "cao",
  "schaal",
  "trede",
  "aanbieder",
  "parameter",
  "scenario",
  "omschrijving",
  "gemeente",
  "onderbouwing",
  "naam",
  "onderneming",
  "regel",
  "gekozen",
  "code",
]);

/** Number columns where 0 is not a valid value (verwachte_eenheden must be above 0): a 0 there is a blank cell. */
const NUL_ONMOGELIJK = new Set(["verwachte_eenheden"]);

function nulIsBlanco(kolom: string): boolean {
  if (TEKST_KOLOMMEN.has(kolom) || NUL_ONMOGELIJK.has(kolom)) return true;
  const def = DEFINITIE_PER_NAAM.get(kolom);
  return def !== undefined && nulIsLeeg(def);
}

/** A table with a header row → rows of named cells (blank rows skipped). */
export function leesTabel(bereik: readonly (readonly unknown[])[], tabel: string, opties: TabelOpties): TabelRij[] {
  // (an empty range passes too: every() of no rows is true)
  if (bereik.every((r) => r.every(isLegeCel))) {
    throw fout(tabel, `de tabel is leeg; geef een kopregel met ${opties.verplicht.join(", ")} en minstens één rij.`);
  }
  const toegestaan = [...opties.verplicht, ...(opties.optioneel ?? []), ...(opties.negeer ?? [])];
  const kop = bereik[0].map((c, k) => {
    if (isLegeCel(c)) return "";
    const n = normaliseerNaam(String(c));
    if (toegestaan.includes(n) || (opties.parameters && PARAMETER_NAMEN.includes(n))) return n;
    const s = dichtstbijzijndeNaam(n, opties.parameters ? [...toegestaan, ...PARAMETER_NAMEN] : toegestaan);
    throw fout(
      tabel,
      `onbekende kolom '${String(c).trim()}'.${s ? ` Bedoelt u '${s}'?` : ""} Toegestaan: ${toegestaan.join(", ")}${opties.parameters ? " en elke parameternaam" : ""}.`,
      1,
      k + 1,
      String(c),
    );
  });
  kop.forEach((n, k) => {
    if (n !== "" && kop.indexOf(n) !== k) throw fout(tabel, `kolom '${n}' staat twee keer in de kopregel.`, 1, k + 1, n);
  });
  for (const v of opties.verplicht)
    if (!kop.includes(v)) throw fout(tabel, `kolom '${v}' ontbreekt in de kopregel (verplicht: ${opties.verplicht.join(", ")}).`, 1, undefined, v);
  const uit: TabelRij[] = [];
  for (let i = 1; i < bereik.length; i++) {
    const rij = bereik[i];
    if (rij.every(isLegeCel)) continue;
    const cellen = new Map<string, TabelCel>();
    kop.forEach((n, k) => {
      if (n === "" || opties.negeer?.includes(n)) return;
      // a 0 is a blank cell only where 0 cannot be meant: text columns, and parameters where 0 is invalid (desktop
      // Excel passes blank cells as 0); elsewhere (waarde, volume, plafond, min, max, …) a 0 is a real zero
      const v = rij[k];
      // blank and 0 are one thing for the NUL_DUBBELZINNIG parameters (desktop passes a blank as 0): both are kept,
      // so the parameter reader refuses them alike on every host (docs/excel.md §5)
      if (NUL_DUBBELZINNIG.has(n) && isLeegOfNul(v)) {
        cellen.set(n, { waarde: v, rij: i + 1, kolom: k + 1 });
        return;
      }
      if (isLeeg(v) || (v === 0 && nulIsBlanco(n))) return;
      cellen.set(n, { waarde: v, rij: i + 1, kolom: k + 1 });
    });
    uit.push({ rij: i + 1, cellen });
  }
  if (uit.length === 0) throw fout(tabel, "de tabel heeft een kopregel maar geen enkele rij.");
  return uit;
}

export function tekstVan(tabel: string, r: TabelRij, naam: string, verplicht: true): string;
export function tekstVan(tabel: string, r: TabelRij, naam: string, verplicht?: boolean): string | undefined;
export function tekstVan(tabel: string, r: TabelRij, naam: string, verplicht = false): string | undefined {
  const c = r.cellen.get(naam);
  if (!c || isLeeg(c.waarde)) {
    if (verplicht) throw fout(tabel, `${naam} is leeg; vul een ${naam} in.`, r.rij, undefined, naam);
    return undefined;
  }
  return String(c.waarde).trim();
}

export function getalVan(tabel: string, r: TabelRij, naam: string, verplicht: true): Decimal;
export function getalVan(tabel: string, r: TabelRij, naam: string, verplicht?: boolean): Decimal | undefined;
export function getalVan(tabel: string, r: TabelRij, naam: string, verplicht = false): Decimal | undefined {
  const c = r.cellen.get(naam);
  if (!c || isLeeg(c.waarde)) {
    if (verplicht) throw fout(tabel, `${naam} ontbreekt; geef een getal.`, r.rij, undefined, naam);
    return undefined;
  }
  // leesGetal reads no boolean (WAAR is no number)
  const g = leesGetal(c.waarde);
  if (!g) throw fout(tabel, `${naam} = ${toonWaarde(c.waarde)} is geen getal.`, c.rij, c.kolom, naam, c.waarde);
  return g.getal;
}

export function jaarVan(tabel: string, r: TabelRij): number | undefined {
  const j = getalVan(tabel, r, "jaar");
  if (j === undefined) return undefined;
  if (!j.isInteger() || j.lessThan(1900) || j.greaterThan(2200))
    throw fout(
      tabel,
      `jaar = ${j.toString().replace(".", ",")} is geen jaartal; toegestaan: een heel jaar, bijv. 2026.`,
      r.rij,
      r.cellen.get("jaar")!.kolom,
      "jaar",
    );
  return j.toNumber();
}

/**
 * The parameter columns of a row, read as a parameter set. With `legeRijIsGeen` a row whose parameter cells are all
 * blank or 0 (desktop Excel passes a blank cell as 0) has no parameters, on every host: a product without a tariff
 * (lump sum) leaves them empty, and its 0s must not be refused as ambiguous (docs/excel.md §5).
 */
export function parametersVan(tabel: string, r: TabelRij, meta: readonly string[], functie = false, legeRijIsGeen = false) {
  const waarden: GenoemdeWaarde[] = [];
  for (const [naam, c] of r.cellen) if (!meta.includes(naam)) waarden.push({ naam, waarde: c.waarde, rij: c.rij, kolom: c.kolom });
  if (legeRijIsGeen && waarden.every((w) => isLeegOfNul(w.waarde))) waarden.length = 0;
  try {
    return functie ? leesFunctieWaarden(waarden) : leesParameterWaarden(waarden);
  } catch (e) {
    if (e instanceof InvoerFout) throw fout(tabel, e.message, r.rij, e.details.kolom, e.details.parameter, e.details.waarde);
    throw e;
  }
}
