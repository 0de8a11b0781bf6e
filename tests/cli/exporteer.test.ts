/**
 * rt exporteer: the self-contained workbook, recalculated by an independent spreadsheet engine (HyperFormula,
 * test-only), equals the engine to the cent in every result cell — on the sample workbook (CAO lookup, group
 * product, functiemix, capacity model, zestigvoud) and on constructed exact half-cent ties.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { main } from "../../src/cli/rt";
import { maakVoorbeeldWerkboek, VOORBEELD_PRODUCTEN } from "../../src/cli/voorbeeld";
import { berekenWerkboek } from "../../src/cli/tarieven";
import { maakContext } from "../../src/cli/context";
import { laadInHyperFormula } from "../helpers/hyperformula";
import { voorbeeldRegio } from "../../src/data/voorbeeldregio";
import { regioExportProducten } from "../../src/cli/zelfstandig-regio";
import { maakZelfstandigeWerkmap } from "../../src/cli/zelfstandig";
import { io } from "../helpers/uitvoer";

let map: string;
beforeAll(() => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-export-"));
});
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

/** Half away from zero on a JS number given as an exact decimal string, without floats: for expected values. */
function centen(x: number): string {
  return x.toFixed(2);
}

describe("rt exporteer on the sample workbook", () => {
  let bestand: string;
  let invoer: string;
  beforeAll(async () => {
    invoer = path.join(map, "voorbeeld.xlsx");
    const wb = maakVoorbeeldWerkboek();
    // W-f (gemeentelijke verplichtingen) on three products: hours valued at K, and a fixed amount (also in the capacity model)
    const p = wb.getWorksheet("Parameters")!;
    p.addRow(["administratie_uren_per_eenheid", null, null, 0.1, null, 0.05, null, null]);
    p.addRow(["administratie_kosten_per_eenheid", null, null, 1.5, null, null, null, 12.25]);
    await wb.xlsx.writeFile(invoer);
    bestand = path.join(map, "zelfstandig.xlsx");
    const l = io();
    expect(await main(["exporteer", invoer, "-o", bestand, "--peildatum", "2025-01-01"], l.io)).toBe(0);
  });

  test("no RT.* function anywhere: only native formulas", async () => {
    const { formules, hf } = await laadInHyperFormula(bestand);
    expect(formules.length).toBeGreaterThan(100);
    expect(formules.filter((f) => /RT\./i.test(f.formule))).toEqual([]);
    hf.destroy();
  });

  test("every formula cell, recalculated by HyperFormula, equals the engine's value (tariffs exactly to the cent)", async () => {
    const { formules, waarde, hf } = await laadInHyperFormula(bestand);
    const fouten: string[] = [];
    for (const f of formules) {
      const v = waarde(f.blad, f.rij, f.kolom);
      if (typeof v !== "number") {
        fouten.push(`${f.blad}!${f.kolom}:${f.rij} = ${JSON.stringify(v)}`);
        continue;
      }
      // every result within a hundredth of a cent of the engine's exact value (as stored), and its cents equal
      if (Math.abs(v - f.opgeslagen) > 1e-4 * Math.max(1, Math.abs(f.opgeslagen) / 1000)) fouten.push(`${f.blad} r${f.rij}: ${v} ≠ ${f.opgeslagen}`);
    }
    expect(fouten).toEqual([]);
    hf.destroy();
  });

  test("the Tarieven sheet, recalculated, equals an independent engine run on the input, to the cent", async () => {
    const { waarde, hf } = await laadInHyperFormula(bestand);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(invoer);
    const run = berekenWerkboek(wb, maakContext([], "2025-01-01"));
    expect(run.fouten).toEqual([]);
    const gerekend = VOORBEELD_PRODUCTEN.map((_, i) => centen(waarde("Tarieven", i + 2, 3) as number));
    expect(gerekend).toEqual(run.uitkomsten.map((u) => u.resultaat.tarief.toFixed(2)));
    // the published build-ups, by hand: 42,22 / 0,8 × 1,2 = 63,33 and 24,68 / 0,8 × 1,2 = 37,02
    expect(gerekend.slice(0, 2)).toEqual(["63.33", "37.02"]);
    hf.destroy();
  });

  test("changing an input cell recalculates the whole chain (the steps are live formulas)", async () => {
    const { hf, wb } = await laadInHyperFormula(bestand);
    const blad = wb.getWorksheet("Berekening")!;
    // the first product's overhead input: 20% → 10%: 52,775 × 1,1 = 58,0525 → 58,05
    let rij = 0;
    blad.eachRow((row, r) => {
      if (rij === 0 && row.getCell(1).value === "Overhead (fractie)") rij = r;
    });
    hf.setCellContents({ sheet: hf.getSheetId("Berekening")!, row: rij - 1, col: 1 }, 0.1);
    expect(centen(hf.getCellValue({ sheet: hf.getSheetId("Tarieven")!, row: 1, col: 2 }) as number)).toBe("58.05");
    hf.destroy();
  });
});

describe("exact half-cent ties", () => {
  // S = 2,6 × (2k + 1), 40 h/week, productivity 1, no surcharges: tariff = S × 12 / 2080 = (2k + 1) × 0,015, an exact
  // half cent for every k (0,015 × odd = x,xx5). Rounded half away from zero: k = 400 → 801 × 0,015 = 12,015 → 12,02.
  const ks = Array.from({ length: 24 }, (_, i) => 385 + i * 31);
  let bestand: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const p = wb.addWorksheet("Parameters");
    const rijen: [string, ...(string | number)[]][] = [
      ["maandsalaris", ...ks.map((k) => Number((2.6 * (2 * k + 1)).toFixed(2)))],
      ["uren_per_week", ...ks.map(() => 40)],
      ["vakantietoeslag", ...ks.map(() => "geen")],
      ["eindejaarsuitkering", ...ks.map(() => "geen")],
      ["sociale_lasten", ...ks.map(() => "geen")],
      ["pensioenpremie", ...ks.map(() => "geen")],
      ["productiviteit", ...ks.map(() => 1)],
      ["overhead", ...ks.map(() => "geen")],
    ];
    p.addRow(["parameter", ...ks.map((k) => `gelijkspel ${k}`)]);
    for (const r of rijen) p.addRow(r);
    const invoer = path.join(map, "gelijkspel.xlsx");
    await wb.xlsx.writeFile(invoer);
    bestand = path.join(map, "gelijkspel-zelfstandig.xlsx");
    expect(await main(["exporteer", invoer, "-o", bestand], io().io)).toBe(0);
  });

  test("every tie rounds up, in the exported formulas as in the engine: (2k + 1) × 0,015 + 0,005", async () => {
    const { waarde, hf } = await laadInHyperFormula(bestand);
    const verwacht = ks.map((k) => {
      // (2k+1) × 15 thousandths of a euro, rounded half up to cents: (2k+1) × 15 = 10 × c + 5, so cents = c + 1
      const duizendsten = (2 * k + 1) * 15;
      const c = (duizendsten - 5) / 10 + 1;
      return `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`;
    });
    expect(ks.map((_, i) => centen(waarde("Tarieven", i + 2, 3) as number))).toEqual(verwacht);
    hf.destroy();
  });

  test("the plain spreadsheet formula ROUND(x; 2) gets some of these ties wrong (why the export pre-rounds)", () => {
    const hf = HyperFormula.buildFromArray(
      ks.map((k) => [`=ROUND(${(2.6 * (2 * k + 1)).toFixed(2)}*12/(40*52*1),2)`]),
      { licenseKey: "gpl-v3" },
    );
    const fout = ks.filter((k, i) => {
      const duizendsten = (2 * k + 1) * 15;
      return Math.round((hf.getCellValue({ sheet: 0, row: i, col: 0 }) as number) * 100) !== (duizendsten - 5) / 10 + 1;
    });
    expect(fout.length).toBeGreaterThan(0);
    hf.destroy();
  });
});

describe("the sample region's self-contained export", () => {
  test("every formula cell recalculated by HyperFormula equals the engine; every tariff to the cent", async () => {
    const producten = regioExportProducten(voorbeeldRegio(), maakContext([], "2025-01-01"));
    expect(producten.length).toBeGreaterThan(10);
    const { wb } = maakZelfstandigeWerkmap(producten);
    const f = path.join(map, "regio-zelfstandig.xlsx");
    await wb.xlsx.writeFile(f);
    const { formules, waarde, hf } = await laadInHyperFormula(f);
    const fouten = formules.filter((x) => {
      const v = waarde(x.blad, x.rij, x.kolom);
      return typeof v !== "number" || Math.abs(v - x.opgeslagen) > 1e-4 * Math.max(1, Math.abs(x.opgeslagen) / 1000);
    });
    expect(fouten).toEqual([]);
    expect(producten.map((_, i) => centen(waarde("Tarieven", i + 2, 3) as number))).toEqual(producten.map((p) => p.resultaat.tarief.toFixed(2)));
    hf.destroy();
  });
});
