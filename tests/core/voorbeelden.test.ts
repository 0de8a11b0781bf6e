/** The worked examples of the domain specification, reproduced exactly (OpenFisca-style test cases). */
import { berekenIndex } from "../../src/core/indexatie";
import { uurloonDeler } from "../../src/core/loonkosten";
import { excelRound } from "../../src/core/afronding";
import { d, tarief } from "./helpers";

describe("domain spec §3.7: published build-ups", () => {
  test("Begeleiding Extra: 42,22 / 0,80 × 1,20 = 63,33 per uur", () => {
    const r = tarief([
      ["loonkosten_per_uur", 42.22],
      ["productiviteit", 0.8],
      ["overhead", 0.2],
    ]);
    expect(r.tarief.toFixed(2)).toBe("63.33");
    expect(r.tariefOnafgerond.toString()).toBe("63.33");
    expect(r.eenheid).toBe("uur");
  });

  test("Begeleiding Basis: 24,68 → 37,02 per uur", () => {
    const r = tarief([
      ["loonkosten_per_uur", 24.68],
      ["productiviteit", 0.8],
      ["overhead", 0.2],
    ]);
    expect(r.tarief.toFixed(2)).toBe("37.02");
  });

  test("the same build-up with overhead as a 1/6 share gives the same tariff (20% surcharge = 16,67% share)", () => {
    const r = tarief([
      ["loonkosten_per_uur", 42.22],
      ["productiviteit", 0.8],
      ["overhead", 1 / 6],
      ["overhead_conventie", "aandeel"],
    ]);
    expect(r.tarief.toFixed(2)).toBe("63.33");
  });
});

describe("domain spec §3.3: the chained hourly form", () => {
  test("36 hours: the monthly-to-hourly divisor is 156 (36 × 52 / 12)", () => {
    expect(uurloonDeler(d(36)).toString()).toBe("156");
  });

  test("€ 2.397,45 / 156 = € 15,37", () => {
    expect(excelRound(d("2397.45").dividedBy(uurloonDeler(d(36))), 2).toFixed(2)).toBe("15.37");
  });

  test("K = u × (1+v+e+ort+x) × (1+s+p) / π equals LK / P when F = 0 and Q = 0", () => {
    const r = tarief([
      ["maandsalaris", 2397.45],
      ["sociale_lasten", 0.2],
      ["pensioenpremie", 0.12],
      ["productiviteit", 0.8],
      ["overhead", "geen"],
      ["afronding", "geen"],
    ]);
    const u = d("2397.45").dividedBy(156);
    const k = u.times(d(1).plus("0.08").plus("0.0833")).times(d(1).plus("0.2").plus("0.12")).dividedBy("0.8");
    expect(r.kostenPerProductiefUur!.minus(k).abs().lessThan("1e-30")).toBe(true);
    expect(r.tarief.minus(k).abs().lessThan("1e-30")).toBe(true);
  });
});

describe("domain spec §3.4: group products", () => {
  test("1 begeleider, group of 8, dagdeel of 4 hours → staff cost per client per dagdeel = K × 4 / 8", () => {
    const r = tarief([
      ["loonkosten_per_uur", 40],
      ["productiviteit", 0.8],
      ["overhead", "geen"],
      ["eenheid", "dagdeel"],
      ["groepsgrootte", 8],
    ]);
    // K = 40 / 0.8 = 50; × 4 / 8 = 25
    expect(r.kostenPerProductiefUur!.toString()).toBe("50");
    expect(r.directePersoneelskosten.toString()).toBe("25");
    expect(r.tarief.toFixed(2)).toBe("25.00");
  });
});

describe("domain spec §7: VNG indexation 2024 and 2025", () => {
  const i2024 = {
    ovaNieuw: d("0.0494"),
    ppcNieuw: d("0.0251"),
    ovaVorigPrognose: d("0.0474"),
    ovaVorigDefinitief: d("0.0636"),
    ppcVorigPrognose: d("0.0487"),
    ppcVorigDefinitief: d("0.0702"),
  };

  test("weighted figures: W forecast 2023 = 4,753%, W final 2023 = 6,426%, W 2024 = 4,697%", () => {
    const r = berekenIndex({ ...i2024, methode: "multiplicatief" });
    expect(r.gewogenVorigPrognose.toString()).toBe("0.04753");
    expect(r.gewogenVorigDefinitief.toString()).toBe("0.06426");
    expect(r.gewogenNieuw.toString()).toBe("0.04697");
  });

  test("multiplicative correction 1,5971%, index 6,2941%", () => {
    const r = berekenIndex({ ...i2024, methode: "multiplicatief" });
    expect(r.correctie.times(100).toDecimalPlaces(4).toString()).toBe("1.5971");
    expect(r.index.times(100).toDecimalPlaces(4).toString()).toBe("6.2941");
  });

  test("components rounded: 1,60% + 4,70% = 6,30% (the published figure)", () => {
    const r = berekenIndex({ ...i2024, methode: "multiplicatief", afronding: "componenten" });
    expect(r.index.toString()).toBe("0.063");
  });

  test("index rounded as a total: 6,29%", () => {
    expect(berekenIndex({ ...i2024, methode: "multiplicatief", afronding: "totaal" }).index.toString()).toBe("0.0629");
  });

  const i2025 = {
    ovaNieuw: d("0.0418"),
    ppcNieuw: d("0.0182"),
    ovaVorigPrognose: d("0.0494"),
    ovaVorigDefinitief: d("0.06"),
    ppcVorigPrognose: d("0.0251"),
    ppcVorigDefinitief: d("0.031"),
  };

  test("2025, corrected version (additive on weighted figures): 3,944% + 1,013% = 4,96%", () => {
    const r = berekenIndex({ ...i2025, methode: "additief" });
    expect(r.gewogenNieuw.toString()).toBe("0.03944");
    expect(r.correctie.toString()).toBe("0.01013");
    expect(berekenIndex({ ...i2025, methode: "additief", afronding: "totaal" }).index.toString()).toBe("0.0496");
  });

  test("2025, first version (multiplicative, components rounded): 3,94% + 0,97% = 4,91%", () => {
    expect(berekenIndex({ ...i2025, methode: "multiplicatief", afronding: "componenten" }).index.toString()).toBe("0.0491");
  });

  test("the default weight is 90% OVA / 10% PPC and the default method additive", () => {
    const r = berekenIndex(i2024);
    expect(r.gewichtLoon.toString()).toBe("0.9");
    expect(r.methode).toBe("additief");
    expect(r.correctie.toString()).toBe("0.01673");
  });
});
