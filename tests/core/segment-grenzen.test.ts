/**
 * Funding forms (segment.ts): which volumes are counts, and the price per volume unit of each funding form, with
 * the explanation text. Prices by hand in the comments.
 */
import { Decimal } from "../../src/core/decimal";
import { InvoerFout } from "../../src/core/errors";
import { fout } from "../helpers/fout";
import { controleerProductInfo, prijsPerVolume, volumeIsTelling, type ProductInfo } from "../../src/core/segment";

const D = (x: string | number) => new Decimal(x);
const TARIEVEN: Record<string, string> = { A: "75.37", B: "100.42", T: "77.49" };
const tarief = (p: string) => D(TARIEVEN[p]);

describe("volumeIsTelling", () => {
  test("routes are counts, lump-sum shares never, pxq only when the unit is not an hour or a minute", () => {
    const info = (financieringsvorm: ProductInfo["financieringsvorm"]) => ({ product: "P", segment: "S1", financieringsvorm });
    expect(volumeIsTelling(info("trajectprijs"), "uur")).toBe(true);
    expect(volumeIsTelling(info("lumpsum"), "etmaal")).toBe(false);
    expect(volumeIsTelling(info("lumpsum"), "uur")).toBe(false);
    expect(volumeIsTelling(info("pxq"), "uur")).toBe(false);
    expect(volumeIsTelling(info("pxq"), "minuut")).toBe(false);
    expect(volumeIsTelling(info("pxq"), "etmaal")).toBe(true);
    expect(volumeIsTelling(info("pxq"), "dagdeel")).toBe(true);
  });
});

describe("prijsPerVolume", () => {
  test("pxq: the product's own tariff", () => {
    const p = prijsPerVolume({ product: "A", segment: "S1", financieringsvorm: "pxq" }, tarief);
    expect(p.prijs.toFixed(2)).toBe("75.37");
    expect(p.toelichting).toBe("P×Q: € 75,37 per eenheid");
  });

  test("trajectprijs with expected units: ROUND(12 × 77,49; 2) = 929,88, and + a fixed part", () => {
    const kaal = prijsPerVolume({ product: "T", segment: "S1", financieringsvorm: "trajectprijs", verwachteEenheden: D(12) }, tarief);
    expect(kaal.prijs.toFixed(2)).toBe("929.88");
    expect(kaal.toelichting).toBe("trajectprijs: 12 × € 77,49 = € 929,88");
    // 2,5 × 77,49 + 10,005 = 193,725 + 10,005 = 203,73 exactly; 0,333 × 77,49 = 25,80417 + 0 → 25,80
    const vast = prijsPerVolume(
      { product: "T", segment: "S1", financieringsvorm: "trajectprijs", verwachteEenheden: D("2.5"), vasteComponent: D("10.005") },
      tarief,
    );
    expect(vast.prijs.toString()).toBe("203.73");
    expect(vast.toelichting).toBe("trajectprijs: 2,5 × € 77,49 + € 10,01 = € 203,73");
    const afgerond = prijsPerVolume({ product: "T", segment: "S1", financieringsvorm: "trajectprijs", verwachteEenheden: D("0.333") }, tarief);
    expect(afgerond.prijs.toString()).toBe("25.8");
    // half a cent rounds up: 0,5 × 0,01 = 0,005 → 0,01
    const half = prijsPerVolume({ product: "X", segment: "S1", financieringsvorm: "trajectprijs", verwachteEenheden: D("0.5") }, () => D("0.01"));
    expect(half.prijs.toFixed(2)).toBe("0.01");
  });

  test("trajectprijs as a fixed composition: 30 × 75,37 + 10 × 100,42 + 150 = 3.415,30, only the named products' tariffs", () => {
    const gevraagd: string[] = [];
    const p = prijsPerVolume(
      {
        product: "Lang",
        segment: "S1",
        financieringsvorm: "trajectprijs",
        samenstelling: [
          { product: "A", eenheden: D(30) },
          { product: "B", eenheden: D(10) },
        ],
        vasteComponent: D(150),
      },
      (q) => (gevraagd.push(q), tarief(q)),
    );
    expect(p.prijs.toFixed(2)).toBe("3415.30");
    expect(gevraagd).toEqual(["A", "B"]);
    expect(p.toelichting).toBe("trajectprijs (vaste samenstelling): 30 × A € 75,37 + 10 × B € 100,42 + € 150,00 = € 3.415,30");
    // without a fixed part, rounded: 0,5 × 75,37 = 37,685 → 37,69 (half up)
    const z = prijsPerVolume({ product: "K", segment: "S1", financieringsvorm: "trajectprijs", samenstelling: [{ product: "A", eenheden: D("0.5") }] }, tarief);
    expect(z.prijs.toString()).toBe("37.69");
    expect(z.toelichting).toBe("trajectprijs (vaste samenstelling): 0,5 × A € 75,37 = € 37,69");
  });

  test("lumpsum: the indexed amount when given, else the product's own", () => {
    const info: ProductInfo = { product: "L", segment: "S1", financieringsvorm: "lumpsum", lumpsum: D(3800000) };
    const eigen = prijsPerVolume(info, tarief);
    expect(eigen.prijs.toFixed(2)).toBe("3800000.00");
    expect(eigen.toelichting).toBe("lumpsum: € 3.800.000,00 per jaar voor de regio, naar aandeel per gemeente");
    expect(prijsPerVolume(info, tarief, D(3937940)).prijs.toFixed(2)).toBe("3937940.00");
  });
});

describe("controleerProductInfo: what passes", () => {
  test("segment and product names compare without case and extra spaces", () => {
    const segmenten = [{ code: "S08", naam: "Begeleiding" }];
    expect(() => controleerProductInfo({ product: "P", segment: " s08 ", financieringsvorm: "pxq" }, segmenten, ["P"])).not.toThrow();
    const samengesteld: ProductInfo = {
      product: "Lang",
      segment: "S08",
      financieringsvorm: "trajectprijs",
      samenstelling: [{ product: "behandeling  INDIVIDUEEL", eenheden: D("0.01") }],
    };
    expect(() => controleerProductInfo(samengesteld, segmenten, ["Behandeling individueel"])).not.toThrow();
    // a lump sum of € 0 is allowed
    expect(() => controleerProductInfo({ product: "L", segment: "S08", financieringsvorm: "lumpsum", lumpsum: D(0) }, segmenten, ["L"])).not.toThrow();
    // expected units just above 0
    expect(() =>
      controleerProductInfo({ product: "T", segment: "S08", financieringsvorm: "trajectprijs", verwachteEenheden: D("0.001") }, segmenten, ["T"]),
    ).not.toThrow();
  });
});

describe("controleerProductInfo: what each refusal names", () => {
  test("the parameter and value of each refusal; every segment code is listed", () => {
    const segmenten = [
      { code: "S1", naam: "Jeugd" },
      { code: "S2", naam: "Wmo" },
    ];
    const weigering = (x: Partial<ProductInfo>) => {
      const e = fout(() => controleerProductInfo({ product: "P", segment: "S1", financieringsvorm: "pxq", ...x }, segmenten, ["P", "Q"]));
      expect(e).toBeInstanceOf(InvoerFout);
      return [e.message, (e as InvoerFout).details.parameter, (e as InvoerFout).details.waarde];
    };
    expect(weigering({ segment: "S3" })).toEqual(["Product 'P': segment 'S3' is onbekend; toegestaan: S1, S2.", "segment", "S3"]);
    expect(weigering({ financieringsvorm: "abonnement" as never })).toEqual([
      "Product 'P': financieringsvorm 'abonnement' is onbekend; toegestaan: pxq, trajectprijs, lumpsum.",
      "financieringsvorm",
      "abonnement",
    ]);
    expect(weigering({ financieringsvorm: "trajectprijs" })[1]).toBe("verwachte_eenheden");
    expect(weigering({ financieringsvorm: "trajectprijs", verwachteEenheden: D(-1) })).toEqual([
      "Product 'P': verwachte_eenheden = -1; toegestaan: groter dan 0.",
      "verwachte_eenheden",
      undefined,
    ]);
    expect(weigering({ financieringsvorm: "trajectprijs", samenstelling: [{ product: "R", eenheden: D(1) }] })).toEqual([
      "Product 'P': de samenstelling noemt onbekend product 'R'.",
      "samenstelling",
      "R",
    ]);
    expect(weigering({ financieringsvorm: "trajectprijs", samenstelling: [{ product: "Q", eenheden: D(-2) }] })).toEqual([
      "Product 'P': de samenstelling geeft Q -2 eenheden; toegestaan: groter dan 0.",
      "samenstelling",
      undefined,
    ]);
    expect(weigering({ financieringsvorm: "lumpsum", lumpsum: D("-0.01") })).toEqual([
      "Product 'P': een lumpsum heeft een bedrag per jaar (€ 0 of meer) nodig.",
      "lumpsum",
      -0.01,
    ]);
    expect(weigering({ financieringsvorm: "lumpsum" })).toEqual([
      "Product 'P': een lumpsum heeft een bedrag per jaar (€ 0 of meer) nodig.",
      "lumpsum",
      undefined,
    ]);
  });
});
