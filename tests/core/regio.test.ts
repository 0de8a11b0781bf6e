/**
 * The sample region (src/data/voorbeeldregio) computed through the engine, against values computed by hand.
 * Hand computations (bc, 30 digits), with S = monthly salary, factors from the CAO data:
 *   Sociaal Werk: vakantietoeslag 0,08, eindejaarsuitkering 0,08964 → ×1,16964; Gehandicaptenzorg 0,08 + 0,0833 → ×1,1633
 *   sociale_lasten 0,20 + pensioenpremie 0,13 → ×1,33; H = 36 × 52 = 1.872; P = H × productiviteit
 *   Begeleiding individueel (60% HBO-begeleider Schaal 8/5 = 24,19 × 156 = 3.773,64; 40% MBO Schaal 6/5 = 20,89 × 156 = 3.258,84),
 *   productiviteit 0,75, overhead 0,22, risico 0,02:
 *     LK_HBO = 3.773,64 × 12 × 1,16964 × 1,33; LK_MBO = 3.258,84 × 12 × 1,16964 × 1,33
 *     K = (0,6 LK_HBO + 0,4 LK_MBO) / 1.404 = 47,436075792; tarief = K × 1,22 × 1,02 = 59,0294527… → 59,03
 */
import { Decimal, sum } from "../../src/core/decimal";
import { berekenRegio, standaardTarief, type RegioUitkomst } from "../../src/core/regio";
import { standaardCaoBron } from "../../src/data";
import { voorbeeldRegio } from "../../src/data/voorbeeldregio";

const ctx = { caoBron: standaardCaoBron };
// computed afresh inside each test (not in a beforeAll): Stryker credits the code a test runs to that test, so a
// mutant of the region computation is run against every assertion below (docs/mutatie.md)
const regio = (): RegioUitkomst => berekenRegio(voorbeeldRegio(), ctx);

const cel = (u: RegioUitkomst, product: string, cao: string) => u.tariefgroepen.find((c) => c.product === product && c.cao === cao)!;

describe("sample region: tariff groups per CAO", () => {
  test("five municipalities, twelve segments, everything labelled illustratief", () => {
    const r = voorbeeldRegio();
    expect(r.gemeenten).toEqual(["Gouda", "Bodegraven-Reeuwijk", "Krimpenerwaard", "Waddinxveen", "Zuidplas"]);
    expect(r.segmenten).toHaveLength(12);
    expect(r.illustratief).toMatch(/^illustratief/);
    expect(r.naam).toMatch(/illustratief/);
  });

  test("Begeleiding individueel: Sociaal Werk 59,03 and Gehandicaptenzorg 39,29 (hand-computed), with the salary source", () => {
    const u = regio();
    expect(cel(u, "Begeleiding individueel", "Sociaal Werk").resultaat.tarief.toFixed(2)).toBe("59.03");
    // Gehandicaptenzorg: FWG 20/5 = 2.433 and FWG 15/5 = 2.319 (table derived to 1-12-2024):
    // (0,6 × 2.433 + 0,4 × 2.319) × 12 × 1,1633 × 1,33 / 1.404 × 1,22 × 1,02 = 39,2864420… → 39,29
    const gz = cel(u, "Begeleiding individueel", "Gehandicaptenzorg");
    expect(gz.resultaat.tarief.toFixed(2)).toBe("39.29");
    expect(gz.salarisbron).toBe("HBO-begeleider: € 2433,00 (tabel 2024-12-01, afgeleid); MBO-begeleider: € 2319,00 (tabel 2024-12-01, afgeleid)");
    expect(cel(u, "Begeleiding individueel", "Sociaal Werk").salarisbron).toMatch(/^HBO-begeleider: € 3773,64 \(tabel 2024-07-01, secundair\)/);
  });

  test("every product with a norm has a tariff under both CAOs", () => {
    const u = regio();
    expect(u.caos).toEqual(["Sociaal Werk", "Gehandicaptenzorg"]);
    expect(u.tariefgroepen).toHaveLength(16 * 2);
  });

  test("a provider without a CAO and one whose CAO has no tariff group get the reference CAO, and it says so", () => {
    const u = regio();
    const k = (a: string) => u.caoKeuzes.find((x) => x.aanbieder === a)!.keuze;
    expect(k("Praktijk Op Koers")).toEqual({
      cao: "Sociaal Werk",
      referentie: true,
      toelichting: "Praktijk Op Koers: geen CAO; referentie-CAO van de regio (Sociaal Werk) toegepast",
    });
    expect(k("Jeugdhulp Plus BV").referentie).toBe(true);
    expect(k("Stichting Kwadraat")).toMatchObject({ cao: "Gehandicaptenzorg", referentie: false });
  });
});

describe("sample region: provider checks", () => {
  test("bandwidth P25–P75 of six submissions (hand-computed PERCENTIEL.INC)", () => {
    const u = regio();
    // productiviteit sorted 0,62 0,68 0,70 0,72 0,75 0,80: h = 1,25 → 0,68 + 0,25 × 0,02 = 0,685; h = 2,5 → 0,71; h = 3,75 → 0,72 + 0,75 × 0,03 = 0,7425
    // overhead 0,15 0,20 0,22 0,24 0,25 0,30: 0,205 / 0,23 / 0,2475; risico 0 0,02 0,02 0,02 0,025 0,03: 0,02 / 0,02 / 0,02375
    const b = u.bandbreedtes[0].bandbreedtes.map((x) => [x.parameter, x.min.toString(), x.norm!.toString(), x.max.toString()]);
    expect(b).toEqual([
      ["productiviteit", "0.685", "0.71", "0.7425"],
      ["overhead", "0.205", "0.23", "0.2475"],
      ["risico_opslag", "0.02", "0.02", "0.02375"],
    ]);
  });

  test("Jeugdhulp Plus BV: productiviteit justified, overhead and risk capped; tariff 73,28 (hand-computed)", () => {
    const u = regio();
    const a = u.aanbiederTarieven.find((x) => x.aanbieder === "Jeugdhulp Plus BV")!;
    expect(a.toetsing.map((t) => [t.parameter, t.oordeel, t.gebruikt.toString()])).toEqual([
      ["productiviteit", "onderbouwd", "0.62"],
      ["overhead", "begrensd", "0.2475"],
      ["risico_opslag", "begrensd", "0.02375"],
    ]);
    expect(a.toetsing[0].onderbouwing).toMatch(/^Doelgroep met ernstige gedragsproblemen/);
    // Sociaal Werk (reference CAO): (0,6 LK_HBO + 0,4 LK_MBO) / (1.872 × 0,62) × 1,2475 × 1,02375 = 73,2846127… → 73,28
    expect(a.resultaat.tarief.toFixed(2)).toBe("73.28");
    expect(a.tariefgroep!.cao.referentie).toBe(true);
    expect(a.resultaat.conventies.filter((c) => c.startsWith("Bandbreedte "))).toHaveLength(3);
  });

  test("the deviation report lists every value outside the bandwidth", () => {
    const u = regio();
    // De Linde prod 0,75 > 0,7425; Kwadraat 0,68 < 0,685 and 0,25 > 0,2475; Jeugdhulp Plus 3; Op Koers 0,80, 0,15, 0;
    // Vooruit overhead 0,20; Zorggroep risico 0,025 → 1 + 2 + 3 + 3 + 1 + 1 = 11
    expect(u.afwijkingen).toHaveLength(11);
    expect(u.afwijkingen.filter((t) => t.oordeel === "onderbouwd")).toHaveLength(1);
  });
});

describe("sample region: micro-enterprise", () => {
  test("EU test with a 30% partner: 4 + 0,3 × 12 = 7,6 persons, turnover 380.000 + 270.000 = 650.000 → micro", () => {
    const u = regio();
    const m = u.micro[0];
    expect(m.aanbieder).toBe("Praktijk Op Koers");
    expect(m.toets.micro).toBe(true);
    expect([m.toets.totaal.personeel.toString(), m.toets.totaal.jaaromzet.toString(), m.toets.totaal.balanstotaal.toString()]).toEqual([
      "7.6",
      "650000",
      "240000",
    ]);
  });

  test("micro tariff under each rule (hand-computed), with rule and justification", () => {
    const u = regio();
    const t = u.micro[0].tarieven.map((x) => [x.resultaat.regel.soort, x.resultaat.tarief.toFixed(2)]);
    // (a) 85% × 59,03 = 50,1755 → 50,18
    // (b) maandsalaris 3.400 without CAO (eindejaarsuitkering default 0,0833): 3.400 × 12 × 1,1633 × 1,33 / 1.404 × 1,12 × 1 = 50,3563736… → 50,36
    // (c) fixed 58,00
    expect(t).toEqual([
      ["percentage", "50.18"],
      ["model", "50.36"],
      ["vast", "58.00"],
    ]);
    const a = u.micro[0].tarieven[0].resultaat;
    expect(a.regelOmschrijving).toBe("(a) percentage van het standaardtarief: 85% van € 59,03");
    expect(a.onderbouwing).toMatch(/85% van het standaardtarief/);
    expect(sum(a.opbouw.map((r) => r.bedrag)).toFixed(2)).toBe("50.18");
    expect(u.micro[0].tarieven[1].resultaat.regelOmschrijving).toMatch(/referentiesalaris in plaats van de CAO-normbezetting/);
  });
});

describe("sample region: scenarios and budget", () => {
  test("Begeleiding individueel per scenario (hand-computed) with absolute and relative difference", () => {
    const u = regio();
    const v = u.vergelijking.find((x) => x.product === "Begeleiding individueel")!;
    // K = 47,436075792: overhead 18% → K × 1,18 × 1,02 = 57,0940608… → 57,09; risk 3% → K × 1,22 × 1,03 = 59,6081728… → 59,61;
    // productivity 80% → K × 0,75 / 0,8 × 1,22 × 1,02 = 55,3401119… → 55,34
    expect(v.scenarios.map((s) => [s.naam, s.resultaat.tarief.toFixed(2), s.verschil.toFixed(2)])).toEqual([
      ["Lagere overhead", "57.09", "-1.94"],
      ["Risico-opslag 3%", "59.61", "0.58"],
      ["Productiviteit begeleiding 80%", "55.34", "-3.69"],
    ]);
    // relative: −3,69 / 59,03 = −0,06251058…
    expect(v.scenarios[2].relatief!.toDecimalPlaces(6).toString()).toBe("-0.062511");
  });

  test("budget Gouda, segment Begeleiding (S08), basis: 2025, 2026 and 2027 (hand-computed), exceeding the ceiling in 2027", () => {
    const u = regio();
    const b = (jaar: number) =>
      u.budget.perGemeenteSegment.find((t) => t.scenario === "basis" && t.jaar === jaar && t.gemeente === "Gouda" && t.segment === "S08")!.bedrag.toFixed(2);
    // volumes: 96.000 × 0,31 = 29.760 h and 21.000 × 0,31 = 6.510 h
    // 2025: 29.760 × 59,03 + 6.510 × 65,04 = 1.756.732,80 + 423.410,40 = 2.180.143,20
    // 2026 (+3,63%): 59,03 × 1,0363 = 61,172789 → 61,17; 65,04 × 1,0363 = 67,400952 → 67,40: 1.820.419,20 + 438.774,00 = 2.259.193,20
    // 2027 (+2,90%): 61,17 × 1,029 = 62,94393 → 62,94; 67,40 × 1,029 = 69,3546 → 69,35: 1.873.094,40 + 451.468,50 = 2.324.562,90
    expect([b(2025), b(2026), b(2027)]).toEqual(["2180143.20", "2259193.20", "2324562.90"]);
    const o = u.overschrijdingen.filter((x) => x.scenario === "basis" && x.gemeente === "Gouda" && x.segment === "S08");
    expect(o.map((x) => [x.jaar, x.overschrijding.toFixed(2)])[0]).toEqual([2027, "24562.90"]); // 2.324.562,90 − 2.300.000
  });

  test("lump sum and route prices (hand-computed)", () => {
    const u = regio();
    const r = (product: string, jaar: number, gemeente = "Gouda") =>
      u.budget.regels.find((x) => x.scenario === "basis" && x.product === product && x.jaar === jaar && x.gemeente === gemeente)!;
    // Jeugdbescherming: 0,31 × 3.800.000 = 1.178.000; 2026: 3.800.000 × 1,0363 = 3.937.940 × 0,31 = 1.220.761,40
    expect(r("Jeugdbescherming", 2025).bedrag.toFixed(2)).toBe("1178000.00");
    expect(r("Jeugdbescherming", 2026).bedrag.toFixed(2)).toBe("1220761.40");
    // traject kort: 12 × 77,49 = 929,88; traject lang: 30 × 75,37 + 10 × 100,42 + 150 = 3.415,30
    expect(r("Jeugd-GGZ traject kort", 2025).prijs.toFixed(2)).toBe("929.88");
    expect(r("Jeugd-GGZ traject lang", 2025).prijs.toFixed(2)).toBe("3415.30");
  });

  test("totals reconcile to the cent: per municipality, per segment and in total = Σ of the product amounts", () => {
    const u = regio();
    for (const t of u.budget.totaal) {
      const deel = (lijst: { scenario: string; jaar: number; bedrag: Decimal }[]) =>
        sum(lijst.filter((x) => x.scenario === t.scenario && x.jaar === t.jaar).map((x) => x.bedrag));
      expect(deel(u.budget.regels).toFixed(2)).toBe(t.bedrag.toFixed(2));
      expect(deel(u.budget.perGemeente).toFixed(2)).toBe(t.bedrag.toFixed(2));
      expect(deel(u.budget.perSegment).toFixed(2)).toBe(t.bedrag.toFixed(2));
      expect(deel(u.budget.perGemeenteSegment).toFixed(2)).toBe(t.bedrag.toFixed(2));
    }
    expect(u.budget.totaal).toHaveLength(4 * 5); // basis + 3 scenarios × 5 years
    expect(u.jaren).toEqual([2025, 2026, 2027, 2028, 2029]);
  });
});

describe("W-f: costs of the municipality's obligations", () => {
  test("Hulp bij het huishouden: a W-f line of 0,02 × K + 0,85 (hand-computed) and all six Wmo elements covered", () => {
    // Schaal 4/5: S = 2.828,28; K = 2.828,28 × 12 × 1,16964 × 1,33 / (1.872 × 0,8) = 35,254265445
    // W-f = 0,02 × 35,254265445 + 0,85 = 1,5550853089 → 1,56; tarief = (1,02 K + 0,85) × 1,22 × 1,02 = 45,8055560… → 45,81
    const r = standaardTarief(voorbeeldRegio(), "Hulp bij het huishouden", ctx);
    expect(r.tarief.toFixed(2)).toBe("45.81");
    const wf = r.opbouw.find((x) => x.elementen.includes("W-f"))!;
    expect(wf.bedrag.toFixed(2)).toBe("1.56");
    const wmo = new Set(r.opbouw.flatMap((x) => x.elementen).filter((e) => e.startsWith("W-")));
    expect([...wmo].sort()).toEqual(["W-a", "W-b", "W-c", "W-d", "W-e", "W-f"]);
    expect(sum(r.opbouw.map((x) => x.bedrag)).toFixed(2)).toBe("45.81");
  });
});
