/**
 * Native Excel charts over a summary table the pane wrote (./sjabloon-rekenen): the scenario comparison and the
 * budget (per municipality and year, per scenario and year) as clustered columns, the tariff per legal cost element as stacked columns. The table's first row holds
 * the series names and its first column the categories (products, municipalities), so Excel names the series
 * itself and the chart follows the cells when they change.
 */
import { splitsAdres } from "../celadres";
import type { SchrijfUitkomst } from "./gemeenschappelijk";

export type GrafiekSoort = "opbouw" | "scenarios" | "budget" | "budget_scenarios" | "indexatie" | "aanbieders";

/** A chart the pane can offer after Berekenen: its source table and where it goes. */
export interface GrafiekAanbod {
  soort: GrafiekSoort;
  titel: string;
  /** the source table with header row and category column, e.g. "'RT Resultaten'!F3:J6" */
  bron: string;
  /** the cells the chart covers, e.g. "F8:M24" on the same sheet */
  plaats: string;
}

/** Excel chart type per kind (Excel.ChartType values). */
export const GRAFIEKTYPE: Record<GrafiekSoort, "ColumnClustered" | "ColumnStacked"> = {
  opbouw: "ColumnStacked",
  scenarios: "ColumnClustered",
  budget: "ColumnClustered",
  budget_scenarios: "ColumnClustered",
  indexatie: "ColumnClustered",
  aanbieders: "ColumnClustered",
};

/** A chart name unique per kind and sheet (Excel requires unique chart names per sheet). */
export const GRAFIEKNAAM: Record<GrafiekSoort, string> = {
  opbouw: "RT opbouw per kostprijselement",
  scenarios: "RT scenariovergelijking",
  budget: "RT budget per gemeente en jaar",
  budget_scenarios: "RT budget per scenario en jaar",
  indexatie: "RT tarief per jaar",
  aanbieders: "RT tarief per aanbieder",
};

/** Adds the chart; returns the series names Excel made from the table's header row. */
export async function voegGrafiekToe(context: Excel.RequestContext, aanbod: GrafiekAanbod): Promise<SchrijfUitkomst & { reeksen?: string[] }> {
  const bron = splitsAdres(aanbod.bron);
  if (!bron) return { ok: false, melding: `De grafiek '${aanbod.titel}' is niet gemaakt: het bronbereik ${aanbod.bron} is geen geldig adres.` };
  const blad = context.workbook.worksheets.getItemOrNullObject(bron.blad);
  blad.load("isNullObject");
  await context.sync();
  if (blad.isNullObject)
    return { ok: false, melding: `De grafiek '${aanbod.titel}' is niet gemaakt: het werkblad '${bron.blad}' bestaat niet meer. Kies opnieuw Berekenen.` };
  const bereik = blad.getRange(bron.cel);
  const grafiek = blad.charts.add(GRAFIEKTYPE[aanbod.soort] as Excel.ChartType, bereik, "Columns" as Excel.ChartSeriesBy);
  grafiek.name = GRAFIEKNAAM[aanbod.soort];
  grafiek.title.text = aanbod.titel;
  grafiek.legend.position = "Bottom" as Excel.ChartLegendPosition;
  grafiek.axes.valueAxis.numberFormat = aanbod.soort.startsWith("budget") ? '"€" #,##0' : '"€" #,##0.00';
  const [van, tot] = aanbod.plaats.split(":");
  grafiek.setPosition(van, tot);
  grafiek.series.load("items/name");
  await context.sync();
  const reeksen = grafiek.series.items.map((s) => s.name);
  return {
    ok: true,
    melding: `Grafiek '${aanbod.titel}' gemaakt op het werkblad '${bron.blad}' (${aanbod.plaats}) uit ${aanbod.bron}: ${reeksen.length} ${reeksen.length === 1 ? "reeks" : "reeksen"} (${reeksen.join(", ")}).`,
    adres: aanbod.bron,
    reeksen,
  };
}
