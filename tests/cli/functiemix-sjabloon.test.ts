/**
 * rt tarief / rt bereken on a template whose sheet Functiemix is filled: the template's live check column
 * ("aandelen van dit product samen", right of an empty column) is not read as a functiemix column. Before, every
 * filled function mix of a template was refused with "Onbekende parameter 'aandelen van dit product samen'".
 */
import { standaardCaoBron } from "../../src/data";
import { vandaagIso } from "../../src/functions/adapters/invoer";
import { berekenWerkboek } from "../../src/cli/tarieven";
import { schrijfSjabloon } from "../../src/sjablonen/exceljs";
import { kostprijsSjabloon, parameterRij } from "../../src/sjablonen/definities";

test("een ingevulde functiemix in het kostprijssjabloon: het tarief met de mix, geen fout over de controlekolom", () => {
  const wb = schrijfSjabloon(kostprijsSjabloon());
  const p = wb.getWorksheet("Parameters")!;
  p.getCell("B1").value = "Begeleiding";
  // 'geen' is a real zero for the parameters where a blank cell and 0 differ (docs/excel.md §5)
  const waarden: [string, number | string][] = [
    ["uren_per_week", 36],
    ["vakantietoeslag", "geen"],
    ["eindejaarsuitkering", "geen"],
    ["sociale_lasten", "geen"],
    ["pensioenpremie", "geen"],
    ["overige_personeelskosten", 0],
    ["productiviteit", 0.75],
    ["overhead", 0.2],
  ];
  for (const [n, v] of waarden) p.getCell(`B${parameterRij(n)}`).value = v;
  const m = wb.getWorksheet("Functiemix")!;
  m.getCell("A2").value = "Begeleiding";
  m.getCell("B2").value = "Begeleider";
  m.getCell("C2").value = 0.5;
  m.getCell("E2").value = 3000;
  m.getCell("A3").value = "Begeleiding";
  m.getCell("B3").value = "Gedragswetenschapper";
  m.getCell("C3").value = 0.5;
  m.getCell("E3").value = 4000;
  const r = berekenWerkboek(wb, { caoBron: standaardCaoBron, vandaag: vandaagIso() });
  expect(r.fouten.map((f) => f.fout.message)).toEqual([]);
  // by hand (bc): the equal mix is one salary of 3500: 3500*12/(36*52)/0.75*1.2 = 35.8974 → 35.90
  expect(r.uitkomsten.map((u) => [u.product, u.resultaat.tarief.toFixed(2)])).toEqual([["Begeleiding", "35.90"]]);
});
