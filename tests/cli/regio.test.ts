/**
 * `rt regio` on real .xlsx files: the sample region written with --voorbeeld, read back from its sheets, computed,
 * and the result sheets checked against hand-computed values (see tests/core/regio.test.ts for the derivations).
 * Bad input in a sheet: a non-zero exit, a message with sheet and cell, and nothing written.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/rt";
import { io } from "../helpers/uitvoer";

let map: string;
let regio: string;
let uit: string;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-regio-"));
  regio = path.join(map, "regio.xlsx");
  uit = path.join(map, "regio-resultaat.xlsx");
  const log = io();
  expect(await main(["regio", regio, "--voorbeeld", "--peildatum", "2025-01-01"], log.io)).toBe(0);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(uit);
}, 60000);

afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

/** The row of a sheet whose first cells equal `begin`. */
function rij(blad: string, ...begin: unknown[]): unknown[] {
  const ws = wb.getWorksheet(blad)!;
  for (let r = 1; r <= ws.rowCount; r++) {
    const waarden = begin.map((_, i) => ws.getCell(r, i + 1).value);
    if (waarden.every((w, i) => w === begin[i])) return Array.from({ length: ws.columnCount }, (_, i) => ws.getCell(r, i + 1).value);
  }
  throw new Error(`rij ${begin.join(" | ")} niet gevonden op ${blad}`);
}

test("every result sheet starts with the illustratief label", () => {
  for (const naam of [
    "Tariefgroepen",
    "Bandbreedtes",
    "Toetsing",
    "Aanbiedertarieven",
    "Microtarieven",
    "Scenariovergelijking",
    "Budget",
    "Plafondtoets",
    "Budget per product",
  ]) {
    expect(String(wb.getWorksheet(naam)!.getCell("A1").value)).toMatch(/illustratief/);
  }
});

test("tariff groups: Begeleiding individueel 59,03 (Sociaal Werk) and 39,29 (Gehandicaptenzorg)", () => {
  expect(rij("Tariefgroepen", "Begeleiding individueel").slice(3, 6)).toEqual(["per uur", 59.03, 39.29]);
  expect(rij("Tariefgroepen", "Praktijk Op Koers")[2]).toBe("Praktijk Op Koers: geen CAO; referentie-CAO van de regio (Sociaal Werk) toegepast");
});

test("provider check with a justified and capped values; provider tariff 73,28", () => {
  expect(rij("Toetsing", "Jeugdhulp Plus BV", "Begeleiding individueel", "productiviteit")[6]).toBe("buiten bandbreedte, onderbouwd");
  expect(rij("Toetsing", "Jeugdhulp Plus BV", "Begeleiding individueel", "overhead").slice(6, 8)).toEqual(["buiten bandbreedte", 0.2475]);
  expect(rij("Aanbiedertarieven", "Jeugdhulp Plus BV", "Begeleiding individueel")[2]).toBe(73.28);
});

test("micro tariffs under the three rules: 50,18 / 50,36 / 58", () => {
  const ws = wb.getWorksheet("Microtarieven")!;
  const tarieven: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === "Begeleiding individueel") tarieven.push(ws.getCell(r, 6).value);
  expect(tarieven).toEqual([50.18, 50.36, 58]);
});

test("scenario comparison and the budget for Gouda × S08 over five years (2025–2027 hand-computed)", () => {
  expect(rij("Scenariovergelijking", "Begeleiding individueel").slice(2, 5)).toEqual([59.03, 57.09, -1.94]);
  const gouda = rij("Budget", "basis", "Gouda", "S08 Begeleiding");
  expect(gouda.slice(3, 6)).toEqual([2180143.2, 2259193.2, 2324562.9]);
  expect(gouda).toHaveLength(3 + 5);
  expect(rij("Plafondtoets", "basis", 2027, "Gouda", "S08").slice(4, 7)).toEqual([2324562.9, 2300000, 24562.9]);
});

test("a negative volume in the workbook: exit 2, sheet and cell named, nothing written", async () => {
  const fout = new ExcelJS.Workbook();
  await fout.xlsx.readFile(regio);
  fout.getWorksheet("Volumes")!.getCell("C7").value = -3;
  const slecht = path.join(map, "slecht.xlsx");
  await fout.xlsx.writeFile(slecht);
  const log = io();
  expect(await main(["regio", slecht], log.io)).toBe(2);
  expect(log.err.join("\n")).toBe("Fout: Volume (blad 'Volumes', cel C7) van Jeugdreclassering in Gouda = -3 is negatief; toegestaan: 0 of meer.");
  expect(fs.existsSync(path.join(map, "slecht-resultaat.xlsx"))).toBe(false);
});

test("an unknown parameter in a scenario names the sheet and row", async () => {
  const fout = new ExcelJS.Workbook();
  await fout.xlsx.readFile(regio);
  fout.getWorksheet("Scenario's")!.getCell("D2").value = "overhed";
  const slecht = path.join(map, "slecht2.xlsx");
  await fout.xlsx.writeFile(slecht);
  const log = io();
  expect(await main(["regio", slecht], log.io)).toBe(2);
  expect(log.err.join("\n")).toMatch(/^Fout: Scenario 'Lagere overhead', blad 'Scenario's', rij 2: Onbekende parameter 'overhed'\. Bedoelt u 'overhead'\?/);
});
