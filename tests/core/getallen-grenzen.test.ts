/**
 * Number reading (src/core/parameters/getallen.ts): every accepted form with its exact value, every refused form
 * with its exact message, and the boundaries (text length, signs, grouping, the range of a definition).
 * Everything is computed inside the tests (see docs/mutatie.md).
 */
import { Decimal } from "../../src/core/decimal";
import { DEFINITIE_PER_NAAM, type ParameterDefinitie } from "../../src/core/parameters/definities";
import { beschrijfBereik, grenzen, leesGetal, leesNumeriek, waaromGeenGetal } from "../../src/core/parameters/getallen";

const def = (naam: string): ParameterDefinitie => DEFINITIE_PER_NAAM.get(naam)!;

/** The value read as a plain decimal string and whether it was a percentage; "null" when refused. */
function gelezen(raw: unknown, bedrag = false): string {
  const r = leesGetal(raw, bedrag);
  return r === null ? "null" : `${r.getal.toString()}${r.procent ? " %" : ""}`;
}

/** The Dutch message of a refused value, or "ok <value>". */
function uitkomst(naam: string | ParameterDefinitie, raw: unknown): string {
  const r = leesNumeriek(typeof naam === "string" ? def(naam) : naam, raw);
  return r.ok ? `ok ${r.waarde.toString()}` : r.fout;
}

const DUBBEL_3200 =
  "dubbelzinnig: '3,200' kan 3,2 of 3200 betekenen (komma gevolgd door drie cijfers). " +
  "Vul een getal in, of tekst op de Nederlandse manier: 3200 of 3.200,00 als u 3200 bedoelt, 3,2 als u 3,2 bedoelt";
const DUBBEL_6500 =
  "dubbelzinnig: '6.500' kan 6,5 of 6500 betekenen (punt gevolgd door drie cijfers). " +
  "Vul een getal in, of tekst op de Nederlandse manier: 6500 of 6.500,00 als u 6500 bedoelt, 6,5 als u 6,5 bedoelt";
const engels = (t: string) =>
  `'${t}' gebruikt komma's als duizendtalscheiding (Engelse notatie); schrijf het Nederlands: punt voor duizendtallen, komma voor decimalen (bijv. 2.338,50)`;

describe("waaromGeenGetal: ambiguous and English notations get a reason", () => {
  test("a comma or dot followed by exactly three digits after 1–3 leading digits is ambiguous", () => {
    expect(waaromGeenGetal("3,200")).toBe(DUBBEL_3200);
    expect(waaromGeenGetal("6.500")).toBe(DUBBEL_6500);
    // 999,500 → 999,5 or 999500; the largest leading group
    expect(waaromGeenGetal("999,500")).toBe(
      "dubbelzinnig: '999,500' kan 999,5 of 999500 betekenen (komma gevolgd door drie cijfers). " +
        "Vul een getal in, of tekst op de Nederlandse manier: 999500 of 999.500,00 als u 999500 bedoelt, 999,5 als u 999,5 bedoelt",
    );
    // 1,001 → 1,001 (three decimals shown as typed) or 1001
    expect(waaromGeenGetal("1,001")).toBe(
      "dubbelzinnig: '1,001' kan 1,001 of 1001 betekenen (komma gevolgd door drie cijfers). " +
        "Vul een getal in, of tekst op de Nederlandse manier: 1001 of 1.001,00 als u 1001 bedoelt, 1,001 als u 1,001 bedoelt",
    );
  });

  test("signs, a euro sign, spaces and a trailing % do not hide the ambiguity; the message quotes the trimmed text", () => {
    expect(waaromGeenGetal("-3,200")).toBe(DUBBEL_3200.replace("'3,200'", "'-3,200'"));
    expect(waaromGeenGetal("+3,200")).toBe(DUBBEL_3200.replace("'3,200'", "'+3,200'"));
    expect(waaromGeenGetal("  3,200 ")).toBe(DUBBEL_3200);
    expect(waaromGeenGetal("€3,200")).toBe(DUBBEL_3200.replace("'3,200'", "'€3,200'"));
    expect(waaromGeenGetal("€ 3,200")).toBe(DUBBEL_3200.replace("'3,200'", "'€ 3,200'"));
    expect(waaromGeenGetal("3 , 2 0 0")).toBe(DUBBEL_3200.replace("'3,200'", "'3 , 2 0 0'"));
    expect(waaromGeenGetal("3,200%")).toBe(DUBBEL_3200.replace("'3,200'", "'3,200%'"));
  });

  test("the euro sign only counts in front and the % only at the end", () => {
    expect(waaromGeenGetal("3,200€")).toBeUndefined();
    expect(waaromGeenGetal("%3,200")).toBeUndefined();
    expect(waaromGeenGetal("3,200%%")).toBeUndefined();
  });

  test.each([
    ["0,500", "a leading 0 is a decimal fraction"],
    ["1000,500", "four leading digits cannot be a thousands group"],
    ["3,20", "two digits after the separator"],
    ["3,2000", "four digits after the separator"],
    ["3,200,5", "a second separator"],
    ["x3,200", "text in front"],
    ["3,200x", "text behind"],
    ["3;200", "another separator"],
    ["1.234,5", "Dutch notation with decimals"],
    ["1.234.567", "Dutch notation with two thousands dots"],
  ])("%s is not ambiguous (%s)", (raw) => {
    expect(waaromGeenGetal(raw)).toBeUndefined();
  });

  test("for amounts (bedrag) only the comma is ambiguous: a dot is a thousands separator", () => {
    expect(waaromGeenGetal("6.500", true)).toBeUndefined();
    expect(waaromGeenGetal("3,200", true)).toBe(DUBBEL_3200);
    expect(waaromGeenGetal("-3,200", true)).toBe(DUBBEL_3200.replace("'3,200'", "'-3,200'"));
    expect(waaromGeenGetal("32,500", true)).toBe(
      "dubbelzinnig: '32,500' kan 32,5 of 32500 betekenen (komma gevolgd door drie cijfers). " +
        "Vul een getal in, of tekst op de Nederlandse manier: 32500 of 32.500,00 als u 32500 bedoelt, 32,5 als u 32,5 bedoelt",
    );
    for (const raw of ["x3,200", "3,2000", "0,500", "1000,500", "3,20"]) expect([raw, waaromGeenGetal(raw, true)]).toEqual([raw, undefined]);
  });

  test("commas as thousands separators (English notation) are named", () => {
    expect(waaromGeenGetal("1,234.5")).toBe(engels("1,234.5"));
    expect(waaromGeenGetal("-12,345.67")).toBe(engels("-12,345.67"));
    expect(waaromGeenGetal("+1,234,567.8")).toBe(engels("+1,234,567.8"));
    expect(waaromGeenGetal("1,234,567")).toBe(engels("1,234,567"));
    expect(waaromGeenGetal(" € 1,234,567,890 ")).toBe(engels("€ 1,234,567,890"));
    expect(waaromGeenGetal("1,234,567", true)).toBe(engels("1,234,567"));
    expect(waaromGeenGetal("-1,234,567")).toBe(engels("-1,234,567"));
    expect(waaromGeenGetal("12,345,678")).toBe(engels("12,345,678"));
    expect(waaromGeenGetal("123,456.7")).toBe(engels("123,456.7"));
  });

  test.each([
    ["1234,567.5", "four leading digits"],
    ["1,234.", "no decimals after the point"],
    ["1,23.5", "a group of two"],
    ["1,2345,678", "a group of four"],
    ["x1,234,567", "text in front"],
    ["1,234,567x", "text behind"],
    ["1,234.5x", "text behind the decimals"],
    ["x1,234.5", "text in front of the decimals"],
    ["1234,567,890", "four leading digits, two groups"],
  ])("%s is not named as English notation (%s)", (raw) => {
    expect(waaromGeenGetal(raw)).toBeUndefined();
  });

  test("only texts are examined, and at most 100 characters", () => {
    expect(waaromGeenGetal(3200)).toBeUndefined();
    expect(waaromGeenGetal(new Decimal("3.2"))).toBeUndefined();
    expect(waaromGeenGetal("3,200".padEnd(100))).toBe(DUBBEL_3200);
    expect(waaromGeenGetal("3,200".padEnd(101))).toBeUndefined();
    expect(waaromGeenGetal("1,234,567".padStart(100))).toBe(engels("1,234,567"));
    expect(waaromGeenGetal("1,234,567".padStart(101))).toBeUndefined();
  });
});

describe("leesGetal: the accepted forms with their exact value", () => {
  test.each([
    // numbers and Decimals as they are
    [0.08, "0.08"],
    [-3.5, "-3.5"],
    [0, "0"],
    // decimal comma (Dutch)
    ["0,08", "0.08"],
    ["-0,08", "-0.08"],
    ["+1,5", "1.5"],
    ["12345,6", "12345.6"],
    // dot as thousands separator: with a decimal comma, or more than one dot
    ["2.338,50", "2338.5"],
    ["-2.338,50", "-2338.5"],
    ["+2.338,5", "2338.5"],
    ["1.234,5678", "1234.5678"],
    ["1.234.567", "1234567"],
    ["1.234.567,89", "1234567.89"],
    ["12.345.678", "12345678"],
    // a dot that cannot be a thousands separator is a decimal point
    ["0.08", "0.08"],
    ["0.500", "0.5"],
    ["12.5", "12.5"],
    ["1.2345", "1.2345"],
    ["1234.567", "1234.567"],
    [".5", "0.5"],
    [".55", "0.55"],
    ["+.5", "0.5"],
    ["-.5", "-0.5"],
    ["5.", "5"],
    ["+5", "5"],
    // exponents, up to four digits
    ["1e3", "1000"],
    ["1E3", "1000"],
    ["2.5e+2", "250"],
    ["1e-2", "0.01"],
    ["1e9999", "1e+9999"],
    // euro sign in front, spaces anywhere (also a non-breaking space)
    ["€ 2.338,50", "2338.5"],
    ["€2.338,50", "2338.5"],
    [" 1 000 ", "1000"],
    ["1\u00a0000,5", "1000.5"],
    ["1\t000", "1000"],
  ])("%p → %s", (raw, verwacht) => {
    expect(gelezen(raw)).toBe(verwacht);
  });

  test("a Decimal is passed on as it is", () => {
    const x = new Decimal("1.25");
    expect(leesGetal(x)).toEqual({ getal: x, procent: false });
    expect(leesGetal(x)!.getal).toBe(x);
  });

  test("a trailing % divides by 100 and is reported", () => {
    expect(gelezen("8%")).toBe("0.08 %");
    expect(gelezen("8,5 %")).toBe("0.085 %");
    expect(gelezen("€ 50%")).toBe("0.5 %");
    expect(gelezen("-1,5%")).toBe("-0.015 %");
    expect(gelezen("1.234,5%")).toBe("12.345 %");
    expect(gelezen("100%")).toBe("1 %");
    expect(leesGetal("8")!.procent).toBe(false);
    expect(leesGetal(8)!.procent).toBe(false);
  });

  test("amounts (bedrag): a single dot before three digits is a thousands separator", () => {
    expect(gelezen("6.500", true)).toBe("6500");
    expect(gelezen("2.127", true)).toBe("2127");
    expect(gelezen("€ 2.127", true)).toBe("2127");
    expect(gelezen("1.234.567", true)).toBe("1234567");
    expect(gelezen("12.5", true)).toBe("12.5");
    // the same text for a parameter is ambiguous, and refused
    expect(gelezen("6.500")).toBe("null");
    expect(gelezen("2.127")).toBe("null");
    // a comma before three digits is ambiguous for amounts too
    expect(gelezen("3,200", true)).toBe("null");
    // a thousands group never starts with 0: "0.500" is refused for amounts (not 500), a decimal point for parameters
    for (const raw of ["0.500", "-0.500", "0.500,5", "00.500", "0.002.500"]) expect([raw, gelezen(raw, true)]).toEqual([raw, "null"]);
    expect(gelezen("0.500")).toBe("0.5");
    expect(gelezen("0.500.000")).toBe("null");
    expect(gelezen("0.500.000", true)).toBe("null");
    expect(waaromGeenGetal("0.500", true)).toBe(
      "dubbelzinnig: '0.500' heeft een 0 vóór de duizendtalpunt en kan 500 of een Engels geschreven decimaal getal betekenen. Vul het bedrag zonder voorloopnul in (500), of met een decimale komma",
    );
    expect(waaromGeenGetal("0.500")).toBeUndefined();
    const voorloopnul = (raw: string, duizend: string) =>
      `dubbelzinnig: '${raw.trim()}' heeft een 0 vóór de duizendtalpunt en kan ${duizend} of een Engels geschreven decimaal getal betekenen. Vul het bedrag zonder voorloopnul in (${duizend}), of met een decimale komma`;
    expect(waaromGeenGetal(" 0.500,25 ", true)).toBe(voorloopnul(" 0.500,25 ", "500,25"));
    expect(waaromGeenGetal("0.002.500", true)).toBe(voorloopnul("0.002.500", "2.500"));
    expect(waaromGeenGetal("-00.500", true)).toBe(voorloopnul("-00.500", "-500"));
    // only a whole text of that shape: a 0 inside a number, or four digits after the dot, is something else
    for (const raw of ["10.500", "100.500", "1.000.500", "0.5000", "0.500,", "0.500,2x", "x0.500"]) {
      expect([raw, waaromGeenGetal(raw, true)]).toEqual([raw, undefined]);
    }
    expect(gelezen("10.500", true)).toBe("10500");
    expect(gelezen("100.500", true)).toBe("100500");
    expect(gelezen("1.000.500", true)).toBe("1000500");
    expect(waaromGeenGetal("0.08", true)).toBeUndefined();
  });

  test.each([
    ["abc"],
    [""],
    ["   "],
    ["%"],
    ["€"],
    ["€ %"],
    ["8%%"],
    ["%8"],
    ["8€"],
    ["3,200"],
    ["6.500"],
    ["1,234.5"],
    ["1,234,567"],
    ["1,5,5"],
    [",5"],
    ["1,"],
    ["1.234,"],
    ["1.23,5"],
    ["1.2345,5"],
    ["1..5"],
    ["--5"],
    ["1e12345"],
    ["1e"],
    ["e5"],
    ["Infinity"],
    ["NaN"],
    ["0x10"],
    ["1/2"],
    ["x1.234,5"],
    ["1.234,5x"],
    ["x1,5"],
    ["1,5x"],
    ["x1.5"],
    ["1.5x"],
    ["1e+"],
    ["1e5.5"],
  ])("%p is not a number", (raw) => {
    expect(gelezen(raw)).toBe("null");
  });

  test.each([[NaN], [Infinity], [-Infinity], [null], [undefined], [true], [{}], [[1]], [new Decimal(NaN)], [new Decimal(Infinity)]])(
    "%p is not a number",
    (raw) => {
      expect(leesGetal(raw)).toBeNull();
    },
  );

  test("at most 100 characters of text are read", () => {
    expect(gelezen("1".padEnd(100))).toBe("1");
    expect(gelezen("1".padEnd(101))).toBe("null");
    expect(gelezen("1".padStart(100, "0"))).toBe("1");
    expect(gelezen("1".padStart(101, "0"))).toBe("null");
  });
});

describe("beschrijfBereik: the allowed range in words", () => {
  test("fractions with both bounds are described as percentages", () => {
    expect(beschrijfBereik(def("vakantietoeslag"))).toBe("0% tot en met 25% (als fractie: 0 ≤ vakantietoeslag ≤ 0,25; 8% = 0,08)");
    expect(beschrijfBereik(def("verzuim"))).toBe("0% tot 100% (als fractie: 0 ≤ verzuim < 1; 8% = 0,08)");
    expect(beschrijfBereik(def("aandeel"))).toBe("meer dan 0% tot en met 100% (als fractie: 0 < aandeel ≤ 1; 8% = 0,08)");
    expect(beschrijfBereik(def("productiviteit"))).toBe("1% tot en met 100% (als fractie: 0,01 ≤ productiviteit ≤ 1; 8% = 0,08)");
  });

  test("other numbers as a formula with the unit", () => {
    expect(beschrijfBereik(def("groepsgrootte"))).toBe("1 ≤ groepsgrootte ≤ 1.000 (cliënten)");
    expect(beschrijfBereik(def("maandsalaris"))).toBe("0 < maandsalaris ≤ 50.000 (€ per maand)");
  });

  test("one bound only, an exclusive maximum, no range", () => {
    const eigen = (bereik: ParameterDefinitie["bereik"], soort: ParameterDefinitie["soort"] = "getal"): ParameterDefinitie => ({
      naam: "x",
      soort,
      eenheid: "stuks",
      omschrijving: "",
      paragraaf: "",
      bereik,
    });
    expect(beschrijfBereik(eigen({ min: "5" }))).toBe("5 ≤ x (stuks)");
    expect(beschrijfBereik(eigen({ min: "5", minInclusief: false }))).toBe("5 < x (stuks)");
    expect(beschrijfBereik(eigen({ max: "1234.5" }))).toBe("x ≤ 1.234,5 (stuks)");
    expect(beschrijfBereik(eigen({ max: "7", maxInclusief: false }))).toBe("x < 7 (stuks)");
    expect(beschrijfBereik(eigen({ min: "0", max: "7", minInclusief: true, maxInclusief: true }))).toBe("0 ≤ x ≤ 7 (stuks)");
    expect(beschrijfBereik(eigen(undefined))).toBe("stuks");
    // a fraction with one bound has no percentage form
    expect(beschrijfBereik(eigen({ min: "0" }, "fractie"))).toBe("0 ≤ x (stuks)");
    expect(beschrijfBereik(eigen({ max: "0.5" }, "fractie"))).toBe("x ≤ 0,5 (stuks)");
    expect(beschrijfBereik(eigen({ min: "0.1", max: "0.5", minInclusief: false, maxInclusief: false }, "fractie"))).toBe(
      "meer dan 10% tot 50% (als fractie: 0,1 < x < 0,5; 8% = 0,08)",
    );
  });
});

describe("grenzen: the bounds of a definition", () => {
  test("as Decimals and as numbers; a bound that is no exact double is marked", () => {
    const g = grenzen(def("productiviteit"));
    expect([g.min!.toString(), g.max!.toString(), g.minGetal, g.maxGetal, g.alsGetal]).toEqual(["0.01", "1", 0.01, 1, true]);
    const eigen = (bereik: ParameterDefinitie["bereik"]): ParameterDefinitie => ({
      naam: "x",
      soort: "getal",
      eenheid: "",
      omschrijving: "",
      paragraaf: "",
      bereik,
    });
    // 0.10000000000000000001 has 20 significant digits: its nearest double prints as 0.1, so the round trip changes it
    const fijn = grenzen(eigen({ min: "0.10000000000000000001" }));
    expect([fijn.min!.toString(), fijn.max, fijn.minGetal, fijn.maxGetal, fijn.alsGetal]).toEqual(["0.10000000000000000001", undefined, 0.1, undefined, false]);
    expect(grenzen(eigen({ max: "0.10000000000000000001" })).alsGetal).toBe(false);
    expect(grenzen(eigen({ min: "1", max: "2" })).alsGetal).toBe(true);
    expect(grenzen(eigen(undefined))).toEqual({ min: undefined, max: undefined, minGetal: undefined, maxGetal: undefined, alsGetal: true });
  });
});

describe("leesNumeriek: a value checked against its definition", () => {
  test("in range, from a number, a text and a Decimal", () => {
    expect(uitkomst("productiviteit", 0.75)).toBe("ok 0.75");
    expect(uitkomst("productiviteit", "0,75")).toBe("ok 0.75");
    expect(uitkomst("productiviteit", "75%")).toBe("ok 0.75");
    expect(uitkomst("productiviteit", new Decimal("0.75"))).toBe("ok 0.75");
    expect(uitkomst("maandsalaris", "€ 3.500,00")).toBe("ok 3500");
  });

  test("the bounds: inclusive bounds accepted, exclusive bounds and beyond refused (number and text)", () => {
    const buiten = (naam: string, w: string, bereik: string) => `${naam} = ${w} ligt buiten het toegestane bereik: ${bereik}.`;
    const PROD = "1% tot en met 100% (als fractie: 0,01 ≤ productiviteit ≤ 1; 8% = 0,08)";
    expect(uitkomst("productiviteit", 0.01)).toBe("ok 0.01");
    expect(uitkomst("productiviteit", "0,01")).toBe("ok 0.01");
    expect(uitkomst("productiviteit", 1)).toBe("ok 1");
    expect(uitkomst("productiviteit", "1")).toBe("ok 1");
    expect(uitkomst("productiviteit", 0.0099)).toBe(buiten("productiviteit", "0,0099", PROD));
    expect(uitkomst("productiviteit", "0,0099")).toBe(buiten("productiviteit", "'0,0099'", PROD));
    expect(uitkomst("productiviteit", 1.0001)).toBe(buiten("productiviteit", "1,0001", PROD));
    expect(uitkomst("productiviteit", "1,0001")).toBe(buiten("productiviteit", "'1,0001'", PROD));

    const VERZUIM = "0% tot 100% (als fractie: 0 ≤ verzuim < 1; 8% = 0,08)";
    expect(uitkomst("verzuim", 0)).toBe("ok 0");
    expect(uitkomst("verzuim", "0")).toBe("ok 0");
    expect(uitkomst("verzuim", 0.9999)).toBe("ok 0.9999");
    expect(uitkomst("verzuim", "0,9999")).toBe("ok 0.9999");
    expect(uitkomst("verzuim", 1)).toBe(buiten("verzuim", "1", VERZUIM));
    expect(uitkomst("verzuim", "1")).toBe(buiten("verzuim", "'1'", VERZUIM));
    expect(uitkomst("verzuim", -0.0001)).toBe(buiten("verzuim", "-0,0001", VERZUIM));
    expect(uitkomst("verzuim", "-0,0001")).toBe(buiten("verzuim", "'-0,0001'", VERZUIM));

    const AANDEEL = "meer dan 0% tot en met 100% (als fractie: 0 < aandeel ≤ 1; 8% = 0,08)";
    expect(uitkomst("aandeel", 0)).toBe(buiten("aandeel", "0", AANDEEL));
    expect(uitkomst("aandeel", "0")).toBe(buiten("aandeel", "'0'", AANDEEL));
    expect(uitkomst("aandeel", 0.0001)).toBe("ok 0.0001");
    expect(uitkomst("aandeel", "0,0001")).toBe("ok 0.0001");
    expect(uitkomst("aandeel", 1)).toBe("ok 1");

    const GROEP = "1 ≤ groepsgrootte ≤ 1.000 (cliënten)";
    expect(uitkomst("groepsgrootte", 1000)).toBe("ok 1000");
    expect(uitkomst("groepsgrootte", "1.000,0")).toBe("ok 1000");
    expect(uitkomst("groepsgrootte", 1000.5)).toBe(buiten("groepsgrootte", "1.000,5", GROEP));
    expect(uitkomst("groepsgrootte", "1.000,5")).toBe(buiten("groepsgrootte", "'1.000,5'", GROEP));
    expect(uitkomst("groepsgrootte", 0.5)).toBe(buiten("groepsgrootte", "0,5", GROEP));
  });

  test("a whole-number percentage (2 to 100 where a fraction is meant) gets its own message", () => {
    const heel = (naam: string, w: string, pct: string, fractie: string, bereik: string) =>
      `${naam} = ${w} lijkt een percentage als heel getal: gebruik ${pct}% of ${fractie}; toegestaan: ${bereik}.`;
    const VT = "0% tot en met 25% (als fractie: 0 ≤ vakantietoeslag ≤ 0,25; 8% = 0,08)";
    expect(uitkomst("vakantietoeslag", 8)).toBe(heel("vakantietoeslag", "8", "8", "0,08", VT));
    expect(uitkomst("vakantietoeslag", "8")).toBe(heel("vakantietoeslag", "'8'", "8", "0,08", VT));
    expect(uitkomst("vakantietoeslag", 2)).toBe(heel("vakantietoeslag", "2", "2", "0,02", VT));
    expect(uitkomst("vakantietoeslag", 100)).toBe(heel("vakantietoeslag", "100", "100", "1", VT));
    // just outside 2..100: out of range
    expect(uitkomst("vakantietoeslag", 1.99)).toBe(`vakantietoeslag = 1,99 ligt buiten het toegestane bereik: ${VT}.`);
    expect(uitkomst("vakantietoeslag", 100.01)).toBe(`vakantietoeslag = 100,01 ligt buiten het toegestane bereik: ${VT}.`);
    // typed with %, it is a percentage: 800% is out of range, not a whole-number percentage
    expect(uitkomst("vakantietoeslag", "800%")).toBe(`vakantietoeslag = '800%' ligt buiten het toegestane bereik: ${VT}.`);
    // not a fraction: a number from 2 to 100 out of range is just out of range
    expect(uitkomst("uren_per_week", 80)).toBe("uren_per_week = 80 ligt buiten het toegestane bereik: 1 ≤ uren_per_week ≤ 60 (uren per week).");
    expect(uitkomst("uren_per_week", "80")).toBe("uren_per_week = '80' ligt buiten het toegestane bereik: 1 ≤ uren_per_week ≤ 60 (uren per week).");
    // not a fraction: 800 is just out of range
    expect(uitkomst("begeleiders", 800)).toBe("begeleiders = 800 ligt buiten het toegestane bereik: 0 < begeleiders ≤ 100 (aantal).");
    // a fraction whose range holds the number: accepted
    const breed: ParameterDefinitie = { naam: "x", soort: "fractie", eenheid: "", omschrijving: "", paragraaf: "", bereik: { min: "0", max: "10" } };
    expect(uitkomst(breed, 8)).toBe("ok 8");
    expect(uitkomst(breed, "8")).toBe("ok 8");
  });

  test("refused texts and values: not a number, not an amount, ambiguous, a boolean", () => {
    const PROD = "1% tot en met 100% (als fractie: 0,01 ≤ productiviteit ≤ 1; 8% = 0,08)";
    expect(uitkomst("productiviteit", "veel")).toBe(`productiviteit = 'veel' is geen getal; toegestaan: ${PROD}.`);
    expect(uitkomst("productiviteit", true)).toBe(`productiviteit = WAAR is geen getal; toegestaan: ${PROD}.`);
    expect(uitkomst("productiviteit", false)).toBe(`productiviteit = ONWAAR is geen getal; toegestaan: ${PROD}.`);
    expect(uitkomst("productiviteit", NaN)).toBe(`productiviteit = NaN is geen getal; toegestaan: ${PROD}.`);
    expect(uitkomst("productiviteit", Infinity)).toBe(`productiviteit = Infinity is geen getal; toegestaan: ${PROD}.`);
    expect(uitkomst("maandsalaris", "veel")).toBe("maandsalaris = 'veel' is geen bedrag; toegestaan: 0 < maandsalaris ≤ 50.000 (€ per maand).");
    expect(uitkomst("maandsalaris", "3,200")).toBe(`maandsalaris = '3,200' is ${DUBBEL_3200}; toegestaan: 0 < maandsalaris ≤ 50.000 (€ per maand).`);
    expect(uitkomst("maandsalaris", "6.500")).toBe(`maandsalaris = '6.500' is ${DUBBEL_6500}; toegestaan: 0 < maandsalaris ≤ 50.000 (€ per maand).`);
    expect(uitkomst("maandsalaris", "3,500.00")).toBe(
      `maandsalaris = '3,500.00' is niet eenduidig: ${engels("3,500.00")}; toegestaan: 0 < maandsalaris ≤ 50.000 (€ per maand).`,
    );
  });

  test("a definition whose bounds are no exact doubles is checked exactly (no float shortcut)", () => {
    const fijn: ParameterDefinitie = {
      naam: "x",
      soort: "getal",
      eenheid: "e",
      omschrijving: "",
      paragraaf: "",
      bereik: { min: "0.10000000000000000001" },
    };
    // the double 0.1 is the decimal 0.1, below the bound by 1e-20: refused, although 0.1 >= Number(bound)
    expect(uitkomst(fijn, 0.1)).toBe("x = 0,1 ligt buiten het toegestane bereik: 0,10000000000000000001 ≤ x (e).");
    expect(uitkomst(fijn, 0.2)).toBe("ok 0.2");
    const zonder: ParameterDefinitie = { naam: "y", soort: "getal", eenheid: "e", omschrijving: "", paragraaf: "" };
    // no range: anything finite (toString writes exponents below 40 in full)
    expect(uitkomst(zonder, -1e30)).toBe(`ok -1${"0".repeat(30)}`);
    expect(uitkomst(zonder, "-1e30")).toBe(`ok -1${"0".repeat(30)}`);
  });

  test("the fast path for cell numbers gives the value itself", () => {
    const r = leesNumeriek(def("overhead"), 0.2);
    expect(r.ok && r.waarde.equals(new Decimal("0.2"))).toBe(true);
    const x = leesNumeriek(def("uren_per_week"), 36);
    expect(x.ok && x.waarde.toString()).toBe("36");
  });
});
