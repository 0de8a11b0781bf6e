/**
 * RT.TARIEF through the custom functions, as Excel calls it cell by cell.
 * Importable: tests/bench/smoke.test.ts runs it on a tiny N; bench/run.ts repeats it and prints the result.
 */
import { leesParameterBereik } from "../../src/core/parameters/lezen";
import { berekenTarief } from "../../src/core/tarief";
import { genereerInvoer, mulberry32 } from "../inputs";

const nu = () => performance.now();

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
  const mod: Record<string, unknown> = await import("../../src/functions/functions");
  const fn = (mod.TARIEF ?? mod.tarief) as TariefFunctie | undefined;
  if (typeof fn !== "function") throw new Error("src/functions/functions.ts exporteert geen TARIEF/tarief");
  let leegCache: (() => void) | undefined;
  try {
    const a: Record<string, unknown> = await import("../../src/functions/adapters/tarief");
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
