/**
 * The capacity model (residential care) on a hand-worked formation of two functions, one with a salary and one with
 * loonkosten per fte given directly, and its refusals one condition at a time.
 *   units = 10 plaatsen × 365 × 0,9 = 3.285 etmalen
 *   A: 5 fte × LK, LK = 3000 × 12 × 1,1633 × 1,30 = 54.442,44 → 272.212,2 / 3.285 = 82,865205…; salary 180.000 / 3.285 = 54,794520…
 *   B: 2 fte × 60.000 = 120.000 / 3.285 = 36,529680…
 *   m = 2 + 32.850 / 3.285 = 12; D = 119,394885… + 12 = 131,394885…; × 1,10 = 144,534374… → 144,53
 */
import { leesFunctiemixBereik, leesParameterObject } from "../../src/core/parameters/lezen";
import { berekenTarief } from "../../src/core/tarief";

const parameters = (extra: Record<string, unknown> = {}) =>
  leesParameterObject({
    plaatsen: 10,
    bezettingsgraad: 0.9,
    sociale_lasten: 0.2,
    pensioenpremie: 0.1,
    overhead: 0.1,
    jaarlijkse_materiele_kosten: 32850,
    materiele_kosten: 2,
    ...extra,
  });
const mix = () =>
  leesFunctiemixBereik([
    ["functie", "fte", "maandsalaris", "loonkosten_fte"],
    [null, 5, 3000, null],
    ["B", 2, null, 60000],
  ]);

describe("capacity model: a worked formation", () => {
  test("amounts, lines and units", () => {
    const r = berekenTarief({ parameters: parameters(), functiemix: mix() });
    expect(r.model).toBe("capaciteit");
    expect(r.eenheid).toBe("etmaal");
    expect(r.eenhedenPerJaar!.toString()).toBe("3285");
    expect(r.directePersoneelskosten.toFixed(6)).toBe("119.394886");
    expect(r.materieleKosten.toString()).toBe("12");
    expect(r.tarief.toFixed(2)).toBe("144.53");
    expect(r.kostenPerProductiefUur).toBeUndefined();
    expect(r.opbouw.map((l) => [l.soort, l.bedrag.toFixed(2)])).toEqual([
      ["salaris", "54.79"],
      ["toeslagen", "8.95"],
      ["ort_overig", "0.00"],
      ["sociale_lasten", "12.75"],
      ["pensioen", "6.37"],
      ["overige_personeelskosten", "0.00"],
      ["loonkosten_opgegeven", "36.53"],
      ["niet_productief", "0.00"],
      ["materieel", "12.00"],
      ["overhead", "13.14"],
      ["risico", "0.00"],
      ["indexatie", "0.00"],
      // 144,53 − (54,79 + 8,95 + 12,75 + 6,37 + 36,53 + 12 + 13,14 = 144,53)
      ["afronding", "0.00"],
    ]);
    expect(r.opbouw.find((l) => l.soort === "niet_productief")!.elementen).toEqual(["J-a", "W-c"]);
    // an unnamed function is numbered by its row
    expect(r.functies.map((f) => [f.functie, f.fte!.toString()])).toEqual([
      ["functie 1", "5"],
      ["B", "2"],
    ]);
    expect(r.opbouw[0].toelichting).toBe("functie 1: maandsalaris € 3000,00 (opgegeven)");
    expect(r.conventies[0]).toBe("Capaciteitsmodel: formatie 7 fte voor 10 plaatsen × 365 dagen × bezetting 90% = 3.285 etmalen per jaar");
  });

  test("without bezettingsgraad the places are full; without yearly material cost m is the per-unit one", () => {
    const r = berekenTarief({ parameters: parameters({ bezettingsgraad: undefined, jaarlijkse_materiele_kosten: undefined }), functiemix: mix() });
    // 3.650 etmalen: (272.212,2 + 120.000) / 3.650 = 107,455397…; + 2 = 109,455397… × 1,1 = 120,400937… → 120,40
    expect(r.eenhedenPerJaar!.toString()).toBe("3650");
    expect(r.materieleKosten.toString()).toBe("2");
    expect(r.tarief.toFixed(2)).toBe("120.40");
    const zonderM = berekenTarief({ parameters: parameters({ materiele_kosten: undefined }), functiemix: mix() });
    expect(zonderM.materieleKosten.toString()).toBe("10");
  });

  test("only loonkosten given directly: no salary lines", () => {
    const alleenB = leesFunctiemixBereik([
      ["functie", "fte", "loonkosten_fte"],
      ["B", 2, 60000],
    ]);
    const r = berekenTarief({ parameters: parameters(), functiemix: alleenB });
    expect(r.opbouw.map((l) => l.soort).slice(0, 2)).toEqual(["loonkosten_opgegeven", "niet_productief"]);
    expect(r.directePersoneelskosten.toFixed(6)).toBe("36.529680");
  });
});

describe("capacity model: refusals, one condition at a time", () => {
  test("a unit other than etmaal; etmaal itself is fine", () => {
    expect(() => berekenTarief({ parameters: parameters({ eenheid: "uur" }), functiemix: mix() })).toThrow(/eenheid = 'uur' gaat niet samen met plaatsen/);
    expect(berekenTarief({ parameters: parameters({ eenheid: "etmaal" }), functiemix: mix() }).tarief.toFixed(2)).toBe("144.53");
  });

  test("hour-model parameters on the product or in a row", () => {
    for (const naam of ["uren_per_eenheid", "begeleiders", "groepsgrootte"]) {
      expect(() => berekenTarief({ parameters: parameters({ [naam]: 2 }), functiemix: mix() })).toThrow(
        `${naam} heeft geen effect in het capaciteitsmodel (plaatsen); de formatie in fte bepaalt de personele inzet.`,
      );
    }
    for (const naam of ["productiviteit", "verlofuren", "indirecte_uren"]) {
      const rij = leesFunctiemixBereik([
        ["functie", "fte", "maandsalaris", naam],
        ["A", 1, 3000, 0.5],
      ]);
      expect(() => berekenTarief({ parameters: parameters(), functiemix: rij })).toThrow(`${naam} heeft geen effect in het capaciteitsmodel`);
    }
  });

  test("no function mix, an empty one, a row with aandeel, a row without fte", () => {
    expect(() => berekenTarief({ parameters: parameters() })).toThrow(/het capaciteitsmodel \(plaatsen\) heeft een functiemix/);
    expect(() => berekenTarief({ parameters: parameters(), functiemix: [] })).toThrow(/het capaciteitsmodel \(plaatsen\) heeft een functiemix/);
    const metAandeel = leesFunctiemixBereik([
      ["functie", "fte", "aandeel", "maandsalaris"],
      ["A", 1, 1, 3000],
    ]);
    expect(() => berekenTarief({ parameters: parameters(), functiemix: metAandeel })).toThrow(
      "functiemix rij 1: aandeel hoort bij het urenmodel; geef in het capaciteitsmodel fte.",
    );
    const zonderFte = leesFunctiemixBereik([
      ["functie", "fte", "maandsalaris"],
      ["A", 1, 3000],
      [null, null, 3000],
    ]);
    expect(() => berekenTarief({ parameters: parameters(), functiemix: zonderFte })).toThrow(/functiemix rij 2 \(zonder naam\) heeft geen fte/);
  });
});
