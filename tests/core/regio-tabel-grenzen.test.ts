/**
 * Reading a region table from a range (regio-tabel.ts): header, blank rows and cells, the 0 that desktop Excel
 * passes for a blank cell, and the table, row and column every error names (details.rij/kolom, 1-based).
 */
import { InvoerFout } from "../../src/core/errors";
import { getalVan, jaarVan, leesTabel, parametersVan, tekstVan, type TabelRij } from "../../src/core/regio-tabel";
import { fout, invoerMelding as melding } from "../helpers/fout";

const details = (f: () => unknown) => {
  const e = fout(f);
  expect(e).toBeInstanceOf(InvoerFout);
  const d = (e as InvoerFout).details;
  return { melding: e.message, rij: d.rij, kolom: d.kolom, parameter: d.parameter, waarde: d.waarde };
};
const cellen = (r: TabelRij) => [...r.cellen].map(([n, c]) => [n, c.waarde, c.rij, c.kolom]);

describe("leesTabel: the header", () => {
  test("an empty range or one of blank cells (and desktop's 0) is an empty table", () => {
    const leeg = "volumes: de tabel is leeg; geef een kopregel met gemeente, product en minstens één rij.";
    expect(melding(() => leesTabel([], "volumes", { verplicht: ["gemeente", "product"] }))).toBe(leeg);
    expect(
      melding(() =>
        leesTabel(
          [
            [null, " "],
            [0, undefined],
          ],
          "volumes",
          { verplicht: ["gemeente", "product"] },
        ),
      ),
    ).toBe(leeg);
    expect(melding(() => leesTabel([["gemeente"]], "volumes", { verplicht: ["gemeente"] }))).toBe("volumes: de tabel heeft een kopregel maar geen enkele rij.");
    expect(melding(() => leesTabel([["gemeente"], [null], [""]], "volumes", { verplicht: ["gemeente"] }))).toBe(
      "volumes: de tabel heeft een kopregel maar geen enkele rij.",
    );
  });

  test("column names are case-insensitive and tolerate spaces; a blank header cell is skipped with its column", () => {
    const r = leesTabel(
      [
        [" Gemeente ", null, "PRODUCT", "Volume"],
        ["Gouda", "genegeerd", "Begeleiding", 12],
      ],
      "volumes",
      { verplicht: ["gemeente", "product", "volume"] },
    );
    expect(r).toHaveLength(1);
    expect(cellen(r[0])).toEqual([
      ["gemeente", "Gouda", 2, 1],
      ["product", "Begeleiding", 2, 3],
      ["volume", 12, 2, 4],
    ]);
  });

  test("an unknown column names the closest name, the allowed ones, the row 1 and its column", () => {
    expect(
      details(() =>
        leesTabel(
          [
            ["gemeente", "prodcut"],
            ["a", "b"],
          ],
          "volumes",
          { verplicht: ["gemeente"], optioneel: ["product"] },
        ),
      ),
    ).toEqual({
      melding: "volumes, rij 1: onbekende kolom 'prodcut'. Bedoelt u 'product'? Toegestaan: gemeente, product.",
      rij: 1,
      kolom: 2,
      parameter: "prodcut",
      waarde: undefined,
    });
    expect(
      melding(() =>
        leesTabel(
          [
            ["gemeente", "zzzzzzzzzz"],
            ["a", "b"],
          ],
          "volumes",
          { verplicht: ["gemeente"], negeer: ["toelichting"] },
        ),
      ),
    ).toBe("volumes, rij 1: onbekende kolom 'zzzzzzzzzz'. Toegestaan: gemeente, toelichting.");
    // with parameter columns, a misspelt parameter is suggested and the message says every parameter name is allowed
    expect(
      melding(() =>
        leesTabel(
          [
            ["product", "overhed"],
            ["a", 0.2],
          ],
          "producten",
          { verplicht: ["product"], parameters: true },
        ),
      ),
    ).toBe("producten, rij 1: onbekende kolom 'overhed'. Bedoelt u 'overhead'? Toegestaan: product en elke parameternaam.");
    // without parameter columns a parameter name is an unknown column
    expect(
      melding(() =>
        leesTabel(
          [
            ["product", "overhead"],
            ["a", 0.2],
          ],
          "volumes",
          { verplicht: ["product"] },
        ),
      ),
    ).toMatch(/^volumes, rij 1: onbekende kolom 'overhead'\./);
  });

  test("the unknown column is shown trimmed; several blank header cells are no doubled column", () => {
    expect(
      melding(() =>
        leesTabel(
          [
            ["gemeente", "  prodcut "],
            ["a", "b"],
          ],
          "volumes",
          { verplicht: ["gemeente"], optioneel: ["product"] },
        ),
      ),
    ).toBe("volumes, rij 1: onbekende kolom 'prodcut'. Bedoelt u 'product'? Toegestaan: gemeente, product.");
    const r = leesTabel(
      [
        ["gemeente", null, "", 0],
        ["a", 1, 2, 3],
      ],
      "volumes",
      { verplicht: ["gemeente"] },
    );
    expect(cellen(r[0])).toEqual([["gemeente", "a", 2, 1]]);
  });

  test("a doubled column and a missing required one are named", () => {
    expect(
      details(() =>
        leesTabel(
          [
            ["gemeente", "Gemeente"],
            ["a", "b"],
          ],
          "volumes",
          { verplicht: ["gemeente"] },
        ),
      ),
    ).toEqual({
      melding: "volumes, rij 1: kolom 'gemeente' staat twee keer in de kopregel.",
      rij: 1,
      kolom: 2,
      parameter: "gemeente",
      waarde: undefined,
    });
    expect(details(() => leesTabel([["gemeente"], ["a"]], "volumes", { verplicht: ["gemeente", "volume"] }))).toEqual({
      melding: "volumes, rij 1: kolom 'volume' ontbreekt in de kopregel (verplicht: gemeente, volume).",
      rij: 1,
      kolom: undefined,
      parameter: "volume",
      waarde: undefined,
    });
  });
});

describe("leesTabel: rows and cells", () => {
  test("blank rows are skipped and rows keep their number in the range; ignored columns are left out", () => {
    const r = leesTabel(
      [
        ["parameter", "min", "max", "toelichting"],
        [null, null, null, null],
        ["overhead", 0.1, 0.3, "uitleg"],
        [0, "", " ", 0],
        ["risico_opslag", 0, 0.05, null],
      ],
      "bandbreedte",
      { verplicht: ["parameter", "min", "max"], negeer: ["toelichting"] },
    );
    expect(r.map((x) => x.rij)).toEqual([3, 5]);
    expect(cellen(r[0])).toEqual([
      ["parameter", "overhead", 3, 1],
      ["min", 0.1, 3, 2],
      ["max", 0.3, 3, 3],
    ]);
    // min 0 is a real zero
    expect(cellen(r[1])).toEqual([
      ["parameter", "risico_opslag", 5, 1],
      ["min", 0, 5, 2],
      ["max", 0.05, 5, 3],
    ]);
  });

  test("rows that each have a blank cell are no empty table", () => {
    const r = leesTabel(
      [
        ["gemeente", null],
        ["Gouda", null],
      ],
      "volumes",
      { verplicht: ["gemeente"] },
    );
    expect(r.map(cellen)).toEqual([[["gemeente", "Gouda", 2, 1]]]);
  });

  test("a 0 is a blank cell in a text column, in verwachte_eenheden and in a parameter where 0 is invalid", () => {
    const [r] = leesTabel(
      [
        ["product", "segment", "verwachte_eenheden", "productiviteit", "risico_opslag", "eenheid"],
        ["P", 0, 0, 0, 0, 0],
      ],
      "producten",
      { verplicht: ["product"], optioneel: ["segment", "verwachte_eenheden"], parameters: true },
    );
    // productiviteit must be above 0 and eenheid is a choice: their 0 is blank; risico_opslag 0 is a real zero
    expect(cellen(r)).toEqual([
      ["product", "P", 2, 1],
      ["risico_opslag", 0, 2, 5],
    ]);
  });

  test("blank and 0 of the ambiguous parameters are kept, so the parameter reader refuses both alike", () => {
    const [r] = leesTabel(
      [
        ["product", "overhead", "sociale_lasten", "pensioenpremie"],
        ["P", 0, null, 0.13],
      ],
      "producten",
      { verplicht: ["product"], parameters: true },
    );
    expect(cellen(r)).toEqual([
      ["product", "P", 2, 1],
      ["overhead", 0, 2, 2],
      ["sociale_lasten", null, 2, 3],
      ["pensioenpremie", 0.13, 2, 4],
    ]);
  });
});

describe("tekstVan, getalVan, jaarVan", () => {
  const rij = (waarden: Record<string, unknown>): TabelRij => ({
    rij: 7,
    cellen: new Map(Object.entries(waarden).map(([n, w], k) => [n, { waarde: w, rij: 7, kolom: k + 3 }])),
  });

  test("text is trimmed; a blank required text is refused, an optional one is undefined", () => {
    expect(tekstVan("t", rij({ naam: "  Gouda " }), "naam")).toBe("Gouda");
    expect(tekstVan("t", rij({ naam: 12 }), "naam", true)).toBe("12");
    expect(tekstVan("t", rij({ naam: "  " }), "naam")).toBeUndefined();
    expect(tekstVan("t", rij({}), "naam")).toBeUndefined();
    expect(details(() => tekstVan("t", rij({ naam: " " }), "naam", true))).toEqual({
      melding: "t, rij 7: naam is leeg; vul een naam in.",
      rij: 7,
      kolom: undefined,
      parameter: "naam",
      waarde: undefined,
    });
  });

  test("numbers are read exactly (Dutch or English notation); booleans and text are no number", () => {
    expect(getalVan("t", rij({ x: "1.234,5" }), "x")!.toString()).toBe("1234.5");
    expect(getalVan("t", rij({ x: 0.1 }), "x", true).toString()).toBe("0.1");
    expect(getalVan("t", rij({ x: " " }), "x")).toBeUndefined();
    expect(getalVan("t", rij({}), "x")).toBeUndefined();
    expect(details(() => getalVan("t", rij({ x: null }), "x", true))).toEqual({
      melding: "t, rij 7: x ontbreekt; geef een getal.",
      rij: 7,
      kolom: undefined,
      parameter: "x",
      waarde: undefined,
    });
    expect(details(() => getalVan("t", rij({ a: 1, x: true }), "x"))).toEqual({
      melding: "t, rij 7: x = WAAR is geen getal.",
      rij: 7,
      kolom: 4,
      parameter: "x",
      waarde: true,
    });
    expect(melding(() => getalVan("t", rij({ x: "veel" }), "x"))).toBe("t, rij 7: x = 'veel' is geen getal.");
  });

  test("a year is whole and within 1900–2200 (both inclusive)", () => {
    expect(jaarVan("t", rij({}))).toBeUndefined();
    expect(jaarVan("t", rij({ jaar: 1900 }))).toBe(1900);
    expect(jaarVan("t", rij({ jaar: "2200" }))).toBe(2200);
    expect(details(() => jaarVan("t", rij({ a: 1, jaar: 1899 })))).toEqual({
      melding: "t, rij 7: jaar = 1899 is geen jaartal; toegestaan: een heel jaar, bijv. 2026.",
      rij: 7,
      kolom: 4,
      parameter: "jaar",
      waarde: undefined,
    });
    expect(melding(() => jaarVan("t", rij({ jaar: 2201 })))).toBe("t, rij 7: jaar = 2201 is geen jaartal; toegestaan: een heel jaar, bijv. 2026.");
    expect(melding(() => jaarVan("t", rij({ jaar: 2025.5 })))).toBe("t, rij 7: jaar = 2025,5 is geen jaartal; toegestaan: een heel jaar, bijv. 2026.");
  });
});

describe("parametersVan", () => {
  const rij = (waarden: Record<string, unknown>): TabelRij => ({
    rij: 4,
    cellen: new Map(Object.entries(waarden).map(([n, w], k) => [n, { waarde: w, rij: 4, kolom: k + 1 }])),
  });

  test("the meta columns are left out; the rest is a parameter set", () => {
    const p = parametersVan("producten", rij({ product: "P", overhead: 0.25, productiviteit: 0.7 }), ["product"]);
    expect(Object.keys(p).sort()).toEqual(["overhead", "productiviteit"]);
    expect(String(p.overhead)).toBe("0.25");
  });

  test("a refused value names table, row, column and parameter", () => {
    expect(details(() => parametersVan("producten", rij({ product: "P", productiviteit: 0.7, overhead: 7 }), ["product"]))).toMatchObject({
      rij: 4,
      kolom: 3,
      parameter: "overhead",
    });
    expect(melding(() => parametersVan("producten", rij({ product: "P", overhead: 7 }), ["product"]))).toMatch(/^producten, rij 4: /);
  });

  test("with legeRijIsGeen a row of blanks and 0s has no parameters; without it the 0 of overhead is refused", () => {
    expect(parametersVan("producten", rij({ product: "P", overhead: 0, sociale_lasten: null }), ["product"], false, true)).toEqual({});
    expect(melding(() => parametersVan("producten", rij({ product: "P", overhead: 0 }), ["product"]))).toMatch(/^producten, rij 4: /);
    // one real value: the 0 of overhead is refused again
    expect(melding(() => parametersVan("producten", rij({ product: "P", overhead: 0, productiviteit: 0.7 }), ["product"], false, true))).toMatch(
      /^producten, rij 4: /,
    );
  });

  test("with functie the row is read as a functiemix row", () => {
    const p = parametersVan("cao_indeling", rij({ cao: "X", ort: 0.05 }), ["cao"], true);
    expect(String((p as Record<string, unknown>).ort)).toBe("0.05");
  });
});
