/**
 * Provider checks against the bandwidth (toetsing.ts) and bandwidths themselves (bandbreedte.ts) at their bounds:
 * a value on min or max is within, a cent outside is capped or justified, and the provider-specific tariff uses
 * exactly the values the check decided. Tariffs by hand: loonkosten_per_uur 40 / productiviteit × (1 + overhead).
 */
import { Decimal } from "../../src/core/decimal";
import {
  bandbreedtesUitInzendingen,
  bandbreedteUitWaarden,
  bandParameter,
  maakBandbreedte,
  percentielInc,
  waarde,
  type Inzending,
} from "../../src/core/bandbreedte";
import { leesFunctiemixBereik, leesParameterObject } from "../../src/core/parameters/lezen";
import { afwijkingenRapport, berekenAanbiederTarief, toetsInzending } from "../../src/core/toetsing";
import { invoerMelding as melding } from "../helpers/fout";

const D = (x: string | number) => new Decimal(x);
const banden = () => [maakBandbreedte("productiviteit", D("0.7"), D("0.8"), D("0.75")), maakBandbreedte("overhead", D("0.15"), D("0.25"))];
const inz = (p: Record<string, unknown>, onderbouwingen?: Record<string, string>, product: string | null = "Begeleiding"): Inzending => ({
  aanbieder: "A",
  product: product ?? undefined,
  parameters: leesParameterObject(p),
  onderbouwingen,
});

describe("toetsInzending at the bounds", () => {
  test("min and max themselves are within; the value is used as submitted", () => {
    const t = toetsInzending(inz({ productiviteit: 0.7, overhead: 0.25 }), banden());
    expect(t.map((x) => [x.parameter, x.oordeel, x.gebruikt.toString(), x.ingediend.toString(), x.toelichting])).toEqual([
      ["productiviteit", "binnen", "0.7", "0.7", "0,7 ligt binnen 0,7 – 0,8"],
      ["overhead", "binnen", "0.25", "0.25", "0,25 ligt binnen 0,15 – 0,25"],
    ]);
    expect(t[0]).toMatchObject({ aanbieder: "A", product: "Begeleiding", min: D("0.7"), max: D("0.8"), norm: D("0.75") });
    expect(t[0].onderbouwing).toBeUndefined();
  });

  test("just below min is capped at min, just above max at max", () => {
    const t = toetsInzending(inz({ productiviteit: 0.6999, overhead: 0.2501 }), banden());
    expect(t.map((x) => [x.oordeel, x.gebruikt.toString(), x.toelichting])).toEqual([
      ["begrensd", "0.7", "0,6999 ligt buiten 0,7 – 0,8; begrensd op 0,7"],
      ["begrensd", "0.25", "0,2501 ligt buiten 0,15 – 0,25; begrensd op 0,25"],
    ]);
  });

  test("outside with a justification: used as submitted, the justification trimmed and named", () => {
    const t = toetsInzending(inz({ productiviteit: 0.9, overhead: 0.1 }, { Productiviteit: "  zware doelgroep " }), banden());
    expect(t.map((x) => [x.oordeel, x.gebruikt.toString(), x.onderbouwing])).toEqual([
      ["onderbouwd", "0.9", "zware doelgroep"],
      ["begrensd", "0.15", undefined],
    ]);
    expect(t[0].toelichting).toBe("0,9 ligt buiten 0,7 – 0,8; aanvaard met onderbouwing: zware doelgroep");
  });

  test("a justification for a parameter without bandwidth, or an empty one, is refused; the place has no product when none", () => {
    expect(melding(() => toetsInzending(inz({ productiviteit: 0.75, overhead: 0.2 }, { risico_opslag: "x" }, null), banden()))).toBe(
      "Onderbouwing (aanbieder A) voor 'risico_opslag': voor deze parameter is geen bandbreedte; onderbouw alleen parameters met een bandbreedte (productiviteit, overhead).",
    );
    expect(melding(() => toetsInzending(inz({ productiviteit: 0.75, overhead: 0.2 }, { overhead: 5 as never }), banden()))).toBe(
      "Onderbouwing (aanbieder A, product Begeleiding) voor 'overhead' is leeg; een waarde buiten de bandbreedte wordt alleen aanvaard met een onderbouwing in woorden.",
    );
    expect(melding(() => toetsInzending(inz({ productiviteit: 0.75 }, undefined, null), banden()))).toBe(
      "De inzending (aanbieder A) mist parameter 'overhead': daarvoor geldt een bandbreedte (0,15 – 0,25); geef de waarde van de aanbieder.",
    );
  });
});

describe("justifications name their place", () => {
  test("an unknown parameter in a justification names the submission", () => {
    expect(melding(() => toetsInzending(inz({ productiviteit: 0.75, overhead: 0.2 }, { overhed: "x" }), banden()))).toBe(
      "Onbekende parameter 'overhed' (onderbouwing (aanbieder A, product Begeleiding)). Bedoelt u 'overhead'? Een bandbreedte geldt voor een parameter uit RT.PARAMETERS().",
    );
  });
});

describe("berekenAanbiederTarief", () => {
  test("basis, then the submission, then the capped values; the conventions list each deviation", () => {
    // productiviteit 0,9 justified, overhead 0,3 capped at 0,25: 40 / 0,9 × 1,25 = 55,5555… → 55,56
    const r = berekenAanbiederTarief(
      inz({ loonkosten_per_uur: 40, productiviteit: 0.9, overhead: 0.3 }, { productiviteit: "doelgroep" }),
      banden(),
      {},
      leesParameterObject({ loonkosten_per_uur: 30, risico_opslag: 0 }),
    );
    expect(r.resultaat.tarief.toFixed(2)).toBe("55.56");
    expect([
      String(r.parameters.loonkosten_per_uur),
      String(r.parameters.productiviteit),
      String(r.parameters.overhead),
      String(r.parameters.risico_opslag),
    ]).toEqual(["40", "0.9", "0.25", "0"]);
    expect([r.aanbieder, r.product]).toEqual(["A", "Begeleiding"]);
    const eigen = r.resultaat.conventies.slice(-3);
    expect(eigen).toEqual([
      "Aanbieder-specifiek tarief van A: 2 parameter(s) getoetst aan de bandbreedte, 2 afwijking(en)",
      "Bandbreedte productiviteit: buiten bandbreedte, onderbouwd — 0,9 ligt buiten 0,7 – 0,8; aanvaard met onderbouwing: doelgroep",
      "Bandbreedte overhead: buiten bandbreedte — 0,3 ligt buiten 0,15 – 0,25; begrensd op 0,25",
    ]);
    expect(afwijkingenRapport(r.toetsing).map((t) => t.oordeel)).toEqual(["onderbouwd", "begrensd"]);
  });

  test("a parameter the submission leaves undefined keeps the basis's value (risico 0,1: 40 / 0,75 × 1,2 × 1,1 = 70,40)", () => {
    const i = inz({ loonkosten_per_uur: 40, productiviteit: 0.75, overhead: 0.2 });
    const r = berekenAanbiederTarief(
      { ...i, parameters: { ...i.parameters, risico_opslag: undefined } },
      banden(),
      {},
      leesParameterObject({ risico_opslag: 0.1 }),
    );
    expect(String(r.parameters.risico_opslag)).toBe("0.1");
    expect(r.resultaat.tarief.toFixed(2)).toBe("70.40");
  });

  test("within the bandwidth: no deviation lines, the submitted values used (40 / 0,75 × 1,2 = 64,00)", () => {
    const r = berekenAanbiederTarief(inz({ loonkosten_per_uur: 40, productiviteit: 0.75, overhead: 0.2 }), banden());
    expect(r.resultaat.tarief.toFixed(2)).toBe("64.00");
    expect(r.resultaat.conventies.filter((c) => c.startsWith("Bandbreedte "))).toEqual([]);
    expect(r.resultaat.conventies[r.resultaat.conventies.length - 1]).toBe(
      "Aanbieder-specifiek tarief van A: 2 parameter(s) getoetst aan de bandbreedte, 0 afwijking(en)",
    );
    expect(afwijkingenRapport(r.toetsing)).toEqual([]);
  });

  test("a salary in a submission is refused when the region's functiemix gives salaries, not with the provider's own mix", () => {
    const mix = leesFunctiemixBereik([
      ["functie", "aandeel", "loonkosten_per_uur"],
      ["A", 1, 40],
    ]);
    const i = inz({ loonkosten_per_uur: 50, productiviteit: 0.75, overhead: 0.2 });
    expect(melding(() => berekenAanbiederTarief(i, banden(), {}, undefined, mix))).toBe(
      "De inzending (aanbieder A, product Begeleiding) geeft loonkosten_per_uur, maar de functiemix van de regio geeft het salaris per niveau: de waarde zou geen effect hebben. Geef de aanbieder een eigen functiemix of laat loonkosten_per_uur weg.",
    );
    // the provider's own mix: 45 / 0,75 × 1,2 = 72,00
    const eigenMix = leesFunctiemixBereik([
      ["functie", "aandeel", "loonkosten_per_uur"],
      ["A", 1, 45],
    ]);
    const r = berekenAanbiederTarief({ ...i, functiemix: eigenMix }, banden(), {}, undefined, mix);
    expect(r.resultaat.tarief.toFixed(2)).toBe("72.00");
    // without salary in the submission the region's mix is used: 40 / 0,75 × 1,2 = 64,00
    const zonder = berekenAanbiederTarief(inz({ productiviteit: 0.75, overhead: 0.2 }), banden(), {}, undefined, mix);
    expect(zonder.resultaat.tarief.toFixed(2)).toBe("64.00");
  });
});

describe("bandwidths at their bounds", () => {
  test("min = max and norm on a bound are allowed; a norm outside is refused with the place", () => {
    expect(maakBandbreedte("overhead", D("0.2"), D("0.2")).min.toString()).toBe("0.2");
    expect(maakBandbreedte("overhead", D("0.1"), D("0.3"), D("0.1")).norm!.toString()).toBe("0.1");
    expect(maakBandbreedte("overhead", D("0.1"), D("0.3"), D("0.3")).norm!.toString()).toBe("0.3");
    expect(melding(() => maakBandbreedte("overhead", D("0.1"), D("0.3"), D("0.31"), " (product P)"))).toBe(
      "Bandbreedte voor overhead (product P): norm = 0,31 ligt niet tussen min 0,1 en max 0,3.",
    );
    expect(melding(() => maakBandbreedte("overhead", D("0.1"), D("0.3"), D("0.09")))).toBe(
      "Bandbreedte voor overhead: norm = 0,09 ligt niet tussen min 0,1 en max 0,3.",
    );
    expect(melding(() => maakBandbreedte("overhead", D("0.31"), D("0.3")))).toBe(
      "Bandbreedte voor overhead: min = 0,31 is groter dan max = 0,3; toegestaan: min ≤ max.",
    );
    expect(maakBandbreedte(" Overhead ", D(0), D(1))).toEqual({ parameter: "overhead", min: D(0), max: D(1), norm: undefined, herkomst: "opgegeven" });
  });

  test("bandParameter: a numeric parameter only, with a suggestion", () => {
    expect(bandParameter("Risico opslag")).toBe("risico_opslag");
    expect(melding(() => bandParameter("overhed", " (x)"))).toBe(
      "Onbekende parameter 'overhed' (x). Bedoelt u 'overhead'? Een bandbreedte geldt voor een parameter uit RT.PARAMETERS().",
    );
    expect(melding(() => bandParameter("afronding"))).toBe(
      "Parameter 'afronding' is geen getal (soort keuze); een bandbreedte kan alleen voor een numerieke parameter.",
    );
    expect(melding(() => bandParameter("functie"))).toMatch(/^Onbekende parameter 'functie'\./);
    expect(melding(() => bandParameter("zzzzzzzz"))).toBe("Onbekende parameter 'zzzzzzzz'. Een bandbreedte geldt voor een parameter uit RT.PARAMETERS().");
  });

  test("from submissions: warnings for 1, 2 and 3 values, none from 4", () => {
    const b = (n: number) => bandbreedteUitWaarden("overhead", [0.1, 0.2, 0.3, 0.4].slice(0, n).map(D));
    expect(b(1)).toEqual({
      parameter: "overhead",
      min: D("0.1"),
      norm: D("0.1"),
      max: D("0.1"),
      herkomst: "inzendingen",
      aantal: 1,
      waarschuwing: "1 inzending: min, norm en max zijn die ene waarde (PERCENTIEL.INC); bandbreedte zonder spreiding",
    });
    // 2 values: h = 0,25 → 0,125; 0,15; 0,175
    expect([b(2).min, b(2).norm, b(2).max].map(String)).toEqual(["0.125", "0.15", "0.175"]);
    expect(b(2).waarschuwing).toBe("2 inzendingen: P25 en P75 zijn interpolaties tussen 2 waarden (PERCENTIEL.INC); weinig houvast");
    expect(b(3).waarschuwing).toBe("3 inzendingen: P25 en P75 zijn interpolaties tussen 3 waarden (PERCENTIEL.INC); weinig houvast");
    expect(b(4).waarschuwing).toBeUndefined();
    expect(b(4).aantal).toBe(4);
    expect(melding(() => bandbreedteUitWaarden("overhead", []))).toBe(
      "Bandbreedte voor overhead uit een lege verzameling inzendingen: geen enkele inzending geeft overhead; geef minstens één waarde of een bandbreedte [min, max].",
    );
    expect(melding(() => bandbreedteUitWaarden("overhead", [], " (product P)"))).toBe(
      "Bandbreedte voor overhead (product P) uit een lege verzameling inzendingen: geen enkele inzending geeft overhead; geef minstens één waarde of een bandbreedte [min, max].",
    );
  });

  test("percentielInc: k = 0 and 1 are the extremes; outside is refused", () => {
    const x = [3, 1, 2].map(D);
    expect(percentielInc(x, D(0)).toString()).toBe("1");
    expect(percentielInc(x, D(1)).toString()).toBe("3");
    expect(percentielInc(x, D("0.5")).toString()).toBe("2");
    expect(melding(() => percentielInc(x, D("1.01")))).toBe("k = 1,01 ligt buiten 0 tot en met 1.");
    expect(melding(() => percentielInc(x, D("-0.01")))).toBe("k = -0,01 ligt buiten 0 tot en met 1.");
  });

  test("bandwidths from submissions take only the submissions that give the parameter", () => {
    const b = bandbreedtesUitInzendingen(
      [inz({ overhead: 0.1 }), inz({ productiviteit: 0.7 }), inz({ overhead: 0.3, productiviteit: 0.8 })],
      ["Overhead", "productiviteit"],
      " (product P)",
    );
    expect(b.map((x) => [x.parameter, x.aantal, x.min.toString(), x.max.toString()])).toEqual([
      ["overhead", 2, "0.15", "0.25"],
      ["productiviteit", 2, "0.725", "0.775"],
    ]);
    expect(melding(() => bandbreedtesUitInzendingen([inz({ overhead: 0.1 })], ["risico_opslag"]))).toMatch(
      /^Bandbreedte voor risico_opslag uit een lege verzameling/,
    );
    expect(melding(() => bandbreedtesUitInzendingen([inz({ overhead: 0.1 })], ["risico_opslag"], " (product P)"))).toMatch(
      /^Bandbreedte voor risico_opslag \(product P\) uit een lege verzameling/,
    );
    expect(waarde(leesParameterObject({ afronding: "euro" }), "afronding")).toBeUndefined();
    expect(waarde(leesParameterObject({ overhead: 0.2 }), "overhead")!.toString()).toBe("0.2");
  });
});
