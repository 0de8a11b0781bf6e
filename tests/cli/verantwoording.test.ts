/**
 * #12 "audit trail": rt tarief records an audit block (product version, data versions, conventions, every parameter
 * as read) in the result workbook and in --json; `herbereken` recomputes every stored tariff from that block alone.
 * The recomputation is compared to the cent with the tariffs on the sheet 'Tarieven' (as Decimal strings).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { maakContext } from "../../src/cli/context";
import { leesVerantwoordingBlad } from "../../src/cli/verantwoording";
import { maakVoorbeeldWerkboek, VOORBEELD_PRODUCTEN } from "../../src/cli/voorbeeld";
import { Decimal } from "../../src/core/decimal";
import { NietGevondenFout } from "../../src/core/errors";
import { auditblokNaarRijen, auditblokUitRijen, herbereken, leesAuditblok, type Auditblok } from "../../src/core/verantwoording";
import { gegevensOmgeving } from "../../src/data/versies";
import { parameterRij } from "../../src/sjablonen/definities";
import { rt } from "../helpers/uitvoer";

const PAKKET = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };

let map: string;
let invoer: string;
beforeAll(async () => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-verantwoording-"));
  invoer = path.join(map, "parameters.xlsx");
  await maakVoorbeeldWerkboek().xlsx.writeFile(invoer);
});
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

/** The tariffs on sheet 'Tarieven' of a result workbook, by product, as cent strings. */
function tarievenBlad(wb: ExcelJS.Workbook): Map<string, string> {
  const blad = wb.getWorksheet("Tarieven")!;
  const uit = new Map<string, string>();
  blad.eachRow((r, i) => {
    if (i > 1) uit.set(String(r.getCell(1).value), new Decimal(String(r.getCell(3).value)).toFixed(2));
  });
  return uit;
}

describe("rt tarief on the demo workbook into a real .xlsx", () => {
  let wb: ExcelJS.Workbook;
  let blok: Auditblok;
  beforeAll(async () => {
    const uit = path.join(map, "resultaat.xlsx");
    const r = await rt("tarief", invoer, "--uit", uit, "--peildatum", "2025-01-01");
    expect(r.code).toBe(0);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(uit);
    blok = leesVerantwoordingBlad(wb);
  });

  test("the sheet 'Verantwoording' records product version, default peildatum and one calculation per product", () => {
    expect(blok.productversie).toBe(PAKKET.version);
    expect(blok.standaardPeildatum).toBe("2025-01-01");
    expect(blok.berekeningen.map((b) => b.naam)).toEqual([...VOORBEELD_PRODUCTEN]);
    // every shipped dataset with a 16-digit version and its status counts
    expect(blok.datasets.find((d) => d.id === "tabel-gehandicaptenzorg-2023-12-01")).toMatchObject({ versie: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(blok.datasets.find((d) => d.id === "werkgeverspremies")!.status).toMatch(/secundair \d+/);
  });

  test("parameters as read (canonical names, exact decimals) and the CAO table used, with peildatum, status and dataset version", () => {
    const extra = blok.berekeningen[0];
    expect(extra.parameters).toEqual({
      loonkosten_per_uur: "42.22",
      productiviteit: "0.8",
      eenheid: "uur",
      overhead: "0.2",
      overhead_conventie: "opslag",
      afronding: "cent",
    });
    const cao = blok.berekeningen[2];
    expect(cao.peildatum).toBe("2023-12-01");
    expect(cao.parameters).toMatchObject({ cao: "Gehandicaptenzorg", schaal: "FWG 20", trede: "5", sociale_lasten: "0.1847" });
    const tabel = cao.gegevens.find((g) => g.datasets.some((d) => d.id === "tabel-gehandicaptenzorg-2023-12-01"))!;
    expect(tabel.geldigVanaf).toBe("2023-12-01");
    expect(tabel.status).toMatch(/^(geverifieerd|secundair|afgeleid)/);
    expect(tabel.bron).toMatch(/^https:\/\//);
    expect(tabel.datasets[0].versie).toBe(blok.datasets.find((d) => d.id === "tabel-gehandicaptenzorg-2023-12-01")!.versie);
    // the functiemix rows of the capacity model, and the conventions in force
    expect(blok.berekeningen[6].functiemix).toEqual([
      { functie: "Persoonlijk begeleider", fte: "9.5", maandsalaris: "3300", ort: "0.08" },
      { functie: "Slaapwacht / nachtdienst", fte: "3.2", maandsalaris: "2750", ort: "0.3" },
    ]);
    expect(blok.berekeningen[5].conventies.join("\n")).toMatch(/Afronding: zestigvoud/);
  });

  test("herbereken from the block read back gives every tariff on sheet 'Tarieven' to the cent", () => {
    const opBlad = tarievenBlad(wb);
    const h = herbereken(blok, gegevensOmgeving());
    expect(h).toHaveLength(7);
    for (const x of h) {
      expect({ naam: x.naam, gelijk: x.gelijk }).toEqual({ naam: x.naam, gelijk: true });
      expect(x.herberekend.tarief.toFixed(2)).toBe(opBlad.get(x.naam));
    }
    // the two published build-ups (domain spec §3.7): 42,22 / 0,8 × 1,2 = 63,33; 24,68 / 0,8 × 1,2 = 37,02
    expect(h.slice(0, 2).map((x) => x.herberekend.tarief.toFixed(2))).toEqual(["63.33", "37.02"]);
  });

  test("a tampered parameter gives a different tariff (overhead 0,2 → 0,25 for Begeleiding Extra: 42,22 / 0,8 × 1,25 = 65,97)", () => {
    const rijen = auditblokNaarRijen(blok).map((r) => (r[0] === "berekeningen.1.parameters.overhead" ? [r[0], "0.25"] : r));
    const h = herbereken(auditblokUitRijen(rijen), gegevensOmgeving());
    expect(h[0].gelijk).toBe(false);
    expect(h[0].herberekend.tarief.toFixed(2)).toBe("65.97");
    expect(h[0].opgeslagen.tarief).toBe("63.33");
    expect(h.slice(1).every((x) => x.gelijk)).toBe(true);
  });

  test("a tampered stored tariff is found, a tampered invalid value is refused in Dutch, an unknown field is refused", () => {
    const tarief = auditblokNaarRijen(blok).map((r) => (r[0] === "berekeningen.2.resultaat.tarief" ? [r[0], "37.03"] : r));
    expect(herbereken(auditblokUitRijen(tarief), gegevensOmgeving())[1].gelijk).toBe(false);
    const ongeldig = auditblokNaarRijen(blok).map((r) => (r[0] === "berekeningen.1.parameters.overhead" ? [r[0], "20"] : r));
    expect(() => herbereken(auditblokUitRijen(ongeldig), gegevensOmgeving())).toThrow(/overhead = 20/);
    expect(() => auditblokUitRijen([...auditblokNaarRijen(blok), ["berekeningen.1.geheim", "x"]])).toThrow(
      /De verantwoording is onvolledig of gewijzigd: veld 'berekeningen\.1' bevat een onbekend veld \(geheim\)/,
    );
  });

  test("compact rows: each list of conventions once, a calculation's peildatum only when it differs; read back unchanged", () => {
    const rijen = auditblokNaarRijen(blok);
    const sets = [...new Set(blok.berekeningen.map((b) => JSON.stringify(b.conventies)))].map((t) => JSON.parse(t) as string[]);
    // 7 products, fewer distinct convention lists: the lists are stored once, each calculation refers to its list
    expect(sets.length).toBeLessThan(blok.berekeningen.length);
    expect(rijen.filter((r) => r[0].startsWith("conventiesets.")).length).toBe(sets.reduce((n, c) => n + c.length, 0));
    expect(rijen.filter((r) => /^berekeningen\.\d+\.conventies\./.test(r[0]))).toEqual([]);
    expect(rijen.filter((r) => /^berekeningen\.\d+\.conventieset$/.test(r[0])).length).toBe(blok.berekeningen.length);
    // the demo's CAO product has its own peildatum (2023-12-01): only that one is written
    expect(rijen.filter((r) => /^berekeningen\.\d+\.peildatum$/.test(r[0]))).toEqual([["berekeningen.3.peildatum", "2023-12-01"]]);
    expect(auditblokUitRijen(rijen)).toEqual(blok);
    // one row per calculation (rt verzamel): the same block again
    const perBerekening = auditblokNaarRijen(blok, { eenRijPerBerekening: true });
    expect(perBerekening.filter((r) => r[0].startsWith("berekeningen.")).length).toBe(blok.berekeningen.length);
    expect(auditblokUitRijen(perBerekening)).toEqual(blok);
  });

  test("the earlier row form (conventions and peildatum per calculation) is still read", () => {
    const plat: [string, string][] = [["Verantwoording", "formaat 1"]];
    const zet = (x: unknown, pad: string): void => {
      if (Array.isArray(x)) x.forEach((y, i) => zet(y, `${pad}.${i + 1}`));
      else if (x !== null && typeof x === "object") for (const [k, v] of Object.entries(x)) zet(v, pad ? `${pad}.${k}` : k);
      else plat.push([pad, String(x)]);
    };
    zet(blok, "");
    expect(plat.filter((r) => /^berekeningen\.1\.conventies\.1$/.test(r[0])).length).toBe(1);
    expect(auditblokUitRijen(plat)).toEqual(blok);
  });

  test("a calculation row that is not the JSON rt wrote, or a reference to a missing convention list, is refused in Dutch", () => {
    const perBerekening = auditblokNaarRijen(blok, { eenRijPerBerekening: true });
    const kapot = perBerekening.map((r) => (r[0] === "berekeningen.2" ? [r[0], "{niet af"] : r));
    expect(() => auditblokUitRijen(kapot)).toThrow(/veld 'berekeningen\.2' is geen berekening/);
    const gewijzigd = perBerekening.map((r) => (r[0] === "berekeningen.2" ? [r[0], r[1].replace(/"tarief":"37\.02"/, '"tarief":"37.03"')] : r));
    expect(gewijzigd).not.toEqual(perBerekening);
    expect(herbereken(auditblokUitRijen(gewijzigd), gegevensOmgeving())[1].gelijk).toBe(false);
    const verwijzing = auditblokNaarRijen(blok).map((r) => (r[0] === "berekeningen.1.conventieset" ? [r[0], "99"] : r));
    expect(() => auditblokUitRijen(verwijzing)).toThrow(/veld 'berekeningen\.1\.conventieset' = '99' verwijst naar geen conventieset/);
  });

  test("a changed dataset version is refused: recomputing on other reference data could give another number", () => {
    const rijen = auditblokNaarRijen(blok).map((r) =>
      /^berekeningen\.3\.gegevens\.\d+\.datasets\.1\.versie$/.test(r[0]) && r[1] !== "" ? [r[0], "0000000000000000"] : r,
    );
    expect(() => herbereken(auditblokUitRijen(rijen), gegevensOmgeving())).toThrow(
      /is berekend met gegevensset '.*' versie 0000000000000000; deze Reële Tarieven heeft versie/,
    );
  });
});

test("rt tarief --json carries the same audit block; herbereken from it gives every tariff of the JSON to the cent", async () => {
  const r = await rt("tarief", invoer, "--uit", path.join(map, "json.xlsx"), "--peildatum", "2025-01-01", "--json");
  expect(r.code).toBe(0);
  const uit = JSON.parse(r.out) as { ok: boolean; tarieven: { product: string; tarief: string }[]; verantwoording: unknown };
  expect(uit.ok).toBe(true);
  const blok = leesAuditblok(uit.verantwoording);
  const h = herbereken(blok, gegevensOmgeving());
  expect(h.map((x) => [x.naam, x.herberekend.tarief.toFixed(2), x.gelijk])).toEqual(
    uit.tarieven.map((t) => [t.product, new Decimal(t.tarief).toFixed(2), true]),
  );
});

test("the plain text output names the product version, the data versions and every parameter", async () => {
  const r = await rt("tarief", invoer, "--uit", path.join(map, "tekst.xlsx"), "--peildatum", "2025-01-01");
  expect(r.code).toBe(0);
  expect(r.out).toContain(`Verantwoording: Reële Tarieven ${PAKKET.version}; standaard peildatum 2025-01-01; gegevens: `);
  expect(r.out).toMatch(/tabel-gehandicaptenzorg-2023-12-01 \(versie [0-9a-f]{16}, /);
  expect(r.out).toContain("  Begeleiding Extra (peildatum 2025-01-01): loonkosten_per_uur=42.22; productiviteit=0.8; eenheid=uur; overhead=0.2");
  expect(r.out).toMatch(/Geschreven: .*\(bladen Tarieven, Opbouw, Bronnen, Verantwoording\)/);
});

describe("a user table (status gebruiker) is recorded; a recomputation without it refuses", () => {
  // FWG 20 trede 5 replaced by € 3.000 per month on the shipped table's date
  const CSV = "cao;Gehandicaptenzorg\ngeldig_vanaf;2023-12-01\nbron;eigen tabel van de regio\ntrede;FWG 20\n5;3000\n";
  let tabel: string;
  let blok: Auditblok;
  beforeAll(async () => {
    tabel = path.join(map, "eigen.csv");
    fs.writeFileSync(tabel, CSV);
    const r = await rt("tarief", invoer, "--uit", path.join(map, "eigen.xlsx"), "--peildatum", "2025-01-01", "--tabel", tabel, "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    blok = leesAuditblok((JSON.parse(r.out) as { verantwoording: unknown }).verantwoording);
  });

  test("the block names the user table with status gebruiker and a version", () => {
    expect(blok.gebruikerstabellen).toEqual([expect.objectContaining({ cao: "Gehandicaptenzorg", geldigVanaf: "2023-12-01", status: "gebruiker" })]);
    const g = blok.berekeningen[2].gegevens.find((x) => x.status === "gebruiker")!;
    expect(g.datasets).toEqual([{ id: blok.gebruikerstabellen[0].id, versie: blok.gebruikerstabellen[0].versie }]);
  });

  test("without the table: refused with a Dutch message naming the table and --tabel", () => {
    expect(() => herbereken(blok, gegevensOmgeving())).toThrow(NietGevondenFout);
    expect(() => herbereken(blok, gegevensOmgeving())).toThrow(
      /De verantwoording gebruikt de eigen CAO-tabel 'Gehandicaptenzorg' geldig vanaf 2023-12-01 \(status gebruiker, versie [0-9a-f]{16}, bron eigen tabel van de regio\); die tabel is niet meegegeven\. Geef precies dezelfde tabel mee \(bij rt: --tabel <bestand>\)/,
    );
  });

  test("with a different table of the same CAO and date: refused as another version", () => {
    const ander = path.join(map, "ander.csv");
    fs.writeFileSync(ander, CSV.replace("5;3000", "5;3100"));
    expect(() => herbereken(blok, maakContext([ander], "2025-01-01").gegevens!)).toThrow(/de meegegeven tabel is een andere versie/);
  });

  test("with the same table given again: every tariff recomputed equal, and the CAO product uses the user amount", () => {
    const h = herbereken(blok, maakContext([tabel], "2025-01-01").gegevens!);
    expect(h.every((x) => x.gelijk)).toBe(true);
    expect(h[2].herberekend.functies[0].personeel.maandsalaris!.toFixed(2)).toBe("3000.00");
  });
});

test("rt bereken on a region template with a scenario: base and scenario recorded, both recomputed to the cent from the sheet", async () => {
  const f = path.join(map, "regio.xlsx");
  expect((await rt("sjabloon", "regio", "-o", f, "--producten", "Begeleiding Extra")).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const p = wb.getWorksheet("Parameters")!;
  for (const [n, w] of Object.entries({ loonkosten_per_uur: 42.22, productiviteit: 0.8, overhead: 0.2 })) p.getCell(`B${parameterRij(n)}`).value = w;
  const s = wb.getWorksheet("Scenario's")!;
  s.getCell("A2").value = "lagere overhead";
  s.getCell("B2").value = "overhead";
  s.getCell("C2").value = 0.1;
  await wb.xlsx.writeFile(f);
  const uit = path.join(map, "regio-uit.xlsx");
  const r = await rt("bereken", f, "-o", uit, "--peildatum", "2025-01-01", "--json");
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out) as { bladen: string[]; verantwoording: unknown };
  expect(j.bladen).toContain("Verantwoording");
  const terug = new ExcelJS.Workbook();
  await terug.xlsx.readFile(uit);
  const blok = leesVerantwoordingBlad(terug);
  expect(blok).toEqual(leesAuditblok(j.verantwoording));
  const h = herbereken(blok, gegevensOmgeving());
  // 52,775 × 1,2 = 63,33; the scenario: 52,775 × 1,1 = 58,0525 → 58,05
  expect(h.map((x) => [x.naam, x.herberekend.tarief.toFixed(2), x.gelijk])).toEqual([
    ["Begeleiding Extra", "63.33", true],
    ["Begeleiding Extra — scenario lagere overhead", "58.05", true],
  ]);
  expect(blok.berekeningen[1].parameters.overhead).toBe("0.1");
  const scen = terug.getWorksheet("Scenario's (uitkomst)")!;
  expect(new Decimal(String(scen.getCell("D2").value)).toFixed(2)).toBe("58.05");
});

describe("rt herbereken", () => {
  let resultaat: string;
  beforeAll(async () => {
    resultaat = path.join(map, "herbereken.xlsx");
    expect((await rt("tarief", invoer, "--uit", resultaat, "--peildatum", "2025-01-01")).code).toBe(0);
  });

  test("on the result workbook: all 7 tariffs equal, exit 0", async () => {
    const r = await rt("herbereken", resultaat);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Begeleiding Extra\s+opgeslagen\s+€ 63,33\s+herberekend\s+€ 63,33\s+gelijk$/m);
    expect(r.out).toContain("Alle 7 tarieven opnieuw berekend en gelijk aan de opgeslagen tarieven.");
  });

  test("on a workbook whose audit sheet was edited (overhead 0,2 → 0,25): WIJKT AF, exit 5", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(resultaat);
    const blad = wb.getWorksheet("Verantwoording")!;
    let gevonden = 0;
    blad.eachRow((rij) => {
      if (rij.getCell(1).value === "berekeningen.1.parameters.overhead") {
        rij.getCell(2).value = "0.25";
        gevonden++;
      }
    });
    expect(gevonden).toBe(1);
    const f = path.join(map, "vervalst.xlsx");
    await wb.xlsx.writeFile(f);
    const r = await rt("herbereken", f, "--json");
    expect(r.code).toBe(5);
    const j = JSON.parse(r.out) as { ok: boolean; berekeningen: { naam: string; opgeslagen: string; herberekend: string; gelijk: boolean }[] };
    expect(j.ok).toBe(false);
    // 42,22 / 0,8 × 1,25 = 65,96875 → 65,97
    expect(j.berekeningen[0]).toEqual({ naam: "Begeleiding Extra", opgeslagen: "63.33", herberekend: "65.97", gelijk: false });
    expect(j.berekeningen.slice(1).every((b) => b.gelijk)).toBe(true);
  });

  test("on the --json output saved to a file, and with a user table: refused without --tabel (exit 3), equal with it", async () => {
    const tabel = path.join(map, "eigen-herbereken.csv");
    fs.writeFileSync(tabel, "cao;Gehandicaptenzorg\ngeldig_vanaf;2023-12-01\nbron;eigen tabel\ntrede;FWG 20\n5;3000\n");
    const r = await rt("tarief", invoer, "--uit", path.join(map, "eigen-herbereken.xlsx"), "--peildatum", "2025-01-01", "--tabel", tabel, "--json");
    const f = path.join(map, "uitvoer.json");
    fs.writeFileSync(f, r.out);
    const zonder = await rt("herbereken", f);
    expect(zonder.code).toBe(3);
    expect(zonder.err).toMatch(
      /^Fout: De verantwoording gebruikt de eigen CAO-tabel 'Gehandicaptenzorg' geldig vanaf 2023-12-01 .*die tabel is niet meegegeven/,
    );
    const met = await rt("herbereken", f, "--tabel", tabel);
    expect(met.code).toBe(0);
    expect(met.out).toContain("Alle 7 tarieven opnieuw berekend en gelijk");
  });
});
