/**
 * "Controleren" and "Berekenen" in the workbook: read the template's parameter sheet (or, without a template,
 * the selected two-column parameter range), check it with the engine (./controle) and list every problem with
 * its cell — nothing written — or write the results to a NEW sheet (never over user data), in blocks with
 * progress and cancel, values or live formulas, with a header (date, product version, data status).
 */
import { gebruikersTabellen } from "../../data";
import { BLAD, FUNCTIEMIX_RIJEN, PRODUCTKOLOMMEN, SJABLOON_PARAMETERS } from "../../sjablonen/definities";
import { controleerRaster, resultaatRijen, type Probleem, type Product } from "../controle";
import { bladInAdres, celAdres, foutCel } from "../celadres";
import { isRtFout } from "../../core/errors";
import { tariefResultaat } from "../../functions/adapters/tarief";
import { alsTekst } from "./sjabloon-invoegen";
import { bezetteCellen, celLeeg, kolomLetters, schrijfInBlokken, uniekeBladnaam, type BlokOpties, type SchrijfUitkomst } from "./gemeenschappelijk";
import { elementTabel, indexTabel, leesScenarioRaster, scenarioTabel } from "../overzichten";
import { leesIndexatieRaster, type IndexJaar } from "../../sjablonen/indexatie";
import { berekenRegioWerkmap, controleerRegioWerkmap, isRegioWerkmap } from "./regio-rekenen";
import { overzichtHoogte, overzichtWaarden, schrijfOverzicht, type Overzicht } from "./overzicht-schrijven";
import type { ScenarioOverrides } from "../../core/scenario";
import { mixVan } from "../controle";
import type { GrafiekAanbod } from "./grafiek";
import { auditRijen, paneelAuditblok } from "./verantwoording";

export const RESULTAAT_BLADNAAM = "RT Resultaten";
/** The summary tables start in column F (0-based 5), right of the results (A–D) and one empty column. */
export const OVERZICHT_KOLOM = 5;
/** Next to the inputs: right of the parameter sheet's columns (A names, B…K products, L unit, M explanation) and one empty column. */
export const NAAST_INVOER_KOLOM = 1 + PRODUCTKOLOMMEN + 2 + 1;

export interface ControleUitkomst extends SchrijfUitkomst {
  problemen: Probleem[];
  producten: Product[];
  /** the sheet that was read, or undefined when the selection was read */
  blad?: string;
  /** the scenarios of the sheet "Scenario's" */
  scenarios?: ScenarioOverrides[];
  /** the index per year of the sheet "Indexatie" */
  indexjaren?: IndexJaar[];
  /** the charts the pane can offer over the tables Berekenen wrote */
  grafieken?: GrafiekAanbod[];
  /** next to the inputs: the non-empty cells that would have been overwritten (nothing was written) */
  bezet?: { cel: string; waarde: string }[];
}

/** A sheet's values from A1 (undefined when the workbook has no such sheet). */
async function leesBlad(context: Excel.RequestContext, naam: string): Promise<unknown[][] | undefined> {
  const blad = context.workbook.worksheets.getItemOrNullObject(naam);
  await context.sync();
  if (blad.isNullObject) return undefined;
  const gebruikt = blad.getUsedRangeOrNullObject(true);
  gebruikt.load("rowIndex, columnIndex, rowCount, columnCount");
  await context.sync();
  if (gebruikt.isNullObject) return [[]];
  const bereik = blad.getRangeByIndexes(0, 0, gebruikt.rowIndex + gebruikt.rowCount, gebruikt.columnIndex + gebruikt.columnCount);
  bereik.load("values");
  await context.sync();
  return bereik.values as unknown[][];
}

function metMix(producten: readonly Product[]): string {
  const n = producten.filter((p) => p.mix).length;
  return n ? ` (${n} met een functiemix van het blad '${BLAD.functiemix}')` : "";
}

/**
 * Checks the template (sheet "Parameters", with the function mix of the sheet "Functiemix" and the scenarios of
 * the sheet "Scenario's" when they exist) or else the selection. Writes nothing.
 */
export async function controleer(context: Excel.RequestContext): Promise<ControleUitkomst> {
  // a region workbook (template "Scenario's en budget"): its own reader and the region computation
  if (await isRegioWerkmap(context)) {
    const { uitkomst: _, bladen: __, ...u } = await controleerRegioWerkmap(context);
    return u;
  }
  const raster = await leesBlad(context, BLAD.parameters);
  if (raster) {
    const { producten, problemen } = controleerRaster(raster, BLAD.parameters, await leesBlad(context, BLAD.functiemix));
    const scenarioRaster = await leesBlad(context, BLAD.scenarios);
    const gelezen = scenarioRaster ? leesScenarioRaster(scenarioRaster, BLAD.scenarios) : { scenarios: [], problemen: [] };
    problemen.push(...gelezen.problemen);
    const indexRaster = await leesBlad(context, BLAD.indexatie);
    const index = indexRaster ? leesIndexatieRaster(indexRaster) : { jaren: [], problemen: [] };
    for (const p of index.problemen)
      if (p.ernst === "fout") problemen.push({ cel: `${bladInAdres(BLAD.indexatie)}!${p.cel}`, product: "", melding: p.melding });
    return {
      ok: problemen.length === 0,
      melding:
        problemen.length === 0
          ? `Geen problemen gevonden in ${producten.length} ${producten.length === 1 ? "product" : "producten"} op het blad '${BLAD.parameters}'${metMix(producten)}${gelezen.scenarios.length ? ` en ${gelezen.scenarios.length} ${gelezen.scenarios.length === 1 ? "scenario" : "scenario's"}` : ""}.`
          : `${problemen.length} ${problemen.length === 1 ? "probleem" : "problemen"} gevonden in het sjabloon; klik op een cel om ernaartoe te gaan.`,
      problemen,
      producten,
      scenarios: gelezen.scenarios,
      indexjaren: index.jaren,
      blad: BLAD.parameters,
      cel: problemen[0]?.cel,
    };
  }
  // no template: the selected parameter range (two columns: name, value)
  const selectie = context.workbook.getSelectedRange();
  selectie.load("values, address, columnCount");
  await context.sync();
  if (selectie.columnCount < 2) {
    return {
      ok: false,
      melding:
        "Geen sjabloon in deze werkmap (blad 'Parameters') en de selectie heeft geen twee kolommen (naam en waarde). Voeg een sjabloon in of selecteer een parameterbereik.",
      problemen: [],
      producten: [],
    };
  }
  const paren = (selectie.values as unknown[][]).map((r) => [r[0], r[1]]);
  const problemen: Probleem[] = [];
  for (let i = 0; i < 200; i++) {
    try {
      tariefResultaat(paren, null);
      break;
    } catch (e) {
      if (!isRtFout(e)) throw e;
      const cel = foutCel(selectie.address, e.details?.rij, e.details?.kolom) ?? selectie.address;
      // after a cell was set aside, a problem without a cell is a consequence of that, not a new one
      if (e.details?.rij === undefined) {
        if (i === 0) problemen.push({ cel, product: "selectie", melding: e.message });
        break;
      }
      problemen.push({ cel, product: "selectie", melding: e.message });
      paren[e.details.rij - 1] = ["", ""];
    }
  }
  return {
    ok: problemen.length === 0,
    melding:
      problemen.length === 0
        ? `Geen problemen gevonden in de selectie ${selectie.address}.`
        : `${problemen.length} ${problemen.length === 1 ? "probleem" : "problemen"} in de selectie ${selectie.address}.`,
    problemen,
    producten: [],
    cel: problemen[0]?.cel,
  };
}

function vandaag(): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${d.getFullYear()}`;
}

/**
 * The index table as live formulas: per product the tariff cell of the result block (=$B$8), then per year
 * RT.INDEXEER over the previous year's cell with that year's index and rounding cells of the sheet Indexatie.
 */
export function indexFormules(
  blok: { rij: number; kolom: number; waarden: (string | number | boolean)[][] },
  resultaat: readonly (readonly (string | number | boolean)[])[],
  kol0: number,
  jaren: readonly IndexJaar[],
  ns: string,
): (string | number | boolean)[][] {
  const ix = bladInAdres(BLAD.indexatie);
  const tarief = kolomLetters(kol0 + 1);
  const uit = blok.waarden.map((r) => [...r]);
  uit[0] = [alsTekst("Tarief per product per jaar (geïndexeerd) (live formules)"), ...uit[0].slice(1)];
  let p = 0;
  resultaat.forEach((r, i) => {
    if (typeof r[0] !== "string" || !r[0].startsWith("Product: ")) return;
    const rij = uit[2 + p];
    const excelRij = blok.rij + 3 + p;
    rij[1] = `=$${tarief}$${i + 1}`;
    jaren.forEach((j, k) => {
      rij[2 + k] = `=${ns}.INDEXEER(${kolomLetters(blok.kolom + 1 + k)}${excelRij},${ix}!$B$${j.rij},${ix}!$C$${j.rij})`;
    });
    p++;
  });
  return uit;
}

/** Where Berekenen writes: a new sheet (default) or the parameter sheet, right of what is used there. */
export type BerekenDoel = "nieuw_blad" | "naast_invoer";

/** How many cells that would be overwritten the message names. */
const TOON_BEZET = 5;

export interface BerekenOpties extends BlokOpties {
  doel?: BerekenDoel;
  formules: boolean;
  namespace: string;
  versie: string;
}

/** Checks, then writes every product's tariff and breakdown to a new sheet. Refuses while there are problems. */
export async function bereken(context: Excel.RequestContext, opties: BerekenOpties): Promise<ControleUitkomst> {
  if (await isRegioWerkmap(context)) {
    if (opties.doel === "naast_invoer")
      return {
        ok: false,
        melding: "Een regiowerkmap (Scenario's en budget) heeft geen plek naast de invoer: kies 'een nieuw werkblad'. Er is niets geschreven.",
        problemen: [],
        producten: [],
      };
    return berekenRegioWerkmap(context, opties);
  }
  const controle = await controleer(context);
  if (!controle.blad)
    return {
      ...controle,
      ok: false,
      melding: `Berekenen werkt op een sjabloon (blad '${BLAD.parameters}'); voeg eerst een sjabloon in. Voor een losse selectie: gebruik Opbouw uitschrijven.`,
    };
  if (!controle.ok) return { ...controle, melding: `Er is niets berekend: ${controle.melding}` };
  const eigen = gebruikersTabellen.lijst().length;
  const rijen = resultaatRijen(
    controle.producten,
    controle.blad,
    {
      datum: vandaag(),
      versie: `Reële Tarieven ${opties.versie}`,
      gegevens: `meegeleverde referentiegegevens${eigen ? ` en ${eigen} eigen CAO-${eigen === 1 ? "tabel" : "tabellen"} uit deze werkmap` : ""}; bron en status per cijfer in de opbouw`,
    },
    { formules: opties.formules, namespace: opties.namespace, rijen: SJABLOON_PARAMETERS.length, mixBlad: BLAD.functiemix, mixRijen: FUNCTIEMIX_RIJEN + 1 },
  );
  const teSchrijven = [
    ...rijen.map((r) => r.map((v) => (typeof v === "string" && !(opties.formules && v.startsWith("=")) ? alsTekst(v) : v))),
    // the audit block of the values at this moment (also under live formulas): already text, never a formula
    ...auditRijen(
      paneelAuditblok(
        controle.producten.map((p) => ({ naam: p.naam, paren: p.paren, mix: mixVan(p) })),
        opties.versie,
      ),
    ),
  ];

  // summary tables (values) to the right of the results, each with room for its chart beside it
  const tariefPerProduct = controle.producten.map((p) => ({ naam: p.naam, resultaat: tariefResultaat(p.paren, mixVan(p)) }));
  const tabellen: Overzicht[] = [
    {
      soort: "opbouw",
      titel: "Tarief per wettelijk kostprijselement",
      tabel: elementTabel(tariefPerProduct),
    },
  ];
  if (controle.scenarios?.length)
    tabellen.push({ soort: "scenarios", titel: "Tarief per product per scenario", tabel: scenarioTabel(controle.producten, controle.scenarios) });
  if (controle.indexjaren?.length)
    tabellen.push({ soort: "indexatie", titel: "Tarief per product per jaar (geïndexeerd)", tabel: indexTabel(tariefPerProduct, controle.indexjaren) });

  // where: a new sheet, or the parameter sheet right of the template's columns (one empty column in between); a
  // fixed place, so the user knows where to look and a second run is refused rather than moved further right
  let blad: Excel.Worksheet;
  let naam: string;
  let kol0 = 0;
  if (opties.doel === "naast_invoer") {
    naam = controle.blad;
    blad = context.workbook.worksheets.getItem(naam);
    kol0 = NAAST_INVOER_KOLOM;
  } else {
    naam = await uniekeBladnaam(context, RESULTAAT_BLADNAAM);
    blad = context.workbook.worksheets.add(naam);
  }
  const blokken: { rij: number; kolom: number; waarden: (string | number | boolean)[][]; tabel?: (typeof tabellen)[number] }[] = [
    { rij: 0, kolom: kol0, waarden: teSchrijven },
  ];
  let rij = 0;
  for (const t of tabellen) {
    blokken.push({ rij, kolom: kol0 + OVERZICHT_KOLOM, waarden: overzichtWaarden(t), tabel: t });
    rij += overzichtHoogte(t);
  }

  // never overwrite: next to the inputs, every target cell must be empty (values and formulas)
  if (opties.doel === "naast_invoer") {
    const bereiken = blokken.map((b) => {
      const r = blad.getRangeByIndexes(b.rij, b.kolom, b.waarden.length, b.waarden[0].length);
      r.load("values, formulas");
      return { b, r };
    });
    await context.sync();
    const bezet: { cel: string; waarde: string }[] = [];
    for (const { b, r } of bereiken) {
      const f = r.formulas as unknown[][];
      (r.values as unknown[][]).forEach((rij, i) =>
        rij.forEach((v, j) => {
          if (!celLeeg(v) || !celLeeg(f[i][j])) bezet.push({ cel: celAdres(naam, b.rij + i, b.kolom + j), waarde: String(celLeeg(v) ? f[i][j] : v) });
        }),
      );
    }
    if (bezet.length) {
      return {
        ...controle,
        ok: false,
        melding: `Er is niets geschreven: naast de invoer zou${bezet.length === 1 ? "" : "den"} ${bezet.length} niet-lege ${bezet.length === 1 ? "cel" : "cellen"} worden overschreven: ${bezetteCellen(bezet, TOON_BEZET)}. Schrijf op een nieuw werkblad of maak deze cellen leeg.`,
        cel: bezet[0].cel,
        bezet,
      };
    }
  }

  // live formulas: the index table refers to each product's RT.TARIEF cell and applies the sheet's index per year
  const ix = blokken.find((b) => b.tabel?.soort === "indexatie");
  if (opties.formules && ix && controle.indexjaren?.length) ix.waarden = indexFormules(ix, rijen, kol0, controle.indexjaren, opties.namespace);

  const [resultaat, ...overzichten] = blokken;
  await schrijfInBlokken(context, blad, resultaat.rij, resultaat.kolom, resultaat.waarden, "formulas", opties);
  // formats after values: € with 2 decimals for amounts, bold header and product rows
  blad.getRangeByIndexes(0, kol0, 1, 1).format.font.bold = true;
  blad.getRangeByIndexes(0, kol0, 1, 1).format.font.size = 14;
  rijen.forEach((r, i) => {
    if (typeof r[0] === "string" && r[0].startsWith("Product: ")) {
      blad.getRangeByIndexes(i, kol0, 1, 2).format.font.bold = true;
      blad.getRangeByIndexes(i, kol0 + 1, 1, 1).numberFormat = [['"€" #,##0.00']];
    } else if (typeof r[1] === "number") {
      blad.getRangeByIndexes(i, kol0 + 1, 1, 1).numberFormat = [['"€" #,##0.00']];
    }
  });
  blad.getRangeByIndexes(0, kol0, 1, 1).format.columnWidth = 260;
  blad.getRangeByIndexes(0, kol0 + 1, 1, 1).format.columnWidth = 90;
  await context.sync();

  const grafieken: GrafiekAanbod[] = [];
  for (const b of overzichten) {
    const aanbod = await schrijfOverzicht(context, blad, naam, b.rij, b.kolom, b.tabel!, b.waarden);
    if (aanbod) grafieken.push(aanbod);
  }
  blad.activate();
  await context.sync();
  const waar = opties.doel === "naast_invoer" ? `naast de invoer op het blad '${naam}' (vanaf kolom ${kolomLetters(kol0)})` : `het nieuwe werkblad '${naam}'`;
  return {
    ...controle,
    ok: true,
    melding: `${controle.producten.length} ${controle.producten.length === 1 ? "tarief" : "tarieven"} met opbouw geschreven naar ${waar}${opties.formules ? " als live formules" : " als waarden"}${controle.scenarios?.length ? `, met de vergelijking van ${controle.scenarios.length} ${controle.scenarios.length === 1 ? "scenario" : "scenario's"}` : ""}${controle.indexjaren?.length ? ` en de tarieven per jaar ${controle.indexjaren[0].jaar}–${controle.indexjaren[controle.indexjaren.length - 1].jaar} (indexatie)` : ""}. Kies hieronder een grafiek.`,
    adres: celAdres(naam, 0, kol0),
    grafieken,
  };
}
