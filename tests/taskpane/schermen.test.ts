/**
 * Screenshots of every state of the built pane at 1280 and 350 px (test-artefacten/taakvenster/, git-ignored),
 * with the states asserted visible: start, success, error, busy, dark Office theme, help page, no Office.
 */
import { CHROMIUM, inBeeld, nieuweContext, open, schermafdruk, gedeeldeOmgeving, stubContext } from "./browser-hulp";

const beschrijf = CHROMIUM ? describe : describe.skip;

beschrijf("schermen van het taakvenster (1280 en 350 px)", () => {
  const omgeving = gedeeldeOmgeving();

  for (const breedte of [1280, 350]) {
    test(`${breedte} px: start, gelukt, fout, bezig`, async () => {
      const context = await stubContext(
        omgeving(),
        { wachtInRun: true, selectie: { blad: "Blad1", rij: 0, kolom: 0, waarden: [["overhed", 0.2]] } },
        { breedte, hoogte: 800 },
      );
      const { page, fouten } = await open(omgeving(), context);
      await page.waitForSelector("#app-body:not([hidden])");
      await schermafdruk(page, "start");
      // busy
      await page.click("#knop-sjabloon");
      await page.waitForSelector(".melding.bezig");
      expect(await inBeeld(page, ".melding.bezig")).toBe(true);
      await schermafdruk(page, "bezig");
      await page.evaluate(() => (window as unknown as { __rtGaDoor: () => void }).__rtGaDoor());
      await page.waitForSelector(".melding.ok");
      expect(await inBeeld(page, ".melding.ok")).toBe(true);
      await schermafdruk(page, "gelukt");
      // error, with the jump to the cell
      await page.click("#knop-opbouw");
      await page.waitForSelector(".melding.bezig");
      await page.evaluate(() => (window as unknown as { __rtGaDoor: () => void }).__rtGaDoor());
      await page.waitForSelector("section:has(#knop-opbouw) .melding.fout");
      expect(await inBeeld(page, "section:has(#knop-opbouw) .melding.fout")).toBe(true);
      expect(await page.textContent("section:has(#knop-opbouw) .melding.fout")).toContain("Ga naar Blad1!A1");
      await schermafdruk(page, "fout");
      // nothing wider than the viewport (usable at narrow widths)
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(fouten).toEqual([]);
      await context.close();
    }, 60_000);

    test(`${breedte} px: donker Office-thema`, async () => {
      const thema = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636", controlForegroundColor: "#FFFFFF" };
      const context = await stubContext(omgeving(), { thema }, { breedte, hoogte: 800 });
      const { page } = await open(omgeving(), context);
      await page.waitForSelector("#app-body:not([hidden])");
      expect(await page.evaluate(() => document.documentElement.dataset.thema)).toBe("donker");
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(38, 38, 38)");
      expect(await page.evaluate(() => getComputedStyle(document.querySelector(".kaart h2") as Element).color)).toBe("rgb(255, 255, 255)");
      await schermafdruk(page, "donker");
      await context.close();
    }, 60_000);

    test(`${breedte} px: help en 'open in Excel'`, async () => {
      const context = await nieuweContext(omgeving(), "echt", { breedte, hoogte: 800 });
      const page = await context.newPage();
      await page.goto(`${omgeving().basis}help.html#functie-tarief`);
      expect(await inBeeld(page, "#functie-tarief")).toBe(true);
      await schermafdruk(page, "help");
      await page.goto(`${omgeving().basis}taskpane.html`);
      await page.waitForSelector("#open-in-excel:not([hidden])");
      await schermafdruk(page, "open-in-excel");
      await context.close();
    }, 60_000);
  }
});
