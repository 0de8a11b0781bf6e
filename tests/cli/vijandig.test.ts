/**
 * The hostile-workbook corpus (bench/vijandig-corpus.ts) through every command that reads workbooks (rt tarief,
 * rt bereken) and, with fast-check, hostile cells and tables through the functions' parameter reader. Asserted: a
 * clear Dutch error or a result, never a crash or an internal/English message, no formula from untrusted text in a
 * written file, and the input file unchanged.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { maakCorpus, type CorpusBestand } from "../../bench/vijandig-corpus";
import { main } from "../../src/cli/rt";
import * as f from "../../src/functions/functions";
import { leegTariefCache } from "../../src/functions/adapters/tarief";
import { PARAMETER_NAMEN } from "../../src/core/parameters/definities";

const INTERN =
  /Cannot read|undefined|is not a function|Invalid string length|Corrupted zip|central directory|End of data|heap|ENOENT:|EISDIR:|EACCES:|Interne fout|\[object Object\]|\bat .*\.(ts|js):\d+/;
const GEPLANT = ["HYPERLINK", "cmd|", "SUM(1)", "-2+3", "1+1"];
const hash = (p: string) => crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex");

let map: string;
let corpus: CorpusBestand[];
const vooraf = new Map<string, string>();
beforeAll(async () => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-vijandig-"));
  corpus = await maakCorpus(map);
  for (const b of corpus) vooraf.set(b.naam, hash(b.pad));
}, 120_000);
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

test("the corpus has every kind of hostile file", () => {
  expect(corpus.map((b) => b.naam)).toEqual(
    expect.arrayContaining([
      "leeg.xlsx",
      "afgebroken.xlsx",
      "bom-verhouding.xlsx",
      "bom-liegt.xlsx",
      "veel-rijen.xlsx",
      "lange-tekst.xlsx",
      "macro.xlsm",
      "externe-koppeling.xlsx",
      "foutwaarden.xlsx",
      "formuletekst.xlsx",
      "lege-vormen.xlsx",
    ]),
  );
});

describe.each(["tarief", "bereken"])("rt %s on every hostile file", (opdracht) => {
  test("a Dutch message or a result; the input unchanged; no formula from untrusted text", async () => {
    const verslag: string[] = [];
    for (const b of corpus) {
      const err: string[] = [];
      const out: string[] = [];
      const uit = path.join(map, `uit-${crypto.randomUUID()}.xlsx`);
      const code = await main([opdracht, b.pad, opdracht === "tarief" ? "--uit" : "-o", uit, "--peildatum", "2025-01-01"], {
        out: (s) => out.push(s),
        err: (s) => err.push(s),
      });
      const tekst = err.join("\n");
      if (![0, 1, 2, 3].includes(code)) verslag.push(`${b.naam}: afsluitcode ${code}`);
      if (code !== 0 && tekst.trim() === "") verslag.push(`${b.naam}: code ${code} zonder melding`);
      if (INTERN.test(tekst)) verslag.push(`${b.naam}: interne of Engelse melding: ${tekst.slice(0, 300)}`);
      if (tekst.length > 20_000) verslag.push(`${b.naam}: melding van ${tekst.length} tekens`);
      if (hash(b.pad) !== vooraf.get(b.naam)) verslag.push(`${b.naam}: invoer gewijzigd`);
      if (code === 0 && fs.existsSync(uit)) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(uit);
        wb.eachSheet((ws) =>
          ws.eachRow((r) =>
            r.eachCell((c) => {
              const v = c.value as { formula?: string; sharedFormula?: string } | null;
              const formule = v && typeof v === "object" ? (v.formula ?? v.sharedFormula) : undefined;
              if (formule && GEPLANT.some((g) => formule.includes(g)))
                verslag.push(`${b.naam}: formule uit onvertrouwde tekst in ${ws.name}!${c.address}: ${formule}`);
            }),
          ),
        );
      }
    }
    expect(verslag).toEqual([]);
  }, 300_000);
});

test("the limits refuse the bombs and the huge files with the reason", async () => {
  const reden = async (naam: string) => {
    const err: string[] = [];
    const code = await main(["tarief", path.join(map, naam), "--uit", path.join(map, `uit-${crypto.randomUUID()}.xlsx`)], {
      out: () => undefined,
      err: (s) => err.push(s),
    });
    return { code, tekst: err.join("\n") };
  };
  expect(await reden("bom-verhouding.xlsx")).toMatchObject({ code: 1, tekst: expect.stringMatching(/zip-bom/) });
  expect(await reden("bom-liegt.xlsx")).toMatchObject({ code: 1, tekst: expect.stringMatching(/groter dan de zip opgeeft/) });
  expect(await reden("bom-onderdelen.xlsx")).toMatchObject({ code: 1, tekst: expect.stringMatching(/onderdelen; toegestaan: hoogstens 2\.000/) });
  expect(await reden("veel-rijen.xlsx")).toMatchObject({ code: 1, tekst: expect.stringMatching(/rijen; toegestaan: hoogstens 100\.000 per blad/) });
  expect(await reden("macro.xlsm")).toMatchObject({ tekst: expect.stringMatching(/bevat macro's/) });
});

describe("hostile cells through the functions' parameter reader (fast-check)", () => {
  const naam = fc.oneof(
    fc.constantFrom(...PARAMETER_NAMEN, "__proto__", "constructor", "toString"),
    fc.string(),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom("productiviteit\u200b", "produc\u00adtiviteit", "=1+1", "x".repeat(5000)),
  );
  const waarde = fc.oneof(
    fc.double(),
    fc.constantFrom(NaN, Infinity, -Infinity, 1e-300, 1e300, -0, 0),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom("3,200", "6.500", "#DIV/0!", "#DEEL/0!", '=HYPERLINK("x")', "1e400", "€ 1.000.000,00", "%", "12,5%", "x".repeat(100_000)),
    fc.constant(new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue)),
    fc.date({ noInvalidDate: false }),
    fc.constant({}),
    fc.constant([1, 2]),
  );
  const tabel = fc.array(fc.array(fc.oneof(naam, waarde), { minLength: 0, maxLength: 4 }), { minLength: 0, maxLength: 12 });

  test("RT.TARIEF gives a finite number or an Excel error with a Dutch message, never an internal error", () => {
    fc.assert(
      fc.property(tabel, fc.option(tabel, { nil: undefined }), (t, mix) => {
        leegTariefCache();
        try {
          const r = f.tarief(t as unknown as unknown[][], mix as unknown as unknown[][]);
          return typeof r === "number" && Number.isFinite(r);
        } catch (e) {
          const x = e as { code?: string; message: string };
          return e instanceof CustomFunctions.Error && (x.code === "#VALUE!" || x.code === "#N/A") && !INTERN.test(x.message) && x.message.length < 2000;
        }
      }),
      { numRuns: 400, seed: 12 },
    );
  });

  test("the same for known names with hostile values next to a valid base", () => {
    const basis = [
      ["loonkosten_per_uur", 42.22],
      ["productiviteit", 0.8],
      ["overhead", 0.2],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...PARAMETER_NAMEN), waarde, (n, w) => {
        leegTariefCache();
        try {
          const r = f.tarief([...basis.filter((b) => b[0] !== n), [n, w]] as unknown[][]);
          return Number.isFinite(r) && r >= 0;
        } catch (e) {
          const x = e as { code?: string; message: string };
          return e instanceof CustomFunctions.Error && !INTERN.test(x.message) && x.message.length < 2000;
        }
      }),
      { numRuns: 600, seed: 12 },
    );
  });
});
