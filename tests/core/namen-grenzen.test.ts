/**
 * Parameter names (src/core/parameters/namen.ts, synoniemen.ts): the normal form, the edit distance and the
 * "Bedoelt u …?" suggestion with its boundaries (distance limits, ties, synonyms against canonical names).
 * Computed inside the tests.
 */
import { PARAMETER_NAMEN } from "../../src/core/parameters/definities";
import { dichtstbijzijndeNaam, levenshtein, normaliseerNaam } from "../../src/core/parameters/namen";
import { synoniemVoor } from "../../src/core/parameters/synoniemen";

describe("normaliseerNaam", () => {
  test.each([
    ["uren.per.week", "uren_per_week"],
    ["uren . per - week", "uren_per_week"],
    ["Uren\tper\nweek", "uren_per_week"],
    ["uren___per_week", "uren_per_week"],
    ["MATERIËLE_KOSTEN", "materiele_kosten"],
    ["Materiële kosten", "materiele_kosten"],
    ["café", "cafe"],
    ["  ort", "ort"],
    ["ORT", "ort"],
    ["13e maand", "13e_maand"],
    ["a_", "a_"],
    ["a__b", "a_b"],
  ])("%p → %p", (raw, verwacht) => expect(normaliseerNaam(raw)).toBe(verwacht));
});

describe("levenshtein", () => {
  test.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["a", "a", 0],
    ["kitten", "sitting", 3],
    ["flaw", "lawn", 2],
    ["ab", "ba", 2],
    ["overhead", "overhed", 1],
    ["overhed", "overhead", 1],
    ["productiviteit", "productivitiet", 2],
    ["abcdef", "azcdxf", 2],
  ])("%p ↔ %p = %p", (a, b, d) => expect(levenshtein(a, b)).toBe(d));
});

describe("synoniemVoor: colloquial names and their typos", () => {
  test("the colloquial name itself, at distance 0, only when its canonical name is allowed", () => {
    expect(synoniemVoor("vakantiegeld", PARAMETER_NAMEN, levenshtein)).toEqual({ naam: "vakantietoeslag", afstand: 0 });
    expect(synoniemVoor("vakantiegeld", ["ort"], levenshtein)).toBeUndefined();
    expect(synoniemVoor("eju", ["eindejaarsuitkering"], levenshtein)).toEqual({ naam: "eindejaarsuitkering", afstand: 0 });
  });

  test("a typo: distance 1 below 9 letters, 2 from 9 letters", () => {
    // brutoloon (9 letters) with two letters changed
    expect(synoniemVoor("brxtolxon", PARAMETER_NAMEN, levenshtein)).toEqual({ naam: "maandsalaris", afstand: 2 });
    // 8 letters at distance 2: too far
    expect(synoniemVoor("brxtolon", PARAMETER_NAMEN, levenshtein)).toBeUndefined();
    // 8 letters at distance 1
    expect(synoniemVoor("brutolon", PARAMETER_NAMEN, levenshtein)).toEqual({ naam: "maandsalaris", afstand: 1 });
    // one letter shorter than the synonym (pensioen): the length difference equals the limit
    expect(synoniemVoor("pensioe", PARAMETER_NAMEN, levenshtein)).toEqual({ naam: "pensioenpremie", afstand: 1 });
    // three letters shorter than vakantiegeld (12): beyond the limit of 2
    expect(synoniemVoor("vakantieg", PARAMETER_NAMEN, levenshtein)).toBeUndefined();
  });

  test("a typo of a synonym whose canonical name is not allowed suggests nothing", () => {
    expect(synoniemVoor("vakantiegld", PARAMETER_NAMEN, levenshtein)).toEqual({ naam: "vakantietoeslag", afstand: 1 });
    expect(synoniemVoor("vakantiegld", ["maandsalaris", "ort"], levenshtein)).toBeUndefined();
  });

  test("with any distance function: the name's own canonical name first, the length bound, the first synonym on a tie", () => {
    const nul = () => 0;
    const een = () => 1;
    // a colloquial name whose canonical name is not allowed: nothing, even when another synonym would count as close
    expect(synoniemVoor("vakantiegeld", ["maandsalaris"], nul)).toBeUndefined();
    // a synonym more than the limit longer or shorter is never compared: 'x' (1 letter) has none within 1 letter
    expect(synoniemVoor("x", PARAMETER_NAMEN, nul)).toBeUndefined();
    // all at distance 1: the first synonym of the list with a length within 1 of 7 letters (salaris)
    expect(synoniemVoor("abcdefg", PARAMETER_NAMEN, een)).toEqual({ naam: "maandsalaris", afstand: 1 });
  });

  test("the closest synonym wins; a later one at a larger distance does not replace it", () => {
    // inscholing: inschaling (→ schaal) at 1, scholing (→ scholingsuren) at 2
    expect(synoniemVoor("inscholing", PARAMETER_NAMEN, levenshtein)).toEqual({ naam: "schaal", afstand: 1 });
    // ischoling: inschaling at 2, then scholing at 1
    expect(synoniemVoor("ischoling", PARAMETER_NAMEN, levenshtein)).toEqual({ naam: "scholingsuren", afstand: 1 });
  });
});

describe("dichtstbijzijndeNaam", () => {
  test("a synonym's typo against a canonical name: the closer one, the canonical name on a tie", () => {
    // salarix: salaris (→ maandsalaris) at 1; no canonical name close enough
    expect(dichtstbijzijndeNaam("salarix", ["maandsalaris"])).toBe("maandsalaris");
    // salaras: salaris at 1 and the allowed name 'salarus' at 1 → the allowed name
    expect(dichtstbijzijndeNaam("salaras", ["maandsalaris", "salarus"])).toBe("salarus");
    // salaria: salaris at 1, 'salariax' contains it (0,5) → 'salariax'
    expect(dichtstbijzijndeNaam("salaria", ["maandsalaris", "salariax"])).toBe("salariax");
    // a canonical name 2 away, the synonym 1 away → the synonym
    expect(dichtstbijzijndeNaam("salaras", ["maandsalaris", "salarxy"])).toBe("maandsalaris");
  });

  test("a part of a name, or a name with something added, counts half a point per letter of difference", () => {
    expect(dichtstbijzijndeNaam("overhead_conventie2", PARAMETER_NAMEN)).toBe("overhead_conventie");
    expect(dichtstbijzijndeNaam("xoverheadx", ["overhead", "overheid"])).toBe("overhead");
    expect(dichtstbijzijndeNaam("groepsgroot", PARAMETER_NAMEN)).toBe("groepsgrootte");
    expect(dichtstbijzijndeNaam("groeps", PARAMETER_NAMEN)).toBeUndefined();
    // 'loonkosten' is part of both; the shorter (loonkosten_fte, 4 letters more) is closer than loonkosten_per_uur
    expect(dichtstbijzijndeNaam("loonkosten", PARAMETER_NAMEN)).toBe("loonkosten_fte");
    // 3,5 points (7 letters more) is beyond the limit of 3 for a name of 7 letters
    expect(dichtstbijzijndeNaam("abcdefg", ["abcdefghijklmn"])).toBeUndefined();
    expect(dichtstbijzijndeNaam("abcdefg", ["abcdefghijklm"])).toBe("abcdefghijklm");
  });

  test("on a tie the first known name wins", () => {
    expect(dichtstbijzijndeNaam("abcz", ["abcx", "abcy"])).toBe("abcx");
    expect(dichtstbijzijndeNaam("abcz", ["abcy", "abcx"])).toBe("abcy");
  });

  test("the limit: 3, or half the length of the name (rounded down) when that is more", () => {
    // 9 letters: limit 4
    expect(dichtstbijzijndeNaam("aaaaaaaaa", ["aaaaabbbb"])).toBe("aaaaabbbb");
    expect(dichtstbijzijndeNaam("aaaaaaaaa", ["aaaabbbbb"])).toBeUndefined();
    // 4 letters: limit 3
    expect(dichtstbijzijndeNaam("aaaa", ["abbb"])).toBe("abbb");
    expect(dichtstbijzijndeNaam("aaaa", ["bbbb"])).toBeUndefined();
    // 10 letters: limit 5
    expect(dichtstbijzijndeNaam("aaaaaaaaaa", ["aaaaabbbbb"])).toBe("aaaaabbbbb");
    expect(dichtstbijzijndeNaam("aaaaaaaaaa", ["aaaabbbbbb"])).toBeUndefined();
    expect(dichtstbijzijndeNaam("abc", [])).toBeUndefined();
  });
});
