/**
 * Adapter tests through the real exported custom functions, with the CustomFunctions stub (real error strings)
 * from tests/stubs/custom-functions-global.js. No reference data needed here (see data-functies.test.ts).
 */
import * as f from "../../src/functions/functions";
import { leegTariefCache, resultaatCacheGrootte, tariefCacheGrootte, CACHE_GROOTTE } from "../../src/functions/adapters/tarief";
import { naarExcelFout } from "../../src/functions/excel-fout";
import { InvoerFout, NietGevondenFout } from "../../src/core/errors";
import { LruCache } from "../../src/functions/adapters/cache";

const EXTRA = [
  ["loonkosten_per_uur", 42.22],
  ["productiviteit", 0.8],
  ["overhead", 0.2],
];
const BASIS_VB = [
  ["loonkosten_per_uur", 24.68],
  ["productiviteit", 0.8],
  ["overhead", 0.2],
];
const SALARIS_ROUTE = [
  ["maandsalaris", 3500],
  ["sociale_lasten", 0.18],
  ["pensioenpremie", 0.13],
  ["productiviteit", 0.75],
  ["overhead", 0.2],
];

/** Runs `g` and returns the thrown CustomFunctions.Error as {code, message}. */
function fout(g: () => unknown): { code: string; message: string } {
  try {
    g();
  } catch (e) {
    const x = e as { code: string; message: string };
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return { code: x.code, message: x.message };
  }
  throw new Error("verwachtte een fout");
}

const nul = null as unknown as undefined; // what Excel passes for an omitted optional argument

function geenNullIn(m: unknown[][]): void {
  for (const r of m)
    for (const c of r) {
      expect(c).not.toBeNull();
      expect(c).not.toBeUndefined();
      expect(typeof c === "number" ? Number.isFinite(c) : true).toBe(true);
    }
}

beforeEach(() => leegTariefCache());

describe("RT.TARIEF", () => {
  test("voorbeelden uit de domeinspecificatie: 63,33 en 37,02", () => {
    expect(f.tarief(EXTRA, nul)).toBe(63.33);
    expect(f.tarief(BASIS_VB, nul)).toBe(37.02);
    expect(f.tarief(EXTRA)).toBe(63.33);
  });

  test("kopregel en lege rijen (0 op desktop, null op het web) worden overgeslagen", () => {
    expect(f.tarief([["Parameter", "Waarde"], ...EXTRA, [0, 0], [null, null], ["", ""]], nul)).toBe(63.33);
  });

  test("een leeg functiemix-bereik (alleen 0 of null) telt als niet opgegeven", () => {
    expect(
      f.tarief(EXTRA, [
        [0, 0],
        [0, 0],
      ]),
    ).toBe(63.33);
    expect(f.tarief(EXTRA, [[null]])).toBe(63.33);
  });

  test("0 als lege cel bij een tekst/keuze-parameter geldt als niet opgegeven (standaard 'opslag')", () => {
    expect(f.tarief([...EXTRA, ["overhead_conventie", 0], ["afronding", 0]], nul)).toBe(63.33);
    expect(f.tarief([...EXTRA, ["overhead_conventie", null]], nul)).toBe(63.33);
  });

  test("0 als echte waarde blijft 0 (risico_opslag 0, overhead 0)", () => {
    expect(f.tarief([...EXTRA, ["risico_opslag", 0]], nul)).toBe(63.33);
    expect(
      f.tarief(
        [
          ["loonkosten_per_uur", 42.22],
          ["productiviteit", 0.8],
          ["overhead", "geen"],
        ],
        nul,
      ),
    ).toBe(52.78);
  });

  test("functiemix", () => {
    const mix = [
      ["functie", "aandeel", "maandsalaris"],
      ["HBO", 0.6, 4000],
      ["MBO", 0.4, 3000],
    ];
    const t = f.tarief(SALARIS_ROUTE, mix);
    expect(t).toBeGreaterThan(f.tarief(met(SALARIS_ROUTE, ["maandsalaris", 3000]), nul));
    expect(t).toBeLessThan(f.tarief(met(SALARIS_ROUTE, ["maandsalaris", 4000]), nul));
  });
});

function met(rows: unknown[][], extra: unknown[]): unknown[][] {
  return [...rows.filter((r) => r[0] !== extra[0]), extra];
}

describe("RT.OPBOUW", () => {
  test("kop, regels, laatste rij = tarief, geen null, regels tellen op tot het tarief", () => {
    for (const p of [EXTRA, BASIS_VB, SALARIS_ROUTE, met(SALARIS_ROUTE, ["risico_opslag", 0.03])]) {
      const m = f.opbouw(p, nul);
      expect(m[0]).toEqual(["Omschrijving", "Bedrag", "Wettelijk element", "Toelichting"]);
      expect(new Set(m.map((r) => r.length))).toEqual(new Set([4]));
      geenNullIn(m);
      const laatste = m[m.length - 1];
      expect(laatste[0]).toBe("Tarief per uur");
      expect(laatste[1]).toBe(f.tarief(p, nul));
      expect(laatste[2]).toBe("");
      expect(String(laatste[3])).toContain("Overhead");
      const regels = m.slice(1, -1).filter((r) => !String(r[0]).startsWith("Bron: "));
      const som = regels.reduce((a, r) => a + Math.round((r[1] as number) * 100), 0);
      expect(som).toBe(Math.round((laatste[1] as number) * 100));
      for (const r of regels) expect(typeof r[1]).toBe("number");
      expect(m.some((r) => r[2] === "J-c, W-b")).toBe(true);
    }
  });

  test("eenheid dagdeel → 'Tarief per dagdeel'", () => {
    const m = f.opbouw([...EXTRA, ["eenheid", "dagdeel"], ["groepsgrootte", 8]], nul);
    expect(m[m.length - 1][0]).toBe("Tarief per dagdeel");
  });
});

describe("RT.TARIEF_DETAIL", () => {
  test("onderdelen en wettelijke elementen", () => {
    expect(f.tariefDetail(EXTRA, "tarief", nul)).toBe(63.33);
    expect(f.tariefDetail(EXTRA, "overhead", nul)).toBeCloseTo(10.555, 10);
    expect(f.tariefDetail(EXTRA, "Kosten per productief uur", nul)).toBeCloseTo(52.775, 10);
    expect(f.tariefDetail(EXTRA, "J-c", nul)).toBe(10.56);
  });
  test("onbekend onderdeel → #VALUE! met de lijst", () => {
    const e = fout(() => f.tariefDetail(EXTRA, "marge", nul));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("onderdeel = 'marge' is onbekend");
  });
});

describe("RT.LOONKOSTEN en RT.PRODUCTIVITEIT", () => {
  test("loonkosten per fte: 3500 × 12 × (1 + 0,08 + 0,0833) × (1 + 0,18 + 0,13)", () => {
    expect(f.loonkosten(SALARIS_ROUTE)).toBeCloseTo(3500 * 12 * 1.1633 * 1.31, 6);
  });
  test("productiviteit", () => {
    expect(f.productiviteit([["productiviteit", 0.75]])).toBe(0.75);
    expect(
      f.productiviteit([
        ["productiviteit", 0.2],
        ["productiviteit_basis", "afslag"],
      ]),
    ).toBe(0.8);
  });
});

describe("RT.OVERHEAD_OMREKENEN", () => {
  test("20% aandeel = 25% opslag en terug", () => {
    expect(f.overheadOmrekenen(0.2, "aandeel")).toBe(0.25);
    expect(f.overheadOmrekenen(0.25, "Opslag")).toBe(0.2);
  });
  test("heel percentage en onbekende conventie", () => {
    expect(fout(() => f.overheadOmrekenen(20, "opslag")).message).toContain("lijkt een percentage als heel getal");
    expect(fout(() => f.overheadOmrekenen(0.2, "marge")).message).toContain("van_conventie = 'marge' is geen geldige keuze");
  });
});

describe("RT.INDEXATIE (VNG-voorbeeld 2024)", () => {
  const cijfers = [0.0494, 0.0251, 0.0474, 0.0636, 0.0487, 0.0702] as const;
  test("multiplicatief met componenten afgerond = 6,30%", () => {
    expect(f.indexatie(...cijfers, nul, "multiplicatief", "componenten")).toBe(0.063);
  });
  test("null-opties gebruiken de standaard (0,9; additief; geen)", () => {
    const standaard = f.indexatie(...cijfers, nul, nul, nul);
    expect(standaard).toBe(f.indexatie(...cijfers, 0.9, "additief", "geen"));
    expect(standaard).toBeCloseTo(0.04697 + (0.06426 - 0.04753), 10);
  });
  test("desktop-lege cel (0) bij methode/afronding = standaard; gewicht 0 is echt 0", () => {
    expect(f.indexatie(...cijfers, nul, 0 as unknown as string, 0 as unknown as string)).toBe(f.indexatie(...cijfers, nul, nul, nul));
    expect(f.indexatie(...cijfers, 0, nul, nul)).toBeCloseTo(0.0251 + 0.0702 - 0.0487, 10);
  });
});

describe("RT.INDEXEER", () => {
  test("jaarlijks indexeren met afronding per jaar; lege cellen overgeslagen", () => {
    expect(f.indexeer(100, [[0.05], [null], [""], [0.03]], nul)).toBe(108.15);
    expect(f.indexeer(100, [[0.05, 0.03]], "geen")).toBeCloseTo(108.15, 10);
    expect(f.indexeer(63.33, 0.063 as unknown as number[][], nul)).toBe(67.32);
  });
});

describe("RT.IS_MICRO", () => {
  test("EU-definitie", () => {
    expect(f.isMicro(9, 1_000_000, 5_000_000)).toBe(true);
    expect(f.isMicro(9, 3_000_000, 2_000_000)).toBe(true);
    expect(f.isMicro(10, 100, 100)).toBe(false);
    expect(f.isMicro(5, 3_000_000, 3_000_000)).toBe(false);
  });
});

describe("RT.PARAMETERS", () => {
  test("woordenlijst met kop, zonder null", () => {
    const m = f.parameters();
    expect(m[0]).toEqual(["Parameter", "Eenheid", "Standaard", "Omschrijving"]);
    geenNullIn(m);
    const namen = m.slice(1).map((r) => r[0]);
    for (const n of ["maandsalaris", "productiviteit", "overhead", "afronding", "functie", "aandeel"]) expect(namen).toContain(n);
  });
});

describe("foutafhandeling", () => {
  test("InvoerFout → #VALUE! met de Nederlandse melding en rij", () => {
    const e = fout(() =>
      f.tarief(
        [
          ["loonkosten_per_uur", 42.22],
          ["productiviteit", 0.8],
          ["overhed", 0.2],
        ],
        nul,
      ),
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^rij 3: Onbekende parameter 'overhed'\. Bedoelt u 'overhead'\?/);
  });

  test("NietGevondenFout → #N/A met melding; onbekende fout → 'Interne fout'", () => {
    const nf = naarExcelFout(new NietGevondenFout("CAO 'X' bestaat niet.", { rij: 2 }));
    expect([nf.code, nf.message]).toEqual(["#N/A", "rij 2: CAO 'X' bestaat niet."]);
    const inv = naarExcelFout(new InvoerFout("foutje"));
    expect([inv.code, inv.message]).toEqual(["#VALUE!", "foutje"]);
    const intern = naarExcelFout(new TypeError("x is undefined"));
    expect([intern.code, intern.message]).toEqual(["#VALUE!", "Interne fout: x is undefined"]);
    const al = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "al een Excel-fout");
    expect(naarExcelFout(al)).toBe(al);
  });

  const SLECHT: Array<[string, () => unknown, string, string | RegExp]> = [
    ["leeg parameterbereik", () => f.tarief(null as unknown as unknown[][], nul), "#VALUE!", "parameters is leeg"],
    [
      "overhead ontbreekt",
      () =>
        f.tarief(
          [
            ["loonkosten_per_uur", 42.22],
            ["productiviteit", 0.8],
          ],
          nul,
        ),
      "#VALUE!",
      "Parameter 'overhead' ontbreekt",
    ],
    [
      "heel percentage",
      () => f.tarief([...SALARIS_ROUTE, ["vakantietoeslag", 8]], nul),
      "#VALUE!",
      /^rij 6: vakantietoeslag = 8 lijkt een percentage als heel getal/,
    ],
    ["dubbele parameter", () => f.tarief([...EXTRA, ["overhead", 0.1]], nul), "#VALUE!", "staat twee keer"],
    [
      "tekst als getal",
      () =>
        f.tarief(
          [
            ["loonkosten_per_uur", "veel"],
            ["productiviteit", 0.8],
            ["overhead", 0.2],
          ],
          nul,
        ),
      "#VALUE!",
      "loonkosten_per_uur = 'veel' is geen bedrag",
    ],
    [
      "productiviteit buiten bereik",
      () =>
        f.tarief(
          [
            ["loonkosten_per_uur", 42.22],
            ["productiviteit", 1.5],
            ["overhead", 0.2],
          ],
          nul,
        ),
      "#VALUE!",
      "productiviteit = 1,5",
    ],
    ["salaris dubbel", () => f.tarief([...SALARIS_ROUTE, ["loonkosten_fte", 60000]], nul), "#VALUE!", "Tegenstrijdige parameters"],
    ["waarde zonder naam", () => f.tarief([...EXTRA, [null, 5]], nul), "#VALUE!", "heeft geen parameternaam"],
    [
      "desktop-lege maandsalaris (0) = ontbreekt",
      () => f.tarief(met(SALARIS_ROUTE, ["maandsalaris", 0]), nul),
      "#VALUE!",
      "Parameter 'maandsalaris' ontbreekt",
    ],
    [
      "aandelen tellen niet op",
      () =>
        f.tarief(SALARIS_ROUTE, [
          ["functie", "aandeel"],
          ["a", 0.5],
          ["b", 0.4],
        ]),
      "#VALUE!",
      "tellen op tot",
    ],
    ["INDEXATIE leeg getal (web)", () => f.indexatie(null as unknown as number, 0.02, 0.02, 0.02, 0.02, 0.02), "#VALUE!", "ova_nieuw is leeg"],
    ["INDEXATIE heel percentage", () => f.indexatie(4.94, 0.02, 0.02, 0.02, 0.02, 0.02, nul, nul, nul), "#VALUE!", "lijkt een percentage"],
    [
      "INDEXATIE onbekende methode",
      () => f.indexatie(0.02, 0.02, 0.02, 0.02, 0.02, 0.02, nul, "gemiddeld", nul),
      "#VALUE!",
      "methode = 'gemiddeld' is geen geldige keuze",
    ],
    ["INDEXATIE gewicht > 1", () => f.indexatie(0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 1.5, nul, nul), "#VALUE!", "gewicht_loon"],
    ["INDEXEER negatief bedrag", () => f.indexeer(-5, [[0.02]], nul), "#VALUE!", "negatief"],
    ["INDEXEER geen indexcijfers", () => f.indexeer(100, [[null], [""]], nul), "#VALUE!", "indexcijfers is leeg"],
    ["INDEXEER onbekende afronding", () => f.indexeer(100, [[0.02]], "dubbeltje"), "#VALUE!", "afronding = 'dubbeltje'"],
    ["IS_MICRO negatief", () => f.isMicro(-1, 0, 0), "#VALUE!", "personeel = -1 is negatief"],
    ["IS_MICRO leeg (web)", () => f.isMicro(null as unknown as number, 0, 0), "#VALUE!", "personeel is leeg"],
    ["OVERHEAD_OMREKENEN lege conventie", () => f.overheadOmrekenen(0.2, null as unknown as string), "#VALUE!", "van_conventie is leeg"],
    ["OVERHEAD_OMREKENEN aandeel 1", () => f.overheadOmrekenen(1, "aandeel"), "#VALUE!", "niet mogelijk"],
  ];
  test.each(SLECHT)("%s", (_naam, g, code, melding) => {
    const e = fout(g);
    expect(e.code).toBe(code);
    if (typeof melding === "string") expect(e.message).toContain(melding);
    else expect(e.message).toMatch(melding);
  });
});

describe("cache", () => {
  test("zelfde argumenten: één cache-item; fouten worden ook gecachet en opnieuw gegooid", () => {
    for (let i = 0; i < 50; i++)
      f.tarief(
        EXTRA.map((r) => [...r]),
        nul,
      );
    expect(tariefCacheGrootte()).toBe(1);
    const a = fout(() => f.tarief([["overhed", 1]], nul));
    const b = fout(() => f.tarief([["overhed", 1]], nul));
    expect(a).toEqual(b);
    expect(tariefCacheGrootte()).toBe(2);
    // OPBOUW keeps the whole result in its own cache; TARIEF keeps only the number
    expect(resultaatCacheGrootte()).toBe(0);
    f.opbouw(EXTRA, nul);
    expect(resultaatCacheGrootte()).toBe(1);
    expect(tariefCacheGrootte()).toBe(2);
  });
  test("TARIEF na OPBOUW met dezelfde argumenten neemt het getal uit die berekening; beide geven hetzelfde tarief", () => {
    const rijen = f.opbouw(EXTRA, nul);
    expect(tariefCacheGrootte()).toBe(1); // the whole result also filled the number cache
    const t = f.tarief(
      EXTRA.map((r) => [...r]),
      nul,
    );
    expect(tariefCacheGrootte()).toBe(1);
    expect(rijen[rijen.length - 1][1]).toBe(t);
  });
  test("begrensd", () => {
    for (let i = 0; i < CACHE_GROOTTE + 50; i++)
      f.tarief(
        [
          ["loonkosten_per_uur", 20 + i / 100],
          ["productiviteit", 0.8],
          ["overhead", 0.2],
        ],
        nul,
      );
    expect(tariefCacheGrootte()).toBe(CACHE_GROOTTE);
  });
  test("LRU: het minst recent gebruikte item valt eruit", () => {
    const c = new LruCache<string, number>(2);
    c.set("a", 1);
    c.set("b", 2);
    c.get("a");
    c.set("c", 3);
    expect([c.get("a"), c.get("b"), c.get("c")]).toEqual([1, undefined, 3]);
  });
});

test("de rij wordt niet dubbel genoemd als de melding haar al noemt", () => {
  const e = naarExcelFout(new InvoerFout("Onbekende schaalnaam 'x' in rij 1, kolom 3; gebruik …", { rij: 1, kolom: 3 }));
  expect(e.message).toBe("Onbekende schaalnaam 'x' in rij 1, kolom 3; gebruik …");
  const k = naarExcelFout(new InvoerFout("waarde fout", { rij: 4, kolom: 5 }));
  expect(k.message).toBe("rij 4, kolom 5: waarde fout");
});
