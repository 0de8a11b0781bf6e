/**
 * The breakdown proves itself: the exact lines add up to the unrounded tariff and rounding moves each line by at
 * most half a cent, so the "Afrondingsverschil" line can never absorb a wrong line. Checked on random function
 * mixes, the capacity model and every rounding rule; a hand-made wrong breakdown is refused as an internal error.
 */
import fc from "fast-check";
import { Decimal, sum } from "../../src/core/decimal";
import { InterneFout, isRtFout } from "../../src/core/errors";
import { EXACT_TOLERANTIE, controleerOpbouw, rondOpbouwAf, type OpbouwRegel, type RuweRegel } from "../../src/core/opbouw";
import { BASIS, d, tarief } from "./helpers";

const dec = (lo: number, hi: number, scale: number) =>
  fc.integer({ min: Math.round(lo * 10 ** scale), max: Math.round(hi * 10 ** scale) }).map((n) => new Decimal(n).dividedBy(10 ** scale).toNumber());
const afronding = fc.constantFrom("cent", "euro", "zestigvoud", "geen");
const HALVE_CENT = d("0.005");

/** Checks the invariants from the outside, independently of controleerOpbouw. */
function bewijs(r: ReturnType<typeof tarief>): void {
  const regels = r.opbouw.slice(0, -1);
  const verschil = r.opbouw.at(-1)!;
  expect(verschil.soort).toBe("afronding");
  // exact lines = unrounded tariff (to the engine's precision)
  expect(
    sum(regels.map((l) => l.exact))
      .minus(r.tariefOnafgerond)
      .abs()
      .lessThanOrEqualTo(EXACT_TOLERANTIE),
  ).toBe(true);
  // each rounded line within half a cent; with `geen` nothing is rounded
  let afgerond = 0;
  for (const l of regels) {
    if (r.afronding === "geen") expect(l.bedrag.equals(l.exact)).toBe(true);
    if (!l.bedrag.equals(l.exact)) afgerond++;
    expect(l.bedrag.minus(l.exact).abs().lessThanOrEqualTo(HALVE_CENT)).toBe(true);
  }
  // the rounding line = tariff rounding + at most half a cent per rounded line
  const lijnDeel = verschil.bedrag.minus(r.tarief.minus(r.tariefOnafgerond));
  expect(lijnDeel.abs().lessThanOrEqualTo(HALVE_CENT.times(afgerond).plus(EXACT_TOLERANTIE))).toBe(true);
  expect(sum(r.opbouw.map((l) => l.bedrag)).equals(r.tarief)).toBe(true);
}

describe("the breakdown proves itself (random inputs)", () => {
  const gemeenschappelijk = fc
    .record({
      sociale_lasten: dec(0.1, 0.3, 4),
      pensioenpremie: dec(0, 0.2, 4),
      overhead: dec(0, 0.4, 3),
      overhead_conventie: fc.constantFrom("opslag", "aandeel"),
      overhead_over_materieel: fc.boolean(),
      risico_opslag: dec(0, 0.05, 3),
      materiele_kosten: dec(0, 20, 2),
      afronding,
    })
    // a real zero is typed as 'geen' where a blank cell and 0 differ (docs/excel.md §5)
    .map((g) => ({ ...g, pensioenpremie: g.pensioenpremie === 0 ? "geen" : g.pensioenpremie, overhead: g.overhead === 0 ? "geen" : g.overhead }));
  const functie = fc.record({
    maandsalaris: dec(1500, 9000, 2),
    gewicht: fc.integer({ min: 1, max: 20 }),
    productiviteit: dec(0.4, 1, 3),
    ort: dec(0, 0.3, 3),
    verlofuren: fc.option(dec(0, 300, 1), { nil: undefined }),
  });

  test("function mixes (uren model): each function's own productivity or non-productive hours", () => {
    fc.assert(
      fc.property(gemeenschappelijk, fc.array(functie, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 8 }), (g, fs, groep) => {
        const totaal = fs.reduce((a, f) => a + f.gewicht, 0);
        const kop = ["functie", "aandeel", "maandsalaris", "productiviteit", "ort", "verlofuren", "scholingsuren"];
        // a function with verlofuren derives its productivity from the hours instead
        const mix = [
          kop,
          ...fs.map((f, i) => [
            `F${i}`,
            f.gewicht / totaal,
            f.maandsalaris,
            f.verlofuren === undefined ? f.productiviteit : null,
            f.ort,
            f.verlofuren ?? null,
            f.verlofuren === undefined ? null : 40,
          ]),
        ];
        const rows = Object.entries({ ...g, groepsgrootte: groep, eenheid: "dagdeel" });
        bewijs(tarief(rows, mix));
      }),
      { numRuns: 150 },
    );
  });

  test("capacity model", () => {
    fc.assert(
      fc.property(
        gemeenschappelijk,
        fc.array(functie, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 30 }),
        dec(0, 200000, 0),
        dec(0.5, 1, 2),
        (g, fs, plaatsen, jaarMaterieel, bezetting) => {
          const mix = [["functie", "fte", "maandsalaris", "ort"], ...fs.map((f, i) => [`F${i}`, f.gewicht / 4, f.maandsalaris, f.ort])];
          const rows = Object.entries({ ...g, plaatsen, bezettingsgraad: bezetting, jaarlijkse_materiele_kosten: jaarMaterieel });
          bewijs(tarief(rows, mix));
        },
      ),
      { numRuns: 100 },
    );
  });

  test("loonkosten given directly next to salaried functions", () => {
    fc.assert(
      fc.property(gemeenschappelijk, dec(20, 90, 2), dec(0.1, 0.9, 2), (g, perUur, a) => {
        const mix = [
          ["functie", "aandeel", "maandsalaris", "loonkosten_per_uur"],
          ["A", a, 3500, null],
          ["B", 1 - a, null, perUur],
        ];
        bewijs(tarief(Object.entries({ ...g, productiviteit: 0.8 }), mix));
      }),
      { numRuns: 100 },
    );
  });
});

describe("a function mix's W-c line (worked by hand)", () => {
  // A: 0.6 × € 4000, B: 0.4 × € 3000; vakantietoeslag 0.08 + eju 0.0833, sociale lasten 0.18 + pensioen 0.13,
  // 36 h/week → H = 1872, π = 0.75.
  // LK_A = 48000 × 1.1633 × 1.31 = 73148.304; LK_B = 36000 × 1.1633 × 1.31 = 54861.228
  // Σ a·LK = 43888.9824 + 21944.4912 = 65833.4736
  // W-c = Σ a·LK / H × (1/π − 1) = 65833.4736 / 1872 / 3 = 11.7224846… → 11.72
  // K = 65833.4736 / 1404 = 46.8899384…; tarief = K × 1.2 = 56.2679261… → 56.27
  const mix = [
    ["functie", "aandeel", "maandsalaris"],
    ["A", 0.6, 4000],
    ["B", 0.4, 3000],
  ];
  // computed inside each test, not while Jest collects them (docs/mutatie.md)
  const bereken = () =>
    tarief(
      BASIS.filter((x) => x[0] !== "maandsalaris"),
      mix,
    );

  test("the non-productive line weighs each function by its share", () => {
    const r = bereken();
    expect(r.opbouw.find((l) => l.soort === "niet_productief")!.bedrag.toFixed(2)).toBe("11.72");
    // salary: (0.6 × 48000 + 0.4 × 36000) / 1872 = 43200 / 1872 = 23.0769… → 23.08
    expect(r.opbouw.find((l) => l.soort === "salaris")!.bedrag.toFixed(2)).toBe("23.08");
    expect(r.tarief.toFixed(2)).toBe("56.27");
  });

  test("the rounding difference of this example is only rounding (at most half a cent per line)", () => {
    const verschil = bereken().opbouw.at(-1)!;
    expect(verschil.bedrag.abs().lessThanOrEqualTo("0.03")).toBe(true);
  });
});

describe("controleerOpbouw refuses a breakdown that does not prove itself", () => {
  const regel = (exact: string, bedrag: string, label = "regel"): OpbouwRegel => ({
    soort: "materieel",
    label,
    exact: d(exact),
    bedrag: d(bedrag),
    elementen: [],
  });

  test("exact lines that do not add up to the unrounded tariff are an internal error", () => {
    expect(() => controleerOpbouw([regel("10.004", "10.00"), regel("5", "5")], d("15.004"))).not.toThrow();
    expect(() => controleerOpbouw([regel("10.004", "10.00"), regel("5", "5")], d("15.014"))).toThrow(InterneFout);
    expect(() => controleerOpbouw([regel("10.004", "10.00"), regel("5", "5")], d("15.004").plus("1e-19"))).toThrow(
      /tellen op tot 15.004, niet tot het onafgeronde tarief/,
    );
    // precision noise below the tolerance is accepted
    expect(() => controleerOpbouw([regel("10.004", "10.00"), regel("5", "5")], d("15.004").plus("1e-21"))).not.toThrow();
  });

  test("precision noise of a huge tariff is relative: an absurd bezettingsgraad (4e-323, found by fast-check) is not an internal error", () => {
    // 45,59 / 4e-323 ≈ 1,1e324: 40 significant digits leave a gap far above 1e-20 in absolute terms
    expect(() => tarief([...BASIS, ["bezettingsgraad", 4e-323]])).not.toThrow(InterneFout);
    expect(() => controleerOpbouw([regel("1e300", "1e300")], d("1e300").plus("1e269"))).not.toThrow();
    expect(() => controleerOpbouw([regel("1e300", "1e300")], d("1e300").plus("1e271"))).toThrow(InterneFout);
  });

  test("a line rounded by more than half a cent is an internal error; exactly half a cent is allowed", () => {
    expect(() => controleerOpbouw([regel("10.005", "10.01")], d("10.005"))).not.toThrow();
    expect(() => controleerOpbouw([regel("10.0049", "9.99")], d("10.0049"))).toThrow(/wijkt meer dan een halve cent af/);
    expect(() => controleerOpbouw([regel("10.0049", "10.0101")], d("10.0049"))).toThrow(InterneFout);
  });

  test("rondOpbouwAf runs the check: a line missing from the exact lines is refused, not plugged", () => {
    const ruw: RuweRegel[] = [{ soort: "materieel", label: "a", exact: d("40.123"), elementen: [] }];
    expect(() => rondOpbouwAf(ruw, d("40.12"), "cent", d("40.123"))).not.toThrow();
    // a wrong line (the unrounded tariff is 44.29 more than the lines) would otherwise be absorbed by the difference line
    expect(() => rondOpbouwAf(ruw, d("84.41"), "cent", d("84.413"))).toThrow(InterneFout);
  });

  test("an internal error is not an input error (Excel shows 'Interne fout', never a number)", () => {
    try {
      controleerOpbouw([regel("1", "1")], d("2"));
      throw new Error("geen fout");
    } catch (e) {
      expect(e).toBeInstanceOf(InterneFout);
      expect(isRtFout(e)).toBe(false);
    }
  });
});
