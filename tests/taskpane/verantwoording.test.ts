/**
 * #12 audit trail in the task pane: "Berekenen" (sheet 'RT Resultaten') and "Opbouw uitschrijven" write the audit
 * block under their results, against a mocked Excel.RequestContext (office-addin-mock). The block is read back
 * from what was written — as Excel would store it: a leading apostrophe makes text — and `herbereken` recomputes
 * every tariff to the cent.
 */
import { OfficeMockObject } from "office-addin-mock";
import { Decimal } from "../../src/core/decimal";
import { auditblokUitRijen, herbereken } from "../../src/core/verantwoording";
import { gegevensOmgeving } from "../../src/data/versies";
import { leegTariefCache } from "../../src/functions/adapters/tarief";
import { vandaagIso } from "../../src/functions/adapters/invoer";
import { bereken } from "../../src/taskpane/writers/sjabloon-rekenen";
import { schrijfOpbouw } from "../../src/taskpane/writers/opbouw";

interface Schrijfactie {
  rij: number;
  kolom: number;
  values?: unknown[][];
  formulas?: unknown[][];
}

/** A sheet that records every block written through getRangeByIndexes. */
function nieuwBlad(naam: string) {
  const acties: Schrijfactie[] = [];
  return {
    name: naam,
    acties,
    getRangeByIndexes(rij: number, kolom: number) {
      const a: Schrijfactie & { format: unknown; numberFormat?: unknown } = {
        rij,
        kolom,
        format: { font: {}, fill: {}, columnWidth: 0, autofitColumns: () => undefined },
      };
      acties.push(a);
      return a;
    },
    activate: () => undefined,
  };
}

/** The cells as Excel holds them after the write: a leading apostrophe marks text and is not part of the value. */
function raster(acties: readonly Schrijfactie[], eigenschap: "values" | "formulas"): unknown[][] {
  const uit: unknown[][] = [];
  for (const a of acties) {
    a[eigenschap]?.forEach((r, i) =>
      r.forEach((v, j) => {
        (uit[a.rij + i] ??= [])[a.kolom + j] = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
      }),
    );
  }
  return Array.from(uit, (r) => Array.from(r ?? [], (v) => v ?? ""));
}

// Begeleiding Extra and Basis of the domain spec (§3.7): 42,22 / 0,8 × 1,2 = 63,33 and 24,68 / 0,8 × 1,2 = 37,02
const PARAMETERBLAD = [
  ["parameter", "Begeleiding Extra", "Begeleiding Basis"],
  ["loonkosten_per_uur", 42.22, 24.68],
  ["productiviteit", 0.8, 0.8],
  ["overhead", 0.2, 0.2],
];

beforeEach(() => leegTariefCache());

test("Berekenen: 'RT Resultaten' ends with the audit block; herbereken gives both tariffs of the sheet to the cent", async () => {
  const blad = nieuwBlad("RT Resultaten");
  const parameterblad = {
    isNullObject: false,
    load: () => undefined,
    getUsedRangeOrNullObject: () => ({ isNullObject: false, rowIndex: 0, columnIndex: 0, rowCount: 4, columnCount: 3, load: () => undefined }),
    getRangeByIndexes: () => ({ values: PARAMETERBLAD, load: () => undefined }),
  };
  const ctx = new OfficeMockObject({ workbook: { application: { suspendApiCalculationUntilNextSync: () => undefined } } }) as unknown as {
    workbook: Record<string, unknown>;
  };
  ctx.workbook.worksheets = {
    items: [{ name: "Parameters" }],
    load: () => undefined,
    // the other sheets Berekenen looks for (region workbook, Functiemix, Scenario's, Indexatie) are absent
    getItemOrNullObject: (n: string) => (n === "Parameters" ? parameterblad : { isNullObject: true, load: () => undefined }),
    add: () => blad,
  };
  const uit = await bereken(ctx as unknown as Excel.RequestContext, { formules: false, namespace: "RT", versie: "1.2.3" });
  expect(uit.ok).toBe(true);
  const cellen = raster(blad.acties, "formulas");
  // the tariffs as shown on the sheet, per product row
  const opBlad = new Map(cellen.filter((r) => String(r[0]).startsWith("Product: ")).map((r) => [String(r[0]).slice(9), new Decimal(String(r[1])).toFixed(2)]));
  expect([...opBlad.values()]).toEqual(["63.33", "37.02"]);

  const blok = auditblokUitRijen(cellen);
  expect(blok.productversie).toBe("1.2.3");
  expect(blok.standaardPeildatum).toBe(vandaagIso());
  expect(blok.berekeningen[0].parameters).toEqual({ loonkosten_per_uur: "42.22", productiviteit: "0.8", overhead: "0.2" });
  const h = herbereken(blok, gegevensOmgeving());
  expect(h.map((x) => [x.naam, x.herberekend.tarief.toFixed(2), x.gelijk])).toEqual([...opBlad.entries()].map(([n, t]) => [n, t, true]));
});

test("Opbouw uitschrijven: the audit block below the breakdown; a tampered copy recomputes to another tariff", async () => {
  const selectie = PARAMETERBLAD.slice(1).map((r) => [r[0], r[1]]);
  const geschreven: Schrijfactie[] = [];
  let voorgelezen = false;
  const ctx = new OfficeMockObject({
    workbook: {
      selectie: {
        values: selectie,
        rowIndex: 1,
        columnIndex: 0,
        rowCount: 3,
        columnCount: 2,
        address: "Blad1!A2:B4",
        worksheet: {
          name: "Blad1",
          getRangeByIndexes(rij: number, kolom: number, rijen: number, kolommen: number) {
            // the first request is the preflight read of the (empty) target: as Excel, an array of the range's size
            if (!voorgelezen) {
              voorgelezen = true;
              const leeg = Array.from({ length: rijen }, () => Array<string>(kolommen).fill(""));
              return { load: () => undefined, values: leeg, formulas: leeg };
            }
            const a = { rij, kolom, rijen, kolommen, format: { font: {} } };
            geschreven.push(a);
            return a;
          },
        },
      },
      getSelectedRange(this: { selectie: unknown }) {
        return this.selectie;
      },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
    },
  }) as unknown as Excel.RequestContext;
  const uit = await schrijfOpbouw(ctx, "rechts", "1.2.3");
  expect(uit.ok).toBe(true);
  expect(uit.melding).toMatch(/^Opbouw \(\d+ regels\) en verantwoording geschreven naar D2:G\d+, het tarief per kostprijselement ernaast\./);
  const cellen = raster(
    geschreven.filter((g) => (g as Schrijfactie).values && (g as Schrijfactie).values!.length > 1),
    "values",
  ).map((r) => r.slice(3));
  // the breakdown's last row is still the tariff, then an empty row, then the block
  const eind = cellen.findIndex((r) => r[0] === "Verantwoording");
  expect(String(cellen[eind - 2][0])).toMatch(/^Tarief/);
  expect(new Decimal(String(cellen[eind - 2][1])).toFixed(2)).toBe("63.33");
  const blok = auditblokUitRijen(cellen);
  expect(blok.berekeningen[0].naam).toBe("selectie Blad1!A2:B4");
  expect(herbereken(blok, gegevensOmgeving())[0]).toMatchObject({ gelijk: true });
  // tampered: productiviteit 0,8 → 0,75 gives 42,22 / 0,75 × 1,2 = 67,552 → 67,55, no longer the stored 63,33
  const vervalst = cellen.map((r) => (r[0] === "berekeningen.1.parameters.productiviteit" ? [r[0], "0.75"] : r));
  const h = herbereken(auditblokUitRijen(vervalst), gegevensOmgeving())[0];
  expect([h.gelijk, h.herberekend.tarief.toFixed(2), h.opgeslagen.tarief]).toEqual([false, "67.55", "63.33"]);
});
