/**
 * npm run bench                 human-readable table
 * npm run bench -- --json       the same, with one JSON object on the LAST line of stdout
 * Options: --runs 5  --n 100000 (engine/float inputs)  --hf-rows 20000 (spreadsheet rows)  --cf 10000 (custom-function calls)
 *          --region 300x6x12x4  --cells 100000 (write plan)
 */
import * as os from "os";
import * as v8 from "v8";
import * as vm from "vm";
import * as fs from "fs";
import { genereerGrensgevallen, genereerInvoer } from "./inputs";
import { RegioPool } from "./regio-parallel";
import { meetRegioScenarios } from "./regio-scenarios";
import { meetAddin } from "./addin";
import { laadTariefFunctie, maakCustomFunctionInvoer, meetCustomFunctions } from "./workloads/custom-functions";
import { meetEngine } from "./workloads/engine";
import { meetFloat, vergelijkFloat } from "./workloads/float";
import { meetGrensgevallen } from "./workloads/grensgevallen";
import { REGIO_STANDAARD, maakRegioInvoer, meetRegio, type RegioOpties } from "./workloads/regio";
import { meetSchrijfplan } from "./workloads/schrijfplan";
import { meetSpreadsheet } from "./workloads/spreadsheet";

import { meetVijandigCorpus } from "./vijandig-corpus";

export interface BenchOpties {
  /** also run the region on worker threads, one per core (default true); region_ms is then the parallel time */
  parallel?: boolean;
  /** run every workload once on small inputs before measuring (default true) */
  opwarmen?: boolean;
  runs: number;
  n: number;
  hfRijen: number;
  cfAanroepen: number;
  regio: RegioOpties;
  cellen: number;
  /** size of the constructed sample of exact half-cent ties */
  grensgevallen?: number;
  /** progress lines on stderr */
  log?: (s: string) => void;
  /** also measure the add-in (bundle size, cold start in headless Chromium); off unless set */
  addin?: boolean;
  /** also run the hostile-workbook corpus through the command line (hostile_corpus_ms/_peak_mb); off unless set */
  corpus?: boolean;
  /** rt verzamel on this many generated provider workbooks, and rt exporteer of the sample region (0/absent: skipped) */
  verzamelBestanden?: number;
}

export const STANDAARD_OPTIES: BenchOpties = {
  verzamelBestanden: 300,
  runs: 5,
  n: 100_000,
  hfRijen: 20_000,
  cfAanroepen: 10_000,
  regio: REGIO_STANDAARD,
  cellen: 100_000,
  addin: true,
  corpus: true,
};

export const DOELEN = {
  engine_vs_spreadsheet: { min: 5 },
  region_ms: { max: 500 },
  custom_functions_10k_ms: { max: 1000 },
  region_peak_mb: { max: 200 },
  regio_scenarios_ms: { max: 250 },
  addin_cold_start_ms: { max: 150 },
  bundle_gzip_kb: { max: 60 },
  verzamel_300_ms: { max: 15000 },
  verzamel_300_peak_mb: { max: 500 },
  exporteer_ms: { max: 2000 },
} as const;

/**
 * A full garbage collection between workloads, so each starts on a clean heap (HyperFormula leaves hundreds of MB
 * behind). Enabled at run time; if that is not possible the workloads simply run without it.
 */
export const volledigeGc: () => void = (() => {
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    return typeof gc === "function" ? gc : () => undefined;
  } catch {
    return () => undefined;
  }
})();

export function mediaan(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function cpuModel(): string {
  try {
    const m = /model name\s*:\s*(.+)/.exec(fs.readFileSync("/proc/cpuinfo", "utf8"));
    if (m) return m[1].trim();
  } catch {
    /* not Linux */
  }
  return os.cpus()[0]?.model ?? "onbekend";
}

export async function voerBenchUit(o: BenchOpties = STANDAARD_OPTIES): Promise<Record<string, any>> {
  const log = o.log ?? (() => undefined);
  const invoer = genereerInvoer(o.n);
  const hfInvoer = invoer.slice(0, Math.min(o.hfRijen, invoer.length));
  const regioInvoer = maakRegioInvoer(o.regio);
  const cfInvoer = maakCustomFunctionInvoer(o.cfAanroepen);
  const cf = await laadTariefFunctie();
  const reeks: Record<string, number[]> = {};
  const noteer = (k: string, v: number) => (reeks[k] ??= []).push(v);
  let correctheid: Record<string, any> = {};
  let eersteRssMb = 0;
  // the region also runs on worker threads, one per core (started before timing; see bench/regio-parallel.ts)
  const pool = o.parallel === false ? undefined : new RegioPool();
  // warm-up (not recorded): the JIT compiles the hot paths on small inputs first, as in a long-running Excel
  // session, so the first measured run is not a cold start
  if (o.opwarmen !== false) {
    meetRegio({ ...o.regio, producten: Math.max(1, Math.round(o.regio.producten / 15)) });
    if (pool) await pool.bereken(o.regio);
    meetCustomFunctions(cf.fn, maakCustomFunctionInvoer(500, 0.3, 7), cf.naam, cf.leegCache, 1);
    meetEngine(invoer.slice(0, 2000));
    meetRegioScenarios();
    volledigeGc();
  }
  for (let run = 1; run <= o.runs; run++) {
    // order: region, custom functions, write plan, engine, float, HyperFormula last — HyperFormula leaves a heap of
    // several hundred MB behind, which would slow the garbage collector in whatever ran after it; and the region's
    // memory peak is measured before the other workloads have grown the heap
    volledigeGc();
    const regio = meetRegio(o.regio, regioInvoer);
    noteer("region_single_thread_ms", regio.ms);
    let regioMs = regio.ms;
    if (pool) {
      volledigeGc(); // like every other workload: start from a collected heap
      const par = await pool.bereken(o.regio);
      if (par.controlegetal !== regio.controlegetal || par.uitvoer.length !== regio.uitvoer.length || par.uitvoer.some((v, i) => v !== regio.uitvoer[i])) {
        throw new Error("de parallelle regio-uitkomst wijkt af van de enkelvoudige");
      }
      regioMs = par.ms;
      log(`run ${run}: region parallel (${pool.grootte} threads) ${par.ms.toFixed(0)} ms, identical output`);
    }
    noteer("region_ms", regioMs);
    noteer("region_peak_mb", regio.piekHeapMb);
    noteer("region_peak_rss_mb", regio.piekRssMb);
    if (run === 1) eersteRssMb = regio.piekRssMb;
    log(
      `run ${run}: region ${regio.ms.toFixed(0)} ms (${regio.tarieven} tarieven), piek heap +${regio.piekHeapMb.toFixed(1)} MB, RSS +${regio.piekRssMb.toFixed(1)} MB`,
    );
    volledigeGc();
    const rs = meetRegioScenarios();
    noteer("regio_scenarios_ms", rs.ms);
    log(`run ${run}: voorbeeldregio (${rs.tarieven} tarieven, ${rs.budgetregels} budgetregels) ${rs.ms.toFixed(0)} ms, basis ${rs.controle}`);
    volledigeGc();
    const c = meetCustomFunctions(cf.fn, cfInvoer, cf.naam, cf.leegCache);
    noteer("custom_functions_10k_ms", (c.ms * 10_000) / c.aanroepen);
    log(`run ${run}: ${c.aanroepen} × RT.TARIEF ${c.ms.toFixed(0)} ms (${c.herhalingen} herhaalde bereiken)`);
    volledigeGc();
    const s = meetSchrijfplan(o.cellen);
    noteer("write_plan_100k_ms", (s.ms * 100_000) / s.cellen);
    log(`run ${run}: schrijfplan ${s.cellen} cellen → ${s.blokken} blokken in ${s.ms.toFixed(1)} ms`);
    volledigeGc();
    const engine = meetEngine(invoer);
    noteer("engine_per_s", engine.rekenPerS);
    noteer("engine_with_range_per_s", engine.perS);
    const float = meetFloat(invoer);
    noteer("float_per_s", float.perS);
    log(`run ${run}: engine ${engine.perS.toFixed(0)}/s (alleen rekenen ${engine.rekenPerS.toFixed(0)}/s), float ${float.perS.toFixed(0)}/s`);
    volledigeGc();
    const hf = meetSpreadsheet(hfInvoer, engine.tarieven.subarray(0, hfInvoer.length));
    // the spreadsheet's best throughput: building (parse + evaluate) or recalculating changed rows
    noteer("spreadsheet_per_s", Math.max(hf.perS, hf.herberekenPerS));
    noteer("spreadsheet_build_rows_per_s", hf.perS);
    noteer("spreadsheet_build_ms", hf.bouwMs);
    noteer("spreadsheet_recalc_ms", hf.herberekenMs);
    noteer("spreadsheet_recalc_rows_per_s", hf.herberekenPerS);
    log(
      `run ${run}: HyperFormula ${hf.rijen} rijen in ${hf.bouwMs.toFixed(0)} ms (${hf.perS.toFixed(0)}/s), herberekening ${hf.gewijzigdeCellen} rijen ${hf.herberekenMs.toFixed(0)} ms`,
    );
    if (run === 1) {
      const vf = vergelijkFloat(invoer, engine.tarieven, float);
      const grens = meetGrensgevallen(genereerGrensgevallen(o.grensgevallen ?? 1000));
      correctheid = {
        inputs: o.n,
        float_mismatches: vf.verschillen,
        float_mismatches_at_exact_ties: vf.opHalveCent,
        float_mismatch_examples: vf.voorbeelden,
        tie_sample: grens.n,
        tie_sample_exact_ties: grens.exacteGrenzen,
        tie_sample_float_mismatches: grens.floatVerschillen,
        tie_sample_spreadsheet_mismatches: grens.spreadsheetVerschillen,
        tie_sample_examples: grens.voorbeelden,
        spreadsheet_rows_checked: hf.rijen,
        spreadsheet_mismatches: hf.verschillen,
        spreadsheet_recalc_rows_checked: hf.gewijzigdeCellen,
        spreadsheet_recalc_mismatches: hf.verschillenNaWijziging,
        spreadsheet_mismatch_examples: hf.voorbeelden,
        spreadsheet_breakdown_values_checked: hf.opbouwWaardenVergeleken,
        spreadsheet_breakdown_mismatches: hf.opbouwVerschillen,
        custom_function_calls: c.aanroepen,
        custom_function_repeated_ranges: c.herhalingen,
        custom_function_errors: c.fouten,
        custom_function_mismatches_checked: c.verschillen,
        region_tariffs: regio.tarieven,
        region_base_tariffs: regio.basistarieven,
        region_columns_per_tariff: regio.kolommen,
        region_checksum_cents: regio.controlegetal,
        spreadsheet_formula_cells: hf.formulecellen,
        write_plan_blocks: s.blokken,
        custom_functions_adapter: c.adapter,
      };
    }
  }
  // the command line: rt verzamel in a child process (its own peak RSS), rt exporteer of the sample region
  let verzamelThreads = 0;
  if (o.verzamelBestanden) {
    const rt = await import("./rt-opdrachten");
    const map = await rt.maakInzendingenMap(o.verzamelBestanden);
    for (let run = 1; run <= Math.min(o.runs, 3); run++) {
      volledigeGc();
      const v = rt.meetVerzamel(map);
      noteer("verzamel_300_ms", v.ms);
      noteer("verzamel_300_peak_mb", v.piekMb);
      const e = await rt.meetExporteer();
      noteer("exporteer_ms", e.ms);
      log(
        `run ${run}: rt verzamel ${o.verzamelBestanden} werkmappen ${v.ms.toFixed(0)} ms, piek RSS ${v.piekMb.toFixed(0)} MB; rt exporteer voorbeeldregio (${e.producten} producten) ${e.ms.toFixed(0)} ms`,
      );
    }
    verzamelThreads = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  }
  const m: Record<string, number> = {};
  for (const [k, v] of Object.entries(reeks)) m[k] = mediaan(v);
  const uit: Record<string, any> = {
    engine_per_s: m.engine_per_s,
    engine_with_range_per_s: m.engine_with_range_per_s,
    engine_with_range_vs_spreadsheet: m.engine_with_range_per_s / m.spreadsheet_per_s,
    float_per_s: m.float_per_s,
    engine_vs_float: m.engine_per_s / m.float_per_s,
    spreadsheet_per_s: m.spreadsheet_per_s,
    engine_vs_spreadsheet: m.engine_per_s / m.spreadsheet_per_s,
    spreadsheet_build_ms: m.spreadsheet_build_ms,
    spreadsheet_recalc_ms: m.spreadsheet_recalc_ms,
    spreadsheet_build_rows_per_s: m.spreadsheet_build_rows_per_s,
    spreadsheet_recalc_rows_per_s: m.spreadsheet_recalc_rows_per_s,
    region_ms: m.region_ms,
    region_single_thread_ms: m.region_single_thread_ms,
    region_threads: pool?.grootte ?? 1,
    region_peak_mb: m.region_peak_mb,
    region_peak_rss_mb: m.region_peak_rss_mb,
    region_peak_rss_mb_first_run: eersteRssMb,
    custom_functions_10k_ms: m.custom_functions_10k_ms,
    write_plan_100k_ms: m.write_plan_100k_ms,
    ...(o.verzamelBestanden
      ? {
          verzamel_300_ms: m.verzamel_300_ms,
          verzamel_300_peak_mb: m.verzamel_300_peak_mb,
          verzamel_files: o.verzamelBestanden,
          verzamel_threads: verzamelThreads,
          exporteer_ms: m.exporteer_ms,
        }
      : {}),
    regio_scenarios_ms: m.regio_scenarios_ms,
    correctness: correctheid,
    machine: { cpu: cpuModel(), cores: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.arch()}` },
    runs: o.runs,
    statistic: "median",
    notes: {
      engine_per_s:
        "berekenTarief with breakdown (lines per legal element, rounding difference, conventions, sources) on validated parameters, distinct inputs; engine_with_range_per_s adds reading the raw 20-row range (leesParameterBereik)",
      spreadsheet_per_s:
        "HyperFormula rows per second for the same chain with the same breakdown (34 formulas per row: 13 chain + 10 lines + 10 ROUND + rounding difference): the better of building the sheet (parse + evaluate) and recalculating after a salary change in 5,000 rows",
      spreadsheet_recalc: "salary of the first 5,000 rows changed in one batch, then read back",
      region_peak_mb:
        "peak increase of the V8 heap in use (used_heap_size) during the workload, sampled after every product (288 tariffs), after a full GC before the workload; region_peak_rss_mb: the same for process RSS (after the first run RSS stays committed, so only region_peak_rss_mb_first_run is meaningful)",
      custom_functions_10k_ms: "cold adapter cache at the start of every run",
      regio_scenarios_ms:
        "the sample region (src/data/voorbeeldregio) through berekenRegio: tariff groups for both CAOs with a table, 6 provider checks, 3 micro tariffs, 16 products × (base + 3 scenarios), budget 4 scenarios × 5 municipalities × 5 years with indexation and the ceiling check",
      region_ms:
        "wall time on worker threads, one per core, started and warmed up before timing; every run checks that the joined output equals the single-thread output value for value (region_single_thread_ms)",
    },
    series: reeks,
  };
  const doelen: Record<string, any> = {};
  for (const [k, d] of Object.entries(DOELEN)) {
    const v = uit[k] as number | undefined;
    if (v === undefined) continue; // add-in metrics are filled in below when measured
    doelen[k] = { ...d, value: v, pass: "min" in d ? v >= d.min : v <= (d as { max: number }).max };
  }
  uit.targets = doelen;
  // the add-in last, after the engine workloads (it starts a browser)
  if (o.addin) {
    const a = await meetAddin(5, log);
    uit.bundle_gzip_kb = a.bundle_gzip_kb;
    uit.bundle_raw_kb = a.bundle_raw_kb;
    uit.notes.bundle_gzip_kb = "all .js files shipped in dist/ (production build), gzip level 9, KiB";
    if (a.addin_cold_start_ms) {
      uit.addin_cold_start_ms = mediaan(a.addin_cold_start_ms);
      uit.series.addin_cold_start_ms = a.addin_cold_start_ms;
      uit.notes.addin_cold_start_ms = `navigation to the last of ${a.functies} CustomFunctions.associate calls, median of ${a.addin_cold_start_ms.length} fresh pages (new browser context each) in headless Chromium, stub host, office.js routed to an empty script`;
    }
    for (const k of ["addin_cold_start_ms", "bundle_gzip_kb"] as const) {
      const v = uit[k] as number | undefined;
      if (v !== undefined) doelen[k] = { ...DOELEN[k], value: v, pass: v <= DOELEN[k].max };
    }
  }
  if (o.corpus) {
    const v = await meetVijandigCorpus();
    uit.hostile_corpus_ms = v.hostile_corpus_ms;
    uit.hostile_corpus_peak_mb = v.hostile_corpus_peak_mb;
    uit.hostile_corpus_max_file_ms = v.max_bestand_ms;
    uit.notes.hostile_corpus_ms = `${v.bestanden} hostile files (bench/vijandig-corpus.ts) through rt tarief and rt bereken in one fresh process; peak = that process's maximum RSS; max_file_ms = slowest file (both commands)`;
    doelen.hostile_corpus_peak_mb = { max: 1024, value: v.hostile_corpus_peak_mb, pass: v.hostile_corpus_peak_mb <= 1024 };
    doelen.hostile_corpus_max_file_ms = { max: 10_000, value: v.max_bestand_ms, pass: v.max_bestand_ms <= 10_000 };
  }
  await pool?.stop();
  return uit;
}

function tabel(r: Record<string, any>): string {
  const f = (x: number, d = 0) => x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
  const t = r.targets;
  const ok = (k: string) => (t[k] ? (t[k].pass ? " ✓" : " ✗") : "");
  const c = r.correctness;
  const regels = [
    `Reële Tarieven benchmark — median of ${r.runs} runs — ${r.machine.cpu}, ${r.machine.cores} cores, node ${r.machine.node}`,
    "",
    `engine_per_s              ${f(r.engine_per_s).padStart(12)}   tariffs/s (calculate + breakdown); with reading the 20-row range ${f(r.engine_with_range_per_s)}/s`,
    `float_per_s               ${f(r.float_per_s).padStart(12)}   tariffs/s (plain float64 chain)`,
    `engine_vs_float           ${f(r.engine_vs_float, 4).padStart(12)}`,
    `spreadsheet_per_s         ${f(r.spreadsheet_per_s).padStart(12)}   rows/s with breakdown (best of build ${f(r.spreadsheet_build_rows_per_s)}/s and recalc ${f(r.spreadsheet_recalc_rows_per_s)}/s)`,
    `engine_vs_spreadsheet     ${f(r.engine_vs_spreadsheet, 2).padStart(12)}   target ≥ 5${ok("engine_vs_spreadsheet")}`,
    `region_ms                 ${f(r.region_ms).padStart(12)}   ms for ${c.region_tariffs} tariffs with breakdown on ${r.region_threads} thread(s) (single thread ${f(r.region_single_thread_ms)} ms), target ≤ 500${ok("region_ms")}`,
    `region_peak_mb            ${f(r.region_peak_mb, 1).padStart(12)}   MB peak V8 heap increase (RSS +${f(r.region_peak_rss_mb_first_run, 1)} MB in run 1), target ≤ 200${ok("region_peak_mb")}`,
    `custom_functions_10k_ms   ${f(r.custom_functions_10k_ms).padStart(12)}   ms, target ≤ 1,000${ok("custom_functions_10k_ms")}`,
    `write_plan_100k_ms        ${f(r.write_plan_100k_ms, 1).padStart(12)}   ms (${c.write_plan_blocks} blocks ≤ 1.5 MB)`,
    ...(r.verzamel_300_ms !== undefined
      ? [
          `verzamel_300_ms           ${f(r.verzamel_300_ms).padStart(12)}   ms rt verzamel, ${r.verzamel_files} workbooks × 10 products → overview (${r.verzamel_threads} worker threads), target ≤ 15,000${ok("verzamel_300_ms")}`,
          `verzamel_300_peak_mb      ${f(r.verzamel_300_peak_mb).padStart(12)}   MB peak RSS of that process (main + workers), target ≤ 500${ok("verzamel_300_peak_mb")}`,
          `exporteer_ms              ${f(r.exporteer_ms).padStart(12)}   ms rt exporteer of the sample region (compute, build, write .xlsx), target ≤ 2,000${ok("exporteer_ms")}`,
        ]
      : []),
    `regio_scenarios_ms        ${f(r.regio_scenarios_ms, 1).padStart(12)}   ms for the sample region's full comparison, target ≤ 250${ok("regio_scenarios_ms")}`,
    ...(r.bundle_gzip_kb !== undefined
      ? [
          `bundle_gzip_kb            ${f(r.bundle_gzip_kb, 1).padStart(12)}   KiB shipped JavaScript gzipped (${f(r.bundle_raw_kb, 0)} KiB raw), target ≤ 60${ok("bundle_gzip_kb")}`,
        ]
      : []),
    ...(r.addin_cold_start_ms !== undefined
      ? [
          `addin_cold_start_ms       ${f(r.addin_cold_start_ms).padStart(12)}   ms navigation → last registered function (median of 5 fresh pages), target ≤ 150${ok("addin_cold_start_ms")}`,
        ]
      : []),
    "",
    `correctness: float differs from the engine on ${c.float_mismatches} of ${c.inputs} tariffs (${c.float_mismatches_at_exact_ties} on exact ties);` +
      ` HyperFormula differs on ${c.spreadsheet_mismatches} of ${c.spreadsheet_rows_checked} rows, after recalculation on ${c.spreadsheet_recalc_mismatches} of ${c.spreadsheet_recalc_rows_checked};` +
      ` custom functions: ${c.custom_function_errors} errors, ${c.custom_function_mismatches_checked} mismatches on the checked calls`,
  ];
  regels.push(
    `exact half-cent ties (constructed sample of ${c.tie_sample}, ${c.tie_sample_exact_ties} exact ties): float wrong on ${c.tie_sample_float_mismatches},` +
      ` HyperFormula wrong on ${c.tie_sample_spreadsheet_mismatches}`,
  );
  for (const v of c.tie_sample_examples ?? []) regels.push(`  tie, float: ${v}`);
  for (const v of c.float_mismatch_examples ?? []) regels.push(`  float: ${v}`);
  for (const v of c.spreadsheet_mismatch_examples ?? []) regels.push(`  HyperFormula: ${v}`);
  return regels.join("\n");
}

function leesArgs(argv: string[]): { json: boolean; opties: BenchOpties } {
  const o: BenchOpties = { ...STANDAARD_OPTIES, regio: { ...STANDAARD_OPTIES.regio } };
  const waarde = (naam: string) => {
    const i = argv.indexOf(naam);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const getal = (naam: string, d: number) => (waarde(naam) !== undefined ? Number(waarde(naam)) : d);
  o.runs = getal("--runs", o.runs);
  o.n = getal("--n", o.n);
  o.hfRijen = getal("--hf-rows", o.hfRijen);
  o.cfAanroepen = getal("--cf", o.cfAanroepen);
  o.cellen = getal("--cells", o.cellen);
  const regio = waarde("--region");
  if (regio) {
    const [producten, caos, jaren, scenarios] = regio.split("x").map(Number);
    o.regio = { producten, caos, jaren, scenarios };
  }
  return { json: argv.includes("--json"), opties: o };
}

if (require.main === module) {
  const { json, opties } = leesArgs(process.argv.slice(2));
  opties.log = (s) => process.stderr.write(s + "\n");
  voerBenchUit(opties)
    .then((r) => {
      process.stdout.write(tabel(r) + "\n");
      if (json) process.stdout.write(JSON.stringify(r) + "\n");
    })
    .catch((e) => {
      process.stderr.write(String(e?.stack ?? e) + "\n");
      process.exitCode = 1;
    });
}
