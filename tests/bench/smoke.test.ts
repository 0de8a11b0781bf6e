/**
 * Smoke run of the benchmark on a tiny N so it cannot rot: every field is present and a finite positive number,
 * and engine, float and HyperFormula agree on the sample. No timing assertions.
 */
import { voerBenchUit } from "../../bench/run";
import { genereerInvoer } from "../../bench/inputs";
import { floatTarief } from "../../bench/float-chain";
import { meetHyperFormula } from "../../bench/hyperformula-chain";
import { maakRegioInvoer, meetRegio } from "../../bench/workloads/regio";
import { leesParameterBereik } from "../../src/core/parameters/lezen";
import { berekenTarief } from "../../src/core/tarief";

const VELDEN = [
  "engine_per_s",
  "float_per_s",
  "engine_vs_float",
  "spreadsheet_per_s",
  "engine_vs_spreadsheet",
  "region_ms",
  "region_peak_mb",
  "custom_functions_10k_ms",
  "write_plan_100k_ms",
  "regio_scenarios_ms",
] as const;

describe("bench smoke", () => {
  let r: Record<string, any>;
  beforeAll(async () => {
    r = await voerBenchUit({
      opwarmen: false,
      parallel: true,
      runs: 1,
      n: 300,
      hfRijen: 100,
      cfAanroepen: 50,
      regio: { producten: 3, caos: 2, jaren: 3, scenarios: 2 },
      cellen: 2000,
    });
  });

  test("the JSON has every field as a finite positive number, plus machine, runs and targets", () => {
    for (const k of VELDEN) {
      expect(typeof r[k]).toBe("number");
      expect(Number.isFinite(r[k])).toBe(true);
      // region_peak_mb is a (sampled) increase and may be 0 on a tiny run
      if (k === "region_peak_mb") expect(r[k]).toBeGreaterThanOrEqual(0);
      else expect(r[k]).toBeGreaterThan(0);
    }
    expect(r.machine).toEqual(expect.objectContaining({ cpu: expect.any(String), cores: expect.any(Number), node: process.version }));
    expect(r.runs).toBe(1);
    for (const k of ["engine_vs_spreadsheet", "region_ms", "custom_functions_10k_ms", "region_peak_mb", "regio_scenarios_ms"]) {
      expect(typeof r.targets[k].pass).toBe("boolean");
    }
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  test("engine, float and HyperFormula agree on the sample", () => {
    const c = r.correctness;
    expect(c.spreadsheet_mismatches).toBe(0);
    expect(c.spreadsheet_recalc_mismatches).toBe(0);
    // floats may only differ on exact half-cent ties
    expect(c.float_mismatches).toBe(c.float_mismatches_at_exact_ties);
    expect(c.custom_function_errors).toBe(0);
    expect(c.custom_function_mismatches_checked).toBe(0);
    expect(c.region_tariffs).toBe(3 * 2 * 3 * 2);
  });

  test("the three chains give the same tariffs directly", () => {
    const invoer = genereerInvoer(50, 1);
    const hf = meetHyperFormula(invoer.map((x) => x.num));
    invoer.forEach((x, i) => {
      const e = berekenTarief({ parameters: leesParameterBereik(x.bereik) }).tarief.toNumber();
      expect(Math.round(hf.tarieven[i] * 100)).toBe(Math.round(e * 100));
      expect(Math.round(floatTarief(x.num).tarief * 100)).toBe(Math.round(e * 100));
    });
  });

  test("the region workload output has one row per tariff-year", () => {
    const o = { producten: 2, caos: 2, jaren: 2, scenarios: 2 };
    const m = meetRegio(o, maakRegioInvoer(o));
    expect(m.tarieven).toBe(16);
    expect(m.uitvoer.length).toBe(16 * m.kolommen);
    expect(Array.from(m.uitvoer).every(Number.isFinite)).toBe(true);
  });

  test("the region's output (engine indexeerReeks) equals the decimal-only path exactly", () => {
    const o = { producten: 40, caos: 3, jaren: 12, scenarios: 4 };
    const invoer = maakRegioInvoer(o);
    const snel = meetRegio(o, invoer);
    const exact = meetRegio(o, invoer, true);
    expect(snel.uitvoer.length).toBe(exact.uitvoer.length);
    let verschillen = 0;
    for (let i = 0; i < snel.uitvoer.length; i++) if (snel.uitvoer[i] !== exact.uitvoer[i]) verschillen++;
    expect(verschillen).toBe(0);
    expect(snel.controlegetal).toBe(exact.controlegetal);
  });
});
