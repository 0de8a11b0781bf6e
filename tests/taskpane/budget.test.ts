/**
 * The template "Scenario's en budget" (a region workbook) in the pane, against the stub host's in-memory
 * workbook: inserted, filled with the sample region's tables, Controleren, Berekenen. The written comparison and
 * budget equal the engine's region computation on the sample region itself (src/data/voorbeeldregio), computed
 * here independently, to the cent. A wrong cell is reported with its sheet and cell.
 */
import { Decimal } from "../../src/core/decimal";
import { berekenRegio } from "../../src/core/regio";
import { standaardCaoBron } from "../../src/data";
import { vandaagIso } from "../../src/functions/adapters/invoer";
import { voorbeeldRegio } from "../../src/data/voorbeeldregio";
import { bandbreedteSjabloon, budgetSjabloon } from "../../src/sjablonen/budget";
import { REGIO_BLADEN } from "../../src/sjablonen/regio-bladen";
import { voegGrafiekToe } from "../../src/taskpane/writers/grafiek";
import { bereken, controleer } from "../../src/taskpane/writers/sjabloon-rekenen";
import { voegSjabloonIn } from "../../src/taskpane/writers/sjabloon-invoegen";
import { regioFoutCel } from "../../src/taskpane/writers/regio-rekenen";
import { laadStubHost, type StubBlad } from "./stub-werkmap";
import { vulRegioWerkmap } from "./voorbeeld-invullen";

const OPTIES = { namespace: "RT", versie: "test", formules: false };

/** A template sheet's first rows and columns as values (enough for its header row and the names on Regio). */
function raster(host: ReturnType<typeof laadStubHost>, naam: string): unknown[][] | undefined {
  const b = host.blad(naam);
  return b ? Array.from({ length: 10 }, (_, r) => Array.from({ length: 40 }, (_, k) => b.cellen[`${r},${k}`] ?? "")) : undefined;
}

async function budgetMetVoorbeeld() {
  const host = laadStubHost();
  expect((await host.run((ctx) => voegSjabloonIn(ctx, budgetSjabloon()))).ok).toBe(true);
  for (const c of vulRegioWerkmap((n) => raster(host, n))) host.werkmap.typ(c.blad, c.adres, c.waarde);
  return host;
}

/** The block under the title cell `titel`: header row and rows until an empty first cell. */
function blok(blad: StubBlad, titel: string): unknown[][] {
  const start =
    Number(
      Object.entries(blad.cellen)
        .find(([, v]) => v === `${titel} (waarden)`)![0]
        .split(",")[0],
    ) + 1;
  const uit: unknown[][] = [];
  for (let r = start; blad.cellen[`${r},0`] !== undefined; r++) {
    const rij: unknown[] = [];
    for (let k = 0; blad.cellen[`${start},${k}`] !== undefined; k++) rij.push(blad.cellen[`${r},${k}`]);
    uit.push(rij);
  }
  return uit;
}

const euro = (v: unknown) => new Decimal(v as number).toFixed(2);

describe("Scenario's en budget", () => {
  const verwacht = berekenRegio(voorbeeldRegio(), { caoBron: standaardCaoBron, vandaag: vandaagIso() });

  test("sjabloon: de bladen van de regiowerkmap (zoals rt regio ze leest), kopregels en invoercellen", async () => {
    const host = laadStubHost();
    await host.run((ctx) => voegSjabloonIn(ctx, budgetSjabloon()));
    expect(host.werkmap.bladen.map((b) => b.name)).toEqual([
      "Blad1",
      "Sjabloon",
      ...["regio", "gemeenten", "segmenten", "producten", "normbezetting", "caoIndeling", "scenarios", "volumes", "plafonds", "indexcijfers"].map(
        (k) => REGIO_BLADEN[k as keyof typeof REGIO_BLADEN],
      ),
    ]);
    const volumes = host.blad("Volumes")!;
    expect([volumes.cellen["0,0"], volumes.cellen["0,1"], volumes.cellen["0,2"]]).toEqual(["gemeente", "product", "volume"]);
    expect(volumes.opmaak["1,2"].vulling).toBe("#FFF7D6");
    expect(host.blad("Sjabloon")!.cellen["2,1"]).toBe("budget");
  });

  test("Controleren en Berekenen: vergelijking en budget zijn die van de rekenkern voor de voorbeeldregio", async () => {
    const host = await budgetMetVoorbeeld();
    const c = await host.run((ctx) => controleer(ctx));
    expect(c.problemen).toEqual([]);
    expect(c.melding).toBe("Geen problemen gevonden in de regiowerkmap: 16 producten met een tarief, 3 scenario's, 5 gemeenten, jaren 2025–2029.");
    const u = await host.run((ctx) => bereken(ctx, OPTIES));
    expect(u.ok).toBe(true);
    const blad = host.blad("RT Regio")!;

    const vergelijking = blok(blad, "Tarief per product per scenario");
    expect(vergelijking[0]).toEqual(["Product", "Basis", ...verwacht.scenarios.map((s) => s.naam)]);
    expect(vergelijking.slice(1).map((r) => [r[0], ...r.slice(1).map(euro)])).toEqual(
      verwacht.vergelijking.map((v) => [v.product, v.basis.tarief.toFixed(2), ...v.scenarios.map((s) => s.resultaat.tarief.toFixed(2))]),
    );
    // anchor: Begeleiding individueel 59.03; with productivity 80% (scenario 3) 55.34
    expect(vergelijking.find((r) => r[0] === "Begeleiding individueel")!.map((x, i) => (i ? euro(x) : x))).toEqual([
      "Begeleiding individueel",
      "59.03",
      "57.09",
      "59.61",
      "55.34",
    ]);

    const perGemeente = blok(blad, "Budget per gemeente en jaar (basis)");
    expect(perGemeente[0]).toEqual(["Gemeente", "2025", "2026", "2027", "2028", "2029"]);
    for (const r of perGemeente.slice(1))
      verwacht.jaren.forEach((j, i) => {
        const t = verwacht.budget.perGemeente.find((x) => x.scenario === "basis" && x.gemeente === r[0] && x.jaar === j)!;
        expect([r[0], j, euro(r[i + 1])]).toEqual([r[0], j, t.bedrag.toFixed(2)]);
      });
    expect(perGemeente.slice(1).map((r) => r[0])).toEqual(["Gouda", "Bodegraven-Reeuwijk", "Krimpenerwaard", "Waddinxveen", "Zuidplas"]);
    // the municipalities add up to the region total of the base scenario, per year
    const totaal = blok(blad, "Budget per scenario en jaar (regio totaal)");
    verwacht.jaren.forEach((_, i) =>
      expect(
        perGemeente
          .slice(1)
          .reduce((s: Decimal, r) => s.plus(r[i + 1] as number), new Decimal(0))
          .toFixed(2),
      ).toBe(euro(totaal[1][i + 1])),
    );
    expect(totaal.map((r) => r[0])).toEqual(["Scenario", "basis", ...verwacht.scenarios.map((s) => s.naam)]);
    for (const r of totaal.slice(1))
      verwacht.jaren.forEach((j, i) => expect(euro(r[i + 1])).toBe(verwacht.budget.totaal.find((t) => t.scenario === r[0] && t.jaar === j)!.bedrag.toFixed(2)));

    // charts: scenario comparison, budget per municipality and year, budget per scenario and year
    for (const a of u.grafieken!) expect((await host.run((ctx) => voegGrafiekToe(ctx, a))).ok).toBe(true);
    const g = host.blad("RT Regio")!.grafieken;
    expect(g.map((x) => [x.type, x.naam])).toEqual([
      ["ColumnClustered", "RT scenariovergelijking"],
      ["ColumnClustered", "RT budget per gemeente en jaar"],
      ["ColumnClustered", "RT budget per scenario en jaar"],
    ]);
    expect(g[1].reeksen).toEqual(["2025", "2026", "2027", "2028", "2029"]);
    expect(g[1].categorieen).toEqual(["Gouda", "Bodegraven-Reeuwijk", "Krimpenerwaard", "Waddinxveen", "Zuidplas"]);
    expect(g[1].asFormaat).toBe('"€" #,##0');
    expect(g[0].reeksen).toEqual(["Basis", ...verwacht.scenarios.map((s) => s.naam)]);
  });

  test("een volume voor een onbekende gemeente: gemeld met blad en cel, niets geschreven", async () => {
    const host = await budgetMetVoorbeeld();
    host.werkmap.typ("Volumes", "A5", "Goudaa");
    const c = await host.run((ctx) => controleer(ctx));
    expect(c.ok).toBe(false);
    expect(c.problemen).toHaveLength(1);
    // the engine names the volume's cell in that row
    expect(c.problemen[0].cel).toBe("'Volumes'!C5");
    expect(c.problemen[0].melding).toContain("Goudaa");
    const u = await host.run((ctx) => bereken(ctx, OPTIES));
    expect(u.ok).toBe(false);
    expect(host.blad("RT Regio")).toBeUndefined();
  });

  test("naast de invoer bestaat niet voor een regiowerkmap: geweigerd met uitleg", async () => {
    const host = await budgetMetVoorbeeld();
    const u = await host.run((ctx) => bereken(ctx, { ...OPTIES, doel: "naast_invoer" }));
    expect(u.ok).toBe(false);
    expect(u.melding).toContain("kies 'een nieuw werkblad'");
    expect(host.blad("RT Regio")).toBeUndefined();
  });

  test("de cel uit een foutmelding van de regiolezer, ook voor het blad Scenario's", () => {
    expect(regioFoutCel("Blad 'Scenario's', cel D4: onbekende parameter")).toBe("'Scenario''s'!D4");
    expect(regioFoutCel("Gemeente x: blad 'Volumes', cel A5 staat niet in de lijst")).toBe("'Volumes'!A5");
    expect(regioFoutCel("Blad 'Producten': er is geen product")).toBe("'Producten'!A1");
    expect(regioFoutCel("iets anders")).toBeUndefined();
  });
});

describe("Bandbreedte en toetsing", () => {
  const verwacht = berekenRegio(voorbeeldRegio(), { caoBron: standaardCaoBron, vandaag: vandaagIso() });

  async function bandbreedteMetVoorbeeld() {
    const host = laadStubHost();
    expect((await host.run((ctx) => voegSjabloonIn(ctx, bandbreedteSjabloon()))).ok).toBe(true);
    for (const c of vulRegioWerkmap((n) => raster(host, n))) host.werkmap.typ(c.blad, c.adres, c.waarde);
    return host;
  }

  test("aanbieder-specifieke tarieven, bandbreedte en toetsing zijn die van de rekenkern; grafiek per aanbieder", async () => {
    const host = await bandbreedteMetVoorbeeld();
    expect(host.werkmap.bladen.map((b) => b.name)).toContain("Inzendingen");
    expect(host.werkmap.bladen.map((b) => b.name)).not.toContain("Volumes");
    const u = await host.run((ctx) => bereken(ctx, OPTIES));
    expect(u.ok).toBe(true);
    const blad = host.blad("RT Regio")!;
    const tarieven = blok(blad, "Tarief per aanbieder en tariefgroep");
    expect(tarieven[0]).toEqual(["Aanbieder (product)", "Tarief aanbieder", "Tarief tariefgroep"]);
    expect(verwacht.aanbiederTarieven).toHaveLength(6);
    expect(tarieven.slice(1).map((r) => [r[0], euro(r[1]), euro(r[2])])).toEqual(
      verwacht.aanbiederTarieven.map((a) => [`${a.aanbieder} (${a.product})`, a.resultaat.tarief.toFixed(2), a.tariefgroep!.tarief.toFixed(2)]),
    );
    // the bandwidth: P25–P75 of the six submissions (PERCENTILE.INC); productivity 0.62 0.68 0.70 0.72 0.75 0.80:
    // P25 at rank 1 + 0.25*5 = 2.25 → 0.68 + 0.25*(0.70−0.68) = 0.685; P75 at rank 4.75 → 0.72 + 0.75*(0.75−0.72) = 0.7425
    const banden = blok(blad, "Bandbreedte per parameter");
    const prod = banden.find((r) => r[0] === "Begeleiding individueel: productiviteit")!;
    expect([prod[1], prod[3]]).toEqual([0.685, 0.7425]);
    const toetsing = blok(blad, "Toetsing van de inzendingen");
    expect(toetsing.length - 1).toBe(verwacht.aanbiederTarieven.reduce((n, a) => n + a.toetsing.length, 0));
    // Jeugdhulp Plus BV: productivity 0.62 below the band but justified on the sheet Onderbouwingen
    const jp = toetsing.find((r) => r[0] === "Jeugdhulp Plus BV" && r[2] === "productiviteit")!;
    expect([jp[3], jp[6], jp[7]]).toEqual([0.62, 0.62, "buiten bandbreedte, onderbouwd"]);
    expect(u.grafieken!.map((g) => g.soort)).toEqual(["aanbieders"]);
    expect((await host.run((ctx) => voegGrafiekToe(ctx, u.grafieken![0]))).ok).toBe(true);
    expect(host.blad("RT Regio")!.grafieken[0].reeksen).toEqual(["Tarief aanbieder", "Tarief tariefgroep"]);
  });

  test("zonder inzendingen: de lege tabel wordt gemeld met blad en cel, niets berekend, geen leeg blad", async () => {
    const host = laadStubHost();
    await host.run((ctx) => voegSjabloonIn(ctx, bandbreedteSjabloon()));
    const regio = vulRegioWerkmap((n) => raster(host, n)).filter(
      // no submissions, and no provider-specific product on the sheet Regio (rows 5 and 6)
      (c) => !["Inzendingen", "Onderbouwingen"].includes(c.blad) && !(c.blad === "Regio" && ["B5", "B6"].includes(c.adres)),
    );
    for (const c of regio) host.werkmap.typ(c.blad, c.adres, c.waarde);
    const u = await host.run((ctx) => bereken(ctx, OPTIES));
    expect(u.ok).toBe(false);
    expect(u.melding).toContain("Er is niets berekend");
    expect(u.problemen).toEqual([
      { cel: "'Inzendingen'!A1", product: "", melding: "Blad 'Inzendingen': inzendingen: de tabel heeft een kopregel maar geen enkele rij." },
    ]);
    expect(host.blad("RT Regio")).toBeUndefined();
  });
});
