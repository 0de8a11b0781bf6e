/**
 * Workbooks are checked against documented limits before exceljs inflates them: zip bombs (high ratio,
 * sizes that lie), too many entries, rows or cells, and texts longer than Excel allows. Each is refused with a
 * Dutch message naming the file and the limit, exit 1, nothing written.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/rt";
import { maakVoorbeeldWerkboek } from "../../src/cli/voorbeeld";
import { XLSX_GRENZEN } from "../../src/cli/xlsx-grenzen";
import { leesZip, maakZip, type ZipOnderdeel } from "../helpers/zip";

let map: string;
let demo: ZipOnderdeel[];
beforeAll(async () => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-grenzen-"));
  demo = leesZip(Buffer.from(await maakVoorbeeldWerkboek().xlsx.writeBuffer()));
});
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

/** The demo workbook with one entry replaced or added. */
function metOnderdeel(o: ZipOnderdeel, extra: ZipOnderdeel[] = []): string {
  const f = path.join(map, `h-${crypto.randomUUID()}.xlsx`);
  fs.writeFileSync(f, maakZip([...demo.filter((d) => d.naam !== o.naam), o, ...extra]));
  return f;
}

async function draai(f: string) {
  const err: string[] = [];
  const uit = path.join(map, `uit-${crypto.randomUUID()}.xlsx`);
  const code = await main(["tarief", f, "--uit", uit, "--peildatum", "2025-01-01"], { out: () => undefined, err: (s) => err.push(s) });
  return { code, err: err.join("\n"), geschreven: fs.existsSync(uit) };
}

const blad = (rijen: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rijen}</sheetData></worksheet>`;

test("the demo workbook passes the checks (the limits do not refuse real workbooks)", async () => {
  const f = metOnderdeel(demo.find((d) => d.naam === "xl/workbook.xml")!);
  const r = await draai(f);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
});

test("a zip bomb by ratio (60 MB of one character in a sheet) is refused before inflating", async () => {
  const f = metOnderdeel({ naam: "xl/worksheets/sheet1.xml", data: blad("") + " ".repeat(60 * 1024 * 1024) });
  const r = await draai(f);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/keer zo groot als gezipt \(toegestaan: hoogstens 200\); een zip-bom/);
  expect(r.geschreven).toBe(false);
});

test("a zip that hides its size (declares 1 kB, holds 5 MB) is refused", async () => {
  const f = metOnderdeel({ naam: "xl/worksheets/sheet1.xml", data: blad("") + "<!--" + "x".repeat(5 * 1024 * 1024) + "-->", opgegevenGrootte: 1024 });
  const r = await draai(f);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/groter dan de zip opgeeft; een zip-bom of een gemanipuleerd bestand/);
});

test("more unzipped bytes than the limit across entries is refused", async () => {
  const groot = Array.from({ length: 6 }, (_, i) => ({ naam: `xl/media/plaatje${i}.bin`, data: crypto.randomBytes(18 * 1024 * 1024), opslaan: true }));
  const f = path.join(map, "veel.xlsx");
  fs.writeFileSync(f, maakZip([...demo, ...groot]));
  const r = await draai(f);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/het bestand is \d+ MB; toegestaan: hoogstens 20 MB|uitgepakt is het groter dan 100 MB/);
});

test(`more than ${XLSX_GRENZEN.rijenPerBlad} rows in a sheet is refused with the count`, async () => {
  const rijen = Array.from({ length: XLSX_GRENZEN.rijenPerBlad + 1 }, (_, i) => `<row r="${i + 1}"/>`).join("");
  const f = metOnderdeel({ naam: "xl/worksheets/sheet1.xml", data: blad(rijen) });
  const r = await draai(f);
  expect(r.code).toBe(1);
  expect(r.err).toContain("heeft 100.001 rijen; toegestaan: hoogstens 100.000 per blad");
});

test("more entries than allowed is refused", async () => {
  const veel = Array.from({ length: XLSX_GRENZEN.onderdelen + 1 }, (_, i) => ({ naam: `xl/extra/${i}.xml`, data: "<a/>" }));
  const f = path.join(map, "onderdelen.xlsx");
  fs.writeFileSync(f, maakZip([...demo, ...veel]));
  const r = await draai(f);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/onderdelen; toegestaan: hoogstens 2\.000/);
});

test("a text of 40.000 characters in a parameter cell is refused at its cell (Excel allows 32.767)", async () => {
  const wb = maakVoorbeeldWerkboek();
  wb.getWorksheet("Parameters")!.getCell("B26").value = "x".repeat(40_000);
  const f = path.join(map, "lang.xlsx");
  await wb.xlsx.writeFile(f);
  const r = await draai(f);
  expect(r.code).toBe(2);
  expect(r.err).toContain("cel B26 (product 'Begeleiding Extra'): overhead: de cel bevat een tekst van 40000 tekens (toegestaan: hoogstens 32767)");
});
