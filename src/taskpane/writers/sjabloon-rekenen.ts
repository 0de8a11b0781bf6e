/**
 * "Controleren" and "Berekenen" in the workbook: read the template's parameter sheet (or, without a template,
 * the selected two-column parameter range), check it with the engine (./controle) and list every problem with
 * its cell — nothing written — or write the results to a NEW sheet (never over user data), in blocks with
 * progress and cancel, values or live formulas, with a header (date, product version, data status).
 */
import { gebruikersTabellen } from "../../data";
import { BLAD, SJABLOON_PARAMETERS } from "../../sjablonen/definities";
import { controleerRaster, resultaatRijen, type Probleem, type Product } from "../controle";
import { foutCel } from "../celadres";
import { isRtFout } from "../../core/errors";
import { tariefResultaat } from "../../functions/adapters/tarief";
import { alsTekst } from "./sjabloon-invoegen";
import { auditRijen, paneelAuditblok } from "./verantwoording";
import { schrijfInBlokken, uniekeBladnaam, type BlokOpties, type SchrijfUitkomst } from "./gemeenschappelijk";

export const RESULTAAT_BLADNAAM = "RT Resultaten";

export interface ControleUitkomst extends SchrijfUitkomst {
  problemen: Probleem[];
  producten: Product[];
  /** the sheet that was read, or undefined when the selection was read */
  blad?: string;
}

/** The parameter sheet's values from A1 (undefined when the workbook has no sheet "Parameters"). */
async function leesParameterblad(context: Excel.RequestContext): Promise<unknown[][] | undefined> {
  const blad = context.workbook.worksheets.getItemOrNullObject(BLAD.parameters);
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

/** Checks the template (sheet "Parameters") or else the selection. Writes nothing. */
export async function controleer(context: Excel.RequestContext): Promise<ControleUitkomst> {
  const raster = await leesParameterblad(context);
  if (raster) {
    const { producten, problemen } = controleerRaster(raster, BLAD.parameters);
    return {
      ok: problemen.length === 0,
      melding:
        problemen.length === 0
          ? `Geen problemen gevonden in ${producten.length} ${producten.length === 1 ? "product" : "producten"} op het blad '${BLAD.parameters}'.`
          : `${problemen.length} ${problemen.length === 1 ? "probleem" : "problemen"} gevonden op het blad '${BLAD.parameters}'; klik op een cel om ernaartoe te gaan.`,
      problemen,
      producten,
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

export interface BerekenOpties extends BlokOpties {
  formules: boolean;
  namespace: string;
  versie: string;
}

/** Checks, then writes every product's tariff and breakdown to a new sheet. Refuses while there are problems. */
export async function bereken(context: Excel.RequestContext, opties: BerekenOpties): Promise<ControleUitkomst> {
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
    { formules: opties.formules, namespace: opties.namespace, rijen: SJABLOON_PARAMETERS.length },
  );
  const teSchrijven = [
    ...rijen.map((r) => r.map((v) => (typeof v === "string" && !(opties.formules && v.startsWith("=")) ? alsTekst(v) : v))),
    // the audit block of the values at this moment (also under live formulas): already text, never a formula
    ...auditRijen(paneelAuditblok(controle.producten, opties.versie)),
  ];
  const naam = await uniekeBladnaam(context, RESULTAAT_BLADNAAM);
  const blad = context.workbook.worksheets.add(naam);
  await schrijfInBlokken(context, blad, 0, 0, teSchrijven, "formulas", opties);
  // formats after values: € with 2 decimals for amounts, bold header and product rows
  blad.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
  blad.getRangeByIndexes(0, 0, 1, 1).format.font.size = 14;
  rijen.forEach((r, i) => {
    if (typeof r[0] === "string" && r[0].startsWith("Product: ")) {
      blad.getRangeByIndexes(i, 0, 1, 2).format.font.bold = true;
      blad.getRangeByIndexes(i, 1, 1, 1).numberFormat = [['"€" #,##0.00']];
    } else if (typeof r[1] === "number") {
      blad.getRangeByIndexes(i, 1, 1, 1).numberFormat = [['"€" #,##0.00']];
    }
  });
  blad.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 260;
  blad.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = 90;
  blad.activate();
  await context.sync();
  return {
    ...controle,
    ok: true,
    melding: `${controle.producten.length} ${controle.producten.length === 1 ? "tarief" : "tarieven"} met opbouw geschreven naar het nieuwe werkblad '${naam}'${opties.formules ? " als live formules" : " als waarden"}.`,
    adres: `'${naam}'!A1`,
  };
}
