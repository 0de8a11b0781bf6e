/**
 * Small branches of the engine's core, each asserted on its own: an empty function mix, a source's status text, the
 * product's own properties only, 100 % overhead as a surcharge, and the series' refusals and non-finite rounding.
 */
import { statusTekst } from "../../src/core/bronnen";
import { voegSamen } from "../../src/core/personeel";
import { leesParameterBereik } from "../../src/core/parameters/lezen";
import { indexeerReeks, indexeerReeksDecimaal, maakIndexPad, rondExact } from "../../src/core/reeks";
import { berekenTarief, type TariefResultaat } from "../../src/core/tarief";
import { BASIS, d, met, tarief } from "./helpers";

describe("the function mix and the personnel of the product itself", () => {
  test("an empty function mix is the product itself", () => {
    const zonder = berekenTarief({ parameters: leesParameterBereik(BASIS) });
    const leeg = berekenTarief({ parameters: leesParameterBereik(BASIS), functiemix: [] });
    // 54,7049… → 54,70 (tarief-grenzen.test.ts)
    expect(leeg.tarief.toFixed(2)).toBe("54.70");
    expect(leeg.functies.map((f) => f.functie)).toEqual(zonder.functies.map((f) => f.functie));
    expect(zonder.functies[0].personeel.functie).toBe("");
    expect(zonder.functies[0].personeel.loonbron).toBe("maandsalaris");
  });

  test("only the product's own properties are merged into a row", () => {
    const product = Object.assign(Object.create({ geerfd: 1 }), leesParameterBereik(BASIS)) as ReturnType<typeof leesParameterBereik>;
    const s = voegSamen(product, { functie: "A" } as never);
    expect("geerfd" in s).toBe(false);
    expect(s.maandsalaris!.toString()).toBe("3500");
  });
});

describe("a source's status", () => {
  test("as shown, with a warning when it may be out of date", () => {
    expect(statusTekst({ status: "geverifieerd" })).toBe("geverifieerd");
    expect(statusTekst({ status: "afgeleid", verouderd: { nieuwste: "2025-01-01", toelichting: "nieuwste tabel 1-1-2025" } })).toBe(
      "afgeleid; mogelijk verouderd (nieuwste tabel 1-1-2025)",
    );
  });
});

describe("overhead", () => {
  test("100% as a surcharge is allowed (as a share it is not)", () => {
    // K = 45,5874401709 × 2 = 91,1748803419 → 91,17
    const r = tarief(met(BASIS, ["overhead", 1]));
    expect(r.tarief.toFixed(2)).toBe("91.17");
    expect(r.conventies[2]).toBe("Overhead: opslag 100% op de directe kosten (= 50% aandeel in de kostprijs)");
    expect(() => tarief(met(BASIS, ["overhead", 1], ["overhead_conventie", "aandeel"]))).toThrow(/is als aandeel niet mogelijk/);
  });
});

describe("series: refusals and rounding outside the float range", () => {
  const basis = (tariefWaarde: string, afronding: TariefResultaat["afronding"]): TariefResultaat =>
    ({ ...tarief(met(BASIS, ["afronding", afronding])), tarief: d(tariefWaarde) }) as TariefResultaat;

  test("a negative tariff is refused by both routes, under its name", () => {
    const pad = maakIndexPad([d("0.03")]);
    expect(() => indexeerReeksDecimaal(basis("-1", "cent"), pad)).toThrow("tarief = -1 is negatief; toegestaan: 0 of meer.");
    expect(() => indexeerReeks(basis("-1", "cent"), pad)).toThrow("tarief = -1 is negatief; toegestaan: 0 of meer.");
    expect(() => indexeerReeks(basis("-1", "geen"), pad)).toThrow("tarief = -1 is negatief; toegestaan: 0 of meer.");
  });

  test("with afronding geen the lines are not rounded", () => {
    const b = tarief(met(BASIS, ["afronding", "geen"]));
    const [jaar] = indexeerReeksDecimaal(b, maakIndexPad([d("0.03")]));
    // salary line: 22,4358974358… × 1,03 = 23,1089743589…
    expect(jaar.regels[0].toFixed(10)).toBe("23.1089743590");
    expect(jaar.tarief.toFixed(10)).toBe(b.tarief.times("1.03").toFixed(10));
  });

  test("a non-finite approximation always takes the exact route", () => {
    expect(rondExact(Infinity, () => 7)).toBe(7);
    expect(rondExact(-Infinity, () => 6)).toBe(6);
    expect(rondExact(NaN, () => 8)).toBe(8);
  });
});
