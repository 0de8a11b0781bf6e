/**
 * "Parametersjabloon invoegen": writes a parameter template (canonical names, example values, units,
 * descriptions) to a NEW sheet, plus a formula with RT.TARIEF, so user data is never touched.
 */
import { DEFINITIE_PER_NAAM } from "../../core/parameters/definities";
import { schrijfInBlokken, uniekeBladnaam, type SchrijfUitkomst } from "./gemeenschappelijk";

export const SJABLOON_BLADNAAM = "RT Parameters";

/** Example values: the salary route of a typical hourly product (domain spec §3). */
export const SJABLOON_VOORBEELD: ReadonlyArray<readonly [string, string | number | boolean]> = [
  ["maandsalaris", 3500],
  ["uren_per_week", 36],
  ["vakantietoeslag", 0.08],
  ["eindejaarsuitkering", 0.0833],
  ["ort", 0],
  ["overige_looncomponenten", 0],
  ["sociale_lasten", 0.18],
  ["pensioenpremie", 0.13],
  ["pensioen_franchise", 0],
  ["overige_personeelskosten", 0],
  ["productiviteit", 0.75],
  ["productiviteit_basis", "betaalde_uren"],
  ["eenheid", "uur"],
  ["begeleiders", 1],
  ["groepsgrootte", 1],
  ["bezettingsgraad", 1],
  ["materiele_kosten", 0],
  ["overhead", 0.2],
  ["overhead_conventie", "opslag"],
  ["risico_opslag", 0],
  ["afronding", "cent"],
];

export const SJABLOON_KOP = ["Parameter", "Waarde", "Eenheid", "Omschrijving"] as const;

/** The template as rows (header + one row per parameter). */
export function sjabloonRijen(): (string | number | boolean)[][] {
  const rijen: (string | number | boolean)[][] = [[...SJABLOON_KOP]];
  for (const [naam, waarde] of SJABLOON_VOORBEELD) {
    const def = DEFINITIE_PER_NAAM.get(naam);
    rijen.push([naam, waarde, def?.eenheid ?? "", def ? `${def.omschrijving}${def.standaard ? ` Standaard: ${def.standaard}.` : ""}` : ""]);
  }
  return rijen;
}

/** Writes the template to a new sheet and activates it. */
export async function schrijfParameterSjabloon(context: Excel.RequestContext, namespace = "RT"): Promise<SchrijfUitkomst> {
  const naam = await uniekeBladnaam(context, SJABLOON_BLADNAAM);
  const blad = context.workbook.worksheets.add(naam);
  const rijen = sjabloonRijen();
  await schrijfInBlokken(context, blad, 0, 0, rijen);

  // the tariff formula two rows below the parameters (invariant English syntax for `formulas`)
  const laatste = rijen.length; // 1-based row of the last parameter
  const formuleRij = laatste + 1; // 0-based index → two rows below
  blad.getRangeByIndexes(formuleRij, 0, 1, 2).values = [["Tarief", ""]];
  blad.getRangeByIndexes(formuleRij, 1, 1, 1).formulas = [[`=${namespace}.TARIEF(A2:B${laatste})`]];
  await context.sync();

  // formats after values
  const kop = blad.getRangeByIndexes(0, 0, 1, 4);
  kop.format.font.bold = true;
  kop.format.fill.color = "#E7EEF0";
  blad.getRangeByIndexes(formuleRij, 0, 1, 2).format.font.bold = true;
  blad.getRangeByIndexes(formuleRij, 1, 1, 1).numberFormat = [["#,##0.00"]];
  blad.getRangeByIndexes(0, 0, rijen.length, 3).format.autofitColumns();
  blad.freezePanes.freezeRows(1);
  blad.activate();
  await context.sync();
  return {
    ok: true,
    melding: `Parametersjabloon geschreven naar werkblad '${naam}'. Pas de waarden in kolom B aan; het tarief staat in B${formuleRij + 1}.`,
    adres: `'${naam}'!A1:D${rijen.length}`,
  };
}
