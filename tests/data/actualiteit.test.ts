/** 'Mogelijk verouderd': lookups beyond what the shipped data is known to cover. */
import { statusTekst } from "../../src/core/bronnen";
import { bronnen, GebruikersTabellen, maakCaoBron } from "../../src/data";
import { datasetActualiteit } from "../../src/data/actualiteit";
import { dataRapportMarkdown, dataRapportTekst } from "../../src/data/rapport";
import * as f from "../../src/functions/functions";

describe("mogelijk verouderd", () => {
  const bron = maakCaoBron(new GebruikersTabellen());

  test("Sociaal Werk: newest figure 1 October 2025, no term recorded → covered until 30 September 2026; a lookup on 1 December 2026 says so", () => {
    const binnen = bron.salaris({ cao: "Sociaal Werk", schaal: "Schaal 5", trede: "3", peildatum: "2026-09-30" });
    expect(binnen.herkomst.verouderd).toBeUndefined();
    const na = bron.salaris({ cao: "Sociaal Werk", schaal: "Schaal 5", trede: "3", peildatum: "2026-12-01" });
    // the amount is still given (newest figures), but marked
    expect(na.bedrag.toFixed(2)).toBe(binnen.bedrag.toFixed(2));
    expect(na.herkomst.verouderd?.nieuwste).toBe("2025-10-01");
    expect(na.herkomst.omschrijving).toContain("Mogelijk verouderd: CAO Sociaal Werk is bekend tot 30 september 2026");
    expect(na.herkomst.omschrijving).toContain("het nieuwste gebruikte cijfer geldt vanaf 1 oktober 2025");
    expect(statusTekst(na.herkomst)).toMatch(/^afgeleid; mogelijk verouderd \(/);
  });

  test("Jeugdzorg: the term ended on 31 December 2025 with no new agreement; a user table looked up in 2026 is marked", () => {
    const reg = new GebruikersTabellen();
    reg.voegToe({
      cao: "Jeugdzorg",
      omschrijving: "eigen tabel",
      geldigVanaf: "2025-03-01",
      eenheid: "maand",
      afronding: "cent",
      urenPerWeek: "36",
      bron: "bijlage 7",
      status: "gebruiker",
      schalen: [{ naam: "Schaal 8", treden: [{ trede: "0", bedrag: "3000" }] }],
    });
    const b = maakCaoBron(reg);
    expect(b.salaris({ cao: "Jeugdzorg", schaal: "8", trede: "0", peildatum: "2025-12-31" }).herkomst.verouderd).toBeUndefined();
    const r = b.salaris({ cao: "Jeugdzorg", schaal: "8", trede: "0", peildatum: "2026-03-01" });
    expect(r.herkomst.omschrijving).toContain("CAO Jeugdzorg is bekend tot 31 december 2025 (looptijd van de CAO 1 januari 2024 – 31 december 2025)");
    expect(r.herkomst.verouderd?.nieuwste).toBe("2025-03-01");
  });

  test("the breakdown of RT.OPBOUW shows it in the source line", () => {
    const rijen = [
      ["cao", "Sociaal Werk"],
      ["schaal", "Schaal 5"],
      ["trede", 3],
      ["peildatum", "2026-12-01"],
      ["sociale_lasten", 0.18],
      ["pensioenpremie", 0.13],
      ["productiviteit", 0.75],
      ["overhead", 0.2],
    ];
    const opbouw = f.opbouw(rijen) as unknown[][];
    const bronRegel = opbouw.find((r) => String(r[0]).startsWith("Bron: CAO Sociaal Werk"));
    expect(bronRegel).toBeDefined();
    expect(String(bronRegel![3])).toMatch(/^afgeleid; mogelijk verouderd \(CAO Sociaal Werk is bekend tot 30 september 2026/);
    const salaris = opbouw.find((r) => r[0] === "Bruto salaris")!;
    expect(String(salaris[3])).toContain("mogelijk verouderd");
  });

  test("the minimum wage after 1 July 2026 (no figure shipped) is marked when it is used as the floor", () => {
    // GHZ FWG 5 trede 0 on 1 December 2026: derived table below 14.71 × 156 = 2294.76
    const r = bron.salaris({ cao: "GHZ", schaal: "FWG 5", trede: "0", peildatum: "2026-12-01" });
    expect(r.bedrag.toFixed(2)).toBe("2294.76");
    expect(r.herkomst.verouderd?.toelichting).toContain("het nieuwste meegeleverde bedrag geldt vanaf 1 januari 2026");
  });

  test("RT.BRONNEN() has a column Actualiteit that marks stale datasets", () => {
    const m = f.bronnen() as unknown[][];
    expect(m[0]).toEqual(["Dataset", "Omschrijving", "Bron", "Geldig vanaf", "Status", "Actualiteit"]);
    const jz = bronnen("2026-03-01").filter((b) => b.dataset === "cao-jeugdzorg");
    expect(jz.length).toBeGreaterThan(0);
    expect(jz.every((b) => b.actualiteit.startsWith("mogelijk verouderd (bekend tot 31 december 2025)"))).toBe(true);
    expect(bronnen("2025-06-01").find((b) => b.dataset === "cao-jeugdzorg")!.actualiteit).toMatch(/^actueel/);
    // a table's currency is that of its CAO
    expect(bronnen("2026-12-01").find((b) => b.dataset === "tabel-sociaal-werk-2024-07-01")!.actualiteit).toMatch(
      /^mogelijk verouderd \(bekend tot 30 september 2026\)/,
    );
    expect(datasetActualiteit("wml", "2026-06-30")!.verouderd).toBe(false);
    expect(datasetActualiteit("wml", "2026-07-01")!.verouderd).toBe(true);
    expect(datasetActualiteit("ova-ppc", "2026-01-01")!.tekst).toBe("mogelijk verouderd (bekend tot 31 december 2025): OVA/PPC-prognose tot en met 2025");
  });

  test("npm run data:report: per CAO the newest shipped table, the newest derived date, the term and what is missing", () => {
    const md = dataRapportMarkdown();
    expect(md).toContain("| CAO | nieuwste meegeleverde tabel | afgeleid tot | looptijd | bekend tot | ontbreekt |");
    expect(md).toMatch(/\| Gehandicaptenzorg \| 1 december 2023 \| 1 november 2026 \| niet vastgelegd \| 31 oktober 2027 /);
    expect(md).toMatch(
      /\| Jeugdzorg \| geen \(alleen eigen tabellen\) \| — \(geen tabel om af te leiden\) \| 1 januari 2024 – 31 december 2025 \| 31 december 2025 \(looptijd[^|]*\| salaristabel 2024\/2025; /,
    );
    expect(md).toMatch(/\| Kinderopvang \| 1 september 2026 \| — \(geen latere verhoging\) \|/);
    const tekst = dataRapportTekst("2026-12-02");
    expect(tekst).toContain("cao-jeugdzorg: mogelijk verouderd (bekend tot 31 december 2025)");
    expect(tekst).toContain("cao-gehandicaptenzorg: actueel (bekend tot 31 oktober 2027)");
    expect(tekst).toContain("  Sociaal Werk: nieuwste tabel 1 juli 2024; afgeleid tot 1 oktober 2025;");
  });
});
