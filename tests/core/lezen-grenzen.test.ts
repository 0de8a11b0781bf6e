/**
 * Reading parameter sets (src/core/parameters/lezen.ts): the two-column range, JSON objects and the functiemix table.
 * Each refusal with its exact message and its position (row, column), and the boundaries of blank rows, header rows,
 * name length and the blank-or-0 rule. Computed inside the tests (see docs/mutatie.md).
 */
import { InvoerFout, type FoutDetails } from "../../src/core/errors";
import { LEEG_NIET_GEBRUIKT } from "../../src/core/parameters/cellen";
import {
  leegOfNulFout,
  leesFunctiemixBereik,
  leesFunctieWaarden,
  leesParameterBereik,
  leesParameterObject,
  leesParameterWaarden,
  MAX_NAAMLENGTE,
  rijenNaarWaarden,
} from "../../src/core/parameters/lezen";
import { fout } from "../helpers/fout";

/** The InvoerFout a reader throws: its message and its details. */
function weigering(f: () => unknown): { melding: string; details: FoutDetails } {
  const e = fout(f);
  expect(e).toBeInstanceOf(InvoerFout);
  return { melding: e.message, details: (e as InvoerFout).details };
}

const ZIE = " Zie de lijst met parameternamen in de handleiding (RT.PARAMETERS()).";
const leegOfNul = (naam: string, getoond: string, leeg: string, toegestaan: string) =>
  `${naam} = ${getoond} is niet eenduidig: Excel geeft een lege cel op de computer door als 0 en op het web als leeg, ` +
  `en voor ${naam} geeft leeg (${leeg}) een ander tarief dan een echte 0. Toegestaan: ${toegestaan}.`;
const VT_TOEGESTAAN = "een waarde (bijv. 0,08), 'geen' voor een echte 0, of 'standaard' (of de rij weglaten) voor de waarde uit de CAO, anders 0,08";
const OH_TOEGESTAAN = "een waarde (bijv. 0,2), 'geen' voor een echte 0, of 'standaard' (of de rij weglaten) voor niet opgegeven";

describe("rijenNaarWaarden: a two-column range into named values", () => {
  test("blank rows (also the 0 of desktop Excel) and a header row in the first row are skipped; positions are 1-based", () => {
    expect(
      rijenNaarWaarden([
        ["Parameter", "Waarde"],
        ["overhead", 0.2, "bron: begroting"],
        [null, null],
        [0, 0],
        ["", "  "],
        [undefined],
        [],
        ["ort"],
        [7, true],
        [false, 1],
      ]),
    ).toEqual([
      { naam: "overhead", waarde: 0.2, rij: 2, kolom: 2 },
      { naam: "ort", waarde: undefined, rij: 8, kolom: 2 },
      { naam: "7", waarde: true, rij: 9, kolom: 2 },
      { naam: "false", waarde: 1, rij: 10, kolom: 2 },
    ]);
  });

  test.each([["parameter"], ["Parameters"], [" NAAM "], ["name"]])("header %p in the first row is skipped", (kop) => {
    expect(
      rijenNaarWaarden([
        [kop, "waarde"],
        ["ort", 0.1],
      ]),
    ).toEqual([{ naam: "ort", waarde: 0.1, rij: 2, kolom: 2 }]);
  });

  test("a header word in a later row, or a header-like word in the first row, is a name", () => {
    expect(
      rijenNaarWaarden([
        ["ort", 0.1],
        ["naam", "x"],
      ]),
    ).toEqual([
      { naam: "ort", waarde: 0.1, rij: 1, kolom: 2 },
      { naam: "naam", waarde: "x", rij: 2, kolom: 2 },
    ]);
    expect(rijenNaarWaarden([["namen", "x"]])).toEqual([{ naam: "namen", waarde: "x", rij: 1, kolom: 2 }]);
  });

  test("a value without a name is refused with its row", () => {
    expect(
      weigering(() =>
        rijenNaarWaarden([
          ["ort", 0.1],
          [null, 0.2],
        ]),
      ),
    ).toEqual({
      melding: "Waarde 0,2 heeft geen parameternaam; vul in de eerste kolom een parameternaam in.",
      details: { waarde: 0.2, rij: 2, kolom: 1 },
    });
    expect(weigering(() => rijenNaarWaarden([[0, "x"]]))).toEqual({
      melding: "Waarde 'x' heeft geen parameternaam; vul in de eerste kolom een parameternaam in.",
      details: { waarde: "x", rij: 1, kolom: 1 },
    });
  });

  test("an error value or a non-text as name is refused with its row", () => {
    expect(
      weigering(() =>
        rijenNaarWaarden([
          ["ort", 0.1],
          ["#N/A", 0.2],
        ]),
      ),
    ).toEqual({
      melding: "De parameternaam is de foutwaarde #N/B; vul in de eerste kolom een parameternaam in (een fout wordt nooit als lege cel gelezen).",
      details: { waarde: "#N/A", rij: 2, kolom: 1 },
    });
    const datum = new Date(Date.UTC(2025, 0, 1));
    expect(weigering(() => rijenNaarWaarden([[datum, 1]]))).toEqual({
      melding: "De parameternaam is geen tekst maar 2025-01-01; vul in de eerste kolom een parameternaam in.",
      details: { rij: 1, kolom: 1 },
    });
    expect(
      weigering(() =>
        rijenNaarWaarden([
          ["ort", 1],
          [[1, 2], 1],
        ]),
      ),
    ).toEqual({
      melding: "De parameternaam is geen tekst maar (een bereik van 2 rijen); vul in de eerste kolom een parameternaam in.",
      details: { rij: 2, kolom: 1 },
    });
  });
});

describe("names: length, unknown, duplicate", () => {
  test("a name of 100 characters is looked up, one of 101 is refused without a search", () => {
    expect(MAX_NAAMLENGTE).toBe(100);
    const honderd = "x".repeat(100);
    expect(weigering(() => leesParameterBereik([[honderd, 1]]))).toEqual({
      melding: `Onbekende parameter '${honderd.slice(0, 80)}… (100 tekens)'.${ZIE}`,
      details: { parameter: honderd, waarde: 1, rij: 1, kolom: 1 },
    });
    const lang = "x".repeat(101);
    expect(
      weigering(() =>
        leesParameterBereik([
          ["ort", 0.1],
          [lang, 1],
        ]),
      ),
    ).toEqual({
      melding: `Parameternaam '${"x".repeat(80)}… (101 tekens)' is 101 tekens lang; een parameternaam heeft hoogstens 100 tekens. Zie de lijst met parameternamen (RT.PARAMETERS()).`,
      details: { parameter: honderd, rij: 2, kolom: 1 },
    });
    // from a JSON object there is no column
    expect(weigering(() => leesParameterObject({ [lang]: 1 })).details).toEqual({ parameter: honderd, rij: undefined, kolom: undefined });
  });

  test("an unknown name gets the closest known one, with its position; from an object without one", () => {
    expect(
      weigering(() =>
        leesParameterBereik([
          ["ort", 0.1],
          [" Overheid ", 0.2],
        ]),
      ),
    ).toEqual({
      melding: `Onbekende parameter 'Overheid'. Bedoelt u 'overhead'?${ZIE}`,
      details: { parameter: " Overheid ", waarde: 0.2, rij: 2, kolom: 1 },
    });
    expect(weigering(() => leesParameterObject({ qqqqqqqqqqqqqqqq: 3 }))).toEqual({
      melding: `Onbekende parameter 'qqqqqqqqqqqqqqqq'.${ZIE}`,
      details: { parameter: "qqqqqqqqqqqqqqqq", waarde: 3, rij: undefined, kolom: undefined },
    });
    // a functiemix column is not a product parameter
    expect(weigering(() => leesParameterBereik([["aandeel", 0.5]])).melding).toBe(`Onbekende parameter 'aandeel'.${ZIE}`);
    // a name without a letter gets no suggestion ('12' is not a misspelt 'cao', '0,5' not a misspelt 'ort')
    for (const naam of ["12", "0,5", "2025", "1.1", "%"]) {
      expect(weigering(() => leesParameterBereik([[naam, 1]])).melding).toBe(`Onbekende parameter '${naam}'.${ZIE}`);
    }
    expect(weigering(() => leesParameterBereik([["ca0", 1]])).melding).toBe(`Onbekende parameter 'ca0'. Bedoelt u 'cao'?${ZIE}`);
  });

  test("a name given twice (also in another spelling) is refused with both rows", () => {
    expect(
      weigering(() =>
        leesParameterBereik([
          ["overhead", 0.2],
          ["ort", 0.1],
          ["Overhead", 0.3],
        ]),
      ),
    ).toEqual({
      melding: "Parameter 'overhead' staat twee keer in de parameters (rij 1 en rij 3); geef elke parameter één keer op.",
      details: { parameter: "overhead", waarde: 0.3, rij: 3, kolom: 1 },
    });
    // objects have no rows
    expect(weigering(() => leesParameterObject({ overhead: 0.2, "over-head": 0.3, Overhead: 0.3 })).melding).toBe(
      "Onbekende parameter 'over-head'. Bedoelt u 'overhead'?" + ZIE,
    );
    expect(weigering(() => leesParameterObject({ overhead: 0.2, Overhead: 0.3 })).melding).toBe(
      "Parameter 'overhead' staat twee keer in de parameters (rij 0 en rij 0); geef elke parameter één keer op.",
    );
  });
});

describe("values: blank means not given, zod's message with the position", () => {
  test("blank values are left out; the first invalid value is refused with its row and column", () => {
    const p = leesParameterBereik([
      ["ort", null],
      ["risico_opslag", "  "],
      ["overhead", 0.2],
    ]);
    expect(Object.keys(p)).toEqual(["overhead"]);
    expect(
      weigering(() =>
        leesParameterBereik([
          ["ort", 0.1],
          ["groepsgrootte", 0],
          ["overhead", 2],
        ]),
      ),
    ).toEqual({
      melding: "groepsgrootte = 0 ligt buiten het toegestane bereik: 1 ≤ groepsgrootte ≤ 1.000 (cliënten).",
      details: { parameter: "groepsgrootte", waarde: 0, rij: 2, kolom: 2 },
    });
    expect(weigering(() => leesParameterObject({ "Uren per week": "veel" }))).toEqual({
      melding: "uren_per_week = 'veel' is geen getal; toegestaan: 1 ≤ uren_per_week ≤ 60 (uren per week).",
      details: { parameter: "uren_per_week", waarde: "veel", rij: undefined, kolom: undefined },
    });
  });

  test("the values read in the order of the range, with their kinds", () => {
    const p = leesParameterWaarden([
      { naam: "eenheid", waarde: 16 },
      { naam: "Overhead conventie", waarde: "Aandeel" },
      { naam: "peildatum", waarde: "1-7-2025" },
      { naam: "overhead_over_materieel", waarde: "nee" },
      { naam: "maandsalaris", waarde: "€ 3.500,00" },
    ]);
    expect(Object.keys(p)).toEqual(["eenheid", "overhead_conventie", "peildatum", "overhead_over_materieel", "maandsalaris"]);
    expect([p.eenheid, p.overhead_conventie, p.peildatum, p.overhead_over_materieel, p.maandsalaris!.toString()]).toEqual([
      "dagdeel",
      "aandeel",
      "2025-07-01",
      false,
      "3500",
    ]);
  });
});

describe("the blank-or-0 rule (NUL_DUBBELZINNIG)", () => {
  test("a blank or 0 is refused with its position; the message says which", () => {
    expect(
      weigering(() =>
        leesParameterBereik([
          ["maandsalaris", 3000],
          ["vakantietoeslag", 0],
        ]),
      ),
    ).toEqual({
      melding: leegOfNul("vakantietoeslag", "0", "de waarde uit de CAO, anders 0,08", VT_TOEGESTAAN),
      details: { parameter: "vakantietoeslag", waarde: 0, rij: 2, kolom: 2, toegestaan: VT_TOEGESTAAN },
    });
    expect(weigering(() => leesParameterBereik([["overhead", null]]))).toEqual({
      melding: leegOfNul("overhead", "een lege cel", "niet opgegeven", OH_TOEGESTAAN),
      details: { parameter: "overhead", waarde: undefined, rij: 1, kolom: 2, toegestaan: OH_TOEGESTAAN },
    });
    expect(weigering(() => leesParameterObject({ overhead: " " })).details).toEqual({
      parameter: "overhead",
      waarde: undefined,
      rij: undefined,
      kolom: undefined,
      toegestaan: OH_TOEGESTAAN,
    });
  });

  test("'standaard' means not given, 'geen' a real zero (for fractions); in any case", () => {
    const p = leesParameterBereik([
      ["vakantietoeslag", " Standaard "],
      ["overhead", "GEEN"],
      ["sociale_lasten", "geen"],
    ]);
    expect(Object.keys(p)).toEqual(["overhead", "sociale_lasten"]);
    expect([p.overhead!.toString(), p.sociale_lasten!.toString()]).toEqual(["0", "0"]);
    expect(leesParameterBereik([["overhead_over_materieel", "standaard"]])).toEqual({});
    // 'geen' is no yes/no value
    expect(weigering(() => leesParameterBereik([["overhead_over_materieel", "geen"]])).melding).toBe(
      "overhead_over_materieel = 'geen' is geen ja/nee-waarde; toegestaan: WAAR of ONWAAR (ook 'ja'/'nee', 1/0).",
    );
    // a real value is read as usual
    expect(leesParameterBereik([["overhead", 0.25]]).overhead!.toString()).toBe("0.25");
    expect(leesParameterBereik([["overhead_over_materieel", false]]).overhead_over_materieel).toBe(false);
  });

  test("next to loonkosten given directly, a blank salary surcharge is left out and named; other blanks still refused", () => {
    const p = leesParameterBereik([
      ["loonkosten_per_uur", 45],
      ["vakantietoeslag", 0],
      ["pensioenpremie", null],
      ["overhead", 0.2],
    ]);
    expect(Object.keys(p)).toEqual(["loonkosten_per_uur", "overhead"]);
    expect(p[LEEG_NIET_GEBRUIKT as unknown as keyof typeof p]).toEqual(["vakantietoeslag", "pensioenpremie"]);
    const fte = leesParameterBereik([
      ["loonkosten_fte", 60000],
      ["eindejaarsuitkering", ""],
      ["sociale_lasten", 0],
    ]);
    expect(fte[LEEG_NIET_GEBRUIKT as unknown as keyof typeof fte]).toEqual(["eindejaarsuitkering", "sociale_lasten"]);
    // the loonkosten after the surcharge: decided on the whole set
    expect(
      Object.keys(
        leesParameterBereik([
          ["vakantietoeslag", 0],
          ["loonkosten_per_uur", 45],
        ]),
      ),
    ).toEqual(["loonkosten_per_uur"]);
    expect(
      weigering(() =>
        leesParameterBereik([
          ["loonkosten_per_uur", 45],
          ["overhead", 0],
        ]),
      ).details.parameter,
    ).toBe("overhead");
    // a set without blanks has no such list
    expect(LEEG_NIET_GEBRUIKT in leesParameterBereik([["loonkosten_per_uur", 45]])).toBe(false);
    expect(
      LEEG_NIET_GEBRUIKT in
        leesParameterBereik([
          ["loonkosten_per_uur", 45],
          ["vakantietoeslag", 0.08],
        ]),
    ).toBe(false);
  });

  test("loonkosten of 0 or blank are not loonkosten given directly", () => {
    expect(
      weigering(() =>
        leesParameterBereik([
          ["loonkosten_per_uur", 0],
          ["vakantietoeslag", 0],
        ]),
      ).details.parameter,
    ).toBe("vakantietoeslag");
    expect(
      weigering(() =>
        leesParameterBereik([
          ["loonkosten_fte", ""],
          ["vakantietoeslag", 0],
        ]),
      ).details.parameter,
    ).toBe("vakantietoeslag");
    expect(
      weigering(() =>
        leesParameterBereik([
          ["loonkosten_fte", 0],
          ["loonkosten_per_uur", null],
          ["pensioenpremie", 0],
        ]),
      ).details.parameter,
    ).toBe("pensioenpremie");
  });

  test("leegOfNulFout on its own: a 0 is shown, a blank is not", () => {
    const nul = leegOfNulFout("overhead", 0, 4, 2);
    expect([nul.message, nul.details]).toEqual([
      leegOfNul("overhead", "0", "niet opgegeven", OH_TOEGESTAAN),
      { parameter: "overhead", waarde: 0, rij: 4, kolom: 2, toegestaan: OH_TOEGESTAAN },
    ]);
    expect(leegOfNulFout("overhead", "", 4, 2).details.waarde).toBeUndefined();
    expect(leegOfNulFout("overhead", undefined).details).toEqual({
      parameter: "overhead",
      waarde: undefined,
      rij: undefined,
      kolom: undefined,
      toegestaan: OH_TOEGESTAAN,
    });
  });
});

describe("functiemix rows", () => {
  test("one row of named values, read with the functiemix columns", () => {
    const r = leesFunctieWaarden([
      { naam: "functie", waarde: "  HBO  begeleider " },
      { naam: "Aandeel", waarde: "60%" },
      { naam: "schaal", waarde: 8 },
    ]);
    expect([r.functie, r.aandeel!.toString(), r.schaal]).toEqual(["HBO begeleider", "0.6", "8"]);
  });

  test("a product-level name is unknown as a column, with the functiemix context", () => {
    expect(weigering(() => leesFunctieWaarden([{ naam: "afronding", waarde: "euro", rij: 2, kolom: 3 }]))).toEqual({
      melding: `Onbekende parameter 'afronding' (kolomkop in de functiemix).${ZIE}`,
      details: { parameter: "afronding", waarde: "euro", rij: 2, kolom: 1 },
    });
  });

  test("an invalid value: zod's message with the row and column of the cell", () => {
    expect(
      weigering(() =>
        leesFunctieWaarden([
          { naam: "functie", waarde: "A", rij: 3, kolom: 1 },
          { naam: "aandeel", waarde: 0, rij: 3, kolom: 2 },
        ]),
      ),
    ).toEqual({
      melding: "aandeel = 0 ligt buiten het toegestane bereik: meer dan 0% tot en met 100% (als fractie: 0 < aandeel ≤ 1; 8% = 0,08).",
      details: { parameter: "aandeel", waarde: 0, rij: 3, kolom: 2 },
    });
  });

  test("a blank salary surcharge in a row is refused unless the row brings loonkosten", () => {
    expect(
      weigering(() =>
        leesFunctieWaarden([
          { naam: "functie", waarde: "A" },
          { naam: "vakantietoeslag", waarde: 0, rij: 2, kolom: 2 },
        ]),
      ).details,
    ).toEqual({
      parameter: "vakantietoeslag",
      waarde: 0,
      rij: 2,
      kolom: 2,
      toegestaan: VT_TOEGESTAAN,
    });
    const r = leesFunctieWaarden([
      { naam: "functie", waarde: "A" },
      { naam: "loonkosten_per_uur", waarde: 50 },
      { naam: "vakantietoeslag", waarde: 0 },
    ]);
    expect(Object.keys(r)).toEqual(["functie", "loonkosten_per_uur"]);
  });
});

describe("leesFunctiemixBereik: the table", () => {
  test("fewer than two rows is refused", () => {
    const melding = "De functiemix heeft een kopregel met kolomnamen (bijv. functie, aandeel, maandsalaris) en minstens één rij met een functie nodig.";
    expect(weigering(() => leesFunctiemixBereik([]))).toEqual({ melding, details: { parameter: "functiemix", toegestaan: "kopregel + rijen" } });
    expect(weigering(() => leesFunctiemixBereik([["functie", "aandeel"]]))).toEqual({
      melding,
      details: { parameter: "functiemix", toegestaan: "kopregel + rijen" },
    });
  });

  test("a header row with only blank rows under it has no function", () => {
    expect(
      weigering(() =>
        leesFunctiemixBereik([
          ["functie", "aandeel"],
          [null, 0],
          ["", " "],
        ]),
      ),
    ).toEqual({
      melding: "De functiemix bevat geen enkele functie; vul onder de kopregel minstens één rij in.",
      details: { parameter: "functiemix" },
    });
  });

  test("the header: error values, non-texts, numbers and booleans are refused with their cell", () => {
    expect(
      weigering(() =>
        leesFunctiemixBereik([
          ["functie", { error: "#REF!" }],
          ["A", 1],
        ]),
      ),
    ).toEqual({
      melding:
        "De kolomkop in de functiemix is de foutwaarde #VERW!; vul een kolomnaam in (bijv. functie, aandeel, maandsalaris); een fout wordt nooit als lege kop gelezen.",
      details: { waarde: { error: "#REF!" }, rij: 1, kolom: 2 },
    });
    expect(
      weigering(() =>
        leesFunctiemixBereik([
          ["functie", "aandeel", new Date(Date.UTC(2025, 0, 1))],
          ["A", 1, 1],
        ]),
      ),
    ).toEqual({
      melding: "De kolomkop in de functiemix is geen tekst maar 2025-01-01; vul een kolomnaam in (bijv. functie, aandeel).",
      details: { rij: 1, kolom: 3 },
    });
    // a number or WAAR/ONWAAR in the header is a value: the header row was most likely left out of the selection
    for (const [kop, getoond] of [
      [12, "het getal 12"],
      [0.6, "het getal 0,6"],
      [2800, "het getal 2.800"],
      [true, "de waarde WAAR"],
      [false, "de waarde ONWAAR"],
    ] as const) {
      expect(
        weigering(() =>
          leesFunctiemixBereik([
            ["Begeleider", kop],
            ["Gedragswetenschapper", 1],
          ]),
        ),
      ).toEqual({
        melding: `De kolomkop in de functiemix is ${getoond}, geen kolomnaam: de eerste rij van de functiemix bevat de kolomnamen (bijv. functie, aandeel, maandsalaris); selecteer de kopregel mee of vul daar kolomnamen in.`,
        details: { waarde: kop, rij: 1, kolom: 2 },
      });
    }
  });

  test("a column without a header: blank or 0 ignored, a value refused with its cell", () => {
    const mix = leesFunctiemixBereik([
      ["functie", null, "aandeel", 0],
      ["A", 0, 0.5, null],
      ["B", "", 0.5, "  "],
    ]);
    expect(mix.map((r) => [r.functie, r.aandeel!.toString()])).toEqual([
      ["A", "0.5"],
      ["B", "0.5"],
    ]);
    expect(
      weigering(() =>
        leesFunctiemixBereik([
          ["functie", "", "aandeel"],
          ["A", "x", 1],
        ]),
      ),
    ).toEqual({
      melding: "Waarde 'x' heeft geen parameternaam; vul in de eerste kolom een parameternaam in. (kolom zonder kop in de functiemix)",
      details: { waarde: "x", rij: 2, kolom: 2 },
    });
    expect(
      weigering(() =>
        leesFunctiemixBereik([
          ["functie", "aandeel", null],
          ["A", 1, 0],
          ["B", 1, false],
        ]),
      ).details,
    ).toEqual({
      waarde: false,
      rij: 3,
      kolom: 3,
    });
  });

  test("blank rows are skipped; a 0 means blank only where 0 cannot be a value", () => {
    const mix = leesFunctiemixBereik([
      ["Functie", "FTE", "Maandsalaris", "cao", "peildatum", "vakantietoeslag"],
      [0, 0, 0, 0, 0, 0],
      ["A", 0, 3000, 0, 0, 0.08],
      ["B", 2.5, 0, "GHZ", "1-1-2025", "standaard"],
    ]);
    expect(mix).toHaveLength(2);
    expect(Object.keys(mix[0])).toEqual(["functie", "fte", "maandsalaris", "vakantietoeslag"]);
    expect([mix[0].fte!.toString(), mix[0].maandsalaris!.toString(), mix[0].vakantietoeslag!.toString()]).toEqual(["0", "3000", "0.08"]);
    expect(Object.keys(mix[1])).toEqual(["functie", "fte", "cao", "peildatum"]);
    expect([mix[1].fte!.toString(), mix[1].cao, mix[1].peildatum]).toEqual(["2.5", "GHZ", "2025-01-01"]);
    // a 0 for a surcharge that may be 0 stays a 0, and is ambiguous
    expect(
      weigering(() =>
        leesFunctiemixBereik([
          ["functie", "vakantietoeslag"],
          ["A", 0],
        ]),
      ).details,
    ).toEqual({
      parameter: "vakantietoeslag",
      waarde: 0,
      rij: 2,
      kolom: 2,
      toegestaan: VT_TOEGESTAAN,
    });
    // a 0 under an unknown header is kept and the header refused
    expect(
      weigering(() =>
        leesFunctiemixBereik([
          ["functie", "onbekend"],
          ["A", 0],
        ]),
      ).details,
    ).toEqual({ parameter: "onbekend", waarde: 0, rij: 2, kolom: 1 });
  });
});
