/**
 * Add-in metrics:
 * - addin_cold_start_ms: from navigation to the last registered custom function, median over fresh pages (a new
 *   browser context each: empty cache) of the built dist/taskpane.html in headless Debian Chromium with the stub
 *   host of the browser tests (office.js routed to an empty script);
 * - bundle_gzip_kb: the shipped JavaScript of dist/ gzipped (level 9), in KiB.
 * Skipped (undefined) when chromium is not installed.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { DIST } from "../tests/functions/bouw";
import { CHROMIUM, nieuweContext, startOmgeving, STUB_HOST } from "../tests/taskpane/browser-hulp";

export interface AddinMeting {
  bundle_gzip_kb: number;
  bundle_raw_kb: number;
  addin_cold_start_ms?: number[];
  functies: number;
}

export function bundelGrootte(): { gzipKb: number; rawKb: number } {
  let gzip = 0;
  let raw = 0;
  for (const f of fs.readdirSync(DIST)) {
    if (!f.endsWith(".js")) continue;
    const b = fs.readFileSync(path.join(DIST, f));
    raw += b.length;
    gzip += zlib.gzipSync(b, { level: 9 }).length;
  }
  return { gzipKb: gzip / 1024, rawKb: raw / 1024 };
}

/** Records the time (ms since navigation) of every CustomFunctions.associate call made by the page. */
function tijdRegistratie(): void {
  const w = window as unknown as { __rtAssociatieTijden: number[]; CustomFunctions?: { associate: (...a: unknown[]) => unknown } };
  w.__rtAssociatieTijden = [];
  const cf = w.CustomFunctions;
  if (!cf) return;
  const echt = cf.associate.bind(cf);
  cf.associate = (...a: unknown[]) => {
    w.__rtAssociatieTijden.push(performance.now());
    return echt(...a);
  };
}

export async function meetAddin(paginas = 5, log: (s: string) => void = () => undefined): Promise<AddinMeting> {
  const omgeving = await startOmgeving(); // builds dist/ when stale
  try {
    const { gzipKb, rawKb } = bundelGrootte();
    const functies = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")).functions.length as number;
    if (!CHROMIUM) return { bundle_gzip_kb: gzipKb, bundle_raw_kb: rawKb, functies };
    const tijden: number[] = [];
    for (let i = 0; i < paginas; i++) {
      const context = await nieuweContext(omgeving, "leeg", { breedte: 350 });
      await context.addInitScript({ path: STUB_HOST });
      await context.addInitScript(tijdRegistratie);
      const page = await context.newPage();
      await page.goto(`${omgeving.basis}taskpane.html`);
      await page.waitForFunction((n) => (window as unknown as { __rtAssociatieTijden: number[] }).__rtAssociatieTijden.length >= n, functies, {
        timeout: 30_000,
      });
      const t = await page.evaluate(() => Math.max(...(window as unknown as { __rtAssociatieTijden: number[] }).__rtAssociatieTijden));
      tijden.push(t);
      log(`add-in cold start ${i + 1}: ${t.toFixed(0)} ms`);
      await context.close();
    }
    return { bundle_gzip_kb: gzipKb, bundle_raw_kb: rawKb, addin_cold_start_ms: tijden, functies };
  } finally {
    await omgeving.sluit();
  }
}
