/**
 * Six defects of the task pane, each against the BUILT pane in headless Chromium with the stub host
 * (tests/taskpane/stub-host.js: an in-memory workbook). Each test failed on the code before the fix.
 */
import { CHROMIUM, inBeeld, nieuweContext, open, schermafdruk, gedeeldeOmgeving, stubContext } from "./browser-hulp";

const beschrijf = CHROMIUM ? describe : describe.skip;

/** A valid CAO table as the user would select it: header with scales, first column the step. */
const CAO_TABEL = [
  ["trede", "FWG 20", "FWG 25"],
  [0, 2338, 2500],
  [1, 2400, 2600],
];

beschrijf("defecten van het taakvenster (headless Chromium, stub-host)", () => {
  const omgeving = gedeeldeOmgeving();

  test("melding bij de actie: op 350 px na een ongeldige CAO-import zichtbaar, met focus, en te sluiten", async () => {
    const context = await stubContext(
      omgeving(),
      { selectie: { blad: "Blad1", rij: 0, kolom: 0, waarden: [["alleen een kop"]] } },
      { breedte: 350, hoogte: 600 },
    );
    const { page, fouten } = await open(omgeving(), context);
    await page.waitForSelector("#app-body:not([hidden])");
    // fill the fields without the keyboard (so the test does not depend on the kind of date field)
    await page.evaluate(() => {
      (document.getElementById("cao-naam") as HTMLInputElement).value = "Jeugdzorg";
      (document.getElementById("cao-datum") as HTMLInputElement).value = "01-07-2026";
    });
    await page.click("#knop-cao"); // scrolls the button into view, as the user would
    const fout = page.locator(".melding.fout:not([hidden])");
    await fout.first().waitFor({ timeout: 10_000 });
    await schermafdruk(page, "cao-import-fout");
    expect(await fout.count()).toBe(1);
    expect(await fout.textContent()).toContain("niet geïmporteerd");
    expect(await inBeeld(page, ".melding.fout:not([hidden])")).toBe(true);
    // focus moved to the message (screen readers read it) and it is an alert
    expect(await page.evaluate(() => document.activeElement?.closest(".melding")?.className ?? "")).toContain("fout");
    expect(await fout.getAttribute("role")).toBe("alert");
    // closable, with the keyboard too
    await page.keyboard.press("Tab");
    await page.focus(".melding.fout .sluit");
    await page.keyboard.press("Enter");
    expect(await page.locator(".melding.fout:not([hidden])").count()).toBe(0);
    expect(fouten).toEqual([]);
    await context.close();
  }, 60_000);

  test("office.js laadt niet: 'Open deze invoegtoepassing in Excel' verschijnt, zonder paginafout", async () => {
    const context = await nieuweContext(omgeving(), "ontbreekt", { breedte: 350 });
    const { page, fouten } = await open(omgeving(), context);
    await page.waitForSelector("#open-in-excel:not([hidden])", { timeout: 8_000 });
    expect(await page.isVisible("#laden")).toBe(false);
    expect(await page.isVisible("#app-body")).toBe(false);
    await schermafdruk(page, "geen-office");
    expect(fouten).toEqual([]);
    await context.close();
  }, 60_000);

  test("registratie van de functies faalt: het taakvenster start toch en waarschuwt in het Nederlands", async () => {
    const context = await stubContext(omgeving(), { registratieFaalt: true }, { breedte: 350 });
    const { page, fouten } = await open(omgeving(), context);
    await page.waitForSelector("#app-body:not([hidden])", { timeout: 8_000 });
    const waarschuwing = page.locator("#algemeen .melding.fout");
    expect(await waarschuwing.textContent()).toContain("konden niet worden geregistreerd");
    await page.click("#knop-sjabloon");
    await page.waitForSelector("section:has(#knop-sjabloon) .melding.ok");
    expect(fouten).toEqual([]);
    await context.close();
  }, 60_000);

  test("CAO-import is alles of niets: als opslaan mislukt is de tabel niet in gebruik", async () => {
    const context = await stubContext(omgeving(), { saveFaalt: true, selectie: { blad: "Blad1", rij: 0, kolom: 0, waarden: CAO_TABEL } });
    const { page } = await open(omgeving(), context);
    await page.waitForSelector("#app-body:not([hidden])");
    await page.fill("#cao-naam", "Jeugdzorg");
    await page.fill("#cao-datum", "01-07-2026");
    await page.click("#knop-cao");
    await page.waitForSelector(".melding.fout:not([hidden])");
    expect(await page.textContent(".melding.fout")).toContain("niet in gebruik genomen");
    // RT.CAO_TABELLEN (the registered implementation) lists no user table
    const lijst = await page.evaluate(() => JSON.stringify((window as unknown as { __rtFuncs: Record<string, () => unknown> }).__rtFuncs.CAO_TABELLEN()));
    expect(lijst).not.toContain("gebruiker");
    await context.close();
  }, 60_000);

  test("één actie tegelijk: tijdens een actie start een tweede niet en overschrijft haar melding niet", async () => {
    const context = await stubContext(omgeving(), { wachtInRun: true });
    const { page } = await open(omgeving(), context);
    await page.waitForSelector("#app-body:not([hidden])");
    await page.click("#knop-sjabloon");
    await page.waitForSelector(".melding.bezig");
    await schermafdruk(page, "bezig");
    expect(await inBeeld(page, ".melding.bezig")).toBe(true);
    // a second action by script (a disabled button cannot be clicked by the user)
    await page.evaluate(() => (document.getElementById("knop-opbouw") as HTMLButtonElement).click());
    expect(await page.isDisabled("#knop-opbouw")).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __rtWerkmap: { runs: number } }).__rtWerkmap.runs)).toBe(1);
    await page.evaluate(() => (window as unknown as { __rtGaDoor: () => void }).__rtGaDoor());
    await page.waitForSelector("section:has(#knop-sjabloon) .melding.ok");
    expect(await page.locator(".melding.fout").count()).toBe(0);
    expect(await page.isDisabled("#knop-opbouw")).toBe(false);
    await context.close();
  }, 60_000);

  test("fouten noemen het celadres (Blad1!B11) en 'Ga naar' selecteert die cel", async () => {
    // parameters in A10:B12; productiviteit = 2 (row 2 of the range) is invalid → cell B11
    const waarden = [
      ["loonkosten_per_uur", 42.22],
      ["productiviteit", 2],
      ["overhead", 0.2],
    ];
    const context = await stubContext(omgeving(), { selectie: { blad: "Blad1", rij: 9, kolom: 0, waarden } });
    const { page } = await open(omgeving(), context);
    await page.waitForSelector("#app-body:not([hidden])");
    await page.click("#knop-opbouw");
    const fout = page.locator(".melding.fout:not([hidden])");
    await fout.waitFor();
    const tekst = (await fout.textContent()) ?? "";
    expect(tekst).toContain("Blad1!B11");
    expect(tekst).not.toMatch(/\brij 2\b/);
    await page.click("text=Ga naar Blad1!B11");
    expect(await page.evaluate(() => (window as unknown as { __rtWerkmap: { geselecteerd: string[] } }).__rtWerkmap.geselecteerd)).toEqual(["Blad1!B11"]);
    await context.close();
  }, 60_000);

  test("Engelse Office-fouten worden vertaald", async () => {
    const context = await stubContext(omgeving(), {
      runFout: { code: "InvalidArgument", message: "The argument is invalid or missing or has an incorrect format." },
    });
    const { page } = await open(omgeving(), context);
    await page.waitForSelector("#app-body:not([hidden])");
    await page.click("#knop-sjabloon");
    const fout = page.locator(".melding.fout:not([hidden])");
    await fout.waitFor();
    const tekst = (await fout.textContent()) ?? "";
    expect(tekst).not.toContain("The argument is invalid");
    expect(tekst).toContain("Excel weigerde een ongeldige waarde of een ongeldig bereik");
    await context.close();
  }, 60_000);

  test("Nederlandse datum ongeacht de browserinstelling (en-US): 01-07-2026 is 1 juli 2026", async () => {
    const context = await stubContext(omgeving(), { selectie: { blad: "Blad1", rij: 0, kolom: 0, waarden: CAO_TABEL } }, { locale: "en-US" });
    const { page } = await open(omgeving(), context);
    await page.waitForSelector("#app-body:not([hidden])");
    await page.fill("#cao-naam", "Jeugdzorg");
    await page.fill("#cao-datum", "01-07-2026");
    await page.click("#knop-cao");
    await page.waitForSelector(".melding.ok:not([hidden])");
    expect(await page.textContent(".melding.ok")).toContain("per 1 juli 2026");
    const opgeslagen = await page.evaluate(() => JSON.stringify((window as unknown as { __rtOpgeslagen: unknown }).__rtOpgeslagen));
    expect(opgeslagen).toContain('\\"geldigVanaf\\":\\"2026-07-01\\"');
    // a non-existent date is refused with a Dutch message naming the field and the value
    await page.fill("#cao-datum", "31-02-2026");
    await page.click("#knop-cao");
    await page.waitForSelector(".melding.fout:not([hidden])");
    expect(await page.textContent(".melding.fout")).toContain("Geldig vanaf = '31-02-2026' bestaat niet");
    await context.close();
  }, 60_000);
});
