/**
 * Scenarios (domain spec §9): a scenario is a named set of parameter overrides on a base (and optionally its own
 * functiemix). Comparing scenarios of one product recomputes only what an override touches: overrides of
 * overhead, risk or rounding reuse the base's personnel cost (the Kern); anything else computes a new one.
 */
import type { RekenContext } from "./bronnen";
import type { Decimal } from "./decimal";
import { InvoerFout } from "./errors";
import { leesParameterObject } from "./parameters/lezen";
import type { FunctieParameters, Parameters } from "./parameters/schema";
import type { Kern } from "./kern";
import { sleutel } from "./differentiatie/normbezetting";
import { berekenKern, voltooiTarief, type TariefInvoer, type TariefResultaat } from "./tarief";

export interface Scenario {
  naam: string;
  /** parameter overrides on the base (canonical names, validated like any parameter set) */
  parameters?: Parameters;
  /** replaces the base's functiemix */
  functiemix?: readonly FunctieParameters[];
}

export interface ScenarioResultaat {
  naam: string;
  resultaat: TariefResultaat;
}

/** Parameters that only act after the Kern: overhead, risk and rounding. */
const NA_KERN: ReadonlySet<string> = new Set(["overhead", "overhead_conventie", "overhead_over_materieel", "risico_opslag", "afronding"]);

function raaktKern(s: Scenario): boolean {
  if (s.functiemix) return true;
  for (const [k, v] of Object.entries(s.parameters ?? {})) if (v !== undefined && !NA_KERN.has(k)) return true;
  return false;
}

export function berekenScenarios(basis: TariefInvoer, scenarios: readonly Scenario[], context: RekenContext = {}): ScenarioResultaat[] {
  let basisKern: Kern | undefined;
  return scenarios.map((s) => {
    const invoer = scenarioInvoer(basis, s);
    let kern: Kern;
    if (raaktKern(s)) kern = berekenKern(invoer, context);
    else kern = basisKern ??= berekenKern(basis, context);
    const resultaat = voltooiTarief(kern, invoer.parameters);
    context.vastleggen?.(invoer, resultaat);
    return { naam: s.naam, resultaat };
  });
}

/** The input a scenario computes: the base with the scenario's overrides and functiemix (also for the audit block). */
export function scenarioInvoer(basis: TariefInvoer, s: Scenario): TariefInvoer {
  const parameters: Parameters = s.parameters ? { ...basis.parameters, ...definieerd(s.parameters) } : basis.parameters;
  return { parameters, functiemix: s.functiemix ?? basis.functiemix };
}

function definieerd(p: Parameters): Parameters {
  const uit: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) if (v !== undefined) uit[k] = v;
  return uit;
}

/** One override of a scenario: a parameter for one product, or for every product when `product` is absent. */
export interface ScenarioWijziging {
  product?: string;
  parameter: string;
  waarde: unknown;
  /** where it came from, for messages (e.g. "rij 4") */
  waar?: string;
}

export interface ScenarioDefinitie {
  naam: string;
  omschrijving?: string;
  wijzigingen: readonly ScenarioWijziging[];
}

/** The validated overrides of a scenario: for all products, and per product (product overrides win). */
export interface ScenarioOverrides {
  naam: string;
  alle: Parameters;
  perProduct: Map<string, Parameters>;
}

/** Reads a scenario's overrides through the canonical vocabulary; unknown parameters and products are errors. */
export function leesScenario(def: ScenarioDefinitie, producten: readonly string[]): ScenarioOverrides {
  const naam = def.naam?.trim();
  if (!naam) throw new InvoerFout("Een scenario heeft geen naam; geef elk scenario een naam.", { parameter: "scenario" });
  const ruwAlle: Record<string, unknown> = {};
  const ruwPer = new Map<string, Record<string, unknown>>();
  for (const w of def.wijzigingen) {
    const waar = `Scenario '${naam}'${w.waar ? `, ${w.waar}` : ""}${w.product ? `, product '${w.product}'` : ""}`;
    let doel = ruwAlle;
    if (w.product !== undefined && w.product.trim() !== "" && w.product.trim() !== "*") {
      const p = producten.find((x) => sleutel(x) === sleutel(w.product!));
      if (!p)
        throw new InvoerFout(`${waar}: product '${w.product}' is onbekend; laat de kolom product leeg (of '*') voor alle producten.`, {
          parameter: "product",
          waarde: w.product,
          toegestaan: producten.join(", "),
        });
      doel = ruwPer.get(p) ?? {};
      ruwPer.set(p, doel);
    }
    try {
      const gelezen = leesParameterObject({ [w.parameter]: w.waarde });
      for (const [k, v] of Object.entries(gelezen)) {
        if (k in doel) throw new InvoerFout(`parameter '${k}' wordt twee keer gewijzigd; geef elke wijziging één keer.`, { parameter: k });
        doel[k] = v;
      }
    } catch (e) {
      if (e instanceof InvoerFout) throw new InvoerFout(`${waar}: ${e.message}`, e.details);
      throw e;
    }
  }
  return { naam, alle: ruwAlle, perProduct: new Map<string, Parameters>(ruwPer) };
}

/** The overrides a scenario makes for one product. */
export function wijzigingenVoor(s: ScenarioOverrides, product: string): Parameters {
  const eigen = s.perProduct.get(product);
  return eigen ? { ...s.alle, ...eigen } : s.alle;
}

export interface ScenarioVergelijking {
  product: string;
  basis: TariefResultaat;
  scenarios: { naam: string; resultaat: TariefResultaat; verschil: Decimal; /** (scenario − basis) / basis; undefined when basis = 0 */ relatief?: Decimal }[];
}

/** Tariff per product per scenario with the absolute and relative difference to the base. */
export function vergelijkScenarios(
  producten: readonly { product: string; invoer: TariefInvoer }[],
  scenarios: readonly ScenarioOverrides[],
  context: RekenContext = {},
): ScenarioVergelijking[] {
  return producten.map(({ product, invoer }) => {
    const uit = berekenScenarios(invoer, [{ naam: "basis" }, ...scenarios.map((s) => ({ naam: s.naam, parameters: wijzigingenVoor(s, product) }))], context);
    const basis = uit[0].resultaat;
    return {
      product,
      basis,
      scenarios: uit.slice(1).map((u) => {
        const verschil = u.resultaat.tarief.minus(basis.tarief);
        return { naam: u.naam, resultaat: u.resultaat, verschil, relatief: basis.tarief.isZero() ? undefined : verschil.dividedBy(basis.tarief) };
      }),
    };
  });
}
