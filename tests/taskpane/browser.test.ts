/**
 * The built task pane (dist/taskpane.html) in headless Debian Chromium via playwright-core, fully offline:
 * dist/ is served on 127.0.0.1, the Office CDN is routed to the frozen @microsoft/office-js npm copy (a test
 * fixture only), every other external request gets 204.
 * (1) real office.js, no host → "Open deze invoegtoepassing in Excel", and CustomFunctions.associate was called
 *     for every id in dist/functions.json;
 * (2) stub host (Office.onReady → {host: "Excel"}, stub Excel) → the app body renders and a button works;
 * (3) the registered RT.TARIEF implementation returns 63.33 and 37.02 for the spec's examples.
 * Skips (with a message) only when chromium is not installed.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST } from "../functions/bouw";
import { CHROMIUM, nieuweContext, open as openPagina, startOmgeving, stubContext, type Omgeving } from "./browser-hulp";

if (!CHROMIUM) {
  // eslint-disable-next-line no-console
  console.warn("browser.test.ts overgeslagen: 'chromium' is niet geïnstalleerd (apt-get install chromium).");
}
const beschrijf = CHROMIUM ? describe : describe.skip;

/** Init script: records every CustomFunctions.associate(id, fn) in window.__rtFuncs, whoever defines CustomFunctions. */
function registreerAssociaties(): void {
  const w = window as unknown as Record<string, unknown>;
  const funcs: Record<string, unknown> = {};
  w.__rtFuncs = funcs;
  const omwikkel = (cf: Record<string, unknown>) => {
    if (!cf || typeof cf !== "object") return cf;
    let echt = cf.associate as ((...a: unknown[]) => unknown) | undefined;
    const gewikkeld = function (this: unknown, ...args: unknown[]) {
      if (typeof args[0] === "string") funcs[args[0].toUpperCase()] = args[1];
      else if (args[0] && typeof args[0] === "object") Object.assign(funcs, args[0]);
      try {
        return echt?.apply(this, args);
      } catch {
        return undefined; // outside a host the real association may fail; the recording is what we test
      }
    };
    Object.defineProperty(cf, "associate", { configurable: true, enumerable: true, get: () => gewikkeld, set: (v) => { echt = v; } });
    return cf;
  };
  let opgeslagen: Record<string, unknown> | undefined;
  Object.defineProperty(window, "CustomFunctions", {
    configurable: true,
    get: () => opgeslagen,
    set: (v) => {
      opgeslagen = omwikkel(v);
    },
  });
}

beschrijf("taakvenster in headless Chromium", () => {
  let omgeving: Omgeving;
  let ids: string[];

  beforeAll(async () => {
    omgeving = await startOmgeving();
    ids = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")).functions.map((f: { id: string }) => f.id);
  }, 180_000);

  afterAll(async () => {
    await omgeving?.sluit();
  });

  const open = (context: Parameters<typeof openPagina>[1]) => openPagina(omgeving, context);

  test("(1) echte office.js zonder host: 'Open deze invoegtoepassing in Excel' en alle functies geassocieerd", async () => {
    const context = await nieuweContext(omgeving, "echt");
    await context.addInitScript(registreerAssociaties);
    const { page, fouten } = await open(context);
    await page.waitForSelector("#open-in-excel:not([hidden])", { timeout: 15_000 });
    expect(await page.isVisible("#open-in-excel")).toBe(true);
    expect(await page.textContent("#open-in-excel")).toContain("Open deze invoegtoepassing in Excel");
    expect(await page.isVisible("#app-body")).toBe(false);
    const geassocieerd = await page.evaluate(() => Object.keys((window as unknown as { __rtFuncs: object }).__rtFuncs));
    expect([...geassocieerd].sort()).toEqual([...ids].sort());
    expect(ids).toHaveLength(28);
    expect(fouten).toEqual([]);

    // (3) the registered RT.TARIEF implementation, called in the page like Excel would
    const uitkomst = await page.evaluate(() => {
      const f = (window as unknown as { __rtFuncs: Record<string, (...a: unknown[]) => unknown> }).__rtFuncs;
      return [
        f.TARIEF([["loonkosten_per_uur", 42.22], ["productiviteit", 0.8], ["overhead", 0.2]], null),
        f.TARIEF([["loonkosten_per_uur", 24.68], ["productiviteit", 0.8], ["overhead", 0.2]], null),
      ];
    });
    expect(uitkomst).toEqual([63.33, 37.02]);
    await context.close();
  }, 60_000);

  test("(2) stub-host Excel: de app wordt getoond en 'Parametersjabloon invoegen' schrijft", async () => {
    const context = await stubContext(omgeving);
    const { page, fouten } = await open(context);
    await page.waitForSelector("#app-body:not([hidden])", { timeout: 15_000 });
    expect(await page.isVisible("#open-in-excel")).toBe(false);
    expect(await page.isVisible("#laden")).toBe(false);
    await page.click("#knop-sjabloon");
    await page.waitForSelector("section:has(#knop-sjabloon) .melding.ok", { timeout: 10_000 });
    expect(await page.textContent("section:has(#knop-sjabloon) .melding.ok")).toContain("Parametersjabloon geschreven naar werkblad 'RT Parameters'");
    const cel = (a: string) => page.evaluate((x) => (window as unknown as { __rtWerkmap: { cel: (b: string, a: string) => unknown } }).__rtWerkmap.cel("RT Parameters", x), a);
    expect(await cel("A1")).toEqual({ waarde: "Parameter" });
    expect(await cel("D1")).toEqual({ waarde: "Omschrijving" });
    expect(JSON.stringify(await cel("B24"))).toContain("=RT.TARIEF(A2:B22)");
    expect(fouten).toEqual([]);
    await context.close();
  }, 60_000);
});
