/**
 * What a cell holds besides a value (src/core/parameters/cellen.ts): error values in every form, blanks, the 0 of a
 * blank cell on desktop Excel, and which parameters can only mean "blank" by a 0. Computed inside the tests.
 */
import { Decimal } from "../../src/core/decimal";
import {
  Celfout,
  EXCEL_FOUTWAARDEN,
  foutwaarde,
  isLeeg,
  isLeegOfNul,
  isLegeCel,
  NUL_DUBBELZINNIG,
  nulIsLeeg,
  teltAlsOpgegeven,
} from "../../src/core/parameters/cellen";
import { DEFINITIE_PER_NAAM, type ParameterDefinitie } from "../../src/core/parameters/definities";

const def = (naam: string): ParameterDefinitie => DEFINITIE_PER_NAAM.get(naam)!;

describe("foutwaarde", () => {
  test("no error value: blanks, numbers, booleans, ordinary text and objects", () => {
    for (const v of [null, undefined, 0, 1, NaN, true, false, "", "abc", "#", "#N/A?", "N/A", {}, [], { error: 5 }, { code: 404 }, { error: "fout" }, () => 1])
      expect([v, foutwaarde(v)]).toEqual([v, undefined]);
  });

  test("Excel's English error texts become the Dutch ones, in any case and with spaces", () => {
    expect(foutwaarde("#DIV/0!")).toBe("#DEEL/0!");
    expect(foutwaarde(" #n/a ")).toBe("#N/B");
    expect(foutwaarde("#value!")).toBe("#WAARDE!");
    expect(foutwaarde("#SPILL!")).toBe("#OVERLOOP!");
    expect(foutwaarde("#GETTING_DATA")).toBe("#GEGEVENS_OPHALEN");
    expect(foutwaarde("#EXTERNAL!")).toBe("#EXTERN!");
    for (const [en, nl] of Object.entries(EXCEL_FOUTWAARDEN)) expect([en, foutwaarde(en)]).toEqual([en, nl]);
  });

  test("the Dutch texts and #PYTHON! are error values as they are", () => {
    expect(foutwaarde("#DEEL/0!")).toBe("#DEEL/0!");
    expect(foutwaarde("#n/b")).toBe("#N/B");
    expect(foutwaarde("#PYTHON!")).toBe("#PYTHON!");
    for (const nl of Object.values(EXCEL_FOUTWAARDEN)) expect([nl, foutwaarde(nl)]).toEqual([nl, nl]);
  });

  test("exceljs { error } and CustomFunctions.Error { code } objects", () => {
    expect(foutwaarde({ error: "#REF!" })).toBe("#VERW!");
    expect(foutwaarde({ error: " #ref! " })).toBe("#VERW!");
    expect(foutwaarde({ code: "#N/A" })).toBe("#N/B");
    expect(foutwaarde({ code: "#NUM!" })).toBe("#GETAL!");
    expect(foutwaarde({ error: "#NAME?", code: "#N/A" })).toBe("#NAAM?");
    expect(foutwaarde({ error: undefined, code: "#NULL!" })).toBe("#LEEG!");
    expect(foutwaarde({ error: null, code: "#CALC!" })).toBe("#BEREKENEN!");
    expect(foutwaarde({ code: "#GEBLOKKEERD!" })).toBe("#GEBLOKKEERD!");
  });

  test("a Celfout: its explanation, else the Dutch name of its code, else the code", () => {
    expect(foutwaarde(new Celfout("#DIV/0!"))).toBe("#DEEL/0!");
    expect(foutwaarde(new Celfout("#DIV/0!", "een formule zonder waarde"))).toBe("een formule zonder waarde");
    expect(foutwaarde(new Celfout("#EIGEN"))).toBe("#EIGEN");
    expect(foutwaarde(new Celfout("#N/B"))).toBe("#N/B");
    expect(String(new Celfout("#N/A", "uitleg"))).toBe("#N/A");
    expect(`${new Celfout("#REF!")}`).toBe("#REF!");
  });

  test("the table has no inherited keys: 'constructor' is no error value", () => {
    expect(foutwaarde("constructor")).toBeUndefined();
    expect(foutwaarde({ error: "toString" })).toBeUndefined();
    expect(foutwaarde(new Celfout("constructor"))).toBe("constructor");
    expect(Object.isFrozen(EXCEL_FOUTWAARDEN)).toBe(true);
  });
});

describe("blanks", () => {
  test.each([
    [null, true, true, true],
    [undefined, true, true, true],
    ["", true, true, true],
    ["  \t", true, true, true],
    [0, false, true, true],
    ["0", false, false, false],
    [" x ", false, false, false],
    [false, false, false, false],
    [-0, false, true, true],
    [1, false, false, false],
    [NaN, false, false, false],
  ])("%p: isLeeg %p, isLegeCel %p, isLeegOfNul %p", (v, leeg, legeCel, leegOfNul) => {
    expect([isLeeg(v), isLegeCel(v), isLeegOfNul(v)]).toEqual([leeg, legeCel, leegOfNul]);
  });

  test("teltAlsOpgegeven: absent and a Decimal 0 do not count, anything else does", () => {
    expect(teltAlsOpgegeven(undefined)).toBe(false);
    expect(teltAlsOpgegeven(null)).toBe(false);
    expect(teltAlsOpgegeven(new Decimal(0))).toBe(false);
    expect(teltAlsOpgegeven(new Decimal("-0"))).toBe(false);
    expect(teltAlsOpgegeven(new Decimal("0.01"))).toBe(true);
    expect(teltAlsOpgegeven(new Decimal(-1))).toBe(true);
    expect(teltAlsOpgegeven("uur")).toBe(true);
    expect(teltAlsOpgegeven(false)).toBe(true);
    expect(teltAlsOpgegeven(0)).toBe(true);
  });
});

describe("nulIsLeeg: can a 0 only be a blank cell?", () => {
  test.each([
    ["cao", true], // text
    ["peildatum", true], // date
    ["eenheid", true], // choice
    ["afronding", true], // choice
    ["maandsalaris", true], // above 0 (0 excluded)
    ["aandeel", true], // above 0 (0 excluded)
    ["groepsgrootte", true], // at least 1
    ["productiviteit", true], // at least 0,01
    ["jaaruren", true], // at least 52
    ["overhead", false], // 0 allowed
    ["verzuim", false], // 0 allowed
    ["fte", false], // 0 allowed
    ["materiele_kosten", false], // 0 allowed
    ["overhead_over_materieel", false], // yes/no: 0 is "nee"
  ])("%s → %p", (naam, verwacht) => expect(nulIsLeeg(def(naam))).toBe(verwacht));

  test("a number without a lower bound, or with a negative one", () => {
    const eigen = (bereik: ParameterDefinitie["bereik"]): ParameterDefinitie => ({
      naam: "x",
      soort: "getal",
      eenheid: "",
      omschrijving: "",
      paragraaf: "",
      bereik,
    });
    expect(nulIsLeeg(eigen(undefined))).toBe(false);
    expect(nulIsLeeg(eigen({ max: "5" }))).toBe(false);
    expect(nulIsLeeg(eigen({ min: "-1" }))).toBe(false);
    expect(nulIsLeeg(eigen({ min: "-1", minInclusief: false }))).toBe(false);
    expect(nulIsLeeg(eigen({ min: "0", minInclusief: true }))).toBe(false);
    expect(nulIsLeeg(eigen({ min: "0", minInclusief: false }))).toBe(true);
    expect(nulIsLeeg(eigen({ min: "0.0001" }))).toBe(true);
  });
});

describe("NUL_DUBBELZINNIG: what a blank means and what is allowed instead", () => {
  test("the six parameters with their texts", () => {
    expect([...NUL_DUBBELZINNIG.keys()]).toEqual([
      "vakantietoeslag",
      "eindejaarsuitkering",
      "sociale_lasten",
      "pensioenpremie",
      "overhead",
      "overhead_over_materieel",
    ]);
    expect(NUL_DUBBELZINNIG.get("vakantietoeslag")).toEqual({
      leeg: "de waarde uit de CAO, anders 0,08",
      toegestaan: "een waarde (bijv. 0,08), 'geen' voor een echte 0, of 'standaard' (of de rij weglaten) voor de waarde uit de CAO, anders 0,08",
    });
    expect(NUL_DUBBELZINNIG.get("sociale_lasten")).toEqual({
      leeg: "niet opgegeven",
      toegestaan: "een waarde (bijv. 0,18), 'geen' voor een echte 0, of 'standaard' (of de rij weglaten) voor niet opgegeven",
    });
    expect(NUL_DUBBELZINNIG.get("overhead_over_materieel")).toEqual({
      leeg: "ja (de standaard)",
      toegestaan: "ja of nee (ook WAAR/ONWAAR), of 'standaard' (of de rij weglaten) voor ja (de standaard)",
    });
  });
});
