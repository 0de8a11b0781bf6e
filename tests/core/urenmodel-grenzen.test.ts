/**
 * The hour model's function mix: default function names, the per-function convention lines, the W-c line of a mix
 * that combines a salary and loonkosten given directly, and normalisation of shares that are within the tolerance.
 * BASIS without maandsalaris; A = 3500, B = 3000 per month; K_j = LK_j / 1.404 (H = 1.872, π = 0,75):
 *   LK_A = 3500 × 12 × 1,1633 × 1,31 = 64.004,766 → K_A = 45,5874401709…
 *   LK_B = 3000 × 12 × 1,1633 × 1,31 = 54.861,228 → K_B = 39,0749487179…
 */
import { leesFunctiemixBereik, leesParameterBereik } from "../../src/core/parameters/lezen";
import { berekenTarief } from "../../src/core/tarief";
import { BASIS, met } from "./helpers";

const zonderSalaris = () =>
  leesParameterBereik(
    met(
      BASIS.filter((x) => x[0] !== "maandsalaris"),
      ["afronding", "geen"],
    ),
  );
const bereken = (mix: unknown[][]) => berekenTarief({ parameters: zonderSalaris(), functiemix: leesFunctiemixBereik(mix) });

describe("hour model: a function mix", () => {
  test("unnamed functions are numbered; the only function without a mix is 'functie'", () => {
    const r = bereken([
      ["functie", "aandeel", "maandsalaris"],
      [null, 0.5, 3500],
      [null, 0.5, 3000],
    ]);
    expect(r.functies.map((f) => f.functie)).toEqual(["functie 1", "functie 2"]);
    expect(berekenTarief({ parameters: leesParameterBereik(BASIS) }).functies.map((f) => f.functie)).toEqual(["functie"]);
    const een = bereken([
      ["functie", "maandsalaris"],
      [null, 3500],
    ]);
    expect(een.functies.map((f) => f.functie)).toEqual(["functie"]);
  });

  test("each function's convention line is prefixed with its name and share; a single one is not", () => {
    const r = bereken([
      ["functie", "aandeel", "maandsalaris"],
      ["HBO", 0.6, 3500],
      ["MBO", 0.4, 3000],
    ]);
    expect(r.conventies.slice(0, 3)).toEqual([
      "HBO (60%): productiviteit 75% van de betaalde uren; 1.872 betaalde uren per fte per jaar",
      "MBO (40%): productiviteit 75% van de betaalde uren; 1.872 betaalde uren per fte per jaar",
      "Eenheid: per uur (iJw/iWmo-code 04); 1 personele uren per eenheid",
    ]);
    // K = 0,6 × 45,5874401709 + 0,4 × 39,0749487179 = 42,9824435897…
    expect(r.kostenPerProductiefUur!.toFixed(10)).toBe("42.9824435897");
    const een = bereken([
      ["functie", "maandsalaris"],
      ["HBO", 3500],
    ]);
    expect(een.conventies[0]).toBe("productiviteit 75% van de betaalde uren; 1.872 betaalde uren per fte per jaar");
  });

  test("a salary next to loonkosten per hour: salary lines for one, a given line for the other, W-c for both", () => {
    // A: 0,5 × 45,5874401709 = 22,7937200855 (of which productive 0,5 × 34,1905801282 = 17,0952900641)
    // B: loonkosten_per_uur 40 → K_B = 40 / 0,75 = 53,3333…; 0,5 × 53,3333 = 26,6666666667 (productive 0,5 × 40 = 20)
    // W-c = (22,7937200855 − 17,0952900641) + (26,6666666667 − 20) = 5,6984300214 + 6,6666666667 = 12,3650966880;
    // K = 22,7937200855 + 26,6666666667 = 49,4603867521
    const r = bereken([
      ["functie", "aandeel", "maandsalaris", "loonkosten_per_uur"],
      ["A", 0.5, 3500, null],
      ["B", 0.5, null, 40],
    ]);
    const regel = (soort: string) => r.opbouw.find((l) => l.soort === soort)!.exact.toFixed(10);
    expect(regel("loonkosten_opgegeven")).toBe("20.0000000000");
    expect(regel("niet_productief")).toBe("12.3650966880");
    expect(r.kostenPerProductiefUur!.toFixed(10)).toBe("49.4603867521");
    expect(r.opbouw.find((l) => l.soort === "salaris")!.toelichting).toBe("A: maandsalaris € 3500,00 (opgegeven)");
  });

  test("shares within the tolerance are normalised: each share divided by their sum", () => {
    // 0,6 + 0,4000000005 = 1,0000000005 (within 1e-9): shares 0,6 / 1,0000000005 and 0,4000000005 / 1,0000000005
    const r = bereken([
      ["functie", "aandeel", "maandsalaris"],
      ["A", 0.6, 3500],
      ["B", 0.4000000005, 3000],
    ]);
    expect(r.functies[0].aandeel!.toFixed(15)).toBe("0.599999999700000");
    expect(r.functies[1].aandeel!.toFixed(15)).toBe("0.400000000300000");
  });

  test("fte in a mix belongs to the capacity model; jaarlijkse_materiele_kosten too", () => {
    expect(() =>
      bereken([
        ["functie", "aandeel", "fte", "maandsalaris"],
        ["A", 1, 1, 3500],
      ]),
    ).toThrow("functiemix rij 1: fte = 1 hoort bij het capaciteitsmodel (met plaatsen); gebruik hier aandeel.");
    // fte 0 does not count (a desktop blank arrives as 0)
    expect(
      bereken([
        ["functie", "aandeel", "fte", "maandsalaris"],
        ["A", 1, 0, 3500],
      ]).tarief.toFixed(2),
    ).toBe("54.70");
    expect(() => berekenTarief({ parameters: leesParameterBereik(met(BASIS, ["jaarlijkse_materiele_kosten", 1000])) })).toThrow(
      "jaarlijkse_materiele_kosten hoort bij het capaciteitsmodel (met plaatsen).",
    );
  });
});
