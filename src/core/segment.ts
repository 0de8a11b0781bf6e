/**
 * Segments, product codes and funding forms (purchase practice, domain spec §8–§9). A product belongs to one of the
 * region's segment contracts, carries its iJw/iWmo product category and code, and is funded as
 *   pxq          — price per unit × quantity (the tariff per unit);
 *   trajectprijs — a route price: ROUND(verwachte_eenheden × tarief + vaste_component; 2), or a fixed composition
 *                  ROUND(Σ eenheden_i × tarief_i + vaste_component; 2) of other products' tariffs;
 *   lumpsum      — a fixed amount per year for the segment's product, divided over the municipalities by share.
 */
import { excelRound } from "./afronding";
import { Decimal, ZERO } from "./decimal";
import { InvoerFout } from "./errors";
import { formatBedrag, formatGetal } from "./format";
import { sleutel } from "./differentiatie/normbezetting";
import type { Eenheid } from "./parameters/definities";

export const FINANCIERINGSVORMEN = ["pxq", "trajectprijs", "lumpsum"] as const;
export type Financieringsvorm = (typeof FINANCIERINGSVORMEN)[number];

export interface Segment {
  code: string;
  naam: string;
}

export interface Samenstellingsdeel {
  product: string;
  eenheden: Decimal;
}

export interface ProductInfo {
  product: string;
  /** segment code */
  segment: string;
  /** iJw/iWmo product category (e.g. "45") and product code (e.g. "45A50") */
  productcategorie?: string;
  productcode?: string;
  financieringsvorm: Financieringsvorm;
  /** trajectprijs: expected units of this product per route */
  verwachteEenheden?: Decimal;
  /** trajectprijs: fixed composition of other products per route */
  samenstelling?: readonly Samenstellingsdeel[];
  /** trajectprijs: fixed part per route (€) */
  vasteComponent?: Decimal;
  /** lumpsum: amount per year for the whole region (€) */
  lumpsum?: Decimal;
}

function fout(product: string, tekst: string, parameter: string, waarde?: unknown): InvoerFout {
  return new InvoerFout(`Product '${product}': ${tekst}`, { parameter, waarde });
}

/** Checks segment, funding form and what the funding form needs. */
export function controleerProductInfo(info: ProductInfo, segmenten: readonly Segment[], productnamen: readonly string[]): void {
  const p = info.product;
  if (!segmenten.some((s) => sleutel(s.code) === sleutel(info.segment))) {
    throw fout(p, `segment '${info.segment}' is onbekend; toegestaan: ${segmenten.map((s) => s.code).join(", ")}.`, "segment", info.segment);
  }
  if (!(FINANCIERINGSVORMEN as readonly string[]).includes(info.financieringsvorm)) {
    throw fout(p, `financieringsvorm '${info.financieringsvorm}' is onbekend; toegestaan: ${FINANCIERINGSVORMEN.join(", ")}.`, "financieringsvorm", info.financieringsvorm);
  }
  if (info.financieringsvorm === "trajectprijs") {
    const heeftVerwacht = info.verwachteEenheden !== undefined;
    const heeftSamenstelling = (info.samenstelling?.length ?? 0) > 0;
    if (heeftVerwacht === heeftSamenstelling) {
      throw fout(p, "een trajectprijs heeft óf verwachte_eenheden (× het eigen tarief) óf een vaste samenstelling van andere producten nodig, niet beide en niet geen.", "verwachte_eenheden");
    }
    if (heeftVerwacht && !info.verwachteEenheden!.greaterThan(0)) throw fout(p, `verwachte_eenheden = ${formatGetal(info.verwachteEenheden!)}; toegestaan: groter dan 0.`, "verwachte_eenheden");
    for (const d of info.samenstelling ?? []) {
      if (!productnamen.some((n) => sleutel(n) === sleutel(d.product))) throw fout(p, `de samenstelling noemt onbekend product '${d.product}'.`, "samenstelling", d.product);
      if (!d.eenheden.greaterThan(0)) throw fout(p, `de samenstelling geeft ${d.product} ${formatGetal(d.eenheden)} eenheden; toegestaan: groter dan 0.`, "samenstelling");
    }
  }
  if (info.financieringsvorm === "lumpsum" && (info.lumpsum === undefined || info.lumpsum.isNegative())) {
    throw fout(p, "een lumpsum heeft een bedrag per jaar (€ 0 of meer) nodig.", "lumpsum", info.lumpsum?.toNumber());
  }
}

/** Whether volumes of this product are counts (whole numbers): routes, days, half-days, pieces; hours may be fractional. */
export function volumeIsTelling(info: ProductInfo, eenheid: Eenheid): boolean {
  if (info.financieringsvorm === "trajectprijs") return true;
  if (info.financieringsvorm === "lumpsum") return false;
  return eenheid !== "uur" && eenheid !== "minuut";
}

export interface Prijs {
  /** price per volume unit: the tariff (pxq), the route price (trajectprijs) or the lump sum (lumpsum) */
  prijs: Decimal;
  toelichting: string;
}

/** The price per volume unit of a product, given the (possibly indexed) tariffs of the products. */
export function prijsPerVolume(info: ProductInfo, tarief: (product: string) => Decimal, lumpsum?: Decimal): Prijs {
  switch (info.financieringsvorm) {
    case "pxq": {
      const t = tarief(info.product);
      return { prijs: t, toelichting: `P×Q: ${formatBedrag(t)} per eenheid` };
    }
    case "trajectprijs": {
      const vast = info.vasteComponent ?? ZERO;
      if (info.verwachteEenheden !== undefined) {
        const t = tarief(info.product);
        const prijs = excelRound(info.verwachteEenheden.times(t).plus(vast), 2);
        return { prijs, toelichting: `trajectprijs: ${formatGetal(info.verwachteEenheden)} × ${formatBedrag(t)}${vast.isZero() ? "" : ` + ${formatBedrag(vast)}`} = ${formatBedrag(prijs)}` };
      }
      let som = vast;
      const delen = info.samenstelling!.map((d) => {
        const t = tarief(d.product);
        som = som.plus(d.eenheden.times(t));
        return `${formatGetal(d.eenheden)} × ${d.product} ${formatBedrag(t)}`;
      });
      const prijs = excelRound(som, 2);
      return { prijs, toelichting: `trajectprijs (vaste samenstelling): ${delen.join(" + ")}${vast.isZero() ? "" : ` + ${formatBedrag(vast)}`} = ${formatBedrag(prijs)}` };
    }
    case "lumpsum": {
      const l = lumpsum ?? info.lumpsum!;
      return { prijs: l, toelichting: `lumpsum: ${formatBedrag(l)} per jaar voor de regio, naar aandeel per gemeente` };
    }
  }
}
