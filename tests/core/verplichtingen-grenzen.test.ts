/**
 * W-f, the costs of the municipality's obligations (verplichtingen.ts): hours at the cost per productive hour plus
 * an amount per unit, inside the direct cost so overhead applies. No test reached it before (Stryker: no coverage).
 */
import { InvoerFout } from "../../src/core/errors";
import { BASIS, met, tarief } from "./helpers";

// BASIS: loonkosten per fte 64.004,766 (stappen.test.ts); 36 × 52 = 1.872 paid hours × 0,75 = 1.404 productive
// K = 64004.766 / 1404 = 45.58744017094017094017... per productive hour (bc, scale 30)
const K = "45.58744017094017094017094017094017094017";

function wf(r: ReturnType<typeof tarief>) {
  return r.opbouw.filter((l) => l.soort === "gemeentelijke_verplichtingen");
}

describe("W-f line", () => {
  test("without either parameter there is no W-f line: (K) × 1,2 = 54,704928… → 54,70", () => {
    const r = tarief(BASIS);
    expect(wf(r)).toHaveLength(0);
    expect(r.tarief.toFixed(2)).toBe("54.70");
  });

  test("hours and an amount: 0,1 × K + 2 = 6,558744…; (K + 6,558744…) × 1,2 = 62,575421… → 62,58", () => {
    const r = tarief(met(BASIS, ["administratie_uren_per_eenheid", 0.1], ["administratie_kosten_per_eenheid", 2]));
    const [regel] = wf(r);
    expect(regel.exact.toFixed(30)).toBe("6.558744017094017094017094017094");
    expect(regel.elementen).toEqual(["J-a", "W-f"]);
    expect(r.kostenPerProductiefUur!.toFixed(38)).toBe(K);
    expect(r.tarief.toFixed(2)).toBe("62.58");
    // the overhead is 20 % of the direct cost including W-f: 0,2 × 52,146184188… = 10,429236837…
    expect(r.overhead.toFixed(6)).toBe("10.429237");
  });

  test("only an amount per unit: (K + 2) × 1,2 = 57,104928… → 57,10", () => {
    const r = tarief(met(BASIS, ["administratie_kosten_per_eenheid", 2]));
    expect(wf(r)[0].exact.toFixed(2)).toBe("2.00");
    expect(r.tarief.toFixed(2)).toBe("57.10");
  });

  test("only hours: 0,1 × K = 4,558744…; (K × 1,1) × 1,2 = 60,175421… → 60,18", () => {
    const r = tarief(met(BASIS, ["administratie_uren_per_eenheid", 0.1]));
    expect(wf(r)[0].exact.toFixed(6)).toBe("4.558744");
    expect(r.tarief.toFixed(2)).toBe("60.18");
  });

  test("hours in the capacity model are refused (there is no cost per hour), an amount is accepted", () => {
    const params = [
      ["sociale_lasten", 0.2],
      ["pensioenpremie", 0.1],
      ["overhead", 0.1],
      ["plaatsen", 6],
    ];
    const mix = [
      ["functie", "fte", "maandsalaris"],
      ["Begeleider", 8, 3200],
    ];
    let fout: unknown;
    try {
      tarief(met(params, ["administratie_uren_per_eenheid", 0.5]), mix);
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(InvoerFout);
    expect((fout as InvoerFout).details.parameter).toBe("administratie_uren_per_eenheid");
    expect((fout as InvoerFout).message).toContain("administratie_uren_per_eenheid = 0,5 gaat niet samen met het capaciteitsmodel");
    const zonder = tarief(params, mix);
    const met3 = tarief(met(params, ["administratie_kosten_per_eenheid", 3]), mix);
    // € 3 per etmaal in the direct cost, × 1,1 overhead = € 3,30 more per etmaal
    expect(met3.tariefOnafgerond.minus(zonder.tariefOnafgerond).toFixed(10)).toBe("3.3000000000");
  });
});
