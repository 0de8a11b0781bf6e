/**
 * Scenarios (domain spec §9): a scenario is a named set of parameter overrides on a base (and optionally its own
 * functiemix). Comparing scenarios of one product recomputes only what an override touches: overrides of
 * overhead, risk or rounding reuse the base's personnel cost (the Kern); anything else computes a new one.
 */
import type { RekenContext } from "./bronnen";
import type { FunctieParameters, Parameters } from "./parameters/schema";
import { berekenKern, voltooiTarief, type Kern, type TariefInvoer, type TariefResultaat } from "./tarief";

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
  for (const k in s.parameters ?? {}) if ((s.parameters as Record<string, unknown>)[k] !== undefined && !NA_KERN.has(k)) return true;
  return false;
}

export function berekenScenarios(basis: TariefInvoer, scenarios: readonly Scenario[], context: RekenContext = {}): ScenarioResultaat[] {
  let basisKern: Kern | undefined;
  return scenarios.map((s) => {
    const parameters: Parameters = s.parameters ? { ...basis.parameters, ...definieerd(s.parameters) } : basis.parameters;
    let kern: Kern;
    if (raaktKern(s)) kern = berekenKern({ parameters, functiemix: s.functiemix ?? basis.functiemix }, context);
    else kern = basisKern ??= berekenKern(basis, context);
    return { naam: s.naam, resultaat: voltooiTarief(kern, parameters) };
  });
}

function definieerd(p: Parameters): Parameters {
  const uit: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) if (v !== undefined) uit[k] = v;
  return uit as Parameters;
}
