/**
 * Persona flows from an EMPTY workbook with the SAMPLE REGION (src/data/voorbeeldregio), in the built pane in
 * headless Chromium with the stub host: insert the template, fill it with "Vul voorbeeldregio in" (refused first
 * over a cell the provider typed), Controleren, Berekenen, charts. Every written tariff equals the engine's result for the
 * same region data computed here independently (Decimal strings, to the cent). Screenshots of every state at
 * 1280 and 350 px in test-artefacten/taakvenster/; error and progress states asserted in view.
 */
import type { Page } from "playwright-core";
import { leesParameterObject } from "../../src/core/parameters/lezen";
import { berekenTarief } from "../../src/core/tarief";
import { standaardCaoBron } from "../../src/data";
import { vandaagIso } from "../../src/functions/adapters/invoer";
import { CHROMIUM, inBeeld, open, schermafdruk, gedeeldeOmgeving, stubContext } from "./browser-hulp";
import { berekenRegio } from "../../src/core/regio";
import { voorbeeldRegio, VOORBEELDREGIO_DATA } from "../../src/data/voorbeeldregio";
import { Decimal } from "../../src/core/decimal";
import { indexeerJaar } from "../../src/core/indexatie";
import { centen, vulAanbieder, vulRegio, type Invoer } from "./voorbeeld-invullen";

const beschrijf = CHROMIUM ? describe : describe.skip;

interface Blad {
  name: string;
  cellen: Record<string, unknown>;
  formules: Record<string, string>;
  grafieken: { type: string; bron: string; reeksen: string[]; categorieen: unknown[] }[];
}
type Venster = { __rtWerkmap: { bladen: Blad[]; typ: (b: string, a: string, w: unknown) => void } };

async function vul(page: Page, cellen: readonly Invoer[]): Promise<void> {
  await page.evaluate((c) => {
    for (const x of c) (window as unknown as Venster).__rtWerkmap.typ(x.blad, x.adres, x.waarde);
  }, cellen as Invoer[]);
}
const blad = (page: Page, naam: string) => page.evaluate((n) => (window as unknown as Venster).__rtWerkmap.bladen.find((b) => b.name === n), naam);
const bladen = (page: Page) => page.evaluate(() => (window as unknown as Venster).__rtWerkmap.bladen.map((b) => b.name));

/** product name → tariff cell of the result block that starts in column `kolom` (0-based). */
function tarieven(b: Blad, kolom = 0): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(b.cellen)) {
    const [r, c] = k.split(",").map(Number);
    if (c === kolom && typeof v === "string" && v.startsWith("Product: ")) uit[v.slice(9)] = b.cellen[`${r},${kolom + 1}`];
  }
  return uit;
}

/** "Vul voorbeeldregio in" and its confirmation next to the button. */
async function voorbeeld(page: Page): Promise<void> {
  await page.click("#knop-voorbeeld");
  await page.waitForSelector("section:has(#knop-voorbeeld) .melding.ok:has-text('Voorbeeldregio Midden-Holland')", { timeout: 30_000 });
}

async function sjabloon(page: Page, soort: string): Promise<void> {
  await page.selectOption("#sjabloon-soort", soort);
  await page.click("#knop-sjabloon");
  await page.waitForSelector("section:has(#knop-sjabloon) .melding.ok", { timeout: 30_000 });
}

beschrijf("persona's met de voorbeeldregio, van een lege werkmap tot tarieven en grafieken", () => {
  const omgeving = gedeeldeOmgeving();

  for (const breedte of [1280, 350]) {
    test(`${breedte} px — adviseur: Tariefberekening regio met tien producten, normformatie, scenario's; grafieken`, async () => {
      const context = await stubContext(omgeving(), {}, { breedte, hoogte: 800 });
      const { page, fouten } = await open(omgeving(), context);
      await page.waitForSelector("#app-body:not([hidden])");
      await schermafdruk(page, "adviseur-leeg");
      await sjabloon(page, "regio");
      const { verwacht, scenarios } = vulRegio();
      expect(verwacht).toHaveLength(10);
      await voorbeeld(page);
      expect((await blad(page, "Parameters"))!.cellen["0,1"]).toBe(verwacht[0].product);
      await schermafdruk(page, "adviseur-ingevuld");

      await page.click("#knop-controleer");
      await page.waitForSelector("section:has(#knop-controleer) .melding.ok", { timeout: 30_000 });
      expect(await page.textContent("section:has(#knop-controleer) .melding.ok")).toContain(
        "Geen problemen gevonden in 10 producten op het blad 'Parameters' (10 met een functiemix van het blad 'Functiemix') en 2 scenario's.",
      );
      await schermafdruk(page, "adviseur-gecontroleerd");

      await page.click("#knop-bereken");
      await page.waitForSelector("section:has(#knop-bereken) .melding.ok", { timeout: 60_000 });
      await schermafdruk(page, "adviseur-berekend");
      const res = (await blad(page, "RT Resultaten"))!;
      const geschreven = tarieven(res);
      // every product: the written tariff is the engine's for the region's norm under its reference CAO
      expect(Object.keys(geschreven)).toEqual(verwacht.map((v) => v.product));
      for (const v of verwacht) expect([v.product, centen(geschreven[v.product] as number)]).toEqual([v.product, v.resultaat.tarief.toFixed(2)]);
      // a published figure of the sample region as an anchor: Begeleiding individueel under Sociaal Werk
      expect(centen(geschreven["Begeleiding individueel"] as number)).toBe("59.03");

      // the scenario table: per product the base and each scenario (the engine with the override, independently)
      const kop = Object.entries(res.cellen)
        .find(([, w]) => w === "Tarief per product per scenario (waarden)")![0]
        .split(",")
        .map(Number);
      const tabelRij = (i: number) => [0, 1, 2, 3].map((j) => res.cellen[`${kop[0] + 1 + i},${kop[1] + j}`]);
      expect(tabelRij(0)).toEqual(["Product", "Basis", ...scenarios.map((s) => s.naam)]);
      verwacht.forEach((v, i) => {
        const r = tabelRij(i + 1);
        const scen = scenarios.map((s) =>
          berekenTarief(
            { ...v.invoer, parameters: { ...v.invoer.parameters, ...leesParameterObject({ [s.parameter]: s.waarde }) } },
            { caoBron: standaardCaoBron, vandaag: vandaagIso() },
          ).tarief.toFixed(2),
        );
        expect([r[0], ...r.slice(1).map((x) => centen(x as number))]).toEqual([v.product, v.resultaat.tarief.toFixed(2), ...scen]);
      });

      // the tariff per year: each year's index of the sheet Indexatie applied in turn, rounded to cents
      const ix = Object.entries(res.cellen)
        .find(([, w]) => w === "Tarief per product per jaar (geïndexeerd) (waarden)")![0]
        .split(",")
        .map(Number);
      verwacht.forEach((v, i) => {
        let t = v.resultaat.tarief;
        const jaren = VOORBEELDREGIO_DATA.indexcijfers.map((x) => (t = indexeerJaar(t, new Decimal(x), "cent")).toFixed(2));
        const r = Array.from({ length: jaren.length + 2 }, (_, k) => res.cellen[`${ix[0] + 2 + i},${ix[1] + k}`]);
        expect([r[0], ...r.slice(1).map((x) => centen(x as number))]).toEqual([v.product, v.resultaat.tarief.toFixed(2), ...jaren]);
      });

      // the charts over the element and scenario tables
      for (const soort of ["opbouw", "scenarios"]) {
        await page.click(`#grafiek-knoppen button[data-grafiek='${soort}']`);
        await page.waitForSelector(`#grafiek-knoppen button[data-grafiek='${soort}'][data-gemaakt]`, { timeout: 30_000 });
      }
      await schermafdruk(page, "adviseur-grafieken");
      const g = (await blad(page, "RT Resultaten"))!.grafieken;
      expect(g.map((x) => x.type)).toEqual(["ColumnStacked", "ColumnClustered"]);
      expect(g[0].categorieen).toEqual(verwacht.map((v) => v.product));
      expect(g[1].reeksen).toEqual(["Basis", ...scenarios.map((s) => s.naam)]);
      expect(g[1].bron).toBe(`'RT Resultaten'!F${kop[0] + 2}:I${kop[0] + 2 + verwacht.length}`);
      expect(fouten).toEqual([]);
      await context.close();
    }, 180_000);

    test(`${breedte} px — adviseur: Opbouw uitschrijven van een selectie, met de grafiek per kostprijselement`, async () => {
      // Begeleiding Extra: 42,22 / 0,8 × 1,2 = 63,33 (tests/taskpane/opbouw-grafiek.test.ts has the working)
      const waarden = [
        ["loonkosten_per_uur", 42.22],
        ["productiviteit", 0.8],
        ["overhead", 0.2],
      ];
      const context = await stubContext(omgeving(), { selectie: { blad: "Blad1", rij: 0, kolom: 0, waarden } }, { breedte, hoogte: 800 });
      const { page, fouten } = await open(omgeving(), context);
      await page.waitForSelector("#app-body:not([hidden])");
      await page.click("#knop-opbouw");
      await page.waitForSelector("section:has(#knop-opbouw) .melding.ok", { timeout: 30_000 });
      await page.waitForSelector("#opbouw-grafieken:not([hidden])");
      expect(await page.locator("#opbouw-grafieken-knoppen button").allTextContents()).toEqual(["Opbouw per kostprijselement"]);
      await page.click("#opbouw-grafieken-knoppen button[data-grafiek='opbouw']");
      await page.waitForSelector("#opbouw-grafieken-knoppen button[data-grafiek='opbouw'][data-gemaakt]", { timeout: 30_000 });
      expect(await inBeeld(page, "section:has(#knop-opbouw) .melding.ok")).toBe(true);
      await schermafdruk(page, "opbouw-grafiek");
      const b = (await blad(page, "Blad1"))!;
      expect(b.grafieken.map((g) => [g.type, g.categorieen])).toEqual([["ColumnStacked", ["selectie Blad1!A1:B3"]]]);
      // the stacked row adds up to the tariff, to the cent
      const rij = b.grafieken[0].bron.replace(/^.*!/, "");
      expect(rij).toMatch(/^I2:[A-Z]+3$/);
      const som = Object.entries(b.cellen)
        .filter(([k]) => k.startsWith("2,") && Number(k.split(",")[1]) > 8)
        .reduce((s, [, v]) => s.plus(v as number), new Decimal(0));
      expect(som.toFixed(2)).toBe("63.33");
      expect(fouten).toEqual([]);
      await context.close();
    }, 120_000);

    test(`${breedte} px — aanbieder: Kostprijsmodel met functiemix onder de eigen CAO; naast de invoer geweigerd, dan een nieuw blad`, async () => {
      // slow syncs: the write takes over a second, so the progress state is shown
      const context = await stubContext(omgeving(), { syncVertraging: 250 }, { breedte, hoogte: 800 });
      const { page, fouten } = await open(omgeving(), context);
      await page.waitForSelector("#app-body:not([hidden])");
      await sjabloon(page, "kostprijs");
      const { verwacht, cao } = vulAanbieder();
      expect(cao).toBe("Gehandicaptenzorg");
      // the provider had already typed its own name: the sample is refused, the cell named, nothing written
      await vul(page, [{ blad: "Aanbieder", adres: "B3", waarde: "Zorg op Maat BV" }]);
      await page.click("#knop-voorbeeld");
      await page.waitForSelector("section:has(#knop-voorbeeld) .melding.fout", { timeout: 30_000 });
      expect(await page.textContent("section:has(#knop-voorbeeld) .melding.fout")).toContain(
        "Er is niets ingevuld: de voorbeeldregio zou 1 niet-lege cel overschrijven: Aanbieder!B3 (Zorg op Maat BV).",
      );
      expect(await inBeeld(page, "section:has(#knop-voorbeeld) .melding.fout")).toBe(true);
      await schermafdruk(page, "aanbieder-voorbeeld-geweigerd");
      expect((await blad(page, "Aanbieder"))!.cellen["2,1"]).toBe("Zorg op Maat BV");
      expect((await blad(page, "Parameters"))!.cellen["0,1"]).toBeUndefined();
      // the provider empties the cell and asks again
      await vul(page, [{ blad: "Aanbieder", adres: "B3", waarde: "" }]);
      await voorbeeld(page);
      expect((await blad(page, "Aanbieder"))!.cellen["2,1"]).toBe("Stichting Kwadraat");
      // a note of the provider right of the template, where "naast de invoer" would write
      await vul(page, [{ blad: "Parameters", adres: "P4", waarde: "navragen bij controller" }]);
      await page.check('input[name="bereken-doel"][value="naast_invoer"]');
      await page.click("#knop-bereken");
      await page.waitForSelector("section:has(#knop-bereken) .melding.fout", { timeout: 60_000 });
      const tekst = (await page.textContent("section:has(#knop-bereken) .melding.fout")) ?? "";
      expect(tekst).toContain("Er is niets geschreven: naast de invoer zou 1 niet-lege cel worden overschreven: Parameters!P4 (navragen bij controller).");
      expect(await inBeeld(page, "section:has(#knop-bereken) .melding.fout")).toBe(true);
      expect(await inBeeld(page, "section:has(#knop-bereken) .melding.fout button.vervolg")).toBe(true);
      await schermafdruk(page, "aanbieder-overschrijven-geweigerd");
      expect((await blad(page, "Parameters"))!.cellen["3,15"]).toBe("navragen bij controller");
      expect(await bladen(page)).not.toContain("RT Resultaten");

      // the offered way out: a new sheet
      await page.click("section:has(#knop-bereken) .melding.fout button.vervolg");
      await page.waitForSelector("#voortgang:not([hidden])", { timeout: 20_000 });
      expect(await inBeeld(page, "#voortgang")).toBe(true);
      await schermafdruk(page, "aanbieder-voortgang-voorbeeld");
      await page.waitForSelector("section:has(#knop-bereken) .melding.ok", { timeout: 60_000 });
      const res = (await blad(page, "RT Resultaten"))!;
      const geschreven = tarieven(res);
      for (const v of verwacht) expect([v.product, centen(geschreven[v.product] as number)]).toEqual([v.product, v.resultaat.tarief.toFixed(2)]);
      // the provider's own CAO was used: the breakdown's sources on the result sheet name it
      expect(Object.values(res.cellen).some((w) => typeof w === "string" && w.startsWith("Bron: CAO Gehandicaptenzorg"))).toBe(true);
      await page.click("#grafiek-knoppen button[data-grafiek='opbouw']");
      await page.waitForSelector("#grafiek-knoppen button[data-grafiek='opbouw'][data-gemaakt]", { timeout: 30_000 });
      await schermafdruk(page, "aanbieder-berekend-grafiek");
      expect((await blad(page, "RT Resultaten"))!.grafieken.map((x) => x.type)).toEqual(["ColumnStacked"]);
      expect(fouten).toEqual([]);
      await context.close();
    }, 180_000);

    test(`${breedte} px — beleidsmedewerker: Scenario's en budget (vergelijking, budget, drie grafieken), dan Bandbreedte en toetsing`, async () => {
      const context = await stubContext(omgeving(), {}, { breedte, hoogte: 800 });
      const { page, fouten } = await open(omgeving(), context);
      await page.waitForSelector("#app-body:not([hidden])");
      await sjabloon(page, "budget");
      await voorbeeld(page);
      await schermafdruk(page, "beleid-ingevuld");
      await page.click("#knop-controleer");
      await page.waitForSelector("section:has(#knop-controleer) .melding.ok", { timeout: 60_000 });
      await schermafdruk(page, "beleid-gecontroleerd");
      await page.click("#knop-bereken");
      await page.waitForSelector("section:has(#knop-bereken) .melding.ok", { timeout: 60_000 });
      expect(await page.locator("#grafiek-knoppen button").allTextContents()).toEqual([
        "Scenariovergelijking",
        "Budget per gemeente en jaar",
        "Budget per scenario en jaar",
      ]);
      for (const soort of ["scenarios", "budget", "budget_scenarios"]) {
        await page.click(`#grafiek-knoppen button[data-grafiek='${soort}']`);
        await page.waitForSelector(`#grafiek-knoppen button[data-grafiek='${soort}'][data-gemaakt]`, { timeout: 30_000 });
      }
      await schermafdruk(page, "beleid-grafieken");
      const res = (await blad(page, "RT Regio"))!;
      // the engine on the sample region itself, independently of the template and the pane
      const u = berekenRegio(voorbeeldRegio(), { caoBron: standaardCaoBron, vandaag: vandaagIso() });
      const titel = (t: string) =>
        Number(
          Object.entries(res.cellen)
            .find(([, w]) => w === `${t} (waarden)`)![0]
            .split(",")[0],
        );
      const v0 = titel("Tarief per product per scenario") + 2;
      u.vergelijking.forEach((v, i) =>
        expect([res.cellen[`${v0 + i},0`], centen(res.cellen[`${v0 + i},1`] as number), centen(res.cellen[`${v0 + i},4`] as number)]).toEqual([
          v.product,
          v.basis.tarief.toFixed(2),
          v.scenarios[2].resultaat.tarief.toFixed(2),
        ]),
      );
      const b0 = titel("Budget per gemeente en jaar (basis)") + 2;
      u.regio.gemeenten.forEach((g, i) =>
        u.jaren.forEach((j, k) =>
          expect([g, j, centen(res.cellen[`${b0 + i},${k + 1}`] as number)]).toEqual([
            g,
            j,
            u.budget.perGemeente.find((t) => t.scenario === "basis" && t.gemeente === g && t.jaar === j)!.bedrag.toFixed(2),
          ]),
        ),
      );
      expect(res.grafieken.map((g) => [g.type, g.reeksen.length, g.categorieen.length])).toEqual([
        ["ColumnClustered", 4, u.vergelijking.length],
        ["ColumnClustered", 5, 5],
        ["ColumnClustered", 5, 4],
      ]);
      await context.close();

      // the same policy officer, a new workbook: Bandbreedte en toetsing with the sample region's submissions
      const context2 = await stubContext(omgeving(), {}, { breedte, hoogte: 800 });
      const { page: page2, fouten: fouten2 } = await open(omgeving(), context2);
      await page2.waitForSelector("#app-body:not([hidden])");
      await sjabloon(page2, "bandbreedte");
      await voorbeeld(page2);
      await page2.click("#knop-bereken");
      await page2.waitForSelector("section:has(#knop-bereken) .melding.ok", { timeout: 60_000 });
      await page2.click("#grafiek-knoppen button[data-grafiek='aanbieders']");
      await page2.waitForSelector("#grafiek-knoppen button[data-grafiek='aanbieders'][data-gemaakt]", { timeout: 30_000 });
      await schermafdruk(page2, "beleid-bandbreedte");
      const res2 = (await blad(page2, "RT Regio"))!;
      const a0 =
        Number(
          Object.entries(res2.cellen)
            .find(([, w]) => w === "Tarief per aanbieder en tariefgroep (waarden)")![0]
            .split(",")[0],
        ) + 2;
      u.aanbiederTarieven.forEach((a, i) =>
        expect([res2.cellen[`${a0 + i},0`], centen(res2.cellen[`${a0 + i},1`] as number)]).toEqual([
          `${a.aanbieder} (${a.product})`,
          a.resultaat.tarief.toFixed(2),
        ]),
      );
      expect(res2.grafieken.map((g) => [g.type, g.reeksen])).toEqual([["ColumnClustered", ["Tarief aanbieder", "Tarief tariefgroep"]]]);
      expect(fouten).toEqual([]);
      expect(fouten2).toEqual([]);
      await context2.close();
    }, 180_000);
  }
});
