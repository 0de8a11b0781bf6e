/**
 * The chart writer against a mocked Excel.RequestContext (office-addin-mock): load/sync semantics are enforced
 * for the sheet (reading isNullObject before load + sync throws), and the chart gets the type,
 * source range, series orientation, title, axis format and place the pane asked for.
 */
import { OfficeMockObject } from "office-addin-mock";
import { voegGrafiekToe, type GrafiekAanbod } from "../../src/taskpane/writers/grafiek";

function maakContext(bestaat = true) {
  const toegevoegd: { type: unknown; bron: unknown; seriesBy: unknown }[] = [];
  const bereiken: string[] = [];
  const plaats: string[] = [];
  const grafiek = {
    name: "",
    title: { text: "" },
    legend: { position: "" },
    axes: { valueAxis: { numberFormat: "" } },
    setPosition(van: string, tot: string) {
      plaats.push(van, tot);
    },
    // office-addin-mock cannot mock collections: the series collection is a small fake with load + items
    series: {
      geladen: "",
      load(p: string) {
        grafiek.series.geladen = p;
      },
      items: [{ name: "Basis" }, { name: "Hogere overhead" }],
    },
  };
  const seed = {
    workbook: {
      worksheets: {
        blad: {
          isNullObject: !bestaat,
          getRange(adres: string) {
            bereiken.push(adres);
            return { adres };
          },
          charts: {
            add(type: unknown, bron: unknown, seriesBy: unknown) {
              toegevoegd.push({ type, bron, seriesBy });
              return grafiek;
            },
          },
        },
        getItemOrNullObject(this: { blad: unknown }, naam: string) {
          expect(naam).toBe("RT Resultaten");
          return this.blad;
        },
      },
    },
  };
  const ctx = new OfficeMockObject(seed);
  return { ctx: ctx as unknown as Excel.RequestContext, toegevoegd, bereiken, plaats, grafiek };
}

const AANBOD: GrafiekAanbod = { soort: "scenarios", titel: "Tarief per product per scenario", bron: "'RT Resultaten'!F20:H22", plaats: "J19:Q34" };

test("scenariovergelijking: geclusterde kolommen over de tabel, reeksen per kolom, titel, €-as en plaats", async () => {
  const { ctx, toegevoegd, bereiken, plaats, grafiek: g } = maakContext();
  const u = await voegGrafiekToe(ctx, AANBOD);
  expect(u.ok).toBe(true);
  expect(bereiken).toEqual(["F20:H22"]);
  expect(toegevoegd).toHaveLength(1);
  expect(toegevoegd[0].type).toBe("ColumnClustered");
  expect(toegevoegd[0].seriesBy).toBe("Columns");
  expect(g.series.geladen).toBe("items/name");
  expect(g.title.text).toBe("Tarief per product per scenario");
  expect(g.name).toBe("RT scenariovergelijking");
  expect(g.axes.valueAxis.numberFormat).toBe('"€" #,##0.00');
  expect(plaats).toEqual(["J19", "Q34"]);
  expect(u.reeksen).toEqual(["Basis", "Hogere overhead"]);
  expect(u.melding).toBe(
    "Grafiek 'Tarief per product per scenario' gemaakt op het werkblad 'RT Resultaten' (J19:Q34) uit 'RT Resultaten'!F20:H22: 2 reeksen (Basis, Hogere overhead).",
  );
});

test("opbouw per kostprijselement: gestapelde kolommen", async () => {
  const { ctx, toegevoegd } = maakContext();
  expect((await voegGrafiekToe(ctx, { ...AANBOD, soort: "opbouw", titel: "Tarief per wettelijk kostprijselement" })).ok).toBe(true);
  expect(toegevoegd[0].type).toBe("ColumnStacked");
});

test("het resultaatblad bestaat niet meer: niets toegevoegd, een Nederlandse melding", async () => {
  const { ctx, toegevoegd } = maakContext(false);
  const u = await voegGrafiekToe(ctx, AANBOD);
  expect(u.ok).toBe(false);
  expect(u.melding).toBe(
    "De grafiek 'Tarief per product per scenario' is niet gemaakt: het werkblad 'RT Resultaten' bestaat niet meer. Kies opnieuw Berekenen.",
  );
  expect(toegevoegd).toHaveLength(0);
});

test("een ongeldig bronadres wordt geweigerd", async () => {
  const { ctx, toegevoegd } = maakContext();
  const u = await voegGrafiekToe(ctx, { ...AANBOD, bron: "F20:H22" });
  expect(u.ok).toBe(false);
  expect(u.melding).toContain("het bronbereik F20:H22 is geen geldig adres");
  expect(toegevoegd).toHaveLength(0);
});
