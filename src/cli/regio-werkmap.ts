/**
 * A region workbook: one sheet per table (Regio, Gemeenten, Segmenten, Producten, Normbezetting, CAO-indeling,
 * Aanbieders, Inzendingen, Onderbouwingen, Microregels, Scenario's, Volumes, Plafonds, Indexcijfers), each with a
 * header row in row 1. Read with the same range readers as the RT.* functions; every error names sheet and cell.
 * The result tables are added as new sheets (never over an existing sheet).
 */
import ExcelJS from "exceljs";
import { Decimal } from "../core/decimal";
import type { Regio } from "../core/regio-definitie";
import type { RegioTabel } from "../core/regio-tabellen";
import type { RegioBereiken } from "../data/voorbeeldregio/bereiken";
import { REGIO_BLADEN, leesRegioBladen } from "../sjablonen/regio-bladen";
import { bladWaarden } from "./werkboek";

export { REGIO_BLADEN };

/** Reads a region workbook into a Regio (the sheets through the shared reader in src/sjablonen/regio-bladen.ts). */
export function leesRegioWerkmap(wb: ExcelJS.Workbook): Regio {
  return leesRegioBladen((naam) => {
    const ws = wb.getWorksheet(naam);
    return ws ? bladWaarden(ws) : undefined;
  });
}

/** Writes the region's input tables as sheets. */
export function schrijfRegioInvoer(wb: ExcelJS.Workbook, b: RegioBereiken): void {
  for (const [sleutel, naam] of Object.entries(REGIO_BLADEN) as [keyof RegioBereiken, string][]) {
    const blad = wb.addWorksheet(naam);
    for (const rij of b[sleutel]) blad.addRow(rij.map((c) => (c === "" ? null : c)));
    blad.getRow(1).font = { bold: true };
  }
}

/** A sheet name not yet in the workbook (Excel: at most 31 characters). */
function vrijeNaam(wb: ExcelJS.Workbook, naam: string): string {
  let n = naam.slice(0, 31);
  for (let i = 2; wb.getWorksheet(n); i++) n = `${naam.slice(0, 26)} (${i})`;
  return n;
}

/** Adds the result tables as new sheets; amounts as numbers. */
export function schrijfRegioTabellen(wb: ExcelJS.Workbook, tabellen: readonly RegioTabel[]): string[] {
  return tabellen.map((t) => {
    const naam = vrijeNaam(wb, t.naam);
    const ws = wb.addWorksheet(naam);
    for (const rij of t.rijen) ws.addRow(rij.map((c) => (c instanceof Decimal ? c.toNumber() : c)));
    ws.getRow(1).font = { italic: true };
    ws.getRow(3).font = { bold: true };
    return naam;
  });
}
