/**
 * Boundaries of the Dutch number formatting (format.ts), the tariff ceiling (grenzen.ts) and the error classes
 * (errors.ts): each expectation written out by hand, so a changed separator, grouping, cut-off or bound fails.
 */
import { Decimal } from "../../src/core/decimal";
import { InterneFout, InvoerFout, NietGevondenFout, isRtFout } from "../../src/core/errors";
import { formatBedrag, formatGetal, formatProcent, MAX_GETOOND, toonTekst, toonWaarde } from "../../src/core/format";
import { controleerTariefGrens, MAX_TARIEF } from "../../src/core/grenzen";

describe("formatGetal: Dutch separators, grouping only from 4 digits", () => {
  test.each([
    ["0", undefined, "0"],
    ["999", undefined, "999"],
    // 4 digits: the first group of thousands appears
    ["1000", undefined, "1.000"],
    ["1234.5", undefined, "1.234,5"],
    ["1234567.891", undefined, "1.234.567,891"],
    ["-1234.5", undefined, "-1.234,5"],
    ["-12", undefined, "-12"],
    // fixed decimals: 1234.5 → "1234.50" → "1.234,50"; 0.005 to 2 places is 0.01 (decimal.js ROUND_HALF_UP default)
    ["1234.5", 2, "1.234,50"],
    ["0.005", 2, "0,01"],
    ["12.3456", 0, "12"],
  ])("%s with %s decimals → %s", (waarde, decimalen, verwacht) => {
    expect(formatGetal(new Decimal(waarde), decimalen)).toBe(verwacht);
  });

  test("numbers and strings are formatted like Decimals", () => {
    expect(formatGetal(1234.5)).toBe("1.234,5");
    expect(formatGetal("1000000")).toBe("1.000.000");
  });
});

test("formatBedrag: euro sign, a space and always two decimals (63.33 → € 63,33; 1234.5 → € 1.234,50)", () => {
  expect(formatBedrag(new Decimal("63.33"))).toBe("€ 63,33");
  expect(formatBedrag(1234.5)).toBe("€ 1.234,50");
  expect(formatBedrag("-0.5")).toBe("€ -0,50");
});

describe("formatProcent: × 100, at most 4 decimals", () => {
  test.each([
    // 0.0833 × 100 = 8.33
    ["0.0833", "8,33%"],
    // 0.123456789 × 100 = 12.3456789 → 12.3457 (4 decimals, half up)
    ["0.123456789", "12,3457%"],
    ["1", "100%"],
    ["12.5", "1.250%"],
  ])("%s → %s (Decimal, number and string alike)", (waarde, verwacht) => {
    expect(formatProcent(new Decimal(waarde))).toBe(verwacht);
    expect(formatProcent(Number(waarde))).toBe(verwacht);
    expect(formatProcent(waarde)).toBe(verwacht);
  });

  test("the same Decimal twice gives the same text (remembered per instance)", () => {
    const x = new Decimal("0.18");
    expect(formatProcent(x)).toBe("18%");
    expect(formatProcent(x)).toBe("18%");
  });
});

describe("toonWaarde: a user's raw value in a message", () => {
  test.each([
    ["null", null, "(leeg)"],
    ["undefined", undefined, "(leeg)"],
    ["a number", 1234.5, "1.234,5"],
    ["Infinity", Infinity, "Infinity"],
    ["NaN", NaN, "NaN"],
    ["a string, quoted", "abc", "'abc'"],
    ["true", true, "WAAR"],
    ["false", false, "ONWAAR"],
    ["a Decimal", new Decimal("0.8"), "0,8"],
    ["a date", new Date("2026-07-01T00:00:00Z"), "2026-07-01"],
    ["an invalid date", new Date("geen datum"), "(ongeldige datum)"],
    ["an Excel error object (error)", { error: "#DIV/0!" }, "#DIV/0!"],
    ["an error object (code)", { code: "#N/A" }, "#N/A"],
    ["a range of one row", [[1]], "(een bereik van 1 rij)"],
    ["a range of two rows", [[1], [2]], "(een bereik van 2 rijen)"],
    ["a plain object", { a: 1 }, "(een object, geen waarde)"],
    ["an object with its own text", { toString: () => "eigen" }, "'eigen'"],
    ["a bigint", 12n, "'12'"],
  ])("%s", (_naam, waarde, verwacht) => {
    expect(toonWaarde(waarde)).toBe(verwacht);
  });
});

describe("toonTekst: invisible characters shown, long text cut at MAX_GETOOND", () => {
  test("a zero-width space and a soft hyphen are named by their code point; a normal space stays", () => {
    expect(toonTekst("a\u200bb c\u00add")).toBe("a⟨U+200B⟩b c⟨U+00AD⟩d");
    // control character 0x01 padded to 4 hex digits
    expect(toonTekst("\u0001")).toBe("⟨U+0001⟩");
  });

  test(`exactly ${MAX_GETOOND} characters are shown whole; one more is cut and its length named`, () => {
    expect(MAX_GETOOND).toBe(80);
    const precies = "x".repeat(80);
    expect(toonTekst(precies)).toBe(precies);
    expect(toonTekst("x".repeat(81))).toBe(`${"x".repeat(80)}… (81 tekens)`);
  });
});

describe("controleerTariefGrens: 0 ≤ tariff ≤ € 10.000.000", () => {
  const fout = (x: Decimal): InvoerFout => {
    try {
      controleerTariefGrens(x, "uur");
    } catch (e) {
      expect(e).toBeInstanceOf(InvoerFout);
      return e as InvoerFout;
    }
    throw new Error("verwachtte een InvoerFout");
  };

  test("both bounds themselves are allowed", () => {
    expect(MAX_TARIEF.toFixed()).toBe("10000000");
    expect(() => controleerTariefGrens(new Decimal(0), "uur")).not.toThrow();
    expect(() => controleerTariefGrens(MAX_TARIEF, "uur")).not.toThrow();
  });

  test("one cent above the maximum is refused, named with the unit and the bound", () => {
    const e = fout(new Decimal("10000000.01"));
    expect(e.message).toContain("€ 10.000.000,01 per uur");
    expect(e.message).toContain("€ 10.000.000 per eenheid");
    expect(e.details).toMatchObject({ parameter: "tarief", waarde: "10.000.000,01", toegestaan: "0 ≤ tarief ≤ 10.000.000" });
  });

  test("a negative tariff is refused, shown as its magnitude", () => {
    // -0.01 → abs 0.01 ≤ 1e15 → formatted with 2 decimals
    const e = fout(new Decimal("-0.01"));
    expect(e.details.waarde).toBe("-0,01");
  });

  test("above 1e15 the value is shown in exponent notation, not infinity and not 1.000.000.000.000.000", () => {
    expect(fout(new Decimal("2e15")).details.waarde).toBe("2.00e+15");
    // exactly 1e15 is not above it: still written out
    expect(fout(new Decimal("1e15")).details.waarde).toBe("1.000.000.000.000.000");
  });

  test("infinity and NaN are refused and named as such", () => {
    expect(fout(new Decimal(Infinity)).details.waarde).toBe("Infinity");
    expect(fout(new Decimal(NaN)).details.waarde).toBe("NaN");
  });
});

describe("error classes: position kept, kind and name", () => {
  test("metPositie adds row and column, but never overwrites a position the error already has", () => {
    const zonder = new InvoerFout("m", { parameter: "p" }).metPositie(3, 2);
    expect(zonder).toBeInstanceOf(InvoerFout);
    expect(zonder.details).toEqual({ parameter: "p", rij: 3, kolom: 2 });
    const met = new InvoerFout("m", { rij: 7, kolom: 1 }).metPositie(3, 2);
    expect(met.details).toMatchObject({ rij: 7, kolom: 1 });
    const nietGevonden = new NietGevondenFout("n", { kolom: 4 }).metPositie(5, 9);
    expect(nietGevonden).toBeInstanceOf(NietGevondenFout);
    expect(nietGevonden.message).toBe("n");
    expect(nietGevonden.details).toEqual({ rij: 5, kolom: 4 });
  });

  test("kind, name and the RtFout test", () => {
    const a = new InvoerFout("a");
    const b = new NietGevondenFout("b");
    expect([a.soort, a.name, b.soort, b.name]).toEqual(["invoer", "InvoerFout", "niet_gevonden", "NietGevondenFout"]);
    expect(a.details).toEqual({});
    expect([isRtFout(a), isRtFout(b), isRtFout(new Error("x")), isRtFout("x")]).toEqual([true, true, false, false]);
    // Excel and the command line show an internal error by this name ("InterneFout: …"); it is not an input error
    const intern = new InterneFout("de regels tellen niet op");
    expect([intern.name, intern.message, isRtFout(intern)]).toEqual(["InterneFout", "de regels tellen niet op", false]);
  });
});
