/**
 * Differentiation by CAO (differentiatie/): the norm's checks at their bounds, the functiemix a norm gives under a
 * CAO, which salary overrides a functiemix ignores, the tariff groups and the CAO a provider is assigned.
 * Tariffs with the sample CAO data: Sociaal Werk Schaal 8/5 = 3.773,64 and Schaal 6/5 = 3.258,84 (see regio.test.ts).
 */
import { Decimal } from "../../src/core/decimal";
import {
  berekenTariefgroepen,
  caosInIndeling,
  caoVoorAanbieder,
  controleerNorm,
  functiemixVoorCao,
  genegeerdeSalarisParameters,
  salarisbron,
  sleutel,
  tariefgroepCel,
  type CaoNiveau,
} from "../../src/core/differentiatie";
import { leesFunctiemixBereik, leesParameterObject } from "../../src/core/parameters/lezen";
import { berekenTarief } from "../../src/core/tarief";
import { standaardCaoBron } from "../../src/data";
import { invoerMelding as melding } from "../helpers/fout";

const D = (x: string | number) => new Decimal(x);
const INDELING: CaoNiveau[] = [
  { cao: " Sociaal Werk ", niveau: "HBO", schaal: "Schaal 8", trede: "5" },
  {
    cao: "sociaal werk",
    niveau: "MBO",
    schaal: "Schaal 6",
    trede: "5",
    parameters: leesFunctiemixBereik([
      ["functie", "aandeel", "ort"],
      ["x", 1, 0.05],
    ])[0],
  },
  { cao: "Jeugdzorg", niveau: "HBO", schaal: "9", trede: "3" },
];

describe("controleerNorm at its bounds", () => {
  test("a single level of share 1 passes; shares adding to exactly 1 pass", () => {
    expect(() => controleerNorm("P", [{ niveau: "HBO", aandeel: D(1) }])).not.toThrow();
    expect(() =>
      controleerNorm("P", [
        { niveau: "HBO", aandeel: D("0.6") },
        { niveau: "MBO", aandeel: D("0.4") },
      ]),
    ).not.toThrow();
  });

  test("a share of 0 or above 1, a level named twice (without case), a sum not 1 are refused", () => {
    expect(melding(() => controleerNorm("P", [{ niveau: "HBO", aandeel: D(0) }]))).toBe(
      "Product 'P', niveau 'HBO': aandeel = 0; toegestaan: groter dan 0 en ten hoogste 1.",
    );
    expect(melding(() => controleerNorm("P", [{ niveau: "HBO", aandeel: D("1.0001") }]))).toBe(
      "Product 'P', niveau 'HBO': aandeel = 1,0001; toegestaan: groter dan 0 en ten hoogste 1.",
    );
    expect(
      melding(() =>
        controleerNorm("P", [
          { niveau: "HBO", aandeel: D("0.5") },
          { niveau: " hbo ", aandeel: D("0.5") },
        ]),
      ),
    ).toBe("Product 'P': niveau ' hbo ' staat twee keer in de normbezetting.");
    expect(
      melding(() =>
        controleerNorm("P", [
          { niveau: "HBO", aandeel: D("0.6") },
          { niveau: "MBO", aandeel: D("0.3999") },
        ]),
      ),
    ).toBe("Product 'P': de aandelen van de normbezetting tellen op tot 0,9999; toegestaan: samen precies 1 (100%).");
  });
});

describe("caosInIndeling and sleutel", () => {
  test("CAOs in order of first mention, first spelling trimmed, merged without case and extra spaces", () => {
    expect(caosInIndeling(INDELING)).toEqual(["Sociaal Werk", "Jeugdzorg"]);
    expect(caosInIndeling([])).toEqual([]);
    expect(sleutel("  Sociaal \t  WERK ")).toBe("sociaal werk");
  });
});

describe("functiemixVoorCao", () => {
  test("each level gets its scale and step under the CAO, the level's parameters and the CAO's first spelling", () => {
    const mix = functiemixVoorCao(
      "P",
      [
        { niveau: "mbo", aandeel: D("0.4") },
        { niveau: "HBO", aandeel: D("0.6") },
      ],
      INDELING,
      "SOCIAAL WERK",
    );
    expect(mix.map((r) => [r.functie, String(r.aandeel), r.cao, r.schaal, r.trede, r.ort === undefined ? "-" : String(r.ort)])).toEqual([
      ["mbo", "0.4", "sociaal werk", "Schaal 6", "5", "0.05"],
      ["HBO", "0.6", "Sociaal Werk", "Schaal 8", "5", "-"],
    ]);
  });

  test("a CAO not in the mapping, or a level it lacks, is refused with what is available", () => {
    expect(melding(() => functiemixVoorCao("P", [{ niveau: "HBO", aandeel: D(1) }], INDELING, "GGZ"))).toBe(
      "CAO 'GGZ' staat niet in de CAO-indeling; beschikbaar: Sociaal Werk, Jeugdzorg.",
    );
    expect(melding(() => functiemixVoorCao("P", [{ niveau: "HBO", aandeel: D(1) }], [], "GGZ"))).toBe(
      "CAO 'GGZ' staat niet in de CAO-indeling; beschikbaar: (geen).",
    );
    expect(melding(() => functiemixVoorCao("P", [{ niveau: "MBO", aandeel: D(1) }], INDELING, "Jeugdzorg"))).toBe(
      "De CAO-indeling mist niveau 'MBO' voor CAO 'Jeugdzorg' (nodig voor product 'P'); geef schaal en trede van dit niveau onder deze CAO.",
    );
    expect(melding(() => functiemixVoorCao("P", [], INDELING, "Jeugdzorg"))).toMatch(/heeft geen normbezetting/);
  });
});

describe("genegeerdeSalarisParameters", () => {
  const mixMet = (kolom: string, waarde: unknown) =>
    leesFunctiemixBereik([
      ["functie", "aandeel", kolom],
      ["A", 1, waarde],
    ]);
  const alles = leesParameterObject({ maandsalaris: 3000, loonkosten_per_uur: 40, overhead: 0.2 });

  test("without a mix, or when a row has no salary of its own, nothing is ignored", () => {
    expect(genegeerdeSalarisParameters(alles, undefined)).toEqual([]);
    expect(genegeerdeSalarisParameters(alles, [])).toEqual([]);
    expect(genegeerdeSalarisParameters(alles, mixMet("ort", 0.05))).toEqual([]);
    const gemengd = leesFunctiemixBereik([
      ["functie", "aandeel", "maandsalaris"],
      ["A", 0.5, 3000],
      ["B", 0.5, null],
    ]);
    expect(genegeerdeSalarisParameters(alles, gemengd)).toEqual([]);
  });

  test("every row brings a salary (maandsalaris, schaal, loonkosten_fte or loonkosten_per_uur): the product's salary keys are ignored, in order", () => {
    expect(genegeerdeSalarisParameters(alles, mixMet("maandsalaris", 3000))).toEqual(["maandsalaris", "loonkosten_per_uur"]);
    expect(genegeerdeSalarisParameters(alles, mixMet("loonkosten_fte", 60000))).toEqual(["maandsalaris", "loonkosten_per_uur"]);
    expect(genegeerdeSalarisParameters(alles, mixMet("loonkosten_per_uur", 40))).toEqual(["maandsalaris", "loonkosten_per_uur"]);
    const schaal = leesFunctiemixBereik([
      ["functie", "aandeel", "cao", "schaal", "trede"],
      ["A", 1, "Sociaal Werk", "8", "5"],
    ]);
    expect(genegeerdeSalarisParameters({ cao: "X", schaal: "1", trede: "2", loonkosten_fte: 1, overhead: 1 }, schaal)).toEqual([
      "cao",
      "schaal",
      "trede",
      "loonkosten_fte",
    ]);
    expect(genegeerdeSalarisParameters({ overhead: 1, maandsalaris: undefined }, schaal)).toEqual([]);
  });
});

describe("tariff groups", () => {
  const ctx = { caoBron: standaardCaoBron, vandaag: "2025-01-01" };
  const product = () => ({
    product: "Begeleiding individueel",
    parameters: leesParameterObject({
      peildatum: "2025-01-01",
      sociale_lasten: 0.2,
      pensioenpremie: 0.13,
      overhead: 0.22,
      risico_opslag: 0.02,
      productiviteit: 0.75,
    }),
    norm: [
      { niveau: "HBO", aandeel: D("0.6") },
      { niveau: "MBO", aandeel: D("0.4") },
    ],
  });

  test("one cell: 59,03 under Sociaal Werk (hand-computed in regio.test.ts), the CAO's spelling and the salary source", () => {
    const zonderOrt = INDELING.map((r) => ({ ...r, parameters: undefined }));
    const c = tariefgroepCel(product(), zonderOrt, "sociaal  werk", ctx);
    expect(c.product).toBe("Begeleiding individueel");
    expect(c.cao).toBe("Sociaal Werk");
    expect(c.resultaat.tarief.toFixed(2)).toBe("59.03");
    expect(c.salarisbron).toMatch(/^HBO: € 3773,64 \(tabel 2024-07-01, secundair\); MBO: € 3258,84 \(tabel 2024-07-01, secundair\)$/);
  });

  test("every product × every CAO, or only the CAOs asked for", () => {
    const indeling = INDELING.filter((r) => r.cao.trim() !== "Jeugdzorg").map((r) => ({ ...r, parameters: undefined }));
    const alle = berekenTariefgroepen([product(), { ...product(), product: "Tweede" }], indeling, ctx);
    expect(alle.map((c) => [c.product, c.cao])).toEqual([
      ["Begeleiding individueel", "Sociaal Werk"],
      ["Tweede", "Sociaal Werk"],
    ]);
    expect(berekenTariefgroepen([product()], indeling, ctx, [])).toEqual([]);
  });

  test("salarisbron: a given monthly salary and given wage costs", () => {
    const r = berekenTarief(
      {
        parameters: leesParameterObject({ productiviteit: 0.75, overhead: 0.2, sociale_lasten: 0.18, pensioenpremie: 0.13 }),
        functiemix: leesFunctiemixBereik([
          ["functie", "aandeel", "maandsalaris", "loonkosten_per_uur"],
          ["A", 0.5, 3000, null],
          ["B", 0.5, null, 40],
        ]),
      },
      ctx,
    );
    expect(salarisbron(r)).toBe("A: € 3000,00 (opgegeven); B: loonkosten opgegeven (opgegeven)");
  });
});

describe("caoVoorAanbieder", () => {
  test("its own CAO when the mapping has it (without case), else the reference CAO with the reason", () => {
    expect(caoVoorAanbieder("A", "jeugdzorg", "Sociaal Werk", INDELING)).toEqual({
      cao: "Jeugdzorg",
      referentie: false,
      toelichting: "A past CAO Jeugdzorg toe",
    });
    expect(caoVoorAanbieder("A", "GGZ", "sociaal werk", INDELING)).toEqual({
      cao: "Sociaal Werk",
      referentie: true,
      toelichting: "A: CAO 'GGZ' heeft geen tariefgroep in de regio; referentie-CAO van de regio (Sociaal Werk) toegepast",
    });
    expect(caoVoorAanbieder("A", "  ", "Jeugdzorg", INDELING)).toEqual({
      cao: "Jeugdzorg",
      referentie: true,
      toelichting: "A: geen CAO; referentie-CAO van de regio (Jeugdzorg) toegepast",
    });
    expect(caoVoorAanbieder("A", undefined, "Jeugdzorg", INDELING).toelichting).toBe("A: geen CAO; referentie-CAO van de regio (Jeugdzorg) toegepast");
    expect(melding(() => caoVoorAanbieder("A", "Onbekend", "GGZ", INDELING))).toBe(
      "referentie_cao = 'GGZ' staat niet in de CAO-indeling; beschikbaar: Sociaal Werk, Jeugdzorg.",
    );
    // its own CAO is found before the reference is checked
    expect(caoVoorAanbieder("A", "Jeugdzorg", "GGZ", INDELING).cao).toBe("Jeugdzorg");
  });
});
