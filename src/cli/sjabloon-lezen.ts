/**
 * Reading filled templates (src/sjablonen/definities.ts) from an exceljs workbook: which template and version,
 * required sheets, the provider's details, and the checks on input cells that the engine cannot see (a formula
 * where a value is expected, a number typed as text, values in a product column without a product name).
 * Every problem names sheet and cell.
 */
import ExcelJS from "exceljs";
import { Decimal } from "../core/decimal";
import { isMicro, type MicroUitkomst } from "../core/micro";
import { DEFINITIE_PER_NAAM } from "../core/parameters/definities";
import { normaliseerNaam } from "../core/parameters/namen";
import { leesGetal } from "../core/parameters/getallen";
import {
  AANBIEDER_EERSTE_RIJ,
  AANBIEDER_VELDEN,
  BLAD,
  KENMERK,
  SJABLOON_SOORTEN,
  SJABLOON_VERSIE,
  type AanbiederVeld,
  type SjabloonSoort,
} from "../sjablonen/definities";
import { celAdres, celwaarde } from "./werkboek";
import { Celfout, WOORD_NIET_GEGEVEN } from "../core/parameters/cellen";

export interface Probleem {
  ernst: "fout" | "waarschuwing";
  blad: string;
  /** "C7", or a description such as "kolom D" when no single cell applies */
  cel: string;
  melding: string;
  /** exit code category of a fout: invalid input (2) or not found (3) */
  soort?: "invoer" | "niet_gevonden";
}

export function probleemRegel(p: Probleem, bestand?: string): string {
  const waar = /^[A-Z]+\d+$/.test(p.cel) ? `cel ${p.cel}` : p.cel;
  return `${p.ernst === "fout" ? "Fout" : "Waarschuwing"}${bestand ? ` in '${bestand}'` : ""}, blad '${p.blad}', ${waar}: ${p.melding}`;
}

export interface Herkenning {
  soort: SjabloonSoort;
  versie: number;
}

/**
 * The template kind and version from the sheet "Sjabloon"; undefined when the workbook has no such sheet (a plain
 * parameter workbook as `rt tarief` reads it). A template of another version is refused (a fout).
 */
export function herkenSjabloon(wb: ExcelJS.Workbook, problemen: Probleem[]): Herkenning | undefined {
  const blad = wb.getWorksheet(BLAD.sjabloon);
  if (!blad) return undefined;
  const soort = celwaarde(blad.getCell(KENMERK.soort));
  const versie = celwaarde(blad.getCell(KENMERK.versie));
  if (typeof soort !== "string" || !(SJABLOON_SOORTEN as readonly string[]).includes(soort.trim())) {
    problemen.push({
      ernst: "fout",
      blad: BLAD.sjabloon,
      cel: KENMERK.soort,
      soort: "invoer",
      melding: `soort sjabloon = '${soort ?? ""}' is onbekend; toegestaan: ${SJABLOON_SOORTEN.join(", ")}. Maak een nieuw sjabloon met rt sjabloon.`,
    });
    return undefined;
  }
  const v = typeof versie === "number" ? versie : Number(String(versie ?? "").trim());
  if (v !== SJABLOON_VERSIE) {
    problemen.push({
      ernst: "fout",
      blad: BLAD.sjabloon,
      cel: KENMERK.versie,
      soort: "invoer",
      melding: `sjabloonversie = '${versie ?? ""}' wordt niet ondersteund; deze rt leest versie ${SJABLOON_VERSIE}. Vraag een nieuw sjabloon aan of zet de gegevens over in 'rt sjabloon ${soort.trim()}'.`,
    });
    return undefined;
  }
  return { soort: soort.trim() as SjabloonSoort, versie: v };
}

/** The sheets a template of this kind must have. */
export function vereisteBladen(soort: SjabloonSoort | undefined): string[] {
  if (soort === "kostprijs") return [BLAD.aanbieder, BLAD.parameters];
  return [BLAD.parameters];
}

export function controleerBladen(wb: ExcelJS.Workbook, soort: SjabloonSoort | undefined, problemen: Probleem[]): void {
  const aanwezig = wb.worksheets.map((w) => w.name);
  for (const naam of vereisteBladen(soort)) {
    if (!wb.getWorksheet(naam)) {
      problemen.push({
        ernst: "fout",
        blad: naam,
        cel: "(blad)",
        soort: "invoer",
        melding: `het blad '${naam}' ontbreekt (wel: ${aanwezig.map((a) => `'${a}'`).join(", ")}). Wijzig de bladnamen van het sjabloon niet.`,
      });
    }
  }
}

function isFormule(v: ExcelJS.CellValue): v is ExcelJS.CellFormulaValue {
  return v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v);
}

/**
 * Checks the value cells of a parameter sheet (product columns, from row 2): formulas (cached value used, with a
 * warning; refused when there is none), numbers typed as text (read, with a warning), values under an empty
 * product name (refused: they would be ignored silently).
 */
export function controleerParameterblad(blad: ExcelJS.Worksheet, problemen: Probleem[]): void {
  const kolommen = blad.actualColumnCount > 0 ? blad.columnCount : 0;
  const notities = new Set(["eenheid", "toelichting", "bron", "bronnen", "omschrijving", "opmerking", "opmerkingen"]);
  for (let k = 2; k <= kolommen; k++) {
    const kop = celwaarde(blad.getCell(1, k));
    const kopTekst = kop === null ? "" : String(kop).trim();
    if (notities.has(normaliseerNaam(kopTekst))) continue;
    for (let r = 2; r <= blad.rowCount; r++) {
      const cel = blad.getCell(r, k);
      const v = cel.value;
      if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
      // the template's own 'standaard' under an unused product column means nothing
      if (kopTekst === "" && typeof v === "string" && v.trim().toLowerCase() === WOORD_NIET_GEGEVEN) continue;
      const adres = celAdres(r, k);
      const naamCel = celwaarde(blad.getCell(r, 1));
      const parameter = typeof naamCel === "string" ? normaliseerNaam(naamCel) : "";
      if (kopTekst === "") {
        problemen.push({
          ernst: "fout",
          blad: blad.name,
          cel: adres,
          soort: "invoer",
          melding: `er staat een waarde (${String(celwaarde(cel))}) in een kolom zonder productnaam; zet de productnaam in ${celAdres(1, k)} of maak de kolom leeg.`,
        });
        break;
      }
      if (isFormule(v)) {
        const gecached = celwaarde(cel);
        if (gecached === null || (gecached instanceof Celfout && gecached.code === "#FORMULE")) {
          problemen.push({
            ernst: "fout",
            blad: blad.name,
            cel: adres,
            soort: "invoer",
            melding: `${parameter || "deze cel"} bevat een formule (=${v.formula ?? "…"}) zonder opgeslagen uitkomst; vul een waarde in, of open en bewaar de werkmap in Excel zodat de uitkomst wordt opgeslagen.`,
          });
        } else {
          problemen.push({
            ernst: "waarschuwing",
            blad: blad.name,
            cel: adres,
            melding: `${parameter || "deze cel"} bevat een formule (=${v.formula ?? "…"}); de in de werkmap opgeslagen uitkomst ${String(gecached)} is gebruikt.`,
          });
        }
        continue;
      }
      const def = DEFINITIE_PER_NAAM.get(parameter);
      if (typeof v === "string" && def && (def.soort === "fractie" || def.soort === "bedrag" || def.soort === "getal")) {
        const g = leesGetal(v, def.soort === "bedrag");
        if (g) {
          problemen.push({
            ernst: "waarschuwing",
            blad: blad.name,
            cel: adres,
            melding: `${parameter} staat als tekst '${v}' in de cel; gelezen als ${g.getal.toString()}${def.soort === "fractie" ? ` (${g.getal.times(100).toString()}%)` : ""}. Typ getallen als getal.`,
          });
        }
        // text that is not a number: the engine refuses it with the parameter's message
      }
    }
  }
}

export type Aanbieder = Record<AanbiederVeld, string | undefined> & { micro?: MicroUitkomst; rijen: Record<AanbiederVeld, number> };

/** The provider's details from the sheet "Aanbieder" (name required; micro test when its three figures are given). */
export function leesAanbieder(wb: ExcelJS.Workbook, problemen: Probleem[]): Aanbieder | undefined {
  const blad = wb.getWorksheet(BLAD.aanbieder);
  if (!blad) return undefined;
  const uit: Record<string, unknown> = { rijen: {} };
  const getallen: Partial<Record<AanbiederVeld, Decimal>> = {};
  AANBIEDER_VELDEN.forEach((v, i) => {
    const rij = AANBIEDER_EERSTE_RIJ + i;
    (uit.rijen as Record<string, number>)[v.veld] = rij;
    const waarde = celwaarde(blad.getCell(rij, 2));
    const tekst = waarde === null ? undefined : String(waarde).trim() || undefined;
    uit[v.veld] = tekst;
    if (v.soort !== "tekst" && tekst !== undefined) {
      const g = leesGetal(waarde, v.soort === "bedrag");
      if (!g || g.getal.isNegative()) {
        problemen.push({
          ernst: "fout",
          blad: blad.name,
          cel: `B${rij}`,
          soort: "invoer",
          melding: `${v.label} = '${tekst}' is geen getal; toegestaan: een getal van 0 of meer.`,
        });
      } else {
        getallen[v.veld] = g.getal;
        if (typeof waarde === "string")
          problemen.push({
            ernst: "waarschuwing",
            blad: blad.name,
            cel: `B${rij}`,
            melding: `${v.label} staat als tekst '${waarde}'; gelezen als ${g.getal.toString()}.`,
          });
      }
    }
  });
  if (uit.aanbieder === undefined) {
    problemen.push({
      ernst: "fout",
      blad: blad.name,
      cel: `B${AANBIEDER_EERSTE_RIJ}`,
      soort: "invoer",
      melding: "de naam van de aanbieder ontbreekt; vul die in.",
    });
  }
  if (getallen.personeel && (getallen.jaaromzet || getallen.balanstotaal)) {
    // a missing turnover or balance total cannot make a provider micro: it counts as above the threshold
    const boven = new Decimal("1e15");
    uit.micro = isMicro(getallen.personeel, getallen.jaaromzet ?? boven, getallen.balanstotaal ?? boven);
  }
  return uit as Aanbieder;
}
