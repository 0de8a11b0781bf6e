/**
 * The region's tables read from ranges (regio-tabel.ts): products, norm staffing, CAO mapping, submissions,
 * bandwidths, justifications, scenarios, volumes, ceilings and partner/linked enterprises.
 */
import { InvoerFout } from "./errors";
import { toonWaarde } from "./format";
import { bandParameter, maakBandbreedte, type Bandbreedte, type Inzending } from "./bandbreedte";
import type { Plafond, Volume } from "./budget";
import type { CaoNiveau, NormNiveau } from "./differentiatie";
import type { MicroCijfers, PartnerCijfers } from "./micro";
import { normaliseerNaam } from "./parameters/namen";
import { isLegeCel } from "./parameters/cellen";
import { leesGetal } from "./parameters/getallen";
import type { ScenarioDefinitie } from "./scenario";
import { FINANCIERINGSVORMEN } from "./segment";
import type { RegioProduct } from "./regio-definitie";
import { fout, getalVan, jaarVan, leesTabel, parametersVan, tekstVan } from "./regio-tabel";

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
    const vorm = (tekstVan(T, r, "financieringsvorm") ?? "pxq").toLowerCase().replace(/[\s×x*-]/g, "");
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
      parameters: parametersVan(T, r, PRODUCT_META, false, true),
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
    // the cell readers already name table and row; only maakBandbreedte's own refusals get them added here
    const [min, max, norm] = [getalVan(T, r, "min", true), getalVan(T, r, "max", true), getalVan(T, r, "norm")];
    let b: Bandbreedte;
    try {
      b = maakBandbreedte(naam, min, max, norm);
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
