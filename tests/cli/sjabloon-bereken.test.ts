/**
 * rt sjabloon and rt bereken on real .xlsx files: the templates carry kind, version, formats, lists, comments and
 * live native formulas; a filled template computes; bad input is reported with file, sheet and cell, exit 2,
 * nothing written.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { main } from "../../src/cli/rt";
import { vulKostprijsSjabloon, type InzendingInvoer } from "../../src/cli/inzending";
import { parameterRij } from "../../src/sjablonen/definities";
import { io } from "../helpers/uitvoer";

let map: string;
beforeAll(() => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-sjabloon-"));
});
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

/** Begeleiding Extra of the domain spec: 42,22 / 0,8 × 1,2 = 63,33 (52,775 × 1,2 = 63,33 exactly). */
const EXTRA = { loonkosten_per_uur: 42.22, productiviteit: 0.8, overhead: 0.2 };

function inzending(extra: Partial<InzendingInvoer> = {}): InzendingInvoer {
  return {
    aanbieder: { aanbieder: "Zorg BV", kvk: "12345678", personeel: 8, jaaromzet: 1_500_000, balanstotaal: 2_500_000 },
    producten: [{ naam: "Begeleiding Extra", parameters: EXTRA }],
    ...extra,
  };
}

async function schrijf(wb: ExcelJS.Workbook): Promise<string> {
  const f = path.join(map, `w-${crypto.randomUUID()}.xlsx`);
  await wb.xlsx.writeFile(f);
  return f;
}

async function lees(f: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  return wb;
}

describe("rt sjabloon", () => {
  test("kostprijs: kind and version, formats, lists, comments and defined names", async () => {
    const f = path.join(map, "kostprijs.xlsx");
    const l = io();
    expect(await main(["sjabloon", "kostprijs", "-o", f, "--producten", "Begeleiding;Dagbesteding"], l.io)).toBe(0);
    const wb = await lees(f);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Sjabloon", "Aanbieder", "Parameters", "Functiemix", "Onderbouwing"]);
    expect(wb.getWorksheet("Sjabloon")!.getCell("B3").value).toBe("kostprijs");
    expect(wb.getWorksheet("Sjabloon")!.getCell("B4").value).toBe(1);
    const p = wb.getWorksheet("Parameters")!;
    expect(p.getCell("B1").value).toBe("Begeleiding");
    expect(p.getCell("C1").value).toBe("Dagbesteding");
    const overhead = p.getCell(`B${parameterRij("overhead")}`);
    expect(p.getCell(`A${parameterRij("overhead")}`).value).toBe("overhead");
    expect(overhead.numFmt).toBe("0.00%");
    // overhead: blank and 0 are ambiguous (docs/excel.md §5), so the cell starts as 'standaard' and takes text
    // ('geen'); productiviteit keeps its decimal validation
    expect(overhead.value).toBe("standaard");
    expect(overhead.dataValidation).toBeUndefined();
    expect(String(overhead.note)).toMatch(/Vul een percentage in/);
    expect(String(overhead.note)).toMatch(/Leeg of 0 wordt geweigerd/);
    expect(p.getCell(`B${parameterRij("productiviteit")}`).dataValidation).toMatchObject({ type: "decimal", operator: "between" });
    expect(p.getCell(`C${parameterRij("overhead_over_materieel")}`).dataValidation).toMatchObject({ type: "list", formulae: ['"ja,nee,standaard"'] });
    const eenheid = p.getCell(`C${parameterRij("eenheid")}`);
    expect(eenheid.dataValidation).toMatchObject({ type: "list", formulae: ['"minuut,uur,dagdeel,etmaal,week,maand,stuks_output,stuks_inspanning"'] });
    expect(wb.definedNames.getRanges("RT_SJABLOON_VERSIE").ranges).toEqual(["Sjabloon!$B$4"]);
    expect(l.out.join("\n")).toMatch(/Sjabloon 'kostprijs' \(versie 1\) geschreven/);
  });

  test("regio: the region calculation sheets", async () => {
    const f = path.join(map, "regio.xlsx");
    const l = io();
    expect(await main(["sjabloon", "regio", "-o", f, "--json"], l.io)).toBe(0);
    expect(JSON.parse(l.out[0]).bladen).toEqual(["Sjabloon", "Parameters", "Functiemix", "Bandbreedte", "Scenario's", "Indexatie"]);
  });

  test("the live micro check and the functiemix share check are native formulas (recalculated by HyperFormula)", async () => {
    const wb = vulKostprijsSjabloon(
      inzending({
        functiemix: [
          { product: "Begeleiding Extra", functie: "A", aandeel: 0.4 },
          { product: "Begeleiding Extra", functie: "B", aandeel: 0.5 },
        ],
      }),
    );
    const f = await schrijf(wb);
    const terug = await lees(f);
    const naarHf = (naam: string) => {
      const blad = terug.getWorksheet(naam)!;
      const data: (string | number | boolean | null)[][] = [];
      blad.eachRow({ includeEmpty: true }, (row, r) => {
        const cells: (string | number | boolean | null)[] = [];
        for (let c = 1; c <= 16; c++) {
          const v = row.getCell(c).value as unknown;
          cells.push(
            v && typeof v === "object" && "formula" in (v as object)
              ? "=" + (v as { formula: string }).formula
              : ((v as string | number | boolean | null) ?? null),
          );
        }
        data[r - 1] = cells;
      });
      for (let i = 0; i < data.length; i++) data[i] ??= [];
      return data;
    };
    const hf = HyperFormula.buildFromSheets({ Aanbieder: naarHf("Aanbieder"), Functiemix: naarHf("Functiemix") }, { licenseKey: "gpl-v3" });
    // 8 persons, turnover € 1.5 million ≤ € 2 million → micro
    expect(hf.getCellValue({ sheet: hf.getSheetId("Aanbieder")!, row: 11, col: 1 })).toBe("ja");
    // shares 40% + 50% = 90%: the check shows 0.9 on both rows
    const controle = (r: number) => hf.getCellValue({ sheet: hf.getSheetId("Functiemix")!, row: r, col: 12 }) as number;
    expect(controle(1).toFixed(4)).toBe("0.9000");
    expect(controle(2).toFixed(4)).toBe("0.9000");
    hf.destroy();
  });

  test("an unknown kind is a usage error (exit 1) that names the allowed kinds", async () => {
    const l = io();
    expect(await main(["sjabloon", "onzin", "-o", path.join(map, "x.xlsx")], l.io)).toBe(1);
    expect(l.err[0]).toBe("Onbekende soort sjabloon 'onzin'; toegestaan: 'kostprijs' of 'regio'.");
    expect(fs.existsSync(path.join(map, "x.xlsx"))).toBe(false);
  });
});

describe("rt bereken", () => {
  test("a filled cost-price template: the tariff, the micro status, result sheets in a copy", async () => {
    const f = await schrijf(vulKostprijsSjabloon(inzending()));
    const voor = fs.readFileSync(f);
    const uit = f.replace(".xlsx", "-uit.xlsx");
    const l = io();
    expect(await main(["bereken", f, "-o", uit, "--json"], l.io)).toBe(0);
    const j = JSON.parse(l.out[0]);
    expect(j.tarieven).toEqual([{ product: "Begeleiding Extra", eenheid: "uur", tarief: "63.33" }]);
    expect(j.micro.micro).toBe(true);
    expect(fs.readFileSync(f).equals(voor)).toBe(true);
    const wb = await lees(uit);
    expect(wb.getWorksheet("Tarieven")!.getCell("C2").value).toBe(63.33);
    expect(wb.getWorksheet("Aanbieder (toets)")!.getCell("B3").value).toBe("ja");
    expect(wb.getWorksheet("Parameters")).toBeDefined();
  });

  test("a region template with scenarios and indexation", async () => {
    const l0 = io();
    const f = path.join(map, "regio-vol.xlsx");
    expect(await main(["sjabloon", "regio", "-o", f, "--producten", "Begeleiding Extra"], l0.io)).toBe(0);
    const wb = await lees(f);
    const p = wb.getWorksheet("Parameters")!;
    for (const [n, w] of Object.entries(EXTRA)) p.getCell(`B${parameterRij(n)}`).value = w;
    const s = wb.getWorksheet("Scenario's")!;
    s.getCell("A2").value = "lagere overhead";
    s.getCell("B2").value = "overhead";
    s.getCell("C2").value = 0.1;
    const ix = wb.getWorksheet("Indexatie")!;
    ix.getCell("A2").value = 2026;
    ix.getCell("B2").value = 0.063;
    ix.getCell("C2").value = "cent";
    await wb.xlsx.writeFile(f);
    const uit = path.join(map, "regio-vol-uit.xlsx");
    const l = io();
    expect(await main(["bereken", f, "-o", uit, "--json"], l.io)).toBe(0);
    const j = JSON.parse(l.out[0]);
    // 52,775 × 1,1 = 58,0525 → 58,05
    expect(j.scenarios).toEqual([{ scenario: "lagere overhead", product: "Begeleiding Extra", tarief: "58.05" }]);
    const r = await lees(uit);
    // 63,33 × 1,063 = 67,31979 → 67,32
    expect(r.getWorksheet("Indexatie (uitkomst)")!.getCell("C2").value).toBe(67.32);
  });

  test("--in-place puts the results into the workbook itself, keeping its sheets", async () => {
    const f = await schrijf(vulKostprijsSjabloon(inzending()));
    const l = io();
    expect(await main(["bereken", f, "--in-place"], l.io)).toBe(0);
    const wb = await lees(f);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Sjabloon",
      "Aanbieder",
      "Parameters",
      "Functiemix",
      "Onderbouwing",
      "Tarieven",
      "Opbouw",
      "Bronnen",
      "Aanbieder (toets)",
      "Verantwoording",
    ]);
  });

  describe("bad input: file, sheet and cell, exit 2, nothing written", () => {
    async function fout(aanpassen: (wb: ExcelJS.Workbook) => void, verwachtCode = 2) {
      const wb = vulKostprijsSjabloon(inzending());
      aanpassen(wb);
      const f = await schrijf(wb);
      const uit = f.replace(".xlsx", "-uit.xlsx");
      const l = io();
      const c = await main(["bereken", f, "-o", uit], l.io);
      expect(c).toBe(verwachtCode);
      expect(fs.existsSync(uit)).toBe(verwachtCode === 0);
      return { ...l, f, uit };
    }

    test("a template of another version names Sjabloon!B4", async () => {
      const l = await fout((wb) => (wb.getWorksheet("Sjabloon")!.getCell("B4").value = 2));
      expect(l.err[0]).toBe(
        `Fout in '${l.f}', blad 'Sjabloon', cel B4: sjabloonversie = '2' wordt niet ondersteund; deze rt leest versie 1. Vraag een nieuw sjabloon aan of zet de gegevens over in 'rt sjabloon kostprijs'.`,
      );
    });

    test("a missing sheet", async () => {
      const l = await fout((wb) => wb.removeWorksheet(wb.getWorksheet("Parameters")!.id));
      expect(l.err[0]).toMatch(/blad 'Parameters', \(blad\): het blad 'Parameters' ontbreekt \(wel: 'Sjabloon', 'Aanbieder', 'Functiemix', 'Onderbouwing'\)/);
    });

    test("text in a number cell names the cell", async () => {
      const l = await fout((wb) => (wb.getWorksheet("Parameters")!.getCell(`B${parameterRij("productiviteit")}`).value = "veel"));
      expect(l.err[0]).toMatch(new RegExp(`blad 'Parameters', cel B${parameterRij("productiviteit")}: product 'Begeleiding Extra': .*productiviteit`));
    });

    test("a missing parameter names the cell of its row", async () => {
      const l = await fout((wb) => (wb.getWorksheet("Parameters")!.getCell(`B${parameterRij("overhead")}`).value = "standaard"));
      expect(l.err[0]).toMatch(new RegExp(`cel B${parameterRij("overhead")}: product 'Begeleiding Extra': Parameter 'overhead' ontbreekt`));
    });

    test("a blank overhead is refused at its cell as ambiguous (desktop Excel would read it as 0)", async () => {
      const l = await fout((wb) => (wb.getWorksheet("Parameters")!.getCell(`B${parameterRij("overhead")}`).value = null));
      expect(l.err[0]).toMatch(new RegExp(`cel B${parameterRij("overhead")}: product 'Begeleiding Extra': overhead = een lege cel is niet eenduidig`));
    });

    test("a formula without a stored result is refused", async () => {
      const l = await fout(
        (wb) => (wb.getWorksheet("Parameters")!.getCell(`B${parameterRij("overhead")}`).value = { formula: "0.1*2" } as ExcelJS.CellFormulaValue),
      );
      expect(l.err[0]).toMatch(new RegExp(`cel B${parameterRij("overhead")}: overhead bevat een formule \\(=0.1\\*2\\) zonder opgeslagen uitkomst`));
    });

    test("values in a column without a product name are refused", async () => {
      const l = await fout((wb) => (wb.getWorksheet("Parameters")!.getCell(`D${parameterRij("overhead")}`).value = 0.3));
      expect(l.err[0]).toMatch(
        new RegExp(`cel D${parameterRij("overhead")}: er staat een waarde \\(0.3\\) in een kolom zonder productnaam; zet de productnaam in D1`),
      );
    });

    test("a missing provider name", async () => {
      const l = await fout((wb) => (wb.getWorksheet("Aanbieder")!.getCell("B3").value = null));
      expect(l.err[0]).toMatch(/blad 'Aanbieder', cel B3: de naam van de aanbieder ontbreekt/);
    });
  });

  describe("accepted with a warning", () => {
    test("'12,5%' as text is read as 12.5% and reported with its cell", async () => {
      const wb = vulKostprijsSjabloon(inzending({ producten: [{ naam: "Begeleiding Extra", parameters: { ...EXTRA, overhead: "12,5%" } }] }));
      const f = await schrijf(wb);
      const l = io();
      expect(await main(["bereken", f, "-o", f + "-uit.xlsx", "--json"], l.io)).toBe(0);
      const j = JSON.parse(l.out[0]);
      // 52,775 × 1,125 = 59,371875 → 59,37
      expect(j.tarieven[0].tarief).toBe("59.37");
      expect(j.waarschuwingen).toEqual([
        {
          ernst: "waarschuwing",
          blad: "Parameters",
          cel: `B${parameterRij("overhead")}`,
          melding: "overhead staat als tekst '12,5%' in de cel; gelezen als 0.125 (12.5%). Typ getallen als getal.",
        },
      ]);
    });

    test("a formula with a stored result: the stored result is used, with a warning", async () => {
      const wb = vulKostprijsSjabloon(inzending());
      wb.getWorksheet("Parameters")!.getCell(`B${parameterRij("overhead")}`).value = { formula: "0.1*2", result: 0.2 } as ExcelJS.CellFormulaValue;
      const f = await schrijf(wb);
      const l = io();
      expect(await main(["bereken", f, "-o", f + "-uit.xlsx"], l.io)).toBe(0);
      expect(l.out[0]).toMatch(/Begeleiding Extra\s+€ 63,33/);
      expect(l.err[0]).toMatch(/Waarschuwing .*cel B\d+: overhead bevat een formule \(=0.1\*2\); de in de werkmap opgeslagen uitkomst 0.2 is gebruikt/);
    });
  });

  test("not an xlsx, and a password-protected file: exit 1 with the reason", async () => {
    const tekst = path.join(map, "tekst.xlsx");
    fs.writeFileSync(tekst, "naam;waarde\noverhead;0,2\n");
    const l = io();
    expect(await main(["bereken", tekst], l.io)).toBe(1);
    expect(l.err[0]).toMatch(/is geen Excel-werkmap \(\.xlsx\)/);
    // an encrypted workbook is an OLE compound file holding an EncryptionInfo stream
    const cfb = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb, 0);
    Buffer.from("EncryptionInfo", "utf16le").copy(cfb, 1100);
    const ww = path.join(map, "wachtwoord.xlsx");
    fs.writeFileSync(ww, cfb);
    expect(await main(["bereken", ww], l.io)).toBe(1);
    expect(l.err[1]).toMatch(/is met een wachtwoord beveiligd/);
  });
});
