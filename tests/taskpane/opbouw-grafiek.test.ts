/**
 * "Opbouw uitschrijven" with its chart, against the stub host's in-memory workbook: beside the breakdown the
 * tariff per legal cost element (one row, the same table Berekenen writes), and over it a native stacked column
 * chart (worksheet.charts.add, series by columns) offered to the pane.
 * Worked example (Begeleiding Extra of the domain spec): 42,22 per paid hour (J-a/W-a); / 0,8 = 52,775 per
 * productive hour, so the non-productive hours are 52,775 − 42,22 = 10,555 → 10,56 (J-a/W-c); overhead 20% opslag:
 * 52,775 × 0,2 = 10,555 → 10,56 (J-c/W-b); tariff 52,775 × 1,2 = 63,33. The lines add up to 42,22 + 10,56 + 10,56 =
 * 63,34, so a rounding difference of −0,01 is its own column and the element row adds up to 63,33.
 */
import { Decimal } from "../../src/core/decimal";
import { schrijfOpbouw } from "../../src/taskpane/writers/opbouw";
import { voegGrafiekToe } from "../../src/taskpane/writers/grafiek";
import { laadStubHost } from "./stub-werkmap";

const VOORBEELD = [
  ["loonkosten_per_uur", 42.22],
  ["productiviteit", 0.8],
  ["overhead", 0.2],
];

function host() {
  return laadStubHost({ selectie: { blad: "Blad1", rij: 0, kolom: 0, waarden: VOORBEELD } });
}

/** The element table beside the breakdown: header row and the product row, from the title cell. */
function elementRijen(cellen: Record<string, unknown>, titelRij: number, kolom: number): unknown[][] {
  const breedte = [...Array(20).keys()].findIndex((k) => cellen[`${titelRij + 1},${kolom + k}`] === undefined);
  return [1, 2].map((i) => Array.from({ length: breedte }, (_, k) => cellen[`${titelRij + i},${kolom + k}`]));
}

describe("Opbouw uitschrijven met grafiek", () => {
  test("rechts van de selectie: opbouw in D–G, elementtabel vanaf I, gestapelde kolomgrafiek ernaast", async () => {
    const h = host();
    const uit = await h.run((ctx) => schrijfOpbouw(ctx, "rechts", "test"));
    expect(uit.ok).toBe(true);
    expect(uit.grafieken).toHaveLength(1);
    const b = h.blad("Blad1")!;
    // breakdown from D1 (selection A1:B3, one empty column); element table five columns further, in I
    expect(b.cellen["0,3"]).toBe("Omschrijving");
    expect(b.cellen["0,8"]).toBe("Tarief per wettelijk kostprijselement (waarden)");
    const [kop, rij] = elementRijen(b.cellen, 0, 8);
    expect(kop[0]).toBe("Product");
    expect(rij[0]).toBe("selectie Blad1!A1:B3");
    const bedrag = (naam: string) => new Decimal(rij[kop.indexOf(naam)] as number).toFixed(2);
    expect(kop.slice(1)).toEqual(["Beroepskrachten (J-a/W-a)", "Niet-productieve uren (J-a/W-c)", "Overhead (J-c/W-b)", "Afrondingsverschil"]);
    expect(["Beroepskrachten (J-a/W-a)", "Niet-productieve uren (J-a/W-c)", "Overhead (J-c/W-b)", "Afrondingsverschil"].map(bedrag)).toEqual([
      "42.22",
      "10.56",
      "10.56",
      "-0.01",
    ]);
    // the stack adds up to the tariff, to the cent
    expect(
      rij
        .slice(1)
        .reduce((s: Decimal, v) => s.plus(v as number), new Decimal(0))
        .toFixed(2),
    ).toBe("63.33");

    const g = await h.run((ctx) => voegGrafiekToe(ctx, uit.grafieken![0]));
    expect(g.ok).toBe(true);
    const [grafiek] = b.grafieken;
    expect(grafiek.type).toBe("ColumnStacked");
    expect(grafiek.bron).toBe(`Blad1!I2:${String.fromCharCode(72 + kop.length)}3`);
    expect(grafiek.reeksen).toEqual(kop.slice(1));
    expect(grafiek.categorieen).toEqual(["selectie Blad1!A1:B3"]);
    expect(grafiek.titel).toBe("Tarief per wettelijk kostprijselement");
  });

  test("op een nieuw werkblad: opbouw in A, elementtabel in F, grafiek erover", async () => {
    const h = host();
    const uit = await h.run((ctx) => schrijfOpbouw(ctx, "nieuw_blad", "test"));
    expect(uit.ok).toBe(true);
    expect(uit.grafieken![0].bron).toMatch(/^'RT Opbouw'!F2:[A-Z]+3$/);
    await h.run((ctx) => voegGrafiekToe(ctx, uit.grafieken![0]));
    expect(h.blad("RT Opbouw")!.grafieken.map((x) => x.type)).toEqual(["ColumnStacked"]);
  });

  test("een notitie waar de elementtabel komt: niets geschreven, het bereik genoemd", async () => {
    const h = host();
    h.werkmap.typ("Blad1", "J2", "notitie");
    const uit = await h.run((ctx) => schrijfOpbouw(ctx, "rechts", "test"));
    expect(uit.ok).toBe(false);
    expect(uit.melding).toMatch(/^Het doelbereik I1:[A-Z]+3 is niet leeg; er wordt niets overschreven\./);
    expect(Object.keys(h.blad("Blad1")!.cellen).sort()).toEqual(["0,0", "0,1", "1,0", "1,1", "1,9", "2,0", "2,1"]);
  });
});
