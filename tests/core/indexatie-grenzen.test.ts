/**
 * Indexation at its boundaries: the plausible range of an index figure (−50 % … 100 %) and the whole-percentage
 * hint just outside it, the weight of wages (0 … 1), each named figure in its own message, the defaults (weight
 * 0,9, additive, unrounded) and the yearly rounding of an amount.
 */
import { d } from "./helpers";
import { berekenIndex, controleerIndexcijfer, controleerTeIndexeren, indexeer, indexeerJaar, type IndexInvoer } from "../../src/core/indexatie";

const melding = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return "geen fout";
};

describe("controleerIndexcijfer", () => {
  test("−0,5 and 1 are the bounds; just outside is refused, with the whole-percentage hint from just above 1 to 100", () => {
    for (const v of ["-0.5", "0", "0.0474", "1"]) expect(melding(() => controleerIndexcijfer("x", d(v)))).toBe("geen fout");
    expect(melding(() => controleerIndexcijfer("x", d("-0.5001")))).toBe(
      "x = -0,5001 ligt buiten het toegestane bereik: -50% tot 100% (fractie, 4,74% = 0,0474).",
    );
    expect(melding(() => controleerIndexcijfer("x", d("1.0001")))).toBe(
      "x = 1,0001 lijkt een percentage als heel getal: gebruik 1,0001% of 0,010001 (toegestaan: -50% tot 100%).",
    );
    expect(melding(() => controleerIndexcijfer("x", d("4.5")))).toBe(
      "x = 4,5 lijkt een percentage als heel getal: gebruik 4,5% of 0,045 (toegestaan: -50% tot 100%).",
    );
    expect(melding(() => controleerIndexcijfer("x", d("100")))).toMatch(/^x = 100 lijkt een percentage als heel getal/);
    expect(melding(() => controleerIndexcijfer("x", d("100.01")))).toBe(
      "x = 100,01 ligt buiten het toegestane bereik: -50% tot 100% (fractie, 4,74% = 0,0474).",
    );
  });
});

describe("berekenIndex", () => {
  // W = 0,9 × OVA + 0,1 × PPC: nieuw 0,9 × 0,05 + 0,1 × 0,02 = 0,047; prognose 0,9 × 0,04 + 0,1 × 0,03 = 0,039;
  // definitief 0,9 × 0,045 + 0,1 × 0,025 = 0,043; additive c = 0,004 → index 0,051
  const invoer = (extra: Partial<IndexInvoer> = {}): IndexInvoer => ({
    ovaNieuw: d("0.05"),
    ppcNieuw: d("0.02"),
    ovaVorigPrognose: d("0.04"),
    ovaVorigDefinitief: d("0.045"),
    ppcVorigPrognose: d("0.03"),
    ppcVorigDefinitief: d("0.025"),
    ...extra,
  });

  test("defaults: weight 0,9, additive, not rounded", () => {
    const r = berekenIndex(invoer());
    expect([r.gewogenNieuw, r.gewogenVorigPrognose, r.gewogenVorigDefinitief, r.correctie, r.index].map((x) => x.toString())).toEqual([
      "0.047",
      "0.039",
      "0.043",
      "0.004",
      "0.051",
    ]);
    expect([r.methode, r.afronding, r.gewichtLoon.toString()]).toEqual(["additief", "geen", "0.9"]);
    expect(r.toelichting).toBe("index = W(prognose nieuw jaar) 4,7% + correctie (additief) 0,4% (W definitief 4,3% t.o.v. W prognose 3,9%; gewicht loon 90%)");
  });

  test("multiplicative correction and both roundings", () => {
    // c = 1,043 / 1,039 − 1 = 0,0038498556…; componenten: 0,047 + 0,0038 = 0,0508; totaal: ROUND(0,0508498556; 4) = 0,0508
    const m = berekenIndex(invoer({ methode: "multiplicatief" }));
    expect(m.correctie.toFixed(10)).toBe("0.0038498556");
    expect(m.index.toFixed(10)).toBe("0.0508498556");
    expect(berekenIndex(invoer({ methode: "multiplicatief", afronding: "componenten" })).index.toString()).toBe("0.0508");
    expect(berekenIndex(invoer({ methode: "multiplicatief", afronding: "totaal" })).index.toString()).toBe("0.0508");
    // a case where they differ (wages only): W = 0,04705 and c = 0,04005 − 0,04 = 0,00005 →
    // componenten ROUND(0,04705; 4) + ROUND(0,00005; 4) = 0,0471 + 0,0001 = 0,0472; totaal ROUND(0,0471; 4) = 0,0471
    const verschil = invoer({ gewichtLoon: d(1), ovaNieuw: d("0.04705"), ovaVorigDefinitief: d("0.04005") });
    expect(berekenIndex({ ...verschil, afronding: "componenten" }).index.toString()).toBe("0.0472");
    expect(berekenIndex({ ...verschil, afronding: "totaal" }).index.toString()).toBe("0.0471");
    expect(berekenIndex({ ...verschil, afronding: "totaal" }).toelichting).toMatch(/; index afgerond op 2 decimalen in procenten$/);
    expect(berekenIndex({ ...verschil, afronding: "componenten" }).toelichting).toMatch(/; beide componenten afgerond op 2 decimalen in procenten$/);
  });

  test("the weight of wages: 0 and 1 are allowed, just outside is refused", () => {
    expect(berekenIndex(invoer({ gewichtLoon: d(1) })).index.toString()).toBe("0.055"); // 0,05 + (0,045 − 0,04)
    expect(berekenIndex(invoer({ gewichtLoon: d(0) })).index.toString()).toBe("0.015"); // 0,02 + (0,025 − 0,03)
    expect(melding(() => berekenIndex(invoer({ gewichtLoon: d("1.01") })))).toBe(
      "gewicht_loon = 1,01 ligt buiten het toegestane bereik: 0 tot en met 1 (0,9 = 90% OVA, 10% PPC).",
    );
    expect(melding(() => berekenIndex(invoer({ gewichtLoon: d("-0.01") })))).toMatch(/^gewicht_loon = -0,01 ligt buiten/);
  });

  test("each figure is checked under its own name", () => {
    const namen: [keyof IndexInvoer, string][] = [
      ["ovaNieuw", "ova_nieuw"],
      ["ppcNieuw", "ppc_nieuw"],
      ["ovaVorigPrognose", "ova_vorig_prognose"],
      ["ovaVorigDefinitief", "ova_vorig_definitief"],
      ["ppcVorigPrognose", "ppc_vorig_prognose"],
      ["ppcVorigDefinitief", "ppc_vorig_definitief"],
    ];
    for (const [k, naam] of namen) {
      expect(melding(() => berekenIndex(invoer({ [k]: d(3) })))).toBe(
        `${naam} = 3 lijkt een percentage als heel getal: gebruik 3% of 0,03 (toegestaan: -50% tot 100%).`,
      );
    }
  });
});

describe("indexeer", () => {
  test("rounds after every year; each figure named by its position; a negative amount refused, 0 allowed", () => {
    // 100 × 1,033 = 103,3; × 1,0125 = 104,59125 → 104,59; × 0,99 = 103,5441 → 103,54 (unrounded: 104,59125 × 0,99 = 103,5453375)
    expect(indexeer(d(100), [d("0.033"), d("0.0125"), d("-0.01")]).toString()).toBe("103.54");
    expect(indexeer(d(100), [d("0.033"), d("0.0125"), d("-0.01")], "geen").toString()).toBe("103.5453375");
    expect(indexeer(d(0), [d("0.05")]).toString()).toBe("0");
    expect(indexeer(d(50), []).toString()).toBe("50");
    expect(melding(() => indexeer(d(100), [d("0.03"), d("0.02"), d(5)]))).toMatch(/^indexcijfers \(3e\) = 5 lijkt een percentage/);
    expect(melding(() => indexeer(d("-0.01"), [d("0.03")]))).toBe("bedrag = -0,01 is negatief; toegestaan: 0 of meer.");
    expect(melding(() => controleerTeIndexeren("tarief", d(-5)))).toBe("tarief = -5 is negatief; toegestaan: 0 of meer.");
    expect(indexeerJaar(d("63.33"), d("0.063"), "cent").toString()).toBe("67.32");
    expect(indexeerJaar(d("63.33"), d("0.063"), "euro").toString()).toBe("67");
  });
});
