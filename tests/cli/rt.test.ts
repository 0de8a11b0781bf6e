/**
 * The `rt` command line on real .xlsx files (exceljs): the sample workbook computes, results are written to a
 * copy, the input is never changed, errors name sheet and cell with a non-zero exit code, and the formulas in
 * the written Opbouw sheet are checked by an independent spreadsheet engine (HyperFormula).
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { main } from "../../src/cli/rt";
import { maakVoorbeeldWerkboek, VOORBEELD_PRODUCTEN } from "../../src/cli/voorbeeld";
import { io } from "../helpers/uitvoer";

const hash = (f: string) => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");

let map: string;
let invoer: string;
beforeAll(async () => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-cli-"));
  invoer = path.join(map, "parameters.xlsx");
  await maakVoorbeeldWerkboek().xlsx.writeFile(invoer);
});
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

describe("rt tarief", () => {
  let uit: string;
  let wb: ExcelJS.Workbook;
  let code: number;
  let vooraf: string;
  const log = io();

  beforeAll(async () => {
    uit = path.join(map, "resultaat.xlsx");
    vooraf = hash(invoer);
    code = await main(["tarief", invoer, "--uit", uit, "--peildatum", "2025-01-01"], log.io);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(uit);
  });

  test("computes every product and exits 0", () => {
    expect(log.err).toEqual([]);
    expect(code).toBe(0);
    const tarieven = wb.getWorksheet("Tarieven")!;
    const namen = tarieven.getColumn(1).values.slice(2);
    expect(namen).toEqual([...VOORBEELD_PRODUCTEN]);
  });

  test("the published build-ups come out as 63.33 and 37.02", () => {
    const t = wb.getWorksheet("Tarieven")!;
    expect(t.getCell("C2").value).toBe(63.33);
    expect(t.getCell("C3").value).toBe(37.02);
  });

  test("the input workbook is unchanged and its sheets are kept in the result", () => {
    expect(hash(invoer)).toBe(vooraf);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Parameters", "Functiemix", "Tarieven", "Opbouw", "Bronnen", "Verantwoording"]);
  });

  test("the Opbouw formulas, evaluated by HyperFormula, equal the tariffs (lines add up to the cent)", () => {
    const blad = wb.getWorksheet("Opbouw")!;
    const data: (string | number | null)[][] = [];
    const formuleRijen: { rij: number; verwacht: number }[] = [];
    blad.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: (string | number | null)[] = [];
      for (let c = 1; c <= 4; c++) {
        const v = row.getCell(c).value as unknown;
        if (v && typeof v === "object" && "formula" in v) {
          const f = v as { formula: string; result?: unknown };
          cells.push("=" + f.formula);
          formuleRijen.push({ rij: r, verwacht: f.result as number });
        } else cells.push(typeof v === "number" || typeof v === "string" ? v : null);
      }
      data[r - 1] = cells;
    });
    for (let i = 0; i < data.length; i++) data[i] ??= [null, null, null, null];
    const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3" });
    expect(formuleRijen).toHaveLength(VOORBEELD_PRODUCTEN.length);
    for (const f of formuleRijen) {
      const waarde = hf.getCellValue({ sheet: 0, row: f.rij - 1, col: 1 }) as number;
      expect(waarde.toFixed(2)).toBe(f.verwacht.toFixed(2));
    }
    hf.destroy();
  });

  test("the Bronnen sheet names the CAO table used, with its status", () => {
    const b = wb.getWorksheet("Bronnen")!;
    const regels = b.getColumn(2).values.map(String).join("\n");
    expect(regels).toMatch(/Gehandicaptenzorg/);
    expect(b.getColumn(3).values.map(String)).toContain("geverifieerd");
  });

  test("an existing output file is not overwritten without --overschrijven", async () => {
    const l = io();
    expect(await main(["tarief", invoer, "--uit", uit], l.io)).toBe(1);
    expect(l.err.join("\n")).toMatch(/bestaat al/);
  });

  test("the input file can never be the output", async () => {
    const l = io();
    expect(await main(["tarief", invoer, "--uit", invoer, "--overschrijven"], l.io)).toBe(1);
    expect(l.err.join("\n")).toMatch(/invoer wordt nooit overschreven/);
  });
});

describe("errors name sheet and cell, exit non-zero, write nothing", () => {
  async function werkboekMet(aanpassen: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = maakVoorbeeldWerkboek();
    aanpassen(wb);
    const f = path.join(map, `fout-${crypto.randomUUID()}.xlsx`);
    await wb.xlsx.writeFile(f);
    return f;
  }

  test("a whole-number percentage: exit 2, sheet Parameters and the cell", async () => {
    const f = await werkboekMet((wb) => {
      const blad = wb.getWorksheet("Parameters")!;
      blad.getCell("C26").value = 20; // overhead of "Begeleiding Basis" as 20 instead of 0.2
    });
    const l = io();
    const uit = f.replace(".xlsx", "-uit.xlsx");
    expect(await main(["tarief", f, "--uit", uit], l.io)).toBe(2);
    expect(l.err[0]).toBe(
      "Fout in blad 'Parameters', cel C26 (product 'Begeleiding Basis'): overhead = 20 lijkt een percentage als heel getal: gebruik 20% of 0,2; toegestaan: 0% tot en met 100% (als fractie: 0 ≤ overhead ≤ 1; 8% = 0,08).",
    );
    expect(fs.existsSync(uit)).toBe(false);
  });

  test("an unknown parameter name points at column A", async () => {
    const f = await werkboekMet((wb) => {
      wb.getWorksheet("Parameters")!.getCell("A12").value = "productivitiet";
    });
    const l = io();
    expect(await main(["tarief", f, "--uit", f + ".uit.xlsx"], l.io)).toBe(2);
    expect(l.err[0]).toMatch(
      /^Fout in blad 'Parameters', cel A12 \(product 'Begeleiding Extra'\): Onbekende parameter 'productivitiet'\. Bedoelt u 'productiviteit'\?/,
    );
  });

  test("an error in the Functiemix sheet names that sheet and cell", async () => {
    const f = await werkboekMet((wb) => {
      wb.getWorksheet("Functiemix")!.getCell("C3").value = 7; // aandeel 7 instead of 0.6
    });
    const l = io();
    expect(await main(["tarief", f, "--uit", f + ".uit.xlsx"], l.io)).toBe(2);
    expect(l.err[0]).toMatch(/^Fout in blad 'Functiemix', cel C3 \(product 'Behandeling \(functiemix\)'\): aandeel = 7 lijkt een percentage/);
  });

  test("a CAO lookup that finds nothing exits 3 (#N/A in Excel)", async () => {
    const f = await werkboekMet((wb) => {
      wb.getWorksheet("Parameters")!.getCell("D7").value = "1990-01-01";
    });
    const l = io();
    expect(await main(["tarief", f, "--uit", f + ".uit.xlsx"], l.io)).toBe(3);
    expect(l.err[0]).toMatch(/^Fout in blad 'Parameters', kolom D \(product 'Begeleiding individueel \(CAO GHZ\)'\)/);
  });

  test("usage errors exit 1", async () => {
    const l = io();
    expect(await main(["tarief", path.join(map, "bestaat-niet.xlsx")], l.io)).toBe(1);
    expect(await main(["onzin"], l.io)).toBe(1);
    expect(l.err.join("\n")).toMatch(/bestaat niet/);
  });
});

describe("rt salaris", () => {
  test("looks up a salary with its source", async () => {
    const l = io();
    expect(await main(["salaris", "GHZ", "FWG 20", "5", "2023-12-01"], l.io)).toBe(0);
    expect(l.out.join("\n")).toMatch(/€ 2\.338,00 per maand/);
    expect(l.out.join("\n")).toMatch(/geverifieerd/);
  });
});
