/**
 * `rt tarief`: computes every product of a parameter sheet and writes the results into a copy of the workbook.
 *
 * Layout of the parameter sheet (default name "Parameters"): row 1 holds "parameter" and one product name per
 * column; column A holds canonical parameter names (domain spec §4); each product column holds its values
 * (blank = not given). Columns headed "eenheid", "toelichting", "bron" or "omschrijving" are notes.
 * An optional sheet "Functiemix" has a header row with "product" plus functiemix columns (functie, aandeel or
 * fte, maandsalaris or schaal/trede, …); its rows belong to the product named in the "product" column.
 */
import { statusTekst } from "../core/bronnen";
import ExcelJS from "exceljs";
import type { RekenContext } from "../core/bronnen";
import { InvoerFout, isRtFout, type RtFout } from "../core/errors";
import { toonWaarde } from "../core/format";
import { Celfout, foutwaarde } from "../core/parameters/cellen";
import { leesFunctiemixBereik, leesParameterBereik } from "../core/parameters/lezen";
import { normaliseerNaam } from "../core/parameters/namen";
import { berekenTarief, type TariefInvoer, type TariefResultaat } from "../core/tarief";
import { EENHEID_INFO } from "../core/eenheden";
import { excelRound } from "../core/afronding";
import { bladWaarden, celAdres, type Celwaarde } from "./werkboek";

export const PARAMETERBLAD = "Parameters";
export const FUNCTIEMIXBLAD = "Functiemix";
const NOTITIEKOPPEN = new Set(["eenheid", "toelichting", "bron", "bronnen", "omschrijving", "opmerking", "opmerkingen"]);

export interface ProductUitkomst {
  product: string;
  resultaat: TariefResultaat;
  /** the validated input (for scenarios, exports) */
  invoer: TariefInvoer;
  /** 1-based column of the product on the parameter sheet */
  kolom: number;
}

export interface CelFout {
  blad: string;
  cel: string;
  product: string;
  fout: RtFout;
}

export interface TariefRun {
  uitkomsten: ProductUitkomst[];
  fouten: CelFout[];
}

function isLeegCel(v: Celwaarde): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** A product name as it is compared: trimmed, inner spaces collapsed, case-insensitive. */
function productSleutel(naam: string): string {
  return naam.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Computes every product column of the parameter sheet; collects errors with sheet and cell. */
export function berekenWerkboek(wb: ExcelJS.Workbook, context: RekenContext, bladNaam = PARAMETERBLAD): TariefRun {
  const blad = wb.getWorksheet(bladNaam);
  if (!blad) {
    const namen = wb.worksheets.map((w) => `'${w.name}'`).join(", ");
    throw new Error(`Het werkboek heeft geen blad '${bladNaam}' (wel: ${namen || "geen bladen"}). Geef een ander blad met --blad.`);
  }
  const waarden = bladWaarden(blad);
  if (waarden.length < 2) throw new Error(`Blad '${bladNaam}' is leeg: zet in kolom A de parameternamen en in rij 1 de productnamen.`);
  const kop = waarden[0];
  const mixBlad = wb.getWorksheet(FUNCTIEMIXBLAD);
  const mixWaarden = mixBlad ? bladWaarden(mixBlad) : undefined;
  const uitkomsten: ProductUitkomst[] = [];
  const fouten: CelFout[] = [];
  const gezien = new Map<string, number>(); // product key → column (duplicates are refused)
  for (let k = 1; k < kop.length; k++) {
    const naam = kop[k];
    const fw = foutwaarde(naam);
    if (fw !== undefined) {
      fouten.push({
        blad: bladNaam,
        cel: celAdres(1, k + 1),
        product: `kolom ${kolomLetter(k + 1)}`,
        fout: new InvoerFout(`De productnaam is ${fw.startsWith("#") ? `de foutwaarde ${fw}` : fw}; vul in rij 1 een productnaam in.`, { waarde: fw }),
      });
      continue;
    }
    if (isLeegCel(naam) || NOTITIEKOPPEN.has(normaliseerNaam(String(naam)))) continue;
    const product = String(naam).trim();
    const eerder = gezien.get(productSleutel(product));
    if (eerder !== undefined) {
      fouten.push({
        blad: bladNaam,
        cel: celAdres(1, k + 1),
        product,
        fout: new InvoerFout(
          `Product ${toonWaarde(product)} staat twee keer in rij 1 (kolom ${kolomLetter(eerder + 1)} en kolom ${kolomLetter(k + 1)}); geef elk product een eigen naam.`,
          { waarde: product },
        ),
      });
      continue;
    }
    gezien.set(productSleutel(product), k);
    // the header row is kept as a blank row, so the reader's row numbers are the sheet's row numbers
    const bereik = waarden.map((rij, i) => (i === 0 ? [null, null] : [rij[0], rij[k]]));
    // where an engine error points: the parameter column pair, or the functiemix sheet
    let waar: (e: RtFout) => { blad: string; cel: string } = (e) => ({
      blad: bladNaam,
      cel: e.details.rij !== undefined ? celAdres(e.details.rij, e.details.kolom === 1 ? 1 : k + 1) : `kolom ${kolomLetter(k + 1)}`,
    });
    try {
      const parameters = leesParameterBereik(bereik);
      const mix = mixWaarden ? functiemixVoor(mixWaarden, product) : undefined;
      let functiemix;
      if (mix) {
        waar = (e) => ({
          blad: FUNCTIEMIXBLAD,
          cel: e.details.rij !== undefined ? celAdres(mix.rijNummers[e.details.rij - 1], mix.kolomNummers[(e.details.kolom ?? 1) - 1]) : "(hele tabel)",
        });
        functiemix = leesFunctiemixBereik(mix.bereik);
        waar = (e) => ({ blad: bladNaam, cel: `kolom ${kolomLetter(k + 1)}` + (e.details.parameter ? ` (${e.details.parameter})` : "") });
      }
      uitkomsten.push({ product, resultaat: berekenTarief({ parameters, functiemix }, context), invoer: { parameters, functiemix }, kolom: k + 1 });
    } catch (e) {
      if (!isRtFout(e)) throw e;
      fouten.push({ ...waar(e), product, fout: e });
    }
  }
  if (mixWaarden) fouten.push(...onbekendeMixProducten(mixWaarden, gezien, bladNaam));
  if (uitkomsten.length === 0 && fouten.length === 0) {
    throw new Error(`Blad '${bladNaam}' heeft in rij 1 geen productnamen (vanaf kolom B).`);
  }
  return { uitkomsten, fouten };
}

function kolomLetter(kolom: number): string {
  return celAdres(1, kolom).replace(/\d+$/, "");
}

/**
 * The functiemix rows for one product (header row kept, "product" column removed), with the sheet row and
 * column numbers of what remains, so errors can name the cell.
 */
export function functiemixVoor(waarden: Celwaarde[][], product: string): { bereik: Celwaarde[][]; rijNummers: number[]; kolomNummers: number[] } | undefined {
  const kop = waarden[0] ?? [];
  const pk = kop.findIndex((c) => typeof c === "string" && normaliseerNaam(c) === "product");
  if (pk < 0) return undefined;
  const rijNummers = [1];
  waarden.forEach((r, i) => {
    if (i > 0 && typeof r[pk] === "string" && productSleutel(r[pk]) === productSleutel(product)) rijNummers.push(i + 1);
  });
  if (rijNummers.length === 1) return undefined;
  const kolomNummers = kop.map((_, i) => i + 1).filter((c) => c !== pk + 1);
  const zonder = (r: Celwaarde[]) => r.filter((_, i) => i !== pk);
  return { bereik: rijNummers.map((n) => zonder(waarden[n - 1])), rijNummers, kolomNummers };
}

/** Functiemix rows whose product is not a product column: an error, never silently ignored. */
function onbekendeMixProducten(waarden: Celwaarde[][], producten: ReadonlyMap<string, number>, bladNaam: string): CelFout[] {
  const kop = waarden[0] ?? [];
  const pk = kop.findIndex((c) => typeof c === "string" && normaliseerNaam(c) === "product");
  if (pk < 0) return [];
  const fouten: CelFout[] = [];
  waarden.forEach((r, i) => {
    // template formulas without a stored value (Celfout) are not user input: such a row counts as blank here
    if (i === 0 || r.every((c, k) => isLeegCel(c) || (k !== pk && c instanceof Celfout))) return;
    const cel = r[pk];
    const naam = typeof cel === "string" ? cel.trim() : cel === null ? "" : String(cel);
    if (typeof cel === "string" && producten.has(productSleutel(cel))) return;
    fouten.push({
      blad: FUNCTIEMIXBLAD,
      cel: celAdres(i + 1, pk + 1),
      product: naam || "(leeg)",
      fout: new InvoerFout(
        naam === ""
          ? `Functiemix rij ${i + 1} heeft geen product; vul in kolom ${kolomLetter(pk + 1)} de naam van een product uit blad '${bladNaam}' in.`
          : `Functiemix rij ${i + 1}: product ${toonWaarde(naam)} staat niet in rij 1 van blad '${bladNaam}'` +
              `; deze rij zou anders niet meetellen. Gebruik precies de productnaam uit rij 1.`,
        { waarde: naam },
      ),
    });
  });
  return fouten;
}

function vrijeNaam(wb: ExcelJS.Workbook, naam: string): string {
  let kandidaat = naam;
  for (let n = 2; wb.getWorksheet(kandidaat); n++) kandidaat = `${naam} (${n})`;
  return kandidaat;
}

const EURO = '"€" #,##0.00';

/** Adds result sheets (Tarieven, Opbouw, Bronnen) to the workbook; existing sheets are left untouched. */
export function schrijfResultaten(wb: ExcelJS.Workbook, uitkomsten: readonly ProductUitkomst[]): { tarieven: string; opbouw: string; bronnen: string } {
  const tarieven = wb.addWorksheet(vrijeNaam(wb, "Tarieven"));
  tarieven.addRow(["Product", "Eenheid", "Tarief", "Kostprijs (voor risico)", "Model", "Afronding"]).font = { bold: true };
  for (const u of uitkomsten) {
    const r = u.resultaat;
    tarieven.addRow([u.product, EENHEID_INFO[r.eenheid].label, r.tarief.toNumber(), excelRound(r.kostprijs, 2).toNumber(), r.model, r.afronding]);
  }
  tarieven.getColumn(3).numFmt = EURO;
  tarieven.getColumn(4).numFmt = EURO;
  tarieven.columns.forEach((c, i) => (c.width = [28, 26, 14, 22, 12, 12][i]));

  const opbouw = wb.addWorksheet(vrijeNaam(wb, "Opbouw"));
  for (const u of uitkomsten) {
    const r = u.resultaat;
    opbouw.addRow([u.product]).font = { bold: true, size: 12 };
    opbouw.addRow(["Omschrijving", "Bedrag", "Wettelijk element", "Toelichting"]).font = { bold: true };
    const eerste = opbouw.rowCount + 1;
    for (const l of r.opbouw) opbouw.addRow([l.label, l.bedrag.toNumber(), l.elementen.join(", "), l.toelichting ?? ""]);
    const laatste = opbouw.rowCount;
    // the tariff row is a formula over the lines, so the sheet shows the lines add up (checked by an independent engine in the tests)
    const rij = opbouw.addRow([
      `Tarief ${EENHEID_INFO[r.eenheid].label}`,
      { formula: `ROUND(SUM(B${eerste}:B${laatste}),2)`, result: r.tarief.toNumber() },
      "",
      r.conventies.join("; "),
    ]);
    rij.font = { bold: true };
    for (let i = eerste; i <= rij.number; i++) opbouw.getCell(i, 2).numFmt = EURO;
    opbouw.addRow([]);
  }
  opbouw.columns.forEach((c, i) => (c.width = [52, 14, 18, 80][i]));

  const bronnen = wb.addWorksheet(vrijeNaam(wb, "Bronnen"));
  bronnen.addRow(["Product", "Gegeven", "Status", "Geldig vanaf", "Bron"]).font = { bold: true };
  for (const u of uitkomsten) {
    for (const b of u.resultaat.bronnen) bronnen.addRow([u.product, b.omschrijving, statusTekst(b), b.geldigVanaf, b.bron]);
    for (const c of u.resultaat.conventies) bronnen.addRow([u.product, c, "conventie", "", ""]);
  }
  bronnen.columns.forEach((c, i) => (c.width = [28, 90, 14, 14, 60][i]));
  return { tarieven: tarieven.name, opbouw: opbouw.name, bronnen: bronnen.name };
}

export function foutRegel(f: CelFout): string {
  const waar = /^[A-Z]+\d+$/.test(f.cel) ? `cel ${f.cel}` : f.cel;
  return `Fout in blad '${f.blad}', ${waar} (product '${f.product}'): ${f.fout.message}`;
}
