/**
 * Controleren and Berekenen on a region workbook (the template "Scenario's en budget", sheets of
 * src/sjablonen/regio-bladen.ts): read with the same reader as rt regio, computed with the engine's region
 * computation; Berekenen writes the scenario comparison (tariff per product per scenario), the budget per
 * municipality and year, and the budget per scenario and year to a NEW sheet, each with a chart offered.
 */
import { Decimal } from "../../core/decimal";
import { isRtFout } from "../../core/errors";
import { berekenRegio, type Regio, type RegioUitkomst } from "../../core/regio";
import { gebruikersTabellen, standaardCaoBron } from "../../data";
import { leesRegioBladen, REGIO_BLADEN } from "../../sjablonen/regio-bladen";
import type { Probleem } from "../controle";
import type { Tabel } from "../overzichten";
import { uniekeBladnaam } from "./gemeenschappelijk";
import type { GrafiekAanbod } from "./grafiek";
import { overzichtHoogte, schrijfOverzicht, type Overzicht } from "./overzicht-schrijven";
import { alsTekst } from "./sjabloon-invoegen";
import type { ControleUitkomst } from "./sjabloon-rekenen";

export const BUDGET_BLADNAAM = "RT Budget";

/** Is this a region workbook? (it has the sheet Volumes or Producten of the region layout) */
export async function isRegioWerkmap(context: Excel.RequestContext): Promise<boolean> {
  const b = context.workbook.worksheets.getItemOrNullObject(REGIO_BLADEN.volumes);
  b.load("isNullObject");
  await context.sync();
  return !b.isNullObject;
}

/** Every sheet of the region layout that exists, as values from A1. */
async function leesBladen(context: Excel.RequestContext): Promise<Map<string, unknown[][]>> {
  const namen = Object.values(REGIO_BLADEN);
  const bladen = namen.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
  for (const b of bladen) b.load("isNullObject");
  await context.sync();
  const gebruikt = bladen.map((b) => (b.isNullObject ? undefined : b.getUsedRangeOrNullObject(true)));
  for (const g of gebruikt) g?.load("rowIndex, columnIndex, rowCount, columnCount");
  await context.sync();
  const bereiken = bladen.map((b, i) => {
    const g = gebruikt[i];
    if (!g) return undefined;
    if (g.isNullObject) return null;
    const r = b.getRangeByIndexes(0, 0, g.rowIndex + g.rowCount, g.columnIndex + g.columnCount);
    r.load("values");
    return r;
  });
  await context.sync();
  const uit = new Map<string, unknown[][]>();
  bereiken.forEach((r, i) => {
    if (r === undefined) return;
    uit.set(namen[i], r === null ? [[]] : (r.values as unknown[][]));
  });
  return uit;
}

/** The cell a region error names in its text ("Blad 'Volumes', cel C5" / "blad 'Volumes', cel C5"). */
export function regioFoutCel(melding: string): string | undefined {
  for (const naam of Object.values(REGIO_BLADEN)) {
    const i = melding.toLowerCase().indexOf(`blad '${naam.toLowerCase()}'`);
    if (i < 0) continue;
    const cel = /^, cel ([A-Z]+\d+)/.exec(melding.slice(i + 7 + naam.length));
    const blad = `'${naam.replace(/'/g, "''")}'`;
    return `${blad}!${cel ? cel[1] : "A1"}`;
  }
  return undefined;
}

/** Reads and computes the region; a problem (the engine stops at the first) with its cell. */
export async function controleerRegioWerkmap(context: Excel.RequestContext): Promise<ControleUitkomst & { uitkomst?: RegioUitkomst }> {
  const bladen = await leesBladen(context);
  let regio: Regio;
  let uitkomst: RegioUitkomst;
  try {
    regio = leesRegioBladen((n) => bladen.get(n));
    uitkomst = berekenRegio(regio, { caoBron: standaardCaoBron });
  } catch (e) {
    if (!isRtFout(e)) throw e;
    const cel = regioFoutCel(e.message) ?? `'${REGIO_BLADEN.producten}'!A1`;
    const problemen: Probleem[] = [{ cel, product: "", melding: e.message }];
    return { ok: false, melding: `1 probleem gevonden in de regiowerkmap; klik op de cel om ernaartoe te gaan.`, problemen, producten: [], cel };
  }
  const n = uitkomst.vergelijking.length;
  return {
    ok: true,
    melding: `Geen problemen gevonden in de regiowerkmap: ${n} ${n === 1 ? "product" : "producten"} met een tarief, ${uitkomst.scenarios.length} ${uitkomst.scenarios.length === 1 ? "scenario" : "scenario's"}, ${regio.gemeenten.length} gemeenten, jaren ${uitkomst.jaren[0]}–${uitkomst.jaren[uitkomst.jaren.length - 1]}.`,
    problemen: [],
    producten: [],
    uitkomst,
  };
}

const getal = (d: Decimal) => d.toNumber();

/** Tariff per product: the base and each scenario. */
export function regioScenarioTabel(u: RegioUitkomst): Tabel {
  return [
    ["Product", "Basis", ...u.scenarios.map((s) => s.naam)],
    ...u.vergelijking.map((v) => [v.product, getal(v.basis.tarief), ...v.scenarios.map((s) => getal(s.resultaat.tarief))]),
  ];
}

/** Budget of one scenario per municipality (rows) and year (columns). */
export function budgetTabel(u: RegioUitkomst, scenario = "basis"): Tabel {
  const bedrag = (g: string, j: number) =>
    u.budget.perGemeente.find((t) => t.scenario === scenario && t.gemeente === g && t.jaar === j)?.bedrag ?? new Decimal(0);
  return [["Gemeente", ...u.jaren.map(String)], ...u.regio.gemeenten.map((g) => [g, ...u.jaren.map((j) => getal(bedrag(g, j)))])];
}

/** Total budget per scenario (rows) and year (columns). */
export function budgetScenarioTabel(u: RegioUitkomst): Tabel {
  const scenarios = ["basis", ...u.scenarios.map((s) => s.naam)];
  const bedrag = (s: string, j: number) => u.budget.totaal.find((t) => t.scenario === s && t.jaar === j)?.bedrag ?? new Decimal(0);
  return [["Scenario", ...u.jaren.map(String)], ...scenarios.map((s) => [s, ...u.jaren.map((j) => getal(bedrag(s, j)))])];
}

function vandaag(): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${d.getFullYear()}`;
}

/** Checks, then writes the comparison and budget tables to a new sheet. */
export async function berekenRegioWerkmap(context: Excel.RequestContext, versie: string): Promise<ControleUitkomst> {
  const controle = await controleerRegioWerkmap(context);
  if (!controle.ok || !controle.uitkomst) return { ...controle, melding: `Er is niets berekend: ${controle.melding}` };
  const u = controle.uitkomst;
  const eigen = gebruikersTabellen.lijst().length;
  const kop: (string | number)[][] = [
    ["Reële Tarieven — scenario's en budget", ""],
    ["Berekend op", vandaag()],
    ["Versie", `Reële Tarieven ${versie}`],
    [
      "Gegevens",
      `meegeleverde referentiegegevens${eigen ? ` en ${eigen} eigen CAO-${eigen === 1 ? "tabel" : "tabellen"} uit deze werkmap` : ""}; referentie-CAO ${u.regio.referentieCao}`,
    ],
    ["Berekening", "waarden uit de regiobladen (herbereken met Berekenen na een wijziging); bedragen per jaar geïndexeerd met het blad Indexcijfers"],
  ];
  const naam = await uniekeBladnaam(context, BUDGET_BLADNAAM);
  const blad = context.workbook.worksheets.add(naam);
  blad.getRangeByIndexes(0, 0, kop.length, 2).formulas = kop.map((r) => r.map((v) => (typeof v === "string" ? alsTekst(v) : v)));
  blad.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
  blad.getRangeByIndexes(0, 0, 1, 1).format.font.size = 14;
  blad.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 180;
  await context.sync();
  const overzichten: Overzicht[] = [
    { soort: "scenarios", titel: "Tarief per product per scenario", tabel: regioScenarioTabel(u) },
    { soort: "budget", titel: "Budget per gemeente en jaar (basis)", tabel: budgetTabel(u), formaat: '"€" #,##0' },
    { soort: "budget_scenarios", titel: "Budget per scenario en jaar (regio totaal)", tabel: budgetScenarioTabel(u), formaat: '"€" #,##0' },
  ];
  const grafieken: GrafiekAanbod[] = [];
  let rij = kop.length + 1;
  for (const o of overzichten) {
    grafieken.push(await schrijfOverzicht(context, blad, naam, rij, 0, o));
    rij += overzichtHoogte(o);
  }
  blad.activate();
  await context.sync();
  return {
    ...controle,
    ok: true,
    melding: `Scenariovergelijking (${u.vergelijking.length} producten, ${u.scenarios.length} scenario's) en budget per gemeente en jaar (${u.jaren[0]}–${u.jaren[u.jaren.length - 1]}) geschreven naar het nieuwe werkblad '${naam}'. Kies hieronder een grafiek.`,
    adres: `'${naam}'!A1`,
    grafieken,
  };
}
