/**
 * A whole region computed (regio.ts), each test computing its own region: the sample region's tables against the
 * hand-computed figures of regio.test.ts, the lookup cache of one computation, and small regions for the branches
 * the sample does not take.
 */
import type { CaoBron } from "../../src/core/bronnen";
import { sum } from "../../src/core/decimal";
import { berekenRegio, metOpzoekCache, standaardTarief } from "../../src/core/regio";
import { leesRegio } from "../../src/core/regio-invoer";
import { standaardCaoBron } from "../../src/data";
import { voorbeeldRegio, VOORBEELDREGIO_DATA } from "../../src/data/voorbeeldregio";
import { invoerMelding as melding } from "../helpers/fout";

const ctx = { caoBron: standaardCaoBron };
const kopie = () => JSON.parse(JSON.stringify(VOORBEELDREGIO_DATA)) as Record<string, unknown> & { [k: string]: never };

describe("the sample region, computed in the test", () => {
  test("tariff groups, CAO choices, bandwidths, provider tariffs and deviations", () => {
    const u = berekenRegio(voorbeeldRegio(), ctx);
    expect(u.caos).toEqual(["Sociaal Werk", "Gehandicaptenzorg"]);
    expect(u.tariefgroepen).toHaveLength(32);
    const cel = (p: string, c: string) => u.tariefgroepen.find((x) => x.product === p && x.cao === c)!;
    expect(cel("Begeleiding individueel", "Sociaal Werk").resultaat.tarief.toFixed(2)).toBe("59.03");
    expect(cel("Begeleiding individueel", "Gehandicaptenzorg").resultaat.tarief.toFixed(2)).toBe("39.29");
    // products without a tariff of their own (lump sums, fixed compositions) have no tariff group
    expect(u.tariefgroepen.some((x) => x.product === "Jeugdbescherming" || x.product === "Jeugd-GGZ traject lang")).toBe(false);
    expect(u.caoKeuzes.map((k) => [k.aanbieder, k.keuze.cao, k.keuze.referentie])).toEqual([
      ["Zorgaanbieder De Linde", "Sociaal Werk", false],
      ["Stichting Kwadraat", "Gehandicaptenzorg", false],
      ["Jeugdhulp Plus BV", "Sociaal Werk", true],
      ["Praktijk Op Koers", "Sociaal Werk", true],
      ["Begeleiding Vooruit", "Sociaal Werk", false],
      ["Zorggroep Midden", "Gehandicaptenzorg", false],
    ]);
    expect(u.bandbreedtes.map((b) => [b.product, b.bandbreedtes.map((x) => x.parameter)])).toEqual([
      ["Begeleiding individueel", ["productiviteit", "overhead", "risico_opslag"]],
    ]);
    expect(u.bandbreedtes[0].bandbreedtes.map((x) => [x.min.toString(), x.norm!.toString(), x.max.toString()])).toEqual([
      ["0.685", "0.71", "0.7425"],
      ["0.205", "0.23", "0.2475"],
      ["0.02", "0.02", "0.02375"],
    ]);
    expect(u.aanbiederTarieven).toHaveLength(6);
    const a = u.aanbiederTarieven.find((x) => x.aanbieder === "Jeugdhulp Plus BV")!;
    expect(a.resultaat.tarief.toFixed(2)).toBe("73.28");
    expect([a.tariefgroep!.cao.cao, a.tariefgroep!.cao.referentie, a.tariefgroep!.tarief.toFixed(2)]).toEqual(["Sociaal Werk", true, "59.03"]);
    // Kwadraat applies Gehandicaptenzorg: its tariff group is that CAO's 39,29
    const k = u.aanbiederTarieven.find((x) => x.aanbieder === "Stichting Kwadraat")!;
    expect([k.tariefgroep!.cao.cao, k.tariefgroep!.tarief.toFixed(2)]).toEqual(["Gehandicaptenzorg", "39.29"]);
    expect(u.afwijkingen).toHaveLength(11);
    expect(u.afwijkingen.every((t) => t.oordeel !== "binnen")).toBe(true);
  });

  test("micro tariffs, scenarios, budget and ceilings", () => {
    const u = berekenRegio(voorbeeldRegio(), ctx);
    expect(u.micro.map((m) => [m.aanbieder, m.toets.micro, m.tarieven.length])).toEqual([["Praktijk Op Koers", true, 3]]);
    expect(u.micro[0].tarieven.map((t) => [t.product, t.regel.regel.soort, t.resultaat.tarief.toFixed(2)])).toEqual([
      ["Begeleiding individueel", "percentage", "50.18"],
      ["Begeleiding individueel", "model", "50.36"],
      ["Begeleiding individueel", "vast", "58.00"],
    ]);
    expect(u.scenarios.map((s) => s.naam)).toEqual(["Lagere overhead", "Risico-opslag 3%", "Productiviteit begeleiding 80%"]);
    const v = u.vergelijking.find((x) => x.product === "Begeleiding individueel")!;
    expect(v.basis.tarief.toFixed(2)).toBe("59.03");
    expect(v.scenarios.map((s) => [s.naam, s.resultaat.tarief.toFixed(2)])).toEqual([
      ["Lagere overhead", "57.09"],
      ["Risico-opslag 3%", "59.61"],
      ["Productiviteit begeleiding 80%", "55.34"],
    ]);
    expect(u.jaren).toEqual([2025, 2026, 2027, 2028, 2029]);
    const b = (scenario: string, jaar: number) =>
      u.budget.perGemeenteSegment.find((t) => t.scenario === scenario && t.jaar === jaar && t.gemeente === "Gouda" && t.segment === "S08")!.bedrag.toFixed(2);
    expect([b("basis", 2025), b("basis", 2026), b("basis", 2027)]).toEqual(["2180143.20", "2259193.20", "2324562.90"]);
    // scenario "Productiviteit begeleiding 80%": 29.760 × 55,34 + 6.510 × Begeleiding extra at 80%
    expect(b("Productiviteit begeleiding 80%", 2025)).not.toBe(b("basis", 2025));
    expect(b("Lagere overhead", 2025)).not.toBe(b("basis", 2025));
    const r = (product: string, jaar: number) =>
      u.budget.regels.find((x) => x.scenario === "basis" && x.product === product && x.jaar === jaar && x.gemeente === "Gouda")!;
    expect(r("Jeugdbescherming", 2025).bedrag.toFixed(2)).toBe("1178000.00");
    expect(r("Jeugdbescherming", 2026).bedrag.toFixed(2)).toBe("1220761.40");
    // 2027: 3.937.940 × 1,029 = 4.052.140,26 × 0,31 = 1.256.163,48
    expect(r("Jeugdbescherming", 2027).prijs.toFixed(2)).toBe("4052140.26");
    expect(r("Jeugd-GGZ traject kort", 2025).prijs.toFixed(2)).toBe("929.88");
    expect(r("Jeugd-GGZ traject lang", 2025).prijs.toFixed(2)).toBe("3415.30");
    const o = u.overschrijdingen.filter((x) => x.scenario === "basis" && x.gemeente === "Gouda" && x.segment === "S08");
    expect(o.map((x) => [x.jaar, x.overschrijding.toFixed(2)])[0]).toEqual([2027, "24562.90"]);
    expect(u.budget.totaal).toHaveLength(20);
    for (const t of u.budget.totaal)
      expect(sum(u.budget.regels.filter((x) => x.scenario === t.scenario && x.jaar === t.jaar).map((x) => x.bedrag)).toFixed(2)).toBe(t.bedrag.toFixed(2));
  });

  test("standaardTarief: one product under the reference CAO; an unknown product is refused", () => {
    expect(standaardTarief(voorbeeldRegio(), "begeleiding  INDIVIDUEEL", ctx).tarief.toFixed(2)).toBe("59.03");
    expect(melding(() => standaardTarief(voorbeeldRegio(), "Vervoer", ctx))).toMatch(/^Product 'Vervoer' is onbekend in regio /);
  });
});

describe("branches the sample does not take", () => {
  test("a provider that is not micro gets no micro tariffs; only submissions for the product count", () => {
    const d = kopie();
    const aanbieders = d.aanbieders as { naam: string; micro?: { personeel: string } }[];
    aanbieders.find((a) => a.micro)!.micro!.personeel = "10";
    const inz = d.inzendingen as { product?: string }[];
    const n = inz.length;
    inz.push({ ...(inz[0] as object), product: "Dagbesteding" } as never);
    const u = berekenRegio(leesRegio(d), ctx);
    expect(u.micro.map((m) => [m.aanbieder, m.toets.micro, m.tarieven.length])).toEqual([["Praktijk Op Koers", false, 0]]);
    expect(u.aanbiederTarieven).toHaveLength(n);
  });

  test("given bandwidths are used as given; a scenario's salary override on a norm product is refused", () => {
    const d = kopie();
    (d.aanbiederSpecifiek as { bandbreedtes?: unknown[] }[])[0].bandbreedtes = [
      { parameter: "productiviteit", min: "0.6", max: "0.9" },
      { parameter: "overhead", min: "0.1", max: "0.3" },
      { parameter: "risico_opslag", min: "0", max: "0.05" },
    ];
    const u = berekenRegio(leesRegio(d), ctx);
    expect(u.bandbreedtes[0].bandbreedtes.map((b) => [b.parameter, b.herkomst, b.min.toString()])).toEqual([
      ["productiviteit", "opgegeven", "0.6"],
      ["overhead", "opgegeven", "0.1"],
      ["risico_opslag", "opgegeven", "0"],
    ]);
    expect(u.afwijkingen).toHaveLength(0);
    const s = kopie();
    (s.scenarios as unknown[]).push({ naam: "Salaris", wijzigingen: [{ product: "Begeleiding individueel", parameter: "maandsalaris", waarde: "4000" }] });
    expect(melding(() => berekenRegio(leesRegio(s), ctx))).toBe(
      "Scenario 'Salaris', product 'Begeleiding individueel': maandsalaris heeft geen effect, want de normbezetting (of functiemix) geeft het salaris per niveau; wijzig de CAO-indeling of de parameters van het salaris (sociale_lasten, pensioenpremie, …).",
    );
  });
});

describe("products and places the sample does not have", () => {
  test("a product with a tariff but without norm has no tariff group and is still compared: 3.000 → 49,37", () => {
    const d = kopie();
    (d.producten as unknown[]).push({
      product: "Zonder norm",
      segment: "S08",
      financieringsvorm: "pxq",
      parameters: { maandsalaris: "3000", productiviteit: "0.75" },
    });
    const u = berekenRegio(leesRegio(d), ctx);
    expect(u.tariefgroepen).toHaveLength(32);
    expect(u.tariefgroepen.some((c) => c.product === "Zonder norm")).toBe(false);
    // base parameters: sociale_lasten 0,20, pensioenpremie 0,13, overhead 0,22, risico 0,02; no CAO: × 1,1633
    // 3.000 × 12 × 1,1633 × 1,33 / 1.404 × 1,22 × 1,02 = 39,6715… × 1,2444 = 49,3672… → 49,37
    expect(u.vergelijking.find((v) => v.product === "Zonder norm")!.basis.tarief.toFixed(2)).toBe("49.37");
  });

  test("an unknown product in the provider-specific list or the micro products names where it came from", () => {
    const a = kopie();
    (a.aanbiederSpecifiek as { product: string }[])[0].product = "Vervoer";
    expect(melding(() => berekenRegio(leesRegio(a), ctx))).toMatch(/^Product 'Vervoer' \(aanbieder-specifiek\) is onbekend in regio /);
    const m = kopie();
    (m.microProducten as string[])[0] = "Vervoer";
    expect(melding(() => berekenRegio(leesRegio(m), ctx))).toMatch(/^Product 'Vervoer' \(microtarief\) is onbekend in regio /);
  });

  test("a checked parameter no submission gives names the product", () => {
    const d = kopie();
    (d.aanbiederSpecifiek as { parameters: string[] }[])[0].parameters = ["materiele_kosten"];
    expect(melding(() => berekenRegio(leesRegio(d), ctx))).toBe(
      "Bandbreedte voor materiele_kosten (product Begeleiding individueel) uit een lege verzameling inzendingen: geen enkele inzending geeft materiele_kosten; geef minstens één waarde of een bandbreedte [min, max].",
    );
  });
});

describe("metOpzoekCache", () => {
  test("without a CAO base the context is returned as is", () => {
    const c = { vandaag: "2025-01-01" };
    expect(metOpzoekCache(c)).toBe(c);
  });

  test("each distinct lookup reaches the base once, also when the answer is 'not there'", () => {
    const gevraagd: string[] = [];
    const bron: CaoBron = {
      salaris: (o) => (gevraagd.push(`s ${o.cao} ${o.schaal} ${o.trede} ${o.peildatum}`), standaardCaoBron.salaris(o)),
      caoParameter: (cao, naam, peildatum) => (gevraagd.push(`p ${cao} ${naam} ${peildatum}`), undefined),
    };
    const c = metOpzoekCache({ caoBron: bron, vandaag: "2025-01-01" });
    expect(c.vandaag).toBe("2025-01-01");
    const o = { cao: "Sociaal Werk", schaal: "Schaal 8", trede: "5", peildatum: "2025-01-01" };
    const eerste = c.caoBron!.salaris(o);
    expect(c.caoBron!.salaris({ ...o })).toBe(eerste);
    c.caoBron!.salaris({ ...o, trede: "6" });
    c.caoBron!.salaris({ ...o, peildatum: "2025-07-01" });
    expect(c.caoBron!.caoParameter!("Sociaal Werk", "ort", "2025-01-01")).toBeUndefined();
    expect(c.caoBron!.caoParameter!("Sociaal Werk", "ort", "2025-01-01")).toBeUndefined();
    c.caoBron!.caoParameter!("Sociaal Werk", "ort", "2025-07-01");
    expect(gevraagd).toEqual([
      "s Sociaal Werk Schaal 8 5 2025-01-01",
      "s Sociaal Werk Schaal 8 6 2025-01-01",
      "s Sociaal Werk Schaal 8 5 2025-07-01",
      "p Sociaal Werk ort 2025-01-01",
      "p Sociaal Werk ort 2025-07-01",
    ]);
  });

  test("a base without CAO parameters keeps none", () => {
    const c = metOpzoekCache({ caoBron: { salaris: standaardCaoBron.salaris } });
    expect(c.caoBron!.caoParameter).toBeUndefined();
  });
});
