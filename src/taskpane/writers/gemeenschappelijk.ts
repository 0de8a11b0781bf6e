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

/** Refused because the target holds data (never overwrite user data). */
export class DoelNietLeegFout extends Error {}

/** Is a cell value empty? (`""` or null; a 0 is data) */
export function celLeeg(v: unknown): boolean {
  return v === "" || v === null || v === undefined;
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

/**
 * Writes `waarden` starting at (rij, kolom) in rectangular blocks sized by bytes (core/schrijfplan: at most
 * 1.5 MB per sync, well under the 5 MB request limit of Excel on the web), one sync per block, with API
 * calculation suspended until each sync.
 */
export async function schrijfInBlokken(context: Excel.RequestContext, blad: Excel.Worksheet, rij: number, kolom: number, waarden: (string | number | boolean)[][]): Promise<void> {
  for (const blok of planSchrijven(waarden)) {
    blad.getRangeByIndexes(rij + blok.row0, kolom + blok.col0, blok.rows, blok.cols).values = blok.values;
    context.workbook.application.suspendApiCalculationUntilNextSync();
    await context.sync();
  }
}
