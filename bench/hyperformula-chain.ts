/**
 * The same chain as spreadsheet formulas, evaluated by HyperFormula (GPL — used only in bench/ and tests, never
 * shipped): one row per input, input cells A:U, the chain as formula columns V:AI — the way a formula-based
 * rekentool is built. Like the engine, the sheet also computes the breakdown: the ten cost lines per unit
 * (salary, allowances, ORT, social charges, pension, other personnel cost, non-productive hours, material cost,
 * overhead, risk), each rounded to cents, and the rounding difference (AH:BB). The engine additionally builds
 * conventions and sources, which the sheet does not.
 */
import { HyperFormula } from "hyperformula";
import type { NumInvoer } from "./inputs";

/** Input columns (A…U), in this order. */
export const INVOER_KOLOMMEN = [
  "maandsalaris",
  "vakantietoeslag",
  "eindejaarsuitkering",
  "ort",
  "sociale_lasten",
  "pensioenpremie",
  "pensioen_franchise",
  "overige_personeelskosten",
  "uren_per_week",
  "productiviteit",
  "afslag",
  "uren_per_eenheid",
  "groepsgrootte",
  "bezettingsgraad",
  "materiele_kosten",
  "overhead",
  "aandeel",
  "overhead_over_materieel",
  "risico_opslag",
  "afronding_code",
] as const;

/** 0 = cent, 1 = euro, 2 = zestigvoud */
export function afrondingCode(a: NumInvoer["afronding"]): number {
  return a === "cent" ? 0 : a === "euro" ? 1 : 2;
}

function invoerRij(i: NumInvoer): number[] {
  return [
    i.maandsalaris,
    i.vakantietoeslag,
    i.eindejaarsuitkering,
    i.ort,
    i.sociale_lasten,
    i.pensioenpremie,
    i.pensioen_franchise,
    i.overige_personeelskosten,
    i.uren_per_week,
    i.productiviteit,
    i.afslag,
    i.uren_per_eenheid,
    i.groepsgrootte,
    i.bezettingsgraad,
    i.materiele_kosten,
    i.overhead,
    i.aandeel,
    i.overhead_over_materieel,
    i.risico_opslag,
    afrondingCode(i.afronding),
  ];
}

/**
 * Formula columns for row r (1-based). Inputs: A S, B v, C e, D ort, E s, F p, G F, H Q, I uren/week, J π or afslag,
 * K afslag?, L uren/eenheid, M groep, N bezetting, O m, P o, Q aandeel?, R overMaterieel?, S r, T afronding.
 */
export function formules(r: number): string[] {
  return [
    /* U  L      */ `=A${r}*12*(1+B${r}+C${r}+D${r})`,
    /* V  LK     */ `=U${r}*(1+E${r})+F${r}*MAX(0,U${r}-G${r})+H${r}`,
    /* W  H      */ `=I${r}*52`,
    /* X  π      */ `=IF(K${r}=1,1-J${r},J${r})`,
    /* Y  P      */ `=W${r}*X${r}`,
    /* Z  K      */ `=V${r}/Y${r}`,
    /* AA factor */ `=L${r}/(M${r}*N${r})`,
    /* AB D_pers */ `=Z${r}*AA${r}`,
    /* AC basis  */ `=IF(R${r}=1,AB${r}+O${r},AB${r})`,
    /* AD met OH */ `=IF(Q${r}=1,AC${r}/(1-P${r}),AC${r}*(1+P${r}))`,
    /* AE T      */ `=IF(R${r}=1,AD${r},AD${r}+O${r})`,
    /* AF ×(1+r) */ `=AE${r}*(1+S${r})`,
    /* AG tarief */ `=IF(T${r}=0,ROUND(AF${r},2),IF(T${r}=1,ROUND(AF${r},0),ROUND(AF${r}/0.6,0)*0.6))`,
    // breakdown per unit: each component of LK per paid hour × the unit factor, then what the engine shows
    /* AH salaris         */ `=A${r}*12*AA${r}/W${r}`,
    /* AI toeslagen       */ `=A${r}*12*(B${r}+C${r})*AA${r}/W${r}`,
    /* AJ ort             */ `=A${r}*12*D${r}*AA${r}/W${r}`,
    /* AK sociale lasten  */ `=U${r}*E${r}*AA${r}/W${r}`,
    /* AL pensioen        */ `=F${r}*MAX(0,U${r}-G${r})*AA${r}/W${r}`,
    /* AM overige pk      */ `=H${r}*AA${r}/W${r}`,
    /* AN niet-productief */ `=AB${r}-V${r}*AA${r}/W${r}`,
    /* AO materieel       */ `=O${r}`,
    /* AP overhead        */ `=AE${r}-AB${r}-O${r}`,
    /* AQ risico          */ `=AF${r}-AE${r}`,
    ...["AH", "AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP", "AQ"].map((c) => `=ROUND(${c}${r},2)`), // AR:BA
    /* BB afrondingsverschil */ `=AG${r}-SUM(AR${r}:BA${r})`,
  ];
}

/** 0-based columns of the rounded breakdown lines (AR:BA) and of the rounding difference (BB). */
export const OPBOUW_KOLOMMEN = Array.from({ length: 10 }, (_, k) => 43 + k);
export const VERSCHIL_KOLOM = 53;
export const FORMULES_PER_RIJ = 34;

export const TARIEF_KOLOM = 20 + 12; // AG (0-based 32)

export function bouwBlad(invoer: readonly NumInvoer[]): (number | string)[][] {
  return invoer.map((i, k) => [...invoerRij(i), ...formules(k + 1)]);
}

export interface HfMeting {
  rijen: number;
  formulecellen: number;
  bouwMs: number;
  herberekenMs: number;
  gewijzigdeCellen: number;
  tarieven: number[];
  tarievenNaWijziging: number[];
  hf: HyperFormula;
}

const HF_CONFIG = { licenseKey: "gpl-v3" } as const;

/**
 * Builds the sheet from the inputs (parse + evaluate all formulas), then changes the salary of the first
 * `gewijzigd` rows (+1%, in one batch) and lets HyperFormula recalculate the dependent cells.
 */
export function meetHyperFormula(invoer: readonly NumInvoer[], opruimen = true, gewijzigd = Math.min(invoer.length, 5000)): HfMeting {
  const blad = bouwBlad(invoer);
  let t = performance.now();
  const hf = HyperFormula.buildFromArray(blad, HF_CONFIG);
  const bouwMs = performance.now() - t;
  const sheet = 0;
  const tarieven = leesTarieven(hf, invoer.length);
  t = performance.now();
  hf.batch(() => {
    for (let r = 0; r < gewijzigd; r++) hf.setCellContents({ sheet, row: r, col: 0 }, [[gewijzigdSalaris(invoer[r])]]);
  });
  const herberekenMs = performance.now() - t;
  const tarievenNaWijziging = leesTarieven(hf, invoer.length);
  if (opruimen) hf.destroy();
  return {
    rijen: invoer.length,
    formulecellen: invoer.length * FORMULES_PER_RIJ,
    bouwMs,
    herberekenMs,
    gewijzigdeCellen: gewijzigd,
    tarieven,
    tarievenNaWijziging,
    hf,
  };
}

/** The rounded breakdown lines of row r as HyperFormula computed them (10 lines + rounding difference). */
export function leesOpbouw(hf: HyperFormula, r: number): number[] {
  return [...OPBOUW_KOLOMMEN, VERSCHIL_KOLOM].map((col) => hf.getCellValue({ sheet: 0, row: r, col }) as number);
}

function leesTarieven(hf: HyperFormula, n: number): number[] {
  const uit: number[] = new Array(n);
  for (let r = 0; r < n; r++) uit[r] = hf.getCellValue({ sheet: 0, row: r, col: TARIEF_KOLOM }) as number;
  return uit;
}

/** The salary after the recalculation step (for checking the engine against the recalculated sheet). */
export function gewijzigdSalaris(i: NumInvoer): number {
  return Math.round(i.maandsalaris * 101) / 100;
}
