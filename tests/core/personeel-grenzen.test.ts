/**
 * Personnel cost of a function through the engine with a stub CAO source: the minimum-wage warning just below and
 * at the minimum, only for a salary given directly; the salary line's explanation per salary route; how a
 * functiemix row replaces the product's salary and surcharges.
 */
import type { CaoBron, Herkomst } from "../../src/core/bronnen";
import { Decimal } from "../../src/core/decimal";
import { bepaalPersoneel, voegSamen } from "../../src/core/personeel";
import { leesFunctiemixBereik, leesParameterBereik, leesParameterObject } from "../../src/core/parameters/lezen";
import { berekenTarief } from "../../src/core/tarief";
import { BASIS, met } from "./helpers";

const WML: Herkomst = { omschrijving: "Wettelijk minimumloon (test)", bron: "https://wml.test", geldigVanaf: "2025-01-01", status: "geverifieerd" };
const TABEL: Herkomst = { omschrijving: "CAO Test, schaal 5 trede 2", bron: "https://cao.test", geldigVanaf: "2024-07-01", status: "secundair" };

/** A CAO source whose minimum wage is `minimum` per month, and whose only table salary is `tabel`. */
function bron(minimum: string | undefined, tabel = "3000"): CaoBron {
  return {
    salaris: (o) => ({ bedrag: new Decimal(tabel), cao: o.cao, schaal: o.schaal, trede: o.trede, herkomst: TABEL }),
    minimumloon: (peildatum, urenPerWeek) =>
      minimum === undefined ? undefined : { bedrag: new Decimal(minimum), berekening: `test op ${peildatum} bij ${urenPerWeek.toString()} uur`, herkomst: WML },
  };
}
const context = (minimum: string | undefined, tabel?: string) => ({ caoBron: bron(minimum, tabel), vandaag: "2025-03-01" });
const salarisregel = (r: ReturnType<typeof berekenTarief>) => r.opbouw.find((l) => l.soort === "salaris")!;

const LET_OP = "LET OP: maandsalaris € 3500,00 ligt onder het wettelijk minimumloon (test op 2025-03-01 bij 36 uur); een tarief op dit salaris is niet reëel";

describe("a maandsalaris below the statutory minimum wage is computed, with a visible warning", () => {
  test("one cent below the minimum: warning on the salary line, in the function and in the sources", () => {
    const r = berekenTarief({ parameters: leesParameterBereik(BASIS) }, context("3500.01"));
    expect(salarisregel(r).toelichting).toBe(`maandsalaris € 3500,00 (opgegeven); ${LET_OP}`);
    expect(r.functies[0].personeel.waarschuwingen).toEqual([LET_OP]);
    expect(r.bronnen).toEqual([{ ...WML, omschrijving: `${LET_OP}. Wettelijk minimumloon (test)` }]);
    // the tariff itself is the usual one: 3500 × 12 × 1,1633 × 1,31 = 64.004,766; / (1872 × 0,75) = 45,5874401…; × 1,2 = 54,7049… → 54,70
    expect(r.tarief.toFixed(2)).toBe("54.70");
  });

  test("exactly at the minimum, or no minimum known: no warning at all", () => {
    for (const ctx of [context("3500"), context(undefined), { vandaag: "2025-03-01" }]) {
      const r = berekenTarief({ parameters: leesParameterBereik(BASIS) }, ctx);
      expect(salarisregel(r).toelichting).toBe("maandsalaris € 3500,00 (opgegeven)");
      expect("waarschuwingen" in r.functies[0].personeel).toBe(false);
      expect(r.bronnen).toEqual([]);
    }
  });

  test("a salary from a CAO table is not checked here (the table lookup does that)", () => {
    const p = leesParameterBereik([...BASIS.filter((x) => x[0] !== "maandsalaris"), ["cao", "Test"], ["schaal", "5"], ["trede", "2"]]);
    const r = berekenTarief({ parameters: p }, context("9999", "3000"));
    expect("waarschuwingen" in r.functies[0].personeel).toBe(false);
    expect(r.bronnen).toEqual([TABEL]);
    expect(salarisregel(r).toelichting).toBe("salaris Test 5 trede 2 per 2025-03-01: CAO Test, schaal 5 trede 2 (secundair)");
  });

  test("loonkosten given directly: no salary, so nothing to check and no salary lines", () => {
    const r = berekenTarief({ parameters: leesParameterObject({ loonkosten_per_uur: 40, productiviteit: 0.8, overhead: "geen" }) }, context("9999"));
    expect("waarschuwingen" in r.functies[0].personeel).toBe(false);
    expect(r.opbouw.map((l) => l.soort)).toEqual(["loonkosten_opgegeven", "niet_productief", "materieel", "overhead", "risico", "indexatie", "afronding"]);
    expect(r.functies[0].personeel.toelichting).toEqual(["loonkosten per betaald uur opgegeven"]);
    const fte = berekenTarief({ parameters: leesParameterObject({ loonkosten_fte: 60000, productiviteit: 0.8, overhead: "geen" }) }, context("9999"));
    expect(fte.functies[0].personeel.toelichting).toEqual(["loonkosten per fte opgegeven"]);
    expect(fte.functies[0].personeel.functie).toBe("");
  });

  test("in a function mix each function's line is named, and only the one below the minimum warns", () => {
    const mix = leesFunctiemixBereik([
      ["functie", "aandeel", "maandsalaris"],
      ["HBO", 0.5, 4000],
      ["MBO", 0.5, 3500],
    ]);
    const r = berekenTarief({ parameters: leesParameterBereik(BASIS.filter((x) => x[0] !== "maandsalaris")), functiemix: mix }, context("3600"));
    expect(salarisregel(r).toelichting).toBe(`HBO: maandsalaris € 4000,00 (opgegeven); MBO: maandsalaris € 3500,00 (opgegeven); ${LET_OP}`);
    expect(r.functies.map((f) => f.personeel.waarschuwingen)).toEqual([undefined, [LET_OP]]);
    expect(r.functies.map((f) => f.personeel.functie)).toEqual(["HBO", "MBO"]);
  });
});

describe("voegSamen: a functiemix row over the product", () => {
  const product = () => leesParameterBereik(met(BASIS, ["vakantietoeslag", 0.08], ["ort", 0.05], ["eenheid", "uur"]));

  test("a row with its own salary replaces the product's salary and keeps its surcharges", () => {
    const rij = leesFunctiemixBereik([
      ["functie", "maandsalaris"],
      ["A", 4000],
    ])[0];
    const s = voegSamen(product(), rij);
    expect(s.maandsalaris!.toString()).toBe("4000");
    expect(s.ort!.toString()).toBe("0.05");
    expect(s.functie).toBe("A");
    expect(s.eenheid).toBe("uur");
  });

  test("a row with cao/schaal/trede drops the product's maandsalaris", () => {
    const rij = leesFunctiemixBereik([
      ["functie", "schaal", "trede"],
      ["A", "5", "2"],
    ])[0];
    const s = voegSamen(product(), rij);
    expect(s.maandsalaris).toBeUndefined();
    expect("maandsalaris" in s).toBe(false);
    expect([s.schaal, s.trede]).toEqual(["5", "2"]);
  });

  test("a row with loonkosten drops the product's salary and every salary surcharge", () => {
    for (const kolom of ["loonkosten_fte", "loonkosten_per_uur"]) {
      const rij = leesFunctiemixBereik([
        ["functie", kolom],
        ["A", 50],
      ])[0];
      const s = voegSamen(product(), rij);
      expect(Object.keys(s).sort()).toEqual(["eenheid", "functie", kolom, "overhead", "productiviteit"].sort());
    }
  });

  test("a row without salary keeps the product's salary; a row's value wins over the product's", () => {
    const rij = leesFunctiemixBereik([
      ["functie", "ort"],
      ["A", 0.1],
    ])[0];
    const s = voegSamen(product(), rij);
    expect(s.maandsalaris!.toString()).toBe("3500");
    expect(s.ort!.toString()).toBe("0.1");
    // inherited properties are not copied
    const metProto = Object.create({ geerfd: 1 }) as typeof rij;
    Object.assign(metProto, rij);
    expect("geerfd" in voegSamen(product(), metProto)).toBe(false);
  });

  test("an undefined value in a row does not erase the product's", () => {
    const s = voegSamen(product(), { functie: "A", ort: undefined } as never);
    expect(s.ort!.toString()).toBe("0.05");
  });
});

describe("a product with loonkosten given directly and a surcharge left 0", () => {
  test("a row with its own salary must give that surcharge itself", () => {
    // the product's 0 for sociale_lasten and pensioenpremie is not used by the product itself (loonkosten_per_uur)
    const p = () =>
      leesParameterBereik([
        ["loonkosten_per_uur", 40],
        ["productiviteit", 0.8],
        ["overhead", 0.1],
        ["sociale_lasten", 0],
        ["pensioenpremie", 0],
      ]);
    // both given in the row: 3500 × 12 × 1,1633 × 1,31 = 64.004,766 / (1.872 × 0,8) = 42,7382251…; × 1,1 = 47,0120476… → 47,01
    const beide = leesFunctiemixBereik([
      ["functie", "maandsalaris", "sociale_lasten", "pensioenpremie"],
      ["A", 3500, 0.18, 0.13],
    ]);
    expect(berekenTarief({ parameters: p(), functiemix: beide }).tarief.toFixed(2)).toBe("47.01");
    const zonderPensioen = leesFunctiemixBereik([
      ["functie", "maandsalaris", "sociale_lasten"],
      ["A", 3500, 0.18],
    ]);
    expect(() => berekenTarief({ parameters: p(), functiemix: zonderPensioen })).toThrow(/^pensioenpremie = een lege cel is niet eenduidig/);
  });
});

describe("bepaalPersoneel: the salary routes refuse ambiguity", () => {
  test("two routes at once name both; none names maandsalaris", () => {
    expect(() => bepaalPersoneel(leesParameterObject({ maandsalaris: 3000, loonkosten_fte: 50000 }))).toThrow(
      /maandsalaris én loonkosten_fte zijn allebei opgegeven/,
    );
    expect(() => bepaalPersoneel(leesParameterObject({ maandsalaris: 3000, schaal: "5" }))).toThrow(
      /maandsalaris én cao\/schaal\/trede zijn allebei opgegeven/,
    );
    expect(() => bepaalPersoneel(leesParameterObject({ loonkosten_fte: 50000, loonkosten_per_uur: 30 }))).toThrow(
      /loonkosten_fte én loonkosten_per_uur zijn allebei opgegeven/,
    );
    expect(() => bepaalPersoneel(leesParameterObject({ productiviteit: 0.8 }))).toThrow(/maandsalaris/);
  });
});
