/**
 * Writes a template definition (./definities.ts) into an exceljs workbook: values, native formulas, styles,
 * number formats, data validation, comments, frozen panes and defined names. The task pane has its own writer
 * for Excel.RequestContext over the same definitions.
 */
import ExcelJS from "exceljs";
import type { CelStijl, SjabloonBlad, SjabloonCel, SjabloonDefinitie, Validatie } from "./definities";
import { tabelKoppen } from "./tabel-koppen";

const VULLING: Partial<Record<CelStijl, string>> = { kop: "FFE7EEF0", invoer: "FFFFF7D6", berekend: "FFEFEFEF" };

function stijl(cel: ExcelJS.Cell, s: CelStijl | undefined): void {
  if (!s) return;
  if (s === "titel") cel.font = { bold: true, size: 14 };
  if (s === "kop") cel.font = { bold: true };
  if (s === "toelichting") cel.font = { italic: true, color: { argb: "FF555555" } };
  const kleur = VULLING[s];
  if (kleur) cel.fill = { type: "pattern", pattern: "solid", fgColor: { argb: kleur } };
  if (s === "invoer") cel.protection = { locked: false };
}

function validatie(v: Validatie): ExcelJS.DataValidation {
  if (v.soort === "lijst") {
    // a list in the validation itself (max 255 characters in Excel); longer lists are not offered as drop-down
    return {
      type: "list",
      allowBlank: true,
      formulae: [`"${v.waarden.join(",")}"`],
      showErrorMessage: true,
      errorTitle: "Ongeldige keuze",
      error: `Kies een van: ${v.waarden.join(", ")}`,
    };
  }
  const grenzen = [v.min, v.max];
  const operator = v.min !== undefined && v.max !== undefined ? "between" : v.min !== undefined ? "greaterThanOrEqual" : "lessThanOrEqual";
  return {
    type: v.soort === "geheel" ? "whole" : "decimal",
    operator,
    allowBlank: true,
    formulae: grenzen.filter((g): g is number => g !== undefined),
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "Buiten het toegestane bereik",
    error: `Toegestaan: ${v.min !== undefined ? `minstens ${v.min}` : ""}${v.min !== undefined && v.max !== undefined ? " en " : ""}${v.max !== undefined ? `hoogstens ${v.max}` : ""}.`,
  };
}

function schrijfCel(blad: ExcelJS.Worksheet, c: SjabloonCel): void {
  const cel = blad.getCell(c.adres);
  if (c.formule !== undefined) cel.value = { formula: c.formule };
  else if (c.waarde !== undefined) cel.value = c.waarde;
  stijl(cel, c.stijl);
  if (c.formaat) cel.numFmt = c.formaat;
  if (c.validatie && !(c.validatie.soort === "lijst" && c.validatie.waarden.join(",").length > 250)) cel.dataValidation = validatie(c.validatie);
  if (c.opmerking) cel.note = c.opmerking;
}

function voegTabellenToe(blad: ExcelJS.Worksheet, b: SjabloonBlad): void {
  for (const t of b.tabellen ?? []) {
    const koppen = tabelKoppen(b, t);
    blad.addTable({
      name: t.naam,
      ref: `A${t.kopRij}`,
      headerRow: true,
      style: { theme: "TableStyleLight1", showRowStripes: false },
      columns: koppen.map((name) => ({ name, filterButton: true })),
      rows: Array.from({ length: t.rijen }, () => koppen.map(() => null)),
    });
  }
}

/** Adds the template's sheets and names to `wb` (a new workbook by default). */
export function schrijfSjabloon(def: SjabloonDefinitie, wb: ExcelJS.Workbook = new ExcelJS.Workbook()): ExcelJS.Workbook {
  wb.creator = "Reële Tarieven";
  wb.title = def.titel;
  wb.subject = `rt-sjabloon ${def.soort} versie ${def.versie}`;
  for (const b of def.bladen) {
    const blad = wb.addWorksheet(b.naam, b.bevroren ? { views: [{ state: "frozen", xSplit: b.bevroren.kolommen, ySplit: b.bevroren.rijen }] } : undefined);
    b.kolombreedtes.forEach((w, i) => (blad.getColumn(i + 1).width = w));
    // tables first: exceljs writes a table's header and (empty) rows into the cells, the definition's cells follow
    voegTabellenToe(blad, b);
    for (const c of b.cellen) schrijfCel(blad, c);
  }
  for (const n of def.namen) {
    const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+)$/.exec(n.verwijzing);
    if (!m) throw new Error(`Ongeldige verwijzing van naam ${n.naam}: ${n.verwijzing}`);
    wb.getWorksheet(m[1])!.getCell(`${m[2]}${m[3]}`).name = n.naam;
  }
  return wb;
}
