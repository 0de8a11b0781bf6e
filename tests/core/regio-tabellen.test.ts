/**
 * The nine tables of a computed region (regioTabellen: what `rt regio` and the demo write into a workbook), on a
 * small region whose every cell is checked. The region: municipalities Aa and Bb, segments S01, S08 and S09 (S09
 * without products), a lump sum Jeugdbescherming (€ 1.000.000, Aa 0,6 and Bb 0,4) and Begeleiding individueel
 * (norm 60 % HBO-begeleider, 40 % MBO-begeleider; 1.000 hours in Aa, 500 in Bb), CAOs Sociaal Werk (reference) and
 * Gehandicaptenzorg, one scenario (overhead 18 %), index 3 % into 2026, a ceiling of € 59.000 for Aa × S08.
 * Hand computations (same figures as tests/core/regio.test.ts):
 *   Begeleiding individueel, Sociaal Werk: K = 47,436075792 per hour; × 1,22 × 1,02 = 59,0294… → 59,03;
 *   Gehandicaptenzorg → 39,29; scenario overhead 0,18: K × 1,18 × 1,02 = 57,0944… → 57,09;
 *   difference 57,09 − 59,03 = −1,94; relative −1,94 / 59,03 = −0,0328646… → −0,032865 (6 decimals).
 *   2026: 59,03 × 1,03 = 60,8009 → 60,80; 57,09 × 1,03 = 58,8027 → 58,80; lump sum 1.000.000 × 1,03 = 1.030.000.
 *   Budget Aa 2025: 0,6 × 1.000.000 + 1.000 × 59,03 = 600.000 + 59.030 = 659.030; Bb: 400.000 + 500 × 59,03 = 429.515.
 *   Ceiling Aa × S08: 59.030 − 59.000 = 30 (2025), 60.800 − 59.000 = 1.800 (2026).
 *   Bandwidths from three submissions (PERCENTIEL.INC): productiviteit 0,70 0,75 0,80 → 0,725 / 0,75 / 0,775;
 *   overhead 0,20 0,22 0,30 → 0,21 / 0,22 / 0,26.
 *   Kwadraat (Gehandicaptenzorg), productiviteit capped at 0,725 and overhead at 0,26:
 *   39,2864420 / (1,22 × 1,02) × 0,75 / 0,725 × 1,26 × 1,02 = 41,973… → 41,97.
 */
import { Decimal } from "../../src/core/decimal";
import { berekenRegio, type RegioUitkomst } from "../../src/core/regio";
import { leesRegio } from "../../src/core/regio-invoer";
import { regioTabellen, type Cel, type RegioTabel } from "../../src/core/regio-tabellen";
import { standaardCaoBron } from "../../src/data";

const SW_BRON = "HBO-begeleider: € 3773,64 (tabel 2024-07-01, secundair); MBO-begeleider: € 3258,84 (tabel 2024-07-01, secundair)";
const GZ_BRON = "HBO-begeleider: € 2433,00 (tabel 2024-12-01, afgeleid); MBO-begeleider: € 2319,00 (tabel 2024-12-01, afgeleid)";

/** The region as `leesRegio` takes it (the sheet's or the JSON file's shape). */
interface RegioData {
  illustratief?: string;
  producten: Record<string, unknown>[];
  scenarios: Record<string, unknown>[];
  aanbiederSpecifiek: unknown[];
  [veld: string]: unknown;
}

function regioData(): RegioData {
  return {
    naam: "Testregio",
    gemeenten: ["Aa", "Bb"],
    segmenten: [
      { code: "S01", naam: "Jeugdbescherming" },
      { code: "S08", naam: "Begeleiding" },
      { code: "S09", naam: "Dagbesteding" },
    ],
    basisparameters: { peildatum: "2025-01-01", sociale_lasten: "0.20", pensioenpremie: "0.13", overhead: "0.22", risico_opslag: "0.02" },
    referentieCao: "Sociaal Werk",
    caoIndeling: [
      { cao: "Sociaal Werk", niveau: "HBO-begeleider", schaal: "Schaal 8", trede: "5" },
      { cao: "Sociaal Werk", niveau: "MBO-begeleider", schaal: "Schaal 6", trede: "5" },
      { cao: "Gehandicaptenzorg", niveau: "HBO-begeleider", schaal: "FWG 20", trede: "5" },
      { cao: "Gehandicaptenzorg", niveau: "MBO-begeleider", schaal: "FWG 15", trede: "5" },
    ],
    producten: [
      { product: "Jeugdbescherming", segment: "S01", productcategorie: "47", productcode: "47A01", financieringsvorm: "lumpsum", lumpsum: "1000000" },
      {
        product: "Begeleiding individueel",
        segment: "S08",
        productcode: "45A01",
        financieringsvorm: "pxq",
        parameters: { eenheid: "uur", productiviteit: "0.75" },
        norm: [
          { niveau: "HBO-begeleider", aandeel: "0.6" },
          { niveau: "MBO-begeleider", aandeel: "0.4" },
        ],
      },
    ],
    aanbieders: [
      { naam: "De Linde", cao: "Sociaal Werk" },
      { naam: "Kwadraat", cao: "Gehandicaptenzorg" },
      { naam: "Op Koers", micro: { personeel: "4", jaaromzet: "380000", balanstotaal: "120000" } },
      { naam: "Groot BV", micro: { personeel: "12", jaaromzet: "380000", balanstotaal: "120000" } },
    ],
    aanbiederSpecifiek: [{ product: "Begeleiding individueel", parameters: ["productiviteit", "overhead"] }],
    inzendingen: [
      { aanbieder: "De Linde", product: "Begeleiding individueel", parameters: { productiviteit: "0.75", overhead: "0.22" } },
      { aanbieder: "Kwadraat", product: "Begeleiding individueel", parameters: { productiviteit: "0.70", overhead: "0.30" } },
      { aanbieder: "Op Koers", product: "Begeleiding individueel", parameters: { productiviteit: "0.80", overhead: "0.20" } },
    ],
    microRegels: [
      { soort: "percentage", percentage: "0.85", gekozen: true, onderbouwing: "85% van het standaardtarief" },
      { soort: "vast", bedrag: "58.00", onderbouwing: "vast uurtarief" },
    ],
    microProducten: ["Begeleiding individueel"],
    scenarios: [{ naam: "Lagere overhead", omschrijving: "overhead 18%", wijzigingen: [{ parameter: "overhead", waarde: "0.18" }] }],
    volumes: [
      { product: "Jeugdbescherming", Aa: "0.6", Bb: "0.4" },
      { product: "Begeleiding individueel", Aa: 1000, Bb: 500 },
    ],
    plafonds: [{ gemeente: "Aa", segment: "S08", bedrag: "59000" }],
    beginjaar: 2025,
    indexcijfers: ["0.03"],
  };
}

const reken = (data: unknown): RegioUitkomst => berekenRegio(leesRegio(data), { caoBron: standaardCaoBron });

/** Decimals as exact text, everything else as is. */
const tekst = (rijen: Cel[][]): unknown[][] => rijen.map((r) => r.map((c) => (c instanceof Decimal ? c.toFixed() : c)));

function tabel(tabellen: RegioTabel[], naam: string): unknown[][] {
  const t = tabellen.find((x) => x.naam === naam);
  if (!t) throw new Error(`geen tabel ${naam}`);
  return tekst(t.rijen);
}

/** The rows under the region label (the label and the blank row after it checked separately). */
const inhoud = (tabellen: RegioTabel[], naam: string) => tabel(tabellen, naam).slice(2);

describe("regioTabellen on a small region", () => {
  test("nine tables in this order, each starting with the region's name and a blank row", () => {
    const tabellen = regioTabellen(reken(regioData()));
    expect(tabellen.map((t) => t.naam)).toEqual([
      "Tariefgroepen",
      "Bandbreedtes",
      "Toetsing",
      "Aanbiedertarieven",
      "Microtarieven",
      "Scenariovergelijking",
      "Budget",
      "Plafondtoets",
      "Budget per product",
    ]);
    for (const t of tabellen) expect(t.rijen.slice(0, 2)).toEqual([["Testregio"], []]);
  });

  test("made-up figures: every table starts with name — illustratief label", () => {
    const data = regioData();
    data.illustratief = "illustratief: verzonnen cijfers";
    const tabellen = regioTabellen(reken(data));
    expect(tabellen).toHaveLength(9);
    for (const t of tabellen) expect(t.rijen.slice(0, 2)).toEqual([["Testregio — illustratief: verzonnen cijfers"], []]);
  });

  test("Tariefgroepen: one row per product with a norm (not the lump sum), a column per CAO and its salary source, then the CAO per provider", () => {
    expect(inhoud(regioTabellen(reken(regioData())), "Tariefgroepen")).toEqual([
      ["Product", "Segment", "Productcode", "Eenheid", "Sociaal Werk", "Gehandicaptenzorg", "Salarisbron Sociaal Werk", "Salarisbron Gehandicaptenzorg"],
      ["Begeleiding individueel", "S08", "45A01", "per uur", "59.03", "39.29", SW_BRON, GZ_BRON],
      [],
      ["Aanbieder", "CAO tariefgroep", "Toelichting"],
      ["De Linde", "Sociaal Werk", "De Linde past CAO Sociaal Werk toe"],
      ["Kwadraat", "Gehandicaptenzorg", "Kwadraat past CAO Gehandicaptenzorg toe"],
      ["Op Koers", "Sociaal Werk", "Op Koers: geen CAO; referentie-CAO van de regio (Sociaal Werk) toegepast"],
      ["Groot BV", "Sociaal Werk", "Groot BV: geen CAO; referentie-CAO van de regio (Sociaal Werk) toegepast"],
    ]);
  });

  test("a product without product code shows an empty code (Tariefgroepen and Budget per product)", () => {
    const data = regioData();
    data.producten[1].productcode = undefined;
    const tabellen = regioTabellen(reken(data));
    expect(inhoud(tabellen, "Tariefgroepen")[1].slice(0, 4)).toEqual(["Begeleiding individueel", "S08", "", "per uur"]);
    expect(inhoud(tabellen, "Budget per product")[2]).toEqual(["Begeleiding individueel", "S08", "", "", "pxq", "basis", 2025, "Aa", "1000", "59.03", "59030"]);
  });

  test("Bandbreedtes derived from three submissions: P25, P50, P75, the count and the warning", () => {
    const waarschuwing = "3 inzendingen: P25 en P75 zijn interpolaties tussen 3 waarden (PERCENTIEL.INC); weinig houvast";
    expect(inhoud(regioTabellen(reken(regioData())), "Bandbreedtes")).toEqual([
      ["Product", "Parameter", "Min", "Norm", "Max", "Herkomst", "Aantal", "Toelichting"],
      ["Begeleiding individueel", "productiviteit", "0.725", "0.75", "0.775", "P25–P75 (PERCENTIEL.INC)", 3, waarschuwing],
      ["Begeleiding individueel", "overhead", "0.21", "0.22", "0.26", "P25–P75 (PERCENTIEL.INC)", 3, waarschuwing],
    ]);
  });

  test("Bandbreedtes given by the region: 'opgegeven', no norm, count or warning", () => {
    const data = regioData();
    data.aanbiederSpecifiek = [
      {
        product: "Begeleiding individueel",
        parameters: ["productiviteit"],
        bandbreedtes: [{ parameter: "productiviteit", min: "0.70", max: "0.80" }],
      },
    ];
    const tabellen = regioTabellen(reken(data));
    expect(inhoud(tabellen, "Bandbreedtes")).toEqual([
      ["Product", "Parameter", "Min", "Norm", "Max", "Herkomst", "Aantal", "Toelichting"],
      ["Begeleiding individueel", "productiviteit", "0.7", null, "0.8", "opgegeven", null, ""],
    ]);
    // all three submissions lie within 0,70–0,80: no deviations
    expect(
      inhoud(tabellen, "Aanbiedertarieven")
        .slice(1, 5)
        .map((r) => r[5]),
    ).toEqual([0, 0, 0, undefined]);
  });

  test("Toetsing: per provider and parameter the submitted value, the band, the verdict and the value used", () => {
    expect(inhoud(regioTabellen(reken(regioData())), "Toetsing")).toEqual([
      ["Aanbieder", "Product", "Parameter", "Ingediend", "Min", "Max", "Oordeel", "Gebruikt", "Toelichting"],
      ["De Linde", "Begeleiding individueel", "productiviteit", "0.75", "0.725", "0.775", "binnen bandbreedte", "0.75", "0,75 ligt binnen 0,725 – 0,775"],
      ["De Linde", "Begeleiding individueel", "overhead", "0.22", "0.21", "0.26", "binnen bandbreedte", "0.22", "0,22 ligt binnen 0,21 – 0,26"],
      [
        "Kwadraat",
        "Begeleiding individueel",
        "productiviteit",
        "0.7",
        "0.725",
        "0.775",
        "buiten bandbreedte",
        "0.725",
        "0,7 ligt buiten 0,725 – 0,775; begrensd op 0,725",
      ],
      ["Kwadraat", "Begeleiding individueel", "overhead", "0.3", "0.21", "0.26", "buiten bandbreedte", "0.26", "0,3 ligt buiten 0,21 – 0,26; begrensd op 0,26"],
      [
        "Op Koers",
        "Begeleiding individueel",
        "productiviteit",
        "0.8",
        "0.725",
        "0.775",
        "buiten bandbreedte",
        "0.775",
        "0,8 ligt buiten 0,725 – 0,775; begrensd op 0,775",
      ],
      ["Op Koers", "Begeleiding individueel", "overhead", "0.2", "0.21", "0.26", "buiten bandbreedte", "0.21", "0,2 ligt buiten 0,21 – 0,26; begrensd op 0,21"],
    ]);
  });

  test("Aanbiedertarieven: the provider's tariff beside its tariff group, the number of deviations, then the deviations report", () => {
    expect(inhoud(regioTabellen(reken(regioData())), "Aanbiedertarieven")).toEqual([
      ["Aanbieder", "Product", "Aanbieder-specifiek tarief", "CAO tariefgroep", "Tarief tariefgroep", "Afwijkingen", "Toelichting"],
      ["De Linde", "Begeleiding individueel", "59.03", "Sociaal Werk", "59.03", 0, "De Linde past CAO Sociaal Werk toe"],
      ["Kwadraat", "Begeleiding individueel", "41.97", "Gehandicaptenzorg", "39.29", 2, "Kwadraat past CAO Gehandicaptenzorg toe"],
      ["Op Koers", "Begeleiding individueel", "56.66", "Sociaal Werk", "59.03", 2, "Op Koers: geen CAO; referentie-CAO van de regio (Sociaal Werk) toegepast"],
      [],
      ["Afwijkingenrapport"],
      ["Aanbieder", "Product", "Parameter", "Oordeel", "Toelichting"],
      ["Kwadraat", "Begeleiding individueel", "productiviteit", "buiten bandbreedte", "0,7 ligt buiten 0,725 – 0,775; begrensd op 0,725"],
      ["Kwadraat", "Begeleiding individueel", "overhead", "buiten bandbreedte", "0,3 ligt buiten 0,21 – 0,26; begrensd op 0,26"],
      ["Op Koers", "Begeleiding individueel", "productiviteit", "buiten bandbreedte", "0,8 ligt buiten 0,725 – 0,775; begrensd op 0,775"],
      ["Op Koers", "Begeleiding individueel", "overhead", "buiten bandbreedte", "0,2 ligt buiten 0,21 – 0,26; begrensd op 0,21"],
    ]);
  });

  test("a provider tariff without product or tariff group: empty texts and no tariff-group tariff", () => {
    const u = reken(regioData());
    const a = u.aanbiederTarieven[1];
    const zonder: RegioUitkomst = {
      ...u,
      aanbiederTarieven: [{ ...a, product: undefined, tariefgroep: undefined }],
      afwijkingen: [{ ...u.afwijkingen[0], product: undefined }],
    };
    const tabellen = regioTabellen(zonder);
    expect(inhoud(tabellen, "Aanbiedertarieven")).toEqual([
      ["Aanbieder", "Product", "Aanbieder-specifiek tarief", "CAO tariefgroep", "Tarief tariefgroep", "Afwijkingen", "Toelichting"],
      ["Kwadraat", "", "41.97", "", null, 2, ""],
      [],
      ["Afwijkingenrapport"],
      ["Aanbieder", "Product", "Parameter", "Oordeel", "Toelichting"],
      ["Kwadraat", "", "productiviteit", "buiten bandbreedte", "0,7 ligt buiten 0,725 – 0,775; begrensd op 0,725"],
    ]);
    expect(inhoud(tabellen, "Toetsing")[1]).toEqual([
      "Kwadraat",
      "",
      "productiviteit",
      "0.7",
      "0.725",
      "0.775",
      "buiten bandbreedte",
      "0.725",
      "0,7 ligt buiten 0,725 – 0,775; begrensd op 0,725",
    ]);
  });

  test("Microtarieven: the EU test per provider (ja/nee), then every rule for a micro-enterprise, the chosen one marked", () => {
    // 85 % of 59,03 = 50,1755 → 50,18; the fixed rule gives 58,00
    expect(inhoud(regioTabellen(reken(regioData())), "Microtarieven")).toEqual([
      ["Aanbieder", "Micro-onderneming", "Toets (EU 2003/361/EG)"],
      ["Op Koers", "ja", "minder dan 10 personen en jaaromzet ten hoogste € 2 miljoen"],
      ["Groot BV", "nee", "personeel 12 jaarwerkeenheden: niet minder dan 10"],
      [],
      ["Aanbieder", "Product", "Regel", "Gekozen door de regio", "Standaardtarief", "Microtarief", "Onderbouwing"],
      ["Op Koers", "Begeleiding individueel", "(a) percentage van het standaardtarief: 85% van € 59,03", "ja", "59.03", "50.18", "85% van het standaardtarief"],
      ["Op Koers", "Begeleiding individueel", "(c) vast bedrag: € 58,00 per eenheid", "", "59.03", "58", "vast uurtarief"],
    ]);
  });

  test("Scenariovergelijking: per scenario the tariff, the difference and the relative difference to 6 decimals; then the scenarios described", () => {
    expect(inhoud(regioTabellen(reken(regioData())), "Scenariovergelijking")).toEqual([
      ["Product", "Eenheid", "Basis", "Lagere overhead", "Verschil Lagere overhead", "Verschil % Lagere overhead"],
      ["Begeleiding individueel", "per uur", "59.03", "57.09", "-1.94", "-0.032865"],
      [],
      ["Scenario", "Omschrijving"],
      ["Lagere overhead", "overhead 18%"],
    ]);
  });

  test("a scenario without description shows an empty one; no relative difference (base 0) is an empty cell", () => {
    const data = regioData();
    data.scenarios[0].omschrijving = undefined;
    const u = reken(data);
    const v = u.vergelijking[0];
    const zonder: RegioUitkomst = { ...u, vergelijking: [{ ...v, scenarios: [{ ...v.scenarios[0], relatief: undefined }] }] };
    const rijen = inhoud(regioTabellen(zonder), "Scenariovergelijking");
    expect(rijen[1]).toEqual(["Begeleiding individueel", "per uur", "59.03", "57.09", "-1.94", null]);
    expect(rijen[4]).toEqual(["Lagere overhead", ""]);
  });

  test("Budget: per scenario, municipality and segment with products, municipality totals, then the region per segment and in total", () => {
    expect(inhoud(regioTabellen(reken(regioData())), "Budget")).toEqual([
      ["Scenario", "Gemeente", "Segment", "2025", "2026"],
      ["basis", "Aa", "S01 Jeugdbescherming", "600000", "618000"],
      ["basis", "Aa", "S08 Begeleiding", "59030", "60800"],
      ["basis", "Aa", "Totaal", "659030", "678800"],
      ["basis", "Bb", "S01 Jeugdbescherming", "400000", "412000"],
      ["basis", "Bb", "S08 Begeleiding", "29515", "30400"],
      ["basis", "Bb", "Totaal", "429515", "442400"],
      ["basis", "Regio", "S01 Jeugdbescherming", "1000000", "1030000"],
      ["basis", "Regio", "S08 Begeleiding", "88545", "91200"],
      ["basis", "Regio", "Totaal", "1088545", "1121200"],
      ["Lagere overhead", "Aa", "S01 Jeugdbescherming", "600000", "618000"],
      ["Lagere overhead", "Aa", "S08 Begeleiding", "57090", "58800"],
      ["Lagere overhead", "Aa", "Totaal", "657090", "676800"],
      ["Lagere overhead", "Bb", "S01 Jeugdbescherming", "400000", "412000"],
      ["Lagere overhead", "Bb", "S08 Begeleiding", "28545", "29400"],
      ["Lagere overhead", "Bb", "Totaal", "428545", "441400"],
      ["Lagere overhead", "Regio", "S01 Jeugdbescherming", "1000000", "1030000"],
      ["Lagere overhead", "Regio", "S08 Begeleiding", "85635", "88200"],
      ["Lagere overhead", "Regio", "Totaal", "1085635", "1118200"],
    ]);
  });

  test("Budget: a segment row only where that scenario × municipality (or region) × segment has budget lines", () => {
    const u = reken(regioData());
    const b = u.budget;
    // drop the scenario's lines of Bb × S08 and of the region × S01: those rows disappear, the rest stays
    const zonder: RegioUitkomst = {
      ...u,
      budget: {
        ...b,
        perGemeenteSegment: b.perGemeenteSegment.filter((x) => !(x.scenario === "Lagere overhead" && x.gemeente === "Bb" && x.segment === "S08")),
        perSegment: b.perSegment.filter((x) => !(x.scenario === "Lagere overhead" && x.segment === "S01")),
      },
    };
    const rijen = inhoud(regioTabellen(zonder), "Budget").filter((r) => r[0] === "Lagere overhead");
    expect(rijen).toEqual([
      ["Lagere overhead", "Aa", "S01 Jeugdbescherming", "600000", "618000"],
      ["Lagere overhead", "Aa", "S08 Begeleiding", "57090", "58800"],
      ["Lagere overhead", "Aa", "Totaal", "657090", "676800"],
      ["Lagere overhead", "Bb", "S01 Jeugdbescherming", "400000", "412000"],
      ["Lagere overhead", "Bb", "Totaal", "428545", "441400"],
      ["Lagere overhead", "Regio", "S08 Begeleiding", "85635", "88200"],
      ["Lagere overhead", "Regio", "Totaal", "1085635", "1118200"],
    ]);
  });

  test("Plafondtoets: each year the budget exceeds a ceiling", () => {
    expect(inhoud(regioTabellen(reken(regioData())), "Plafondtoets")).toEqual([
      ["Scenario", "Jaar", "Gemeente", "Segment", "Budget", "Plafond", "Overschrijding"],
      ["basis", 2025, "Aa", "S08", "59030", "59000", "30"],
      ["basis", 2026, "Aa", "S08", "60800", "59000", "1800"],
    ]);
  });

  test("Budget per product: every line with the product's category, code and funding form, volume × price = amount", () => {
    const rijen = inhoud(regioTabellen(reken(regioData())), "Budget per product");
    expect(rijen.slice(0, 5)).toEqual([
      ["Product", "Segment", "Productcategorie", "Productcode", "Financieringsvorm", "Scenario", "Jaar", "Gemeente", "Volume", "Prijs", "Bedrag"],
      ["Jeugdbescherming", "S01", "47", "47A01", "lumpsum", "basis", 2025, "Aa", "0.6", "1000000", "600000"],
      ["Begeleiding individueel", "S08", "", "45A01", "pxq", "basis", 2025, "Aa", "1000", "59.03", "59030"],
      ["Jeugdbescherming", "S01", "47", "47A01", "lumpsum", "basis", 2025, "Bb", "0.4", "1000000", "400000"],
      ["Begeleiding individueel", "S08", "", "45A01", "pxq", "basis", 2025, "Bb", "500", "59.03", "29515"],
    ]);
    // 2 scenarios × 2 years × 2 municipalities × 2 products
    expect(rijen).toHaveLength(1 + 16);
    expect(rijen[16]).toEqual(["Begeleiding individueel", "S08", "", "45A01", "pxq", "Lagere overhead", 2026, "Bb", "500", "58.8", "29400"]);
  });
});
