/**
 * A whole region computed (domain spec §8–§9): `berekenRegio` produces every table the region decides with: tariff
 * groups, provider checks and tariffs, micro tariffs, the scenario comparison and the budget per municipality and
 * segment over the years, with the ceiling check. The region itself is defined in regio-definitie.ts.
 */
import { bandbreedtesUitInzendingen, type Bandbreedte } from "./bandbreedte";
import { afwijkingenRapport, berekenAanbiederTarief, type AanbiederTarief, type Toetsing } from "./toetsing";
import type { CaoBron, RekenContext } from "./bronnen";
import { Decimal } from "./decimal";
import { berekenBudget, toetsPlafonds, type BudgetUitkomst, type Overschrijding } from "./budget";
import {
  berekenTariefgroepen,
  caoVoorAanbieder,
  caosInIndeling,
  genegeerdeSalarisParameters,
  sleutel,
  type CaoKeuze,
  type TariefgroepCel,
} from "./differentiatie";
import { InvoerFout } from "./errors";
import { indexeerJaar } from "./indexatie";
import { isMicroMetGroep, type MicroGroepUitkomst } from "./micro";
import { berekenMicroTarief, type MicroTariefResultaat } from "./microtarief";
import { indexeerReeksDecimaal, maakIndexPad } from "./reeks";
import { leesScenario, vergelijkScenarios, wijzigingenVoor, type ScenarioOverrides, type ScenarioVergelijking } from "./scenario";
import { prijsPerVolume } from "./segment";
import { berekenTarief, type TariefResultaat } from "./tarief";
import { controleerRegio, heeftTarief, productParameters, standaardInvoer, vindProduct, type Regio, type RegioMicroRegel } from "./regio-definitie";

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
    caoParameter:
      bron.caoParameter &&
      ((cao, naam, peildatum) => {
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
        for (const regel of regio.microRegels)
          tarieven.push({ product: p.product, regel, resultaat: berekenMicroTarief(standaardInvoer(regio, p), regel.regel, regel.onderbouwing, context) });
      }
    }
    micro.push({ aanbieder: a.naam, toets, tarieven });
  }

  // scenarios: tariff per product per scenario
  const scenarios = regio.scenarios.map((s) =>
    leesScenario(
      s,
      metTarief.map((p) => p.product),
    ),
  );
  for (const s of scenarios)
    for (const p of metTarief) {
      const genegeerd = genegeerdeSalarisParameters(wijzigingenVoor(s, p.product), standaardInvoer(regio, p).functiemix);
      if (genegeerd.length) {
        throw new InvoerFout(
          `Scenario '${s.naam}', product '${p.product}': ${genegeerd.join(", ")} heeft geen effect, want de normbezetting (of functiemix) geeft het salaris per niveau; wijzig de CAO-indeling of de parameters van het salaris (sociale_lasten, pensioenpremie, …).`,
          { parameter: genegeerd[0], toegestaan: "parameters die niet per niveau vastliggen" },
        );
      }
    }
  const vergelijking = vergelijkScenarios(
    metTarief.map((p) => ({ product: p.product, invoer: standaardInvoer(regio, p) })),
    scenarios,
    context,
  );

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
  return {
    regio,
    jaren,
    caos,
    tariefgroepen,
    caoKeuzes,
    bandbreedtes,
    aanbiederTarieven,
    afwijkingen,
    micro,
    scenarios,
    vergelijking,
    budget,
    overschrijdingen,
  };
}

/** Convenience: the region's standard tariff of one product under the reference CAO. */
export function standaardTarief(regio: Regio, product: string, context: RekenContext = {}): TariefResultaat {
  return berekenTarief(standaardInvoer(regio, vindProduct(regio, product)), context);
}
