/**
 * Inserts a template (src/sjablonen/definities.ts, the same definitions the command line writes with exceljs) as
 * NEW sheets through an Excel.RequestContext: values and native formulas in byte-sized blocks, then number
 * formats, input styling (unlocked, yellow), data validation (lists and ranges), a comment per parameter, column
 * widths, frozen panes and the defined names. Refused — nothing written — when a sheet or name of the template
 * already exists (the reader finds a template by these names, so they cannot be renamed).
 */
import { tabelBereik, type CelStijl, type SjabloonBlad, type SjabloonCel, type SjabloonDefinitie, type Validatie } from "../../sjablonen/definities";
import { tabelKoppen } from "../../sjablonen/tabel-koppen";
import { kolomIndex } from "../celadres";
import { schrijfInBlokken, type SchrijfUitkomst } from "./gemeenschappelijk";

/** Fill colours as in the exceljs writer (src/sjablonen/exceljs.ts). */
const VULLING: Partial<Record<CelStijl, string>> = { kop: "#E7EEF0", invoer: "#FFF7D6", berekend: "#EFEFEF" };

export interface InvoegOpties {
  /** Excel supports workbook.comments (ExcelApi 1.10); without it the comments are skipped (and reported) */
  opmerkingen?: boolean;
}

function positie(adres: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(adres);
  if (!m) throw new Error(`Ongeldig celadres in het sjabloon: ${adres}`);
  return [Number(m[2]) - 1, kolomIndex(m[1])];
}

/**
 * A text as Excel keeps it: a leading apostrophe when Excel would otherwise read it as a formula ("=", "+", "-",
 * "@"), swallow its own leading apostrophe, or turn it into a number or date.
 */
export function alsTekst(t: string): string {
  return /^[=+\-@']/.test(t) || /^\s*[\d.,€%/:\s-]+\s*$/.test(t) ? `'${t}` : t;
}

/** The sheet's cells as a rectangle from A1: formulas ("=…") or values, "" for empty cells. */
export function bladRaster(blad: SjabloonBlad): { rijen: number; kolommen: number; formules: (string | number | boolean)[][]; formaten: string[][] } {
  let rijen = 1;
  let kolommen = 1;
  for (const c of blad.cellen) {
    const [r, k] = positie(c.adres);
    rijen = Math.max(rijen, r + 1);
    kolommen = Math.max(kolommen, k + 1);
  }
  const formules = Array.from({ length: rijen }, () => Array<string | number | boolean>(kolommen).fill(""));
  const formaten = Array.from({ length: rijen }, () => Array<string>(kolommen).fill("General"));
  for (const c of blad.cellen) {
    const [r, k] = positie(c.adres);
    if (c.formule !== undefined) formules[r][k] = `=${c.formule}`;
    else if (c.waarde !== undefined) formules[r][k] = typeof c.waarde === "string" ? alsTekst(c.waarde) : c.waarde;
    if (c.formaat) formaten[r][k] = c.formaat;
  }
  return { rijen, kolommen, formules, formaten };
}

/** Excel's data-validation rule for a definition's validation. */
export function validatieRegel(v: Validatie): Excel.DataValidationRule {
  if (v.soort === "lijst") return { list: { inCellDropDown: true, source: v.waarden.join(",") } };
  const basis =
    v.min !== undefined && v.max !== undefined
      ? { operator: "Between" as Excel.DataValidationOperator, formula1: v.min, formula2: v.max }
      : v.min !== undefined
        ? { operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator, formula1: v.min }
        : { operator: "LessThanOrEqualTo" as Excel.DataValidationOperator, formula1: v.max ?? 0 };
  return v.soort === "geheel" ? { wholeNumber: basis } : { decimal: basis };
}

/** Runs of equal keys along each row (fewer range objects than one per cell). */
function reeksen<T>(
  cellen: readonly SjabloonCel[],
  sleutel: (c: SjabloonCel) => T | undefined,
  id: (t: T) => string,
): { rij: number; kolom: number; lengte: number; waarde: T }[] {
  const perRij = new Map<number, { kolom: number; waarde: T }[]>();
  for (const c of cellen) {
    const w = sleutel(c);
    if (w === undefined) continue;
    const [r, k] = positie(c.adres);
    if (!perRij.has(r)) perRij.set(r, []);
    perRij.get(r)!.push({ kolom: k, waarde: w });
  }
  const uit: { rij: number; kolom: number; lengte: number; waarde: T }[] = [];
  for (const [rij, lijst] of perRij) {
    lijst.sort((a, b) => a.kolom - b.kolom);
    for (const x of lijst) {
      const laatste = uit[uit.length - 1];
      if (laatste && laatste.rij === rij && laatste.kolom + laatste.lengte === x.kolom && id(laatste.waarde) === id(x.waarde)) laatste.lengte++;
      else uit.push({ rij, kolom: x.kolom, lengte: 1, waarde: x.waarde });
    }
  }
  return uit;
}

function bladInFormule(naam: string): string {
  return `'${naam.replace(/'/g, "''")}'`;
}

/** Inserts every sheet and name of `def`. */
export async function voegSjabloonIn(context: Excel.RequestContext, def: SjabloonDefinitie, opties: InvoegOpties = {}): Promise<SchrijfUitkomst> {
  const bladen = context.workbook.worksheets;
  bladen.load("items/name");
  const namen = def.namen.map((n) => context.workbook.names.getItemOrNullObject(n.naam));
  for (const n of namen) n.load("isNullObject");
  // table names share the namespace of defined names: an existing table or name of that name blocks the table
  const tabelNamen = def.bladen.flatMap((b) => (b.tabellen ?? []).map((t) => t.naam));
  const tabellen = tabelNamen.map((n) => [context.workbook.tables.getItemOrNullObject(n), context.workbook.names.getItemOrNullObject(n)] as const);
  for (const [t, n] of tabellen) {
    t.load("isNullObject");
    n.load("isNullObject");
  }
  await context.sync();
  const bezet = new Set(bladen.items.map((b) => b.name.toLowerCase()));
  const dubbel = def.bladen.filter((b) => bezet.has(b.naam.toLowerCase())).map((b) => `'${b.naam}'`);
  const dubbeleNamen = [
    ...def.namen.filter((_, i) => !namen[i].isNullObject).map((n) => n.naam),
    ...tabelNamen.filter((_, i) => !tabellen[i][0].isNullObject || !tabellen[i][1].isNullObject),
  ];
  if (dubbel.length || dubbeleNamen.length) {
    return {
      ok: false,
      melding: `Het sjabloon '${def.titel}' is niet ingevoegd: ${dubbel.length ? `de werkmap heeft al ${dubbel.length === 1 ? "het werkblad" : "de werkbladen"} ${dubbel.join(", ")}` : ""}${dubbel.length && dubbeleNamen.length ? " en " : ""}${dubbeleNamen.length ? `de naam ${dubbeleNamen.join(", ")} bestaat al` : ""}. Er is niets overschreven; voeg het sjabloon in een nieuwe, lege werkmap in.`,
    };
  }

  for (const b of def.bladen) {
    const blad = context.workbook.worksheets.add(b.naam);
    const raster = bladRaster(b);
    // values and formulas first, in blocks under the request limit
    await schrijfInBlokken(context, blad, 0, 0, raster.formules, "formulas");
    // then formats and styles
    blad.getRangeByIndexes(0, 0, raster.rijen, raster.kolommen).numberFormat = raster.formaten;
    for (const s of reeksen(
      b.cellen,
      (c) => c.stijl,
      (x) => x,
    )) {
      const r = blad.getRangeByIndexes(s.rij, s.kolom, 1, s.lengte);
      if (s.waarde === "titel") {
        r.format.font.bold = true;
        r.format.font.size = 14;
      }
      if (s.waarde === "kop") r.format.font.bold = true;
      if (s.waarde === "toelichting") {
        r.format.font.italic = true;
        r.format.font.color = "#555555";
      }
      const kleur = VULLING[s.waarde];
      if (kleur) r.format.fill.color = kleur;
      if (s.waarde === "invoer") r.format.protection.locked = false;
    }
    for (const v of reeksen(
      b.cellen,
      (c) => c.validatie,
      (x) => JSON.stringify(x),
    )) {
      const r = blad.getRangeByIndexes(v.rij, v.kolom, 1, v.lengte);
      r.dataValidation.rule = validatieRegel(v.waarde);
      r.dataValidation.errorAlert =
        v.waarde.soort === "lijst"
          ? { showAlert: true, style: "Stop", title: "Ongeldige keuze", message: `Kies een van: ${v.waarde.waarden.join(", ")}`.slice(0, 225) }
          : {
              showAlert: true,
              style: "Warning",
              title: "Buiten het toegestane bereik",
              message: `Toegestaan: ${v.waarde.min !== undefined ? `minstens ${v.waarde.min}` : ""}${v.waarde.min !== undefined && v.waarde.max !== undefined ? " en " : ""}${v.waarde.max !== undefined ? `hoogstens ${v.waarde.max}` : ""}.`,
            };
    }
    // each input block as a named table (its header row holds fixed texts, so Excel keeps them as they are)
    for (const t of b.tabellen ?? []) {
      tabelKoppen(b, t);
      const tabel = blad.tables.add(tabelBereik(t), true);
      tabel.name = t.naam;
      tabel.style = "TableStyleLight1";
      tabel.showBandedRows = false;
    }
    b.kolombreedtes.forEach((w, i) => {
      // character widths to points (Calibri 11: about 7 px = 5.25 pt per character, plus padding)
      blad.getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.round(w * 5.25 + 5);
    });
    if (b.bevroren && (b.bevroren.rijen || b.bevroren.kolommen)) {
      if (b.bevroren.rijen && b.bevroren.kolommen) blad.freezePanes.freezeAt(blad.getRangeByIndexes(0, 0, b.bevroren.rijen, b.bevroren.kolommen));
      else if (b.bevroren.rijen) blad.freezePanes.freezeRows(b.bevroren.rijen);
      else blad.freezePanes.freezeColumns(b.bevroren.kolommen);
    }
    await context.sync();
    if (opties.opmerkingen !== false) {
      for (const c of b.cellen) if (c.opmerking) context.workbook.comments.add(`${bladInFormule(b.naam)}!${c.adres}`, c.opmerking);
      await context.sync();
    }
  }
  for (const n of def.namen) context.workbook.names.add(n.naam, `=${n.verwijzing}`);
  context.workbook.worksheets.getItem(def.bladen[def.bladen.length > 1 ? 1 : 0].naam).activate();
  await context.sync();
  const lijst = def.bladen.map((b) => `'${b.naam}'`).join(", ");
  return {
    ok: true,
    melding: `Sjabloon '${def.titel}' ingevoegd als werkbladen ${lijst}.${opties.opmerkingen === false ? " Deze Excel-versie ondersteunt geen opmerkingen; de uitleg per parameter staat in de kolom 'toelichting'." : ""} Vul de gele cellen in en kies daarna Controleren.`,
    adres: `${bladInFormule(def.bladen[0].naam)}!A1`,
  };
}
