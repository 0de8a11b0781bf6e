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
  test("gelijk aan de opzoeking in de data-laag; schaal als getal of tekst, peildatum als serieel of tekst", () => {
    const t = caoTabellen()[0];
    const schaal = t.schalen[0];
    const verwacht = standaardCaoBron.salaris({ cao: t.cao, schaal, trede: "1", peildatum: t.geldigVanaf }).bedrag.toNumber();
    expect(f.salaris(t.cao, schaal, 1, t.geldigVanaf)).toBe(verwacht);
    const [y, m, d] = t.geldigVanaf.split("-").map(Number);
    const serieel = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
    expect(f.salaris(t.cao, schaal, "1", serieel)).toBe(verwacht);
  });
  test("zonder peildatum (null of desktop-0) = vandaag", () => {
    const t = caoTabellen()[0];
    const vandaag = new Date().toISOString().slice(0, 10);
    let verwacht: number | string;
    try {
      verwacht = standaardCaoBron.salaris({ cao: t.cao, schaal: t.schalen[0], trede: "1", peildatum: vandaag }).bedrag.toNumber();
    } catch {
      verwacht = "fout";
    }
    for (const p of [nul, 0]) {
      let uit: number | string;
      try {
        uit = f.salaris(t.cao, t.schalen[0], 1, p);
      } catch {
        uit = "fout";
      }
      expect(uit).toBe(verwacht);
    }
  });
  test("onbekende CAO/schaal → #N/A met melding; lege cao → #VALUE!; ongeldige datum → #VALUE!", () => {
    const t = caoTabellen()[0];
    const a = fout(() => f.salaris(t.cao, "Schaal 9999", 1, t.geldigVanaf));
    expect(a.code).toBe("#N/A");
    expect(a.message.length).toBeGreaterThan(10);
    expect(fout(() => f.salaris("Bestaat Niet", "1", 1, t.geldigVanaf)).code).toBe("#N/A");
    expect(fout(() => f.salaris(null as unknown as string, "1", 1, nul)).code).toBe("#VALUE!");
    const d = fout(() => f.salaris(t.cao, t.schalen[0], 1, "31-02-2025"));
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
    const t = caoTabellen().find((x) => x.cao === "Gehandicaptenzorg");
    if (!t) return;
    expect(f.caoParameter("Gehandicaptenzorg", "uren_per_week", "2024-06-01")).toBe(36);
    expect(f.caoParameter("Gehandicaptenzorg", "Uren per week", 45444)).toBe(36);
  });
  test("index 2024 volgens VNG = 6,30% (multiplicatief, componenten)", () => {
    expect(f.indexatieJaar(2024, nul, "multiplicatief", "componenten")).toBe(0.063);
    expect(typeof f.indexatieJaar(2024, nul, nul, nul)).toBe("number");
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
      const t = f.tarief(params, nul);
      expect(t).toBeGreaterThan(0);
    } finally {
      gebruikersTabellen.verwijder("Testcao Cache", "2025-01-01");
    }
  });
});
