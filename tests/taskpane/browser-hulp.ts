/**
 * Shared set-up for the browser tests: dist/ served on 127.0.0.1, ONE headless Debian Chromium per test file
 * (a fresh context per page), the Office CDN routed to the frozen @microsoft/office-js npm copy or to nothing,
 * every other external request answered with 204, and screenshots saved under test-artefacten/ (git-ignored).
 */
import { execSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { DIST, ROOT, zorgVoorProductieBuild } from "../functions/bouw";

export function vindChromium(): string | undefined {
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

export const CHROMIUM = vindChromium();
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const STUB_HOST = path.join(__dirname, "stub-host.js");
export const ARTEFACTEN = path.join(ROOT, "test-artefacten", "taakvenster");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

export function startServer(map = DIST): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const bestand = path.normalize(path.join(map, decodeURIComponent(url.pathname)));
    if (!bestand.startsWith(map) || !fs.existsSync(bestand) || fs.statSync(bestand).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(bestand)] ?? "application/octet-stream" });
    fs.createReadStream(bestand).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export type OfficeJs = "echt" | "leeg" | "ontbreekt";

export interface Omgeving {
  browser: Browser;
  server: http.Server;
  basis: string;
  sluit(): Promise<void>;
}

/** Builds dist/ if needed, starts the server and one browser. */
export async function startOmgeving(): Promise<Omgeving> {
  await zorgVoorProductieBuild();
  const server = await startServer();
  const basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    server,
    basis,
    async sluit() {
      await browser.close().catch(() => undefined);
      await new Promise((r) => server.close(r));
    },
  };
}

/** One browser and server for the tests of a describe block: started before them, closed after. Returns a getter. */
export function gedeeldeOmgeving(): () => Omgeving {
  let omgeving: Omgeving | undefined;
  beforeAll(async () => {
    omgeving = await startOmgeving();
  }, 180_000);
  afterAll(async () => {
    await omgeving?.sluit();
  });
  return () => {
    if (!omgeving) throw new Error("de testomgeving (browser en server) is niet gestart");
    return omgeving;
  };
}

/**
 * A fresh context: office.js real (frozen npm copy), empty (a script that defines nothing) or missing (404).
 * The catch-all external route is registered FIRST (Playwright tries the last registered matching route first).
 */
export async function nieuweContext(
  omgeving: Omgeving,
  officeJs: OfficeJs,
  opties: { breedte?: number; hoogte?: number; locale?: string } = {},
): Promise<BrowserContext> {
  const context = await omgeving.browser.newContext({
    viewport: { width: opties.breedte ?? 350, height: opties.hoogte ?? 700 },
    locale: opties.locale ?? "nl-NL",
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.fulfill({ status: 204, body: "" }));
  await context.route(`${CDN}**`, (r) => {
    if (officeJs === "leeg") return r.fulfill({ status: 200, contentType: "text/javascript", body: "/* office.js vervangen door stub */" });
    if (officeJs === "ontbreekt") return r.abort("internetdisconnected");
    const rest = decodeURIComponent(new URL(r.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, ""));
    const bestand = path.join(OFFICE_DIST, rest);
    if (!bestand.startsWith(OFFICE_DIST) || !fs.existsSync(bestand)) return r.fulfill({ status: 404, body: "" });
    return r.fulfill({ path: bestand, contentType: "text/javascript" });
  });
  return context;
}

/** A context with the stub host (in-memory workbook); `stub` becomes window.__rtStubOpties. */
export async function stubContext(
  omgeving: Omgeving,
  stub: Record<string, unknown> = {},
  opties: { breedte?: number; hoogte?: number; locale?: string } = {},
): Promise<BrowserContext> {
  const context = await nieuweContext(omgeving, "leeg", opties);
  await context.addInitScript((o) => {
    (window as unknown as { __rtStubOpties: unknown }).__rtStubOpties = o;
  }, stub);
  await context.addInitScript({ path: STUB_HOST });
  return context;
}

export async function open(omgeving: Omgeving, context: BrowserContext): Promise<{ page: Page; fouten: string[] }> {
  const page = await context.newPage();
  const fouten: string[] = [];
  page.on("pageerror", (e) => fouten.push(e.message));
  await page.goto(`${omgeving.basis}taskpane.html`);
  return { page, fouten };
}

/** Saves a full-page screenshot as a test artefact. */
export async function schermafdruk(page: Page, naam: string): Promise<string> {
  fs.mkdirSync(ARTEFACTEN, { recursive: true });
  const breedte = page.viewportSize()?.width ?? 0;
  const bestand = path.join(ARTEFACTEN, `${naam}-${breedte}.png`);
  await page.screenshot({ path: bestand, fullPage: true });
  return bestand;
}

/** Is the element's box (at least partly) inside the viewport, with no scrolling needed? */
export async function inBeeld(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (e) => {
    const r = e.getBoundingClientRect();
    return r.height > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
  });
}
