/**
 * Reading one raw value (src/core/parameters/waarden.ts): choices with their aliases, yes/no, text, dates and error
 * values, each accepted form with its value and each refused form with its exact message. Computed inside the tests.
 */
import { Decimal } from "../../src/core/decimal";
import { Celfout } from "../../src/core/parameters/cellen";
import { DEFINITIE_PER_NAAM, type ParameterDefinitie } from "../../src/core/parameters/definities";
import {
  excelSerieelNaarIso,
  leesDatum,
  leesDatumWaarde,
  leesJaNee,
  leesKeuze,
  leesTekst,
  leesWaarde,
  normaliseerKeuze,
} from "../../src/core/parameters/waarden";
import type { Uitkomst } from "../../src/core/parameters/uitkomst";

const def = (naam: string): ParameterDefinitie => DEFINITIE_PER_NAAM.get(naam)!;
const toon = (r: Uitkomst<unknown>): string => (r.ok ? `ok ${r.waarde instanceof Decimal ? r.waarde.toString() : String(r.waarde)}` : r.fout);

const EENHEID_FOUT = (w: string) =>
  `eenheid = ${w} is geen geldige keuze; toegestaan: 'minuut', 'uur', 'dagdeel', 'etmaal', 'week', 'maand', 'stuks_output', 'stuks_inspanning'.`;
const AFRONDING_FOUT = (w: string) => `afronding = ${w} is geen geldige keuze; toegestaan: 'cent', 'zestigvoud', 'euro', 'geen'.`;

describe("normaliseerKeuze", () => {
  test.each([
    ["Beschikbare uren", "beschikbare_uren"],
    ["beschikbare-uren", "beschikbare_uren"],
    ["  BESCHIKBARE \t - uren  ", "beschikbare_uren"],
    ["a--b", "a_b"],
    ["cent", "cent"],
  ])("%p → %p", (raw, verwacht) => expect(normaliseerKeuze(raw)).toBe(verwacht));
});

describe("leesKeuze", () => {
  test("a choice in any spelling of case, spaces and hyphens", () => {
    expect(toon(leesKeuze(def("productiviteit_basis"), " Beschikbare-Uren "))).toBe("ok beschikbare_uren");
    expect(toon(leesKeuze(def("afronding"), "EURO"))).toBe("ok euro");
    expect(toon(leesKeuze(def("eenheid"), "stuks output"))).toBe("ok stuks_output");
  });

  test("iJw/iWmo codes as text or as a cell number (padded to two digits), and spelling aliases", () => {
    const e = def("eenheid");
    expect(toon(leesKeuze(e, "04"))).toBe("ok uur");
    expect(toon(leesKeuze(e, "4"))).toBe("ok uur");
    expect(toon(leesKeuze(e, 4))).toBe("ok uur");
    expect(toon(leesKeuze(e, 1))).toBe("ok minuut");
    expect(toon(leesKeuze(e, 14))).toBe("ok etmaal");
    expect(toon(leesKeuze(e, 16))).toBe("ok dagdeel");
    expect(toon(leesKeuze(e, 82))).toBe("ok stuks_output");
    expect(toon(leesKeuze(e, 84))).toBe("ok stuks_inspanning");
    expect(toon(leesKeuze(e, " Dagdelen "))).toBe("ok dagdeel");
    expect(toon(leesKeuze(e, "Stuks (Inspanning)"))).toBe("ok stuks_inspanning");
    expect(toon(leesKeuze(e, " stuks (output) "))).toBe("ok stuks_output");
    expect(toon(leesKeuze(e, "TRAJECT"))).toBe("ok stuks_output");
  });

  test("unknown codes and words are refused with the list of choices", () => {
    const e = def("eenheid");
    // 40 would be 4 padded at the wrong end
    expect(toon(leesKeuze(e, 40))).toBe(EENHEID_FOUT("'40'"));
    expect(toon(leesKeuze(e, 5))).toBe(EENHEID_FOUT("'05'"));
    expect(toon(leesKeuze(e, 1.5))).toBe(EENHEID_FOUT("'1.5'"));
    expect(toon(leesKeuze(e, "stuks(output)"))).toBe(EENHEID_FOUT("'stuks(output)'"));
    expect(toon(leesKeuze(e, "uurtje"))).toBe(EENHEID_FOUT("'uurtje'"));
    // only the definition's own aliases, never a property every object has
    expect(toon(leesKeuze(e, "constructor"))).toBe(EENHEID_FOUT("'constructor'"));
    expect(toon(leesKeuze(e, "__proto__"))).toBe(EENHEID_FOUT("'__proto__'"));
    expect(toon(leesKeuze(e, "toString"))).toBe(EENHEID_FOUT("'toString'"));
    expect(toon(leesKeuze(e, true))).toBe(EENHEID_FOUT("WAAR"));
    expect(toon(leesKeuze(e, null))).toBe(EENHEID_FOUT("(leeg)"));
  });

  test("a choice without aliases: a number is not a code, aliases of another definition do not count", () => {
    const a = def("afronding");
    expect(toon(leesKeuze(a, 1))).toBe(AFRONDING_FOUT("1"));
    expect(toon(leesKeuze(a, "uur"))).toBe(AFRONDING_FOUT("'uur'"));
    expect(toon(leesKeuze(a, "04"))).toBe(AFRONDING_FOUT("'04'"));
    const zonderKeuzes: ParameterDefinitie = { naam: "k", soort: "keuze", eenheid: "", omschrijving: "", paragraaf: "" };
    expect(toon(leesKeuze(zonderKeuzes, "a"))).toBe("k = 'a' is geen geldige keuze; toegestaan: .");
  });
});

describe("leesJaNee", () => {
  const o = () => def("overhead_over_materieel");
  test.each([[true], [1], ["waar"], ["ja"], ["true"], ["1"], ["j"], ["yes"], [" WAAR "], ["Ja"]])("%p → ja", (raw) => {
    expect(toon(leesJaNee(o(), raw))).toBe("ok true");
  });
  test.each([[false], [0], ["onwaar"], ["nee"], ["false"], ["0"], ["n"], ["no"], [" ONWAAR "], ["Nee"]])("%p → nee", (raw) => {
    expect(toon(leesJaNee(o(), raw))).toBe("ok false");
  });
  test.each([
    [2, "2"],
    [-1, "-1"],
    [0.5, "0,5"],
    ["misschien", "'misschien'"],
    ["", "''"],
    ["y", "'y'"],
    ["2", "'2'"],
    [null, "(leeg)"],
  ])("%p is refused", (raw, getoond) => {
    expect(toon(leesJaNee(o(), raw))).toBe(`overhead_over_materieel = ${getoond} is geen ja/nee-waarde; toegestaan: WAAR of ONWAAR (ook 'ja'/'nee', 1/0).`);
  });
});

describe("leesTekst", () => {
  test("numbers become their text, text is trimmed and inner spaces collapse to one", () => {
    expect(toon(leesTekst(def("schaal"), 20))).toBe("ok 20");
    expect(toon(leesTekst(def("schaal"), 1.5))).toBe("ok 1.5");
    expect(toon(leesTekst(def("cao"), "  GHZ \t 2025  "))).toBe("ok GHZ 2025");
    expect(toon(leesTekst(def("cao"), "a  b"))).toBe("ok a b");
    expect(toon(leesTekst(def("cao"), "x"))).toBe("ok x");
  });
  test.each([
    ["   ", "'   '"],
    ["", "''"],
    [NaN, "NaN"],
    [Infinity, "Infinity"],
    [true, "WAAR"],
    [null, "(leeg)"],
  ])("%p is refused", (raw, getoond) => {
    expect(toon(leesTekst(def("cao"), raw))).toBe(`cao = ${getoond} is leeg of geen tekst; vul een naam of code in.`);
  });
});

describe("dates", () => {
  test("Excel serials from 61 (1 March 1900) to 2958465 (31 December 9999); the time of day is dropped", () => {
    // serial 1 = 1900-01-01 in Excel, but Excel counts a 29 February 1900 that did not exist: from 61 on, serial n is
    // 1899-12-30 + n days; 61 → 1900-03-01
    expect(excelSerieelNaarIso(61)).toBe("1900-03-01");
    expect(excelSerieelNaarIso(60)).toBeNull();
    expect(excelSerieelNaarIso(60.9)).toBeNull();
    expect(excelSerieelNaarIso(2958465)).toBe("9999-12-31");
    expect(excelSerieelNaarIso(2958465.5)).toBeNull();
    expect(excelSerieelNaarIso(2958466)).toBeNull();
    expect(excelSerieelNaarIso(45658)).toBe("2025-01-01");
    expect(excelSerieelNaarIso(45658.99)).toBe("2025-01-01");
    expect(excelSerieelNaarIso(NaN)).toBeNull();
    expect(excelSerieelNaarIso(Infinity)).toBeNull();
  });

  test.each([
    ["2025-01-01", "2025-01-01"],
    [" 2025-1-5 ", "2025-01-05"],
    ["1900-01-01", "1900-01-01"],
    ["9999-12-31", "9999-12-31"],
    ["2024-02-29", "2024-02-29"],
    ["2025-12-31", "2025-12-31"],
    ["5-1-2025", "2025-01-05"],
    ["05/01/2025", "2025-01-05"],
    ["5.1.2025", "2025-01-05"],
    ["31-12-2025", "2025-12-31"],
    ["45658", "2025-01-01"],
    ["45658.5", "2025-01-01"],
    ["45658.55", "2025-01-01"],
    ["61", "1900-03-01"],
  ])("text %p → %p", (raw, iso) => expect(leesDatumWaarde(raw)).toBe(iso));

  test.each([
    ["1899-12-31"],
    ["2025-02-29"],
    ["2025-00-10"],
    ["2025-13-01"],
    ["2025-01-00"],
    ["2025-01-32"],
    ["2025-04-31"],
    ["2025-12-99"],
    ["2025-01-99"],
    ["00-12-2025"],
    ["0-1-2025"],
    ["1-13-2025"],
    ["32-1-2025"],
    ["25-01-01"],
    ["2025/01/01"],
    ["x2025-01-01"],
    ["2025-01-01x"],
    ["1-1-2025x"],
    ["x1-1-2025"],
    ["1-1-20255"],
    ["45658."],
    ["+45658"],
    ["45658e0"],
    ["x45658"],
    ["-45658"],
    ["60"],
    ["morgen"],
    [""],
  ])("text %p is no date", (raw) => expect(leesDatumWaarde(raw)).toBeNull());

  test("a JS Date and other values", () => {
    expect(leesDatumWaarde(new Date(Date.UTC(2025, 5, 30, 23, 0)))).toBe("2025-06-30");
    expect(leesDatumWaarde(new Date(NaN))).toBeNull();
    expect(leesDatumWaarde(45658)).toBe("2025-01-01");
    expect(leesDatumWaarde(true)).toBeNull();
    expect(leesDatumWaarde(null)).toBeNull();
    expect(leesDatumWaarde({})).toBeNull();
  });

  test("leesDatum: the ISO date or the message", () => {
    expect(toon(leesDatum(def("peildatum"), "1-7-2025"))).toBe("ok 2025-07-01");
    expect(toon(leesDatum(def("peildatum"), "morgen"))).toBe(
      "peildatum = 'morgen' is geen datum; toegestaan: een Excel-datum of tekst als '2025-01-01' of '1-1-2025'.",
    );
    expect(toon(leesDatum(def("peildatum"), 12))).toBe("peildatum = 12 is geen datum; toegestaan: een Excel-datum of tekst als '2025-01-01' of '1-1-2025'.");
  });
});

describe("leesWaarde: error values first, then by kind", () => {
  const FOUT = (naam: string, code: string) =>
    `${naam} = ${code} is een foutwaarde, geen invoer: herstel de formule of de cel (een fout wordt nooit als lege cel gelezen).`;

  test("an error value is refused for every kind, as text and as an object", () => {
    expect(toon(leesWaarde(def("overhead"), "#N/A"))).toBe(FOUT("overhead", "#N/B"));
    expect(toon(leesWaarde(def("cao"), "#N/A"))).toBe(FOUT("cao", "#N/B"));
    expect(toon(leesWaarde(def("cao"), " #div/0! "))).toBe(FOUT("cao", "#DEEL/0!"));
    expect(toon(leesWaarde(def("eenheid"), { error: "#REF!" }))).toBe(FOUT("eenheid", "#VERW!"));
    expect(toon(leesWaarde(def("overhead_over_materieel"), new Celfout("#VALUE!")))).toBe(FOUT("overhead_over_materieel", "#WAARDE!"));
    expect(toon(leesWaarde(def("peildatum"), new Celfout("#N/A")))).toBe(FOUT("peildatum", "#N/B"));
    expect(toon(leesWaarde(def("maandsalaris"), new Celfout("=A1", "een formule zonder berekende waarde")))).toBe(
      "maandsalaris: de cel bevat een formule zonder berekende waarde; toegestaan: een ingevulde waarde (dit wordt nooit als lege cel gelezen).",
    );
  });

  test("each kind goes to its own reader", () => {
    expect(toon(leesWaarde(def("vakantietoeslag"), "8%"))).toBe("ok 0.08");
    expect(toon(leesWaarde(def("maandsalaris"), "3.500,50"))).toBe("ok 3500.5");
    expect(toon(leesWaarde(def("groepsgrootte"), "4"))).toBe("ok 4");
    expect(toon(leesWaarde(def("afronding"), "Zestigvoud"))).toBe("ok zestigvoud");
    expect(toon(leesWaarde(def("overhead_over_materieel"), "nee"))).toBe("ok false");
    expect(toon(leesWaarde(def("overhead_over_materieel"), 1))).toBe("ok true");
    expect(toon(leesWaarde(def("cao"), " GHZ "))).toBe("ok GHZ");
    expect(toon(leesWaarde(def("schaal"), 8))).toBe("ok 8");
    expect(toon(leesWaarde(def("peildatum"), 45658))).toBe("ok 2025-01-01");
    // a number for a text: its text; the same number for a date: a serial
    expect(toon(leesWaarde(def("trede"), 45658))).toBe("ok 45658");
    expect(toon(leesWaarde(def("overhead"), 45658))).toBe(
      "overhead = 45.658 ligt buiten het toegestane bereik: 0% tot en met 100% (als fractie: 0 ≤ overhead ≤ 1; 8% = 0,08).",
    );
    expect(toon(leesWaarde(def("overhead"), null))).toBe(
      "overhead = (leeg) is geen getal; toegestaan: 0% tot en met 100% (als fractie: 0 ≤ overhead ≤ 1; 8% = 0,08).",
    );
    expect(toon(leesWaarde(def("overhead"), {}))).toBe(
      "overhead = (een object, geen waarde) is geen getal; toegestaan: 0% tot en met 100% (als fractie: 0 ≤ overhead ≤ 1; 8% = 0,08).",
    );
  });
});
