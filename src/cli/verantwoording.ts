/** The audit block (core/verantwoording) in the command line's workbooks: the sheet "Verantwoording" and the product version. */
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import type { Herkomst, RekenContext } from "../core/bronnen";
import type { RegioUitkomst } from "../core/regio";
import type { TariefInvoer, TariefResultaat } from "../core/tarief";
import {
  AUDITBLOK_FORMAAT,
  auditblokNaarRijen,
  auditblokUitRijen,
  auditGegeven,
  maakAuditblok,
  OPZOEKING_SOORT,
  type Auditblok,
  type AuditBerekening,
  type DatasetVersie,
  type GebruikerstabelVersie,
  type VerantwoordeBerekening,
} from "../core/verantwoording";
import { gegevensOmgeving } from "../data/versies";
import { bladWaarden } from "./werkboek";

export const VERANTWOORDINGBLAD = "Verantwoording";

let versie: string | undefined;
/** The version in package.json (src/cli and dist-cli/cli are both two folders below it). */
export function productVersie(): string {
  if (versie === undefined) {
    try {
      versie = String((JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: unknown }).version ?? "onbekend");
    } catch {
      versie = "onbekend";
    }
  }
  return versie;
}

/** The audit block of a command-line run on `context` (from maakContext: its user tables and --peildatum). */
export function cliAuditblok(context: RekenContext, berekeningen: readonly VerantwoordeBerekening[]): Auditblok {
  return maakAuditblok(
    {
      productversie: productVersie(),
      standaardPeildatum: context.vandaag ?? new Date().toISOString().slice(0, 10),
      aangemaakt: new Date().toISOString(),
      berekeningen,
    },
    context.gegevens ?? gegevensOmgeving(),
  );
}

/** The audit block of a look-up (rt salaris, index, werkgeverslasten, parameters): no tariff to recompute. */
export interface OpzoekVerantwoording {
  soort: typeof OPZOEKING_SOORT;
  formaat: string;
  productversie: string;
  aangemaakt: string;
  standaardPeildatum: string;
  datasets: DatasetVersie[];
  gebruikerstabellen: GebruikerstabelVersie[];
  /** the command's input as given (arguments and options) */
  invoer: Record<string, string>;
  /** every figure the answer comes from, with status, source and dataset version */
  gegevens: AuditBerekening["gegevens"];
}

/** A repeatable file option (--tabel, --data) as one text for the recorded input, or undefined when not given. */
export function tabelOptie(bestanden: readonly string[] | undefined): string | undefined {
  return bestanden && bestanden.length > 0 ? bestanden.map((b) => path.basename(b)).join("; ") : undefined;
}

/** The product version, the data versions and status, the input and the cited figures of a look-up command. */
export function opzoekVerantwoording(
  context: RekenContext,
  invoer: Record<string, string | undefined>,
  herkomst: readonly Herkomst[] = [],
): OpzoekVerantwoording {
  const omgeving = context.gegevens ?? gegevensOmgeving();
  const gegeven: Record<string, string> = {};
  for (const [k, v] of Object.entries(invoer)) if (v !== undefined) gegeven[k] = v;
  return {
    soort: OPZOEKING_SOORT,
    formaat: AUDITBLOK_FORMAAT,
    productversie: productVersie(),
    aangemaakt: new Date().toISOString(),
    standaardPeildatum: context.vandaag ?? new Date().toISOString().slice(0, 10),
    datasets: omgeving.datasets(),
    gebruikerstabellen: omgeving.gebruikerstabellen(),
    invoer: gegeven,
    gegevens: herkomst.map((h) => auditGegeven(h, omgeving)),
  };
}

/**
 * Adds the sheet "Verantwoording" (or "Verantwoording (2)" …) with the block as text cells; returns its name. With
 * `eenRijPerBerekening` (rt verzamel: thousands of calculations) each calculation is one row of JSON.
 */
export function schrijfVerantwoordingBlad(wb: ExcelJS.Workbook, blok: Auditblok, opties: { eenRijPerBerekening?: boolean } = {}): string {
  let naam = VERANTWOORDINGBLAD;
  for (let n = 2; wb.getWorksheet(naam); n++) naam = `${VERANTWOORDINGBLAD} (${n})`;
  const blad = wb.addWorksheet(naam);
  for (const rij of auditblokNaarRijen(blok, opties)) blad.addRow(rij);
  blad.getRow(1).font = { bold: true };
  blad.getColumn(1).width = 48;
  blad.getColumn(2).width = 100;
  // every value is text (an amount stays exact, a date stays a date as written)
  blad.getColumn(2).numFmt = "@";
  return naam;
}

/** Reads the block back from a workbook written by rt (sheet "Verantwoording", or the name given). */
export function leesVerantwoordingBlad(wb: ExcelJS.Workbook, naam = VERANTWOORDINGBLAD): Auditblok {
  const blad = wb.getWorksheet(naam);
  if (!blad) {
    const namen = wb.worksheets.map((w) => `'${w.name}'`).join(", ");
    throw new Error(`Het werkboek heeft geen blad '${naam}' met een verantwoording (wel: ${namen || "geen bladen"}).`);
  }
  return auditblokUitRijen(bladWaarden(blad).map((r) => r.map((c) => (typeof c === "object" && c !== null ? String(c) : c))));
}

/** A context that records every tariff computed in it (for runs such as rt regio that compute many). */
export function vastleggend(context: RekenContext): { context: RekenContext; vastgelegd: { invoer: TariefInvoer; resultaat: TariefResultaat }[] } {
  const vastgelegd: { invoer: TariefInvoer; resultaat: TariefResultaat }[] = [];
  return { context: { ...context, vastleggen: (invoer, resultaat) => vastgelegd.push({ invoer, resultaat }) }, vastgelegd };
}

/** The tariffs a region run computed, each named by the table it appears in (found by identity of the result). */
export function regioBerekeningen(vastgelegd: readonly { invoer: TariefInvoer; resultaat: TariefResultaat }[], u: RegioUitkomst): VerantwoordeBerekening[] {
  const namen = new Map<TariefResultaat, string>();
  const perParameters = new Map<object, string>();
  for (const c of u.tariefgroepen) namen.set(c.resultaat, `Tariefgroep ${c.product} — ${c.cao}`);
  for (const v of u.vergelijking) {
    namen.set(v.basis, `${v.product} — basis`);
    for (const s of v.scenarios) namen.set(s.resultaat, `${v.product} — scenario ${s.naam}`);
  }
  for (const m of u.micro)
    for (const t of m.tarieven) {
      namen.set(t.resultaat.standaard, `Microtarief ${m.aanbieder} — ${t.product}: standaardtarief`);
      if (t.resultaat.model) namen.set(t.resultaat.model, `Microtarief ${m.aanbieder} — ${t.product}: model`);
    }
  // a provider-specific tariff is returned as a copy with extra conventions; its parameters object is the one computed with
  for (const a of u.aanbiederTarieven) perParameters.set(a.parameters, `Aanbiedertarief ${a.aanbieder}${a.product ? ` — ${a.product}` : ""}`);
  const gezien = new Set<TariefResultaat>();
  let n = 0;
  return vastgelegd
    .filter((v) => !gezien.has(v.resultaat) && gezien.add(v.resultaat))
    .map((v) => ({ naam: namen.get(v.resultaat) ?? perParameters.get(v.invoer.parameters) ?? `Berekening ${++n}`, invoer: v.invoer, resultaat: v.resultaat }));
}
