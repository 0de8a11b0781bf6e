/**
 * #12 "dependencies": exceljs 4.4.0 asks for unzipper 0.10 (→ fstream, rimraf 2, glob 7, inflight, mkdirp 0.5);
 * package.json overrides it with the maintained unzipper 0.12, which needs none of them (docs/afhankelijkheden.md).
 * exceljs uses unzipper only in its streaming reader and archiver only in its streaming writer, which the other xlsx
 * tests never touch: this test round-trips a workbook through both. (archiver 7 was tried as well and fails here:
 * "input source must be valid Stream or Buffer instance", so archiver stays at exceljs's 5.x.)
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";

const VAN_EXCELJS = { paths: [path.dirname(require.resolve("exceljs"))] };
const versie = (pakket: string, van = VAN_EXCELJS) =>
  (JSON.parse(fs.readFileSync(require.resolve(`${pakket}/package.json`, van), "utf8")) as { version: string }).version;

const RIJEN = [
  ["parameter", "Begeleiding Extra"],
  ["loonkosten_per_uur", 42.22],
  ["productiviteit", 0.8],
  ["overhead", 0.2],
];

let map: string;
beforeAll(() => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-afh-"));
});
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

/** Every row of every sheet through exceljs's streaming reader (unzipper). */
async function leesStromend(f: string): Promise<unknown[][]> {
  const gelezen: unknown[][] = [];
  const lezer = new ExcelJS.stream.xlsx.WorkbookReader(f, { sharedStrings: "cache", worksheets: "emit" });
  for await (const ws of lezer) for await (const rij of ws) gelezen.push((rij.values as unknown[]).slice(1));
  return gelezen;
}

test("exceljs resolves unzipper 0.12, which pulls no fstream, rimraf or mkdirp", () => {
  expect(versie("unzipper")).toMatch(/^0\.12\./);
  const unzipper = { paths: [path.dirname(require.resolve("unzipper", VAN_EXCELJS))] };
  for (const weg of ["fstream", "rimraf", "mkdirp", "binary"]) expect(() => require.resolve(weg, unzipper)).toThrow();
});

test("a workbook written by the ordinary writer (as rt writes) reads back through the streaming reader (unzipper 0.12)", async () => {
  const wb = new ExcelJS.Workbook();
  const blad = wb.addWorksheet("Parameters");
  for (const r of RIJEN) blad.addRow(r);
  const f = path.join(map, "gewoon.xlsx");
  await wb.xlsx.writeFile(f);
  expect(await leesStromend(f)).toEqual(RIJEN);
});

test("a workbook written by the streaming writer (archiver 5) reads back through both readers", async () => {
  const f = path.join(map, "stroom.xlsx");
  const schrijver = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: f, useSharedStrings: true });
  const blad = schrijver.addWorksheet("Parameters");
  for (const r of RIJEN) blad.addRow(r).commit();
  blad.commit();
  await schrijver.commit();
  expect(await leesStromend(f)).toEqual(RIJEN);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  expect(wb.getWorksheet("Parameters")!.getCell("B2").value).toBe(42.22);
});
