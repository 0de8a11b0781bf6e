/**
 * The statutory minimum wage as a floor under every salary lookup, the wage-floor rules of
 * CAOs (item 2) and the warning for a maandsalaris below the minimum.
 */
import { Decimal } from "../../src/core/decimal";
import { leesParameterBereik } from "../../src/core/parameters/lezen";
import { berekenTarief } from "../../src/core/tarief";
import { GebruikersTabellen, leidTabelAf, maakCaoBron, type CaoTabel } from "../../src/data";
import { CAO_DATASETS, MEEGELEVERDE_TABELLEN } from "../../src/data/laden";
import { tabelOpDatum, zoekSalaris } from "../../src/data/opzoeken";
import { sleutelCao } from "../../src/data/namen";

/**
 * The WML history written out by hand from the publications (not read from the data file): until 2023 an amount
 * per month for a full-time job, from 2024 an hourly amount.
 */
const WML: Array<[string, "maand" | "uur", string]> = [
  ["2022-01-01", "maand", "1725.00"], // Stcrt. 2021, 44177
  ["2022-07-01", "maand", "1756.20"], // Stcrt. 2022, 11945
  ["2023-01-01", "maand", "1934.40"], // Stb. 2022, 381
  ["2023-07-01", "maand", "1995.00"], // Stcrt. 2023, 12023
  ["2024-01-01", "uur", "13.27"],
  ["2024-07-01", "uur", "13.68"],
  ["2025-01-01", "uur", "14.06"],
  ["2025-07-01", "uur", "14.40"],
  ["2026-01-01", "uur", "14.71"],
];

/** The floor per month for a full-time job of `uren` hours on `datum`, computed independently of src/data. */
function bodem(datum: string, uren: Decimal): Decimal {
  const [, eenheid, bedrag] = WML.filter(([d]) => d <= datum).pop()!;
  return eenheid === "maand" ? new Decimal(bedrag) : new Decimal(bedrag).times(uren).times(52).dividedBy(12);
}

function eersteDagen(van: string, tot: string): string[] {
  const uit: string[] = [];
  let [j, m] = [Number(van.slice(0, 4)), Number(van.slice(5, 7))];
  if (van.slice(8) !== "01") m++;
  for (;;) {
    if (m > 12) [j, m] = [j + 1, 1];
    const d = `${j}-${String(m).padStart(2, "0")}-01`;
    if (d > tot) return uit;
    uit.push(d);
    m++;
  }
}

describe("minimum-wage floor", () => {
  test("every shipped and derived step of every shipped CAO, on every first day of the month to today, is at least the statutory minimum", () => {
    const vandaag = new Date().toISOString().slice(0, 10);
    const reg = new GebruikersTabellen();
    const caos = [...new Set(MEEGELEVERDE_TABELLEN.map((t) => t.cao))];
    expect(caos.length).toBeGreaterThanOrEqual(3);
    let opzoekingen = 0;
    let opgetild = 0;
    for (const cao of caos) {
      const eerste = MEEGELEVERDE_TABELLEN.filter((t) => sleutelCao(t.cao) === sleutelCao(cao))
        .map((t) => t.geldigVanaf)
        .sort()[0];
      for (const datum of [eerste, ...eersteDagen(eerste, vandaag)]) {
        const { tabel } = tabelOpDatum(cao, datum, reg);
        for (const s of tabel.schalen) {
          for (const t of s.treden) {
            if (t.bedrag === null) continue;
            const r = zoekSalaris({ cao, schaal: s.naam, trede: t.trede, peildatum: datum }, reg);
            const min = bodem(datum, new Decimal(tabel.urenPerWeek ?? "36"));
            if (!r.bedrag.greaterThanOrEqualTo(min))
              throw new Error(`${cao} ${s.naam} trede ${t.trede} op ${datum}: ${r.bedrag.toFixed(2)} < minimum ${min.toFixed(2)}`);
            opzoekingen++;
            if (r.minimumloon) opgetild++;
          }
        }
      }
    }
    // the walk is not vacuous: thousands of lookups, and the floor did lift some of them
    expect(opzoekingen).toBeGreaterThan(5000);
    expect(opgetild).toBeGreaterThan(50);
  });

  test("the issue's example: Gehandicaptenzorg FWG 5 trede 0 on 1 July 2025 is lifted from € 2.056,00 to € 2.246,40", () => {
    // 14.40 × 36 × 52 / 12 = 14.40 × 156 = 2246.40
    const r = zoekSalaris({ cao: "Gehandicaptenzorg", schaal: "FWG 5", trede: "0", peildatum: "2025-07-01" });
    expect(r.bedrag.toFixed(2)).toBe("2246.40");
    expect(r.minimumloon?.tabelBedrag.toFixed(2)).toBe("2056.00");
    expect(r.herkomst.status).toBe("afgeleid");
    expect(r.herkomst.omschrijving).toContain("Verhoogd tot het wettelijk minimumloon");
    expect(r.herkomst.omschrijving).toContain("€ 2.056,00");
    expect(r.herkomst.omschrijving).toContain("€ 14,40 × 36 uur");
    expect(r.herkomst.omschrijving).toContain("€ 2.246,40");
    // both sources named: the table's and the minimum wage's
    expect(r.herkomst.omschrijving).toContain("https://www.w-o.nl/actueel/Wettelijk-minimumuurloon-per-1-juli-2025");
    expect(r.herkomst.omschrijving).toContain(r.herkomst.bron);
  });

  test("before 2024 the floor is the monthly amount, whatever the hours (stated in the breakdown)", () => {
    const r = zoekSalaris({ cao: "GHZ", schaal: "FWG 5", trede: "0", peildatum: "2022-07-01" });
    // table 1686 < WML per month 1756.20 (1 July 2022)
    expect(r.bedrag.toFixed(2)).toBe("1756.20");
    expect(r.herkomst.omschrijving).toContain("vóór 2024 stelde de wet het minimumloon per maand vast");
  });

  test("a step above the minimum is untouched and keeps its table status", () => {
    const r = zoekSalaris({ cao: "GHZ", schaal: "FWG 40", trede: "12", peildatum: "2022-05-01" });
    expect(r.bedrag.toFixed(2)).toBe("3154.00");
    expect(r.minimumloon).toBeUndefined();
    expect(r.herkomst.status).toBe("geverifieerd");
  });

  test("a user table below the minimum is lifted as well", () => {
    const reg = new GebruikersTabellen();
    reg.voegToe({
      cao: "Testcao",
      omschrijving: "eigen tabel",
      geldigVanaf: "2025-01-01",
      eenheid: "maand",
      afronding: "cent",
      urenPerWeek: "40",
      bron: "eigen",
      status: "gebruiker",
      schalen: [
        {
          naam: "Schaal 1",
          treden: [
            { trede: "0", bedrag: "2300" },
            { trede: "1", bedrag: "2500" },
          ],
        },
      ],
    });
    const bron = maakCaoBron(reg);
    // 14.06 × 40 × 52 / 12 = 2437.0666… → rounded up to 2437.07
    expect(bron.salaris({ cao: "Testcao", schaal: "1", trede: "0", peildatum: "2025-03-01" }).bedrag.toFixed(2)).toBe("2437.07");
    expect(bron.salaris({ cao: "Testcao", schaal: "1", trede: "1", peildatum: "2025-03-01" }).bedrag.toFixed(2)).toBe("2500.00");
  });

  test("a maandsalaris given below the minimum is not refused, but the salary line and the sources warn", () => {
    const rijen = [
      ["maandsalaris", 2000],
      ["uren_per_week", 36],
      ["peildatum", "2025-07-01"],
      ["sociale_lasten", 0.18],
      ["pensioenpremie", 0.13],
      ["productiviteit", 0.75],
      ["overhead", 0.2],
    ];
    const r = berekenTarief({ parameters: leesParameterBereik(rijen) }, { caoBron: maakCaoBron(new GebruikersTabellen()), vandaag: "2025-07-01" });
    const salarisRegel = r.opbouw.find((x) => x.label === "Bruto salaris")!;
    expect(salarisRegel.toelichting).toContain(
      "LET OP: maandsalaris € 2000,00 ligt onder het wettelijk minimumloon (€ 14,40 × 36 uur × 52 / 12 = € 2.246,40 per maand)",
    );
    expect(r.bronnen.some((b) => b.omschrijving.startsWith("LET OP"))).toBe(true);
    // the salary itself is what the user gave: 2000 × 12 = 24000 per year
    expect(r.functies[0].personeel.loonkosten.jaarsalaris.toFixed(2)).toBe("24000.00");
    const boven = berekenTarief(
      { parameters: leesParameterBereik([...rijen.slice(1), ["maandsalaris", 2300]]) },
      { caoBron: maakCaoBron(new GebruikersTabellen()), vandaag: "2025-07-01" },
    );
    expect(boven.opbouw.find((x) => x.label === "Bruto salaris")!.toelichting ?? "").not.toContain("LET OP");
  });
});

describe("wage-floor rules in CAOs (loonbodem)", () => {
  const jz = CAO_DATASETS.find((d) => d.cao === "Jeugdzorg")!;
  const ko = CAO_DATASETS.find((d) => d.cao === "Kinderopvang")!;

  test("Jeugdzorg 1 January 2024: +8%, then every step below € 15 per hour to € 15 × 156 = € 2.340", () => {
    const t: CaoTabel = {
      cao: "Jeugdzorg",
      omschrijving: "test",
      geldigVanaf: "2023-01-01",
      eenheid: "maand",
      afronding: "cent",
      urenPerWeek: "36",
      bron: "https://example.org",
      status: "gebruiker",
      schalen: [
        {
          naam: "Schaal 5",
          treden: [
            { trede: "0", bedrag: "2100" },
            { trede: "1", bedrag: "2200" },
            { trede: "2", bedrag: "2500" },
          ],
        },
      ],
    };
    const a = leidTabelAf(t, "2024-01-01", jz.verhogingen);
    // 2100 × 1.08 = 2268 < 2340 → 2340; 2200 × 1.08 = 2376; 2500 × 1.08 = 2700
    expect(a.schalen[0].treden.map((x) => x.bedrag)).toEqual(["2340", "2376", "2700"]);
    expect(a.toegepast).toEqual(["1 januari 2024: +8%, daarna loonbodem: treden onder € 15,00 per uur naar € 15,00 per uur"]);
  });

  test("Kinderopvang: deriving the 1 July 2025 table to 1 January 2026 with the € 16 floor gives the published 1 January 2026 table", () => {
    const juli = MEEGELEVERDE_TABELLEN.find((t) => t.cao === "Kinderopvang" && t.geldigVanaf === "2025-07-01")!;
    const januari = MEEGELEVERDE_TABELLEN.find((t) => t.cao === "Kinderopvang" && t.geldigVanaf === "2026-01-01")!;
    const afgeleid = leidTabelAf(juli, "2026-01-01", ko.verhogingen);
    expect(afgeleid.status).toBe("afgeleid");
    expect(afgeleid.schalen.map((s) => s.treden.map((t) => t.bedrag))).toEqual(januari.schalen.map((s) => s.treden.map((t) => t.bedrag)));
  });

  test("Kinderopvang: a low step is lifted to € 16 × 156,6 uur (jaaruren 1.879,2 / 12) = € 2.505,60, rounded up to € 2.506", () => {
    const t: CaoTabel = {
      cao: "Kinderopvang",
      omschrijving: "test",
      geldigVanaf: "2025-07-01",
      eenheid: "maand",
      afronding: "euro",
      urenPerWeek: "36",
      bron: "https://example.org",
      status: "gebruiker",
      schalen: [
        {
          naam: "Schaal 3",
          treden: [
            { trede: "5", bedrag: "2400" },
            { trede: "6", bedrag: "2600" },
          ],
        },
      ],
    };
    expect(leidTabelAf(t, "2026-01-01", ko.verhogingen).schalen[0].treden.map((x) => x.bedrag)).toEqual(["2506", "2600"]);
  });
});
