/**
 * Each persona's flow from an EMPTY workbook in the built pane (headless Chromium, stub host with an in-memory
 * workbook): insert a template, fill it in, Controleren, Berekenen — the written tariffs equal the engine's.
 * Screenshots of every state at 1280 and 350 px in test-artefacten/taakvenster/.
 */
import type { Page } from "playwright-core";
import { parameterRij } from "../../src/sjablonen/definities";
import { CHROMIUM, inBeeld, open, schermafdruk, gedeeldeOmgeving, stubContext } from "./browser-hulp";

const beschrijf = CHROMIUM ? describe : describe.skip;

interface Werkmap {
  bladen: { name: string; cellen: Record<string, unknown>; formules: Record<string, string>; formaten: Record<string, string> }[];
  geselecteerd: string[];
  typ: (blad: string, adres: string, waarde: unknown) => void;
}

const typ = (page: Page, blad: string, adres: string, waarde: unknown) =>
  page.evaluate(([b, a, w]) => (window as unknown as { __rtWerkmap: Werkmap }).__rtWerkmap.typ(b, a, w), [blad, adres, waarde] as const);
const bladen = (page: Page) => page.evaluate(() => (window as unknown as { __rtWerkmap: Werkmap }).__rtWerkmap.bladen.map((b) => b.name));
const blad = (page: Page, naam: string) =>
  page.evaluate((n) => (window as unknown as { __rtWerkmap: Werkmap }).__rtWerkmap.bladen.find((b) => b.name === n), naam);

/** Two products as the domain spec's examples: 42,22 and 24,68 per hour, productivity 80%, overhead 20%. */
async function vulTweeProducten(page: Page): Promise<void> {
  await typ(page, "Parameters", "B1", "Begeleiding individueel");
  await typ(page, "Parameters", "C1", "Begeleiding groep");
  await typ(page, "Parameters", `B${parameterRij("loonkosten_per_uur")}`, 42.22);
  await typ(page, "Parameters", `C${parameterRij("loonkosten_per_uur")}`, 24.68);
  for (const k of ["B", "C"]) {
    await typ(page, "Parameters", `${k}${parameterRij("productiviteit")}`, 0.8);
    await typ(page, "Parameters", `${k}${parameterRij("overhead")}`, 0.2);
  }
}

beschrijf("persona's van een lege werkmap tot tarieven (headless Chromium, stub-host)", () => {
  const omgeving = gedeeldeOmgeving();

  for (const breedte of [1280, 350]) {
    test(`${breedte} px — aanbieder: kostprijssjabloon invoegen, invullen, controleren (met fouten), berekenen`, async () => {
      const context = await stubContext(omgeving(), { syncVertraging: 300 }, { breedte, hoogte: 800 });
      const { page, fouten } = await open(omgeving(), context);
      await page.waitForSelector("#app-body:not([hidden])");
      await page.selectOption("#sjabloon-soort", "kostprijs");
      await page.click("#knop-sjabloon");
      await page.waitForSelector("section:has(#knop-sjabloon) .melding.ok", { timeout: 30_000 });
      expect(await bladen(page)).toEqual(["Blad1", "Sjabloon", "Aanbieder", "Parameters", "Functiemix", "Onderbouwing"]);
      await schermafdruk(page, "aanbieder-sjabloon");

      // two mistakes: productivity as a whole number (C) and an impossible overhead (B)
      await vulTweeProducten(page);
      await typ(page, "Parameters", `C${parameterRij("productiviteit")}`, 80);
      await typ(page, "Parameters", `B${parameterRij("overhead")}`, -1);
      await page.click("#knop-controleer");
      await page.waitForSelector("#problemen:not([hidden]) li");
      const problemen = await page.locator("#problemen li").allTextContents();
      expect(problemen).toHaveLength(2);
      expect(problemen.join("\n")).toContain(`Parameters!C${parameterRij("productiviteit")}`);
      expect(problemen.join("\n")).toContain(`Parameters!B${parameterRij("overhead")}`);
      expect(await inBeeld(page, "section:has(#knop-controleer) .melding.fout")).toBe(true);
      await schermafdruk(page, "aanbieder-controle-fouten");
      await page.locator("#problemen li button").first().click();
      const geselecteerd = await page.evaluate(() => (window as unknown as { __rtWerkmap: Werkmap }).__rtWerkmap.geselecteerd);
      expect(geselecteerd).toHaveLength(1);
      expect(geselecteerd[0]).toMatch(/^Parameters!(B|C)\d+$/);

      // Berekenen refuses while there are problems and writes nothing
      await page.click("#knop-bereken");
      await page.waitForSelector("section:has(#knop-bereken) .melding.fout:has-text('Er is niets berekend')");
      expect(await bladen(page)).not.toContain("RT Resultaten");

      // corrected: no problems, then the results as values
      await typ(page, "Parameters", `C${parameterRij("productiviteit")}`, 0.8);
      await typ(page, "Parameters", `B${parameterRij("overhead")}`, 0.2);
      await page.click("#knop-controleer");
      await page.waitForSelector("section:has(#knop-controleer) .melding.ok:has-text('Geen problemen gevonden in 2 producten')");
      await page.click("#knop-bereken");
      // the write takes over a second here (slow syncs): progress with a cancel button is shown, in view
      await page.waitForSelector("#voortgang:not([hidden])", { timeout: 10_000 });
      expect(await inBeeld(page, "#voortgang")).toBe(true);
      expect(await page.isEnabled("#knop-afbreken")).toBe(true);
      await schermafdruk(page, "aanbieder-voortgang");
      await page.waitForSelector("section:has(#knop-bereken) .melding.ok", { timeout: 30_000 });
      expect(await page.isVisible("#voortgang")).toBe(false);
      const res = await blad(page, "RT Resultaten");
      expect(res).toBeDefined();
      const cellen = res!.cellen;
      // header: title, date (dd-mm-jjjj), version, data status
      expect(cellen["0,0"]).toBe("Reële Tarieven — resultaten");
      expect(String(cellen["1,1"])).toMatch(/^\d{2}-\d{2}-\d{4}$/);
      expect(cellen["2,1"]).toBe("Reële Tarieven 0.1.0");
      expect(String(cellen["3,1"])).toContain("meegeleverde referentiegegevens");
      // the tariffs by hand (domain spec): 42.22 / 0.8 × 1.2 = 63.33; 24.68 / 0.8 × 1.2 = 37.02
      const productRijen = Object.entries(cellen).filter(([k, v]) => k.endsWith(",0") && String(v).startsWith("Product: "));
      expect(productRijen.map(([, v]) => v)).toEqual(["Product: Begeleiding individueel", "Product: Begeleiding groep"]);
      const tarieven = productRijen.map(([k]) => cellen[`${k.split(",")[0]},1`]);
      expect(tarieven).toEqual([63.33, 37.02]);
      expect(res!.formaten[`${productRijen[0][0].split(",")[0]},1`]).toBe('"€" #,##0.00');
      await schermafdruk(page, "aanbieder-berekend");
      expect(fouten).toEqual([]);
      await context.close();
    }, 120_000);

    test(`${breedte} px — regio: regiosjabloon invoegen, berekenen als live formules; tweede invoeging geweigerd`, async () => {
      const context = await stubContext(omgeving(), {}, { breedte, hoogte: 800 });
      const { page } = await open(omgeving(), context);
      await page.waitForSelector("#app-body:not([hidden])");
      await page.selectOption("#sjabloon-soort", "regio");
      await page.click("#knop-sjabloon");
      await page.waitForSelector("section:has(#knop-sjabloon) .melding.ok", { timeout: 30_000 });
      expect(await bladen(page)).toEqual(["Blad1", "Sjabloon", "Parameters", "Functiemix", "Bandbreedte", "Scenario's", "Indexatie"]);
      await vulTweeProducten(page);
      // one scenario on the sheet "Scenario's": overhead 25% for every product
      await typ(page, "Scenario's", "A2", "Hogere overhead");
      await typ(page, "Scenario's", "B2", "overhead");
      await typ(page, "Scenario's", "C2", 0.25);
      await page.check('input[name="bereken-soort"][value="formules"]');
      await page.click("#knop-bereken");
      await page.waitForSelector("section:has(#knop-bereken) .melding.ok", { timeout: 30_000 });
      // charts offered after Berekenen: one per summary table; the scenario chart over the comparison table
      await page.waitForSelector("#grafieken:not([hidden])");
      expect(await page.locator("#grafiek-knoppen button").allTextContents()).toEqual(["Opbouw per kostprijselement", "Scenariovergelijking"]);
      await page.click("#grafiek-knoppen button[data-grafiek='scenarios']");
      await page.waitForSelector("section:has(#knop-bereken) .melding.ok:has-text('Grafiek')", { timeout: 30_000 });
      expect(await inBeeld(page, "section:has(#knop-bereken) .melding.ok")).toBe(true);
      expect(await page.isDisabled("#grafiek-knoppen button[data-grafiek='scenarios']")).toBe(true);
      await page.click("#grafiek-knoppen button[data-grafiek='opbouw']");
      await page.waitForSelector("section:has(#knop-bereken) .melding.ok:has-text('kostprijselement')", { timeout: 30_000 });
      const grafieken = (await page.evaluate(
        () =>
          (window as unknown as { __rtWerkmap: { bladen: { name: string; grafieken: unknown[] }[] } }).__rtWerkmap.bladen.find(
            (b) => b.name === "RT Resultaten",
          )!.grafieken,
      )) as { type: string; bron: string; reeksen: string[]; categorieen: string[] }[];
      expect(grafieken.map((g) => [g.type, g.bron])).toEqual([
        ["ColumnClustered", "'RT Resultaten'!F20:H22"],
        ["ColumnStacked", "'RT Resultaten'!F2:J4"],
      ]);
      expect(grafieken[0].reeksen).toEqual(["Basis", "Hogere overhead"]);
      expect(grafieken[0].categorieen).toEqual(["Begeleiding individueel", "Begeleiding groep"]);
      expect(grafieken[1].reeksen).toEqual(["Beroepskrachten (J-a/W-a)", "Niet-productieve uren (J-a/W-c)", "Overhead (J-c/W-b)", "Afrondingsverschil"]);
      // the comparison table holds the engine's tariffs, by hand: 42.22/0.8*1.25 = 65.96875 → 65.97; 24.68/0.8*1.25 = 38.5625 → 38.56
      const r = (await blad(page, "RT Resultaten"))!.cellen;
      expect([r["20,6"], r["20,7"], r["21,6"], r["21,7"]]).toEqual([63.33, 65.97, 37.02, 38.56]);
      await schermafdruk(page, "regio-grafieken");
      const res = await blad(page, "RT Resultaten");
      const n = parameterRij("afronding") > 0 ? undefined : 0; // (only to use parameterRij; the range covers every row)
      void n;
      const formules = Object.values(res!.formules);
      expect(formules.some((f) => f.startsWith("=RT.TARIEF(CHOOSE({1,2},'Parameters'!$A$2:$A$") && f.includes("'Parameters'!$B$2:$B$"))).toBe(true);
      expect(formules.some((f) => f.startsWith("=RT.OPBOUW(CHOOSE({1,2},'Parameters'!$A$2:$A$") && f.includes("'Parameters'!$C$2:$C$"))).toBe(true);
      await schermafdruk(page, "regio-berekend");
      // inserting the same template again: refused, nothing overwritten
      await page.click("#knop-sjabloon");
      await page.waitForSelector("section:has(#knop-sjabloon) .melding.fout");
      expect(await page.textContent("section:has(#knop-sjabloon) .melding.fout")).toContain("niets overschreven");
      expect((await blad(page, "Parameters"))!.cellen["0,1"]).toBe("Begeleiding individueel");
      await schermafdruk(page, "regio-opnieuw-geweigerd");
      await context.close();
    }, 120_000);
  }

  test("adviseur: CAO-tabel importeren, in de lijst met status en bron, en verwijderen (350 px)", async () => {
    const tabel = [
      ["trede", "FWG 20", "FWG 25"],
      [0, 2338, 2500],
      [1, 2400, 2600],
    ];
    const context = await stubContext(omgeving(), { selectie: { blad: "Blad1", rij: 0, kolom: 0, waarden: tabel } }, { breedte: 350, hoogte: 800 });
    const { page } = await open(omgeving(), context);
    await page.waitForSelector("#app-body:not([hidden])");
    expect(await page.isVisible("#cao-lijst-leeg")).toBe(true);
    await page.fill("#cao-naam", "Jeugdzorg");
    await page.fill("#cao-datum", "01-07-2026");
    await page.fill("#cao-bron", "https://voorbeeld.nl/cao");
    await page.click("#knop-cao");
    await page.waitForSelector("section:has(#knop-cao) .melding.ok");
    const regel = (await page.textContent("#cao-lijst li")) ?? "";
    expect(regel).toContain("Jeugdzorg per 1 juli 2026 — status: gebruiker; bron: https://voorbeeld.nl/cao");
    await schermafdruk(page, "adviseur-cao-lijst");
    await page.click("#cao-lijst li button");
    await page.waitForSelector("section:has(#cao-lijst) .melding.ok");
    expect(await page.textContent("section:has(#cao-lijst) .melding.ok")).toContain("verwijderd");
    expect(await page.locator("#cao-lijst li").count()).toBe(0);
    expect(await page.isVisible("#cao-lijst-leeg")).toBe(true);
    const lijst = await page.evaluate(() => JSON.stringify((window as unknown as { __rtFuncs: Record<string, () => unknown> }).__rtFuncs.CAO_TABELLEN()));
    expect(lijst).not.toContain("gebruiker");
    await context.close();
  }, 60_000);
});
