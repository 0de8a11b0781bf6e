/**
 * Reliability through the real custom functions (CustomFunctions stub with Excel's error strings): error values,
 * overflow, ambiguous text numbers, step punctuation, blanks on desktop (0) and web (null), long names, cache
 * keys, prototype names and invisible characters. Each test failed on the code before the fix.
 */
import ExcelJS from "exceljs";
import * as f from "../../src/functions/functions";
import { leegTariefCache } from "../../src/functions/adapters/tarief";
import { berekenWerkboek } from "../../src/cli/tarieven";
import { maakVoorbeeldWerkboek } from "../../src/cli/voorbeeld";
import { celwaarde } from "../../src/cli/werkboek";
import { standaardCaoBron } from "../../src/data";
import { voorbeeldRegioBereiken } from "../../src/data/voorbeeldregio/bereiken";

// 42,22 / 0,8 = 52,775 per productive hour; × 1,2 overhead = 63,33 (domain spec §3.7)
const EXTRA = [
  ["loonkosten_per_uur", 42.22],
  ["productiviteit", 0.8],
  ["overhead", 0.2],
];

function fout(g: () => unknown): { code: string; message: string } {
  try {
    g();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return e as { code: string; message: string };
  }
  throw new Error("verwachtte een fout");
}

beforeEach(() => leegTariefCache());

describe("error values in a parameter range", () => {
  test.each([
    ["an Excel error object", () => new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero)],
    ["the English error text", () => "#DIV/0!"],
    ["the Dutch error text (task pane, Dutch Excel)", () => "#DEEL/0!"],
  ])("risico_opslag = %s is #VALUE! naming #DEEL/0!", (_naam, waarde) => {
    const e = fout(() => f.tarief([...EXTRA, ["risico_opslag", waarde()]]));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      "rij 4: risico_opslag = #DEEL/0! is een foutwaarde, geen invoer: herstel de formule of de cel (een fout wordt nooit als lege cel gelezen).",
    );
  });
});

describe("no NaN or Infinity, plausible bounds, a documented maximum", () => {
  test("productiviteit 1e-300 with bezettingsgraad 1e-300 and 100 begeleiders is refused (was Infinity)", () => {
    const e = fout(() =>
      f.tarief([
        ["loonkosten_per_uur", 42.22],
        ["productiviteit", 1e-300],
        ["bezettingsgraad", 1e-300],
        ["begeleiders", 100],
        ["overhead", 0.2],
      ]),
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^rij 2: productiviteit = .* ligt buiten het toegestane bereik: 1% tot en met 100%/);
  });

  test("a tariff above € 10.000.000 per unit is refused, not returned", () => {
    // K = 1000 / 0,01 = 100.000 per productive hour; × 10.000 hours × 100 staff / (1 × 0,01 occupancy) = 1e13
    const e = fout(() =>
      f.tarief([
        ["loonkosten_per_uur", 1000],
        ["productiviteit", 0.01],
        ["overhead", "geen"],
        ["eenheid", "stuks_output"],
        ["uren_per_eenheid", 10000],
        ["begeleiders", 100],
        ["bezettingsgraad", 0.01],
      ]),
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^Het tarief komt uit op € 10\.000\.000\.000\.000 per stuks_output; toegestaan: € 0 tot en met € 10\.000\.000 per eenheid/);
  });
});

describe("text numbers: one reading for every parameter", () => {
  test("'3,200' as maandsalaris is refused as ambiguous (was read as 3,2)", () => {
    const e = fout(() =>
      f.tarief([
        ["maandsalaris", "3,200"],
        ["sociale_lasten", 0.18],
        ["pensioenpremie", 0.13],
        ["productiviteit", 0.75],
        ["overhead", 0.2],
      ]),
    );
    expect(e.message).toMatch(/^rij 1: maandsalaris = '3,200' is dubbelzinnig: '3,200' kan 3,2 of 3200 betekenen/);
  });

  test("'6.500' is refused the same way for an amount and for another number (was 6500 for one and 6,5 for the other)", () => {
    const bedrag = fout(() =>
      f.tarief([
        ["maandsalaris", "6.500"],
        ["sociale_lasten", 0.18],
        ["pensioenpremie", 0.13],
        ["productiviteit", 0.75],
        ["overhead", 0.2],
      ]),
    );
    const getal = fout(() => f.tarief([...EXTRA, ["eenheid", "stuks_output"], ["uren_per_eenheid", "6.500"]]));
    expect(bedrag.message).toContain("'6.500' kan 6,5 of 6500 betekenen");
    expect(getal.message).toContain("'6.500' kan 6,5 of 6500 betekenen");
  });

  test("unambiguous Dutch and decimal-point text is read: '42,22', '42.22', '0,8', '€ 3.500,00', '3.500,5'", () => {
    expect(
      f.tarief([
        ["loonkosten_per_uur", "42,22"],
        ["productiviteit", "0,8"],
        ["overhead", "20%"],
      ]),
    ).toBe(63.33);
    expect(
      f.tarief([
        ["loonkosten_per_uur", "42.22"],
        ["productiviteit", "0.8"],
        ["overhead", 0.2],
      ]),
    ).toBe(63.33);
    const salaris = (s: unknown) =>
      f.tarief([
        ["maandsalaris", s],
        ["sociale_lasten", 0.18],
        ["pensioenpremie", 0.13],
        ["productiviteit", 0.75],
        ["overhead", 0.2],
      ]);
    expect(salaris("€ 3.500,00")).toBe(salaris(3500));
    expect(salaris("3.500,5")).toBe(salaris(3500.5));
  });
});

describe("steps and scales are whole numbers", () => {
  test.each([[-5], [0.5], ["1.1"], ["5,5"]])("RT.SALARIS with trede %p is #VALUE! (was another step)", (trede) => {
    const e = fout(() => f.salaris("Gehandicaptenzorg", "FWG 20", trede, "2023-12-01"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^trede = .* is geen geldige trede: een tredenummer is een heel getal van 0 of hoger/);
  });

  test("trede -5 in a parameter range is #VALUE! too", () => {
    const e = fout(() =>
      f.tarief([
        ["cao", "Gehandicaptenzorg"],
        ["schaal", "FWG 20"],
        ["trede", -5],
        ["peildatum", "2023-12-01"],
        ["sociale_lasten", 0.18],
        ["pensioenpremie", 0.13],
        ["productiviteit", 0.75],
        ["overhead", 0.2],
      ]),
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/trede = '-5' is geen geldige trede/);
  });
});

describe("one rule for blanks: desktop (0) and web (null) give the same results", () => {
  test("the smallest case: verlofuren blank next to loonkosten_per_uur and productiviteit", () => {
    expect(f.tarief([...EXTRA, ["verlofuren", 0]])).toBe(63.33);
    expect(f.tarief([...EXTRA, ["verlofuren", null]])).toBe(63.33);
  });

  // A salary path where every one of the six parameters counts. With all given (vakantietoeslag 0,08, no cao):
  // 36.000 × (1 + 0,08 + 0,0833) = 41.878,80; × (1 + 0,2 + 0,13) = 55.698,804; / 1.872 h / 0,8 × 1,2 = 44,63
  const SALARIS: [string, unknown][] = [
    ["maandsalaris", 3000],
    ["vakantietoeslag", 0.08],
    ["eindejaarsuitkering", 0.0833],
    ["sociale_lasten", 0.2],
    ["pensioenpremie", 0.13],
    ["productiviteit", 0.8],
    ["overhead", 0.2],
    ["overhead_over_materieel", true],
  ];
  const met = (naam: string, waarde: unknown) => SALARIS.map(([n, w]) => [n, n === naam ? waarde : w]);
  const zonder = (naam: string) => SALARIS.filter(([n]) => n !== naam);
  const DUBBELZINNIG = ["vakantietoeslag", "eindejaarsuitkering", "sociale_lasten", "pensioenpremie", "overhead", "overhead_over_materieel"];

  test("the salary path computes 44,63 with all six given (the base of the next tests)", () => {
    expect(f.tarief(SALARIS)).toBe(44.63);
  });

  /** What the user sees: the tariff, or the error code and message. */
  const uitkomst = (bereik: unknown[][]): number | string => {
    leegTariefCache();
    try {
      return f.tarief(bereik);
    } catch (e) {
      const fe = e as { code: string; message: string };
      return `${fe.code} ${fe.message}`;
    }
  };

  test.each(DUBBELZINNIG)("%s blank: the same outcome whether the blank arrives as 0 (desktop) or empty (web), and it is a refusal", (naam) => {
    // the desktop message says "= 0", the web's "= een lege cel"; otherwise identical
    const alsNul = String(uitkomst(met(naam, 0))).replace("= 0 ", "= een lege cel ");
    const alsLeeg = uitkomst(met(naam, null));
    expect({ naam, desktop: alsNul }).toEqual({ naam, desktop: alsLeeg });
    expect(alsLeeg).toMatch(new RegExp(`^#VALUE! rij \\d: ${naam} = een lege cel is niet eenduidig`));
    expect(alsLeeg).toContain("'standaard' (of de rij weglaten)");
  });

  test("overhead_over_materieel with material cost: blank and 0 are one refusal (before: nee on desktop, ja on the web)", () => {
    const metMaterieel = (w: unknown) => [...met("overhead_over_materieel", w), ["materiele_kosten", 5]];
    expect(uitkomst(metMaterieel(0))).toBe(String(uitkomst(metMaterieel(null))).replace("= een lege cel ", "= 0 "));
    expect(uitkomst(metMaterieel(null))).toContain("overhead_over_materieel = een lege cel is niet eenduidig");
    // and the explicit answers still differ as they should: 5 × 1,2 = 6,00 with, 5,00 without overhead → 1,00 apart
    const ja = uitkomst(metMaterieel("ja")) as number;
    const nee = uitkomst(metMaterieel("nee")) as number;
    expect((ja - nee).toFixed(2)).toBe("1.00");
  });

  test("the words: 'standaard' is the row left out, 'geen' is a real zero", () => {
    for (const naam of ["vakantietoeslag", "eindejaarsuitkering", "overhead_over_materieel"]) {
      leegTariefCache();
      expect({ naam, tarief: f.tarief(met(naam, "standaard")) }).toEqual({ naam, tarief: f.tarief(zonder(naam)) });
    }
    // vakantietoeslag 'geen': 36.000 × (1 + 0 + 0,0833) = 38.998,80; × 1,33 = 51.868,404; / 1.872 / 0,8 × 1,2 = 41,5612… → 41,56
    expect(f.tarief(met("vakantietoeslag", "geen"))).toBe(41.56);
    // overhead 'geen': 55.698,804 / 1.872 / 0,8 = 37,1920… → 37,19
    expect(f.tarief(met("overhead", "Geen"))).toBe(37.19);
    // sociale_lasten 'standaard' is not given: on a salary path that is missing, as the row left out
    expect(fout(() => f.tarief(met("sociale_lasten", "standaard"))).message).toContain("Parameter 'sociale_lasten' ontbreekt");
  });

  test("next to loonkosten_per_uur the salary surcharges do not count: blank or 0 is accepted there, on both hosts", () => {
    for (const blank of [0, null])
      for (const naam of ["vakantietoeslag", "eindejaarsuitkering", "sociale_lasten", "pensioenpremie"]) {
        leegTariefCache();
        expect({ naam, blank, tarief: f.tarief([...EXTRA, [naam, blank]]) }).toEqual({ naam, blank, tarief: 63.33 });
      }
    // but a functiemix row with its own salary would use them: refused there, not silently the default
    const mix = [
      ["functie", "aandeel", "maandsalaris"],
      ["Begeleider", 1, 3000],
    ];
    for (const blank of [0, null]) {
      leegTariefCache();
      expect(fout(() => f.tarief([...EXTRA, ["vakantietoeslag", blank]], mix as unknown as undefined)).message).toContain(
        "vakantietoeslag = een lege cel is niet eenduidig",
      );
    }
  });

  test("the command line reads the same workbook the same way: blank and 0 refused with the functions' message", () => {
    for (const blank of [0, null]) {
      const wb = new ExcelJS.Workbook();
      const blad = wb.addWorksheet("Parameters");
      blad.addRow(["parameter", "Begeleiding"]);
      for (const [n, w] of met("overhead", blank)) blad.addRow([n, w]);
      const uit = berekenWerkboek(wb, { caoBron: standaardCaoBron, vandaag: "2025-01-01" });
      expect(uit.uitkomsten).toEqual([]);
      expect(uit.fouten.map((e) => [e.cel, e.fout.message])).toEqual([
        ["B8", expect.stringContaining(`overhead = ${blank === 0 ? "0" : "een lege cel"} is niet eenduidig`) as string],
      ]);
    }
  });

  test("the sample region's tables: tariff groups and scenario comparison equal with blanks as 0 and as empty", () => {
    // before, the lump-sum products' empty parameter cells became overhead/sociale_lasten 0 on desktop (now refused
    // as ambiguous: a row whose parameter cells are all blank or 0 has no parameters), and a trajectprijs's empty
    // verwachte_eenheden became 0 ("geen normbezetting" on desktop only; 0 is not a valid count, so it is a blank)
    const b = voorbeeldRegioBereiken();
    const uitkomst = (blank: 0 | "") => {
      const t = (tabel: unknown[][]) => tabel.map((r) => r.map((c) => (c === "" ? blank : c)));
      leegTariefCache();
      return [
        f.tariefgroepen(t(b.producten), t(b.normbezetting), t(b.caoIndeling)),
        f.scenarioVergelijking(t(b.producten), t(b.scenarios), t(b.normbezetting), t(b.caoIndeling), "Sociaal Werk"),
      ];
    };
    const web = uitkomst("");
    expect(web[0].length).toBeGreaterThan(10);
    expect(uitkomst(0)).toEqual(web);
  });

  test("a submission row of a region table: a blank overhead is refused like its desktop 0 (before: left out on the web, refused on desktop)", () => {
    const inzendingen = (v: unknown) => [
      ["aanbieder", "product", "overhead", "productiviteit"],
      ["A", "P", 0.2, 0.7],
      ["B", "P", v, 0.75],
      ["C", "P", 0.25, 0.72],
    ];
    const melding = (v: unknown) => {
      try {
        f.bandbreedte(inzendingen(v));
      } catch (e) {
        return (e as Error).message;
      }
      return "berekend";
    };
    const desktop = melding(0);
    expect(desktop).toMatch(/^inzendingen, rij 3: overhead = 0 is niet eenduidig/);
    expect(melding(null)).toBe(desktop.replace("overhead = 0", "overhead = een lege cel"));
    expect(melding("")).toBe(melding(null));
    // the explicit words: 'standaard' leaves B out (P25 of 0,2 and 0,25 = 0,2125), 'geen' is a real 0 (P25 = 0,1)
    const overhead = (v: string) => f.bandbreedte(inzendingen(v)).find((r) => r[0] === "overhead")!;
    expect(overhead("standaard").slice(1, 5)).toEqual([0.2125, 0.225, 0.2375, 2]);
    expect(overhead("geen").slice(1, 5)).toEqual([0.1, 0.2, 0.225, 3]);
  });

  test("all seven products of the demo's multi-product layout compute on both hosts, equal to the command line", () => {
    const wb = maakVoorbeeldWerkboek();
    const blad = wb.getWorksheet("Parameters")!;
    const mixBlad = wb.getWorksheet("Functiemix")!;
    const waarden = (b: ExcelJS.Worksheet) => {
      const rijen: unknown[][] = [];
      b.eachRow({ includeEmpty: true }, (r) => rijen.push(Array.from({ length: b.columnCount }, (_, c) => celwaarde(r.getCell(c + 1)))));
      return rijen;
    };
    const p = waarden(blad);
    const mix = waarden(mixBlad);
    const cli = berekenWerkboek(wb, { caoBron: standaardCaoBron, vandaag: "2025-01-01" });
    expect(cli.fouten).toEqual([]);
    const leeg = (blank: 0 | null) => (v: unknown) => (v === null ? blank : v);
    for (let k = 1; k <= 7; k++) {
      const product = p[0][k] as string;
      const uitCli = cli.uitkomsten.find((u) => u.product === product)!.resultaat.tarief.toNumber();
      const mixRijen = mix.filter((r, i) => i === 0 || r[0] === product).map((r) => r.slice(1));
      for (const blank of [0, null] as const) {
        const bereik = p.slice(1).map((r) => [r[0], r[k]].map(leeg(blank)));
        const m = mixRijen.length > 1 ? mixRijen.map((r) => r.map(leeg(blank))) : null;
        leegTariefCache();
        expect({ product, blank, tarief: f.tarief(bereik, m as unknown as undefined) }).toEqual({ product, blank, tarief: uitCli });
      }
    }
    // the two published build-ups among them (domain spec §3.7)
    expect(cli.uitkomsten.slice(0, 2).map((u) => u.resultaat.tarief.toFixed(2))).toEqual(["63.33", "37.02"]);
  });
});

describe("a very long name costs bounded work and a bounded message", () => {
  test("a 2-million-character name: #VALUE! with a short message that names the length", () => {
    const e = fout(() => f.tarief([["x".repeat(2_000_000), 1], ...EXTRA]));
    expect(e.message.length).toBeLessThan(400);
    expect(e.message).toContain("2000000 tekens");
  });
});

describe("the cache tells apart what the reader tells apart", () => {
  test("risico_opslag NaN after a blank is #VALUE!, not the blank's 63,33", () => {
    expect(f.tarief([...EXTRA, ["risico_opslag", null]])).toBe(63.33);
    expect(fout(() => f.tarief([...EXTRA, ["risico_opslag", NaN]])).code).toBe("#VALUE!");
  });

  test("a Date and its ISO text are different inputs", () => {
    expect(f.tarief([...EXTRA, ["peildatum", new Date("2025-01-01T00:00:00.000Z")]])).toBe(63.33);
    expect(fout(() => f.tarief([...EXTRA, ["peildatum", "2025-01-01T00:00:00.000Z"]])).message).toMatch(
      /peildatum = '2025-01-01T00:00:00\.000Z' is geen datum/,
    );
  });
});

describe("names from user text never reach the prototype", () => {
  test.each(["__proto__", "constructor", "toString", "hasOwnProperty"])("RT.TARIEF_DETAIL(…; %p) is an unknown part", (naam) => {
    const e = fout(() => f.tariefDetail(EXTRA, naam));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^onderdeel = '.*' is onbekend; toegestaan:/);
  });

  test.each(["constructor", "__proto__", "toString"])("eenheid %p is not a valid choice", (naam) => {
    const e = fout(() => f.tarief([...EXTRA, ["eenheid", naam]]));
    expect(e.message).toMatch(/eenheid = '.*' is geen geldige keuze/);
  });

  test.each(["constructor", "__proto__"])("CAO %p: a Dutch not-found message, no internal error", (naam) => {
    const e = fout(() => f.salaris(naam, "FWG 20", 5, "2023-12-01"));
    expect(e.message).not.toMatch(/Interne fout|is not a function/);
  });
});

describe("invisible characters are shown", () => {
  test("a zero-width space and a soft hyphen in a name are visible in the message", () => {
    expect(
      fout(() =>
        f.tarief([
          ["loonkosten_per_uur", 42.22],
          ["productiviteit\u200b", 0.8],
          ["overhead", 0.2],
        ]),
      ).message,
    ).toMatch(/^rij 2: Onbekende parameter 'productiviteit⟨U\+200B⟩'\. Bedoelt u 'productiviteit'\?/);
    expect(
      fout(() =>
        f.tarief([
          ["loonkosten_per_uur", 42.22],
          ["produc\u00adtiviteit", 0.8],
          ["overhead", 0.2],
        ]),
      ).message,
    ).toContain("'produc⟨U+00AD⟩tiviteit'");
  });
});
