/** Salary lookups through the engine's CaoBron: done-when figures, spellings, derivation on later dates, errors. */
import { fout } from "../helpers/fout";
import { NietGevondenFout, InvoerFout } from "../../src/core/errors";
import { DATA_MSG } from "../../src/data/berichten";
import { GebruikersTabellen, PRODUCTGEDRAG_AFLEIDEN, leesTabelUitBereik, maakCaoBron, standaardCaoBron, caoTabellen } from "../../src/data";

const GHZ_2023 = "CAO Gehandicaptenzorg, salarisschalen functiegroepen per 1 december 2023 (art. 4:15), FWG 5–20";
const GHZ_2022 = "CAO Gehandicaptenzorg, salarisschalen functiegroepen per 1 mei 2022 (art. 4:15), FWG 5–40 en deels FWG 45";
const SW_2024 = "CAO Sociaal Werk 2023–2025, salaristabel per uur (36 uur), schaal 1–14, start en periodiek 0–8";
const VGN_2023 = "https://www.vgn.nl/cao/cao-gehandicaptenzorg-2021-2024/4-functiewaardering-salariering-en-vakantietoeslag/salaristabellen/4-15-salarisschalen-functiegroepen-1-december-2023";
const VGN_2022 = "https://www.vgn.nl/cao/cao-gehandicaptenzorg-2021-2024/4-functiewaardering-salariering-en-vakantietoeslag/salaristabellen/4-15-salarisschalen-functiegroepen-1-mei-2022";

const bron = standaardCaoBron;
const zoek = (cao: string, schaal: string, trede: string, peildatum: string) => bron.salaris({ cao, schaal, trede, peildatum });


describe("done-when figures", () => {
  test("Gehandicaptenzorg FWG 20 trede 5 per 1 Dec 2023 = € 2,338 exactly, verified, with source", () => {
    const r = zoek("Gehandicaptenzorg", "FWG 20", "5", "2023-12-01");
    expect(r.bedrag.toFixed(2)).toBe("2338.00");
    expect(r).toMatchObject({ cao: "Gehandicaptenzorg", schaal: "FWG 20", trede: "5" });
    expect(r.herkomst).toEqual({ omschrijving: `${GHZ_2023}; FWG 20, trede 5`, bron: VGN_2023, geldigVanaf: "2023-12-01", status: "geverifieerd" });
    expect(r.urenPerWeek?.toFixed(0)).toBe("36");
  });

  test("1 Jun 2024: derived, marked afgeleid, listing the 2% increase; 2,338 × 1.02 = 2,384.76 → 2,385", () => {
    const r = zoek("Gehandicaptenzorg", "FWG 20", "5", "2024-06-01");
    expect(r.bedrag.toFixed(2)).toBe("2385.00");
    expect(r.herkomst.status).toBe("afgeleid");
    expect(r.herkomst.toegepast).toEqual(["1 juni 2024: +2%"]);
    expect(r.herkomst.geldigVanaf).toBe("2024-06-01");
    expect(r.herkomst.bron).toBe(VGN_2023);
    expect(r.herkomst.omschrijving).toContain(PRODUCTGEDRAG_AFLEIDEN);
  });

  test("between tables without increases: the last table as is (no silent derivation)", () => {
    const r = zoek("GHZ", "FWG 20", "5", "2024-05-31");
    expect(r.bedrag.toFixed(2)).toBe("2338.00");
    expect(r.herkomst.status).toBe("geverifieerd");
    expect(r.herkomst.toegepast).toBeUndefined();
    expect(r.herkomst.omschrijving).toContain("sinds 1 december 2023 is geen structurele verhoging ingegaan");
  });

  test("today (23 Nov 2026): all five increases in order, rounded to whole euros at each step", () => {
    const r = zoek("GHZ", "FWG 20", "5", "2026-11-23");
    // 2338 → 2385 → 2433 → 2530 → 2581 → 2633
    expect(r.bedrag.toFixed(2)).toBe("2633.00");
    expect(r.herkomst.toegepast).toEqual(["1 juni 2024: +2%", "1 december 2024: +2%", "1 juli 2025: +4%", "1 mei 2026: +2%", "1 november 2026: +2%"]);
  });

  test("the 1 May 2022 table via the inpassingsnummer ladder", () => {
    expect(zoek("GHZ", "FWG 40", "12", "2022-05-01").bedrag.toFixed(2)).toBe("3154.00");
    expect(zoek("GHZ", "FWG 25", "2", "2022-06-01").bedrag.toFixed(2)).toBe("2054.00");
    // the table says 1686, but the statutory minimum on 30 April 2023 was € 1.934,40 per month (Stb. 2022, 381)
    const laag = zoek("GHZ", "FWG 5", "0", "2023-04-30");
    expect(laag.minimumloon?.tabelBedrag.toFixed(2)).toBe("1686.00");
    expect(laag.bedrag.toFixed(2)).toBe("1934.40");
  });

  test("Sociaal Werk: hourly table, monthly = hourly × 156, and the lookup says so", () => {
    const r = zoek("Sociaal Werk", "Schaal 5", "3", "2025-01-01");
    expect(r.bedrag.toFixed(2)).toBe("2736.24"); // 17.54 × 156
    expect(r.herkomst.status).toBe("secundair");
    expect(r.herkomst.omschrijving).toContain("Uurloon € 17,54 × 156 (36 uur × 52 / 12) = maandbedrag");
    expect(r.herkomst.omschrijving).toContain("Afgeleid kenmerk van de bron: geldigVanaf");
    expect(zoek("SW", "1", "start", "2024-07-01").bedrag.toFixed(2)).toBe("2184.00"); // the € 14 floor = € 2,184
  });

  test("Sociaal Werk after 1 Oct 2025: +3.5% derived on the hourly amounts; the undated 2.1% is flagged, not applied", () => {
    const r = zoek("welzijn", "5", "3", "2025-11-01");
    expect(r.bedrag.toFixed(2)).toBe("2831.40"); // 17.54 × 1.035 = 18.1539 → 18.15 × 156
    expect(r.herkomst.toegepast).toEqual(["1 oktober 2025: +3,5%"]);
    expect(r.herkomst.omschrijving).toContain("Let op: verhoging van 2,1% later in 2025");
  });

  test("Kinderopvang schaal 6 on four dates", () => {
    expect(zoek("Kinderopvang", "Schaal 6", "12", "2025-03-01").bedrag.toFixed(2)).toBe("2709.00");
    expect(zoek("KO", "6", "12", "2025-07-01").bedrag.toFixed(2)).toBe("2777.00");
    expect(zoek("ko", "schaal 6", "salarisnummer 12", "2026-01-01").bedrag.toFixed(2)).toBe("2777.00");
    const r = zoek("KO", "6", "20", "2026-11-23");
    expect(r.bedrag.toFixed(2)).toBe("3425.00");
    expect(r.herkomst).toMatchObject({ status: "geverifieerd", geldigVanaf: "2026-09-01" });
  });
});

describe("spellings", () => {
  test.each([
    ["Gehandicaptenzorg", "FWG 20", "5"],
    ["GHZ", "fwg20", "t5"],
    ["gehandicaptenzorg", "20", "periodiek 5"],
    ["Gehandicapten zorg", "FWG20", "trede 5"],
    ["CAO Gehandicaptenzorg", " fwg 20 ", "T5"],
  ])("%s / %s / %s", (cao, schaal, trede) => {
    const r = zoek(cao, schaal, trede, "2023-12-01");
    expect(r.bedrag.toFixed(2)).toBe("2338.00");
    expect(r).toMatchObject({ cao: "Gehandicaptenzorg", schaal: "FWG 20", trede: "5" });
  });

  test.each(["Sociaal Werk", "SW", "welzijn", "sociaal werk"])("Sociaal Werk as %s", (cao) => {
    expect(zoek(cao, "S5", "p3", "2025-01-01").cao).toBe("Sociaal Werk");
  });

  test("dates as Dutch text or Excel serial", () => {
    expect(zoek("GHZ", "FWG 20", "5", "1-12-2023").bedrag.toFixed(0)).toBe("2338");
    expect(zoek("GHZ", "FWG 20", "5", "45261" /* 2023-12-01 */).bedrag.toFixed(0)).toBe("2338");
  });
});

describe("errors: NietGevondenFout with Dutch message naming what is missing and where to get it", () => {
  test("unknown CAO suggests the closest", () => {
    const e = fout(() => zoek("Gehandicaptezorg", "FWG 20", "5", "2024-01-01"));
    expect(e).toBeInstanceOf(NietGevondenFout);
    expect(e.message).toBe(
      "Onbekende CAO 'Gehandicaptezorg'. Bedoelt u 'Gehandicaptenzorg'? Bekende CAO's: Jeugdzorg, Sociaal Werk, GGZ, Gehandicaptenzorg, VVT, Kinderopvang.",
    );
  });

  test("a CAO without any salary table (Jeugdzorg, GGZ, VVT)", () => {
    const e = fout(() => zoek("Jeugdzorg", "Schaal 7", "3", "2025-01-01"));
    expect(e).toBeInstanceOf(NietGevondenFout);
    expect(e.message).toBe(
      "Voor CAO Jeugdzorg wordt geen salaristabel meegeleverd (niet beschikbaar in de referentiegegevens). Haal de tabel uit CAO bijlage 7 op https://www.jeugdzorg-werkt.nl of het AVV-besluit https://www.officielebekendmakingen.nl/stcrt-2025-1842.html. U kunt de tabel zelf toevoegen als gebruikerstabel (plak de officiële tabel in een bereik en registreer die, of laad een CSV- of JSON-bestand).",
    );
    expect(fout(() => zoek("GGZ", "FWG 45", "3", "2025-01-01")).message).toContain("https://www.denederlandseggz.nl/over-de-ggz/cao-kennisnet");
    expect(fout(() => zoek("VVT", "FWG 40", "5", "2025-01-01")).message).toContain("https://zoek.officielebekendmakingen.nl/stcrt-2025-25154.html");
  });

  test("a date before the first table", () => {
    const e = fout(() => zoek("GHZ", "FWG 20", "5", "2021-01-01"));
    expect(e).toBeInstanceOf(NietGevondenFout);
    expect(e.message).toBe(DATA_MSG.datumVoorEersteTabel("Gehandicaptenzorg", "2021-01-01", "2022-05-01", VGN_2022));
    expect(e.message).toContain("de oudste beschikbare tabel geldt vanaf 2022-05-01");
  });

  test("unknown scale", () => {
    const e = fout(() => zoek("GHZ", "FWG 25", "1", "2024-01-01"));
    expect(e).toBeInstanceOf(NietGevondenFout);
    expect(e.message).toBe(`Schaal 'FWG 25' staat niet in de tabel '${GHZ_2023}' van CAO Gehandicaptenzorg; beschikbaar: FWG 5, FWG 10, FWG 15, FWG 20. Ontbrekende schalen: zie ${VGN_2023}.`);
    expect(fout(() => zoek("GHZ", "hoog", "1", "2024-01-01")).message).toContain("Schaal 'hoog' staat niet in de tabel");
  });

  test("unknown step", () => {
    const e = fout(() => zoek("GHZ", "FWG 35", "0", "2022-06-01")); // trede 0 removed per 1 May 2022
    expect(e).toBeInstanceOf(NietGevondenFout);
    expect(e.message).toBe(`Trede '0' bestaat niet in FWG 35 van '${GHZ_2022}'; toegestaan: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12.`);
    expect(fout(() => zoek("GHZ", "FWG 20", "x", "2024-01-01")).message).toMatch(/^Trede 'x' bestaat niet in FWG 20/);
  });

  test("a step beyond the top of a scale", () => {
    const e = fout(() => zoek("GHZ", "FWG 5", "10", "2024-01-01"));
    expect(e).toBeInstanceOf(NietGevondenFout);
    expect(e.message).toBe(`Trede '10' ligt boven de hoogste trede van FWG 5 in '${GHZ_2023}' (hoogste trede: 9).`);
  });

  test("a step beyond what an incomplete source gives", () => {
    const e = fout(() => zoek("GHZ", "FWG 45", "8", "2022-06-01"));
    expect(e.message).toBe(`Trede '8' van FWG 45 staat niet in '${GHZ_2022}' (de tabel gaat tot trede 6): trede 7 en hoger staan niet in de referentie; haal ze van ${VGN_2022}.`);
  });

  test("a table with gaps (Sociaal Werk schaal 14 periodiek 8 is n/a in the source)", () => {
    const e = fout(() => zoek("SW", "14", "8", "2025-01-01"));
    expect(e).toBeInstanceOf(NietGevondenFout);
    expect(e.message).toBe(
      `Schaal 14 trede 8 ontbreekt in '${SW_2024}' (een gat in de bron). Haal het bedrag uit de officiële salaristabel ('salarisschalen Cao Sociaal Werk') op https://www.sociaalwerk-werkt.nl. U kunt de tabel zelf toevoegen als gebruikerstabel (plak de officiële tabel in een bereik en registreer die, of laad een CSV- of JSON-bestand).`,
    );
  });

  test("a scale whose structure changed cannot be derived (FWG 40 after 1 May 2023)", () => {
    const e = fout(() => zoek("GHZ", "FWG 40", "3", "2023-06-01"));
    expect(e).toBeInstanceOf(NietGevondenFout);
    expect(e.message).toContain("Schaal FWG 40 kan niet worden afgeleid uit");
    expect(e.message).toContain("per 1 mei 2023 anders opgebouwd");
    // other scales of the same table are derived (+3.2% on 1 May 2023)
    expect(zoek("GHZ", "FWG 30", "0", "2023-06-01").bedrag.toFixed(0)).toBe("1967"); // 1906 × 1.032 = 1966.99
  });

  test("an invalid date is an InvoerFout", () => {
    expect(fout(() => zoek("GHZ", "FWG 20", "5", "gisteren"))).toBeInstanceOf(InvoerFout);
  });
});

describe("user tables take precedence; never a silent fallback", () => {
  test("a user table for the same CAO and date replaces the shipped one, status gebruiker", () => {
    const reg = new GebruikersTabellen();
    reg.voegToe(leesTabelUitBereik([["trede", "FWG 20"], [0, 2100], [1, 2200], [2, 2300], [3, 2400], [4, 2500], [5, 2600]], { cao: "GHZ", geldigVanaf: "2023-12-01", bron: "eigen invoer" }));
    const b = maakCaoBron(reg);
    const r = b.salaris({ cao: "Gehandicaptenzorg", schaal: "FWG 20", trede: "5", peildatum: "2024-01-01" });
    expect(r.bedrag.toFixed(2)).toBe("2600.00");
    expect(r.herkomst).toMatchObject({ status: "gebruiker", bron: "eigen invoer" });
    // the user table has no FWG 5: error, no fallback to the shipped table
    expect(fout(() => b.salaris({ cao: "GHZ", schaal: "FWG 5", trede: "1", peildatum: "2024-01-01" })).message).toContain("beschikbaar: FWG 20");
    // the global bron is unaffected
    expect(standaardCaoBron.salaris({ cao: "GHZ", schaal: "FWG 20", trede: "5", peildatum: "2024-01-01" }).bedrag.toFixed(0)).toBe("2338");
  });

  test("a user table for a CAO without shipped tables (Jeugdzorg), derived with the CAO's increases", () => {
    const reg = new GebruikersTabellen();
    reg.voegToe(leesTabelUitBereik([["", "Schaal 7", "Schaal 8"], [0, 3000, 3200], [1, 3100, 3300]], { cao: "jeugdzorg", geldigVanaf: "2024-07-01" }));
    const b = maakCaoBron(reg);
    expect(b.salaris({ cao: "Jeugdzorg", schaal: "7", trede: "1", peildatum: "2025-01-01" }).herkomst.status).toBe("gebruiker");
    const r = b.salaris({ cao: "Jeugdzorg", schaal: "7", trede: "1", peildatum: "2025-03-01" });
    expect(r.bedrag.toFixed(2)).toBe("3208.50"); // 3100 × 1.035 (estimated 1 Mar 2025 increase, ❓)
    expect(r.herkomst.status).toBe("afgeleid");
    expect(r.herkomst.toegepast).toEqual(["1 maart 2025: +3,5%"]);
    expect(caoTabellen(reg).filter((t) => t.cao === "Jeugdzorg")).toEqual([
      expect.objectContaining({ cao: "Jeugdzorg", geldigVanaf: "2024-07-01", status: "gebruiker", schalen: ["Schaal 7", "Schaal 8"] }),
    ]);
  });
});
