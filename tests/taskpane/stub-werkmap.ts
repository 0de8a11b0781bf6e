/**
 * The stub host of the browser tests (stub-host.js, an in-memory workbook behind Excel.run) loaded in Node, so
 * writers can be tested against the same fake in Jest.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

export interface StubBlad {
  name: string;
  cellen: Record<string, unknown>;
  formules: Record<string, string>;
  formaten: Record<string, string>;
  opmaak: Record<string, Record<string, unknown>>;
  validaties: Record<string, Record<string, unknown>>;
  breedtes: Record<number, number>;
  bevroren: { rijen: number; kolommen: number } | null;
  tabellen: { naam: string; bereik: string; koppen: string[]; stijl: string | null; banden: boolean }[];
  grafieken: {
    type: string;
    bron: string;
    seriesBy: string;
    reeksen: string[];
    categorieen: unknown[];
    naam: string;
    titel: string;
    plaats: string | null;
    asFormaat: string | null;
  }[];
}

export interface StubWerkmap {
  bladen: StubBlad[];
  namen: Record<string, string>;
  opmerkingen: Record<string, string>;
  geselecteerd: string[];
  runs: number;
  /** the user typing a value into a cell ("B12") */
  typ: (blad: string, adres: string, waarde: unknown) => void;
}

export function laadStubHost(opties: Record<string, unknown> = {}): {
  run: <T>(f: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
  werkmap: StubWerkmap;
  blad: (naam: string) => StubBlad | undefined;
} {
  const window: Record<string, unknown> = { __rtStubOpties: opties };
  const code = fs.readFileSync(path.join(__dirname, "stub-host.js"), "utf8");
  vm.runInNewContext(code, { window, setTimeout, Promise, Object, JSON, Math, Number, String, Error, Map });
  const excel = window.Excel as { run: (a: unknown, b?: unknown) => Promise<unknown> };
  const werkmap = window.__rtWerkmap as StubWerkmap;
  return {
    run: (f) => excel.run({ delayForCellEdit: true }, f) as Promise<never>,
    werkmap,
    blad: (naam) => werkmap.bladen.find((b) => b.name === naam),
  };
}

/** "B3" → the stub's cell key "2,1". */
export function sleutel(adres: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(adres)!;
  let k = 0;
  for (const c of m[1]) k = k * 26 + (c.charCodeAt(0) - 64);
  return `${Number(m[2]) - 1},${k - 1}`;
}
