/**
 * The embedded sample: a parameter workbook as an advisor would set it up, with the spec's published
 * build-ups (Begeleiding Extra/Basis), a CAO lookup, a group product, a residential capacity model, a
 * functiemix and the zestigvoud rounding. Used by `npm run demo` and by the command-line tests.
 */
import ExcelJS from "exceljs";
import { FUNCTIEMIXBLAD, PARAMETERBLAD } from "./tarieven";

export const VOORBEELD_PRODUCTEN = [
  "Begeleiding Extra",
  "Begeleiding Basis",
  "Begeleiding individueel (CAO GHZ)",
  "Dagbesteding groep",
  "Behandeling (functiemix)",
  "Hulp bij het Huishouden",
  "Wonen 24-uurs",
] as const;

type Waarde = number | string | boolean | null;

/** Rows: parameter name, then one value per product (null = not given), then a note. */
const RIJEN: [string, ...Waarde[]][] = [
  ["loonkosten_per_uur", 42.22, 24.68, null, null, null, null, null, "gepubliceerde opbouw (domeinspecificatie §3.7)"],
  ["maandsalaris", null, null, null, 3200, null, 2650, null, "€ per maand, voltijd"],
  ["cao", null, null, "Gehandicaptenzorg", null, null, null, null, ""],
  ["schaal", null, null, "FWG 20", null, null, null, null, ""],
  ["trede", null, null, 5, null, null, null, null, ""],
  ["peildatum", null, null, "2023-12-01", null, null, null, null, "tabel geldig op deze datum"],
  ["sociale_lasten", null, null, 0.1847, 0.1847, 0.1847, 0.1847, 0.1847, "2024: AWf laag, Aof hoog, Wko, Whk gemiddeld, Zvw"],
  ["pensioenpremie", null, null, 0.129, 0.129, 0.129, 0.129, 0.129, "PFZW werkgeversdeel (50% van 25,8%)"],
  ["pensioen_franchise", null, null, 15816, 15816, 15816, 15816, 15816, "PFZW 2024"],
  ["overige_personeelskosten", null, null, 600, 600, 900, 400, 600, "opleiding, reiskosten per fte"],
  ["productiviteit", 0.8, 0.8, 0.75, null, 0.7, 0.85, null, ""],
  ["verlofuren", null, null, null, 180, null, null, null, "afgeleide productiviteit"],
  ["feestdaguren", null, null, null, 50, null, null, null, ""],
  ["verzuim", null, null, null, 0.06, null, null, null, ""],
  ["scholingsuren", null, null, null, 36, null, null, null, ""],
  ["overleguren", null, null, null, 60, null, null, null, ""],
  ["indirecte_uren", null, null, null, 120, null, null, null, ""],
  ["eenheid", "uur", "uur", "uur", "dagdeel", "uur", "uur", "etmaal", ""],
  ["begeleiders", null, null, null, 1.5, null, null, null, ""],
  ["groepsgrootte", null, null, null, 8, null, null, null, ""],
  ["bezettingsgraad", null, null, null, 0.85, null, null, 0.9, ""],
  ["materiele_kosten", null, null, null, 6.5, null, null, null, "€ per eenheid"],
  ["plaatsen", null, null, null, null, null, null, 8, "capaciteitsmodel"],
  ["jaarlijkse_materiele_kosten", null, null, null, null, null, null, 145000, "huisvesting, voeding, activiteiten"],
  ["overhead", 0.2, 0.2, 0.2, 0.22, 0.2, 0.18, 0.16, ""],
  ["overhead_conventie", "opslag", "opslag", "opslag", "opslag", "aandeel", "opslag", "aandeel", ""],
  ["risico_opslag", null, null, 0.02, 0.02, 0.02, 0.02, 0.02, "risico en innovatie"],
  ["afronding", "cent", "cent", "cent", "cent", "cent", "zestigvoud", "cent", ""],
];

const FUNCTIEMIX: Waarde[][] = [
  ["product", "functie", "aandeel", "fte", "maandsalaris", "ort"],
  ["Behandeling (functiemix)", "GZ-psycholoog", 0.4, null, 5200, null],
  ["Behandeling (functiemix)", "Orthopedagoog", 0.6, null, 4300, null],
  ["Wonen 24-uurs", "Persoonlijk begeleider", null, 9.5, 3300, 0.08],
  ["Wonen 24-uurs", "Slaapwacht / nachtdienst", null, 3.2, 2750, 0.3],
];

export function maakVoorbeeldWerkboek(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Reële Tarieven";
  const blad = wb.addWorksheet(PARAMETERBLAD);
  blad.addRow(["parameter", ...VOORBEELD_PRODUCTEN, "toelichting"]).font = { bold: true };
  for (const r of RIJEN) blad.addRow(r);
  blad.getColumn(1).width = 28;
  for (let c = 2; c <= VOORBEELD_PRODUCTEN.length + 1; c++) blad.getColumn(c).width = 20;
  blad.getColumn(VOORBEELD_PRODUCTEN.length + 2).width = 50;
  const mix = wb.addWorksheet(FUNCTIEMIXBLAD);
  for (const r of FUNCTIEMIX) mix.addRow(r);
  mix.getRow(1).font = { bold: true };
  return wb;
}
