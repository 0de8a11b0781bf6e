import { Decimal } from "../../src/core/decimal";
import { PARAMETER_DEFINITIES, PARAMETER_NAMEN, type Afrondingsregel } from "../../src/core/parameters/definities";
import { leesFunctiemixBereik, leesParameterBereik, leesParameterObject } from "../../src/core/parameters/lezen";
import { dichtstbijzijndeNaam, normaliseerNaam } from "../../src/core/parameters/namen";
import { parameterSchema, type FunctieParameters, type Parameters } from "../../src/core/parameters/schema";
import { leesGetal, leesNumeriek } from "../../src/core/parameters/getallen";
import { leesDatumWaarde } from "../../src/core/parameters/waarden";

describe("the Parameters type is derived from the definitions (tsc fails if an @ts-expect-error line compiles)", () => {
  test("names, choices and kinds come from definities.ts", () => {
    const p: Parameters = leesParameterBereik([
      ["afronding", "euro"],
      ["overhead", 0.2],
    ]);
    const afronding: Afrondingsregel | undefined = p.afronding;
    // @ts-expect-error a name that is not in the vocabulary
    const onbekend: Parameters = { foo: 1 };
    // @ts-expect-error a choice that is not among the definition's keuzes
    const keuze: Parameters = { afronding: "dubbeltje" };
    // @ts-expect-error a number is read into a Decimal, never kept as a float
    const getal: Parameters = { overhead: 0.2 };
    // @ts-expect-error aandeel is a functiemix column only
    const aandeel: Parameters = { aandeel: new Decimal(1) };
    const rij: FunctieParameters = { aandeel: new Decimal("0.5"), functie: "HBO", overhead_over_materieel: false };
    expect([afronding, p.overhead?.toString(), rij.aandeel?.toString()]).toEqual(["euro", "0.2", "0.5"]);
    expect([onbekend, keuze, getal, aandeel].length).toBe(4);
  });
});

describe("parameter names", () => {
  test.each([
    ["Vakantietoeslag", "vakantietoeslag"],
    ["  uren per week ", "uren_per_week"],
    ["Overhead-Conventie", "overhead_conventie"],
    ["materiële kosten", "materiele_kosten"],
    // already canonical: returned as typed (the fast path), and every near-canonical form still normalised
    ["loonkosten_per_uur", "loonkosten_per_uur"],
    ["fte", "fte"],
    ["loonkosten__per_uur", "loonkosten_per_uur"],
    ["_ort", "_ort"],
    ["ort ", "ort"],
    ["Ort", "ort"],
    ["ort-", "ort_"],
    ["ë", "e"],
  ])("%s → %s", (raw, expected) => expect(normaliseerNaam(raw)).toBe(expected));

  test("case-insensitive names with spaces are accepted", () => {
    const p = leesParameterBereik([
      ["Uren per Week", 32],
      ["SOCIALE LASTEN", 0.2],
    ]);
    expect(p.uren_per_week!.toString()).toBe("32");
    expect(p.sociale_lasten!.toString()).toBe("0.2");
  });

  test("closest known name is suggested for typos", () => {
    expect(dichtstbijzijndeNaam("productivitiet", PARAMETER_NAMEN)).toBe("productiviteit");
    expect(dichtstbijzijndeNaam("groepgrootte", PARAMETER_NAMEN)).toBe("groepsgrootte");
    expect(dichtstbijzijndeNaam("salaris", PARAMETER_NAMEN)).toBe("maandsalaris");
    expect(dichtstbijzijndeNaam("xyzxyzxyzxyz", PARAMETER_NAMEN)).toBeUndefined();
  });

  test("the zod schema accepts every product parameter and refuses functiemix-only and unknown names", () => {
    for (const def of PARAMETER_DEFINITIES) {
      // a blank value is "not given": accepted by the schema exactly when the name belongs to the product level
      expect([def.naam, parameterSchema.safeParse({ [def.naam]: undefined }).success]).toEqual([def.naam, !def.alleenFunctiemix]);
    }
    expect(parameterSchema.safeParse({ niet_bestaand: 1 }).success).toBe(false);
    // the names of the domain spec §4 (written out) are all in the vocabulary; functiemix columns are not product parameters
    for (const naam of [
      "maandsalaris",
      "cao",
      "schaal",
      "trede",
      "peildatum",
      "uren_per_week",
      "vakantietoeslag",
      "eindejaarsuitkering",
      "sociale_lasten",
      "pensioenpremie",
      "productiviteit",
      "productiviteit_basis",
      "eenheid",
      "groepsgrootte",
      "bezettingsgraad",
      "materiele_kosten",
      "overhead",
      "overhead_conventie",
      "risico_opslag",
      "afronding",
      "plaatsen",
    ])
      expect(PARAMETER_NAMEN).toContain(naam);
    for (const naam of ["functie", "aandeel", "fte"]) expect(PARAMETER_NAMEN).not.toContain(naam);
  });
});

describe("values", () => {
  test.each([
    [0.08, "0.08", false],
    ["0,08", "0.08", false],
    ["8%", "0.08", true],
    ["8,5 %", "0.085", true],
    ["€ 2.338,50", "2338.5", false],
    ["1e3", "1000", false],
  ])("%p is read as %s", (raw, expected, procent) => {
    const r = leesGetal(raw, true)!;
    expect(r.getal.toString()).toBe(expected);
    expect(r.procent).toBe(procent);
  });

  test.each([["abc"], [""], [NaN], [Infinity], [null], [{}]])("%p is not a number", (raw) => {
    expect(leesGetal(raw)).toBeNull();
  });

  test("a percentage typed as text '8%' is accepted where 8 is refused", () => {
    expect(leesParameterBereik([["vakantietoeslag", "8%"]]).vakantietoeslag!.toString()).toBe("0.08");
    expect(() => leesParameterBereik([["vakantietoeslag", 8]])).toThrow("gebruik 8% of 0,08");
  });

  test.each([
    [45658, "2025-01-01"],
    ["2025-01-01", "2025-01-01"],
    ["1-6-2024", "2024-06-01"],
    ["01/12/2023", "2023-12-01"],
    ["2024-02-30", null],
    [12, null],
  ])("date %p → %p", (raw, iso) => expect(leesDatumWaarde(raw)).toBe(iso));

  test("blank rows and a header row are skipped; blank values mean 'not given'", () => {
    const p = leesParameterBereik([
      ["Parameter", "Waarde"],
      ["overhead", 0.1],
      [null, null],
      [0, 0],
      ["ort", ""],
      ["risico_opslag", null],
    ]);
    expect(p.overhead!.toString()).toBe("0.1");
    expect(p.ort).toBeUndefined();
    expect(p.risico_opslag).toBeUndefined();
  });

  test("choices accept iJw/iWmo codes and spelling variants", () => {
    expect(leesParameterBereik([["eenheid", "04"]]).eenheid).toBe("uur");
    expect(leesParameterBereik([["eenheid", 16]]).eenheid).toBe("dagdeel");
    expect(leesParameterBereik([["eenheid", "Dagdelen"]]).eenheid).toBe("dagdeel");
    expect(leesParameterBereik([["productiviteit_basis", "Beschikbare uren"]]).productiviteit_basis).toBe("beschikbare_uren");
  });

  test("yes/no values", () => {
    expect(leesParameterBereik([["overhead_over_materieel", false]]).overhead_over_materieel).toBe(false);
    expect(leesParameterBereik([["overhead_over_materieel", "nee"]]).overhead_over_materieel).toBe(false);
    expect(leesParameterBereik([["overhead_over_materieel", "WAAR"]]).overhead_over_materieel).toBe(true);
  });

  test("JSON objects use the same vocabulary", () => {
    const p = leesParameterObject({ "Uren per week": 32, overhead: "20%" });
    expect(p.uren_per_week!.equals(32)).toBe(true);
    expect(p.overhead!.equals(new Decimal("0.2"))).toBe(true);
    expect(() => leesParameterObject({ overheid: 0.2 })).toThrow("Bedoelt u 'overhead'?");
  });
});

describe("functiemix table", () => {
  test("header row + one row per function; blank (0) cells in text or salary columns mean not given", () => {
    const mix = leesFunctiemixBereik([
      ["functie", "aandeel", "maandsalaris", "cao", "schaal", "trede"],
      ["HBO-begeleider", 0.6, 4000, 0, 0, 0],
      ["MBO-begeleider", 0.4, 0, "GHZ", 20, 5],
      [0, 0, 0, 0, 0, 0],
    ]);
    expect(mix).toHaveLength(2);
    expect(mix[0]).toMatchObject({ functie: "HBO-begeleider" });
    expect(mix[0].cao).toBeUndefined();
    expect(mix[1].maandsalaris).toBeUndefined();
    expect(mix[1]).toMatchObject({ cao: "GHZ", schaal: "20", trede: "5" });
  });

  test("product-level parameters cannot be set per function", () => {
    expect(() =>
      leesFunctiemixBereik([
        ["functie", "overhead"],
        ["A", 0.2],
      ]),
    ).toThrow("Onbekende parameter 'overhead' (kolomkop in de functiemix)");
  });

  test("a table without rows is refused", () => {
    expect(() => leesFunctiemixBereik([["functie", "aandeel"]])).toThrow("kopregel");
  });
});

describe("range check of cell numbers (float fast path) agrees with the exact Decimal check", () => {
  // the next double up/down: the values where a float comparison could differ from the decimal one
  const stap = (x: number, richting: 1 | -1): number => {
    if (x === 0) return richting * Number.MIN_VALUE;
    const f = new Float64Array([x]);
    const i = new BigInt64Array(f.buffer);
    i[0] += BigInt((x > 0 ? 1 : -1) * richting);
    return f[0];
  };
  const numeriek = PARAMETER_DEFINITIES.filter((d) => d.bereik && (d.bereik.min !== undefined || d.bereik.max !== undefined));

  test("there are bounded numeric parameters to check", () => expect(numeriek.length).toBeGreaterThan(10));

  test.each(numeriek.map((d) => [d.naam, d] as const))("%s: bounds, their neighbouring doubles and values in between", (_naam, def) => {
    const kandidaten = new Set<number>([0, 1, 2, 50, 100, 0.08, 0.1 + 0.2, -1e-9]);
    for (const g of [def.bereik!.min, def.bereik!.max]) {
      if (g === undefined) continue;
      const x = Number(g);
      for (const y of [x, stap(x, 1), stap(x, -1), stap(stap(x, 1), 1), x * 0.5, x * 2, x + 0.005, x - 0.005]) kandidaten.add(y);
    }
    for (const x of kandidaten) {
      const snel = leesNumeriek(def, x);
      const exact = leesNumeriek(def, new Decimal(x)); // a Decimal takes the exact route
      expect({ x, ok: snel.ok }).toEqual({ x, ok: exact.ok });
      if (snel.ok && exact.ok) expect(snel.waarde.equals(exact.waarde)).toBe(true);
    }
  });
});
