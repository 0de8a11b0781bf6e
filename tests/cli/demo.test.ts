/**
 * rt demo (= npm run demo): the sample region end to end writes the result workbook and the self-contained
 * export; both are read back and their figures checked against an independent engine run on the sample region,
 * and the export recalculated by HyperFormula equals the engine to the cent.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/rt";
import { maakContext } from "../../src/cli/context";
import { berekenRegio, standaardTarief } from "../../src/core/regio";
import { voorbeeldRegio } from "../../src/data/voorbeeldregio";
import { laadInHyperFormula } from "../helpers/hyperformula";

let map: string;
let samenvatting: any;
const uitvoer: string[] = [];
beforeAll(async () => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-demo-"));
  const code = await main(["demo", "--map", map, "--json"], { out: (s) => uitvoer.push(s), err: () => undefined });
  expect(code).toBe(0);
  samenvatting = JSON.parse(uitvoer[0]);
}, 300_000);
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

const regio = voorbeeldRegio();
const context = maakContext([], "2025-01-01");
const uitkomst = berekenRegio(regio, context);

async function lees(f: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  return wb;
}

test("writes the templates, the region's result workbook, the submissions, the overview and the export", () => {
  const b = samenvatting.bestanden;
  for (const f of [b.parameters, ...b.sjablonen, b.regio, b.resultaat, b.overzicht, b.zelfstandig]) expect(fs.existsSync(f)).toBe(true);
  expect(fs.readdirSync(b.inzendingen).filter((f) => f.endsWith(".xlsx"))).toHaveLength(new Set(regio.inzendingen.map((i) => i.aanbieder)).size);
});

test("the result workbook's tariff groups equal the engine's, to the cent", async () => {
  const wb = await lees(samenvatting.bestanden.resultaat);
  const blad = wb.getWorksheet("Tariefgroepen")!;
  const kop = blad.getRow(3).values as unknown[];
  let gecontroleerd = 0;
  for (let r = 4; r <= blad.rowCount; r++) {
    const product = blad.getCell(r, 1).value;
    for (const cel of uitkomst.tariefgroepen.filter((c) => c.product === product)) {
      const k = kop.indexOf(cel.cao);
      expect(k).toBeGreaterThan(0);
      expect((blad.getCell(r, k).value as number).toFixed(2)).toBe(cel.resultaat.tarief.toFixed(2));
      gecontroleerd++;
    }
  }
  expect(gecontroleerd).toBe(uitkomst.tariefgroepen.length);
});

test("the collected provider tariffs (templates read back) equal the region's provider tariffs", async () => {
  const wb = await lees(samenvatting.bestanden.overzicht);
  const o = wb.getWorksheet("Overzicht")!;
  const gelezen = new Map<string, string>();
  for (let r = 2; r <= o.rowCount; r++) gelezen.set(`${o.getCell(r, 1).value}|${o.getCell(r, 4).value}`, (o.getCell(r, 7).value as number).toFixed(2));
  expect(gelezen.size).toBe(uitkomst.aanbiederTarieven.length);
  for (const a of uitkomst.aanbiederTarieven) expect(gelezen.get(`${a.aanbieder}|${a.product}`)).toBe(a.resultaat.tarief.toFixed(2));
  expect(wb.worksheets.filter((w) => w.name.startsWith("Terugkoppeling ")).length).toBe(new Set(uitkomst.aanbiederTarieven.map((a) => a.aanbieder)).size);
});

test("the self-contained export, recalculated by HyperFormula, equals the engine's standard tariffs to the cent", async () => {
  const { waarde, formules, hf } = await laadInHyperFormula(samenvatting.bestanden.zelfstandig);
  expect(formules.filter((f) => /RT\./i.test(f.formule))).toEqual([]);
  const blad = (await lees(samenvatting.bestanden.zelfstandig)).getWorksheet("Tarieven")!;
  let n = 0;
  for (let r = 2; r <= blad.rowCount; r++) {
    const product = String(blad.getCell(r, 1).value);
    expect((waarde("Tarieven", r, 3) as number).toFixed(2)).toBe(standaardTarief(regio, product, context).tarief.toFixed(2));
    n++;
  }
  expect(n).toBe(samenvatting.producten.length);
  hf.destroy();
});
