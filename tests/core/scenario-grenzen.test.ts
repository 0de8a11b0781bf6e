/**
 * Scenarios (scenario.ts): which overrides reuse the base's personnel cost (counted through the CAO lookups), how
 * overrides are read and merged, and the comparison with its absolute and relative difference.
 * Base (no CAO): K = 3.500 × 12 × 1,1633 × 1,31 / 1.404 = 45,5874401709…; tarief = K × 1,2 = 54,7049… → 54,70.
 */
import { Decimal } from "../../src/core/decimal";
import type { CaoBron } from "../../src/core/bronnen";
import { leesFunctiemixBereik, leesParameterObject } from "../../src/core/parameters/lezen";
import { berekenScenarios, leesScenario, scenarioInvoer, vergelijkScenarios, wijzigingenVoor } from "../../src/core/scenario";
import type { TariefInvoer } from "../../src/core/tarief";
import { standaardCaoBron } from "../../src/data";
import { invoerMelding as melding } from "../helpers/fout";

const basis = (): TariefInvoer => ({
  parameters: leesParameterObject({ maandsalaris: 3500, sociale_lasten: 0.18, pensioenpremie: 0.13, productiviteit: 0.75, overhead: 0.2 }),
});

/** A CAO base whose salary lookups are counted: each computed personnel cost looks the salary up. */
function telBron(): { bron: CaoBron; telling: () => number } {
  let n = 0;
  const bron: CaoBron = {
    ...standaardCaoBron,
    salaris: (o) => {
      n++;
      return standaardCaoBron.salaris(o);
    },
  };
  return { bron, telling: () => n };
}
const caoBasis = (): TariefInvoer => ({
  parameters: leesParameterObject({
    cao: "Sociaal Werk",
    schaal: "8",
    trede: "5",
    sociale_lasten: 0.18,
    pensioenpremie: 0.13,
    productiviteit: 0.75,
    overhead: 0.2,
  }),
});

describe("berekenScenarios reuses the base's personnel cost only for overhead, risk and rounding", () => {
  test("overhead, conventions, risk and rounding: one lookup for all of them", () => {
    const { bron, telling } = telBron();
    const ctx = { caoBron: bron, vandaag: "2025-01-01" };
    berekenScenarios(caoBasis(), [{ naam: "basis" }], ctx);
    const een = telling();
    expect(een).toBeGreaterThan(0);
    const p = (o: Record<string, unknown>) => leesParameterObject(o);
    const uit = berekenScenarios(
      caoBasis(),
      [
        { naam: "basis" },
        { naam: "overhead", parameters: p({ overhead: 0.1 }) },
        { naam: "conventie", parameters: p({ overhead_conventie: "aandeel" }) },
        { naam: "materieel", parameters: p({ overhead_over_materieel: "ja" }) },
        { naam: "risico", parameters: p({ risico_opslag: 0.03 }) },
        { naam: "afronding", parameters: p({ afronding: "euro" }) },
        { naam: "leeg", parameters: { productiviteit: undefined } as never },
      ],
      ctx,
    );
    expect(telling()).toBe(2 * een);
    expect(uit.map((u) => u.naam)).toEqual(["basis", "overhead", "conventie", "materieel", "risico", "afronding", "leeg"]);
    expect(uit[6].resultaat.tarief.eq(uit[0].resultaat.tarief)).toBe(true);
    expect(uit[5].resultaat.tarief.isInteger()).toBe(true);
  });

  test("any other parameter or a functiemix computes a new personnel cost", () => {
    const { bron, telling } = telBron();
    const ctx = { caoBron: bron, vandaag: "2025-01-01" };
    berekenScenarios(caoBasis(), [{ naam: "basis" }], ctx);
    const een = telling();
    berekenScenarios(caoBasis(), [{ naam: "productiviteit", parameters: leesParameterObject({ productiviteit: 0.8 }) }], ctx);
    expect(telling()).toBe(2 * een);
    berekenScenarios(caoBasis(), [{ naam: "trede", parameters: leesParameterObject({ trede: "6" }) }], ctx);
    expect(telling()).toBe(3 * een);
  });

  test("a functiemix scenario uses its own mix: 0,5 × 4.200 + 0,5 × 3.100 = 3.650 → 57,05", () => {
    const mix = leesFunctiemixBereik([
      ["functie", "aandeel", "maandsalaris"],
      ["HBO", 0.5, 4200],
      ["MBO", 0.5, 3100],
    ]);
    const uit = berekenScenarios(basis(), [{ naam: "basis" }, { naam: "mix", functiemix: mix }], { vandaag: "2025-01-01" });
    expect(uit[0].resultaat.tarief.toFixed(2)).toBe("54.70");
    // 3.650 × 12 × 1,1633 × 1,31 / 1.404 × 1,2 = 57,0494…
    expect(uit[1].resultaat.tarief.toFixed(2)).toBe("57.05");
  });

  test("each scenario is recorded with its own input", () => {
    const vastgelegd: [string, string][] = [];
    berekenScenarios(basis(), [{ naam: "basis" }, { naam: "p", parameters: leesParameterObject({ productiviteit: 0.8 }) }], {
      vandaag: "2025-01-01",
      vastleggen: (invoer, r) => vastgelegd.push([String(invoer.parameters.productiviteit), r.tarief.toFixed(2)]),
    });
    // 45,5874401709 × 0,75 / 0,8 × 1,2 = 51,2858… → 51,29
    expect(vastgelegd).toEqual([
      ["0.75", "54.70"],
      ["0.8", "51.29"],
    ]);
  });
});

describe("scenarioInvoer", () => {
  test("an undefined override leaves the base's value; a defined one replaces it; the base's functiemix stays", () => {
    const mix = leesFunctiemixBereik([
      ["functie", "aandeel", "maandsalaris"],
      ["A", 1, 3000],
    ]);
    const b = { ...basis(), functiemix: mix };
    const i = scenarioInvoer(b, { naam: "s", parameters: { overhead: undefined, risico_opslag: new Decimal("0.02") } as never });
    expect(String(i.parameters.overhead)).toBe("0.2");
    expect(String(i.parameters.risico_opslag)).toBe("0.02");
    expect("overhead" in i.parameters).toBe(true);
    expect(i.functiemix).toBe(mix);
    expect(scenarioInvoer(b, { naam: "leeg" }).parameters).toBe(b.parameters);
  });
});

describe("leesScenario", () => {
  const producten = ["Begeleiding individueel", "Dagbesteding"];

  test("the name is trimmed; a blank name is refused", () => {
    expect(leesScenario({ naam: "  Hoog  ", wijzigingen: [] }, producten).naam).toBe("Hoog");
    expect(melding(() => leesScenario({ naam: "  ", wijzigingen: [] }, producten))).toBe("Een scenario heeft geen naam; geef elk scenario een naam.");
    expect(melding(() => leesScenario({ naam: undefined as never, wijzigingen: [] }, producten))).toBe(
      "Een scenario heeft geen naam; geef elk scenario een naam.",
    );
  });

  test("blank and * mean every product; a product is found without case or extra spaces", () => {
    const s = leesScenario(
      {
        naam: "S",
        wijzigingen: [
          { product: " ", parameter: "overhead", waarde: 0.1 },
          { product: " * ", parameter: "risico_opslag", waarde: 0.03 },
          { product: " begeleiding   INDIVIDUEEL ", parameter: "overhead", waarde: 0.3 },
        ],
      },
      producten,
    );
    expect(Object.keys(s.alle).sort()).toEqual(["overhead", "risico_opslag"]);
    expect([...s.perProduct.keys()]).toEqual(["Begeleiding individueel"]);
    // the product's own override wins over the one for all products
    expect(String(wijzigingenVoor(s, "Begeleiding individueel").overhead)).toBe("0.3");
    expect(String(wijzigingenVoor(s, "Begeleiding individueel").risico_opslag)).toBe("0.03");
    expect(wijzigingenVoor(s, "Dagbesteding")).toBe(s.alle);
  });

  test("an unknown product and a parameter changed twice are refused with the place", () => {
    expect(
      melding(() => leesScenario({ naam: "S", wijzigingen: [{ product: "Vervoer", parameter: "overhead", waarde: 0.1, waar: "rij 4" }] }, producten)),
    ).toBe("Scenario 'S', rij 4, product 'Vervoer': product 'Vervoer' is onbekend; laat de kolom product leeg (of '*') voor alle producten.");
    expect(
      melding(() =>
        leesScenario(
          {
            naam: "S",
            wijzigingen: [
              { product: "Dagbesteding", parameter: "overhead", waarde: 0.1 },
              { product: "dagbesteding", parameter: "overhead", waarde: 0.2 },
            ],
          },
          producten,
        ),
      ),
    ).toBe("Scenario 'S', product 'dagbesteding': parameter 'overhead' wordt twee keer gewijzigd; geef elke wijziging één keer.");
    expect(
      melding(() =>
        leesScenario(
          {
            naam: "S",
            wijzigingen: [
              { parameter: "overhead", waarde: 0.1 },
              { parameter: "overhead", waarde: 0.2, waar: "rij 3" },
            ],
          },
          producten,
        ),
      ),
    ).toBe("Scenario 'S', rij 3: parameter 'overhead' wordt twee keer gewijzigd; geef elke wijziging één keer.");
    // the same parameter for all products and for one product is no conflict
    expect(() =>
      leesScenario(
        {
          naam: "S",
          wijzigingen: [
            { parameter: "overhead", waarde: 0.1 },
            { product: "Dagbesteding", parameter: "overhead", waarde: 0.2 },
          ],
        },
        producten,
      ),
    ).not.toThrow();
    expect(melding(() => leesScenario({ naam: "S", wijzigingen: [{ parameter: "overhead", waarde: 22 }] }, producten))).toMatch(/^Scenario 'S': /);
  });
});

describe("vergelijkScenarios", () => {
  test("difference and relative difference to the base, per product", () => {
    const s = leesScenario({ naam: "P80", wijzigingen: [{ parameter: "productiviteit", waarde: 0.8 }] }, ["A"]);
    const [v] = vergelijkScenarios([{ product: "A", invoer: basis() }], [s], { vandaag: "2025-01-01" });
    expect(v.product).toBe("A");
    expect(v.basis.tarief.toFixed(2)).toBe("54.70");
    expect(v.scenarios.map((x) => [x.naam, x.resultaat.tarief.toFixed(2), x.verschil.toFixed(2)])).toEqual([["P80", "51.29", "-3.41"]]);
    // −3,41 / 54,70 = −0,0623400…
    expect(v.scenarios[0].relatief!.toDecimalPlaces(6).toString()).toBe("-0.06234");
  });
});
