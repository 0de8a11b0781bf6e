/**
 * The multi-year series of an indexed tariff with its breakdown (src/core/reeks.ts): the worked example, the
 * lines adding up every year, and the fast float64 route being identical to the decimal definition — on random
 * inputs and on constructed exact half-cent ties, where a plain float computation rounds the wrong way.
 */
import fc from "fast-check";
import { Decimal, sum } from "../../src/core/decimal";
import { isRtFout } from "../../src/core/errors";
import { indexeer } from "../../src/core/indexatie";
import { indexeerReeks, indexeerReeksDecimaal, maakIndexPad, reeksKolommen, rondExact } from "../../src/core/reeks";
import { d, tarief } from "./helpers";

const cent = (x: number) => Math.round(x * 100);

describe("indexeerReeks: worked example", () => {
  // 63.33 per uur (domain spec example), VNG 2024 index 6.30%, then 4.96% (2025, additive); computed inside each
  // test, not while Jest collects them (docs/mutatie.md)
  const voorbeeld = () => ({
    basis: tarief([
      ["loonkosten_per_uur", 47.5],
      ["productiviteit", 0.75],
      ["overhead", "geen"],
    ]),
    pad: maakIndexPad([d("0.063"), d("0.0496")]),
  });

  test("the base tariff is the spec's 63.33", () => expect(voorbeeld().basis.tarief.toFixed(2)).toBe("63.33"));

  test("tariff per year is rounded after every year, exactly as indexeer year by year", () => {
    const { basis, pad } = voorbeeld();
    const reeks = indexeerReeksDecimaal(basis, pad);
    // 63.33 × 1.063 = 67.31979 → 67.32; 67.32 × 1.0496 = 70.659072 → 70.66
    expect(reeks.map((j) => j.tarief.toFixed(2))).toEqual(["67.32", "70.66"]);
    expect(reeks[1].tarief.equals(indexeer(basis.tarief, pad.indices, "cent"))).toBe(true);
  });

  test("every year's lines add up to that year's tariff; the last line is the rounding difference", () => {
    const { basis, pad } = voorbeeld();
    for (const j of indexeerReeksDecimaal(basis, pad)) {
      expect(sum(j.regels).equals(j.tarief)).toBe(true);
      for (const r of j.regels.slice(0, -1)) expect(r.decimalPlaces()).toBeLessThanOrEqual(2);
    }
    const getallen = indexeerReeks(basis, pad);
    const k = reeksKolommen(basis);
    expect(getallen.length).toBe(2 * k);
    for (let t = 0; t < 2; t++) {
      const rij = Array.from(getallen.subarray(t * k, (t + 1) * k));
      expect(rij.slice(1).reduce((a, b) => a + cent(b), 0)).toBe(cent(rij[0]));
    }
  });

  test("writes into a given array from an offset and leaves the rest alone", () => {
    const { basis, pad } = voorbeeld();
    const k = reeksKolommen(basis);
    const uit = new Float64Array(3 * k).fill(-7);
    indexeerReeks(basis, pad, uit, k);
    expect(Array.from(uit.subarray(0, k)).every((x) => x === -7)).toBe(true);
    expect(uit[k]).toBe(67.32);
    expect(uit[2 * k]).toBe(70.66);
    expect(() => indexeerReeks(basis, pad, uit, 2 * k)).toThrow(RangeError);
  });
});

describe("indexeerReeks equals the decimal definition exactly", () => {
  const dec = (lo: number, hi: number, scale: number) =>
    fc.integer({ min: Math.round(lo * 10 ** scale), max: Math.round(hi * 10 ** scale) }).map((n) => new Decimal(n).dividedBy(10 ** scale).toString());

  test("random tariffs, rules and index series", () => {
    fc.assert(
      fc.property(
        fc.record({
          maandsalaris: dec(1500, 9000, 2),
          sociale_lasten: dec(0.1, 0.3, 4),
          pensioenpremie: dec(0, 0.2, 4),
          productiviteit: dec(0.4, 1, 3),
          overhead: dec(0, 0.4, 3),
          risico_opslag: dec(0, 0.05, 3),
          materiele_kosten: dec(0, 20, 2),
          eenheid: fc.constantFrom("uur", "dagdeel", "minuut"),
          afronding: fc.constantFrom("cent", "euro", "zestigvoud", "geen"),
        }),
        fc.array(dec(-0.05, 0.12, 4), { minLength: 1, maxLength: 15 }),
        (p, indices) => {
          const basis = tarief(Object.entries(p));
          const pad = maakIndexPad(indices.map((x) => d(x)));
          const snel = indexeerReeks(basis, pad);
          const k = reeksKolommen(basis);
          indexeerReeksDecimaal(basis, pad).forEach((j, t) => {
            expect(snel[t * k]).toBe(j.tarief.toNumber());
            j.regels.forEach((r, i) => expect(snel[t * k + 1 + i]).toBe(r.toNumber()));
          });
        },
      ),
      { numRuns: 300, seed: 20261123 },
    );
  });

  test("a constructed exact half-cent tie: 16.004 × 1.25 = 20.005 → 20.01", () => {
    const basis = tarief([
      ["loonkosten_per_uur", 16.004],
      ["productiviteit", 1],
      ["overhead", "geen"],
    ]);
    expect(basis.tarief.toFixed(2)).toBe("16.00");
    const pad = maakIndexPad([d("0.25")]);
    const k = reeksKolommen(basis);
    const snel = indexeerReeks(basis, pad);
    const loonregel = basis.opbouw.findIndex((r) => r.soort === "loonkosten_opgegeven");
    expect(snel[1 + loonregel]).toBe(20.01);
    expect(snel[0]).toBe(20); // ROUND(16.00 × 1.25; 2)
    expect(snel[k - 1]).toBe(-0.01); // the rounding difference keeps the lines adding up to 20.00
  });

  test("many constructed ties, at every rule", () => {
    // line amount a × (1 + i) = n + ½ cent exactly: a = (n + ½) / (1 + i) / 100 with (1 + i) = 1, 5/4, 8/5 or 5/8
    let gecontroleerd = 0;
    let floatFout = 0;
    for (const [eenPlus, regel] of [
      ["1", "cent"],
      ["1.25", "cent"],
      ["1.6", "euro"],
      ["0.625", "zestigvoud"],
    ] as const) {
      for (let n = 1001; n < 9000; n += 997) {
        const a = d(n).plus("0.5").dividedBy(eenPlus).dividedBy(100);
        if (a.decimalPlaces() > 6) continue;
        const basis = tarief([
          ["loonkosten_per_uur", a.toNumber()],
          ["productiviteit", 1],
          ["overhead", "geen"],
          ["afronding", regel],
        ]);
        const pad = maakIndexPad([d(eenPlus).minus(1)]);
        const snel = indexeerReeks(basis, pad);
        const exact = indexeerReeksDecimaal(basis, pad)[0];
        exact.regels.forEach((r, i) => expect(snel[1 + i]).toBe(r.toNumber()));
        expect(snel[0]).toBe(exact.tarief.toNumber());
        gecontroleerd++;
        // what a plain float64 product does with the same tie
        const regel0 = basis.opbouw.findIndex((r) => r.soort === "loonkosten_opgegeven");
        if (Math.round(basis.opbouw[regel0].exact.toNumber() * Number(eenPlus) * 100) !== cent(exact.regels[regel0].toNumber())) floatFout++;
      }
    }
    expect(gecontroleerd).toBeGreaterThan(10);
    expect(floatFout).toBeGreaterThan(0); // the ties are real: plain float64 rounds some of them the wrong way
  });
});

describe("rondExact", () => {
  test("uses the float away from a tie and the decimal value near one", () => {
    let terugval = 0;
    expect(rondExact(2.4, () => (terugval++, 0))).toBe(2);
    expect(rondExact(-2.6, () => (terugval++, 0))).toBe(-3);
    expect(rondExact(1e300, () => (terugval++, 5))).toBe(5);
    expect(terugval).toBe(1);
    expect(rondExact(2.5000000000000004, () => (terugval++, 3))).toBe(3);
    expect(rondExact(2000.4999999999998, () => (terugval++, 2001))).toBe(2001);
    expect(terugval).toBe(3);
  });
});

describe("invalid input", () => {
  test("an index figure that looks like a whole percentage is refused with the usual message", () => {
    let fout: unknown;
    try {
      maakIndexPad([d("0.03"), d("4.5")]);
    } catch (e) {
      fout = e;
    }
    expect(isRtFout(fout)).toBe(true);
    expect((fout as Error).message).toMatch(/indexcijfers \(2e\) = 4,5 lijkt een percentage als heel getal/);
  });
});
