/** Scenarios (§9): overrides on a base; results equal computing each scenario's parameters from scratch. */
import { leesFunctiemixBereik, leesParameterBereik, leesParameterObject } from "../../src/core/parameters/lezen";
import { berekenScenarios } from "../../src/core/scenario";
import { berekenTarief } from "../../src/core/tarief";
import { BASIS } from "./helpers";

describe("berekenScenarios", () => {
  // read inside each test, not while Jest collects them (docs/mutatie.md)
  const scenarioLijst = () => [
    { naam: "basis" },
    { naam: "risico 2%", parameters: leesParameterObject({ risico_opslag: 0.02 }) },
    { naam: "overhead als aandeel", parameters: leesParameterObject({ overhead: 0.22, overhead_conventie: "aandeel", afronding: "zestigvoud" }) },
    { naam: "lagere productiviteit", parameters: leesParameterObject({ productiviteit: 0.7 }) },
    {
      naam: "functiemix",
      functiemix: leesFunctiemixBereik([
        ["functie", "aandeel", "maandsalaris"],
        ["HBO", 0.5, 4200],
        ["MBO", 0.5, 3100],
      ]),
    },
  ];
  const invoer = () => ({ basis: { parameters: leesParameterBereik(BASIS) }, scenarios: scenarioLijst() });

  test("every scenario equals a from-scratch calculation of the merged parameters, breakdown included", () => {
    const { basis, scenarios } = invoer();
    const uit = berekenScenarios(basis, scenarios);
    expect(uit.map((u) => u.naam)).toEqual(scenarios.map((s) => s.naam));
    uit.forEach((u, i) => {
      const s = scenarios[i];
      const los = berekenTarief({ parameters: { ...basis.parameters, ...(s.parameters ?? {}) }, functiemix: s.functiemix });
      expect(u.resultaat.tarief.toString()).toBe(los.tarief.toString());
      expect(u.resultaat.opbouw.map((r) => r.bedrag.toString())).toEqual(los.opbouw.map((r) => r.bedrag.toString()));
      expect(u.resultaat.conventies).toEqual(los.conventies);
    });
  });

  test("risk and overhead scenarios differ from the base only after the personnel cost", () => {
    const { basis, scenarios } = invoer();
    const [b, r] = berekenScenarios(basis, scenarios.slice(0, 2));
    expect(r.resultaat.kostprijs.equals(b.resultaat.kostprijs)).toBe(true);
    expect(r.resultaat.tarief.greaterThan(b.resultaat.tarief)).toBe(true);
  });
});
