/**
 * Reliability on the command line, on real .xlsx files: error cells, ambiguous text numbers, scale/step punctuation,
 * sheet row numbers in messages, invisible characters, unknown functiemix products, duplicate products, macros,
 * damaged files and --peildatum. Each test failed on the code before the fix.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/rt";
import { maakVoorbeeldWerkboek } from "../../src/cli/voorbeeld";
import { leesZip, maakZip } from "../helpers/zip";
import { io } from "../helpers/uitvoer";

let map: string;
beforeAll(() => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-betrouwbaar-"));
});
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

async function werkboekMet(aanpassen: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = maakVoorbeeldWerkboek();
  aanpassen(wb);
  const f = path.join(map, `wb-${crypto.randomUUID()}.xlsx`);
  await wb.xlsx.writeFile(f);
  return f;
}

async function draai(f: string, ...extra: string[]) {
  const l = io();
  const uit = path.join(map, `uit-${crypto.randomUUID()}.xlsx`);
  const code = await main(["tarief", f, "--uit", uit, "--peildatum", "2025-01-01", ...extra], l.io);
  return { code, err: l.err.join("\n"), out: l.out.join("\n"), uit };
}

describe("an error value in a parameter cell is an input error, never a blank", () => {
  test("risico_opslag = #DIV/0! (product Dagbesteding groep, cell E28): exit 2, the cell and #DEEL/0! named, nothing written", async () => {
    const f = await werkboekMet((wb) => {
      wb.getWorksheet("Parameters")!.getCell("E28").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    });
    const r = await draai(f);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Fout in blad 'Parameters', cel E28 (product 'Dagbesteding groep'): risico_opslag = #DEEL/0! is een foutwaarde");
    expect(fs.existsSync(r.uit)).toBe(false);
  });

  test("a plain error cell (#N/A) is refused as well", async () => {
    const f = await werkboekMet((wb) => {
      wb.getWorksheet("Parameters")!.getCell("B26").value = { error: "#N/A" };
    });
    const r = await draai(f);
    expect(r.code).toBe(2);
    expect(r.err).toContain("cel B26 (product 'Begeleiding Extra'): overhead = #N/B is een foutwaarde");
  });

  test("a formula without a cached value is named as such, not '[object Object]'", async () => {
    const f = await werkboekMet((wb) => {
      wb.getWorksheet("Parameters")!.getCell("B26").value = { formula: "A1*2" };
    });
    const r = await draai(f);
    expect(r.code).toBe(2);
    expect(r.err).toContain("cel B26");
    expect(r.err).toContain("formule zonder berekende waarde");
    expect(r.err).not.toContain("[object Object]");
  });
});

describe("text numbers are read one way, ambiguous ones refused", () => {
  test("maandsalaris '3,200' (cell E3) is refused as ambiguous instead of read as 3,2", async () => {
    const f = await werkboekMet((wb) => {
      wb.getWorksheet("Parameters")!.getCell("E3").value = "3,200";
    });
    const r = await draai(f);
    expect(r.code).toBe(2);
    expect(r.err).toContain("cel E3 (product 'Dagbesteding groep'): maandsalaris = '3,200' is dubbelzinnig");
    expect(r.err).toContain("3,2 of 3200");
  });

  test("'3.200,00' is Dutch for 3200 and gives the same tariff as the number 3200", async () => {
    const gewoon = await draai(await werkboekMet(() => undefined), "--json");
    const f = await werkboekMet((wb) => {
      wb.getWorksheet("Parameters")!.getCell("E3").value = "3.200,00";
    });
    const tekst = await draai(f, "--json");
    expect(tekst.code).toBe(0);
    const dag = (s: string) =>
      (JSON.parse(s) as { tarieven: { product: string; tarief: string }[] }).tarieven.find((p) => p.product === "Dagbesteding groep")!.tarief;
    expect(dag(tekst.out)).toBe(dag(gewoon.out));
  });
});

describe("scale and step punctuation is never stripped", () => {
  test.each([
    [["Gehandicaptenzorg", "FWG 20", "1.1", "2023-12-01"], /trede = '1\.1' is geen geldige trede/],
    [["Gehandicaptenzorg", "1.5", "5", "2023-12-01"], /schaal = '1\.5' is geen geldige schaal/],
    [["Gehandicaptenzorg", "FWG 20", "-5", "2023-12-01"], /trede = '-5' is geen geldige trede/],
    [["Gehandicaptenzorg", "FWG 20", "5.5", "2023-12-01"], /trede = '5\.5' is geen geldige trede/],
  ])("rt salaris %j is an input error (exit 2)", async (args, melding) => {
    const l = io();
    expect(await main(["salaris", ...args], l.io)).toBe(2);
    expect(l.err.join("\n")).toMatch(melding);
    expect(l.err.join("\n")).not.toMatch(/boven de hoogste trede/);
  });

  test("rt salaris with trede 'trede 5' still works (a prefix with a space is not punctuation inside the number)", async () => {
    const l = io();
    expect(await main(["salaris", "Gehandicaptenzorg", "FWG 20", "trede 5", "2023-12-01"], l.io)).toBe(0);
    expect(l.out.join("\n")).toMatch(/FWG 20 trede 5/);
  });
});

describe("messages point at the right cell and show what was typed", () => {
  test("a duplicate parameter is reported with the sheet's row numbers", async () => {
    const f = await werkboekMet((wb) => {
      // row 13 holds verlofuren; make it a second 'overhead' (the first is row 26)
      wb.getWorksheet("Parameters")!.getCell("A13").value = "overhead";
    });
    const r = await draai(f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Parameter 'overhead' staat twee keer in de parameters \(rij 13 en rij 26\)/);
  });

  test("an invisible character in a name is shown, so the message does not suggest the same-looking name", async () => {
    const f = await werkboekMet((wb) => {
      wb.getWorksheet("Parameters")!.getCell("A12").value = "productiviteit\u200b";
    });
    const r = await draai(f);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Onbekende parameter 'productiviteit⟨U+200B⟩'");
  });

  test("--peildatum foo is a usage error about the option, not about a column", async () => {
    const f = await werkboekMet(() => undefined);
    const l = io();
    expect(await main(["tarief", f, "--peildatum", "foo", "--uit", path.join(map, "p.xlsx")], l.io)).toBe(1);
    expect(l.err.join("\n")).toBe("--peildatum 'foo' is geen datum; gebruik bijv. 2024-06-01 of 1-6-2024.");
  });

  test.each([
    ["a text file", Buffer.from("parameter;waarde\nproductiviteit;0,8\n")],
    ["a truncated xlsx", "afgebroken"],
    ["an empty file", Buffer.alloc(0)],
  ])("%s gives a Dutch message naming the file, exit 1", async (_naam, inhoud) => {
    const f = path.join(map, `kapot-${crypto.randomUUID()}.xlsx`);
    if (inhoud === "afgebroken") {
      const goed = path.join(map, `goed-${crypto.randomUUID()}.xlsx`);
      await maakVoorbeeldWerkboek().xlsx.writeFile(goed);
      const b = fs.readFileSync(goed);
      fs.writeFileSync(f, b.subarray(0, Math.floor(b.length / 2)));
    } else fs.writeFileSync(f, inhoud);
    const r = await draai(f);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`'${f}'`);
    expect(r.err).toMatch(/geen Excel-werkmap|niet lezen als Excel-werkboek|is leeg/);
    expect(r.err).not.toMatch(/Corrupted zip|central directory|Invalid string length|Cannot read properties|End of data/i);
  });
});

describe("silent input problems become errors or warnings", () => {
  test("a functiemix row for a product that does not exist is an error at its cell", async () => {
    const f = await werkboekMet((wb) => {
      wb.getWorksheet("Functiemix")!.getCell("A3").value = "Behandeling (functiemx)";
    });
    const r = await draai(f);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      "Fout in blad 'Functiemix', cel A3 (product 'Behandeling (functiemx)'): Functiemix rij 3: product 'Behandeling (functiemx)' staat niet in rij 1 van blad 'Parameters'",
    );
  });

  test("a duplicate product name is an error", async () => {
    const f = await werkboekMet((wb) => {
      wb.getWorksheet("Parameters")!.getCell("G1").value = "Begeleiding Extra";
    });
    const r = await draai(f);
    expect(r.code).toBe(2);
    expect(r.err).toContain("cel G1 (product 'Begeleiding Extra'): Product 'Begeleiding Extra' staat twee keer in rij 1 (kolom B en kolom G)");
  });

  test("macros in an .xlsm give a visible warning; the result is computed and has no macros", async () => {
    const goed = path.join(map, `m-${crypto.randomUUID()}.xlsx`);
    await maakVoorbeeldWerkboek().xlsx.writeFile(goed);
    const delen = leesZip(fs.readFileSync(goed));
    const f = path.join(map, `macro-${crypto.randomUUID()}.xlsm`);
    fs.writeFileSync(f, maakZip([...delen, { naam: "xl/vbaProject.bin", data: Buffer.from('Attribute VB_Name = "Module1"\nSub Auto_Open()\nEnd Sub\n') }]));
    const r = await draai(f);
    expect(r.code).toBe(0);
    expect(r.err).toContain("bevat macro's (VBA). Die worden niet uitgevoerd en niet overgenomen");
    expect(leesZip(fs.readFileSync(r.uit)).map((d) => d.naam)).not.toContain("xl/vbaProject.bin");
  });
});

describe("#12.9 one very long name costs bounded time and a bounded message", () => {
  test("a parameter name of 2 million characters: refused within 10 s, stderr under 10 kB", async () => {
    const f = await werkboekMet((wb) => {
      // random letters: a repeated character would be refused earlier as a zip bomb (compression ratio)
      wb.getWorksheet("Parameters")!.getCell("A40").value = crypto
        .randomBytes(1_500_000)
        .toString("base64")
        .replace(/[^a-z]/gi, "a")
        .slice(0, 2_000_000);
    });
    const start = Date.now();
    const r = await draai(f);
    const duur = Date.now() - start;
    // refused as a file over the text limit (exit 1) or at its cell (exit 2); never computed, never slow or verbose
    expect([1, 2]).toContain(r.code);
    expect(r.err).toContain("2.000.000 tekens");
    expect(r.err.length).toBeLessThan(10_000);
    expect(duur).toBeLessThan(10_000);
    expect(fs.existsSync(r.uit)).toBe(false);
  }, 180_000);
});
