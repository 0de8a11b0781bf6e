/** An .xlsx loaded into HyperFormula (test-only, GPL): every sheet, formulas as "=…", with the stored results. */
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";

type Cel = string | number | boolean | null;

/** Every sheet of an .xlsx as HyperFormula input (formulas as "=…"), plus the formula cells with their stored result. */
export async function laadInHyperFormula(bestand: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(bestand);
  const bladen: Record<string, Cel[][]> = {};
  const formules: { blad: string; rij: number; kolom: number; formule: string; opgeslagen: number }[] = [];
  for (const ws of wb.worksheets) {
    const data: Cel[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: Cel[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const v = row.getCell(c).value as unknown;
        if (v && typeof v === "object" && "formula" in (v as object)) {
          const f = (v as { formula: string; result: number });
          cells.push("=" + f.formula);
          formules.push({ blad: ws.name, rij: r, kolom: c, formule: f.formula, opgeslagen: f.result });
        } else cells.push(v === undefined ? null : (v as Cel));
      }
      data[r - 1] = cells;
    });
    for (let i = 0; i < data.length; i++) data[i] ??= [];
    bladen[ws.name] = data;
  }
  const hf = HyperFormula.buildFromSheets(bladen, { licenseKey: "gpl-v3" });
  const waarde = (blad: string, rij: number, kolom: number) => hf.getCellValue({ sheet: hf.getSheetId(blad)!, row: rij - 1, col: kolom - 1 });
  return { hf, wb, formules, waarde };
}

