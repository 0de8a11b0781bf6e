import { planSchrijven } from "../../core/schrijfplan";

/**
 * Helpers shared by the task-pane writers (all take an `Excel.RequestContext`; one `Excel.run` per action is
 * the caller's job). Rules: values in blocks, formats after values, never overwrite non-empty cells.
 */

/** Result of a write action, shown in the task pane. */
export interface SchrijfUitkomst {
  ok: boolean;
  melding: string;
  /** address of the written block, when written */
  adres?: string;
  /** the cell a problem is in ("Blad1!B11"), so the pane can offer to select it */
  cel?: string;
}

/** Is a cell value empty? (`""` or null; a 0 is data) */
export function celLeeg(v: unknown): boolean {
  return v === "" || v === null || v === undefined;
}

/** A non-empty cell that a write would have overwritten: its address and what it holds. */
export interface BezetteCel {
  cel: string;
  waarde: string;
}

/** The first `max` occupied cells as a message names them — "Parameters!P4 (notitie), …" — and "en nog N" for the rest. */
export function bezetteCellen(bezet: readonly BezetteCel[], max = 5): string {
  const eerste = bezet
    .slice(0, max)
    .map((x) => `${x.cel} (${x.waarde.length > 30 ? `${x.waarde.slice(0, 30)}…` : x.waarde})`)
    .join(", ");
  return `${eerste}${bezet.length > max ? ` en nog ${bezet.length - max}` : ""}`;
}

export function blokLeeg(waarden: readonly (readonly unknown[])[] | null | undefined): boolean {
  return !waarden || waarden.every((r) => r.every(celLeeg));
}

/** A sheet name not yet used in the workbook: "RT Opbouw", "RT Opbouw (2)", … (max 31 chars). */
export async function uniekeBladnaam(context: Excel.RequestContext, basis: string): Promise<string> {
  const bladen = context.workbook.worksheets;
  bladen.load("items/name");
  await context.sync();
  const bezet = new Set(bladen.items.map((b) => b.name.toLowerCase()));
  const kort = basis.slice(0, 25);
  if (!bezet.has(kort.toLowerCase())) return kort;
  for (let i = 2; i < 1000; i++) {
    const naam = `${kort} (${i})`;
    if (!bezet.has(naam.toLowerCase())) return naam;
  }
  throw new Error("Geen vrije bladnaam gevonden.");
}

/** Column letters for a 0-based index (0 → A, 26 → AA). */
export function kolomLetters(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Progress, cancel and block size of a long write. */
export interface BlokOpties {
  /** called after every block: cells written so far and in total */
  voortgang?: (gedaan: number, totaal: number) => void;
  /** checked before every block; true stops the write (the blocks already written stay) */
  afbreken?: () => boolean;
  /** bytes per block (default core/schrijfplan's 1.5 MB) */
  budgetBytes?: number;
}

/** The write was stopped by the user (what was written so far stays). */
export class AfgebrokenFout extends Error {
  constructor(
    public readonly gedaan: number,
    public readonly totaal: number,
  ) {
    super(`Afgebroken na ${gedaan} van ${totaal} cellen.`);
  }
}

function isPayloadFout(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || /payload size/i.test(e instanceof Error ? e.message : "");
}

/**
 * Writes `waarden` starting at (rij, kolom) in rectangular blocks sized by bytes (core/schrijfplan: at most
 * 1.5 MB per sync, well under the 5 MB request limit of Excel on the web), one sync per block, with API
 * calculation suspended until each sync. When Excel still refuses a block as too large, that block is written
 * again in blocks of half the size (down to 16 KB).
 */
export async function schrijfInBlokken(
  context: Excel.RequestContext,
  blad: Excel.Worksheet,
  rij: number,
  kolom: number,
  waarden: (string | number | boolean)[][],
  eigenschap: "values" | "formulas" = "values",
  opties: BlokOpties = {},
): Promise<void> {
  const totaal = waarden.reduce((n, r) => n + r.length, 0);
  let gedaan = 0;
  const schrijf = async (r0: number, c0: number, deel: (string | number | boolean)[][], budget: number | undefined): Promise<void> => {
    for (const blok of planSchrijven(deel, budget ? { budgetBytes: budget } : {})) {
      if (opties.afbreken?.()) throw new AfgebrokenFout(gedaan, totaal);
      blad.getRangeByIndexes(r0 + blok.row0, c0 + blok.col0, blok.rows, blok.cols)[eigenschap] = blok.values;
      context.workbook.application.suspendApiCalculationUntilNextSync();
      try {
        await context.sync();
      } catch (e) {
        const half = Math.floor((budget ?? blok.bytes) / 2);
        if (!isPayloadFout(e) || half < 16 * 1024 || (blok.rows === 1 && blok.cols === 1)) throw e;
        await schrijf(r0 + blok.row0, c0 + blok.col0, blok.values, Math.min(half, Math.floor(blok.bytes / 2)));
        continue;
      }
      gedaan += blok.rows * blok.cols;
      opties.voortgang?.(gedaan, totaal);
    }
  };
  await schrijf(rij, kolom, waarden, opties.budgetBytes);
}
