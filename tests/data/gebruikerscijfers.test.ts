/**
 * The user's own index figures (OVA/PPC) and employer premiums: read from a range, CSV or JSON,
 * stored in the workbook, used by RT.INDEXATIE_JAAR / RT.INDEXCIJFERS / RT.WERKGEVERSLASTEN, marked 'gebruiker'.
 * The figures below are test figures, not published ones.
 */
import { InvoerFout, NietGevondenFout } from "../../src/core/errors";
import {
  GebruikersTabellen,
  gebruikersTabellen,
  indexatieJaarInvoer,
  leesCijfersUitJson,
  leesIndexcijfersUitBereik,
  leesIndexcijfersUitCsv,
  leesPremiesUitBereik,
  werkgeverslasten,
} from "../../src/data";
import * as f from "../../src/functions/functions";

function invoerFout(g: () => unknown): InvoerFout {
  try {
    g();
  } catch (e) {
    expect(e).toBeInstanceOf(InvoerFout);
    return e as InvoerFout;
  }
  throw new Error("verwachtte een InvoerFout");
}

const INDEX_2027 = [
  ["jaar", "soort", "ova", "ppc", "bron"],
  [2026, "prognose", 0.04, "2,00%", "VWS-tabel MEV 2026 (test)"],
  [2026, "definitief", 0.045, 0.025, "VWS-tabel MEV 2027 (test)"],
  [2027, "prognose", 0.035, 0.02, "VWS-tabel MEV 2027 (test)"],
];

describe("RT.INDEXATIE_JAAR with the user's figures", () => {
  afterEach(() => gebruikersTabellen.wisCijfers());

  test("2027 works after the user adds the 2026 and 2027 figures, and RT.INDEXCIJFERS says which are the user's", () => {
    expect(() => f.indexatieJaar(2027)).toThrow();
    gebruikersTabellen.voegIndexcijfersToe(leesIndexcijfersUitBereik(INDEX_2027));
    // W(2027 prog) = 0.9 × 0.035 + 0.1 × 0.02 = 0.0335; W(2026 def) = 0.9 × 0.045 + 0.1 × 0.025 = 0.043;
    // W(2026 prog) = 0.9 × 0.04 + 0.1 × 0.02 = 0.038; additive: 0.0335 + (0.043 − 0.038) = 0.0385
    expect(f.indexatieJaar(2027)).toBe(0.0385);
    const m = f.indexcijfers(2027) as unknown[][];
    expect(m[0]).toEqual(["Cijfer", "Waarde", "Status", "Bron", "Toelichting"]);
    expect(m.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["OVA 2027 prognose", 0.035, "gebruiker"],
      ["PPC 2027 prognose", 0.02, "gebruiker"],
      ["OVA 2026 prognose", 0.04, "gebruiker"],
      ["OVA 2026 definitief", 0.045, "gebruiker"],
      ["PPC 2026 prognose", 0.02, "gebruiker"],
      ["PPC 2026 definitief", 0.025, "gebruiker"],
    ]);
    expect(String(m[1][4])).toContain("door de gebruiker ingevoerd");
    // shipped years still shipped: 2025 uses the shipped 2025 prognose and 2024 figures
    expect((f.indexcijfers(2025) as unknown[][]).slice(1).every((r) => r[2] !== "gebruiker")).toBe(true);
  });

  test("stored in the workbook and read back (same registry format, version 1)", async () => {
    const reg = new GebruikersTabellen();
    reg.voegIndexcijfersToe(leesIndexcijfersUitBereik(INDEX_2027));
    reg.voegPremiesToe(
      leesPremiesUitBereik([
        ["jaar", "awf_laag", "awf_hoog", "aof_laag", "aof_hoog", "whk", "wko", "zvw"],
        [2027, "2,64%", "7,64%", "6,18%", "7,54%", "1,22%", "0,5%", "6,10%"],
      ]),
    );
    const opslag = new Map<string, string>();
    await reg.opslaan({ lees: (k) => opslag.get(k), schrijf: async (k, w) => void opslag.set(k, w) });
    const terug = GebruikersTabellen.laden({ lees: (k) => opslag.get(k), schrijf: async () => undefined });
    expect(terug.indexcijfers()).toEqual(reg.indexcijfers());
    expect(terug.premies()).toEqual(reg.premies());
    expect(indexatieJaarInvoer(2027, terug).ovaNieuw.toString()).toBe("0.035");
  });

  test("CSV and JSON give the same figures as the range", () => {
    const csv =
      "jaar;soort;ova;ppc;bron\n2026;prognose;0,04;2,00%;VWS-tabel MEV 2026 (test)\n2026;definitief;0,045;0,025;VWS-tabel MEV 2027 (test)\n2027;prognose;0,035;0,02;VWS-tabel MEV 2027 (test)\n";
    expect(leesIndexcijfersUitCsv(csv)).toEqual(leesIndexcijfersUitBereik(INDEX_2027));
    const json = JSON.stringify({ indexcijfers: [{ jaar: 2026, soort: "prognose", ova: "0.04", ppc: "2,00%", bron: "VWS-tabel MEV 2026 (test)" }] });
    expect(leesCijfersUitJson(json).indexcijfers).toEqual(leesIndexcijfersUitBereik(INDEX_2027.slice(0, 2)));
  });
});

describe("replacing a shipped figure only when the user says so", () => {
  test("OVA 2024 definitief is shipped (6,00%): refused without 'vervang', used with 'vervang = ja'", () => {
    const e = invoerFout(() =>
      leesIndexcijfersUitBereik([
        ["jaar", "soort", "ova"],
        [2024, "definitief", 0.061],
      ]),
    );
    expect(e.message).toBe(
      "OVA 2024 definitief (rij 2) wordt al meegeleverd (6%, geverifieerd). Een eigen cijfer vervangt het meegeleverde alleen als u dat zegt: zet 'ja' in de kolom 'vervang', of laat de rij weg.",
    );
    const reg = new GebruikersTabellen();
    reg.voegIndexcijfersToe(
      leesIndexcijfersUitBereik([
        ["jaar", "soort", "ova", "vervang"],
        [2024, "definitief", 0.061, "ja"],
      ]),
    );
    const invoer = indexatieJaarInvoer(2025, reg);
    expect(invoer.ovaVorigDefinitief.toString()).toBe("0.061");
    expect(invoer.herkomst[3].status).toBe("gebruiker");
    expect(invoer.herkomst[3].omschrijving).toContain("vervangt het meegeleverde cijfer 6%");
  });

  test("premiums: a shipped year needs 'vervang'; the user's year replaces the shipped year as a whole in RT.WERKGEVERSLASTEN", () => {
    const kop = ["jaar", "awf_laag", "awf_hoog", "aof_laag", "aof_hoog", "whk", "wko", "zvw", "bron"];
    const rij = [2026, 0.03, 0.08, 0.06, 0.07, 0.01, 0.005, 0.06, "eigen premienota"];
    expect(invoerFout(() => leesPremiesUitBereik([kop, rij])).message).toContain("De werkgeverspremies van 2026 (rij 2) wordt al meegeleverd");
    const reg = new GebruikersTabellen();
    reg.voegPremiesToe(
      leesPremiesUitBereik([
        [...kop, "vervang"],
        [...rij, "ja"],
      ]),
    );
    const w = werkgeverslasten(2026, undefined, reg);
    // awf laag 0.03 + aof hoog 0.07 + wko 0.005 + whk 0.01 + zvw 0.06 = 0.175
    expect(w.totaal.toString()).toBe("0.175");
    expect(w.componenten.every((c) => c.herkomst.status === "gebruiker" && c.herkomst.bron === "eigen premienota")).toBe(true);
    expect(() => werkgeverslasten(2027, undefined, reg)).toThrow(NietGevondenFout);
  });

  test("RT.WERKGEVERSLASTEN uses the workbook's premiums for a year not shipped", () => {
    gebruikersTabellen.voegPremiesToe(
      leesPremiesUitBereik([
        ["jaar", "awf_laag", "awf_hoog", "aof_laag", "aof_hoog", "whk", "wko", "zvw"],
        [2027, "2,64%", "7,64%", "6,18%", "7,54%", "1,22%", "0,5%", "6,10%"],
      ]),
    );
    try {
      const m = f.werkgeverslasten(2027) as unknown[][];
      expect(m[1][2]).toBe("gebruiker");
      // 0.0264 + 0.0754 + 0.005 + 0.0122 + 0.061 = 0.18
      expect(m[m.length - 1]).toEqual(["Totaal sociale lasten", 0.18, "", ""]);
    } finally {
      gebruikersTabellen.wisCijfers();
    }
  });
});

describe("bad input: a Dutch message naming the row; nothing stored half", () => {
  const kop = ["jaar", "soort", "ova", "ppc"];
  test.each([
    [
      "a year twice",
      [kop, [2026, "prognose", 0.04, 0.02], [2026, "prognose", 0.041, 0.02]],
      "2026 prognose komt twee keer voor (rij 2 en rij 3); geef elk cijfer één keer op.",
    ],
    [
      "a provisional figure after a final one",
      [kop, [2026, "definitief", 0.045, 0.025], [2026, "prognose", 0.04, 0.02]],
      "Rij 3 geeft een prognose voor 2026 terwijl rij 2 al het definitieve cijfer geeft; een prognose komt vóór het definitieve cijfer (zet de prognose erboven of laat haar weg).",
    ],
    [
      "a percentage as a whole number",
      [kop, [2026, "prognose", 4.94, 0.02]],
      "OVA = 4,94 in rij 2 lijkt een percentage als heel getal; gebruik 4,94% of 0,0494 (een fractie, of een percentage met %-teken).",
    ],
    [
      "a year before the minimum-wage history",
      [kop, [2019, "prognose", 0.0412, 0.02]],
      "Jaar 2019 in rij 2 ligt vóór het begin van de meegeleverde reeks van het wettelijk minimumloon (2022); toegestaan: 2022 of later.",
    ],
    [
      "an unknown soort",
      [kop, [2026, "schatting", 0.04, 0.02]],
      "Soort 'schatting' in rij 2 is onbekend; toegestaan: 'prognose' (ook: voorlopig, raming) of 'definitief' (ook: nacalculatie).",
    ],
    [
      "an unknown column, with a suggestion",
      [
        ["jaar", "soort", "ovaa"],
        [2026, "prognose", 0.04],
      ],
      "Onbekende kolom 'ovaa' in de kopregel van de indexcijfers (kolom 3). Bedoelt u 'ova'? Toegestaan: jaar, soort, ova, ppc, bron, vervang.",
    ],
  ])("%s", (_naam, bereik, melding) => {
    const reg = new GebruikersTabellen();
    const voor = reg.serialiseer();
    const e = invoerFout(() => reg.voegIndexcijfersToe(leesIndexcijfersUitBereik(bereik)));
    expect(e.message).toBe(melding);
    expect(reg.serialiseer()).toBe(voor);
  });

  test("premiums: whole-number percentage, missing premium, year twice", () => {
    const kop = ["jaar", "awf_laag", "awf_hoog", "aof_laag", "aof_hoog", "whk", "wko", "zvw"];
    const goed = [2027, 0.0264, 0.0764, 0.0618, 0.0754, 0.0122, 0.005, 0.061];
    expect(invoerFout(() => leesPremiesUitBereik([kop, [2027, 2.64, ...goed.slice(2)]])).message).toBe(
      "awf_laag = 2,64 in rij 2 lijkt een percentage als heel getal; gebruik 2,64% of 0,0264 (een fractie, of een percentage met %-teken).",
    );
    expect(invoerFout(() => leesPremiesUitBereik([kop, [...goed.slice(0, 7), null]])).message).toBe(
      "zvw ontbreekt voor 2027 (rij 2); een jaar met eigen premies heeft alle premies nodig (awf_laag, awf_hoog, aof_laag, aof_hoog, whk, wko, zvw).",
    );
    expect(invoerFout(() => leesPremiesUitBereik([kop, goed, goed])).message).toBe(
      "Jaar 2027 komt twee keer voor (rij 2 en rij 3); geef elk cijfer één keer op.",
    );
    const e = invoerFout(() => leesPremiesUitBereik([kop, goed, [2028, 0.0264, 0.0764, 0.0618, 0.0754, 0.0122, 0.005, "6,1"]]));
    expect(e.message).toContain("zvw = '6,1' in rij 3 lijkt een percentage als heel getal");
    expect(e.details).toMatchObject({ rij: 3, kolom: 8 });
  });
});
