/**
 * zodMelding sentence by sentence: every issue code, every kind of value a user can hand in, inclusive and exclusive
 * bounds, singular and plural units. The issues are built as zod builds them, so each branch is reached directly.
 */
import { zodMelding } from "../../src/core/zod-meldingen";

const melding = (issue: Record<string, unknown>) => zodMelding(issue as unknown as Parameters<typeof zodMelding>[0]);
const type = (expected: string, input: unknown) => melding({ code: "invalid_type", expected, input });

describe("invalid_type: what was expected and what was given, in a user's words", () => {
  test("every kind of given value", () => {
    const gekregen = (input: unknown) => type("number", input).replace("ongeldige waarde: verwacht getal, gekregen ", "");
    expect(type("number", "12")).toBe("ongeldige waarde: verwacht getal, gekregen tekst");
    expect(gekregen(5)).toBe("getal");
    expect(gekregen(NaN)).toBe("geen getal (NaN)");
    expect(gekregen(null)).toBe("niets (leeg)");
    expect(gekregen(undefined)).toBe("niets (leeg)");
    expect(gekregen([1])).toBe("lijst");
    expect(gekregen({ a: 1 })).toBe("tabel (velden met waarden)");
    expect(gekregen(new Date(0))).toBe("datum");
    expect(gekregen(true)).toBe("ja/nee-waarde");
    expect(gekregen(BigInt(3))).toBe("geheel getal");
    expect(gekregen(Symbol("s"))).toBe("symbool");
    expect(gekregen(() => 1)).toBe("functie");
  });

  test("every expected kind; an unknown kind is shown as zod names it", () => {
    const verwacht = (soort: string) => type(soort, "x").replace(/^ongeldige waarde: verwacht (.*), gekregen tekst$/, "$1");
    expect(
      ["string", "number", "nan", "bigint", "boolean", "array", "object", "undefined", "null", "date", "symbol", "function", "map", "set", "record", "int"].map(
        verwacht,
      ),
    ).toEqual([
      "tekst",
      "getal",
      "geen getal (NaN)",
      "geheel getal",
      "ja/nee-waarde",
      "lijst",
      "tabel (velden met waarden)",
      "niets (leeg)",
      "niets (leeg)",
      "datum",
      "symbool",
      "functie",
      "tabel",
      "verzameling",
      "tabel",
      "geheel getal",
    ]);
    expect(type("never", "x")).toBe("ongeldige waarde: verwacht never, gekregen tekst");
  });
});

describe("invalid_value", () => {
  test("one allowed value, text or number; several as a choice", () => {
    expect(melding({ code: "invalid_value", values: ["pxq"] })).toBe('ongeldige waarde: alleen "pxq" is toegestaan');
    expect(melding({ code: "invalid_value", values: [2] })).toBe("ongeldige waarde: alleen 2 is toegestaan");
    expect(melding({ code: "invalid_value", values: ["pxq", 3, true] })).toBe('ongeldige keuze: kies uit "pxq", 3, true');
  });
});

describe("too_big / too_small", () => {
  test("numbers: inclusive (also when zod leaves it out) and exclusive", () => {
    expect(melding({ code: "too_big", origin: "number", maximum: 5, inclusive: true })).toBe("te groot: ten hoogste 5 toegestaan");
    expect(melding({ code: "too_big", origin: "number", maximum: 5 })).toBe("te groot: ten hoogste 5 toegestaan");
    expect(melding({ code: "too_big", origin: "number", maximum: 5, inclusive: false })).toBe("te groot: minder dan 5 toegestaan");
    expect(melding({ code: "too_small", origin: "number", minimum: 0, inclusive: true })).toBe("te klein: ten minste 0 toegestaan");
    expect(melding({ code: "too_small", origin: "number", minimum: 0 })).toBe("te klein: ten minste 0 toegestaan");
    expect(melding({ code: "too_small", origin: "number", minimum: 0, inclusive: false })).toBe("te klein: meer dan 0 toegestaan");
    // without an origin: a plain bound
    expect(melding({ code: "too_small", minimum: 2 })).toBe("te klein: ten minste 2 toegestaan");
  });

  test("lengths: the unit of the origin, singular for exactly 1", () => {
    expect(melding({ code: "too_big", origin: "string", maximum: 1, inclusive: true })).toBe("te lang: ten hoogste 1 teken toegestaan");
    expect(melding({ code: "too_big", origin: "string", maximum: 10, inclusive: true })).toBe("te lang: ten hoogste 10 tekens toegestaan");
    expect(melding({ code: "too_small", origin: "string", minimum: 2, inclusive: false })).toBe("te kort: meer dan 2 tekens toegestaan");
    expect(melding({ code: "too_small", origin: "array", minimum: 1, inclusive: true })).toBe("te kort: ten minste 1 element toegestaan");
    expect(melding({ code: "too_big", origin: "array", maximum: 3, inclusive: false })).toBe("te lang: minder dan 3 elementen toegestaan");
    expect(melding({ code: "too_big", origin: "set", maximum: 4 })).toBe("te lang: ten hoogste 4 elementen toegestaan");
    expect(melding({ code: "too_small", origin: "map", minimum: 1 })).toBe("te kort: ten minste 1 element toegestaan");
    expect(melding({ code: "too_big", origin: "file", maximum: 1 })).toBe("te lang: ten hoogste 1 byte toegestaan");
    expect(melding({ code: "too_big", origin: "file", maximum: 1000 })).toBe("te lang: ten hoogste 1000 bytes toegestaan");
  });

  test("dates: too early or too late", () => {
    expect(melding({ code: "too_small", origin: "date", minimum: 1700000000000, inclusive: true })).toBe("te vroeg: ten minste 1700000000000");
    expect(melding({ code: "too_big", origin: "date", maximum: 1700000000000, inclusive: false })).toBe("te laat: minder dan 1700000000000");
  });

  test("other origins (bigint) are bounds without a unit", () => {
    expect(melding({ code: "too_big", origin: "bigint", maximum: BigInt(9), inclusive: true })).toBe("te groot: ten hoogste 9 toegestaan");
  });
});

describe("the other codes", () => {
  test("formats, multiples, keys, elements, unions and anything else", () => {
    expect(melding({ code: "invalid_format", format: "regex" })).toBe("ongeldige tekst: de vorm klopt niet");
    expect(melding({ code: "invalid_format", format: "email" })).toBe("ongeldige tekst: verwacht de vorm email");
    expect(melding({ code: "not_multiple_of", divisor: 0.5 })).toBe("ongeldig getal: moet een veelvoud van 0.5 zijn");
    expect(melding({ code: "unrecognized_keys", keys: ["b"] })).toBe("onbekend veld: b");
    expect(melding({ code: "unrecognized_keys", keys: ["b", "c"] })).toBe("onbekende velden: b, c");
    expect(melding({ code: "invalid_key" })).toBe("ongeldige veldnaam");
    expect(melding({ code: "invalid_element" })).toBe("ongeldige waarde in de lijst");
    expect(melding({ code: "invalid_union" })).toBe("ongeldige waarde: past bij geen van de toegestane vormen");
    expect(melding({ code: "custom" })).toBe("ongeldige waarde");
  });
});
