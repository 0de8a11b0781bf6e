/**
 * A whole region (domain spec §8–§9): products with segment, codes, funding form and norm staffing, the CAO
 * mapping and reference CAO, providers with submissions, the micro-tariff rules, scenarios, volumes, budget
 * ceilings and yearly indices. `berekenRegio` produces every table the region decides with: tariff groups,
 * provider checks and tariffs, micro tariffs, the scenario comparison and the budget per municipality and
 * segment over the years, with the ceiling check.
 */

import { afwijkingenRapport, bandbreedtesUitInzendingen, berekenAanbiederTarief, type AanbiederTarief, type Bandbreedte, type Inzending, type Toetsing } from "./bandbreedte";
import type { CaoBron, RekenContext } from "./bronnen";
import { Decimal } from "./decimal";
import { berekenBudget, controleerPlafonds, controleerVolumes, toetsPlafonds, type BudgetUitkomst, type Overschrijding, type Plafond, type Volume } from "./budget";
import { berekenTariefgroepen, caoVoorAanbieder, caosInIndeling, functiemixVoorCao, genegeerdeSalarisParameters, sleutel, type CaoKeuze, type CaoNiveau, type NormNiveau, type TariefgroepCel } from "./differentiatie";
import { InvoerFout } from "./errors";
import { indexeerJaar } from "./indexatie";
import { isMicroMetGroep, type MicroCijfers, type MicroGroepUitkomst, type PartnerCijfers } from "./micro";
import { berekenMicroTarief, type MicroRegel, type MicroTariefResultaat } from "./microtarief";
import type { FunctieParameters, Parameters } from "./parameters/schema";
import { indexeerReeksDecimaal, maakIndexPad } from "./reeks";
import { leesScenario, vergelijkScenarios, wijzigingenVoor, type ScenarioDefinitie, type ScenarioOverrides, type ScenarioVergelijking } from "./scenario";
import { controleerProductInfo, prijsPerVolume, type ProductInfo, type Segment } from "./segment";
import { berekenTarief, type TariefInvoer, type TariefResultaat } from "./tarief";

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

export interface AanbiederUitkomst extends AanbiederTarief {
  /** the tariff-group tariff of the provider's CAO (or the reference CAO), for comparison */
  tariefgroep?: { cao: CaoKeuze; tarief: Decimal };
}

export interface MicroUitkomst {
  aanbieder: string;
  toets: MicroGroepUitkomst;
  tarieven: { product: string; regel: RegioMicroRegel; resultaat: MicroTariefResultaat }[];
}

export interface RegioUitkomst {
  regio: Regio;
  jaren: number[];
  caos: string[];
  tariefgroepen: TariefgroepCel[];
  caoKeuzes: { aanbieder: string; keuze: CaoKeuze }[];
  bandbreedtes: { product: string; bandbreedtes: Bandbreedte[] }[];
  aanbiederTarieven: AanbiederUitkomst[];
  afwijkingen: Toetsing[];
  micro: MicroUitkomst[];
  scenarios: ScenarioOverrides[];
  vergelijking: ScenarioVergelijking[];
  budget: BudgetUitkomst;
  overschrijdingen: Overschrijding[];
}

export function vindProduct(regio: Regio, naam: string, waar = ""): RegioProduct {
  const p = regio.producten.find((x) => sleutel(x.product) === sleutel(naam));
  if (!p) throw new InvoerFout(`Product '${naam}'${waar} is onbekend in regio ${regio.naam}.`, { parameter: "product", waarde: naam, toegestaan: regio.producten.map((x) => x.product).join(", ") });
  return p;
}

/** Whether a product has its own tariff (lump sums and fixed route compositions have none). */
export function heeftTarief(p: RegioProduct): boolean {
  return p.financieringsvorm === "pxq" || (p.financieringsvorm === "trajectprijs" && p.verwachteEenheden !== undefined);
}

function productParameters(regio: Regio, p: RegioProduct): Parameters {
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
    if (gezien.has(sleutel(p.product))) throw new InvoerFout(`Product '${p.product}' staat twee keer in de productenlijst.`, { parameter: "product", waarde: p.product });
    gezien.add(sleutel(p.product));
    controleerProductInfo(p, regio.segmenten, namen);
  }
  controleerVolumes(regio.volumes, regio.gemeenten, regio.producten.map((p) => ({ ...p, eenheid: productParameters(regio, p).eenheid ?? "uur" })));
  controleerPlafonds(regio.plafonds, regio.gemeenten, regio.segmenten);
}

/**
 * The same CAO lookups recur for every product, scenario and provider of a region: remember them for one
 * computation (the reference data does not change during it). Errors are not remembered; they propagate.
 */
export function metOpzoekCache(context: RekenContext): RekenContext {
  const bron = context.caoBron;
  if (!bron) return context;
  const salarissen = new Map<string, ReturnType<CaoBron["salaris"]>>();
  const parameters = new Map<string, ReturnType<NonNullable<CaoBron["caoParameter"]>>>();
  const cached: CaoBron = {
    salaris: (o) => {
      const k = `${o.cao}\u0000${o.schaal}\u0000${o.trede}\u0000${o.peildatum}`;
      let r = salarissen.get(k);
      if (r === undefined) salarissen.set(k, (r = bron.salaris(o)));
      return r;
    },
    caoParameter: bron.caoParameter && ((cao, naam, peildatum) => {
      const k = `${cao}\u0000${naam}\u0000${peildatum}`;
      if (parameters.has(k)) return parameters.get(k);
      const r = bron.caoParameter!(cao, naam, peildatum);
      parameters.set(k, r);
      return r;
    }),
  };
  return { ...context, caoBron: cached };
}

export function berekenRegio(regio: Regio, rekenContext: RekenContext = {}): RegioUitkomst {
  controleerRegio(regio);
  const context = metOpzoekCache(rekenContext);
  const caos = caosInIndeling(regio.caoIndeling);
  const metTarief = regio.producten.filter(heeftTarief);

  // tariff groups: every product with a norm × every CAO of the mapping
  const normProducten = metTarief.filter((p) => p.norm).map((p) => ({ product: p.product, parameters: productParameters(regio, p), norm: p.norm! }));
  const tariefgroepen = berekenTariefgroepen(normProducten, regio.caoIndeling, context, caos);
  const caoKeuzes = regio.aanbieders.map((a) => ({ aanbieder: a.naam, keuze: caoVoorAanbieder(a.naam, a.cao, regio.referentieCao, regio.caoIndeling) }));

  // provider-specific tariffs
  const bandbreedtes: { product: string; bandbreedtes: Bandbreedte[] }[] = [];
  const aanbiederTarieven: AanbiederUitkomst[] = [];
  for (const as of regio.aanbiederSpecifiek) {
    const p = vindProduct(regio, as.product, " (aanbieder-specifiek)");
    const inzendingen = regio.inzendingen.filter((i) => i.product !== undefined && sleutel(i.product) === sleutel(p.product));
    const banden = as.bandbreedtes ? [...as.bandbreedtes] : bandbreedtesUitInzendingen(inzendingen, as.parameters, ` (product ${p.product})`);
    bandbreedtes.push({ product: p.product, bandbreedtes: banden });
    for (const inz of inzendingen) {
      const aanbieder = regio.aanbieders.find((a) => sleutel(a.naam) === sleutel(inz.aanbieder));
      const keuze = caoVoorAanbieder(inz.aanbieder, aanbieder?.cao, regio.referentieCao, regio.caoIndeling);
      const std = standaardInvoer(regio, p, keuze.cao);
      const t = berekenAanbiederTarief(inz, banden, context, std.parameters, std.functiemix);
      const cel = tariefgroepen.find((c) => c.product === p.product && sleutel(c.cao) === sleutel(keuze.cao));
      aanbiederTarieven.push({ ...t, tariefgroep: cel ? { cao: keuze, tarief: cel.resultaat.tarief } : undefined });
    }
  }
  const afwijkingen = afwijkingenRapport(aanbiederTarieven.flatMap((a) => a.toetsing));

  // micro-enterprises: the EU test, and the micro tariff under each rule
  const micro: MicroUitkomst[] = [];
  for (const a of regio.aanbieders) {
    if (!a.micro) continue;
    const toets = isMicroMetGroep(a.micro.eigen, a.micro.partners, a.micro.verbonden);
    const tarieven: MicroUitkomst["tarieven"] = [];
    if (toets.micro) {
      for (const naam of regio.microProducten) {
        const p = vindProduct(regio, naam, " (microtarief)");
        for (const regel of regio.microRegels) tarieven.push({ product: p.product, regel, resultaat: berekenMicroTarief(standaardInvoer(regio, p), regel.regel, regel.onderbouwing, context) });
      }
    }
    micro.push({ aanbieder: a.naam, toets, tarieven });
  }

  // scenarios: tariff per product per scenario
  const scenarios = regio.scenarios.map((s) => leesScenario(s, metTarief.map((p) => p.product)));
  for (const s of scenarios) for (const p of metTarief) {
    const genegeerd = genegeerdeSalarisParameters(wijzigingenVoor(s, p.product), standaardInvoer(regio, p).functiemix);
    if (genegeerd.length) {
      throw new InvoerFout(`Scenario '${s.naam}', product '${p.product}': ${genegeerd.join(", ")} heeft geen effect, want de normbezetting (of functiemix) geeft het salaris per niveau; wijzig de CAO-indeling of de parameters van het salaris (sociale_lasten, pensioenpremie, …).`,
        { parameter: genegeerd[0], toegestaan: "parameters die niet per niveau vastliggen" });
    }
  }
  const vergelijking = vergelijkScenarios(metTarief.map((p) => ({ product: p.product, invoer: standaardInvoer(regio, p) })), scenarios, context);

  // budget: indexed tariffs per scenario, product and year (reeks.ts), prices per funding form, Σ price × volume
  const jaren = [regio.beginjaar, ...regio.indexcijfers.map((_, i) => regio.beginjaar + i + 1)];
  const pad = maakIndexPad(regio.indexcijfers);
  const reeks = (r: TariefResultaat): Decimal[] => [r.tarief, ...indexeerReeksDecimaal(r, pad).map((j) => j.tarief)];
  const scenarioNamen = ["basis", ...scenarios.map((s) => s.naam)];
  const tarieven = new Map<string, Map<string, Decimal[]>>();
  scenarioNamen.forEach((naam, si) => {
    const m = new Map<string, Decimal[]>();
    for (const v of vergelijking) m.set(v.product, reeks(si === 0 ? v.basis : v.scenarios[si - 1].resultaat));
    tarieven.set(naam, m);
  });
  const lumpsums = new Map<string, Decimal[]>();
  for (const p of regio.producten) {
    if (p.financieringsvorm !== "lumpsum") continue;
    const reeksL: Decimal[] = [p.lumpsum!];
    for (const ix of regio.indexcijfers) reeksL.push(indexeerJaar(reeksL[reeksL.length - 1], ix, "cent"));
    lumpsums.set(p.product, reeksL);
  }
  const prijzen = new Map<string, Decimal>();
  const perNaam = new Map(regio.producten.map((p) => [p.product, p]));
  const product = (naam: string) => perNaam.get(naam) ?? vindProduct(regio, naam);
  const budget = berekenBudget({
    scenarios: scenarioNamen,
    jaren,
    gemeenten: regio.gemeenten,
    producten: regio.producten,
    volumes: regio.volumes,
    prijs: (scenario, naam, j) => {
      const k = `${scenario}|${naam}|${j}`;
      let prijs = prijzen.get(k);
      if (prijs === undefined) {
        const p = product(naam);
        prijs = prijsPerVolume(p, (q) => tarieven.get(scenario)!.get(product(q).product)![j], lumpsums.get(p.product)?.[j]).prijs;
        prijzen.set(k, prijs);
      }
      return prijs;
    },
  });
  const overschrijdingen = toetsPlafonds(budget, regio.plafonds);
  return { regio, jaren, caos, tariefgroepen, caoKeuzes, bandbreedtes, aanbiederTarieven, afwijkingen, micro, scenarios, vergelijking, budget, overschrijdingen };
}

/** Convenience: the region's standard tariff of one product under the reference CAO. */
export function standaardTarief(regio: Regio, product: string, context: RekenContext = {}): TariefResultaat {
  return berekenTarief(standaardInvoer(regio, vindProduct(regio, product)), context);
}


