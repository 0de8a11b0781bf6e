/**
 * rt verzamel: a folder of filled provider templates → the overview workbook with a feedback sheet per provider;
 * bad files (corrupt, password-protected, not an xlsx, other template version, duplicate provider) are reported
 * with their reason and skipped; the bandwidth check and provider tariffs follow domain spec §8 (checked by hand).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/rt";
import { genereerInzending, vulKostprijsSjabloon, type InzendingInvoer } from "../../src/cli/inzending";
import { io } from "../helpers/uitvoer";

let basis: string;
beforeAll(() => {
  basis = fs.mkdtempSync(path.join(os.tmpdir(), "rt-verzamel-"));
});
afterAll(() => fs.rmSync(basis, { recursive: true, force: true }));

async function lees(f: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  return wb;
}

describe("20 generated submissions plus a corrupt, a password-protected and a duplicate file", () => {
  let map: string;
  let uit: string;
  let code: number;
  let json: any;
  const log = io();
  beforeAll(async () => {
    map = path.join(basis, "inzendingen");
    fs.mkdirSync(map);
    for (let i = 1; i <= 20; i++)
      await vulKostprijsSjabloon(genereerInzending(i)).xlsx.writeFile(path.join(map, `aanbieder-${String(i).padStart(2, "0")}.xlsx`));
    // corrupt: the first 4 000 bytes of a real submission (a zip cut off)
    fs.writeFileSync(path.join(map, "kapot.xlsx"), fs.readFileSync(path.join(map, "aanbieder-01.xlsx")).subarray(0, 4000));
    // password-protected: a real encrypted workbook (see tests/fixtures/README.md)
    fs.copyFileSync(path.join(__dirname, "..", "fixtures", "met-wachtwoord.xlsx"), path.join(map, "met-wachtwoord.xlsx"));
    // duplicate: provider 5 sends again under another file name (sorted after the original)
    fs.copyFileSync(path.join(map, "aanbieder-05.xlsx"), path.join(map, "aanbieder-05-nogmaals.xlsx"));
    // not an xlsx, and a template of another version
    fs.writeFileSync(path.join(map, "toelichting.pdf"), "%PDF-1.4 …");
    const ander = vulKostprijsSjabloon(genereerInzending(21));
    ander.getWorksheet("Sjabloon")!.getCell("B4").value = 0;
    await ander.xlsx.writeFile(path.join(map, "oude-versie.xlsx"));
    uit = path.join(basis, "overzicht.xlsx");
    code = await main(["verzamel", map, "-o", uit, "--json", "--threads", "2"], log.io);
    json = JSON.parse(log.out[0]);
  });

  test("the overview is written and the exit code says files were skipped (4)", () => {
    expect(code).toBe(4);
    expect(fs.existsSync(uit)).toBe(true);
    expect(json.bestanden).toBe(25);
    expect(json.aanbieders).toBe(20);
    expect(json.rijen).toHaveLength(200);
  });

  test("each bad file is reported with its reason", () => {
    const reden = Object.fromEntries(json.overgeslagen.map((o: any) => [o.bestand, o.reden]));
    expect(Object.keys(reden).sort()).toEqual(["aanbieder-05.xlsx", "kapot.xlsx", "met-wachtwoord.xlsx", "oude-versie.xlsx", "toelichting.pdf"].sort());
    expect(reden["kapot.xlsx"]).toMatch(/beschadigd/);
    expect(reden["met-wachtwoord.xlsx"]).toMatch(/met een wachtwoord beveiligd/);
    expect(reden["aanbieder-05.xlsx"]).toBe(
      "dubbele inzending: aanbieder 'Aanbieder 005' (KvK 10000005) zit ook in 'aanbieder-05-nogmaals.xlsx'; alleen dat bestand is gebruikt",
    );
    expect(reden["toelichting.pdf"]).toMatch(/geen \.xlsx-bestand \(extensie '\.pdf'\)/);
    expect(reden["oude-versie.xlsx"]).toBe("sjabloon van een andere versie of soort");
    const versie = json.overgeslagen.find((o: any) => o.bestand === "oude-versie.xlsx").problemen[0];
    expect([versie.blad, versie.cel]).toEqual(["Sjabloon", "B4"]);
  });

  test("the workbook has the overview sheets and one feedback sheet per provider", async () => {
    const wb = await lees(uit);
    const namen = wb.worksheets.map((w) => w.name);
    expect(namen.slice(0, 5)).toEqual(["Overzicht", "Bandbreedtes", "Afwijkingen", "Overgeslagen", "Meldingen"]);
    expect(namen.filter((n) => n.startsWith("Terugkoppeling "))).toHaveLength(20);
    const o = wb.getWorksheet("Overzicht")!;
    expect(o.rowCount).toBe(201);
    const s = wb.getWorksheet("Overgeslagen")!;
    expect(s.getColumn(1).values.slice(2)).toEqual(
      expect.arrayContaining(["kapot.xlsx", "met-wachtwoord.xlsx", "aanbieder-05.xlsx", "toelichting.pdf", "oude-versie.xlsx"]),
    );
  });

  test("the same result on one thread as on two (parallel reading changes nothing)", async () => {
    const l = io();
    const uit1 = path.join(basis, "overzicht-1.xlsx");
    expect(await main(["verzamel", map, "-o", uit1, "--json", "--threads", "1"], l.io)).toBe(4);
    const een = JSON.parse(l.out[0]);
    expect(een.rijen).toEqual(json.rijen);
    expect(een.overgeslagen.map((x: any) => x.reden)).toEqual(json.overgeslagen.map((x: any) => x.reden));
  });

  test("progress is shown as plain lines when stderr is not a terminal", () => {
    expect(log.err.filter((r) => /^verzamel: \d+\/24 bestanden gelezen$/.test(r)).length).toBeGreaterThanOrEqual(5);
    expect(log.err).toContain("verzamel: 24/24 bestanden gelezen");
  });
});

describe("bandwidth check and provider tariffs, by hand", () => {
  // four providers, one product: loonkosten_per_uur 42,22, overhead 20%, productivity 70/75/80/85%.
  // P25 = 0,70 + 0,75 × 0,05 = 0,7375; P75 = 0,80 + 0,25 × 0,05 = 0,8125 (PERCENTIEL.INC, h = 3k).
  const pi = [0.7, 0.75, 0.8, 0.85];
  let json: any;
  beforeAll(async () => {
    const map = path.join(basis, "hand");
    fs.mkdirSync(map);
    for (let i = 0; i < 4; i++) {
      const inz: InzendingInvoer = {
        aanbieder: { aanbieder: `Hand ${i + 1}`, kvk: String(20_000_000 + i), personeel: i === 0 ? 8 : 25, jaaromzet: 1_500_000, balanstotaal: 3_000_000 },
        producten: [{ naam: "Begeleiding Extra", parameters: { loonkosten_per_uur: 42.22, productiviteit: pi[i], overhead: 0.2 } }],
      };
      await vulKostprijsSjabloon(inz).xlsx.writeFile(path.join(map, `hand-${i + 1}.xlsx`));
    }
    const l = io();
    expect(await main(["verzamel", map, "-o", path.join(basis, "hand.xlsx"), "--json", "--threads", "1"], l.io)).toBe(0);
    json = JSON.parse(l.out[0]);
  });

  test("below the bandwidth: capped at P25 (0,7375)", () => {
    const r = json.rijen[0];
    // submitted: 42,22 / 0,70 × 1,2 = 72,377… → 72,38; capped: 42,22 / 0,7375 × 1,2 = 68,6969… → 68,70
    expect([r.aanbieder, r.ingediend, r.aanbiederTarief]).toEqual(["Hand 1", "72.38", "68.70"]);
    expect(r.afwijkingen).toEqual([{ parameter: "productiviteit", oordeel: "begrensd", ingediend: "0.7", gebruikt: "0.7375" }]);
    expect(r.micro).toBe(true);
  });

  test("within: as submitted; above: capped at P75 (0,8125)", () => {
    // 42,22 / 0,75 × 1,2 = 67,552 → 67,55 (within); 42,22 / 0,8125 × 1,2 = 62,3556… → 62,36 (capped from 0,85)
    expect(json.rijen.map((r: any) => r.aanbiederTarief)).toEqual(["68.70", "67.55", "63.33", "62.36"]);
    expect(json.rijen[3].afwijkingen[0]).toEqual({ parameter: "productiviteit", oordeel: "begrensd", ingediend: "0.85", gebruikt: "0.8125" });
    expect(json.rijen.slice(1).map((r: any) => r.micro)).toEqual([false, false, false]);
  });

  test("a given --bandbreedte replaces the derived one", async () => {
    const l = io();
    expect(
      await main(
        ["verzamel", path.join(basis, "hand"), "-o", path.join(basis, "hand-2.xlsx"), "--json", "--threads", "1", "--bandbreedte", "productiviteit=70%:85%"],
        l.io,
      ),
    ).toBe(0);
    const j = JSON.parse(l.out[0]);
    // every value within 70–85%: everyone keeps the own tariff (42,22 / 0,7 × 1,2 = 72,38 …)
    expect(j.rijen.map((r: any) => r.aanbiederTarief)).toEqual(["72.38", "67.55", "63.33", "59.60"]);
  });
});

describe("usage errors", () => {
  test("an empty folder: exit 1 with a Dutch message, nothing written", async () => {
    const leeg = path.join(basis, "leeg");
    fs.mkdirSync(leeg);
    const l = io();
    expect(await main(["verzamel", leeg], l.io)).toBe(1);
    expect(l.err[0]).toBe(`Map '${leeg}' is leeg: er zijn geen ingevulde kostprijssjablonen (.xlsx) om te verzamelen.`);
    expect(fs.existsSync(`${leeg}-overzicht.xlsx`)).toBe(false);
  });

  test("a bad --bandbreedte", async () => {
    const l = io();
    expect(await main(["verzamel", basis, "--bandbreedte", "overhead=veel:25%"], l.io)).toBe(1);
    expect(l.err[0]).toBe("--bandbreedte 'overhead=veel:25%': 'veel' is geen getal; gebruik bijv. overhead=10%:25%.");
  });
});
