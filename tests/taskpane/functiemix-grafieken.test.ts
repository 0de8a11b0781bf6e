/**
 * Controleren/Berekenen with a function mix (sheet "Functiemix") and scenarios (sheet "Scenario's"), the summary
 * tables beside the results and the native charts over them — run against the stub host's in-memory workbook
 * (tests/taskpane/stub-host.js loaded in Node), the same fake the browser tests use. Expected tariffs are
 * computed by hand (bc) and, independently of the pane, by the engine from parsed parameters.
 */
import { auditblokUitRijen, herbereken } from "../../src/core/verantwoording";
import { gegevensOmgeving } from "../../src/data/versies";
import { Decimal } from "../../src/core/decimal";
import { standaardCaoBron } from "../../src/data";
import { vandaagIso } from "../../src/functions/adapters/invoer";
import { leesParameterObject } from "../../src/core/parameters/lezen";
import { berekenTarief } from "../../src/core/tarief";
import { BLAD, FUNCTIEMIX_RIJEN, kostprijsSjabloon, parameterRij, regioSjabloon } from "../../src/sjablonen/definities";
import { bereken, controleer } from "../../src/taskpane/writers/sjabloon-rekenen";
import { voegSjabloonIn } from "../../src/taskpane/writers/sjabloon-invoegen";
import { voegGrafiekToe } from "../../src/taskpane/writers/grafiek";
import { laadStubHost, sleutel, type StubBlad } from "./stub-werkmap";

const OPTIES = { namespace: "RT", versie: "test" };

/** The values of column A/B of the result sheet: product name → tariff. */
function tarieven(blad: StubBlad): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(blad.cellen)) {
    const [r, c] = k.split(",").map(Number);
    if (c === 0 && typeof v === "string" && v.startsWith("Product: ")) uit[v.slice(9)] = blad.cellen[`${r},1`] ?? blad.formules[`${r},1`];
  }
  return uit;
}

/** A block of the result sheet from (rij, kolom) as rows, until an empty first cell. */
function tabel(blad: StubBlad, rij: number, kolom: number, breedte: number): unknown[][] {
  const uit: unknown[][] = [];
  for (let r = rij; blad.cellen[`${r},${kolom}`] !== undefined; r++)
    uit.push(Array.from({ length: breedte }, (_, i) => blad.cellen[`${r},${kolom + i}`] ?? ""));
  return uit;
}

/**
 * Product "Begeleiding" with a function mix of two functions at 50% each (€ 3000 and € 4000 a month), no
 * allowances or premiums, 36 h/week, productivity 75%, overhead 20%. By hand (bc), the mix equals one salary of € 3500:
 *   3500*12/(36*52) = 22.4359 per paid hour; /0.75 = 29.9145; *1.2 = 35.8974 → 35.90
 * without the mix (the parameter column's own € 3000) it would be 3000*12/1872/0.75*1.2 = 30.769 → 30.77.
 * Product "Huishouden" has no mix rows: loonkosten_per_uur 30, productiviteit 0.8, overhead 0.2 → 30/0.8*1.2 = 45.00.
 */
const NUL = ["vakantietoeslag", "eindejaarsuitkering", "sociale_lasten", "pensioenpremie", "overige_personeelskosten"];
/** A real zero: 'geen' where a blank cell and 0 differ (docs/excel.md §5), else 0. */
const nul = (n: string) => (n === "overige_personeelskosten" ? 0 : "geen");
function vulKostprijs(typ: (blad: string, adres: string, waarde: unknown) => void): void {
  const p = (naam: string) => parameterRij(naam);
  typ(BLAD.parameters, "B1", "Begeleiding");
  typ(BLAD.parameters, "C1", "Huishouden");
  typ(BLAD.parameters, `B${p("maandsalaris")}`, 3000);
  typ(BLAD.parameters, `B${p("uren_per_week")}`, 36);
  for (const n of NUL) typ(BLAD.parameters, `B${p(n)}`, nul(n));
  typ(BLAD.parameters, `B${p("productiviteit")}`, 0.75);
  typ(BLAD.parameters, `B${p("overhead")}`, 0.2);
  typ(BLAD.parameters, `C${p("loonkosten_per_uur")}`, 30);
  typ(BLAD.parameters, `C${p("productiviteit")}`, 0.8);
  typ(BLAD.parameters, `C${p("overhead")}`, 0.2);
  // Functiemix: A product, B functie, C aandeel, E maandsalaris
  typ(BLAD.functiemix, "A2", "Begeleiding");
  typ(BLAD.functiemix, "B2", "Begeleider");
  typ(BLAD.functiemix, "C2", 0.5);
  typ(BLAD.functiemix, "E2", 3000);
  typ(BLAD.functiemix, "A3", "begeleiding "); // same product: case and spaces do not matter
  typ(BLAD.functiemix, "B3", "Gedragswetenschapper");
  typ(BLAD.functiemix, "C3", 0.5);
  typ(BLAD.functiemix, "E3", 4000);
}

async function kostprijsMetMix() {
  const host = laadStubHost();
  const ingevoegd = await host.run((ctx) => voegSjabloonIn(ctx, kostprijsSjabloon()));
  expect(ingevoegd.ok).toBe(true);
  vulKostprijs(host.werkmap.typ);
  return host;
}

describe("functiemix in Controleren en Berekenen", () => {
  test("de tarieven op het resultaatblad zijn die van de rekenkern MET de functiemix", async () => {
    const host = await kostprijsMetMix();
    const c = await host.run((ctx) => controleer(ctx));
    expect(c.problemen).toEqual([]);
    expect(c.melding).toContain("(1 met een functiemix van het blad 'Functiemix')");
    const u = await host.run((ctx) => bereken(ctx, { ...OPTIES, formules: false }));
    expect(u.ok).toBe(true);
    const t = tarieven(host.blad("RT Resultaten")!);
    expect(t).toEqual({ Begeleiding: 35.9, Huishouden: 45 });

    // independently: the engine on parsed input (no pane code), mix as two function rows
    const basis = Object.fromEntries([
      ["maandsalaris", 3000],
      ["uren_per_week", 36],
      ...NUL.map((n) => [n, nul(n)]),
      ["productiviteit", 0.75],
      ["overhead", 0.2],
    ]);
    const parameters = leesParameterObject(basis);
    const met = berekenTarief(
      {
        parameters,
        functiemix: [
          { functie: "Begeleider", aandeel: new Decimal("0.5"), maandsalaris: new Decimal(3000) },
          { functie: "Gedragswetenschapper", aandeel: new Decimal("0.5"), maandsalaris: new Decimal(4000) },
        ] as never,
      },
      { caoBron: standaardCaoBron, vandaag: vandaagIso() },
    );
    expect(met.tarief.toFixed(2)).toBe("35.90");
    expect(new Decimal(t.Begeleiding as number).eq(met.tarief)).toBe(true);
    // and the mix really was used: without it the same column gives 30.77
    expect(berekenTarief({ parameters }, { caoBron: standaardCaoBron, vandaag: vandaagIso() }).tarief.toFixed(2)).toBe("30.77");
    // the product line says where the mix came from
    const res = host.blad("RT Resultaten")!;
    const rij = Object.entries(res.cellen)
      .find(([, v]) => v === "Product: Begeleiding")![0]
      .split(",")[0];
    expect(res.cellen[`${rij},3`]).toContain("met de functiemix (2 functies)");
  });

  test("het verantwoordingsblok onder de resultaten draagt de functiemix: herbereken geeft 35,90 voor Begeleiding, niet 30,77", async () => {
    const host = await kostprijsMetMix();
    const u = await host.run((ctx) => bereken(ctx, { ...OPTIES, formules: false }));
    expect(u.ok).toBe(true);
    const res = host.blad("RT Resultaten")!;
    // the sheet as a grid (cells keyed "rij,kolom"); a leading apostrophe marks text and is not part of the value
    const raster: unknown[][] = [];
    for (const [k, v] of Object.entries(res.cellen)) {
      const [r, c] = k.split(",").map(Number);
      (raster[r] ??= [])[c] = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
    }
    const blok = auditblokUitRijen(Array.from(raster, (r) => Array.from(r ?? [], (v) => v ?? "")));
    const begeleiding = blok.berekeningen.find((b) => b.naam === "Begeleiding")!;
    expect(begeleiding.functiemix).toHaveLength(2);
    const h = herbereken(blok, gegevensOmgeving());
    expect(h.map((x) => [x.naam, x.herberekend.tarief.toFixed(2), x.gelijk])).toEqual([
      ["Begeleiding", "35.90", true],
      ["Huishouden", "45.00", true],
    ]);
  });

  test("live formules: RT.TARIEF krijgt de functiemix van het product als FILTER over het blad Functiemix", async () => {
    const host = await kostprijsMetMix();
    const u = await host.run((ctx) => bereken(ctx, { ...OPTIES, formules: true }));
    expect(u.ok).toBe(true);
    const formules = Object.values(host.blad("RT Resultaten")!.formules);
    const laatste = FUNCTIEMIX_RIJEN + 1;
    const bron = `'Functiemix'!$B$1:$K$${laatste}`;
    const mix = `FILTER(IF(${bron}="","",${bron}),(ROW('Functiemix'!$A$1:$A$${laatste})=1)+(TRIM('Functiemix'!$A$1:$A$${laatste})="Begeleiding"))`;
    const tariefB = formules.find((f) => f.startsWith("=RT.TARIEF(") && f.includes("'Parameters'!$B$2:$B$"))!;
    expect(tariefB.endsWith(`,${mix})`)).toBe(true);
    expect(formules.some((f) => f.startsWith("=RT.OPBOUW(") && f.endsWith(`,${mix})`))).toBe(true);
    // the product without mix rows gets no functiemix argument
    const tariefC = formules.find((f) => f.startsWith("=RT.TARIEF(") && f.includes("'Parameters'!$C$2:$C$"))!;
    expect(tariefC).not.toContain("FILTER");
  });

  test("een fout in de functiemix wordt gemeld met de cel op het blad Functiemix; een onbekend product ook", async () => {
    const host = await kostprijsMetMix();
    host.werkmap.typ(BLAD.functiemix, "C3", "veel"); // share is not a number
    host.werkmap.typ(BLAD.functiemix, "A4", "Begeleiding groep"); // not a product of row 1
    host.werkmap.typ(BLAD.functiemix, "C4", 1);
    const c = await host.run((ctx) => controleer(ctx));
    const cellen = c.problemen.map((p) => p.cel);
    expect(cellen).toContain("Functiemix!C3");
    expect(cellen).toContain("Functiemix!A4");
    expect(c.problemen.find((p) => p.cel === "Functiemix!A4")!.melding).toContain("'Begeleiding groep' staat niet in rij 1 van het blad 'Parameters'");
    expect(c.ok).toBe(false);
    const u = await host.run((ctx) => bereken(ctx, { ...OPTIES, formules: false }));
    expect(u.ok).toBe(false);
    expect(host.blad("RT Resultaten")).toBeUndefined();
  });
});

/** The domain spec's two products: 42.22 and 24.68 per hour, productivity 80%, overhead 20%. */
async function regioMetScenario() {
  const host = laadStubHost();
  expect((await host.run((ctx) => voegSjabloonIn(ctx, regioSjabloon()))).ok).toBe(true);
  const typ = host.werkmap.typ;
  typ(BLAD.parameters, "B1", "Begeleiding individueel");
  typ(BLAD.parameters, "C1", "Begeleiding groep");
  typ(BLAD.parameters, `B${parameterRij("loonkosten_per_uur")}`, 42.22);
  typ(BLAD.parameters, `C${parameterRij("loonkosten_per_uur")}`, 24.68);
  for (const k of ["B", "C"]) {
    typ(BLAD.parameters, `${k}${parameterRij("productiviteit")}`, 0.8);
    typ(BLAD.parameters, `${k}${parameterRij("overhead")}`, 0.2);
  }
  typ(BLAD.scenarios, "A2", "Hogere overhead");
  typ(BLAD.scenarios, "B2", "overhead");
  typ(BLAD.scenarios, "C2", 0.25);
  typ(BLAD.scenarios, "A3", "Lagere productiviteit");
  typ(BLAD.scenarios, "B3", "productiviteit");
  typ(BLAD.scenarios, "C3", 0.75);
  return host;
}

describe("overzichtstabellen en grafieken na Berekenen", () => {
  test("scenariovergelijking en opbouw per kostprijselement naast de resultaten, met de juiste bedragen", async () => {
    const host = await regioMetScenario();
    const u = await host.run((ctx) => bereken(ctx, { ...OPTIES, formules: false }));
    expect(u.ok).toBe(true);
    const blad = host.blad("RT Resultaten")!;
    expect(u.grafieken!.map((g) => g.soort)).toEqual(["opbouw", "scenarios"]);

    // by hand (bc): base 42.22/0.8*1.2 = 63.3300, 24.68/0.8*1.2 = 37.0200;
    // overhead 25%: 42.22/0.8*1.25 = 65.96875 → 65.97, 24.68/0.8*1.25 = 38.5625 → 38.56;
    // productivity 75%: 42.22/0.75*1.2 = 67.552 → 67.55, 24.68/0.75*1.2 = 39.488 → 39.49
    const scen = u.grafieken!.find((g) => g.soort === "scenarios")!;
    expect(scen.bron).toBe("'RT Resultaten'!F20:I22");
    expect(tabel(blad, 19, 5, 4)).toEqual([
      ["Product", "Basis", "Hogere overhead", "Lagere productiviteit"],
      ["Begeleiding individueel", 63.33, 65.97, 67.55],
      ["Begeleiding groep", 37.02, 38.56, 39.49],
    ]);
    expect(blad.formaten[sleutel("G21")]).toBe('"€" #,##0.00');

    // per legal element: 42.22 personnel, 42.22/0.8 − 42.22 = 10.555 → 10.56 non-productive hours,
    // 52.775 × 0.2 = 10.555 → 10.56 overhead; the lines add up to 63.34, so the rounding difference is −0.01
    const opb = u.grafieken!.find((g) => g.soort === "opbouw")!;
    expect(opb.bron).toBe("'RT Resultaten'!F2:J4");
    const rijen = tabel(blad, 1, 5, 5);
    expect(rijen).toEqual([
      ["Product", "Beroepskrachten (J-a/W-a)", "Niet-productieve uren (J-a/W-c)", "Overhead (J-c/W-b)", "Afrondingsverschil"],
      ["Begeleiding individueel", 42.22, 10.56, 10.56, -0.01],
      ["Begeleiding groep", 24.68, 6.17, 6.17, 0],
    ]);
    // every stacked bar is exactly the tariff
    for (const [r, tarief] of [
      [rijen[1], "63.33"],
      [rijen[2], "37.02"],
    ] as const)
      expect(
        r
          .slice(1)
          .reduce((s: Decimal, v) => s.plus(v as number), new Decimal(0))
          .toFixed(2),
      ).toBe(tarief);
  });

  test("grafieken: geclusterde kolommen per scenario en gestapelde kolommen per kostprijselement, met bron en reeksnamen", async () => {
    const host = await regioMetScenario();
    const u = await host.run((ctx) => bereken(ctx, { ...OPTIES, formules: false }));
    for (const a of u.grafieken!) expect((await host.run((ctx) => voegGrafiekToe(ctx, a))).ok).toBe(true);
    const g = host.blad("RT Resultaten")!.grafieken;
    expect(g.map((x) => [x.type, x.bron, x.seriesBy])).toEqual([
      ["ColumnStacked", "'RT Resultaten'!F2:J4", "Columns"],
      ["ColumnClustered", "'RT Resultaten'!F20:I22", "Columns"],
    ]);
    expect(g[1].reeksen).toEqual(["Basis", "Hogere overhead", "Lagere productiviteit"]);
    expect(g[1].categorieen).toEqual(["Begeleiding individueel", "Begeleiding groep"]);
    expect(g[0].reeksen).toEqual(["Beroepskrachten (J-a/W-a)", "Niet-productieve uren (J-a/W-c)", "Overhead (J-c/W-b)", "Afrondingsverschil"]);
    expect(g[1].titel).toBe("Tarief per product per scenario");
    expect(g[1].asFormaat).toBe('"€" #,##0.00');
    // each chart beside its own table, not over it nor over the results in A–D
    expect(g[0].plaats).toBe("L1:S16");
    expect(g[1].plaats).toBe("K19:R34");
  });

  test("een scenario met een onbekende parameter wordt gemeld met de cel; zonder naam ook", async () => {
    const host = await regioMetScenario();
    host.werkmap.typ(BLAD.scenarios, "D3", "overhed");
    host.werkmap.typ(BLAD.scenarios, "E3", 0.3);
    host.werkmap.typ(BLAD.scenarios, "B4", "overhead");
    host.werkmap.typ(BLAD.scenarios, "C4", 0.3);
    const c = await host.run((ctx) => controleer(ctx));
    expect(c.problemen.map((p) => p.cel)).toEqual(["'Scenario''s'!D3", "'Scenario''s'!A4"]);
    expect(c.problemen[0].melding).toContain("Onbekende parameter 'overhed'");
  });

  test("indexatie: het tarief per jaar met de index en afronding van het blad Indexatie; een fout jaar met zijn cel", async () => {
    const host = await regioMetScenario();
    const typ = host.werkmap.typ;
    typ(BLAD.indexatie, "A2", 2026);
    typ(BLAD.indexatie, "B2", 0.0363);
    typ(BLAD.indexatie, "C2", "cent");
    typ(BLAD.indexatie, "A3", 2027);
    typ(BLAD.indexatie, "B3", 0.029);
    const u = await host.run((ctx) => bereken(ctx, { ...OPTIES, formules: false }));
    expect(u.ok).toBe(true);
    expect(u.melding).toContain("en de tarieven per jaar 2026–2027 (indexatie)");
    const blad = host.blad("RT Resultaten")!;
    const start =
      Number(
        Object.entries(blad.cellen)
          .find(([, v]) => v === "Tarief per product per jaar (geïndexeerd) (waarden)")![0]
          .split(",")[0],
      ) + 1;
    // by hand (bc), rounded to cents each year: 63.33*1.0363 = 65.628879 → 65.63; 65.63*1.029 = 67.53327 → 67.53;
    // 37.02*1.0363 = 38.363826 → 38.36; 38.36*1.029 = 39.47244 → 39.47
    expect(tabel(blad, start, 5, 4)).toEqual([
      ["Product", "Tarief", "2026", "2027"],
      ["Begeleiding individueel", 63.33, 65.63, 67.53],
      ["Begeleiding groep", 37.02, 38.36, 39.47],
    ]);
    expect(u.grafieken!.map((g) => g.soort)).toEqual(["opbouw", "scenarios", "indexatie"]);

    typ(BLAD.indexatie, "A4", 1999);
    typ(BLAD.indexatie, "B4", 0.02);
    const c = await host.run((ctx) => controleer(ctx));
    expect(c.problemen).toEqual([
      { cel: "Indexatie!A4", product: "", melding: "jaar = '1999' is geen jaartal; toegestaan: een jaar van 2000 tot en met 2100." },
    ]);
  });

  test("zonder scenario's wordt alleen de opbouwgrafiek aangeboden", async () => {
    const host = await kostprijsMetMix();
    const u = await host.run((ctx) => bereken(ctx, { ...OPTIES, formules: false }));
    expect(u.grafieken!.map((g) => g.soort)).toEqual(["opbouw"]);
  });

  test("een grafiek op een verwijderd resultaatblad: Nederlandse melding, geen uitzondering", async () => {
    const host = laadStubHost();
    const u = await host.run((ctx) =>
      voegGrafiekToe(ctx, { soort: "scenarios", titel: "Tarief per product per scenario", bron: "'RT Resultaten'!F2:H4", plaats: "J1:Q16" }),
    );
    expect(u.ok).toBe(false);
    expect(u.melding).toContain("het werkblad 'RT Resultaten' bestaat niet meer");
  });
});

describe("Berekenen naast de invoer", () => {
  test("rechts van het parameterblad (één lege kolom ertussen), met dezelfde tarieven en de overzichten ernaast", async () => {
    const host = await regioMetScenario();
    const u = await host.run((ctx) => bereken(ctx, { ...OPTIES, formules: false, doel: "naast_invoer" }));
    expect(u.ok).toBe(true);
    expect(host.blad("RT Resultaten")).toBeUndefined();
    const blad = host.blad(BLAD.parameters)!;
    // the template uses A–M (parameter, 10 products, unit, explanation): the results start in column O
    expect(blad.cellen[sleutel("O1")]).toBe("Reële Tarieven — resultaten");
    expect(u.melding).toContain("naast de invoer op het blad 'Parameters' (vanaf kolom O)");
    const producten = Object.entries(blad.cellen).filter(([k, v]) => k.endsWith(",14") && String(v).startsWith("Product: "));
    expect(producten.map(([k]) => blad.cellen[`${k.split(",")[0]},15`])).toEqual([63.33, 37.02]);
    // the inputs are untouched
    expect(blad.cellen[sleutel("B1")]).toBe("Begeleiding individueel");
    expect(blad.cellen[sleutel(`B${parameterRij("loonkosten_per_uur")}`)]).toBe(42.22);
    // a second run at the same place is refused (its own results are not overwritten either)
    const weer = await host.run((ctx) => bereken(ctx, { ...OPTIES, formules: false, doel: "naast_invoer" }));
    expect(weer.ok).toBe(false);
    expect(weer.bezet![0]).toEqual({ cel: "Parameters!O1", waarde: "Reële Tarieven — resultaten" });
    // the scenario table at O+5 = T, and the chart source points there
    expect(u.grafieken!.find((g) => g.soort === "scenarios")!.bron).toBe("'Parameters'!T20:W22");
    expect(tabel(blad, 20, 19, 4)).toEqual([
      ["Begeleiding individueel", 63.33, 65.97, 67.55],
      ["Begeleiding groep", 37.02, 38.56, 39.49],
    ]);
  });

  test("WEIGERT als een doelcel niet leeg is: noemt adres en huidige waarde, schrijft niets", async () => {
    const host = await regioMetScenario();
    host.werkmap.typ(BLAD.parameters, "P9", "mijn notitie");
    host.werkmap.typ(BLAD.parameters, "U21", 12.5);
    const voor = JSON.stringify(host.blad(BLAD.parameters)!.cellen);
    const u = await host.run((ctx) => bereken(ctx, { ...OPTIES, formules: false, doel: "naast_invoer" }));
    expect(u.ok).toBe(false);
    expect(u.bezet).toEqual([
      { cel: "Parameters!P9", waarde: "mijn notitie" },
      { cel: "Parameters!U21", waarde: "12.5" },
    ]);
    expect(u.melding).toBe(
      "Er is niets geschreven: naast de invoer zouden 2 niet-lege cellen worden overschreven: Parameters!P9 (mijn notitie), Parameters!U21 (12.5). Schrijf op een nieuw werkblad of maak deze cellen leeg.",
    );
    expect(u.cel).toBe("Parameters!P9");
    expect(JSON.stringify(host.blad(BLAD.parameters)!.cellen)).toBe(voor);
    expect(host.werkmap.bladen.map((b) => b.name)).not.toContain("RT Resultaten");
  });

  test("een formule zonder waarde telt ook als niet leeg; meer dan vijf cellen: de eerste vijf en het aantal", async () => {
    const host = await regioMetScenario();
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(BLAD.parameters).getRange("O5").formulas = [["=SUM(B2:B3)"]];
      await ctx.sync();
    });
    for (let r = 10; r < 16; r++) host.werkmap.typ(BLAD.parameters, `Q${r}`, r);
    const u = await host.run((ctx) => bereken(ctx, { ...OPTIES, formules: false, doel: "naast_invoer" }));
    expect(u.bezet![0]).toEqual({ cel: "Parameters!O5", waarde: "=SUM(B2:B3)" });
    expect(u.bezet).toHaveLength(7);
    expect(u.melding).toContain("Parameters!O5 (=SUM(B2:B3)), Parameters!Q10 (10), Parameters!Q11 (11), Parameters!Q12 (12), Parameters!Q13 (13) en nog 2.");
  });
});
