/** User tables: from a range (scales as columns or rows), CSV and JSON; validation; registry; workbook store. */
import { InvoerFout } from "../../src/core/errors";
import { DATA_MSG } from "../../src/data/berichten";
import { GebruikersTabellen, OPSLAG_SLEUTEL, leesTabelUitBereik, leesTabelUitCsv, leesTabelUitJson, maakCaoBron, type WerkboekOpslag } from "../../src/data";

/** A mocked workbook store (in Excel: Office.context.document.settings + saveAsync). */
class NepWerkboek implements WerkboekOpslag {
  readonly inhoud = new Map<string, string>();
  schrijfacties = 0;
  lees(sleutel: string) {
    return this.inhoud.get(sleutel);
  }
  async schrijf(sleutel: string, waarde: string) {
    this.schrijfacties++;
    this.inhoud.set(sleutel, waarde);
  }
}

const META = { cao: "VVT", geldigVanaf: "2025-07-01", bron: "https://www.actiz.nl salarisreeks 1 juli 2025" };
const KOLOMMEN = [
  ["Trede", "FWG 35", "FWG 40", "FWG 45"],
  [0, 2600, 2881, 3100],
  [1, 2700, 2950, 3200],
  [2, 2800, 3020, null],
];
const RIJEN = [
  ["Schaal", "0", "1", "2"],
  ["FWG 35", 2600, 2700, 2800],
  ["FWG 40", 2881, 2950, 3020],
  ["FWG 45", 3100, 3200, ""],
];

function invoerFout(f: () => unknown): InvoerFout {
  try {
    f();
  } catch (e) {
    if (e instanceof InvoerFout) return e;
    throw e;
  }
  throw new Error("geen fout");
}

describe("reading a table from a range", () => {
  test("scales as columns and as rows give the same table", () => {
    const a = leesTabelUitBereik(KOLOMMEN, META);
    const b = leesTabelUitBereik(RIJEN, META);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ cao: "VVT", geldigVanaf: "2025-07-01", status: "gebruiker", eenheid: "maand", bron: META.bron });
    expect(a.schalen.map((s) => s.naam)).toEqual(["FWG 35", "FWG 40", "FWG 45"]);
    expect(a.schalen[2].treden).toEqual([
      { trede: "0", bedrag: "3100" },
      { trede: "1", bedrag: "3200" },
    ]);
  });

  test("Dutch amounts, step spellings, trailing empty rows/columns, Excel-serial date", () => {
    const t = leesTabelUitBereik(
      [
        ["", "fwg 20", ""],
        ["t0", "2.027,00", null],
        ["trede 1", "€ 2.127", null],
        ["periodiek 2", 2180.5, null],
        [null, null, null],
      ],
      { cao: "Gehandicapten zorg", geldigVanaf: 45444 /* 2024-06-01 */ },
    );
    expect(t.cao).toBe("Gehandicaptenzorg");
    expect(t.geldigVanaf).toBe("2024-06-01");
    expect(t.afronding).toBe("euro"); // from the shipped tables of the same CAO
    expect(t.schalen).toEqual([
      {
        naam: "FWG 20",
        treden: [
          { trede: "0", bedrag: "2027" },
          { trede: "1", bedrag: "2127" },
          { trede: "2", bedrag: "2180.5" },
        ],
      },
    ]);
  });

  test("leading empty cells are allowed (a CAO may remove the first step of a scale)", () => {
    const t = leesTabelUitBereik(
      [
        ["", "FWG 35", "FWG 30"],
        [0, null, 1906],
        [1, 2110, 2005],
        [2, 2236, 2110],
      ],
      META,
    );
    expect(t.schalen[0].treden.map((x) => x.trede)).toEqual(["1", "2"]);
  });

  test("non-numeric amount, naming row and column", () => {
    const bereik = KOLOMMEN.map((r) => [...r]);
    bereik[2][2] = "n.v.t.";
    const e = invoerFout(() => leesTabelUitBereik(bereik, META));
    expect(e.message).toBe("Het bedrag in rij 3, kolom 3 (FWG 40, trede 1) is geen getal: 'n.v.t.'. Vul een bedrag in euro's in, zoals 2338 of 2.338,00.");
    expect(e.details).toMatchObject({ rij: 3, kolom: 3 });
  });

  test("missing step (empty cell inside a scale)", () => {
    const bereik = KOLOMMEN.map((r) => [...r]);
    bereik[2][1] = null;
    expect(invoerFout(() => leesTabelUitBereik(bereik, META)).message).toBe(DATA_MSG.ontbrekendeTrede("FWG 35", "1", 3, 2));
    expect(DATA_MSG.ontbrekendeTrede("FWG 35", "1", 3, 2)).toBe(
      "FWG 35 mist trede 1 (rij 3, kolom 2 is leeg) terwijl een hogere trede wel een bedrag heeft; vul het bedrag in of laat de schaal eerder eindigen.",
    );
  });

  test("missing step number in the first column", () => {
    const e = invoerFout(() =>
      leesTabelUitBereik(
        [
          ["", "FWG 35"],
          [0, 2600],
          [1, 2700],
          [3, 2900],
        ],
        META,
      ),
    );
    expect(e.message).toBe("Trede 2 ontbreekt tussen trede 1 en trede 3 (rij 4, kolom 1); de treden moeten aaneengesloten zijn.");
  });

  test("decreasing amounts within a scale", () => {
    const e = invoerFout(() =>
      leesTabelUitBereik(
        [
          ["", "FWG 35"],
          [0, 2600],
          [1, 2500],
        ],
        META,
      ),
    );
    expect(e.message).toBe(
      "FWG 35: het bedrag van trede 1 (€ 2.500, rij 3, kolom 2) is lager dan dat van trede 0 (€ 2.600); bedragen moeten binnen een schaal oplopen.",
    );
  });

  test("unknown scale name and duplicate scale, naming the cell", () => {
    expect(
      invoerFout(() =>
        leesTabelUitBereik(
          [
            ["", "FWG 35", "hoog"],
            [0, 1, 2],
          ],
          META,
        ),
      ).message,
    ).toBe("Onbekende schaalnaam 'hoog' in rij 1, kolom 3; gebruik bijvoorbeeld 'FWG 20', 'Schaal 6', 'U1' of alleen het nummer '20'.");
    expect(
      invoerFout(() =>
        leesTabelUitBereik(
          [
            ["", "FWG 35", "fwg35"],
            [0, 1, 2],
          ],
          META,
        ),
      ).message,
    ).toBe(DATA_MSG.dubbeleSchaal("FWG 35", 1, 3));
    // a scale the CAO does not know
    expect(
      invoerFout(() =>
        leesTabelUitBereik(
          [
            ["", "FWG 35", "FWG 42"],
            [0, 1, 2],
          ],
          META,
        ),
      ).message,
    ).toBe("Schaal 'FWG 42' in rij 1, kolom 3 bestaat niet in CAO VVT; CAO VVT kent FWG 5, 10, 15 … 80.");
    expect(
      invoerFout(() =>
        leesTabelUitBereik(
          [
            ["", "Schaal 16"],
            [0, 1],
          ],
          { ...META, cao: "SW" },
        ),
      ).message,
    ).toContain("CAO Sociaal Werk kent schaal 1 … 15, U1 en U2");
  });

  test("invalid step label, empty range, invalid date", () => {
    expect(
      invoerFout(() =>
        leesTabelUitBereik(
          [
            ["", "FWG 35"],
            ["eerste", 1],
          ],
          META,
        ),
      ).message,
    ).toBe(DATA_MSG.ongeldigeTrede("eerste", 2, 1));
    expect(invoerFout(() => leesTabelUitBereik([["", "FWG 35"]], META)).message).toBe(DATA_MSG.bereikTeKlein());
    expect(invoerFout(() => leesTabelUitBereik(KOLOMMEN, { ...META, geldigVanaf: "31-2-2025" })).message).toBe(
      DATA_MSG.ongeldigeDatum("geldig_vanaf", "31-2-2025"),
    );
  });

  test("hourly user tables convert to monthly in the lookup", () => {
    const reg = new GebruikersTabellen();
    reg.voegToe(
      leesTabelUitBereik(
        [
          ["", "Schaal 5"],
          ["start", "16,50"],
          [0, "17,00"],
        ],
        { cao: "SW", geldigVanaf: "2025-10-01", eenheid: "uur" },
      ),
    );
    const r = maakCaoBron(reg).salaris({ cao: "Sociaal Werk", schaal: "5", trede: "0", peildatum: "2025-10-01" });
    expect(r.bedrag.toFixed(2)).toBe("2652.00"); // 17 × 156
    expect(r.herkomst.status).toBe("gebruiker");
  });
});

describe("CSV and JSON", () => {
  test("CSV with ';' and decimal commas (Dutch Excel export)", () => {
    const csv = "Trede;FWG 35;FWG 40;FWG 45\n0;2600;2881;3100\n1;2700;2950;3200\n2;2800;3020;\n";
    expect(leesTabelUitCsv(csv, META)).toEqual(leesTabelUitBereik(KOLOMMEN, META));
    const csv2 = '\uFEFFSchaal,0,1\r\n"FWG 35",2600.50,2700\r\n';
    expect(leesTabelUitCsv(csv2, META).schalen[0].treden).toEqual([
      { trede: "0", bedrag: "2600.5" },
      { trede: "1", bedrag: "2700" },
    ]);
  });

  test("an amount with a 0 before a thousands dot ('0.500') is refused, not read as 500", () => {
    for (const [raw, duizend] of [
      ["0.500", "500"],
      ["0.500,25", "500,25"],
      ["00.500", "500"],
      ["0.002.500", "2.500"],
    ]) {
      const bereik = KOLOMMEN.map((r) => [...r]);
      bereik[2][2] = raw;
      const e = invoerFout(() => leesTabelUitBereik(bereik, META));
      expect(e.message).toBe(
        `Het bedrag in rij 3, kolom 3 (FWG 40, trede 1) wordt niet gelezen: dubbelzinnig: '${raw}' heeft een 0 vóór de duizendtalpunt ` +
          `en kan ${duizend} of een Engels geschreven decimaal getal betekenen. Vul het bedrag zonder voorloopnul in (${duizend}), of met een decimale komma.`,
      );
      expect(e.details).toMatchObject({ rij: 3, kolom: 3 });
    }
  });

  test("an ambiguous amount in a CSV names the cell and why", () => {
    expect(invoerFout(() => leesTabelUitCsv('Trede;FWG 35\n0;2600\n1;"3,200"\n', META)).message).toBe(
      "Het bedrag in rij 3, kolom 2 (FWG 35, trede 1) wordt niet gelezen: dubbelzinnig: '3,200' kan 3,2 of 3200 betekenen (komma gevolgd door drie cijfers). " +
        "Vul een getal in, of tekst op de Nederlandse manier: 3200 of 3.200,00 als u 3200 bedoelt, 3,2 als u 3,2 bedoelt.",
    );
  });

  test("CSV error names the cell", () => {
    expect(invoerFout(() => leesTabelUitCsv("Trede;FWG 35\n0;2600\n1;abc\n", META)).message).toContain("rij 3, kolom 2 (FWG 35, trede 1) is geen getal: 'abc'");
  });

  test("JSON, compact and full form", () => {
    const compact = JSON.stringify({
      cao: "VVT",
      geldigVanaf: "2025-07-01",
      bron: META.bron,
      schalen: { "FWG 35": [2600, 2700, 2800], "FWG 40": { "0": 2881, "1": 2950, "2": 3020 }, "FWG 45": [3100, 3200] },
    });
    const a = leesTabelUitJson(compact);
    expect(a).toEqual(leesTabelUitBereik(KOLOMMEN, META));
    const b = leesTabelUitJson(JSON.stringify(a));
    expect(b).toEqual(a);
  });

  test("JSON errors in Dutch", () => {
    expect(invoerFout(() => leesTabelUitJson("{niet json")).message).toMatch(/^Het JSON-bestand is geen geldige JSON: /);
    expect(invoerFout(() => leesTabelUitJson(JSON.stringify({ cao: "VVT", geldigVanaf: "2025-07-01" }))).message).toBe(
      DATA_MSG.ongeldigeTabelJson(["schalen: ontbreekt"]),
    );
    expect(
      invoerFout(() => leesTabelUitJson(JSON.stringify({ cao: "VVT", geldigVanaf: "2025-07-01", schalen: { "FWG 35": [2600, "veel"] } }))).message,
    ).toContain("is geen getal: 'veel'");
    const vol = JSON.stringify({ cao: "VVT", geldigVanaf: "2025-13-01", schalen: [{ naam: "FWG 35", treden: [{ trede: "0", bedrag: "2600" }] }] });
    expect(invoerFout(() => leesTabelUitJson(vol)).message).toMatch(/^De tabel in het JSON-bestand is ongeldig: geldigVanaf: /);
  });
});

describe("the registry and the workbook store", () => {
  test("a pasted range survives closing and reopening the workbook (mocked store)", async () => {
    const werkboek = new NepWerkboek();
    const reg = new GebruikersTabellen();
    reg.voegToe(leesTabelUitBereik(KOLOMMEN, META));
    await reg.opslaan(werkboek);
    expect(werkboek.schrijfacties).toBe(1);
    expect(JSON.parse(werkboek.inhoud.get(OPSLAG_SLEUTEL)!)).toMatchObject({ versie: 1 });

    const heropend = GebruikersTabellen.laden(werkboek);
    expect(heropend.lijst()).toEqual(reg.lijst());
    const voor = maakCaoBron(reg).salaris({ cao: "VVT", schaal: "FWG 40", trede: "2", peildatum: "2025-08-01" });
    const na = maakCaoBron(heropend).salaris({ cao: "VVT", schaal: "FWG 40", trede: "2", peildatum: "2025-08-01" });
    expect(na.bedrag.toFixed(2)).toBe("3020.00");
    expect(na.bedrag.equals(voor.bedrag)).toBe(true);
    expect(na.herkomst).toEqual(voor.herkomst);
    // after the 1 Jul 2026 increase (+3.5%, cents): derived from the user table
    const later = maakCaoBron(heropend).salaris({ cao: "VVT", schaal: "FWG 40", trede: "2", peildatum: "2026-07-01" });
    expect(later.bedrag.toFixed(2)).toBe("3125.70");
    expect(later.herkomst).toMatchObject({ status: "afgeleid", toegepast: ["1 juli 2026: +3,5%"] });
  });

  test("an empty store gives an empty registry; a broken or newer store is refused with a Dutch message", () => {
    expect(GebruikersTabellen.laden(new NepWerkboek()).lijst()).toEqual([]);
    const w = new NepWerkboek();
    w.inhoud.set(OPSLAG_SLEUTEL, JSON.stringify({ versie: 2, tabellen: [] }));
    expect(() => GebruikersTabellen.laden(w)).toThrow(DATA_MSG.opslagVersie(2));
    w.inhoud.set(OPSLAG_SLEUTEL, "{kapot");
    expect(() => GebruikersTabellen.laden(w)).toThrow(/^De opgeslagen gebruikerstabellen zijn onleesbaar: /);
  });

  test("version counter and onChange for recalculation; replace and remove", () => {
    const reg = new GebruikersTabellen();
    const gezien: number[] = [];
    const stop = reg.onChange((v) => gezien.push(v));
    reg.voegToe(leesTabelUitBereik(KOLOMMEN, META));
    reg.voegToe(leesTabelUitBereik(RIJEN, { ...META, cao: "vvt" })); // same CAO and date: replaces
    expect(reg.lijst()).toHaveLength(1);
    reg.verwijder("CAO VVT", "2025-07-01");
    reg.verwijder("VVT", "2025-07-01"); // no-op
    expect(reg.lijst()).toHaveLength(0);
    expect(reg.versie).toBe(3);
    expect(gezien).toEqual([1, 2, 3]);
    stop();
    reg.voegToe(leesTabelUitBereik(KOLOMMEN, META));
    expect(gezien).toEqual([1, 2, 3]);
  });

  test("herlaad refreshes a registry in place (the global one when a workbook opens)", async () => {
    const w = new NepWerkboek();
    const a = new GebruikersTabellen();
    a.voegToe(leesTabelUitBereik(KOLOMMEN, META));
    await a.opslaan(w);
    const b = new GebruikersTabellen();
    b.herlaad(w);
    expect(b.lijst()).toEqual(a.lijst());
    expect(b.versie).toBe(1);
  });

  test("voegToe refuses an invalid table", () => {
    const reg = new GebruikersTabellen();
    const t = leesTabelUitBereik(KOLOMMEN, META);
    expect(() => reg.voegToe({ ...t, geldigVanaf: "morgen" })).toThrow(InvoerFout);
  });
});
