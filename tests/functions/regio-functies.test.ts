/**
 * The region functions through the registered custom functions, on the sample region as sheet tables
 * (src/data/voorbeeldregio/bereiken.ts). Expected values are the hand computations of tests/core/regio.test.ts,
 * repeated here in comments; errors arrive as CustomFunctions.Error with the Dutch message.
 */
import * as f from "../../src/functions/functions";
import { voorbeeldRegioBereiken } from "../../src/data/voorbeeldregio/bereiken";

const B = voorbeeldRegioBereiken();
const nul = null as unknown as undefined;

function fout(g: () => unknown): { code: string; message: string } {
  try {
    g();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return e as { code: string; message: string };
  }
  throw new Error("verwachtte een fout");
}

const rijVan = (m: unknown[][], eerste: unknown) => m.find((r) => r[0] === eerste)!;

describe("RT.TARIEFGROEPEN and RT.TARIEFGROEP_OPBOUW", () => {
  test("product × CAO with the salary source per cell; Begeleiding individueel 59,03 / 39,29", () => {
    const t = f.tariefgroepen(B.producten, B.normbezetting, B.caoIndeling, nul);
    expect(t[0]).toEqual(["Product", "Eenheid", "Sociaal Werk", "Gehandicaptenzorg", "Salarisbron Sociaal Werk", "Salarisbron Gehandicaptenzorg"]);
    const r = rijVan(t, "Begeleiding individueel");
    // (0,6 × 3.773,64 + 0,4 × 3.258,84) × 12 × 1,16964 × 1,33 / 1.404 × 1,22 × 1,02 = 59,0294… ; GZ (2.433 / 2.319, × 1,1633) = 39,2864…
    expect(r.slice(1, 4)).toEqual(["per uur", 59.03, 39.29]);
    expect(r[5]).toBe("HBO-begeleider: € 2433,00 (tabel 2024-12-01, afgeleid); MBO-begeleider: € 2319,00 (tabel 2024-12-01, afgeleid)");
    expect(t).toHaveLength(1 + 16); // lump sums and the fixed route composition have no tariff group
  });

  test("one cell's breakdown; without a CAO the reference CAO, and the breakdown says so", () => {
    const o = f.tariefgroepOpbouw(B.producten, B.normbezetting, B.caoIndeling, "Begeleiding individueel", nul, "Sociaal Werk");
    expect(o[1]).toEqual(["CAO (tariefgroep)", "", "", "de aanbieder: geen CAO; referentie-CAO van de regio (Sociaal Werk) toegepast"]);
    expect(o[o.length - 1][1]).toBe(59.03);
    const gz = f.tariefgroepOpbouw(B.producten, B.normbezetting, B.caoIndeling, "Begeleiding individueel", "Gehandicaptenzorg", nul);
    expect(gz[gz.length - 1][1]).toBe(39.29);
    expect(fout(() => f.tariefgroepOpbouw(B.producten, B.normbezetting, B.caoIndeling, "Begeleiding individueel", "Jeugdzorg", nul)).message).toMatch(
      /^cao = 'Jeugdzorg' staat niet in de CAO-indeling \(Sociaal Werk, Gehandicaptenzorg\) en referentie_cao is leeg/,
    );
  });

  test("a CAO mapping that misses a level: #WAARDE! naming level, CAO and product", () => {
    const zonderMbo = B.caoIndeling.filter((r) => !(r[0] === "Gehandicaptenzorg" && r[1] === "MBO-begeleider"));
    const e = fout(() => f.tariefgroepen(B.producten, B.normbezetting, zonderMbo, nul));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      "De CAO-indeling mist niveau 'MBO-begeleider' voor CAO 'Gehandicaptenzorg' (nodig voor product 'Crisisopvang'); geef schaal en trede van dit niveau onder deze CAO.",
    );
  });
});

describe("RT.BANDBREEDTE, RT.TOETS_INZENDING, RT.AANBIEDERTARIEF(_OPBOUW)", () => {
  const band = () => f.bandbreedte(B.inzendingen, nul);
  const jeugdhulpPlus = [
    ["productiviteit", 0.62],
    ["overhead", 0.3],
    ["risico_opslag", 0.03],
  ];
  const onderbouwing = [["productiviteit", "zware doelgroep"]];
  // the region's standard input under Sociaal Werk for Begeleiding individueel, as the basis of the provider tariff
  const basis = [
    ["peildatum", "2025-01-01"],
    ["sociale_lasten", 0.2],
    ["pensioenpremie", 0.13],
    ["eenheid", "uur"],
  ];
  const mix = [
    ["functie", "aandeel", "cao", "schaal", "trede"],
    ["HBO-begeleider", 0.6, "Sociaal Werk", "Schaal 8", "5"],
    ["MBO-begeleider", 0.4, "Sociaal Werk", "Schaal 6", "5"],
  ];

  test("P25–P75 with P50 of the six submissions (PERCENTIEL.INC, hand-computed)", () => {
    expect(band().map((r) => r.slice(0, 5))).toEqual([
      ["Parameter", "Min", "Norm", "Max", "Aantal"],
      ["productiviteit", 0.685, 0.71, 0.7425, 6],
      ["overhead", 0.205, 0.23, 0.2475, 6],
      ["risico_opslag", 0.02, 0.02, 0.02375, 6],
    ]);
  });

  test("the check of one submission reads the bandwidth output back: onderbouwd / buiten / buiten", () => {
    const t = f.toetsInzending(jeugdhulpPlus, band(), onderbouwing);
    expect(t.slice(1).map((r) => [r[0], r[4], r[5]])).toEqual([
      ["productiviteit", "buiten bandbreedte, onderbouwd", 0.62],
      ["overhead", "buiten bandbreedte", 0.2475],
      ["risico_opslag", "buiten bandbreedte", 0.02375],
    ]);
  });

  test("provider-specific tariff 73,28 (hand-computed) and its breakdown with a row per checked value", () => {
    // (0,6 LK_HBO + 0,4 LK_MBO) / (1.872 × 0,62) × 1,2475 × 1,02375 = 73,2846… → 73,28
    expect(f.aanbiedertarief(jeugdhulpPlus, band(), onderbouwing, basis, mix)).toBe(73.28);
    const o = f.aanbiedertariefOpbouw(jeugdhulpPlus, band(), onderbouwing, basis, mix);
    expect(o.filter((r) => String(r[0]).startsWith("Bandbreedte ")).map((r) => r[0])).toEqual([
      "Bandbreedte productiviteit: buiten bandbreedte, onderbouwd",
      "Bandbreedte overhead: buiten bandbreedte",
      "Bandbreedte risico_opslag: buiten bandbreedte",
    ]);
    expect(o[o.length - 1][1]).toBe(73.28);
  });

  test("bad input: min > max, a missing parameter, an unknown name, a justification without text", () => {
    expect(
      fout(() =>
        f.toetsInzending(
          jeugdhulpPlus,
          [
            ["parameter", "min", "max"],
            ["overhead", 0.3, 0.2],
          ],
          nul,
        ),
      ).message,
    ).toBe("bandbreedte, rij 2: Bandbreedte voor overhead: min = 0,3 is groter dan max = 0,2; toegestaan: min ≤ max.");
    expect(fout(() => f.toetsInzending([["productiviteit", 0.7]], band(), nul)).message).toMatch(/mist parameter 'overhead'/);
    expect(fout(() => f.toetsInzending([["productivitiet", 0.7]], band(), nul)).message).toMatch(
      /Onbekende parameter 'productivitiet'.*Bedoelt u 'productiviteit'/,
    );
    expect(fout(() => f.toetsInzending(jeugdhulpPlus, band(), [["productiviteit", ""]])).message).toMatch(/de onderbouwing van 'productiviteit' is leeg/);
    expect(fout(() => f.bandbreedte([["aanbieder", "overhead"]], nul)).message).toMatch(/^inzendingen: de tabel heeft een kopregel maar geen enkele rij/);
  });
});

describe("RT.IS_MICRO with partners and linked enterprises; RT.MICROTARIEF(_OPBOUW)", () => {
  test("the existing three arguments still work; a 30% partner is added in", () => {
    expect(f.isMicro(8, 1500000, 2500000)).toBe(true);
    expect(f.isMicro(8, 1500000, 2500000, nul, nul)).toBe(true);
    // 4 + 0,3 × 12 = 7,6 → micro; with a 50% partner of 12: 4 + 6 = 10 → not micro
    expect(
      f.isMicro(
        4,
        380000,
        120000,
        [
          ["personeel", "jaaromzet", "balanstotaal", "aandeel"],
          [12, 900000, 400000, 0.3],
        ],
        nul,
      ),
    ).toBe(true);
    expect(
      f.isMicro(
        4,
        380000,
        120000,
        [
          ["personeel", "jaaromzet", "balanstotaal", "aandeel"],
          [12, 900000, 400000, 0.5],
        ],
        nul,
      ),
    ).toBe(false);
    expect(
      f.isMicro(4, 380000, 120000, nul, [
        ["personeel", "jaaromzet", "balanstotaal"],
        [6, 1, 1],
      ]),
    ).toBe(false);
    expect(
      fout(() =>
        f.isMicro(
          4,
          380000,
          120000,
          [
            ["personeel", "jaaromzet", "balanstotaal", "aandeel"],
            [12, -1, 400000, 0.3],
          ],
          nul,
        ),
      ).message,
    ).toBe("partneronderneming 1: jaaromzet = -1 is negatief; toegestaan: 0 of meer.");
  });

  const std = [
    ["peildatum", "2025-01-01"],
    ["sociale_lasten", 0.2],
    ["pensioenpremie", 0.13],
    ["overhead", 0.22],
    ["risico_opslag", 0.02],
    ["productiviteit", 0.75],
  ];
  const mix = [
    ["functie", "aandeel", "cao", "schaal", "trede"],
    ["HBO-begeleider", 0.6, "Sociaal Werk", "Schaal 8", "5"],
    ["MBO-begeleider", 0.4, "Sociaal Werk", "Schaal 6", "5"],
  ];

  test("each rule (hand-computed): (a) 85% of 59,03 = 50,18; (b) reference salary 3.400, overhead 12%, no risk = 50,36; (c) 58,00", () => {
    expect(f.microtarief(std, "percentage", [[0.85]], "pgb-achtig", mix)).toBe(50.18);
    // 3.400 × 12 × 1,1633 × 1,33 / 1.404 × 1,12 = 50,3563…
    expect(
      f.microtarief(
        std,
        "model",
        [
          ["maandsalaris", 3400],
          ["overhead", 0.12],
          ["risico_opslag", 0],
        ],
        "referentiesalaris",
        mix,
      ),
    ).toBe(50.36);
    expect(f.microtarief(std, "vast", [[58]], "marktconsultatie", mix)).toBe(58);
    const o = f.microtariefOpbouw(std, "percentage", [[0.85]], "pgb-achtig", mix);
    expect(o[1]).toEqual(["Microtariefregel", "", "", "(a) percentage van het standaardtarief: 85% van € 59,03"]);
    expect(o[2]).toEqual(["Onderbouwing", "", "", "pgb-achtig"]);
    expect(o[o.length - 1][1]).toBe(50.18);
  });

  test("a micro rule without its parameters or justification", () => {
    expect(fout(() => f.microtarief(std, "percentage", [[null]], "x", mix)).message).toMatch(/^Microtariefregel 'percentage' zonder percentage/);
    expect(fout(() => f.microtarief(std, "vast", [[58]], "", mix)).message).toMatch(/heeft geen onderbouwing/);
    expect(fout(() => f.microtarief(std, "korting", [[58]], "x", mix)).message).toMatch(/^regel = 'korting' is geen geldige keuze/);
  });
});

describe("RT.SCENARIO_VERGELIJKING, RT.BUDGET, RT.INDEXREEKS", () => {
  test("comparison: Begeleiding individueel 59,03 → 57,09 / 59,61 / 55,34 (hand-computed)", () => {
    const v = f.scenarioVergelijking(B.producten, B.scenarios, B.normbezetting, B.caoIndeling, "Sociaal Werk");
    expect(v[0].slice(0, 6)).toEqual(["Product", "Eenheid", "Basis", "Lagere overhead", "Verschil Lagere overhead", "Verschil % Lagere overhead"]);
    const r = rijVan(v, "Begeleiding individueel");
    expect([r[2], r[3], r[4], r[6], r[9], r[10], r[11]]).toEqual([59.03, 57.09, -1.94, 59.61, 55.34, -3.69, -0.062511]);
  });

  test("a 0 in the waarde column is a real zero (risico_opslag 0), not a blank cell: K × 1,22 = 57,8720… → 57,87", () => {
    const v = f.scenarioVergelijking(
      B.producten,
      [
        ["scenario", "parameter", "waarde"],
        ["Geen risico", "risico_opslag", 0],
      ],
      B.normbezetting,
      B.caoIndeling,
      "Sociaal Werk",
    );
    expect(rijVan(v, "Begeleiding individueel").slice(2, 4)).toEqual([59.03, 57.87]);
  });

  test("budget: Gouda × Begeleiding 2025–2027 and the ceiling exceeded in 2027 (hand-computed)", () => {
    const b = f.budget(
      B.producten,
      B.volumes,
      B.indexcijfers.slice(1).map((r) => [r[1]]),
      2025,
      B.scenarios,
      B.plafonds,
      nul,
      B.normbezetting,
      B.caoIndeling,
      "Sociaal Werk",
    );
    const r = (jaar: number) => b.find((x) => x[0] === "basis" && x[1] === jaar && x[2] === "Gouda" && x[3] === "S08")!;
    // 29.760 × 59,03 + 6.510 × 65,04 = 2.180.143,20; 2026: 61,17 / 67,40 → 2.259.193,20; 2027: 62,94 / 69,35 → 2.324.562,90 (ceiling 2.300.000)
    expect([r(2025)[4], r(2026)[4], r(2027)[4]]).toEqual([2180143.2, 2259193.2, 2324562.9]);
    expect([r(2026)[6], r(2027)[5], r(2027)[6]]).toEqual(["", 2300000, 24562.9]);
    const totaal = b.find((x) => x[0] === "basis" && x[1] === 2025 && x[2] === "Totaal" && x[3] === "Totaal")!;
    const delen = b.filter((x) => x[0] === "basis" && x[1] === 2025 && x[2] !== "Totaal" && x[3] !== "Totaal");
    // totals reconcile: compare in cents (integers), never as float sums
    expect(delen.reduce((s, x) => s + Math.round((x[4] as number) * 100), 0)).toBe(Math.round((totaal[4] as number) * 100));
  });

  test("bad input: negative or non-whole counts, a ceiling for an unknown segment or municipality, an unknown scenario parameter", () => {
    const args =
      (volumes: unknown[][], plafonds: unknown[][] | undefined, scenarios: unknown[][] | undefined = B.scenarios) =>
      () =>
        f.budget(B.producten, volumes, nul, 2025, scenarios, plafonds, nul, B.normbezetting, B.caoIndeling, "Sociaal Werk");
    expect(
      fout(
        args(
          [
            ["gemeente", "product", "volume"],
            ["Gouda", "Crisisopvang", -1],
          ],
          nul,
        ),
      ).message,
    ).toBe("Volume (volumes rij 2) van Crisisopvang in Gouda = -1 is negatief; toegestaan: 0 of meer.");
    expect(
      fout(
        args(
          [
            ["gemeente", "product", "volume"],
            ["Gouda", "Dyslexiezorg", 2.5],
          ],
          nul,
        ),
      ).message,
    ).toMatch(/^Volume \(volumes rij 2\) van Dyslexiezorg in Gouda = 2,5 is geen heel getal/);
    expect(
      fout(
        args(B.volumes, [
          ["gemeente", "segment", "plafond"],
          ["Gouda", "S99", 1],
        ]),
      ).message,
    ).toMatch(/^Budgetplafond \(plafonds rij 2\): segment 'S99' is onbekend/);
    expect(
      fout(
        args(B.volumes, [
          ["gemeente", "segment", "plafond"],
          ["Utrecht", "S08", 1],
        ]),
      ).message,
    ).toMatch(/^Budgetplafond \(plafonds rij 2\): gemeente 'Utrecht' is onbekend/);
    expect(
      fout(
        args(B.volumes, nul, [
          ["scenario", "parameter", "waarde"],
          ["X", "overhed", 0.2],
        ]),
      ).message,
    ).toMatch(/^Scenario 'X', rij 2: Onbekende parameter 'overhed'\. Bedoelt u 'overhead'\?/);
  });

  test("multi-year series of reeks.ts: 63,33 → 65,63 → 67,53 (hand: 63,33 × 1,0363 = 65,628879; × 1,029 = 67,5321…)", () => {
    const s = f.indexreeks(
      [
        ["loonkosten_per_uur", 42.22],
        ["productiviteit", 0.8],
        ["overhead", 0.2],
      ],
      [[0.0363], [0.029]],
      2025,
      nul,
    );
    expect(s.map((r) => [r[0], r[1]])).toEqual([
      ["Jaar", "Tarief"],
      [2025, 63.33],
      [2026, 65.63],
      [2027, 67.53],
    ]);
    // every row's lines add up to its tariff (in cents)
    for (const r of s.slice(1)) expect((r.slice(2) as number[]).reduce((a, x) => a + Math.round(x * 100), 0)).toBe(Math.round((r[1] as number) * 100));
  });
});
