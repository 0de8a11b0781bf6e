/**
 * Reading and writing real .xlsx files with exceljs for the command line: parameter sheets in, result sheets
 * out. Formula cells are read by their cached result; dates as ISO dates. Results are written to a new file:
 * the user's input workbook is never overwritten.
 */
import ExcelJS from "exceljs";

export type Celwaarde = number | string | boolean | null;

/** A cell's value as the engine expects it (what a custom function would receive from Excel). */
export function celwaarde(cell: ExcelJS.Cell): Celwaarde {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    // a formula cell: its stored result (none stored, e.g. written by a program that does not calculate: blank)
    if ("result" in v || "formula" in v || "sharedFormula" in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return null;
      if (r instanceof Date) return r.toISOString().slice(0, 10);
      if (typeof r === "object") return null; // an error value in the cell
      return r;
    }
    if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ("error" in v) return null;
  }
  return String(v);
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

export async function leesWerkboek(pad: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(pad);
  return wb;
}
