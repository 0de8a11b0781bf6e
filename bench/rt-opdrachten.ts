/**
 * Benchmarks of the command line:
 *   verzamel_300_ms / verzamel_300_peak_mb — `rt verzamel` on 300 generated provider workbooks of 10 products each,
 *     to the overview workbook, in a child process (worker threads, one per core); peak = the child's maxRSS.
 *   exporteer_ms — the self-contained export of the sample region (compute, build, serialise the .xlsx).
 * The 300 workbooks are generated once into the temp folder (per template content) and reused by later runs.
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { maakContext } from "../src/cli/context";
import { genereerInzending, vulKostprijsSjabloon } from "../src/cli/inzending";
import { maakZelfstandigeWerkmap } from "../src/cli/zelfstandig";
import { regioExportProducten } from "../src/cli/zelfstandig-regio";
import { kostprijsSjabloon, SJABLOON_VERSIE } from "../src/sjablonen/definities";
import { voorbeeldRegio } from "../src/data/voorbeeldregio";

export async function maakInzendingenMap(n = 300, producten = 10): Promise<string> {
  // keyed by the template's content too: a cached folder of an older template (e.g. blank cells where the template
  // now says 'standaard') would measure refusals instead of the work
  const inhoud = createHash("sha256").update(JSON.stringify(kostprijsSjabloon())).digest("hex").slice(0, 8);
  const map = path.join(os.tmpdir(), `rt-bench-verzamel-${n}x${producten}-v${SJABLOON_VERSIE}-${inhoud}`);
  const klaar = path.join(map, ".klaar");
  if (fs.existsSync(klaar)) return map;
  fs.rmSync(map, { recursive: true, force: true });
  fs.mkdirSync(map, { recursive: true });
  for (let i = 1; i <= n; i++)
    await vulKostprijsSjabloon(genereerInzending(i, producten)).xlsx.writeFile(path.join(map, `aanbieder-${String(i).padStart(3, "0")}.xlsx`));
  fs.writeFileSync(klaar, "");
  return map;
}

export function meetVerzamel(map: string, threads?: number): { ms: number; piekMb: number; code: number } {
  const uit = path.join(os.tmpdir(), `rt-bench-overzicht-${process.pid}.xlsx`);
  const r = spawnSync(process.execPath, [path.join(__dirname, "verzamel-kind.cjs"), map, uit, ...(threads ? [String(threads)] : [])], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  fs.rmSync(uit, { force: true });
  if (r.status !== 0) throw new Error(`rt verzamel in de benchmark mislukt: ${r.stderr}`);
  const j = JSON.parse(r.stdout.trim().split("\n").pop()!);
  if (j.code !== 0) throw new Error(`rt verzamel gaf afsluitcode ${j.code} op de gegenereerde inzendingen`);
  return { ms: j.ms, piekMb: j.maxRssMb, code: j.code };
}

export async function meetExporteer(): Promise<{ ms: number; producten: number; bytes: number }> {
  const t = performance.now();
  const producten = regioExportProducten(voorbeeldRegio(), maakContext([], "2025-01-01"));
  const { wb } = maakZelfstandigeWerkmap(producten);
  const buf = await wb.xlsx.writeBuffer();
  return { ms: performance.now() - t, producten: producten.length, bytes: buf.byteLength };
}
