/**
 * Summary tables written next to the results of "Berekenen" and drawn as native Excel charts (pure, no Office):
 * the tariff of each product stacked by legal cost element, and the scenario comparison (tariff per product per
 * scenario) from the template's sheet "Scenario's" (A name, then up to five parameter/value pairs).
 */
import { standaardCaoBron } from "../data";
import { vandaagIso } from "../functions/adapters/invoer";
import { Decimal } from "../core/decimal";
import { isRtFout } from "../core/errors";
import { leesFunctiemixBereik, leesParameterBereik } from "../core/parameters/lezen";
import { vergelijkScenarios, type ScenarioOverrides } from "../core/scenario";
import type { TariefResultaat } from "../core/tarief";
import { celAdres } from "./celadres";
import { indexeerJaar } from "../core/indexatie";
import type { IndexJaar } from "../sjablonen/indexatie";
import { mixVan, type Probleem, type Product } from "./controle";

export type Tabel = (string | number)[][];

/** Short Dutch names of the element pairs the engine uses (the series names of the stacked chart). */
const ELEMENT_NAAM: Record<string, string> = {
  "J-a/W-a": "Beroepskrachten (J-a/W-a)",
  "J-a/W-c": "Niet-productieve uren (J-a/W-c)",
  "J-a/W-d": "Reis en opleiding (J-a/W-d)",
  "J-b": "Cliëntgebonden kosten (J-b)",
  "J-c/W-b": "Overhead (J-c/W-b)",
  "J-d/W-e": "Indexering (J-d/W-e)",
  "W-f": "Gemeentelijke verplichtingen (W-f)",
};

/** The key a breakdown line is stacked under: its legal elements ("J-a/W-a"), or its label when it has none. */
function elementSleutel(regel: TariefResultaat["opbouw"][number]): string {
  const k = regel.elementen.join("/");
  return k ? (ELEMENT_NAAM[k] ?? k) : regel.label;
}

/**
 * Product × legal cost element: the sum of the breakdown lines of each element (in cents, as the breakdown);
 * each row adds up to the product's tariff, because the breakdown does (the rounding difference is its own column;
 * elements that are zero for every product are left out).
 */
export function elementTabel(uitkomsten: readonly { naam: string; resultaat: TariefResultaat }[]): Tabel {
  // elements with an amount in at least one product (a column of zeros only clutters the chart's legend)
  const sleutels: string[] = [];
  for (const u of uitkomsten)
    for (const r of u.resultaat.opbouw) if (!r.bedrag.isZero() && !sleutels.includes(elementSleutel(r))) sleutels.push(elementSleutel(r));
  const rijen: Tabel = [["Product", ...sleutels]];
  for (const u of uitkomsten) {
    const som = new Map<string, Decimal>();
    for (const r of u.resultaat.opbouw) som.set(elementSleutel(r), (som.get(elementSleutel(r)) ?? new Decimal(0)).plus(r.bedrag));
    rijen.push([u.naam, ...sleutels.map((s) => (som.get(s) ?? new Decimal(0)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber())]);
  }
  return rijen;
}

const leeg = (v: unknown) => v === "" || v === null || v === undefined;

/** The scenarios of the sheet "Scenario's" (values from A1); every problem with its cell. */
export function leesScenarioRaster(raster: readonly (readonly unknown[])[], blad: string): { scenarios: ScenarioOverrides[]; problemen: Probleem[] } {
  const scenarios: ScenarioOverrides[] = [];
  const problemen: Probleem[] = [];
  const namen = new Set<string>();
  raster.forEach((rij, i) => {
    if (i === 0) return;
    const paren: unknown[][] = [];
    const cellen: number[] = [];
    for (let k = 1; k + 1 < Math.max(rij.length, 12) && k <= 9; k += 2) {
      if (leeg(rij[k]) && leeg(rij[k + 1])) continue;
      paren.push([rij[k] ?? "", rij[k + 1] ?? ""]);
      cellen.push(k);
    }
    const naam = leeg(rij[0]) ? "" : String(rij[0] as string).trim();
    if (!naam && paren.length === 0) return;
    if (!naam) {
      problemen.push({ cel: celAdres(blad, i, 0), product: "", melding: "Deze scenariorij heeft parameters maar geen naam; vul een scenarionaam in." });
      return;
    }
    if (namen.has(naam.toLowerCase())) {
      problemen.push({ cel: celAdres(blad, i, 0), product: "", melding: `Scenario '${naam}' staat twee keer op het blad; geef elk scenario een eigen naam.` });
      return;
    }
    namen.add(naam.toLowerCase());
    try {
      scenarios.push({ naam, alle: leesParameterBereik(paren), perProduct: new Map() });
    } catch (e) {
      if (!isRtFout(e)) throw e;
      const paar = (e.details?.rij ?? 1) - 1;
      const kolom = (cellen[paar] ?? 0) + (e.details?.kolom === 1 ? 0 : 1);
      problemen.push({ cel: celAdres(blad, i, cellen.length ? kolom : 0), product: "", melding: `Scenario '${naam}': ${e.message}` });
    }
  });
  return { scenarios, problemen };
}

/** Tariff per product: the base and each scenario (the same overrides for every product). */
export function scenarioTabel(producten: readonly Product[], scenarios: readonly ScenarioOverrides[]): Tabel {
  const vergelijking = vergelijkScenarios(
    producten.map((p) => {
      const mix = mixVan(p);
      return { product: p.naam, invoer: { parameters: leesParameterBereik(p.paren), functiemix: mix ? leesFunctiemixBereik(mix) : undefined } };
    }),
    scenarios,
    { caoBron: standaardCaoBron, vandaag: vandaagIso() },
  );
  return [
    ["Product", "Basis", ...scenarios.map((s) => s.naam)],
    ...vergelijking.map((v) => [v.product, v.basis.tarief.toNumber(), ...v.scenarios.map((s) => s.resultaat.tarief.toNumber())]),
  ];
}

/**
 * Tariff per product per year: the calculated tariff, then each year of the sheet "Indexatie" applied in turn
 * with that year's rounding (as rt bereken does).
 */
export function indexTabel(uitkomsten: readonly { naam: string; resultaat: TariefResultaat }[], jaren: readonly IndexJaar[]): Tabel {
  return [
    ["Product", "Tarief", ...jaren.map((j) => String(j.jaar))],
    ...uitkomsten.map((u) => {
      let t = u.resultaat.tarief;
      return [u.naam, t.toNumber(), ...jaren.map((j) => (t = indexeerJaar(t, j.index, j.afronding)).toNumber())];
    }),
  ];
}
