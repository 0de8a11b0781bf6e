/**
 * Bandwidths (domain spec §8): PERCENTILE.INC semantics (checked against HyperFormula and an independent exact
 * rational reference), behaviour with 1, 2 and 3 submissions, the three verdicts, and the provider-specific tariff.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { Decimal } from "../../src/core/decimal";
import { bandbreedteUitWaarden, maakBandbreedte, percentielInc, type Bandbreedte } from "../../src/core/bandbreedte";
import { berekenAanbiederTarief, toetsInzending } from "../../src/core/toetsing";
import { leesParameterObject } from "../../src/core/parameters/lezen";

const D = (s: string | number) => new Decimal(s);

/** Independent reference: PERCENTILE.INC in exact rationals over BigInt (values with ≤ 4 decimals, k with ≤ 4 decimals). */
function referentie(waarden: string[], k: string): string {
  const schaal = 10000n;
  const naarInt = (s: string) => BigInt(new Decimal(s).times(10000).toFixed(0));
  const x = waarden.map(naarInt).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const kk = naarInt(k); // k × 10^4
  const hTeller = BigInt(x.length - 1) * kk; // h = hTeller / 10^4
  const i = hTeller / schaal;
  const f = hTeller % schaal; // fraction × 10^4
  const lo = x[Number(i)];
  const hi = Number(i) + 1 < x.length ? x[Number(i) + 1] : lo;
  // result × 10^8 = lo × 10^4 + f × (hi − lo)
  const r = lo * schaal + f * (hi - lo);
  return new Decimal(r.toString()).dividedBy(1e8).toString();
}

const waarde4 = fc.integer({ min: -50000, max: 200000 }).map((n) => new Decimal(n).dividedBy(10000).toString());

describe("percentielInc = Excel PERCENTIEL.INC", () => {
  test("hand-computed: {1, 2, 3, 4}: P25 = 1,75, P50 = 2,5, P75 = 3,25", () => {
    // h = 3 × 0,25 = 0,75 → 1 + 0,75 × (2 − 1) = 1,75; h = 1,5 → 2,5; h = 2,25 → 3 + 0,25 = 3,25
    const x = ["4", "1", "3", "2"].map(D);
    expect(percentielInc(x, D("0.25")).toString()).toBe("1.75");
    expect(percentielInc(x, D("0.5")).toString()).toBe("2.5");
    expect(percentielInc(x, D("0.75")).toString()).toBe("3.25");
  });

  test("equals an independent exact rational reference on random sets", () => {
    fc.assert(
      fc.property(fc.array(waarde4, { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 10000 }), (w, kInt) => {
        const k = new Decimal(kInt).dividedBy(10000).toString();
        expect(percentielInc(w.map(D), D(k)).toString()).toBe(referentie(w, k));
      }),
      { numRuns: 300 },
    );
  });

  test("equals HyperFormula's PERCENTILE.INC on random sets (to 10 decimals: HyperFormula computes in floats)", () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
    const blad = hf.getSheetId(hf.addSheet("P"))!;
    fc.assert(
      fc.property(fc.array(waarde4, { minLength: 1, maxLength: 20 }), fc.constantFrom("0.25", "0.5", "0.75"), (w, k) => {
        hf.setSheetContent(blad, [[`=PERCENTILE.INC(B1:B${w.length}, ${k})`, Number(w[0])], ...w.slice(1).map((x) => [null, Number(x)])]);
        const hfWaarde = hf.getCellValue({ sheet: blad, row: 0, col: 0 }) as number;
        expect(new Decimal(hfWaarde).toDecimalPlaces(10).toString()).toBe(percentielInc(w.map(D), D(k)).toDecimalPlaces(10).toString());
      }),
      { numRuns: 150 },
    );
    hf.destroy();
  });
});

describe("bandwidth from submissions: 1, 2, 3 and 4 or more", () => {
  test("1 submission: min = norm = max = that value, with a warning", () => {
    const b = bandbreedteUitWaarden("productiviteit", [D("0.7")]);
    expect([b.min.toString(), b.norm!.toString(), b.max.toString()]).toEqual(["0.7", "0.7", "0.7"]);
    expect(b.waarschuwing).toMatch(/1 inzending/);
  });
  test("2 submissions {0,6; 0,8}: P25 = 0,65, P50 = 0,7, P75 = 0,75 (h = 0,25 / 0,5 / 0,75), with a warning", () => {
    const b = bandbreedteUitWaarden("productiviteit", [D("0.8"), D("0.6")]);
    expect([b.min.toString(), b.norm!.toString(), b.max.toString()]).toEqual(["0.65", "0.7", "0.75"]);
    expect(b.waarschuwing).toMatch(/2 inzendingen/);
  });
  test("3 submissions {0,6; 0,7; 0,9}: P25 = 0,65 (h = 0,5), P50 = 0,7, P75 = 0,8 (h = 1,5)", () => {
    const b = bandbreedteUitWaarden("productiviteit", [D("0.9"), D("0.6"), D("0.7")]);
    expect([b.min.toString(), b.norm!.toString(), b.max.toString()]).toEqual(["0.65", "0.7", "0.8"]);
    expect(b.waarschuwing).toMatch(/3 inzendingen/);
  });
  test("4 submissions: no warning", () => {
    expect(bandbreedteUitWaarden("overhead", ["0.1", "0.2", "0.3", "0.4"].map(D)).waarschuwing).toBeUndefined();
  });
  test("an empty set is an error naming the parameter", () => {
    expect(() => bandbreedteUitWaarden("overhead", [], " (product Begeleiding)")).toThrow(/overhead \(product Begeleiding\) uit een lege verzameling/);
  });
  test("min > max is an error naming parameter and values", () => {
    expect(() => maakBandbreedte("overhead", D("0.3"), D("0.2"))).toThrow(
      "Bandbreedte voor overhead: min = 0,3 is groter dan max = 0,2; toegestaan: min ≤ max.",
    );
  });
  test("an unknown parameter suggests the closest name", () => {
    expect(() => maakBandbreedte("productivitet", D("0.6"), D("0.8"))).toThrow(/Onbekende parameter 'productivitet'.*Bedoelt u 'productiviteit'/);
  });
});

describe("checking a submission", () => {
  // built inside each test, not while Jest collects them (docs/mutatie.md)
  const banden = (): Bandbreedte[] => [maakBandbreedte("productiviteit", D("0.7"), D("0.8")), maakBandbreedte("overhead", D("0.15"), D("0.25"))];
  const inz = (p: Record<string, unknown>, onderbouwingen?: Record<string, string>) => ({
    aanbieder: "A",
    product: "Begeleiding",
    parameters: leesParameterObject(p),
    onderbouwingen,
  });

  test("binnen, onderbouwd (kept, with the text), begrensd (capped at the nearest bound)", () => {
    const t = toetsInzending(inz({ productiviteit: 0.65, overhead: 0.3, loonkosten_per_uur: 40 }, { productiviteit: "zware doelgroep" }), banden());
    expect(t.map((x) => [x.parameter, x.oordeel, x.gebruikt.toString()])).toEqual([
      ["productiviteit", "onderbouwd", "0.65"],
      ["overhead", "begrensd", "0.25"],
    ]);
    expect(t[0].onderbouwing).toBe("zware doelgroep");
    const binnen = toetsInzending(inz({ productiviteit: 0.7, overhead: 0.25 }), banden());
    expect(binnen.map((x) => x.oordeel)).toEqual(["binnen", "binnen"]); // the bounds themselves are within
  });
  test("capped below: 0,6 → 0,7", () => {
    expect(toetsInzending(inz({ productiviteit: 0.6, overhead: 0.2 }), banden())[0].gebruikt.toString()).toBe("0.7");
  });
  test("a missing checked parameter is an error naming provider, product and parameter", () => {
    expect(() => toetsInzending(inz({ productiviteit: 0.75 }), banden())).toThrow("De inzending (aanbieder A, product Begeleiding) mist parameter 'overhead'");
  });
  test("an unknown parameter name in a submission is refused by the vocabulary", () => {
    expect(() => inz({ productivitiet: 0.75 })).toThrow(/Onbekende parameter 'productivitiet'/);
  });
  test("a justification without text is an error", () => {
    expect(() => toetsInzending(inz({ productiviteit: 0.6, overhead: 0.2 }, { productiviteit: "  " }), banden())).toThrow(
      "Onderbouwing (aanbieder A, product Begeleiding) voor 'productiviteit' is leeg",
    );
  });

  test("provider tariff: hand-computed with capped overhead; conventions list the deviation", () => {
    // loonkosten_per_uur 40, productiviteit 0,75 (binnen), overhead 0,30 → 0,25: 40 / 0,75 × 1,25 = 66,666… → 66,67
    const r = berekenAanbiederTarief(inz({ loonkosten_per_uur: 40, productiviteit: 0.75, overhead: 0.3 }), banden());
    expect(r.resultaat.tarief.toFixed(2)).toBe("66.67");
    expect(r.resultaat.conventies.join("\n")).toMatch(/Bandbreedte overhead: buiten bandbreedte — 0,3 ligt buiten 0,15 – 0,25; begrensd op 0,25/);
  });
});

describe("property: a provider tariff lies between the tariffs at the cheapest and the dearest bounds", () => {
  const dec = (lo: number, hi: number, s: number) => fc.integer({ min: lo * 10 ** s, max: hi * 10 ** s }).map((n) => new Decimal(n).dividedBy(10 ** s));
  test("random bandwidths and submissions (no justifications)", () => {
    fc.assert(
      fc.property(
        dec(50, 70, 2),
        dec(70, 95, 2),
        dec(5, 20, 2),
        dec(20, 35, 2),
        dec(30, 50, 2),
        dec(50, 99, 2),
        dec(0, 40, 2),
        fc.integer({ min: 15, max: 60 }),
        (pLo, pHi, oLo, oHi, p, pIn, oIn, loon) => {
          const b = [
            maakBandbreedte("productiviteit", pLo.dividedBy(100), pHi.dividedBy(100)),
            maakBandbreedte("overhead", oLo.dividedBy(100), oHi.dividedBy(100)),
          ];
          const t = (prod: Decimal, oh: Decimal) =>
            berekenAanbiederTarief(
              { aanbieder: "X", parameters: leesParameterObject({ loonkosten_per_uur: loon, productiviteit: prod.toString(), overhead: oh.toString() }) },
              [maakBandbreedte("productiviteit", D(0.01), D(1)), maakBandbreedte("overhead", D(0), D(1))],
            ).resultaat.tarief;
          // cheapest: highest productivity, lowest overhead; dearest: lowest productivity, highest overhead
          const goedkoop = t(b[0].max, b[1].min);
          const duur = t(b[0].min, b[1].max);
          void p;
          const r = berekenAanbiederTarief(
            {
              aanbieder: "X",
              parameters: leesParameterObject({
                loonkosten_per_uur: loon,
                productiviteit: pIn.dividedBy(100).toString(),
                overhead: oIn.dividedBy(100).toString(),
              }),
            },
            b,
          ).resultaat.tarief;
          expect(r.greaterThanOrEqualTo(goedkoop)).toBe(true);
          expect(r.lessThanOrEqualTo(duur)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
