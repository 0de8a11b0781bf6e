/**
 * Region workload: products × CAOs × years × scenarios, with indexation and breakdowns.
 * Importable: tests/bench/smoke.test.ts runs it on a tiny N; bench/run.ts repeats it and prints the result.
 */
import * as v8 from "v8";
import { berekenIndex } from "../../src/core/indexatie";
import { Decimal, ONE } from "../../src/core/decimal";
import { leesFunctiemixBereik, leesParameterBereik, leesParameterObject } from "../../src/core/parameters/lezen";
import type { FunctieParameters, Parameters } from "../../src/core/parameters/schema";
import { berekenTarief } from "../../src/core/tarief";
import { berekenScenarios } from "../../src/core/scenario";
import { indexeerReeks, indexeerReeksDecimaal, maakIndexPad, reeksAlsGetallen } from "../../src/core/reeks";
import { mulberry32, naarBereik, trekInvoer } from "../inputs";

const nu = () => performance.now();

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
