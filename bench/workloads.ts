/**
 * The measuring functions of the benchmark. Each is importable (tests/bench/smoke.test.ts runs them on
 * a tiny N); bench/run.ts is the command line that repeats them and prints the table / JSON.
 */
import * as v8 from "v8";
import { berekenIndex } from "../src/core/indexatie";
import { Decimal, ONE } from "../src/core/decimal";
import { leesFunctiemixBereik, leesParameterBereik, leesParameterObject } from "../src/core/parameters/lezen";
import type { FunctieParameters, Parameters } from "../src/core/parameters/schema";
import { berekenTarief } from "../src/core/tarief";
import { berekenScenarios } from "../src/core/scenario";
import { planSchrijven } from "../src/core/schrijfplan";
import { indexeerReeks, indexeerReeksDecimaal, maakIndexPad, reeksAlsGetallen } from "../src/core/reeks";
import { floatTarief } from "./float-chain";
import { genereerInvoer, mulberry32, naarBereik, trekInvoer, type BenchInvoer, type NumInvoer } from "./inputs";
import { gewijzigdSalaris, leesOpbouw, meetHyperFormula } from "./hyperformula-chain";

const nu = () => performance.now();

// ---------------------------------------------------------------------------------------------------------------
// 1. engine throughput
// ---------------------------------------------------------------------------------------------------------------

export interface EngineMeting {
  n: number;
  /** parse the raw 20-row range + full calculation with breakdown, per second (what one RT.TARIEF cell costs) */
  perS: number;
  /** full calculation with breakdown on already-parsed parameters, per second */
  rekenPerS: number;
  /** the rounded tariffs (as numbers; exact to the cent) */
  tarieven: Float64Array;
}

export function meetEngine(invoer: readonly BenchInvoer[]): EngineMeting {
  const n = invoer.length;
  const tarieven = new Float64Array(n);
  let regels = 0;
  let t = nu();
  for (let i = 0; i < n; i++) {
    const r = berekenTarief({ parameters: leesParameterBereik(invoer[i].bereik) });
    tarieven[i] = r.tarief.toNumber();
    regels += r.opbouw.length;
  }
  const totaalMs = nu() - t;
  const geparst: Parameters[] = invoer.map((x) => leesParameterBereik(x.bereik));
  t = nu();
  for (let i = 0; i < n; i++) regels += berekenTarief({ parameters: geparst[i] }).opbouw.length;
  const rekenMs = nu() - t;
  if (regels === 0) throw new Error("geen opbouw");
  return { n, perS: (n / totaalMs) * 1000, rekenPerS: (n / rekenMs) * 1000, tarieven };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. float64 chain
// ---------------------------------------------------------------------------------------------------------------

export interface FloatMeting {
  n: number;
  perS: number;
  tarieven: Float64Array;
  onafgerond: Float64Array;
}

export function meetFloat(invoer: readonly BenchInvoer[]): FloatMeting {
  const n = invoer.length;
  const tarieven = new Float64Array(n);
  const onafgerond = new Float64Array(n);
  // repeat short runs so the timer resolution does not dominate
  const herhalingen = Math.max(1, Math.ceil(200_000 / Math.max(n, 1)));
  const t = nu();
  for (let h = 0; h < herhalingen; h++) {
    for (let i = 0; i < n; i++) {
      const f = floatTarief(invoer[i].num);
      tarieven[i] = f.tarief;
      onafgerond[i] = f.onafgerond;
    }
  }
  const ms = nu() - t;
  return { n, perS: ((n * herhalingen) / ms) * 1000, tarieven, onafgerond };
}

/** Engine vs float to the cent; a mismatch on an exact tie of the rounding rule is counted separately. */
export function vergelijkFloat(
  invoer: readonly BenchInvoer[],
  engine: Float64Array,
  float: FloatMeting,
): { verschillen: number; opHalveCent: number; voorbeelden: string[] } {
  let verschillen = 0;
  let opHalveCent = 0;
  const voorbeelden: string[] = [];
  for (let i = 0; i < invoer.length; i++) {
    if (Math.round(engine[i] * 100) === Math.round(float.tarieven[i] * 100)) continue;
    verschillen++;
    const r = berekenTarief({ parameters: leesParameterBereik(invoer[i].bereik) });
    if (opGrens(r.tariefOnafgerond, invoer[i].num.afronding)) opHalveCent++;
    if (voorbeelden.length < 5) {
      voorbeelden.push(`#${i}: exact ${r.tariefOnafgerond.toFixed()} → ${r.tarief.toFixed(2)}, float ${float.onafgerond[i]} → ${float.tarieven[i]}`);
    }
  }
  return { verschillen, opHalveCent, voorbeelden };
}

/** Is x exactly halfway between two results of the rounding rule (e.g. x.xx5 for cent)? */
export function opGrens(x: Decimal, regel: NumInvoer["afronding"]): boolean {
  const stap = regel === "cent" ? new Decimal("0.01") : regel === "euro" ? ONE : new Decimal("0.6");
  return x.dividedBy(stap).mod(1).equals("0.5");
}

// ---------------------------------------------------------------------------------------------------------------
// 3. spreadsheet (HyperFormula)
// ---------------------------------------------------------------------------------------------------------------

export interface SpreadsheetMeting {
  rijen: number;
  formulecellen: number;
  bouwMs: number;
  /** rows per second for building the sheet (parse all formulas + evaluate) */
  perS: number;
  herberekenMs: number;
  gewijzigdeCellen: number;
  /** recalculated rows per second after changing the salary of `gewijzigdeCellen` rows in one batch */
  herberekenPerS: number;
  /** rows where HyperFormula's tariff differs from the engine's (to the cent), before and after the change */
  verschillen: number;
  /** breakdown lines compared with the engine's (rows × 11 values), and how many differ to the cent */
  opbouwWaardenVergeleken: number;
  opbouwVerschillen: number;
  verschillenNaWijziging: number;
  voorbeelden: string[];
}

export function meetSpreadsheet(invoer: readonly BenchInvoer[], engineTarieven: Float64Array, gewijzigd?: number): SpreadsheetMeting {
  const num = invoer.map((x) => x.num);
  const m = meetHyperFormula(num, false, gewijzigd);
  // the breakdown: the engine's rounded lines against the sheet's, on rows the salary change did not touch
  let opbouwWaardenVergeleken = 0;
  let opbouwVerschillen = 0;
  const soorten = [
    "salaris",
    "toeslagen",
    "ort_overig",
    "sociale_lasten",
    "pensioen",
    "overige_personeelskosten",
    "niet_productief",
    "materieel",
    "overhead",
    "risico",
    "afronding",
  ];
  for (let i = m.gewijzigdeCellen; i < Math.min(num.length, m.gewijzigdeCellen + 2000); i++) {
    const r = berekenTarief({ parameters: leesParameterBereik(naarBereik(num[i])) });
    const blad = leesOpbouw(m.hf, i);
    soorten.forEach((soort, k) => {
      const e = r.opbouw.find((l) => l.soort === soort)!.bedrag.toNumber();
      opbouwWaardenVergeleken++;
      if (Math.round(e * 100) !== Math.round(blad[k] * 100)) opbouwVerschillen++;
    });
  }
  m.hf.destroy();
  let verschillen = 0;
  const voorbeelden: string[] = [];
  for (let i = 0; i < num.length; i++) {
    if (Math.round(engineTarieven[i] * 100) !== Math.round(m.tarieven[i] * 100)) {
      verschillen++;
      if (voorbeelden.length < 5) voorbeelden.push(`#${i}: engine ${engineTarieven[i]}, HyperFormula ${m.tarieven[i]}`);
    }
  }
  // the changed rows: recompute them with the engine and compare with the recalculated sheet
  let verschillenNaWijziging = 0;
  for (let i = 0; i < m.gewijzigdeCellen; i++) {
    const nieuw = { ...num[i], maandsalaris: gewijzigdSalaris(num[i]) };
    const e = berekenTarief({ parameters: leesParameterBereik(naarBereik(nieuw)) }).tarief.toNumber();
    if (Math.round(e * 100) !== Math.round(m.tarievenNaWijziging[i] * 100)) verschillenNaWijziging++;
  }
  return {
    rijen: m.rijen,
    formulecellen: m.formulecellen,
    bouwMs: m.bouwMs,
    perS: (m.rijen / m.bouwMs) * 1000,
    herberekenMs: m.herberekenMs,
    gewijzigdeCellen: m.gewijzigdeCellen,
    herberekenPerS: (m.gewijzigdeCellen / m.herberekenMs) * 1000,
    verschillen,
    verschillenNaWijziging,
    voorbeelden,
    opbouwWaardenVergeleken,
    opbouwVerschillen,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 4. region workload: products × CAOs × years × scenarios, with indexation and breakdowns
// ---------------------------------------------------------------------------------------------------------------

export interface RegioOpties {
  producten: number;
  caos: number;
  jaren: number;
  scenarios: number;
  seed?: number;
}

export const REGIO_STANDAARD: RegioOpties = { producten: 300, caos: 6, jaren: 12, scenarios: 4 };

export interface RegioMeting {
  tarieven: number;
  basistarieven: number;
  ms: number;
  /** peak increase of the resident set size during the workload (sampled after every product), MB */
  piekRssMb: number;
  /** peak increase of the V8 heap in use during the workload (sampled), MB */
  piekHeapMb: number;
  /** number of breakdown columns per tariff in the output (tariff + lines) */
  kolommen: number;
  /** the output as Excel would receive it: one row per tariff-year, [tarief, line amounts…] */
  uitvoer: Float64Array;
  /** a checksum of the output (sum of all tariffs in cents) */
  controlegetal: number;
}

interface RegioInvoer {
  producten: { bereik: unknown[][]; aandeelHbo: number }[];
  caos: { bereik: unknown[][]; hbo: number; mbo: number }[];
  scenarios: {
    overrides: Record<string, unknown>;
    salarisFactor: number;
    index: { methode: "additief" | "multiplicatief"; afronding: "geen" | "totaal" | "componenten"; jaarCijfers: { ova: number; ppc: number }[] };
  }[];
}

/** Deterministic region data: product definitions (as 2-column ranges), CAO levels and premiums, scenarios. */
export function maakRegioInvoer(o: RegioOpties): RegioInvoer {
  const rnd = mulberry32(o.seed ?? 7);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const producten = Array.from({ length: o.producten }, () => {
    const n = trekInvoer(rnd).num;
    const bereik = naarBereik(n).filter(
      ([naam]) => !["maandsalaris", "sociale_lasten", "pensioenpremie", "eindejaarsuitkering", "pensioen_franchise"].includes(naam as string),
    );
    return { bereik, aandeelHbo: Math.round((0.3 + rnd() * 0.5) * 100) / 100 };
  });
  const caos = Array.from({ length: o.caos }, () => {
    const hbo = r2(3800 + rnd() * 1500);
    return {
      hbo,
      mbo: r2(hbo * (0.72 + rnd() * 0.1)),
      bereik: [
        ["sociale_lasten", Math.round((0.17 + rnd() * 0.06) * 10000) / 10000],
        ["pensioenpremie", Math.round((0.11 + rnd() * 0.05) * 10000) / 10000],
        ["eindejaarsuitkering", rnd() < 0.5 ? 0.0833 : 0.083],
        ["pensioen_franchise", rnd() < 0.5 ? 0 : 17545],
      ],
    };
  });
  const basisScenarios = [
    { overrides: {}, salarisFactor: 1 },
    { overrides: { risico_opslag: 0.02 }, salarisFactor: 1 },
    { overrides: { overhead: 0.22, overhead_conventie: "aandeel" }, salarisFactor: 1 },
    { overrides: { risico_opslag: 0.01 }, salarisFactor: 1.03 },
  ];
  const scenarios = Array.from({ length: o.scenarios }, (_, s) => ({
    ...basisScenarios[s % basisScenarios.length],
    index: {
      methode: s % 2 === 0 ? ("multiplicatief" as const) : ("additief" as const),
      afronding: (["componenten", "totaal", "geen", "componenten"] as const)[s % 4],
      jaarCijfers: Array.from({ length: o.jaren + 1 }, () => ({
        ova: Math.round((0.02 + rnd() * 0.04) * 10000) / 10000,
        ppc: Math.round((0.01 + rnd() * 0.04) * 10000) / 10000,
      })),
    },
  }));
  return { producten, caos, scenarios };
}

/** Yearly indices of a scenario (VNG method, §7): forecast year t+1 with the correction for year t. */
function scenarioIndices(s: RegioInvoer["scenarios"][number], jaren: number): Decimal[] {
  const c = s.index.jaarCijfers;
  const d = (x: number) => new Decimal(x);
  return Array.from(
    { length: jaren },
    (_, y) =>
      berekenIndex({
        ovaNieuw: d(c[y + 1].ova),
        ppcNieuw: d(c[y + 1].ppc),
        ovaVorigPrognose: d(c[y].ova),
        ppcVorigPrognose: d(c[y].ppc),
        ovaVorigDefinitief: d(c[y].ova + 0.004),
        ppcVorigDefinitief: d(c[y].ppc - 0.002),
        methode: s.index.methode,
        afronding: s.index.afronding,
      }).index,
  );
}

function rssMb(): { rss: number; heap: number } {
  // process.memoryUsage.rss() is cheap; the heap figure comes from v8 (also cheap, no /proc read)
  return { rss: process.memoryUsage.rss() / 1048576, heap: v8.getHeapStatistics().used_heap_size / 1048576 };
}

/**
 * End to end: read the product table and CAO/scenario parameters (ranges as the task pane reads them), compute
 * products × CAOs × scenarios base tariffs with their breakdown, then for every year the indexed tariff
 * (the previous year's tariff × (1 + index), rounded per the product's rule each year — `indexeer`) and its
 * breakdown: every line's exact amount × the cumulative index factor of that year, rounded to cents, with the
 * rounding difference as its own line so the lines add up to the indexed tariff (engine: `indexeerReeks` in
 * src/core/reeks.ts). The output is what would be written to the sheet: one row per tariff-year with the tariff
 * and the line amounts as numbers. `alleenDecimalen` uses the decimal definition `indexeerReeksDecimaal` instead;
 * the output is the same (tests/core/reeks.test.ts and the smoke test check this).
 */
export function meetRegio(o: RegioOpties = REGIO_STANDAARD, regioInvoer = maakRegioInvoer(o), alleenDecimalen = false): RegioMeting {
  const start = rssMb();
  let piekRss = start.rss;
  let piekHeap = start.heap;
  const meet = () => {
    const m = rssMb();
    if (m.rss > piekRss) piekRss = m.rss;
    if (m.heap > piekHeap) piekHeap = m.heap;
  };
  const t = nu();
  const producten = regioInvoer.producten.map((p) => {
    const aandeelHbo = new Decimal(p.aandeelHbo);
    return { parameters: leesParameterBereik(p.bereik), aandeelHbo, aandeelMbo: ONE.minus(aandeelHbo) };
  });
  const caos = regioInvoer.caos.map((c) => ({ parameters: leesParameterBereik(c.bereik), hbo: c.hbo, mbo: c.mbo }));
  const scenarios = regioInvoer.scenarios.map((s) => {
    // validated once, with the cumulative factor Π (1 + index) per year (engine: maakIndexPad)
    const pad = maakIndexPad(scenarioIndices(s, o.jaren));
    return { overrides: leesParameterObject(s.overrides), salarisFactor: s.salarisFactor, pad };
  });
  // functiemix per CAO × scenario (the shares come from the product): read once as a table
  const mixen = caos.map((c) =>
    scenarios.map((s) =>
      leesFunctiemixBereik([
        ["functie", "maandsalaris"],
        ["HBO-begeleider", Math.round(c.hbo * s.salarisFactor * 100) / 100],
        ["MBO-begeleider", Math.round(c.mbo * s.salarisFactor * 100) / 100],
      ]),
    ),
  );

  const regelsPerTarief = berekenTarief(samenstellen(producten[0], caos[0].parameters, scenarios[0].overrides, mixen[0][0])).opbouw.length;
  const kolommen = 1 + regelsPerTarief;
  const aantal = producten.length * caos.length * scenarios.length * o.jaren;
  const uitvoer = new Float64Array(aantal * kolommen);
  let rij = 0;
  let controle = 0;
  let basistarieven = 0;
  for (let pi = 0; pi < producten.length; pi++) {
    for (let ci = 0; ci < caos.length; ci++) {
      // the scenarios of one product and CAO (engine: berekenScenarios reuses the personnel cost where a scenario
      // only changes overhead, risk or rounding; a scenario with other salaries gets its own functiemix)
      const basisInvoer = samenstellen(producten[pi], caos[ci].parameters, {}, mixen[ci][0]);
      const perScenario = berekenScenarios(
        basisInvoer,
        scenarios.map((sc, si) => ({
          naam: String(si),
          parameters: sc.overrides,
          functiemix: sc.salarisFactor !== 1 ? samenstellen(producten[pi], caos[ci].parameters, {}, mixen[ci][si]).functiemix : undefined,
        })),
      );
      for (let si = 0; si < scenarios.length; si++) {
        const basis = perScenario[si].resultaat;
        const pad = scenarios[si].pad;
        basistarieven++;
        const off = rij * kolommen;
        if (alleenDecimalen) {
          // the reference: the series in decimals (engine definition), converted to numbers for the sheet
          reeksAlsGetallen(indexeerReeksDecimaal(basis, pad), uitvoer, off);
        } else {
          indexeerReeks(basis, pad, uitvoer, off);
        }
        for (let y = 0; y < o.jaren; y++) controle += Math.round(uitvoer[off + y * kolommen] * 100);
        rij += o.jaren;
      }
    }
    meet(); // sampled once per product (every 288 tariffs)
  }
  const ms = nu() - t;
  meet();
  return {
    tarieven: rij,
    basistarieven,
    ms,
    piekRssMb: piekRss - start.rss,
    piekHeapMb: piekHeap - start.heap,
    kolommen,
    uitvoer,
    controlegetal: controle,
  };
}

function samenstellen(
  product: { parameters: Parameters; aandeelHbo: Decimal; aandeelMbo: Decimal },
  cao: Parameters,
  scenario: Parameters,
  mix: FunctieParameters[],
): { parameters: Parameters; functiemix: FunctieParameters[] } {
  return {
    parameters: { ...product.parameters, ...cao, ...scenario },
    functiemix: [
      { ...mix[0], aandeel: product.aandeelHbo },
      { ...mix[1], aandeel: product.aandeelMbo },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 5. custom functions
// ---------------------------------------------------------------------------------------------------------------

export interface CustomFunctionsMeting {
  aanroepen: number;
  herhalingen: number;
  ms: number;
  adapter: string;
  fouten: number;
  /** results that differ from the engine's tariff (to the cent) on the checked calls */
  verschillen: number;
}

/** Ranges as Excel delivers them: fresh 2-D arrays per call; `herhaalFractie` of the calls repeat an earlier range. */
export function maakCustomFunctionInvoer(n: number, herhaalFractie = 0.3, seed = 99): unknown[][][] {
  const rnd = mulberry32(seed);
  const uniek = Math.max(1, Math.round(n * (1 - herhaalFractie)));
  const basis = genereerInvoer(uniek, seed + 1).map((x) => x.bereik);
  const uit: unknown[][][] = [];
  let u = 0;
  for (let i = 0; i < n; i++) {
    const herhaal = u > 0 && (u >= uniek || rnd() < herhaalFractie);
    const bron = herhaal ? basis[Math.floor(rnd() * u)] : basis[u++];
    uit.push(bron.map((r) => [...r]));
  }
  return uit;
}

type TariefFunctie = (parameters: any[][], functiemix?: any[][] | null) => number;

export async function laadTariefFunctie(): Promise<{ fn: TariefFunctie; naam: string; leegCache?: () => void }> {
  const mod: Record<string, unknown> = await import("../src/functions/functions");
  const fn = (mod.TARIEF ?? mod.tarief) as TariefFunctie | undefined;
  if (typeof fn !== "function") throw new Error("src/functions/functions.ts exporteert geen TARIEF/tarief");
  let leegCache: (() => void) | undefined;
  try {
    const a: Record<string, unknown> = await import("../src/functions/adapters/tarief");
    if (typeof a.leegTariefCache === "function") leegCache = a.leegTariefCache as () => void;
  } catch {
    /* no cache to clear */
  }
  return { fn, naam: mod.TARIEF ? "TARIEF" : "tarief", leegCache };
}

export function meetCustomFunctions(
  fn: TariefFunctie,
  bereiken: readonly unknown[][][],
  naam: string,
  leegCache?: () => void,
  controleer = 200,
): CustomFunctionsMeting {
  leegCache?.(); // every run starts cold
  const uitkomsten = new Array<unknown>(bereiken.length);
  let fouten = 0;
  const t = nu();
  for (let i = 0; i < bereiken.length; i++) {
    try {
      uitkomsten[i] = fn(bereiken[i] as any[][], null);
    } catch {
      fouten++;
    }
  }
  const ms = nu() - t;
  let verschillen = 0;
  const stap = Math.max(1, Math.floor(bereiken.length / controleer));
  for (let i = 0; i < bereiken.length; i += stap) {
    const e = berekenTarief({ parameters: leesParameterBereik(bereiken[i]) }).tarief.toNumber();
    if (typeof uitkomsten[i] !== "number" || Math.round((uitkomsten[i] as number) * 100) !== Math.round(e * 100)) verschillen++;
  }
  const sleutels = new Set(bereiken.map((b) => JSON.stringify(b)));
  return { aanroepen: bereiken.length, herhalingen: bereiken.length - sleutels.size, ms, adapter: `src/functions/functions.ts ${naam}`, fouten, verschillen };
}

// ---------------------------------------------------------------------------------------------------------------
// 6. write plan
// ---------------------------------------------------------------------------------------------------------------

export interface SchrijfplanMeting {
  cellen: number;
  blokken: number;
  ms: number;
}

/** Plans the chunked write of the region output (rows × columns of numbers), `cellen` cells in all. */
export function meetSchrijfplan(cellen = 100_000, kolommen = 16, budget?: number): SchrijfplanMeting {
  const rijen = Math.ceil(cellen / kolommen);
  const rnd = mulberry32(5);
  const waarden: number[][] = Array.from({ length: rijen }, () => Array.from({ length: kolommen }, () => Math.round(rnd() * 100000) / 100));
  const t = nu();
  const plan = planSchrijven(waarden, { budgetBytes: budget });
  const ms = nu() - t;
  return { cellen: rijen * kolommen, blokken: plan.length, ms };
}

// ---------------------------------------------------------------------------------------------------------------
// exact half-cent ties: engine vs float vs HyperFormula
// ---------------------------------------------------------------------------------------------------------------

export interface GrensMeting {
  n: number;
  /** engine results whose unrounded value is exactly a half cent (should be all n) */
  exacteGrenzen: number;
  floatVerschillen: number;
  spreadsheetVerschillen: number;
  voorbeelden: string[];
}

export function meetGrensgevallen(invoer: readonly BenchInvoer[]): GrensMeting {
  const hf = meetHyperFormula(
    invoer.map((x) => x.num),
    true,
    0,
  );
  let exacteGrenzen = 0;
  let floatVerschillen = 0;
  let spreadsheetVerschillen = 0;
  const voorbeelden: string[] = [];
  invoer.forEach((x, i) => {
    const r = berekenTarief({ parameters: leesParameterBereik(x.bereik) });
    if (opGrens(r.tariefOnafgerond, "cent")) exacteGrenzen++;
    const cent = Math.round(r.tarief.toNumber() * 100);
    const f = floatTarief(x.num);
    if (Math.round(f.tarief * 100) !== cent) {
      floatVerschillen++;
      if (voorbeelden.length < 3)
        voorbeelden.push(
          `maandsalaris ${x.num.maandsalaris}: exact ${r.tariefOnafgerond.toFixed()} → ${r.tarief.toFixed(2)}, float ${f.onafgerond} → ${f.tarief}`,
        );
    }
    if (Math.round(hf.tarieven[i] * 100) !== cent) spreadsheetVerschillen++;
  });
  return { n: invoer.length, exacteGrenzen, floatVerschillen, spreadsheetVerschillen, voorbeelden };
}
