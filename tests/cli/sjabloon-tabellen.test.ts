/**
 * Templates saved with their input blocks as Excel tables (#10): exceljs writes the tables of the definitions, the
 * saved .xlsx carries one table part per block whose header row matches the cells, and rt still reads such a file
 * — `rt bereken` on a filled cost-price template, `rt regio` on a filled "Scenario's en budget" workbook, whose
 * result workbook (the input's sheets, tables included, plus the result sheets) opens again with its tables.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/rt";
import { vulKostprijsSjabloon } from "../../src/cli/inzending";
import { schrijfSjabloon } from "../../src/sjablonen/exceljs";
import { budgetSjabloon } from "../../src/sjablonen/budget";
import { tabelBereik } from "../../src/sjablonen/definities";
import { berekenRegio } from "../../src/core/regio";
import { voorbeeldRegio } from "../../src/data/voorbeeldregio";
import { standaardCaoBron } from "../../src/data";
import { vulRegioWerkmap } from "../taskpane/voorbeeld-invullen";
import { io } from "../helpers/uitvoer";

let map: string;
beforeAll(() => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-tabellen-"));
});
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

/** The table parts of a saved workbook: name → [ref, column names]. */
async function tabelDelen(f: string): Promise<Map<string, [string, string[]]>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(f));
  const uit = new Map<string, [string, string[]]>();
  for (const n of Object.keys(zip.files).filter((x) => /^xl\/tables\/table\d+\.xml$/.test(x))) {
    const xml = await zip.file(n)!.async("string");
    const naam = /<table\b[^>]*\bname="([^"]+)"/.exec(xml)![1];
    const ref = /<table\b[^>]*\bref="([^"]+)"/.exec(xml)![1];
    uit.set(naam, [ref, [...xml.matchAll(/<tableColumn\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1].replace(/&apos;/g, "'"))]);
  }
  return uit;
}

test("rt sjabloon kostprijs: a table per input block, header row = the cells above the inputs; Parameters has none", async () => {
  const f = path.join(map, "kostprijs.xlsx");
  expect(await main(["sjabloon", "kostprijs", "-o", f], io().io)).toBe(0);
  const delen = await tabelDelen(f);
  expect([...delen.keys()].sort()).toEqual(["RT_Aanbieder", "RT_Functiemix", "RT_Onderbouwing"]);
  // Aanbieder: header in row 2 (row 1 is the title), eight fields below it
  expect(delen.get("RT_Aanbieder")).toEqual(["A2:C10", ["gegeven", "waarde", "toelichting"]]);
  // product and the ten mix columns, 30 input rows
  expect(delen.get("RT_Functiemix")![0]).toBe("A1:K31");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const mix = wb.getWorksheet("Functiemix")!;
  expect(delen.get("RT_Functiemix")![1]).toEqual(Array.from({ length: 11 }, (_, i) => mix.getCell(1, i + 1).value));
  // the share check beside the table is still a formula, the input cells below the header still inputs
  expect(mix.getCell("L1").value).toBeNull();
  expect((mix.getCell("M2").value as { formula?: string }).formula).toMatch(/^IF\(OR\(A2=""/);
  expect(mix.getCell("C2").numFmt).toBe("0.00%");
});

test("rt bereken reads a filled cost-price template that carries tables: Begeleiding Extra 63,33", async () => {
  // 42,22 / 0,8 = 52,775; × 1,2 = 63,33
  const wb = vulKostprijsSjabloon({
    aanbieder: { aanbieder: "Zorg BV", kvk: "12345678", personeel: 8, jaaromzet: 1_500_000, balanstotaal: 2_500_000 },
    producten: [{ naam: "Begeleiding Extra", parameters: { loonkosten_per_uur: 42.22, productiviteit: 0.8, overhead: 0.2 } }],
  });
  const f = path.join(map, "kostprijs-vol.xlsx");
  await wb.xlsx.writeFile(f);
  expect([...(await tabelDelen(f)).keys()]).toContain("RT_Aanbieder");
  const l = io();
  expect(await main(["bereken", f, "-o", path.join(map, "kostprijs-vol-uit.xlsx"), "--json"], l.io)).toBe(0);
  expect(JSON.parse(l.out[0]).tarieven).toEqual([{ product: "Begeleiding Extra", eenheid: "uur", tarief: "63.33" }]);
});

test("rt regio reads 'Scenario's en budget' saved with tables and filled with the sample region; the result keeps the tables", async () => {
  const def = budgetSjabloon();
  const wb = schrijfSjabloon(def);
  const raster = (blad: string) => {
    const ws = wb.getWorksheet(blad);
    if (!ws) return undefined;
    return Array.from({ length: 10 }, (_, r) => Array.from({ length: 40 }, (_, k) => ws.getCell(r + 1, k + 1).value ?? ""));
  };
  for (const c of vulRegioWerkmap(raster)) wb.getWorksheet(c.blad)!.getCell(c.adres).value = c.waarde;
  const f = path.join(map, "budget.xlsx");
  await wb.xlsx.writeFile(f);
  const verwacht = def.bladen.flatMap((b) => (b.tabellen ?? []).map((t) => [t.naam, tabelBereik(t)]));
  expect(verwacht.length).toBe(10);
  expect([...(await tabelDelen(f)).entries()].map(([n, [ref]]) => [n, ref]).sort()).toEqual([...verwacht].sort());

  const uit = path.join(map, "budget-uit.xlsx");
  const l = io();
  expect(await main(["regio", f, "-o", uit, "--peildatum", "2025-01-01", "--json"], l.io)).toBe(0);
  const j = JSON.parse(l.out[0]);
  // the same numbers as the engine on the sample region itself (not read from any workbook)
  const u = berekenRegio(voorbeeldRegio(), { caoBron: standaardCaoBron, vandaag: "2025-01-01" });
  expect(j.tariefgroepen).toEqual(u.tariefgroepen.map((c) => ({ product: c.product, cao: c.cao, tarief: c.resultaat.tarief.toFixed(2) })));
  expect(j.totalen).toEqual(u.budget.totaal.map((t) => ({ scenario: t.scenario, jaar: t.jaar, bedrag: t.bedrag.toFixed(2) })));
  expect(j.totalen.length).toBeGreaterThan(10);
  // the result workbook still has every input table (exceljs wrote back the tables it read)
  expect([...(await tabelDelen(uit)).keys()].sort()).toEqual(verwacht.map(([n]) => n).sort());
});
