/**
 * The region adapters (src/functions/adapters/regio.ts) at their edges: every refusal with its exact message, the
 * output tables of RT.BANDBREEDTE, RT.TOETS_INZENDING, RT.AANBIEDERTARIEF_OPBOUW and RT.MICROTARIEF_OPBOUW cell by
 * cell, and the defaults of optional arguments (Stryker: headings, parameter names handed to the readers and the
 * blank-cell branches survived because no test looked at them). Small hand-made regions keep the numbers checkable.
 */
import * as r from "../../src/functions/adapters/regio";
import { voorbeeldRegioBereiken } from "../../src/data/voorbeeldregio/bereiken";
import { invoerMelding as melding } from "../helpers/fout";

const B = voorbeeldRegioBereiken();
const nul = null as unknown as undefined;

// two products at a given hourly cost: Begeleiding 40 / 0,8 × 1,2 = 60,00; Dagbesteding 30 / 0,75 × 1,1 = 44,00
const PRODUCTEN = [
  ["product", "segment", "loonkosten_per_uur", "productiviteit", "overhead"],
  ["Begeleiding", "", 40, 0.8, 0.2],
  ["Dagbesteding", "S2", 30, 0.75, 0.1],
];

// norm staffing for one product; Vervoer and Schoonmaak give their personnel cost directly, Dagbesteding has neither
const NORM_PRODUCTEN = [
  ["product", "segment", "peildatum", "sociale_lasten", "pensioenpremie", "productiviteit", "overhead", "loonkosten_per_uur", "loonkosten_fte"],
  ["Begeleiding", "S1", "2025-01-01", 0.2, 0.13, 0.75, 0.2, "", ""],
  ["Vervoer", "S1", "", "", "", 0.8, 0.1, 30, ""],
  ["Schoonmaak", "S1", "", "", "", 0.8, 0.1, "", 50000],
  ["Dagbesteding", "S1", "2025-01-01", 0.2, 0.13, 0.75, 0.2, "", ""],
];
const NORM = [
  ["product", "niveau", "aandeel"],
  ["Begeleiding", "HBO", 1],
];
const INDELING = [
  ["cao", "niveau", "schaal", "trede"],
  ["Sociaal Werk", "HBO", "Schaal 8", "5"],
];

describe("RT.TARIEFGROEPEN and RT.TARIEFGROEP_OPBOUW", () => {
  test("refusals: no products, no norm, norm without CAO mapping, a norm for an unknown product", () => {
    expect(melding(() => r.tariefgroepen(nul, B.normbezetting, B.caoIndeling, nul))).toBe(
      "producten is leeg: geef een bereik met een kopregel (product, segment, parameters …).",
    );
    expect(melding(() => r.tariefgroepen(B.producten, nul, B.caoIndeling, nul))).toBe(
      "normbezetting is leeg: geef een bereik met kolommen product, niveau, aandeel.",
    );
    expect(melding(() => r.tariefgroepen(B.producten, B.normbezetting, nul, nul))).toBe(
      "cao_indeling ontbreekt: met een normbezetting is per CAO de schaal en trede van elk niveau nodig (kolommen cao, niveau, schaal, trede).",
    );
    expect(
      melding(() =>
        r.tariefgroepen(
          NORM_PRODUCTEN,
          [
            ["product", "niveau", "aandeel"],
            ["Taxi", "HBO", 1],
          ],
          INDELING,
          nul,
        ),
      ),
    ).toBe("normbezetting: product 'Taxi' staat niet in de producten.");
  });

  test("a product with a tariff needs a norm, unless it gives loonkosten_per_uur or loonkosten_fte", () => {
    expect(melding(() => r.tariefgroepen(NORM_PRODUCTEN, NORM, INDELING, nul))).toBe(
      "Product 'Dagbesteding' heeft geen normbezetting; een tariefgroep per CAO heeft niveaus met aandelen nodig.",
    );
    // Vervoer (loonkosten_per_uur) and Schoonmaak (loonkosten_fte) are left out of the table, not refused
    expect(r.tariefgroepen(NORM_PRODUCTEN.slice(0, 4), NORM, INDELING, nul)).toEqual([
      ["Product", "Eenheid", "Sociaal Werk", "Salarisbron Sociaal Werk"],
      ["Begeleiding", "per uur", 60.21, "HBO: € 3773,64 (tabel 2024-07-01, secundair)"],
    ]);
  });

  test("chosen CAOs: blank cells skipped, spaces trimmed", () => {
    const t = r.tariefgroepen(B.producten, B.normbezetting, B.caoIndeling, [[" Gehandicaptenzorg "], [null], [0], [""]]);
    expect(t[0]).toEqual(["Product", "Eenheid", "Gehandicaptenzorg", "Salarisbron Gehandicaptenzorg"]);
    expect(t.find((x) => x[0] === "Begeleiding individueel")!.slice(1, 3)).toEqual(["per uur", 39.29]);
  });

  test("one cell's breakdown: the CAO as written in the mapping, the salary source row, and every refusal", () => {
    const o = r.tariefgroepOpbouw(B.producten, B.normbezetting, B.caoIndeling, "Begeleiding individueel", "gehandicaptenzorg", nul);
    expect(o.slice(0, 3)).toEqual([
      ["Omschrijving", "Bedrag", "Wettelijk element", "Toelichting"],
      ["CAO (tariefgroep)", "", "", "CAO Gehandicaptenzorg"],
      ["Salarisbron", "", "", "HBO-begeleider: € 2433,00 (tabel 2024-12-01, afgeleid); MBO-begeleider: € 2319,00 (tabel 2024-12-01, afgeleid)"],
    ]);
    expect(o[o.length - 1][1]).toBe(39.29);
    expect(melding(() => r.tariefgroepOpbouw(NORM_PRODUCTEN, NORM, INDELING, nul, "Sociaal Werk", nul))).toBe(
      "product = (leeg) is leeg of geen tekst; vul een naam of code in.",
    );
    expect(melding(() => r.tariefgroepOpbouw(NORM_PRODUCTEN, NORM, INDELING, "Taxi", "Sociaal Werk", nul))).toBe(
      "product = 'Taxi' staat niet in de producten; toegestaan: Begeleiding, Vervoer, Schoonmaak, Dagbesteding.",
    );
    expect(melding(() => r.tariefgroepOpbouw(NORM_PRODUCTEN, NORM, INDELING, "Vervoer", "Sociaal Werk", nul))).toBe(
      "Product 'Vervoer' heeft geen normbezetting; geef niveaus met aandelen in de normbezetting.",
    );
    expect(melding(() => r.tariefgroepOpbouw(NORM_PRODUCTEN, NORM, INDELING, "Begeleiding", nul, nul))).toBe(
      "cao en referentie_cao zijn leeg: geef de CAO van de aanbieder of, voor een aanbieder zonder CAO, de referentie-CAO van de regio.",
    );
    expect(melding(() => r.tariefgroepOpbouw(NORM_PRODUCTEN, NORM, INDELING, "Begeleiding", true, nul))).toBe(
      "cao = WAAR is leeg of geen tekst; vul een naam of code in.",
    );
    expect(melding(() => r.tariefgroepOpbouw(NORM_PRODUCTEN, NORM, INDELING, "Begeleiding", nul, true))).toBe(
      "referentie_cao = WAAR is leeg of geen tekst; vul een naam of code in.",
    );
  });
});

describe("RT.BANDBREEDTE", () => {
  test("without a list of parameters: every numeric column (fractie, bedrag, getal), in column order; text and choices skipped", () => {
    // two submissions: PERCENTIEL.INC interpolates, P25 = min + 0,25 × (max − min): overhead 0,2 / 0,3 → 0,225 – 0,275
    const t = r.bandbreedte(
      [
        ["aanbieder", "product", "eenheid", "overhead", "maandsalaris", "uren_per_week", "afronding"],
        ["A", "P", "uur", 0.2, 3000, 36, "cent"],
        ["B", "P", "uur", 0.3, 3200, 38, "euro"],
      ],
      nul,
    );
    const let_op =
      "P25–P75 met P50 als norm uit 2 inzending(en) (PERCENTIEL.INC); let op: 2 inzendingen: P25 en P75 zijn interpolaties tussen 2 waarden (PERCENTIEL.INC); weinig houvast";
    expect(t).toEqual([
      ["Parameter", "Min", "Norm", "Max", "Aantal", "Toelichting"],
      ["overhead", 0.225, 0.25, 0.275, 2, let_op],
      ["maandsalaris", 3050, 3100, 3150, 2, let_op],
      ["uren_per_week", 36.5, 37, 37.5, 2, let_op],
    ]);
  });

  test("a list of parameters: blank cells skipped; six submissions give no warning", () => {
    expect(r.bandbreedte(B.inzendingen, [["overhead"], [null], [""], [0]])).toEqual([
      ["Parameter", "Min", "Norm", "Max", "Aantal", "Toelichting"],
      ["overhead", 0.205, 0.23, 0.2475, 6, "P25–P75 met P50 als norm uit 6 inzending(en) (PERCENTIEL.INC)"],
    ]);
  });

  // two products: P25/P50/P75 of P's overheads 0,1 / 0,2 / 0,3 are 0,15 / 0,2 / 0,25; Q's alone 0,5
  const TWEE_PRODUCTEN = [
    ["aanbieder", "product", "overhead", "productiviteit"],
    ["A", "P", 0.1, 0.7],
    ["B", "P", 0.2, 0.8],
    ["C", "p ", 0.3, 0.9],
    ["D", "Q", 0.5, 0.6],
  ];
  test("a product: only that product's submissions (case and spaces ignored); parameters as one text with ';' (as on the sheet Regio)", () => {
    const let_op = (n: number) =>
      `P25–P75 met P50 als norm uit ${n} inzending(en) (PERCENTIEL.INC); let op: ${n} inzendingen: P25 en P75 zijn interpolaties tussen ${n} waarden (PERCENTIEL.INC); weinig houvast`;
    expect(r.bandbreedte(TWEE_PRODUCTEN, [["overhead; productiviteit"]], " P")).toEqual([
      ["Parameter", "Min", "Norm", "Max", "Aantal", "Toelichting"],
      ["overhead", 0.15, 0.2, 0.25, 3, let_op(3)],
      ["productiviteit", 0.75, 0.8, 0.85, 3, let_op(3)],
    ]);
    // the same list in cells, one name per cell, and a blank product: every submission
    expect(r.bandbreedte(TWEE_PRODUCTEN, [["overhead", " ; "]], "")).toEqual([
      ["Parameter", "Min", "Norm", "Max", "Aantal", "Toelichting"],
      ["overhead", 0.175, 0.25, 0.35, 4, "P25–P75 met P50 als norm uit 4 inzending(en) (PERCENTIEL.INC)"],
    ]);
    // a single cell (Excel hands a text argument over as it is)
    expect(r.bandbreedte(TWEE_PRODUCTEN, "overhead" as never, "Q")[1]).toEqual(["overhead", 0.5, 0.5, 0.5, 1, expect.stringContaining("uit 1 inzending(en)")]);
  });

  test("refusals: a product without submissions, an error value in the list of parameters", () => {
    expect(melding(() => r.bandbreedte(TWEE_PRODUCTEN, nul, "R"))).toBe(
      "product = 'R': inzendingen bevat geen inzending voor dit product; producten in de inzendingen: P, p, Q.",
    );
    expect(
      melding(() =>
        r.bandbreedte(
          [
            ["aanbieder", "overhead"],
            ["A", 0.2],
          ],
          nul,
          "P",
        ),
      ),
    ).toBe("product = 'P': inzendingen bevat geen inzending voor dit product; de inzendingen hebben geen kolom product.");
    expect(melding(() => r.bandbreedte(TWEE_PRODUCTEN, [["overhead"], [{ error: "#N/A" }]], "P"))).toBe(
      "parameters = #N/B is een foutwaarde, geen invoer: herstel de formule of de cel (een fout wordt nooit als lege cel gelezen).",
    );
    // an unknown parameter names the product it was asked for, and only then
    expect(melding(() => r.bandbreedte(TWEE_PRODUCTEN, [["overhed"]], "Q"))).toBe(
      "Onbekende parameter 'overhed' (product Q). Bedoelt u 'overhead'? Een bandbreedte geldt voor een parameter uit RT.PARAMETERS().",
    );
    expect(melding(() => r.bandbreedte(TWEE_PRODUCTEN, [["overhed"]], nul))).toBe(
      "Onbekende parameter 'overhed'. Bedoelt u 'overhead'? Een bandbreedte geldt voor een parameter uit RT.PARAMETERS().",
    );
    // a product that is no text (WAAR) is named as the argument product
    expect(melding(() => r.bandbreedte(TWEE_PRODUCTEN, nul, true))).toBe("product = WAAR is leeg of geen tekst; vul een naam of code in.");
  });

  test("refusals: no submissions, no numeric column", () => {
    expect(melding(() => r.bandbreedte(nul, nul))).toBe("inzendingen is leeg: geef een bereik met een kopregel (aanbieder en parameternamen).");
    expect(
      melding(() =>
        r.bandbreedte(
          [
            ["aanbieder", "afronding", "eenheid"],
            ["A", "cent", "uur"],
          ],
          nul,
        ),
      ),
    ).toBe("inzendingen bevat geen numerieke parameter; geef kolommen als productiviteit of overhead.");
  });
});

describe("RT.TOETS_INZENDING and RT.AANBIEDERTARIEF_OPBOUW", () => {
  // computed inside each test, not while Jest collects them: Stryker attributes what runs to the test that runs it
  const band = () => r.bandbreedte(B.inzendingen, nul);
  const jeugdhulpPlus = [
    ["productiviteit", 0.62],
    ["overhead", 0.3],
    ["risico_opslag", 0.03],
  ];
  const onderbouwing = [["productiviteit", "zware doelgroep"]];
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

  test("the whole check table: heading, each parameter with submitted, min, max, verdict, value used and why", () => {
    expect(r.toetsInzendingFunctie(jeugdhulpPlus, band(), onderbouwing)).toEqual([
      ["Parameter", "Ingediend", "Min", "Max", "Oordeel", "Gebruikt", "Toelichting"],
      [
        "productiviteit",
        0.62,
        0.685,
        0.7425,
        "buiten bandbreedte, onderbouwd",
        0.62,
        "0,62 ligt buiten 0,685 – 0,7425; aanvaard met onderbouwing: zware doelgroep",
      ],
      ["overhead", 0.3, 0.205, 0.2475, "buiten bandbreedte", 0.2475, "0,3 ligt buiten 0,205 – 0,2475; begrensd op 0,2475"],
      ["risico_opslag", 0.03, 0.02, 0.02375, "buiten bandbreedte", 0.02375, "0,03 ligt buiten 0,02 – 0,02375; begrensd op 0,02375"],
    ]);
  });

  test("refusals name the range: no submission, no bandwidth", () => {
    expect(melding(() => r.toetsInzendingFunctie(nul, band(), nul))).toBe(
      "inzending is leeg: geef een bereik met twee kolommen (parameternaam, waarde), bijv. A2:B12.",
    );
    expect(melding(() => r.toetsInzendingFunctie(jeugdhulpPlus, nul, nul))).toBe(
      "bandbreedte is leeg: geef een bereik met een kopregel (parameter, min, max).",
    );
  });

  test("the provider tariff's breakdown: one row per checked value before the tariff, amounts blank, and the provider in the conventions", () => {
    const o = r.aanbiedertariefOpbouw(jeugdhulpPlus, band(), onderbouwing, basis, mix);
    expect(o.slice(-4, -1)).toEqual([
      ["Bandbreedte productiviteit: buiten bandbreedte, onderbouwd", "", "", "0,62 ligt buiten 0,685 – 0,7425; aanvaard met onderbouwing: zware doelgroep"],
      ["Bandbreedte overhead: buiten bandbreedte", "", "", "0,3 ligt buiten 0,205 – 0,2475; begrensd op 0,2475"],
      ["Bandbreedte risico_opslag: buiten bandbreedte", "", "", "0,03 ligt buiten 0,02 – 0,02375; begrensd op 0,02375"],
    ]);
    const laatste = o[o.length - 1];
    expect(laatste.slice(0, 3)).toEqual(["Tarief per uur", 73.28, ""]);
    expect(laatste[3]).toContain("; Aanbieder-specifiek tarief van de aanbieder: 3 parameter(s) getoetst aan de bandbreedte, 3 afwijking(en); ");
  });
});

describe("RT.IS_MICRO and RT.MICROTARIEF(_OPBOUW)", () => {
  test("each figure is named when it is missing or not a number", () => {
    expect(melding(() => r.isMicroGroep(nul, 1, 1, nul, nul))).toBe("personeel is leeg; geef een getal.");
    expect(melding(() => r.isMicroGroep(4, "x", 1, nul, nul))).toBe("jaaromzet = 'x' is geen getal.");
    expect(melding(() => r.isMicroGroep(4, 1, nul, nul, nul))).toBe("balanstotaal is leeg; geef een getal.");
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

  test("the rule: blank (also a desktop 0) is refused with the choices; the value's name follows the rule", () => {
    const keuzes = "regel is leeg; toegestaan: 'percentage', 'model', 'vast'.";
    expect(melding(() => r.microtarief(std, nul, [[0.85]], "x", mix))).toBe(keuzes);
    expect(melding(() => r.microtarief(std, 0, [[0.85]], "x", mix))).toBe(keuzes);
    expect(melding(() => r.microtarief(std, "percentage", [["x"]], "x", mix))).toBe("percentage = 'x' is geen getal.");
    expect(melding(() => r.microtarief(std, "vast", [["x"]], "x", mix))).toBe("bedrag = 'x' is geen getal.");
    // the first non-blank cell of the range is the value: 90% of 59,03 = 53,127 → 53,13
    expect(r.microtarief(std, "percentage", [[null, 0.9]], "x", mix)).toBe(53.13);
    // a number as justification is text ("12"); a desktop blank (0) is no justification
    expect(r.microtarief(std, "vast", [[58]], 12, mix)).toBe(58);
    expect(melding(() => r.microtarief(std, "vast", [[58]], 0, mix))).toBe(
      "De microtariefregel (c) vast bedrag heeft geen onderbouwing: leg in woorden vast waarom de regio deze regel kiest.",
    );
  });

  test("the micro breakdown table: heading, rule, justification, the lines with their elements, the micro tariff with the conventions", () => {
    const o = r.microtariefOpbouw(
      std,
      "model",
      [
        ["maandsalaris", 3400],
        ["overhead", 0.12],
        ["risico_opslag", 0],
      ],
      "referentiesalaris",
      mix,
    );
    // 3.400 × 12 × 1,1633 × 1,33 / 1.404 × 1,12 = 50,3563… → 50,36 (regio-functies.test.ts); the lines add up to it
    expect(o[0]).toEqual(["Omschrijving", "Bedrag", "Wettelijk element", "Toelichting"]);
    expect(o.map((x) => x.slice(0, 3))).toEqual([
      ["Omschrijving", "Bedrag", "Wettelijk element"],
      ["Microtariefregel", "", ""],
      ["Onderbouwing", "", ""],
      ["Bruto salaris", 21.79, "J-a, W-a"],
      ["Vakantietoeslag en eindejaarsuitkering", 3.56, "J-a, W-a"],
      ["ORT en overige looncomponenten", 0, "J-a, W-a"],
      ["Sociale lasten werkgever", 5.07, "J-a, W-a"],
      ["Pensioenpremie werkgever", 3.3, "J-a, W-a"],
      ["Overige personeelskosten (opleiding, reiskosten)", 0, "J-a, W-d"],
      ["Niet-productieve uren (verlof, verzuim, scholing, overleg)", 11.24, "J-a, W-c"],
      ["Materiële kosten (cliëntgebonden)", 0, "J-b"],
      ["Overhead", 5.4, "J-c, W-b"],
      ["Opslag risico en innovatie", 0, ""],
      ["Indexatie (apart toegepast)", 0, "J-d, W-e"],
      ["Afrondingsverschil", 0, ""],
      ["Microtarief per uur", 50.36, ""],
    ]);
    expect(o[1][3]).toBe(
      "(b) standaardmodel met aanpassingen: maandsalaris = 3.400, overhead = 0,12, risico_opslag = 0 (referentiesalaris in plaats van de CAO-normbezetting)",
    );
    expect(o[2][3]).toBe("referentiesalaris");
    expect(o[3][3]).toBe("maandsalaris € 3400,00 (opgegeven)");
    expect(o[4][3]).toBe(""); // a line without explanation has an empty cell, not "undefined"
    expect(o[11][3]).toBe("opslag 12%");
    // the conventions, joined by "; "
    expect(o[o.length - 1][3]).toMatch(/^productiviteit 75% van de betaalde uren; 1\.872 betaalde uren per fte per jaar; Eenheid: per uur/);
  });
});

describe("RT.SCENARIO_VERGELIJKING and RT.BUDGET on a small region", () => {
  const volumes = [
    ["gemeente", "product", "volume"],
    ["A", "Begeleiding", 100],
    ["B", "Dagbesteding", 10],
    ["a", "Dagbesteding", 1],
  ];

  test("a product without segment is budgeted under '(geen segment)'; 'a' is municipality A", () => {
    // Begeleiding 60,00 × 100 = 6.000; Dagbesteding 44,00 × 1 (A) and × 10 (B)
    expect(r.budget(PRODUCTEN, volumes, nul, nul, nul, nul, nul, nul, nul, nul)).toEqual([
      ["Scenario", "Jaar", "Gemeente", "Segment", "Bedrag", "Plafond", "Overschrijding"],
      ["basis", 1, "A", "(geen segment)", 6000, "", ""],
      ["basis", 1, "A", "S2", 44, "", ""],
      ["basis", 1, "B", "S2", 440, "", ""],
      ["basis", 1, "A", "Totaal", 6044, "", ""],
      ["basis", 1, "B", "Totaal", 440, "", ""],
      ["basis", 1, "Totaal", "(geen segment)", 6000, "", ""],
      ["basis", 1, "Totaal", "S2", 484, "", ""],
      ["basis", 1, "Totaal", "Totaal", 6484, "", ""],
    ]);
  });

  test("beginjaar: blank or 0 is year 1; indices skip blank cells; each year is indexed", () => {
    const totaal = (beginjaar: unknown, index: unknown) => r.budget(PRODUCTEN, volumes, index, beginjaar, nul, nul, "totaal", nul, nul, nul).slice(1);
    expect(totaal(0, nul)).toEqual([["basis", 1, "Totaal", "Totaal", 6484, "", ""]]);
    // 2031: 66,00 × 100 + 48,40 × 11 = 7.132,40; 2032: 69,30 × 100 + 50,82 × 11 = 7.489,02
    expect(totaal(2030, [[0.1], [null], [0.05]])).toEqual([
      ["basis", 2030, "Totaal", "Totaal", 6484, "", ""],
      ["basis", 2031, "Totaal", "Totaal", 7132.4, "", ""],
      ["basis", 2032, "Totaal", "Totaal", 7489.02, "", ""],
    ]);
    expect(melding(() => totaal(2030, [[0.1], [null], ["x"]]))).toBe("indexcijfers (2e) = 'x' is geen getal.");
    expect(melding(() => totaal(1.5, nul))).toBe("beginjaar = 1,5 is geen jaartal; toegestaan: een heel jaar, bijv. 2025.");
  });

  test("ceilings: a ceiling for one year replaces the general one; each scenario is compared with its own ceiling", () => {
    const plafonds = [
      ["gemeente", "segment", "plafond", "jaar"],
      ["A", "(geen segment)", 5000, 2031],
      ["A", "(geen segment)", 3000, ""],
      ["B", "S2", 100, ""],
    ];
    const scenarios = [
      ["scenario", "parameter", "waarde"],
      ["Hoog", "overhead", 0.5],
    ];
    const b = r.budget(PRODUCTEN, volumes, [[0.1]], 2030, scenarios, plafonds, nul, nul, nul, nul);
    const delen = b.slice(1).filter((x) => x[2] !== "Totaal" && x[3] !== "Totaal");
    // Hoog: Begeleiding 50 × 1,5 = 75,00 → 7.500 in 2030, 8.250 in 2031; Dagbesteding 40 × 1,5 = 60,00
    expect(delen).toEqual([
      ["basis", 2030, "A", "(geen segment)", 6000, 3000, 3000],
      ["basis", 2030, "A", "S2", 44, "", ""],
      ["basis", 2030, "B", "S2", 440, 100, 340],
      ["basis", 2031, "A", "(geen segment)", 6600, 5000, 1600],
      ["basis", 2031, "A", "S2", 48.4, "", ""],
      ["basis", 2031, "B", "S2", 484, 100, 384],
      ["Hoog", 2030, "A", "(geen segment)", 7500, 3000, 4500],
      ["Hoog", 2030, "A", "S2", 60, "", ""],
      ["Hoog", 2030, "B", "S2", 600, 100, 500],
      ["Hoog", 2031, "A", "(geen segment)", 8250, 5000, 3250],
      ["Hoog", 2031, "A", "S2", 66, "", ""],
      ["Hoog", 2031, "B", "S2", 660, 100, 560],
    ]);
  });

  test("refusals: no volumes, an unknown view, a ceiling for a municipality without volumes, a norm without reference CAO", () => {
    expect(melding(() => r.budget(PRODUCTEN, nul, nul, nul, nul, nul, nul, nul, nul, nul))).toBe(
      "volumes is leeg: geef een bereik met kolommen gemeente, product, volume (en eventueel jaar).",
    );
    expect(melding(() => r.budget(PRODUCTEN, volumes, nul, nul, nul, nul, "grafiek", nul, nul, nul))).toBe(
      "weergave = 'grafiek' is geen geldige keuze; toegestaan: 'overzicht', 'product', 'totaal'.",
    );
    expect(
      melding(() =>
        r.budget(
          PRODUCTEN,
          volumes,
          nul,
          nul,
          nul,
          [
            ["gemeente", "segment", "plafond"],
            ["C", "S2", 1],
          ],
          nul,
          nul,
          nul,
          nul,
        ),
      ),
    ).toBe("Budgetplafond (plafonds rij 2): gemeente 'C' is onbekend; toegestaan: A, B.");
    // one product of three has a norm: the region's tariffs then need the reference CAO
    expect(melding(() => r.scenarioVergelijking(NORM_PRODUCTEN.slice(0, 3), B.scenarios, NORM, INDELING, nul))).toBe(
      'referentie_cao is leeg: met een normbezetting rekent de regio haar tarieven met de referentie-CAO; geef die CAO (bijv. "Sociaal Werk").',
    );
    expect(melding(() => r.scenarioVergelijking(PRODUCTEN, B.scenarios, nul, nul, true))).toBe(
      "referentie_cao = WAAR is leeg of geen tekst; vul een naam of code in.",
    );
    expect(melding(() => r.scenarioVergelijking(PRODUCTEN, nul, nul, nul, nul))).toBe(
      "scenarios is leeg: geef een bereik met kolommen scenario, product, parameter, waarde.",
    );
  });

  test("a base tariff of 0 (rounded to whole euros) has no relative difference: the cell stays empty", () => {
    const v = r.scenarioVergelijking(
      [
        ["product", "segment", "loonkosten_per_uur", "productiviteit", "overhead", "afronding"],
        ["Klein", "S", 0.4, 1, "geen", "euro"],
      ],
      [
        ["scenario", "parameter", "waarde"],
        ["Cent", "afronding", "cent"],
      ],
      nul,
      nul,
      nul,
    );
    expect(v).toEqual([
      ["Product", "Eenheid", "Basis", "Cent", "Verschil Cent", "Verschil % Cent"],
      ["Klein", "per uur", 0, 0.4, 0.4, ""],
    ]);
  });
});

describe("RT.INDEXREEKS", () => {
  const P = [
    ["loonkosten_per_uur", 42.22],
    ["productiviteit", 0.8],
    ["overhead", 0.2],
  ];

  test("heading from the breakdown's labels; blank or 0 beginjaar is year 1; blank index cells skipped", () => {
    // 63,33 → × 1,0363 = 65,628879 → 65,63 → × 1,029 = 67,5332… → 67,53 (regio-functies.test.ts)
    const s = r.indexreeks(P, [[0.0363], [null], [0.029]], 0, nul);
    expect(s[0]).toEqual([
      "Jaar",
      "Tarief",
      "Loonkosten (opgegeven)",
      "Niet-productieve uren (verlof, verzuim, scholing, overleg)",
      "Materiële kosten (cliëntgebonden)",
      "Overhead",
      "Opslag risico en innovatie",
      "Indexatie (apart toegepast)",
      "Afrondingsverschil",
    ]);
    expect(s.slice(1).map((x) => x.slice(0, 2))).toEqual([
      [1, 63.33],
      [2, 65.63],
      [3, 67.53],
    ]);
    expect(r.indexreeks(P, [[0.0363]], nul, nul).map((x) => x[0])).toEqual(["Jaar", 1, 2]);
    expect(r.indexreeks(P, [[0.0363]], 2025, nul).map((x) => x[0])).toEqual(["Jaar", 2025, 2026]);
  });

  test("refusals: no index at all (blank cells only), a cell that is not a number (counted without blanks), a bad year", () => {
    const leeg = "indexcijfers is leeg; geef één of meer jaarlijkse indexcijfers als fractie (3,63% = 0,0363).";
    expect(melding(() => r.indexreeks(P, nul, 2025, nul))).toBe(leeg);
    expect(melding(() => r.indexreeks(P, [[null], [""]], 2025, nul))).toBe(leeg);
    expect(melding(() => r.indexreeks(P, [[0.01], [null], ["x"]], 2025, nul))).toBe("indexcijfers (2e) = 'x' is geen getal.");
    expect(melding(() => r.indexreeks(P, [[0.01]], "abc", nul))).toBe("beginjaar = 'abc' is geen getal.");
  });
});
