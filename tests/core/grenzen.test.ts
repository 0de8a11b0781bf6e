/**
 * Every conflict/refusal path of the engine and every boundary at 0, each with a test that fails when the rule is
 * removed or its boundary moved (checked by hand-made mutations, see docs/mutatie.md).
 */
import type { CaoBron } from "../../src/core/bronnen";
import { InterneFout, InvoerFout, type RtFout } from "../../src/core/errors";
import { leesFunctiemixBereik, leesParameterBereik } from "../../src/core/parameters/lezen";
import { berekenTarief } from "../../src/core/tarief";
import { berekenProductiviteit } from "../../src/core/uren";
import { BASIS, d, met, tarief } from "./helpers";

/** The error thrown by f (fails the test when f does not throw). */
function fout(f: () => unknown): RtFout {
  try {
    f();
  } catch (e) {
    return e as RtFout;
  }
  throw new Error("verwacht een fout, maar er werd gerekend");
}
const zonder = (rows: unknown[][], ...namen: string[]) => rows.filter((r) => !namen.includes(r[0] as string));
const GEEN_SALARIS = zonder(BASIS, "maandsalaris");
const GEEN_PI = zonder(BASIS, "productiviteit");

describe("function-mix shares", () => {
  const mix = (a: number, b: number) => [
    ["functie", "aandeel", "maandsalaris"],
    ["A", a, 3500],
    ["B", b, 3500],
  ];

  test("shares off by more than 1e-9 are refused, also a few percent; within 1e-9 they are accepted", () => {
    expect(fout(() => tarief(GEEN_SALARIS, mix(0.5, 0.51))).message).toBe(
      "De aandelen in de functiemix tellen op tot 1,01 (101%); toegestaan: samen precies 1 (100%).",
    );
    expect(fout(() => tarief(GEEN_SALARIS, mix(0.5, 0.48))).details.parameter).toBe("aandeel");
    expect(fout(() => tarief(GEEN_SALARIS, mix(0.5, 0.500000002)))).toBeInstanceOf(InvoerFout);
    expect(tarief(GEEN_SALARIS, mix(0.5, 0.5000000005)).tarief.toFixed(2)).toBe(tarief(BASIS).tarief.toFixed(2));
  });

  test("shares within the tolerance are normalised: the same function twice gives exactly the single function's K", () => {
    // 0.5 + 0.4999999995 = 0.9999999995; normalised, both are shares of one and K = K_single exactly
    const r = tarief(met(GEEN_SALARIS, ["afronding", "geen"]), mix(0.5, 0.4999999995));
    const enkel = tarief(met(BASIS, ["afronding", "geen"]));
    expect(r.kostenPerProductiefUur!.minus(enkel.kostenPerProductiefUur!).abs().lessThan("1e-30")).toBe(true);
    expect(r.functies[0].aandeel!.plus(r.functies[1].aandeel!).minus(1).abs().lessThan("1e-30")).toBe(true);
  });

  test("a mix row without a share is refused when there is more than one row; a single row counts as 1", () => {
    const e = fout(() =>
      tarief(GEEN_SALARIS, [
        ["functie", "aandeel", "maandsalaris"],
        ["A", 1, 3500],
        ["B", null, 3000],
      ]),
    );
    expect(e.message).toMatch(/^Parameter 'aandeel' ontbreekt: functiemix rij 2 \(B\) heeft geen aandeel/);
    expect(
      tarief(GEEN_SALARIS, [
        ["functie", "maandsalaris"],
        ["A", 3500],
      ]).tarief.toFixed(2),
    ).toBe(tarief(BASIS).tarief.toFixed(2));
  });

  test("jaarlijkse_materiele_kosten belongs to the capacity model", () => {
    expect(fout(() => tarief(met(BASIS, ["jaarlijkse_materiele_kosten", 1000]))).details.parameter).toBe("jaarlijkse_materiele_kosten");
  });
});

describe("hours (uren.ts): no route to zero productive hours", () => {
  test("leave + holidays exactly equal to the paid hours is refused (boundary at 0 available hours)", () => {
    // 36 × 52 = 1872 = 1500 + 372
    const e = fout(() => tarief(met(GEEN_PI, ["verlofuren", 1500], ["feestdaguren", 372])));
    expect(e.message).toBe("verlofuren + feestdaguren = 1.872 is niet kleiner dan de betaalde uren (1.872); toegestaan: samen minder dan de jaaruren.");
    // one hour less leaves one available hour: computed
    expect(tarief(met(GEEN_PI, ["verlofuren", 1500], ["feestdaguren", 371])).tarief.greaterThan(0)).toBe(true);
  });

  test("the same boundary when a productivity on available hours is converted", () => {
    const e = fout(() => tarief(met(BASIS, ["productiviteit_basis", "beschikbare_uren"], ["verlofuren", 1872])));
    expect(e.details.parameter).toBe("verlofuren");
  });

  test("non-productive hours exactly equal to the paid hours are refused (boundary at 0 productive hours)", () => {
    // 1872 − 200 − 1672 = 0
    const e = fout(() => tarief(met(GEEN_PI, ["verlofuren", 200], ["indirecte_uren", 1672])));
    expect(e.message).toBe("De niet-productieve uren zijn samen 1.872 uur, niet minder dan de 1.872 betaalde uren: er blijven geen productieve uren over.");
    // 1 productive hour left: P = 1, π = 1/1872
    expect(
      berekenProductiviteit(
        leesParameterBereik([
          ["verlofuren", 200],
          ["indirecte_uren", 1671],
        ]),
      ).productieveUren.toString(),
    ).toBe("1");
  });

  test("an afslag of exactly 100% is refused, 99% is computed", () => {
    expect(fout(() => tarief(met(BASIS, ["productiviteit", 1], ["productiviteit_basis", "afslag"]))).details.parameter).toBe("productiviteit");
    expect(
      berekenProductiviteit(
        leesParameterBereik([
          ["productiviteit", 0.99],
          ["productiviteit_basis", "afslag"],
        ]),
      ).productiviteit.toString(),
    ).toBe("0.01");
  });

  test("afslag with non-productive hours is a conflict", () => {
    const e = fout(() => tarief(met(BASIS, ["productiviteit", 0.2], ["productiviteit_basis", "afslag"], ["verzuim", 0.05])));
    expect(e.message).toBe("Tegenstrijdige parameters: productiviteit_basis 'afslag' gaat niet samen met verzuim.");
  });

  test.each(["scholingsuren", "overleguren", "reisuren", "indirecte_uren"])("beschikbare_uren together with %s is a conflict", (naam) => {
    const e = fout(() => tarief(met(BASIS, ["productiviteit_basis", "beschikbare_uren"], ["verlofuren", 200], [naam, 40])));
    expect(e.message).toBe(`Tegenstrijdige parameters: bij productiviteit_basis 'beschikbare_uren' tellen ${naam} al mee in de productiviteit; laat ze weg.`);
    expect(e.details.parameter).toBe(naam);
  });

  test.each(["verlofuren", "feestdaguren", "verzuim", "scholingsuren", "overleguren", "reisuren", "indirecte_uren"])(
    "productiviteit on paid hours together with %s is a conflict",
    (naam) => {
      expect(fout(() => tarief(met(BASIS, [naam, 0.05]))).message).toMatch(
        new RegExp(`^Tegenstrijdige parameters: productiviteit \\(op betaalde uren\\) én ${naam} zijn opgegeven`),
      );
    },
  );

  test("a productivity basis other than paid hours without a productivity is refused", () => {
    const e = fout(() => tarief(met(GEEN_PI, ["productiviteit_basis", "afslag"], ["verlofuren", 100])));
    expect(e.message).toBe("Parameter 'productiviteit' ontbreekt: productiviteit_basis 'afslag' heeft een productiviteit nodig.");
  });
});

describe("RT.PRODUCTIVITEIT: paid hours", () => {
  test("default 36 hours per week: 1 − 144/1872", () => {
    // H = 36 × 52 = 1872; P = 1872 − 144 = 1728; π = 1728/1872 = 0.923076…
    expect(berekenProductiviteit(leesParameterBereik([["verlofuren", 144]])).betaaldeUren.toString()).toBe("1872");
  });
  test("uren_per_week and jaaruren are used when given", () => {
    expect(
      berekenProductiviteit(
        leesParameterBereik([
          ["verlofuren", 144],
          ["uren_per_week", 38],
        ]),
      ).betaaldeUren.toString(),
    ).toBe("1976");
    expect(
      berekenProductiviteit(
        leesParameterBereik([
          ["verlofuren", 144],
          ["jaaruren", 1800],
        ]),
      ).betaaldeUren.toString(),
    ).toBe("1800");
  });
  test("a CAO's uren_per_week is used when cao is given (at the peildatum)", () => {
    const datums: string[] = [];
    const bron: CaoBron = {
      salaris: () => {
        throw new Error("niet nodig");
      },
      caoParameter: (_cao, naam, datum) => {
        datums.push(datum);
        return naam === "uren_per_week"
          ? { waarde: d(38), herkomst: { omschrijving: "x", bron: "y", geldigVanaf: "2024-01-01", status: "geverifieerd" } }
          : undefined;
      },
    };
    const u = berekenProductiviteit(
      leesParameterBereik([
        ["verlofuren", 144],
        ["cao", "Jeugdzorg"],
        ["peildatum", "2025-03-01"],
      ]),
      { caoBron: bron },
    );
    expect(u.betaaldeUren.toString()).toBe("1976");
    expect(datums).toEqual(["2025-03-01"]);
    berekenProductiviteit(
      leesParameterBereik([
        ["verlofuren", 144],
        ["cao", "Jeugdzorg"],
      ]),
      { caoBron: bron, vandaag: "2026-02-03" },
    );
    expect(datums).toEqual(["2025-03-01", "2026-02-03"]);
  });
  test("without peildatum and without today in the context a CAO lookup is an internal error, never today's clock", () => {
    const bron: CaoBron = {
      salaris: () => {
        throw new Error("niet nodig");
      },
      caoParameter: () => ({ waarde: d(38), herkomst: { omschrijving: "x", bron: "y", geldigVanaf: "2024-01-01", status: "geverifieerd" } }),
    };
    const p = leesParameterBereik([
      ["verlofuren", 144],
      ["cao", "Jeugdzorg"],
    ]);
    expect(() => berekenProductiviteit(p, { caoBron: bron })).toThrow(InterneFout);
    expect(() => berekenProductiviteit(p, { caoBron: bron })).toThrow(/vandaag/);
    // no CAO lookup needed (jaaruren given): no date needed either
    expect(
      berekenProductiviteit(
        leesParameterBereik([
          ["verlofuren", 144],
          ["jaaruren", 1800],
          ["cao", "Jeugdzorg"],
        ]),
        { caoBron: bron },
      ).betaaldeUren.toString(),
    ).toBe("1800");
  });
});

describe("capacity model conflicts", () => {
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

  test.each(["productiviteit", "verlofuren", "feestdaguren", "verzuim", "scholingsuren", "overleguren", "reisuren", "indirecte_uren"])(
    "%s in the capacity model is a conflict (the formation already holds all hours)",
    (naam) => {
      const e = fout(() => tarief(met(params, [naam, 0.1]), mix));
      expect(e.message).toBe(`Tegenstrijdige parameters: ${naam} heeft geen effect in het capaciteitsmodel: de formatie in fte omvat al alle uren.`);
    },
  );

  test("productiviteit_basis in the capacity model is a conflict, also per function", () => {
    expect(fout(() => tarief(met(params, ["productiviteit_basis", "afslag"]), mix)).details.parameter).toBe("productiviteit_basis");
    expect(
      fout(() =>
        tarief(params, [
          ["functie", "fte", "maandsalaris", "productiviteit"],
          ["A", 8, 3200, 0.8],
        ]),
      ).details.parameter,
    ).toBe("productiviteit");
  });

  test.each(["uren_per_eenheid", "begeleiders", "groepsgrootte"])("%s has no effect in the capacity model and is refused", (naam) => {
    expect(fout(() => tarief(met(params, [naam, 2]), mix)).details.parameter).toBe(naam);
  });

  test("aandeel instead of fte, and a row without fte, are refused", () => {
    expect(
      fout(() =>
        tarief(params, [
          ["functie", "aandeel", "maandsalaris"],
          ["A", 1, 3200],
        ]),
      ).message,
    ).toBe("functiemix rij 1: aandeel hoort bij het urenmodel; geef in het capaciteitsmodel fte.");
    expect(
      fout(() =>
        tarief(params, [
          ["functie", "fte", "maandsalaris"],
          ["A", 8, 3200],
          ["B", null, 3000],
        ]),
      ).message,
    ).toMatch(/^Parameter 'fte' ontbreekt: functiemix rij 2 \(B\) heeft geen fte\./);
  });

  test("fte 0 is a function without cost (boundary at 0), not an error", () => {
    const a = tarief(met(params, ["afronding", "geen"]), mix);
    const b = tarief(met(params, ["afronding", "geen"]), [...mix, ["Leeg", 0, 5000]]);
    expect(b.tarief.equals(a.tarief)).toBe(true);
  });
});

describe("salary routes (personeel.ts)", () => {
  test("cao with schaal but no trede names the missing trede", () => {
    expect(fout(() => tarief(met(GEEN_SALARIS, ["cao", "X"], ["schaal", 20]))).details.parameter).toBe("trede");
    expect(fout(() => tarief(met(GEEN_SALARIS, ["cao", "X"], ["trede", 5]))).details.parameter).toBe("schaal");
  });

  test("a CAO salary without CAO tables in the context is refused", () => {
    const p = leesParameterBereik(met(GEEN_SALARIS, ["cao", "X"], ["schaal", 20], ["trede", 5]));
    expect(fout(() => berekenTarief({ parameters: p })).message).toBe(
      "Parameter 'maandsalaris' ontbreekt: er zijn geen CAO-tabellen beschikbaar in deze omgeving; geef maandsalaris.",
    );
  });

  test("no pensioenpremie is refused", () => {
    expect(fout(() => tarief(zonder(BASIS, "pensioenpremie"))).details.parameter).toBe("pensioenpremie");
  });

  test.each(["vakantietoeslag", "eindejaarsuitkering", "ort", "overige_looncomponenten", "pensioen_franchise", "overige_personeelskosten"])(
    "loonkosten_per_uur together with %s is a conflict",
    (naam) => {
      const e = fout(() =>
        tarief([
          ["loonkosten_per_uur", 40],
          [naam, 0.01],
          ["productiviteit", 0.8],
          ["overhead", 0.1],
        ]),
      );
      expect(e.details.parameter).toBe(naam);
    },
  );

  test("three salary routes: the conflict names the second", () => {
    const e = fout(() => tarief(met(BASIS, ["schaal", 20], ["loonkosten_per_uur", 40])));
    expect(e.message).toMatch(/maandsalaris én cao\/schaal\/trede én loonkosten_per_uur zijn allebei opgegeven/);
    expect(e.details.parameter).toBe("schaal");
  });
});

describe("function-mix reader", () => {
  test("a row with one blank cell is read (only wholly blank rows are skipped)", () => {
    // every → some would drop the row, and with it the second function
    const mix = leesFunctiemixBereik([
      ["functie", "aandeel", "maandsalaris", "ort"],
      ["A", 0.5, 3500, null],
      ["B", 0.5, 3000, ""],
      [null, null, null, null],
    ]);
    expect(mix.map((r) => r.functie)).toEqual(["A", "B"]);
  });
  test("a value under a blank header is refused", () => {
    expect(
      fout(() =>
        leesFunctiemixBereik([
          ["functie", "", "aandeel"],
          ["A", 12, 1],
        ]),
      ).message,
    ).toBe("Waarde 12 heeft geen parameternaam; vul in de eerste kolom een parameternaam in. (kolom zonder kop in de functiemix)");
  });
  test("a header without rows, and only blank rows, are refused", () => {
    expect(fout(() => leesFunctiemixBereik([["functie", "aandeel"]])).details.parameter).toBe("functiemix");
    expect(
      fout(() =>
        leesFunctiemixBereik([
          ["functie", "aandeel"],
          [null, null],
        ]),
      ).message,
    ).toBe("De functiemix bevat geen enkele functie; vul onder de kopregel minstens één rij in.");
  });
});

describe("zero boundaries that must compute", () => {
  test("overhead 0, risico 0 and materiele_kosten 0 give the bare personnel cost", () => {
    // 3500 × 12 × 1.1633 × 1.31 / (1872 × 0.75) = 64004.766 / 1404 = 45.5874… → 45.59
    const r = tarief(met(BASIS, ["overhead", "geen"], ["risico_opslag", 0], ["materiele_kosten", 0]));
    expect(r.tarief.toFixed(2)).toBe("45.59");
    expect(r.overhead.isZero()).toBe(true);
  });
  test("verzuim 0 with leave hours derives the productivity from the leave alone", () => {
    // (1872 − 144) / 1872
    expect(
      berekenProductiviteit(
        leesParameterBereik([
          ["verlofuren", 144],
          ["verzuim", 0],
        ]),
      ).productieveUren.toString(),
    ).toBe("1728");
  });
});
