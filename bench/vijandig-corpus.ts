/**
 * The hostile-workbook corpus: generated, never stored. Corrupt, truncated and non-zip files, zip
 * bombs (ratio, lying sizes, many entries, many rows), huge strings, a macro workbook, external links, error values,
 * formula text in every text field and each shape of blank, all derived from the demo workbook. Used by
 * tests/cli/vijandig.test.ts (every command that reads workbooks) and by the benchmark (hostile_corpus_ms,
 * hostile_corpus_peak_mb: `tsx bench/vijandig-corpus.ts --meet` runs the corpus through `rt` in one process and
 * reports its peak RSS).
 */
import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/rt";
import { maakVoorbeeldWerkboek } from "../src/cli/voorbeeld";
import { leesZip, maakZip, type ZipOnderdeel } from "../tests/helpers/zip";

export interface CorpusBestand {
  naam: string;
  pad: string;
}

const blad = (rijen: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rijen}</sheetData></worksheet>`;

async function demoMet(aanpassen: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = maakVoorbeeldWerkboek();
  aanpassen(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes the corpus into `map` and returns its files. */
export async function maakCorpus(map: string): Promise<CorpusBestand[]> {
  const demo = Buffer.from(await maakVoorbeeldWerkboek().xlsx.writeBuffer());
  const delen = leesZip(demo);
  const vervang = (o: ZipOnderdeel, extra: ZipOnderdeel[] = []) => maakZip([...delen.filter((d) => d.naam !== o.naam), o, ...extra]);
  const p = (wb: ExcelJS.Workbook) => wb.getWorksheet("Parameters")!;
  const bestanden: [string, Buffer | Promise<Buffer>][] = [
    ["leeg.xlsx", Buffer.alloc(0)],
    ["tekst.xlsx", Buffer.from("parameter;waarde\nproductiviteit;0,8\n")],
    ["oud-xls.xlsx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), crypto.randomBytes(4096)])],
    ["afgebroken.xlsx", demo.subarray(0, Math.floor(demo.length / 2))],
    ["alleen-kop.xlsx", demo.subarray(0, 30)],
    ["willekeurig.xlsx", Buffer.concat([Buffer.from("PK\x03\x04"), crypto.randomBytes(20_000)])],
    ["zip-zonder-werkboek.xlsx", maakZip([{ naam: "hallo.txt", data: "hallo" }])],
    ["bom-verhouding.xlsx", vervang({ naam: "xl/worksheets/sheet1.xml", data: blad("") + " ".repeat(60 * 1024 * 1024) })],
    ["bom-liegt.xlsx", vervang({ naam: "xl/worksheets/sheet1.xml", data: blad("") + "<!--" + "x".repeat(8 * 1024 * 1024) + "-->", opgegevenGrootte: 2048 })],
    ["bom-onderdelen.xlsx", maakZip([...delen, ...Array.from({ length: 2500 }, (_, i) => ({ naam: `xl/extra/${i}.xml`, data: "<a/>" }))])],
    [
      "veel-rijen.xlsx",
      vervang({
        naam: "xl/worksheets/sheet1.xml",
        data: blad(Array.from({ length: 150_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join("")),
      }),
    ],
    ["lange-tekst.xlsx", demoMet((wb) => (p(wb).getCell("B26").value = "x".repeat(40_000)))],
    ["lange-naam.xlsx", demoMet((wb) => (p(wb).getCell("A26").value = "o".repeat(30_000)))],
    ["macro.xlsm", Promise.resolve(maakZip([...delen, { naam: "xl/vbaProject.bin", data: 'Sub Auto_Open()\nShell "calc"\nEnd Sub' }]))],
    ["externe-koppeling.xlsx", Promise.resolve(maakZip([...delen, { naam: "xl/externalLinks/externalLink1.xml", data: "<externalLink/>" }]))],
    [
      "foutwaarden.xlsx",
      demoMet((wb) => {
        p(wb).getCell("B26").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
        p(wb).getCell("C26").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
        p(wb).getCell("D28").value = { formula: "A1" } as ExcelJS.CellFormulaValue;
      }),
    ],
    [
      "formuletekst.xlsx",
      demoMet((wb) => {
        // formula text in every text field: product names, parameter names, choices, the functiemix
        p(wb).getCell("B1").value = '=HYPERLINK("https://example.invalid","klik")';
        p(wb).getCell("C1").value = "+cmd|' /C calc'!A0";
        p(wb).getCell("B27").value = "=1+1";
        p(wb).getCell("A29").value = "@SUM(1)";
        wb.getWorksheet("Functiemix")!.getCell("B2").value = "-2+3";
      }),
    ],
    [
      "lege-vormen.xlsx",
      demoMet((wb) => {
        p(wb).getCell("B2").value = " ";
        p(wb).getCell("C2").value = "\u00a0";
        p(wb).getCell("E12").value = "";
        p(wb).getCell("F1").value = "\u200b";
      }),
    ],
    [
      "geen-parameterblad.xlsx",
      (async () => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet("Iets anders").addRow(["a", 1]);
        return Buffer.from(await wb.xlsx.writeBuffer());
      })(),
    ],
  ];
  const uit: CorpusBestand[] = [];
  for (const [naam, inhoud] of bestanden) {
    const pad = path.join(map, naam);
    fs.writeFileSync(pad, await inhoud);
    uit.push({ naam, pad });
  }
  return uit;
}

/** Runs the whole corpus through `rt tarief` and `rt bereken` in this process; returns exit codes and time. */
export async function draaiCorpus(bestanden: readonly CorpusBestand[], map: string): Promise<{ ms: number; maxMs: number; codes: Record<string, number[]> }> {
  const stil = { out: () => undefined, err: () => undefined };
  const codes: Record<string, number[]> = {};
  const start = performance.now();
  let maxMs = 0;
  for (const b of bestanden) {
    codes[b.naam] = [];
    const t0 = performance.now();
    for (const opdracht of ["tarief", "bereken"]) {
      const uit = path.join(map, `uit-${opdracht}-${crypto.randomUUID()}.xlsx`);
      codes[b.naam].push(await main([opdracht, b.pad, opdracht === "tarief" ? "--uit" : "-o", uit, "--peildatum", "2025-01-01"], stil));
    }
    maxMs = Math.max(maxMs, performance.now() - t0);
  }
  return { ms: performance.now() - start, maxMs, codes };
}

/**
 * Benchmark entry: `tsx bench/vijandig-corpus.ts --meet <map>` runs the corpus already written in <map> through the
 * command line in this (fresh) process and prints {hostile_corpus_ms, hostile_corpus_peak_mb, max_bestand_ms}; the
 * peak is this process's maximum RSS, so generating the corpus (in the parent) does not count.
 */
if (require.main === module && process.argv.includes("--meet")) {
  void (async () => {
    const map = process.argv[process.argv.indexOf("--meet") + 1];
    const bestanden = fs
      .readdirSync(map)
      .filter((f) => !f.startsWith("uit-"))
      .sort()
      .map((naam) => ({ naam, pad: path.join(map, naam) }));
    const r = await draaiCorpus(bestanden, map);
    process.stdout.write(
      JSON.stringify({
        hostile_corpus_ms: Math.round(r.ms),
        hostile_corpus_peak_mb: Math.round(process.resourceUsage().maxRSS / 1024),
        max_bestand_ms: Math.round(r.maxMs),
        bestanden: bestanden.length,
      }) + "\n",
    );
  })();
}

/**
 * For `npm run bench`: writes the corpus into a temp folder, runs it through the command line in a fresh child
 * process (so its maximum RSS is the corpus's peak, not the generator's) and returns the child's figures.
 */
export async function meetVijandigCorpus(): Promise<{ hostile_corpus_ms: number; hostile_corpus_peak_mb: number; max_bestand_ms: number; bestanden: number }> {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-corpus-"));
  try {
    await maakCorpus(map);
    const r = spawnSync(process.execPath, ["--require", require.resolve("tsx/cjs"), __filename, "--meet", map], { encoding: "utf8", maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`corpus-meting mislukt: ${r.stderr.slice(0, 500)}`);
    return JSON.parse(r.stdout.trim().split("\n").pop()!);
  } finally {
    fs.rmSync(map, { recursive: true, force: true });
  }
}
