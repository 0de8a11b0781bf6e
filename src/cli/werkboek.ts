/**
 * Reading and writing real .xlsx files with exceljs for the command line: parameter sheets in, result sheets
 * out. Formula cells are read by their cached result; dates as ISO dates. Results are written to a new file:
 * the user's input workbook is never overwritten.
 */
import ExcelJS from "exceljs";
import { Celfout } from "../core/parameters/cellen";
import { XLSX_GRENZEN } from "./xlsx-grenzen";

export type Celwaarde = number | string | boolean | null | Celfout;

const FORMULE_ZONDER_WAARDE = "een formule zonder berekende waarde (het bestand is niet door Excel opgeslagen; open het in Excel en sla het op)";

/**
 * A cell's value as the engine expects it (what a custom function would receive from Excel). An error value
 * (#DIV/0!, …) or a formula without a cached result becomes a `Celfout`: an input error, never a blank.
 */
export function celwaarde(cell: ExcelJS.Cell): Celwaarde {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : new Celfout("#GETAL!");
  if (typeof v === "string")
    return v.length > XLSX_GRENZEN.tekstLengte
      ? new Celfout("#WAARDE!", `een tekst van ${v.length} tekens (toegestaan: hoogstens ${XLSX_GRENZEN.tekstLengte})`)
      : v;
  if (typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? new Celfout("#WAARDE!", "een ongeldige datum") : v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    // a formula cell: its stored result; none stored (a program that does not calculate) is not a blank but unknown
    if ("formula" in v || "sharedFormula" in v || "result" in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return new Celfout("#FORMULE", FORMULE_ZONDER_WAARDE);
      if (r instanceof Date) return Number.isNaN(r.getTime()) ? new Celfout("#WAARDE!", "een ongeldige datum") : r.toISOString().slice(0, 10);
      if (typeof r === "object") return new Celfout(String((r as { error?: unknown }).error ?? "#WAARDE!"));
      if (typeof r === "number" && !Number.isFinite(r)) return new Celfout("#GETAL!");
      return r;
    }
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("error" in v) return new Celfout(String(v.error));
    if ("text" in v) return String(v.text);
  }
  return new Celfout("#WAARDE!", "een celwaarde die niet gelezen kan worden");
}

/** "C7" for row 7, column 3 (1-based). */
export function celAdres(rij: number, kolom: number): string {
  let s = "";
  let k = kolom;
  while (k > 0) {
    const m = (k - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    k = Math.floor((k - 1) / 26);
  }
  return `${s}${rij}`;
}

/** The used values of a sheet as a 2-D array (rows × columns), starting at A1. */
export function bladWaarden(blad: ExcelJS.Worksheet): Celwaarde[][] {
  const rijen: Celwaarde[][] = [];
  const kolommen = blad.actualColumnCount > 0 ? blad.columnCount : 0;
  for (let r = 1; r <= blad.rowCount; r++) {
    const rij: Celwaarde[] = [];
    for (let c = 1; c <= kolommen; c++) rij.push(celwaarde(blad.getCell(r, c)));
    rijen.push(rij);
  }
  return rijen;
}
