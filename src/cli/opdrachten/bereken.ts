/**
 * `rt bereken <werkmap>`: reads the templates in a workbook (rt sjabloon or the task pane; a plain parameter
 * workbook too), validates everything, computes, and writes the results into a copy. Any error (with sheet and
 * cell) → exit 2 (or 3 for a lookup that found nothing) and nothing is written.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import type { RekenContext } from "../../core/bronnen";
import { Decimal } from "../../core/decimal";
import { isRtFout } from "../../core/errors";
import { formatBedrag, formatProcent } from "../../core/format";
import { indexeerJaar } from "../../core/indexatie";
import { leesParameterBereik } from "../../core/parameters/lezen";
import { normaliseerNaam } from "../../core/parameters/namen";
import { berekenScenarios, scenarioInvoer, type Scenario } from "../../core/scenario";
import type { TariefInvoer, TariefResultaat } from "../../core/tarief";
import { verantwoordingTekst } from "../../core/verantwoording";
import { cliAuditblok, schrijfVerantwoordingBlad } from "../verantwoording";
import { EENHEID_INFO } from "../../core/eenheden";
import { BLAD, type SjabloonSoort } from "../../sjablonen/definities";
import { leesIndexatieRaster, type IndexJaar } from "../../sjablonen/indexatie";
import { maakContext } from "../context";
import { controleerBladen, controleerParameterblad, herkenSjabloon, leesAanbieder, probleemRegel, type Aanbieder, type Probleem } from "../sjabloon-lezen";
import { berekenWerkboek, schrijfResultaten, type ProductUitkomst } from "../tarieven";
import { controleerUitvoerPad, schrijfVeilig } from "../veilig-schrijven";
import { bladWaarden, celAdres, celwaarde } from "../werkboek";
import { leesWerkmap } from "../werkmap-lezen";
import { GebruiksFout, type Uitvoer } from "../uitvoer";

export interface BerekenOpties {
  uit?: string;
  inPlace?: boolean;
  overschrijven?: boolean;
  tabel?: string[];
  peildatum?: string;
  json?: boolean;
}

export interface ScenarioUitkomst {
  scenario: string;
  product: string;
  tarief: Decimal;
  basis: Decimal;
  /** what was computed, for the audit block */
  invoer: TariefInvoer;
  resultaat: TariefResultaat;
}

export type { IndexJaar };

export interface WerkmapBerekening {
  soort?: SjabloonSoort;
  problemen: Probleem[];
  uitkomsten: ProductUitkomst[];
  aanbieder?: Aanbieder;
  scenarios: ScenarioUitkomst[];
  indexatie: { jaren: IndexJaar[]; perProduct: { product: string; tarieven: Decimal[] }[] };
}

/** Scenario rows: A name, then up to five (parameter, value) pairs; each override validated with its cell. */
function leesScenarios(wb: ExcelJS.Workbook, problemen: Probleem[]): Scenario[] {
  const blad = wb.getWorksheet(BLAD.scenarios);
  if (!blad) return [];
  const uit: Scenario[] = [];
  for (let r = 2; r <= blad.rowCount; r++) {
    const naam = celwaarde(blad.getCell(r, 1));
    const paren: [unknown, unknown][] = [];
    const cellen: string[] = [];
    for (let k = 2; k <= 11; k += 2) {
      const p = celwaarde(blad.getCell(r, k));
      const w = celwaarde(blad.getCell(r, k + 1));
      if (p === null && w === null) continue;
      paren.push([p, w]);
      cellen.push(celAdres(r, k));
    }
    if (naam === null && paren.length === 0) continue;
    if (naam === null || String(naam).trim() === "") {
      problemen.push({
        ernst: "fout",
        blad: blad.name,
        cel: `A${r}`,
        soort: "invoer",
        melding: "deze scenariorij heeft parameters maar geen naam; vul een scenarionaam in.",
      });
      continue;
    }
    try {
      uit.push({ naam: String(naam).trim(), parameters: leesParameterBereik(paren) });
    } catch (e) {
      if (!isRtFout(e)) throw e;
      const i = (e.details.rij ?? 1) - 1;
      const cel = cellen[i] ?? `A${r}`;
      const celWaarde = e.details.kolom === 1 ? cel : cel.replace(/^([A-Z]+)/, (l) => String.fromCharCode(l.charCodeAt(l.length - 1) + 1));
      problemen.push({ ernst: "fout", blad: blad.name, cel: celWaarde, soort: e.soort, melding: `scenario '${String(naam).trim()}': ${e.message}` });
    }
  }
  return uit;
}

/** Indexation rows: year, index (fraction), rounding per year (the shared reader of src/sjablonen/indexatie.ts). */
function leesIndexatie(wb: ExcelJS.Workbook, problemen: Probleem[]): IndexJaar[] {
  const blad = wb.getWorksheet(BLAD.indexatie);
  if (!blad) return [];
  const gelezen = leesIndexatieRaster(bladWaarden(blad));
  for (const p of gelezen.problemen) problemen.push(p.ernst === "fout" ? { ...p, blad: blad.name, soort: "invoer" } : { ...p, blad: blad.name });
  return gelezen.jaren;
}

/**
 * An error about a parameter that is missing or conflicting names only the product's column ("kolom C"); on a
 * parameter sheet the parameter has its own row, so the cell can be named (C26 for overhead).
 */
function preciezereCel(blad: ExcelJS.Worksheet, bladNaam: string, cel: string, parameter: string | undefined): string {
  const m = /^kolom ([A-Z]+)/.exec(cel);
  if (!m || bladNaam !== blad.name || !parameter) return cel;
  for (let r = 2; r <= blad.rowCount; r++) {
    const naam = celwaarde(blad.getCell(r, 1));
    if (typeof naam === "string" && normaliseerNaam(naam) === parameter) return `${m[1]}${r}`;
  }
  return cel;
}

/** Everything `rt bereken` computes from a workbook, without writing. */
export function berekenWerkmap(wb: ExcelJS.Workbook, context: RekenContext): WerkmapBerekening {
  const problemen: Probleem[] = [];
  const leeg: WerkmapBerekening = { problemen, uitkomsten: [], scenarios: [], indexatie: { jaren: [], perProduct: [] } };
  const herkend = herkenSjabloon(wb, problemen);
  if (problemen.length > 0) return leeg;
  controleerBladen(wb, herkend?.soort, problemen);
  if (problemen.length > 0) return { ...leeg, soort: herkend?.soort };
  const aanbieder = herkend?.soort === "kostprijs" ? leesAanbieder(wb, problemen) : undefined;
  const blad = wb.getWorksheet(BLAD.parameters)!;
  controleerParameterblad(blad, problemen);
  let uitkomsten: ProductUitkomst[] = [];
  try {
    const run = berekenWerkboek(wb, context, BLAD.parameters);
    uitkomsten = run.uitkomsten;
    for (const f of run.fouten) {
      problemen.push({
        ernst: "fout",
        blad: f.blad,
        cel: preciezereCel(blad, f.blad, f.cel, f.fout.details.parameter),
        soort: f.fout.soort,
        melding: `product '${f.product}': ${f.fout.message}`,
      });
    }
  } catch (e) {
    if (isRtFout(e)) throw e;
    problemen.push({ ernst: "fout", blad: BLAD.parameters, cel: "(blad)", soort: "invoer", melding: (e as Error).message });
  }
  const scenarioDefs = leesScenarios(wb, problemen);
  const jaren = leesIndexatie(wb, problemen);
  const scenarios: ScenarioUitkomst[] = [];
  for (const u of uitkomsten) {
    if (scenarioDefs.length === 0) break;
    try {
      berekenScenarios(u.invoer, scenarioDefs, context).forEach((s, i) => {
        const invoer = scenarioInvoer(u.invoer, scenarioDefs[i]);
        scenarios.push({ scenario: s.naam, product: u.product, tarief: s.resultaat.tarief, basis: u.resultaat.tarief, invoer, resultaat: s.resultaat });
      });
    } catch (e) {
      if (!isRtFout(e)) throw e;
      problemen.push({ ernst: "fout", blad: BLAD.scenarios, cel: "(scenario's)", soort: e.soort, melding: `product '${u.product}': ${e.message}` });
    }
  }
  const perProduct =
    jaren.length === 0
      ? []
      : uitkomsten.map((u) => {
          let t = u.resultaat.tarief;
          return { product: u.product, tarieven: jaren.map((j) => (t = indexeerJaar(t, j.index, j.afronding))) };
        });
  return { soort: herkend?.soort, problemen, uitkomsten, aanbieder, scenarios, indexatie: { jaren, perProduct } };
}

const EURO = '"€" #,##0.00';

/** The result sheets next to the user's sheets (never over them). */
export function schrijfBerekening(wb: ExcelJS.Workbook, b: WerkmapBerekening): string[] {
  const namen = Object.values(schrijfResultaten(wb, b.uitkomsten));
  const nieuw = (naam: string) => {
    let n = naam;
    for (let i = 2; wb.getWorksheet(n); i++) n = `${naam} (${i})`;
    namen.push(n);
    return wb.addWorksheet(n);
  };
  if (b.aanbieder) {
    const a = nieuw("Aanbieder (toets)");
    a.addRow(["aanbieder", b.aanbieder.aanbieder ?? ""]);
    a.addRow(["kvk", b.aanbieder.kvk ?? ""]);
    a.addRow(["micro-onderneming", b.aanbieder.micro ? (b.aanbieder.micro.micro ? "ja" : "nee") : "onbekend (personeel, jaaromzet of balanstotaal ontbreekt)"]);
    a.addRow(["reden", b.aanbieder.micro?.reden ?? ""]);
    a.getColumn(1).width = 22;
    a.getColumn(2).width = 80;
  }
  if (b.scenarios.length > 0) {
    const s = nieuw("Scenario's (uitkomst)");
    s.addRow(["scenario", "product", "tarief norm", "tarief scenario", "verschil", "verschil %"]).font = { bold: true };
    for (const x of b.scenarios) {
      const r = s.addRow([x.scenario, x.product, x.basis.toNumber(), x.tarief.toNumber(), null, null]);
      r.getCell(5).value = { formula: `D${r.number}-C${r.number}`, result: x.tarief.minus(x.basis).toNumber() };
      r.getCell(6).value = {
        formula: `IF(C${r.number}=0,"",E${r.number}/C${r.number})`,
        result: x.basis.isZero() ? "" : x.tarief.minus(x.basis).dividedBy(x.basis).toNumber(),
      };
      [3, 4, 5].forEach((c) => (r.getCell(c).numFmt = EURO));
      r.getCell(6).numFmt = "0.00%";
    }
    s.columns.forEach((c, i) => (c.width = [24, 36, 14, 16, 12, 12][i]));
  }
  if (b.indexatie.jaren.length > 0) {
    const ix = nieuw("Indexatie (uitkomst)");
    ix.addRow(["product", "tarief", ...b.indexatie.jaren.map((j) => `${j.jaar} (${formatProcent(j.index)}, ${j.afronding})`)]).font = { bold: true };
    b.indexatie.perProduct.forEach((p, i) => {
      const r = ix.addRow([p.product, b.uitkomsten[i].resultaat.tarief.toNumber(), ...p.tarieven.map((t) => t.toNumber())]);
      for (let c = 2; c <= p.tarieven.length + 2; c++) r.getCell(c).numFmt = EURO;
    });
    ix.columns.forEach((c, i) => (c.width = i === 0 ? 36 : 20));
  }
  const waarschuwingen = b.problemen.filter((p) => p.ernst === "waarschuwing");
  if (waarschuwingen.length > 0) {
    const m = nieuw("Meldingen");
    m.addRow(["blad", "cel", "melding"]).font = { bold: true };
    for (const p of waarschuwingen) m.addRow([p.blad, p.cel, p.melding]);
    m.columns.forEach((c, i) => (c.width = [18, 10, 120][i]));
  }
  return namen;
}

export async function opdrachtBereken(invoer: string, o: BerekenOpties, io: Uitvoer): Promise<number> {
  if (!fs.existsSync(invoer)) throw new GebruiksFout(`Bestand '${invoer}' bestaat niet.`);
  if (o.inPlace && o.uit) throw new GebruiksFout("Geef --in-place óf --uit, niet allebei.");
  const context = maakContext(o.tabel ?? [], o.peildatum);
  const uit = o.inPlace ? invoer : (o.uit ?? invoer.replace(/\.xlsx$/i, "") + "-berekend.xlsx");
  const bewaakt = o.inPlace ? (o.tabel ?? []) : [invoer, ...(o.tabel ?? [])];
  controleerUitvoerPad(uit, bewaakt, o.inPlace ? true : (o.overschrijven ?? false));
  const wb = await leesWerkmap(invoer, io.err);
  const b = berekenWerkmap(wb, context);
  const waarschuwingen = b.problemen.filter((p) => p.ernst === "waarschuwing");
  const geweigerd = meldFouten(b.problemen, invoer, o.json, io);
  if (geweigerd !== undefined) return geweigerd;
  const bladen = schrijfBerekening(wb, b);
  const verantwoording = cliAuditblok(context, [
    ...b.uitkomsten.map((u) => ({ naam: u.product, invoer: u.invoer, resultaat: u.resultaat })),
    ...b.scenarios.map((s) => ({ naam: `${s.product} — scenario ${s.scenario}`, invoer: s.invoer, resultaat: s.resultaat })),
  ]);
  bladen.push(schrijfVerantwoordingBlad(wb, verantwoording));
  await schrijfVeilig(uit, async () => new Uint8Array(await wb.xlsx.writeBuffer()), {
    invoer: bewaakt,
    overschrijven: o.inPlace ? true : (o.overschrijven ?? false),
  });
  if (o.json) {
    io.out(
      JSON.stringify({
        ok: true,
        bestand: uit,
        sjabloon: b.soort ?? null,
        bladen,
        tarieven: b.uitkomsten.map((u) => ({ product: u.product, eenheid: u.resultaat.eenheid, tarief: u.resultaat.tarief.toFixed(2) })),
        micro: b.aanbieder?.micro ?? null,
        scenarios: b.scenarios.map((s) => ({ scenario: s.scenario, product: s.product, tarief: s.tarief.toFixed(2) })),
        waarschuwingen,
        verantwoording,
      }),
    );
  } else {
    for (const p of waarschuwingen) io.err(probleemRegel(p, invoer));
    for (const u of b.uitkomsten) io.out(`${u.product.padEnd(36)} ${formatBedrag(u.resultaat.tarief).padStart(14)} ${EENHEID_INFO[u.resultaat.eenheid].label}`);
    if (b.aanbieder?.micro) io.out(`Micro-onderneming: ${b.aanbieder.micro.micro ? "ja" : "nee"} (${b.aanbieder.micro.reden})`);
    for (const r of verantwoordingTekst(verantwoording)) io.out(r);
    io.out(`Geschreven: ${uit} (bladen ${bladen.join(", ")})`);
  }
  return 0;
}

/** Errors among the problems: listed (or as JSON) with "nothing written", and the exit code (2 invalid, 3 not found); undefined when there are none. */
export function meldFouten(problemen: readonly Probleem[], invoer: string, json: boolean | undefined, io: Uitvoer): number | undefined {
  const fouten = problemen.filter((p) => p.ernst === "fout");
  if (fouten.length === 0) return undefined;
  const c = fouten.some((f) => f.soort !== "niet_gevonden") ? 2 : 3;
  if (json) io.out(JSON.stringify({ ok: false, code: c, bestand: invoer, problemen }));
  else {
    for (const p of problemen) io.err(probleemRegel(p, invoer));
    io.err(`${fouten.length} fout(en); er is niets geschreven.`);
  }
  return c;
}
