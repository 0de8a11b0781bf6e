/**
 * Controleren and Berekenen on a region workbook (the template "Scenario's en budget", sheets of
 * src/sjablonen/regio-bladen.ts): read with the same reader as rt regio, computed with the engine's region
 * computation; Berekenen writes the scenario comparison (tariff per product per scenario), the budget per
 * municipality and year, and the budget per scenario and year to a NEW sheet, each with a chart offered.
 */
import { OORDEEL_TEKST } from "../../core/toetsing";
import { Decimal } from "../../core/decimal";
import { isRtFout } from "../../core/errors";
import { berekenRegio, type RegioUitkomst } from "../../core/regio";
import type { Regio } from "../../core/regio-definitie";
import { gebruikersTabellen, standaardCaoBron } from "../../data";
import { vandaagIso } from "../../functions/adapters/invoer";
import { leesRegioBladen, REGIO_BLADEN } from "../../sjablonen/regio-bladen";
import { tabelNaam } from "../../sjablonen/budget";
import type { Probleem } from "../controle";
import type { Tabel } from "../overzichten";
import { kolomLetters, schrijfInBlokken, uniekeBladnaam } from "./gemeenschappelijk";
import type { GrafiekAanbod } from "./grafiek";
import { overzichtHoogte, schrijfOverzicht, type Overzicht } from "./overzicht-schrijven";
import { alsTekst } from "./sjabloon-invoegen";
import type { ControleUitkomst } from "./sjabloon-rekenen";

export const BUDGET_BLADNAAM = "RT Regio";

/** Is this a region workbook? (it has the sheet Producten of the region layout; templates have Parameters instead) */
export async function isRegioWerkmap(context: Excel.RequestContext): Promise<boolean> {
  const b = context.workbook.worksheets.getItemOrNullObject(REGIO_BLADEN.producten);
  b.load("isNullObject");
  await context.sync();
  return !b.isNullObject;
}

/** A live formula block: its title, the formula in its first cell and the rows and columns it spills into. */
export interface FormuleBlok {
  titel: string;
  formule: string;
  rijen: number;
  kolommen: number;
}

/** Where a live formula finds a region sheet's table: the whole table with its header, or one column of its rows. */
export interface RegioVerwijzingen {
  /** the table with its header row (undefined: the workbook has no such sheet, or it is empty) */
  tabel(blad: string): string | undefined;
  /** one column of the table's rows, by header (undefined when absent) */
  kolom(blad: string, kop: string): string | undefined;
  /** the value cell of a setting on the sheet Regio ("referentie_cao" → 'Regio'!$B$3) */
  instelling(naam: string): string | undefined;
}

/**
 * The region's results as live RT.* formulas over the region sheets (the same functions a user can type): the
 * scenario comparison, the budget per scenario and year, the bandwidth of the provider-specific product, and the
 * tariff per product per CAO (tariff groups).
 * Their size comes from the engine's result of the same input, so the rows reserved for the spill are enough.
 */
export function regioFormules(ns: string, v: RegioVerwijzingen, u: RegioUitkomst): FormuleBlok[] {
  const B = REGIO_BLADEN;
  const aanroep = (f: string, args: (string | undefined)[]) => {
    const a = args.map((x) => x ?? "");
    while (a.length && a[a.length - 1] === "") a.pop();
    return `=${ns}.${f}(${a.join(",")})`;
  };
  const producten = v.tabel(B.producten);
  if (!producten) return [];
  const norm = [v.tabel(B.normbezetting), v.tabel(B.caoIndeling), v.instelling("referentie_cao")];
  const uit: FormuleBlok[] = [];
  const scenarios = v.tabel(B.scenarios);
  if (u.scenarios.length && scenarios)
    uit.push({
      titel: "Tarief per product per scenario",
      formule: aanroep("SCENARIO_VERGELIJKING", [producten, scenarios, ...norm]),
      rijen: u.vergelijking.length + 1,
      kolommen: 3 + 3 * u.scenarios.length,
    });
  const volumes = v.tabel(B.volumes);
  if (u.budget.totaal.length && volumes)
    uit.push({
      titel: "Budget per scenario en jaar (regio totaal)",
      formule: aanroep("BUDGET", [
        producten,
        volumes,
        v.kolom(B.indexcijfers, "index"),
        v.instelling("beginjaar"),
        u.scenarios.length ? scenarios : undefined,
        v.tabel(B.plafonds),
        '"totaal"',
        ...norm,
      ]),
      rijen: u.budget.totaal.length + 1,
      kolommen: 7,
    });
  // the bandwidth of the provider-specific product, from the submissions: a workbook names one such product on the
  // sheet Regio (aanbieder_specifiek_product, with its parameters), so there is one bandwidth and one formula
  const inzendingen = v.tabel(B.inzendingen);
  const specifiek = v.instelling("aanbieder_specifiek_product");
  const [band] = u.bandbreedtes;
  if (inzendingen && specifiek && band)
    uit.push({
      titel: `Bandbreedte ${band.product}`,
      formule: aanroep("BANDBREEDTE", [inzendingen, v.instelling("aanbieder_specifiek_parameters"), specifiek]),
      rijen: band.bandbreedtes.length + 1,
      kolommen: 6,
    });
  if (u.aanbiederTarieven.length && norm[0] && norm[1]) {
    const caos = new Set(u.tariefgroepen.map((t) => t.cao));
    uit.push({
      titel: "Tarief per product per CAO (tariefgroepen)",
      formule: aanroep("TARIEFGROEPEN", [producten, norm[0], norm[1]]),
      rijen: new Set(u.tariefgroepen.map((t) => t.product)).size + 1,
      kolommen: 2 + 2 * caos.size,
    });
  }
  return uit;
}

/** The references of the region sheets that were read: the template's table when the workbook has it, else the cells from A1. */
async function regioVerwijzingen(context: Excel.RequestContext, bladen: Map<string, unknown[][]>): Promise<RegioVerwijzingen> {
  const namen = [...bladen.keys()];
  const tabellen = namen.map((n) => context.workbook.tables.getItemOrNullObject(tabelNaam(n)));
  for (const t of tabellen) t.load("isNullObject");
  await context.sync();
  const q = (n: string) => `'${n.replace(/'/g, "''")}'`;
  const heeftTabel = (n: string) => !tabellen[namen.indexOf(n)]?.isNullObject;
  const breedte = (w: unknown[][]) => Math.max(1, ...w.map((r) => r.length));
  return {
    tabel(blad) {
      const w = bladen.get(blad);
      if (!w || w.length < 2) return undefined;
      return heeftTabel(blad) ? `${tabelNaam(blad)}[#All]` : `${q(blad)}!$A$1:$${kolomLetters(breedte(w) - 1)}$${w.length}`;
    },
    kolom(blad, kop) {
      const w = bladen.get(blad);
      const k = w?.[0]?.findIndex((x) => String(x).trim().toLowerCase() === kop) ?? -1;
      if (!w || w.length < 2 || k < 0) return undefined;
      return heeftTabel(blad) ? `${tabelNaam(blad)}[${kop}]` : `${q(blad)}!$${kolomLetters(k)}$2:$${kolomLetters(k)}$${w.length}`;
    },
    instelling(naam) {
      const r = bladen.get(REGIO_BLADEN.regio)?.findIndex((x) => String(x[0]).trim() === naam) ?? -1;
      return r > 0 ? `${q(REGIO_BLADEN.regio)}!$B$${r + 1}` : undefined;
    },
  };
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
export async function controleerRegioWerkmap(
  context: Excel.RequestContext,
): Promise<ControleUitkomst & { uitkomst?: RegioUitkomst; bladen?: Map<string, unknown[][]> }> {
  const bladen = await leesBladen(context);
  let regio: Regio;
  let uitkomst: RegioUitkomst;
  try {
    regio = leesRegioBladen((n) => bladen.get(n));
    uitkomst = berekenRegio(regio, { caoBron: standaardCaoBron, vandaag: vandaagIso() });
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
    bladen,
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

/** Each provider's own tariff beside the tariff of its CAO's tariff group (the norm it is compared with). */
export function aanbiederTabel(u: RegioUitkomst): Tabel {
  return [
    ["Aanbieder (product)", "Tarief aanbieder", "Tarief tariefgroep"],
    ...u.aanbiederTarieven.map((a) => [
      `${a.aanbieder}${a.product ? ` (${a.product})` : ""}`,
      getal(a.resultaat.tarief),
      a.tariefgroep ? getal(a.tariefgroep.tarief) : "",
    ]),
  ];
}

/** The bandwidth per product and parameter: minimum, norm, maximum. */
export function bandbreedteTabel(u: RegioUitkomst): Tabel {
  return [
    ["Product en parameter", "Minimum", "Norm", "Maximum"],
    ...u.bandbreedtes.flatMap((b) => b.bandbreedtes.map((x) => [`${b.product}: ${x.parameter}`, getal(x.min), x.norm ? getal(x.norm) : "", getal(x.max)])),
  ];
}

/** Every checked value of every submission with its verdict and the value the tariff uses. */
export function toetsingTabel(u: RegioUitkomst): Tabel {
  return [
    ["Aanbieder", "Product", "Parameter", "Ingediend", "Minimum", "Maximum", "Gebruikt", "Oordeel"],
    ...u.aanbiederTarieven.flatMap((a) =>
      a.toetsing.map((x) => [
        a.aanbieder,
        a.product ?? "",
        x.parameter,
        getal(x.ingediend),
        getal(x.min),
        getal(x.max),
        getal(x.gebruikt),
        OORDEEL_TEKST[x.oordeel],
      ]),
    ),
  ];
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

export interface RegioBerekenOpties {
  versie: string;
  /** also the results as live RT.* formulas over the region sheets (the chart tables stay values) */
  formules?: boolean;
  namespace?: string;
}

/** Checks, then writes the comparison and budget tables to a new sheet (and, when chosen, the live formulas). */
export async function berekenRegioWerkmap(context: Excel.RequestContext, opties: RegioBerekenOpties): Promise<ControleUitkomst> {
  const { versie } = opties;
  const { bladen, ...controle } = await controleerRegioWerkmap(context);
  if (!controle.ok || !controle.uitkomst || !bladen) return { ...controle, melding: `Er is niets berekend: ${controle.melding}` };
  const u = controle.uitkomst;
  const formules = opties.formules ? regioFormules(opties.namespace ?? "RT", await regioVerwijzingen(context, bladen), u) : [];
  const eigen = gebruikersTabellen.lijst().length;
  const overzichten: Overzicht[] = [];
  if (u.scenarios.length) overzichten.push({ soort: "scenarios", titel: "Tarief per product per scenario", tabel: regioScenarioTabel(u) });
  if (u.budget.perGemeente.length)
    overzichten.push(
      { soort: "budget", titel: "Budget per gemeente en jaar (basis)", tabel: budgetTabel(u), formaat: '"€" #,##0' },
      { soort: "budget_scenarios", titel: "Budget per scenario en jaar (regio totaal)", tabel: budgetScenarioTabel(u), formaat: '"€" #,##0' },
    );
  if (u.aanbiederTarieven.length) {
    overzichten.push(
      { soort: "aanbieders", titel: "Tarief per aanbieder en tariefgroep", tabel: aanbiederTabel(u) },
      {
        soort: "aanbieders",
        titel: "Bandbreedte per parameter",
        tabel: bandbreedteTabel(u),
        kolomFormaten: ["0.####", "0.####", "0.####"],
        grafiek: false,
      },
      {
        soort: "aanbieders",
        titel: "Toetsing van de inzendingen",
        tabel: toetsingTabel(u),
        kolomFormaten: ["General", "General", "0.####", "0.####", "0.####", "0.####", "General"],
        grafiek: false,
      },
    );
  }
  if (overzichten.length === 0)
    return {
      ...controle,
      ok: false,
      melding:
        "Er is niets berekend: de regiowerkmap heeft geen scenario's, geen volumes en geen inzendingen. Vul het blad Scenario's, Volumes of Inzendingen in.",
    };
  const kop: (string | number)[][] = [
    ["Reële Tarieven — regio: scenario's, budget, bandbreedte en toetsing", ""],
    ["Berekend op", vandaag()],
    ["Versie", `Reële Tarieven ${versie}`],
    [
      "Gegevens",
      `meegeleverde referentiegegevens${eigen ? ` en ${eigen} eigen CAO-${eigen === 1 ? "tabel" : "tabellen"} uit deze werkmap` : ""}; referentie-CAO ${u.regio.referentieCao}`,
    ],
    [
      "Berekening",
      formules.length
        ? `live formules (${formules.map((f) => /^=([^(]+)\(/.exec(f.formule)![1]).join(", ")}) over de regiobladen, onder de tabellen; de tabellen voor de grafieken zijn waarden (herbereken met Berekenen na een wijziging)`
        : "waarden uit de regiobladen (herbereken met Berekenen na een wijziging); bedragen per jaar geïndexeerd met het blad Indexcijfers",
    ],
  ];
  const naam = await uniekeBladnaam(context, BUDGET_BLADNAAM);
  const blad = context.workbook.worksheets.add(naam);
  blad.getRangeByIndexes(0, 0, kop.length, 2).formulas = kop.map((r) => r.map((v) => (typeof v === "string" ? alsTekst(v) : v)));
  blad.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
  blad.getRangeByIndexes(0, 0, 1, 1).format.font.size = 14;
  blad.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 180;
  await context.sync();
  const grafieken: GrafiekAanbod[] = [];
  let rij = kop.length + 1;
  for (const o of overzichten) {
    const aanbod = await schrijfOverzicht(context, blad, naam, rij, 0, o);
    if (aanbod) grafieken.push(aanbod);
    rij += o.grafiek === false ? o.tabel.length + 3 : overzichtHoogte(o);
  }
  // the live formulas below the tables: a title, the formula, and the rows its result spills into kept empty
  for (const f of formules) {
    await schrijfInBlokken(context, blad, rij, 0, [[alsTekst(`${f.titel} (live formule)`)], [f.formule]], "formulas");
    blad.getRangeByIndexes(rij, 0, 1, 1).format.font.bold = true;
    blad.getRangeByIndexes(rij + 1, 0, f.rijen, f.kolommen).numberFormat = Array.from({ length: f.rijen }, () => Array<string>(f.kolommen).fill("General"));
    rij += f.rijen + 3;
  }
  await context.sync();
  blad.activate();
  await context.sync();
  return {
    ...controle,
    ok: true,
    melding: `${overzichten.map((o) => o.titel).join("; ")} geschreven naar het nieuwe werkblad '${naam}'${formules.length ? `, met daaronder ${formules.length} live ${formules.length === 1 ? "formule" : "formules"} (${formules.map((f) => f.titel).join("; ")})` : " als waarden"}. Kies hieronder een grafiek.`,
    adres: `'${naam}'!A1`,
    grafieken,
  };
}
