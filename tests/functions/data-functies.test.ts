/**
 * The custom functions that depend on the reference data (src/data): RT.SALARIS, RT.CAO_TABELLEN,
 * RT.CAO_PARAMETER, RT.WERKGEVERSLASTEN, RT.BRONNEN, RT.INDEXATIE_JAAR, and the cache invalidation when the
 * user-table registry changes.
 */
import * as f from "../../src/functions/functions";
import { leegTariefCache } from "../../src/functions/adapters/tarief";
import { caoTabellen, gebruikersTabellen, leesTabelUitBereik, standaardCaoBron } from "../../src/data";

const nul = null as unknown as undefined;

function fout(g: () => unknown): { code: string; message: string } {
  try {
    g();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return e as { code: string; message: string };
  }
  throw new Error("verwachtte een fout");
}

function geenNullIn(m: unknown[][]): void {
  expect(new Set(m.map((r) => r.length)).size).toBe(1);
  for (const r of m) for (const c of r) expect(c === null || c === undefined).toBe(false);
}

describe("RT.SALARIS", () => {
  test("CAO Gehandicaptenzorg FWG 20 trede 5 per 1 december 2023 = € 2.338 (art. 4:15); schaal als getal of tekst, peildatum als serieel of tekst", () => {
    expect(f.salaris("Gehandicaptenzorg", "FWG 20", 5, "2023-12-01")).toBe(2338);
    // Excel serial 45261 = 2023-12-01 (45292 = 2024-01-01, minus 31 days)
    expect(f.salaris("Gehandicaptenzorg", "FWG 20", "5", 45261)).toBe(2338);
    expect(f.salaris("gehandicaptenzorg", "fwg 20", 5, "1-12-2023")).toBe(2338);
  });
  test("zonder peildatum (null of desktop-0) = de tabel die vandaag geldt", () => {
    const vandaag = new Date().toISOString().slice(0, 10);
    const metDatum = f.salaris("Gehandicaptenzorg", "FWG 20", 5, vandaag);
    // the table valid today is at least the 2023-12-01 one (€ 2.338), never an older one
    expect(metDatum).toBeGreaterThanOrEqual(2338);
    expect(f.salaris("Gehandicaptenzorg", "FWG 20", 5, nul)).toBe(metDatum);
    expect(f.salaris("Gehandicaptenzorg", "FWG 20", 5, 0 as unknown as undefined)).toBe(metDatum);
  });
  test("onbekende CAO/schaal → #N/A met melding; lege cao → #VALUE!; ongeldige datum → #VALUE!", () => {
    const a = fout(() => f.salaris("Gehandicaptenzorg", "Schaal 9999", 1, "2023-12-01"));
    expect(a.code).toBe("#N/A");
    expect(a.message).toMatch(/Schaal 9999/);
    const b = fout(() => f.salaris("Bestaat Niet", "1", 1, "2023-12-01"));
    expect(b.code).toBe("#N/A");
    expect(b.message).toMatch(/Bestaat Niet/);
    expect(fout(() => f.salaris(null as unknown as string, "1", 1, nul)).code).toBe("#VALUE!");
    const d = fout(() => f.salaris("Gehandicaptenzorg", "FWG 20", 1, "31-02-2025"));
    expect([d.code, d.message]).toEqual(["#VALUE!", expect.stringContaining("peildatum = '31-02-2025' is geen datum")]);
  });
});

describe("tabellen (spill)", () => {
  test("RT.CAO_TABELLEN", () => {
    const m = f.caoTabellen();
    expect(m[0]).toEqual(["CAO", "Geldig vanaf", "Status", "Omschrijving", "Schalen", "Bron"]);
    expect(m.length).toBe(caoTabellen().length + 1);
    geenNullIn(m);
  });
  test("RT.BRONNEN", () => {
    const m = f.bronnen();
    expect(m[0]).toEqual(["Dataset", "Omschrijving", "Bron", "Geldig vanaf", "Status", "Actualiteit"]);
    expect(m.length).toBeGreaterThan(2);
    geenNullIn(m);
  });
  test("RT.WERKGEVERSLASTEN: componenten + totaal als laatste rij, opties", () => {
    const m = f.werkgeverslasten(2025, nul);
    expect(m[0]).toEqual(["Component", "Fractie", "Status", "Bron"]);
    geenNullIn(m);
    const laatste = m[m.length - 1];
    expect(laatste[0]).toBe("Totaal sociale lasten");
    const som = m.slice(1, -1).reduce((a, r) => a + (r[1] as number), 0);
    expect(laatste[1]).toBeCloseTo(som, 10);
    const hoog = f.werkgeverslasten(2025, "awf=hoog; aof=laag");
    expect(hoog[hoog.length - 1][1]).not.toBe(laatste[1]);
    expect(f.werkgeverslasten(2025, "AWF hoog, aof laag")).toEqual(hoog);
    expect(fout(() => f.werkgeverslasten(2025, "zvw=hoog")).message).toContain("opties: 'zvw=hoog' is onbekend");
    expect(fout(() => f.werkgeverslasten(1950, nul)).code).toBe("#N/A");
    expect(fout(() => f.werkgeverslasten(2025.5, nul)).code).toBe("#VALUE!");
  });
});

describe("RT.CAO_PARAMETER en RT.INDEXATIE_JAAR", () => {
  test("CAO-parameter", () => {
    expect(f.caoParameter("Gehandicaptenzorg", "uren_per_week", "2024-06-01")).toBe(36);
    expect(f.caoParameter("Gehandicaptenzorg", "Uren per week", 45444)).toBe(36);
  });
  test("index 2024 volgens VNG = 6,30% (multiplicatief, componenten)", () => {
    expect(f.indexatieJaar(2024, nul, "multiplicatief", "componenten")).toBe(0.063);
    // defaults (0,9; additief; geen): 0,9 × (4,94% + 6,36% − 4,74%) + 0,1 × (2,51% + 7,02% − 4,87%) = 5,904% + 0,466% = 6,37%
    expect(f.indexatieJaar(2024, nul, nul, nul).toFixed(10)).toBe("0.0637000000");
    expect(fout(() => f.indexatieJaar(1990, nul, nul, nul)).code).toBe("#N/A");
  });
});

describe("cache en gebruikerstabellen", () => {
  test("een nieuwe gebruikerstabel maakt de cache ongeldig (versie in de sleutel)", () => {
    leegTariefCache();
    const params = [["cao", "Testcao Cache"], ["schaal", "1"], ["trede", "1"], ["peildatum", "2025-01-01"], ["sociale_lasten", 0.18], ["pensioenpremie", 0.13], ["productiviteit", 0.75], ["overhead", 0.2]];
    const voor = fout(() => f.tarief(params, nul));
    expect(["#N/A", "#VALUE!"]).toContain(voor.code);
    gebruikersTabellen.voegToe(leesTabelUitBereik([["trede", "1"], [1, 3000]], { cao: "Testcao Cache", geldigVanaf: "2025-01-01", bron: "test" }));
    try {
      // 3000 × 12 × (1 + 0,08 + 0,0833) × (1 + 0,18 + 0,13) = 54.861,228 per fte; / (1872 × 0,75) = 39,07495…; × 1,2 = 46,889… → 46,89
      expect(f.tarief(params, nul)).toBe(46.89);
    } finally {
      gebruikersTabellen.verwijder("Testcao Cache", "2025-01-01");
    }
  });
});
