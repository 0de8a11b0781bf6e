/** Deriving a table with dated structural increases, including minimum/maximum amounts per month. */
import { leidTabelAf, type CaoTabel, type StructureleVerhoging } from "../../src/data";
import { beschrijfVerhoging } from "../../src/data/afleiden";

const tabel = (cao: string, bedragen: string[], afronding: "euro" | "cent" = "cent", eenheid: "maand" | "uur" = "maand"): CaoTabel => ({
  cao,
  omschrijving: `testtabel ${cao}`,
  geldigVanaf: "2023-01-01",
  eenheid,
  afronding,
  urenPerWeek: "36",
  bron: "https://example.org/tabel",
  status: "gebruiker",
  schalen: [{ naam: "FWG 40", treden: bedragen.map((b, i) => ({ trede: String(i), bedrag: b })) }],
});
const v = (geldigVanaf: string, percentage: string, extra: Partial<StructureleVerhoging> = {}): StructureleVerhoging => ({
  geldigVanaf,
  percentage,
  bron: "https://example.org/cao",
  status: "geverifieerd",
  ...extra,
});
const bedragen = (t: CaoTabel) => t.schalen[0].treden.map((x) => x.bedrag);

describe("leidTabelAf", () => {
  test("GGZ +5% min € 150 max € 300 (1 Nov 2023)", () => {
    const t = leidTabelAf(tabel("GGZ", ["2000", "4000", "7000"]), "2023-11-01", [v("2023-11-01", "0.05", { minimumBedrag: "150", maximumBedrag: "300" })]);
    // 2000: 5% = 100 < 150 → +150; 4000: +200; 7000: 350 > 300 → +300
    expect(bedragen(t)).toEqual(["2150", "4200", "7300"]);
    expect(t.status).toBe("afgeleid");
    expect(t.geldigVanaf).toBe("2023-11-01");
    expect(t.toegepast).toEqual(["1 november 2023: +5%, minimaal € 150 en maximaal € 300 per maand"]);
  });

  test("VVT +5% min € 125 then +2.5% min € 75, in order", () => {
    const verhogingen = [v("2024-03-01", "0.025", { minimumBedrag: "75" }), v("2023-10-01", "0.05", { minimumBedrag: "125" })];
    const t = leidTabelAf(tabel("VVT", ["2000", "3000"]), "2024-06-01", verhogingen);
    // 2000 → 2125 → 2125 + max(53.125, 75) = 2200; 3000 → 3150 → 3150 + 78.75 = 3228.75
    expect(bedragen(t)).toEqual(["2200", "3228.75"]);
    expect(t.toegepast).toEqual(["1 oktober 2023: +5%, minimaal € 125 per maand", "1 maart 2024: +2,5%, minimaal € 75 per maand"]);
  });

  test("rounding is a setting of the table: whole euros vs cents", () => {
    const verh = [v("2024-06-01", "0.02")];
    expect(bedragen(leidTabelAf(tabel("GHZ", ["2338"], "euro"), "2024-06-01", verh))).toEqual(["2385"]);
    expect(bedragen(leidTabelAf(tabel("X", ["2338"], "cent"), "2024-06-01", verh))).toEqual(["2384.76"]);
  });

  test("increases on or before the table date and after the peildatum are not applied", () => {
    const t0 = tabel("X", ["1000"]);
    const t = leidTabelAf(t0, "2024-01-01", [v("2023-01-01", "0.5"), v("2023-06-01", "0.1"), v("2024-01-02", "0.5")]);
    expect(bedragen(t)).toEqual(["1100"]);
    expect(leidTabelAf(t0, "2022-12-31", [v("2023-06-01", "0.1")])).toBe(t0);
  });

  test("a fixed amount first (Kinderopvang 1 Apr 2023: +€ 150, then +2%)", () => {
    const t = leidTabelAf(
      tabel("KO", ["2500"], "euro"),
      "2023-04-01",
      [v("2023-04-01", "0.02", { vastBedragVooraf: "150" })].map((x) => ({ ...x, geldigVanaf: "2023-04-01" })),
    );
    expect(bedragen(t)).toEqual(["2703"]); // (2500 + 150) × 1.02 = 2703
  });

  test("hourly tables: monthly minimum converted with uren × 52 / 12", () => {
    const t = leidTabelAf(tabel("X", ["15.00"], "cent", "uur"), "2024-01-01", [v("2024-01-01", "0.01", { minimumBedrag: "156" })]);
    expect(bedragen(t)).toEqual(["16"]); // 1% = 0.15/h < 156/156 = 1.00/h → +1.00
  });

  test("scales whose structure changed are left out and listed in ontbreekt", () => {
    const t = leidTabelAf(tabel("GHZ", ["3000"]), "2023-06-01", [v("2023-05-01", "0.032", { gewijzigdeSchalen: ["FWG 40"] })]);
    expect(t.schalen).toEqual([]);
    expect(t.ontbreekt).toEqual([expect.objectContaining({ schaal: "FWG 40", vanaf: "2023-05-01" })]);
  });

  test("gaps stay gaps", () => {
    const t0 = tabel("X", ["100"]);
    t0.schalen[0].treden.push({ trede: "1", bedrag: null });
    expect(bedragen(leidTabelAf(t0, "2024-01-01", [v("2023-06-01", "0.1")]))).toEqual(["110", null]);
  });

  test("beschrijfVerhoging", () => {
    expect(beschrijfVerhoging(v("2024-12-01", "0.04", { minimumBedrag: "120", maximumBedrag: "240" }))).toBe(
      "1 december 2024: +4%, minimaal € 120 en maximaal € 240 per maand",
    );
  });
});

describe("done-when on the shipped data", () => {
  test("leidTabelAf(Gehandicaptenzorg 1 Dec 2023, 1 Jun 2024) with the CAO's increases", () => {
    // imported lazily to keep the unit tests above independent of the data files
    const { MEEGELEVERDE_TABELLEN, CAO_DATASETS } = jest.requireActual<typeof import("../../src/data/laden")>("../../src/data/laden");
    const basis = MEEGELEVERDE_TABELLEN.find((t) => t.cao === "Gehandicaptenzorg" && t.geldigVanaf === "2023-12-01")!;
    const verhogingen = CAO_DATASETS.find((d) => d.cao === "Gehandicaptenzorg")!.verhogingen;
    const t = leidTabelAf(basis, "2024-06-01", verhogingen);
    expect(t.status).toBe("afgeleid");
    expect(t.geldigVanaf).toBe("2024-06-01");
    expect(t.toegepast).toEqual(["1 juni 2024: +2%"]);
    expect(t.schalen.find((s) => s.naam === "FWG 20")!.treden.find((x) => x.trede === "5")!.bedrag).toBe("2385");
    expect(basis.schalen.find((s) => s.naam === "FWG 20")!.treden.find((x) => x.trede === "5")!.bedrag).toBe("2338"); // pure
  });
});
