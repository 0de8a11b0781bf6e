/**
 * Reading the region's tables from 2-D ranges with a header row (a sheet range in Excel, a sheet's used range on
 * the command line): products, norm staffing, CAO mapping, submissions, bandwidths, justifications, scenarios,
 * volumes, ceilings and partner/linked enterprises. Column names are case-insensitive and tolerate spaces; blank
 * rows are skipped. Every error names the table, the row and the column (`details.rij`/`kolom`: 1-based within
 * the range, so the command line can turn them into a cell address).
 */
import { Decimal } from "./decimal";
import { InvoerFout } from "./errors";
import { toonWaarde } from "./format";
import { bandParameter, maakBandbreedte, type Bandbreedte, type Inzending } from "./bandbreedte";
import type { Plafond, Volume } from "./budget";
import type { CaoNiveau, NormNiveau } from "./differentiatie";
import type { MicroCijfers, PartnerCijfers } from "./micro";
import { DEFINITIE_PER_NAAM, PARAMETER_NAMEN } from "./parameters/definities";
import { dichtstbijzijndeNaam, leesFunctieWaarden, leesParameterWaarden, normaliseerNaam, type GenoemdeWaarde } from "./parameters/lezen";
import { isLeeg, isLegeCel, nulIsLeeg } from "./parameters/cellen";
import { leesGetal } from "./parameters/getallen";
import type { ScenarioDefinitie } from "./scenario";
import { FINANCIERINGSVORMEN } from "./segment";
import type { RegioProduct } from "./regio";

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

function fout(tabel: string, tekst: string, rij?: number, kolom?: number, parameter?: string, waarde?: unknown): InvoerFout {
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

function nulIsBlanco(kolom: string): boolean {
  if (TEKST_KOLOMMEN.has(kolom)) return true;
  const def = DEFINITIE_PER_NAAM.get(kolom);
  return def !== undefined && nulIsLeeg(def);
}

/** A table with a header row → rows of named cells (blank rows skipped). */
export function leesTabel(bereik: readonly (readonly unknown[])[], tabel: string, opties: TabelOpties): TabelRij[] {
  if (bereik.length === 0 || bereik.every((r) => r.every(isLegeCel))) {
    throw fout(tabel, `de tabel is leeg; geef een kopregel met ${opties.verplicht.join(", ")} en minstens één rij.`);
  }
  const toegestaan = [...opties.verplicht, ...(opties.optioneel ?? []), ...(opties.negeer ?? [])];
  const kop = bereik[0].map((c, k) => {
    if (isLegeCel(c)) return "";
    const n = normaliseerNaam(String(c));
    if (toegestaan.includes(n) || (opties.parameters && PARAMETER_NAMEN.includes(n))) return n;
    const s = dichtstbijzijndeNaam(n, [...toegestaan, ...(opties.parameters ? PARAMETER_NAMEN : [])]);
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
      if (n === "" || (opties.negeer ?? []).includes(n)) return;
      // a 0 is a blank cell only where 0 cannot be meant: text columns, and parameters where 0 is invalid (desktop
      // Excel passes blank cells as 0); elsewhere (waarde, volume, plafond, min, max, …) a 0 is a real zero
      const v = rij[k];
      if (isLeeg(v) || (v === 0 && nulIsBlanco(n))) return;
      cellen.set(n, { waarde: v, rij: i + 1, kolom: k + 1 });
    });
    uit.push({ rij: i + 1, cellen });
  }
  if (uit.length === 0) throw fout(tabel, "de tabel heeft een kopregel maar geen enkele rij.");
  return uit;
}

function tekstVan(tabel: string, r: TabelRij, naam: string, verplicht: true): string;
function tekstVan(tabel: string, r: TabelRij, naam: string, verplicht?: boolean): string | undefined;
function tekstVan(tabel: string, r: TabelRij, naam: string, verplicht = false): string | undefined {
  const c = r.cellen.get(naam);
  if (!c || isLeeg(c.waarde)) {
    if (verplicht) throw fout(tabel, `${naam} is leeg; vul een ${naam} in.`, r.rij, undefined, naam);
    return undefined;
  }
  return String(c.waarde).trim();
}

function getalVan(tabel: string, r: TabelRij, naam: string, verplicht: true): Decimal;
function getalVan(tabel: string, r: TabelRij, naam: string, verplicht?: boolean): Decimal | undefined;
function getalVan(tabel: string, r: TabelRij, naam: string, verplicht = false): Decimal | undefined {
  const c = r.cellen.get(naam);
  if (!c || isLeeg(c.waarde)) {
    if (verplicht) throw fout(tabel, `${naam} ontbreekt; geef een getal.`, r.rij, undefined, naam);
    return undefined;
  }
  const g = typeof c.waarde === "boolean" ? null : leesGetal(c.waarde);
  if (!g) throw fout(tabel, `${naam} = ${toonWaarde(c.waarde)} is geen getal.`, c.rij, c.kolom, naam, c.waarde);
  return g.getal;
}

function jaarVan(tabel: string, r: TabelRij): number | undefined {
  const j = getalVan(tabel, r, "jaar");
  if (j === undefined) return undefined;
  if (!j.isInteger() || j.lessThan(1900) || j.greaterThan(2200))
    throw fout(tabel, `jaar = ${toonWaarde(j)} is geen jaartal; toegestaan: een heel jaar, bijv. 2026.`, r.rij, r.cellen.get("jaar")!.kolom, "jaar");
  return j.toNumber();
}

function parametersVan(tabel: string, r: TabelRij, meta: readonly string[], functie = false) {
  const waarden: GenoemdeWaarde[] = [];
  for (const [naam, c] of r.cellen) if (!meta.includes(naam)) waarden.push({ naam, waarde: c.waarde, rij: c.rij, kolom: c.kolom });
  try {
    return functie ? leesFunctieWaarden(waarden) : leesParameterWaarden(waarden);
  } catch (e) {
    if (e instanceof InvoerFout) throw fout(tabel, e.message, r.rij, e.details.kolom, e.details.parameter, e.details.waarde);
    throw e;
  }
}

/** The product table's columns that are not parameters (shared with the sample region's writer). */
export const PRODUCT_META = [
  "product",
  "segment",
  "productcategorie",
  "productcode",
  "financieringsvorm",
  "verwachte_eenheden",
  "vaste_component",
  "lumpsum",
  "samenstelling",
] as const;

/** Products: `product` and optional segment, codes, funding form, route and lump-sum columns, plus parameter columns. */
export function leesProductenBereik(bereik: readonly (readonly unknown[])[]): RegioProduct[] {
  const T = "producten";
  const gezien = new Set<string>();
  return leesTabel(bereik, T, { verplicht: ["product"], optioneel: PRODUCT_META.slice(1), parameters: true }).map((r) => {
    const product = tekstVan(T, r, "product", true);
    if (gezien.has(product.toLowerCase())) throw fout(T, `product '${product}' staat twee keer in de tabel.`, r.rij, undefined, "product", product);
    gezien.add(product.toLowerCase());
    // "P × Q", "p*q", "PxQ" → "pq" → "pxq"
    const vorm = (tekstVan(T, r, "financieringsvorm") ?? "pxq").toLowerCase().replace(/[\s×x*-]+/g, "");
    const vormNorm = FINANCIERINGSVORMEN.find((v) => v === (vorm === "pq" ? "pxq" : vorm));
    if (vormNorm === undefined) {
      throw fout(
        T,
        `financieringsvorm = ${toonWaarde(tekstVan(T, r, "financieringsvorm"))} is onbekend; toegestaan: ${FINANCIERINGSVORMEN.join(", ")}.`,
        r.rij,
        r.cellen.get("financieringsvorm")?.kolom,
        "financieringsvorm",
      );
    }
    const samenstellingTekst = tekstVan(T, r, "samenstelling");
    const samenstelling = samenstellingTekst
      ?.split(";")
      .filter((d) => d.trim() !== "")
      .map((deel) => {
        const m = /^(.*?):\s*([-+]?[\d.,]+)\s*$/.exec(deel.trim());
        const g = m ? leesGetal(m[2]) : null;
        if (!m || !g)
          throw fout(
            T,
            `samenstelling '${deel.trim()}' is ongeldig; schrijf 'product: eenheden; product: eenheden', bijv. 'Behandeling individueel: 30'.`,
            r.rij,
            r.cellen.get("samenstelling")!.kolom,
            "samenstelling",
          );
        return { product: m[1].trim(), eenheden: g.getal };
      });
    return {
      product,
      segment: tekstVan(T, r, "segment") ?? "",
      productcategorie: tekstVan(T, r, "productcategorie"),
      productcode: tekstVan(T, r, "productcode"),
      financieringsvorm: vormNorm,
      verwachteEenheden: getalVan(T, r, "verwachte_eenheden"),
      vasteComponent: getalVan(T, r, "vaste_component"),
      lumpsum: getalVan(T, r, "lumpsum"),
      samenstelling,
      parameters: parametersVan(T, r, PRODUCT_META),
    };
  });
}

/** Norm staffing: product, niveau, aandeel → per product its levels. */
export function leesNormBereik(bereik: readonly (readonly unknown[])[]): Map<string, NormNiveau[]> {
  const T = "normbezetting";
  const uit = new Map<string, NormNiveau[]>();
  for (const r of leesTabel(bereik, T, { verplicht: ["product", "niveau", "aandeel"] })) {
    const product = tekstVan(T, r, "product", true);
    const sleutel = [...uit.keys()].find((k) => k.toLowerCase() === product.toLowerCase()) ?? product;
    const lijst = uit.get(sleutel) ?? [];
    const aandeel = getalVan(T, r, "aandeel", true);
    lijst.push({
      niveau: tekstVan(T, r, "niveau", true),
      aandeel:
        aandeel.greaterThan(1) && aandeel.lessThanOrEqualTo(100)
          ? (() => {
              throw fout(
                T,
                `aandeel = ${toonWaarde(aandeel)} lijkt een percentage als heel getal: gebruik ${toonWaarde(aandeel)}% of ${toonWaarde(aandeel.dividedBy(100))}.`,
                r.rij,
                r.cellen.get("aandeel")!.kolom,
                "aandeel",
              );
            })()
          : aandeel,
    });
    uit.set(sleutel, lijst);
  }
  return uit;
}

/** CAO mapping: cao, niveau, schaal, trede (and optional functiemix columns such as ort). */
export function leesCaoIndelingBereik(bereik: readonly (readonly unknown[])[]): CaoNiveau[] {
  const T = "cao_indeling";
  return leesTabel(bereik, T, { verplicht: ["cao", "niveau", "schaal", "trede"], parameters: true }).map((r) => {
    const overig = [...r.cellen.keys()].some((k) => !["cao", "niveau", "schaal", "trede"].includes(k));
    return {
      cao: tekstVan(T, r, "cao", true),
      niveau: tekstVan(T, r, "niveau", true),
      schaal: tekstVan(T, r, "schaal", true),
      trede: tekstVan(T, r, "trede", true),
      parameters: overig ? parametersVan(T, r, ["cao", "niveau", "schaal", "trede"], true) : undefined,
    };
  });
}

/** Submissions: optional `aanbieder` and `product`, plus parameter columns; one row per submission. */
export function leesInzendingenBereik(bereik: readonly (readonly unknown[])[]): Inzending[] {
  const T = "inzendingen";
  return leesTabel(bereik, T, { verplicht: [], optioneel: ["aanbieder", "product"], parameters: true }).map((r) => ({
    aanbieder: tekstVan(T, r, "aanbieder") ?? `inzending rij ${r.rij}`,
    product: tekstVan(T, r, "product"),
    parameters: parametersVan(T, r, ["aanbieder", "product"]),
  }));
}

/** Bandwidths: parameter, min, max, optional norm (the output of RT.BANDBREEDTE can be read back). */
export function leesBandbreedteBereik(bereik: readonly (readonly unknown[])[]): Bandbreedte[] {
  const T = "bandbreedte";
  const gezien = new Set<string>();
  return leesTabel(bereik, T, { verplicht: ["parameter", "min", "max"], optioneel: ["norm"], negeer: ["aantal", "toelichting", "herkomst"] }).map((r) => {
    const naam = tekstVan(T, r, "parameter", true);
    let b: Bandbreedte;
    try {
      b = maakBandbreedte(naam, getalVan(T, r, "min", true), getalVan(T, r, "max", true), getalVan(T, r, "norm"));
    } catch (e) {
      if (e instanceof InvoerFout) throw fout(T, e.message, r.rij, undefined, e.details.parameter);
      throw e;
    }
    if (gezien.has(b.parameter)) throw fout(T, `parameter '${b.parameter}' staat twee keer in de bandbreedte.`, r.rij, undefined, b.parameter);
    gezien.add(b.parameter);
    return b;
  });
}

/** Justifications: two columns (parameter, onderbouwing); a header row is optional. A blank text is an error. */
export function leesOnderbouwingBereik(bereik: readonly (readonly unknown[])[]): Record<string, string> {
  const T = "onderbouwing";
  const uit: Record<string, string> = {};
  bereik.forEach((rij, i) => {
    const [naam, tekst] = rij;
    if (isLegeCel(naam) && isLegeCel(tekst)) return;
    if (i === 0 && typeof naam === "string" && ["parameter", "naam"].includes(normaliseerNaam(naam))) return;
    if (isLegeCel(naam)) throw fout(T, `onderbouwing ${toonWaarde(tekst)} heeft geen parameternaam in de eerste kolom.`, i + 1, 1);
    const n = bandParameter(String(naam), ` (onderbouwing, rij ${i + 1})`);
    if (typeof tekst !== "string" || tekst.trim() === "")
      throw fout(T, `de onderbouwing van '${n}' is leeg; een waarde buiten de bandbreedte wordt alleen aanvaard met een onderbouwing in woorden.`, i + 1, 2, n);
    uit[n] = tekst.trim();
  });
  return uit;
}

/** Scenarios: scenario, optional product (blank or * = all), parameter, waarde; optional omschrijving. */
export function leesScenarioBereik(bereik: readonly (readonly unknown[])[]): ScenarioDefinitie[] {
  const T = "scenario's";
  const uit: { naam: string; omschrijving?: string; wijzigingen: ScenarioDefinitie["wijzigingen"][number][] }[] = [];
  for (const r of leesTabel(bereik, T, { verplicht: ["scenario", "parameter", "waarde"], optioneel: ["product", "omschrijving"] })) {
    const naam = tekstVan(T, r, "scenario", true);
    let s = uit.find((x) => x.naam.toLowerCase() === naam.toLowerCase());
    if (!s) uit.push((s = { naam, wijzigingen: [] }));
    s.omschrijving ??= tekstVan(T, r, "omschrijving");
    const w = r.cellen.get("waarde");
    s.wijzigingen.push({ product: tekstVan(T, r, "product"), parameter: tekstVan(T, r, "parameter", true), waarde: w?.waarde, waar: `rij ${r.rij}` });
  }
  return uit;
}

/** Volumes: gemeente, product, volume, optional jaar. */
export function leesVolumesBereik(bereik: readonly (readonly unknown[])[]): Volume[] {
  const T = "volumes";
  return leesTabel(bereik, T, { verplicht: ["gemeente", "product", "volume"], optioneel: ["jaar"] }).map((r) => ({
    gemeente: tekstVan(T, r, "gemeente", true),
    product: tekstVan(T, r, "product", true),
    volume: getalVan(T, r, "volume", true),
    jaar: jaarVan(T, r),
    waar: `volumes rij ${r.rij}`,
    rij: r.rij,
    kolom: r.cellen.get("volume")!.kolom,
  }));
}

/** Budget ceilings: gemeente, segment, plafond, optional jaar. */
export function leesPlafondsBereik(bereik: readonly (readonly unknown[])[]): Plafond[] {
  const T = "plafonds";
  return leesTabel(bereik, T, { verplicht: ["gemeente", "segment", "plafond"], optioneel: ["jaar"] }).map((r) => ({
    gemeente: tekstVan(T, r, "gemeente", true),
    segment: tekstVan(T, r, "segment", true),
    bedrag: getalVan(T, r, "plafond", true),
    jaar: jaarVan(T, r),
    waar: `plafonds rij ${r.rij}`,
    rij: r.rij,
    kolom: r.cellen.get("plafond")!.kolom,
  }));
}

/** Partner or linked enterprises: personeel, jaaromzet, balanstotaal (and aandeel for partners). */
export function leesOndernemingenBereik(bereik: readonly (readonly unknown[])[], partners: true): PartnerCijfers[];
export function leesOndernemingenBereik(bereik: readonly (readonly unknown[])[], partners: false): MicroCijfers[];
export function leesOndernemingenBereik(bereik: readonly (readonly unknown[])[], partners: boolean): (MicroCijfers | PartnerCijfers)[] {
  const T = partners ? "partnerondernemingen" : "verbonden_ondernemingen";
  const kolommen = ["personeel", "jaaromzet", "balanstotaal", ...(partners ? ["aandeel"] : [])];
  return leesTabel(bereik, T, { verplicht: kolommen, optioneel: ["naam", "onderneming"] }).map((r) => {
    const c = {
      personeel: getalVan(T, r, "personeel", true),
      jaaromzet: getalVan(T, r, "jaaromzet", true),
      balanstotaal: getalVan(T, r, "balanstotaal", true),
    };
    return partners ? { ...c, aandeel: getalVan(T, r, "aandeel", true) } : c;
  });
}
