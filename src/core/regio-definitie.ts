/**
 * A region as the engine takes it (domain spec §8–§9): products with segment, codes, funding form and norm staffing,
 * the CAO mapping and reference CAO, providers with submissions, the micro-tariff rules, scenarios, volumes, budget
 * ceilings and yearly indices; with the lookups and checks on it that do not compute (regio.ts computes).
 */
import { type Bandbreedte, type Inzending } from "./bandbreedte";
import { Decimal } from "./decimal";
import { controleerPlafonds, controleerVolumes, type Plafond, type Volume } from "./budget";
import { functiemixVoorCao, sleutel, type CaoNiveau, type NormNiveau } from "./differentiatie";
import { InvoerFout } from "./errors";
import { type MicroCijfers, type PartnerCijfers } from "./micro";
import { type MicroRegel } from "./microtarief";
import type { FunctieParameters, Parameters } from "./parameters/schema";
import { type ScenarioDefinitie } from "./scenario";
import { controleerProductInfo, type ProductInfo, type Segment } from "./segment";
import { type TariefInvoer } from "./tarief";

export interface RegioProduct extends ProductInfo {
  /** product-level parameters (over the region's basisparameters) */
  parameters: Parameters;
  /** norm staffing: levels with shares, paid per CAO through the mapping */
  norm?: readonly NormNiveau[];
  /** or a functiemix given directly (no CAO differentiation) */
  functiemix?: readonly FunctieParameters[];
}

export interface RegioAanbieder {
  naam: string;
  /** the CAO it applies; absent = none (the reference CAO is used) */
  cao?: string;
  micro?: { eigen: MicroCijfers; partners?: readonly PartnerCijfers[]; verbonden?: readonly MicroCijfers[] };
}

/** A product with provider-specific tariffs: the checked parameters, with given bandwidths or derived from the submissions. */
export interface AanbiederSpecifiek {
  product: string;
  parameters: readonly string[];
  bandbreedtes?: readonly Bandbreedte[];
}

export interface RegioMicroRegel {
  regel: MicroRegel;
  onderbouwing: string;
  /** the rule the region applies (others are shown for comparison) */
  gekozen?: boolean;
}

export interface Regio {
  naam: string;
  /** the label of made-up figures, shown in every output */
  illustratief?: string;
  gemeenten: readonly string[];
  segmenten: readonly Segment[];
  basisparameters: Parameters;
  producten: readonly RegioProduct[];
  caoIndeling: readonly CaoNiveau[];
  referentieCao: string;
  aanbieders: readonly RegioAanbieder[];
  aanbiederSpecifiek: readonly AanbiederSpecifiek[];
  inzendingen: readonly Inzending[];
  microRegels: readonly RegioMicroRegel[];
  /** products for which micro tariffs are computed */
  microProducten: readonly string[];
  scenarios: readonly ScenarioDefinitie[];
  volumes: readonly Volume[];
  plafonds: readonly Plafond[];
  beginjaar: number;
  /** index applied going into year 2, 3, …; the first year uses the calculated tariffs */
  indexcijfers: readonly Decimal[];
}

export function vindProduct(regio: Regio, naam: string, waar = ""): RegioProduct {
  const p = regio.producten.find((x) => sleutel(x.product) === sleutel(naam));
  if (!p)
    throw new InvoerFout(`Product '${naam}'${waar} is onbekend in regio ${regio.naam}.`, {
      parameter: "product",
      waarde: naam,
      toegestaan: regio.producten.map((x) => x.product).join(", "),
    });
  return p;
}

/** Whether a product has its own tariff (lump sums and fixed route compositions have none). */
export function heeftTarief(p: RegioProduct): boolean {
  return p.financieringsvorm === "pxq" || (p.financieringsvorm === "trajectprijs" && p.verwachteEenheden !== undefined);
}

export function productParameters(regio: Regio, p: RegioProduct): Parameters {
  return { ...regio.basisparameters, ...p.parameters };
}

/** The region's standard input of a product: its norm under the reference CAO, or its own functiemix. */
export function standaardInvoer(regio: Regio, p: RegioProduct, cao = regio.referentieCao): TariefInvoer {
  const parameters = productParameters(regio, p);
  if (p.norm) return { parameters, functiemix: functiemixVoorCao(p.product, p.norm, regio.caoIndeling, cao) };
  return { parameters, functiemix: p.functiemix };
}

/** Structural checks of the region before computing. */
export function controleerRegio(regio: Regio): void {
  const namen = regio.producten.map((p) => p.product);
  const gezien = new Set<string>();
  for (const p of regio.producten) {
    if (gezien.has(sleutel(p.product)))
      throw new InvoerFout(`Product '${p.product}' staat twee keer in de productenlijst.`, { parameter: "product", waarde: p.product });
    gezien.add(sleutel(p.product));
    controleerProductInfo(p, regio.segmenten, namen);
  }
  controleerVolumes(
    regio.volumes,
    regio.gemeenten,
    regio.producten.map((p) => ({ ...p, eenheid: productParameters(regio, p).eenheid ?? "uur" })),
  );
  controleerPlafonds(regio.plafonds, regio.gemeenten, regio.segmenten);
}
