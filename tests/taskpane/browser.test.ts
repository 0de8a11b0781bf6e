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
import { execSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { DIST, ROOT, zorgVoorProductieBuild } from "../functions/bouw";

function vindChromium(): string | undefined {
  for (const naam of ["chromium", "chromium-browser"]) {
    try {
      const p = execSync(`command -v ${naam}`, { stdio: "pipe" }).toString().trim();
      if (p) return p;
    } catch {
      /* not found */
    }
  }
  return undefined;
}

const CHROMIUM = vindChromium();
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

if (!CHROMIUM) {
  // eslint-disable-next-line no-console
  console.warn("browser.test.ts overgeslagen: 'chromium' is niet geïnstalleerd (apt-get install chromium).");
}
const beschrijf = CHROMIUM ? describe : describe.skip;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "application/xml",
};

function startServer(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const bestand = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
    if (!bestand.startsWith(DIST) || !fs.existsSync(bestand) || fs.statSync(bestand).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(bestand)] ?? "application/octet-stream" });
    fs.createReadStream(bestand).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

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

/** Init script for the stub host: an Office that reports Excel and a stub Excel.run recording writes. */
function stubHost(): void {
  const w = window as unknown as Record<string, unknown>;
  const geschreven: unknown[] = [];
  w.__geschreven = geschreven;
  const info = { host: "Excel", platform: "OfficeOnline" };
  w.Office = {
    HostType: { Excel: "Excel" },
    onReady(cb?: (i: unknown) => void) {
      setTimeout(() => cb && cb(info), 0);
      return Promise.resolve(info);
    },
    context: { document: { settings: { get: () => null, set: () => undefined, saveAsync: (cb: (r: unknown) => void) => cb({ status: "succeeded" }) } } },
  };
  const range = () => ({
    set values(v: unknown) { geschreven.push(v); },
    set formulas(v: unknown) { geschreven.push(v); },
    numberFormat: null,
    format: { font: {}, fill: {}, autofitColumns() {} },
  });
  const sheet = (name: string) => ({ name, getRangeByIndexes: range, freezePanes: { freezeRows() {} }, activate() {} });
  const items: { name: string }[] = [{ name: "Blad1" }];
  const ctx = {
    workbook: {
      worksheets: { items, load() {}, add(name: string) { items.push({ name }); return sheet(name); } },
      application: { suspendApiCalculationUntilNextSync() {}, calculate() {} },
    },
    sync: async () => undefined,
  };
  w.Excel = { run: async (a: unknown, b?: unknown) => (typeof a === "function" ? (a as (c: unknown) => unknown)(ctx) : (b as (c: unknown) => unknown)(ctx)) };
  class FoutStub extends Error {
    constructor(public code: string, message?: string) { super(message); }
  }
  w.CustomFunctions = { associate() {}, Error: FoutStub, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
}

beschrijf("taakvenster in headless Chromium", () => {
  let server: http.Server;
  let basis: string;
  let ids: string[];
  const profielen: string[] = [];
  const contexten: BrowserContext[] = [];

  beforeAll(async () => {
    await zorgVoorProductieBuild();
    ids = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")).functions.map((f: { id: string }) => f.id);
    server = await startServer();
    basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }, 180_000);

  afterAll(async () => {
    for (const c of contexten) await c.close().catch(() => undefined);
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    for (const p of profielen) fs.rmSync(p, { recursive: true, force: true });
  });

  /**
   * A fresh browser with a fresh user-data-dir (Playwright passes it as --user-data-dir); the catch-all external
   * route is registered FIRST (Playwright tries the last registered matching route first).
   */
  async function nieuweContext(officeJs: "echt" | "leeg"): Promise<BrowserContext> {
    const profiel = fs.mkdtempSync(path.join(os.tmpdir(), "rt-chromium-"));
    profielen.push(profiel);
    const context = await chromium.launchPersistentContext(profiel, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    contexten.push(context);
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.fulfill({ status: 204, body: "" }));
    await context.route(`${CDN}**`, (r) => {
      if (officeJs === "leeg") return r.fulfill({ status: 200, contentType: "text/javascript", body: "/* office.js vervangen door stub */" });
      const rest = decodeURIComponent(new URL(r.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, ""));
      const bestand = path.join(OFFICE_DIST, rest);
      if (!bestand.startsWith(OFFICE_DIST) || !fs.existsSync(bestand)) return r.fulfill({ status: 404, body: "" });
      return r.fulfill({ path: bestand, contentType: "text/javascript" });
    });
    return context;
  }

  async function open(context: BrowserContext): Promise<{ page: Page; fouten: string[] }> {
    const page = await context.newPage();
    const fouten: string[] = [];
    page.on("pageerror", (e) => fouten.push(e.message));
    await page.goto(`${basis}taskpane.html`);
    return { page, fouten };
  }

  test("(1) echte office.js zonder host: 'Open deze invoegtoepassing in Excel' en alle functies geassocieerd", async () => {
    const context = await nieuweContext("echt");
    await context.addInitScript(registreerAssociaties);
    const { page, fouten } = await open(context);
    await page.waitForSelector("#open-in-excel:not([hidden])", { timeout: 15_000 });
    expect(await page.isVisible("#open-in-excel")).toBe(true);
    expect(await page.textContent("#open-in-excel")).toContain("Open deze invoegtoepassing in Excel");
    expect(await page.isVisible("#app-body")).toBe(false);
    const geassocieerd = await page.evaluate(() => Object.keys((window as unknown as { __rtFuncs: object }).__rtFuncs));
    expect([...geassocieerd].sort()).toEqual([...ids].sort());
    expect(ids).toHaveLength(16);
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
    const context = await nieuweContext("leeg");
    await context.addInitScript(stubHost);
    const { page, fouten } = await open(context);
    await page.waitForSelector("#app-body:not([hidden])", { timeout: 15_000 });
    expect(await page.isVisible("#open-in-excel")).toBe(false);
    expect(await page.isVisible("#laden")).toBe(false);
    await page.click("#knop-sjabloon");
    await page.waitForSelector("#melding.ok", { timeout: 10_000 });
    expect(await page.textContent("#melding")).toContain("Parametersjabloon geschreven naar werkblad 'RT Parameters'");
    const geschreven = await page.evaluate(() => (window as unknown as { __geschreven: unknown[][][] }).__geschreven);
    expect(geschreven[0][0]).toEqual(["Parameter", "Waarde", "Eenheid", "Omschrijving"]);
    expect(geschreven.some((b) => JSON.stringify(b).includes("=RT.TARIEF("))).toBe(true);
    expect(fouten).toEqual([]);
    await context.close();
  }, 60_000);
});
