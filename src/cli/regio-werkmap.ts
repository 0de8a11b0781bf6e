/**
 * A region workbook: one sheet per table (Regio, Gemeenten, Segmenten, Producten, Normbezetting, CAO-indeling,
 * Aanbieders, Inzendingen, Onderbouwingen, Microregels, Scenario's, Volumes, Plafonds, Indexcijfers), each with a
 * header row in row 1. Read with the same range readers as the RT.* functions; every error names sheet and cell.
 * The result tables are added as new sheets (never over an existing sheet).
 */
import ExcelJS from "exceljs";
import { Decimal } from "../core/decimal";
import { InvoerFout, isRtFout, type FoutDetails } from "../core/errors";
import type { Regio, RegioAanbieder } from "../core/regio-definitie";
import {
  leesCaoIndelingBereik,
  leesInzendingenBereik,
  leesNormBereik,
  leesPlafondsBereik,
  leesProductenBereik,
  leesScenarioBereik,
  leesVolumesBereik,
} from "../core/regio-bereik";
import { leesTabel, type TabelRij } from "../core/regio-tabel";
import type { RegioTabel } from "../core/regio-tabellen";
import { leesGetal } from "../core/parameters/getallen";
import { leesParameterWaarden } from "../core/parameters/lezen";
import type { MicroRegel } from "../core/microtarief";
import type { RegioBereiken } from "../data/voorbeeldregio/bereiken";
import { bladWaarden, celAdres } from "./werkboek";

export const REGIO_BLADEN: Record<keyof RegioBereiken, string> = {
  regio: "Regio",
  gemeenten: "Gemeenten",
  segmenten: "Segmenten",
  producten: "Producten",
  normbezetting: "Normbezetting",
  caoIndeling: "CAO-indeling",
  aanbieders: "Aanbieders",
  inzendingen: "Inzendingen",
  onderbouwingen: "Onderbouwingen",
  microregels: "Microregels",
  scenarios: "Scenario's",
  volumes: "Volumes",
  plafonds: "Plafonds",
  indexcijfers: "Indexcijfers",
};

/** Writes the region's input tables as sheets. */
export function schrijfRegioInvoer(wb: ExcelJS.Workbook, b: RegioBereiken): void {
  for (const [sleutel, naam] of Object.entries(REGIO_BLADEN) as [keyof RegioBereiken, string][]) {
    const blad = wb.addWorksheet(naam);
    for (const rij of b[sleutel]) blad.addRow(rij.map((c) => (c === "" ? null : c)));
    blad.getRow(1).font = { bold: true };
  }
}

function blad(wb: ExcelJS.Workbook, naam: string, verplicht: boolean): unknown[][] | undefined {
  const ws = wb.getWorksheet(naam);
  if (!ws) {
    if (verplicht)
      throw new InvoerFout(`Blad '${naam}' ontbreekt in de regiowerkmap; verwacht: ${Object.values(REGIO_BLADEN).join(", ")}.`, { parameter: naam });
    return undefined;
  }
  return bladWaarden(ws);
}

/** Runs a reader on a sheet and puts sheet and cell in front of its message. */
function opBlad<T>(naam: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (isRtFout(e)) {
      const { rij, kolom } = e.details;
      const waar = rij !== undefined ? `, cel ${kolom !== undefined ? celAdres(rij, kolom) : `rij ${rij}`}` : "";
      const Klasse = e.constructor as new (m: string, d: FoutDetails) => Error;
      throw new Klasse(`Blad '${naam}'${waar}: ${e.message}`, e.details);
    }
    throw e;
  }
}

function tekst(r: TabelRij, k: string): string | undefined {
  const c = r.cellen.get(k);
  return c && String(c.waarde).trim() !== "" ? String(c.waarde).trim() : undefined;
}

function getal(r: TabelRij, k: string, tabel: string): Decimal | undefined {
  const c = r.cellen.get(k);
  if (!c) return undefined;
  const g = leesGetal(c.waarde);
  if (!g) throw new InvoerFout(`${tabel}, rij ${r.rij}: ${k} = ${JSON.stringify(c.waarde)} is geen getal.`, { rij: c.rij, kolom: c.kolom, parameter: k });
  return g.getal;
}

function nodig<T>(v: T | undefined, r: TabelRij, k: string, tabel: string): T {
  if (v === undefined) throw new InvoerFout(`${tabel}, rij ${r.rij}: ${k} ontbreekt.`, { rij: r.rij, parameter: k });
  return v;
}

/** Reads a region workbook into a Regio. */
export function leesRegioWerkmap(wb: ExcelJS.Workbook): Regio {
  const B = REGIO_BLADEN;
  const instellingen = opBlad(B.regio, () => {
    const m = new Map<string, unknown>();
    for (const r of leesTabel(blad(wb, B.regio, true)!, "regio", { verplicht: ["naam", "waarde"] }))
      m.set(
        String(r.cellen.get("naam")?.waarde ?? "")
          .trim()
          .toLowerCase(),
        r.cellen.get("waarde")?.waarde,
      );
    return m;
  });
  const instelling = (k: string) => {
    const v = instellingen.get(k);
    return v === undefined || v === null || String(v).trim() === "" ? undefined : String(v).trim();
  };
  const lijst = (k: string) =>
    (instelling(k) ?? "")
      .split(";")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  const gemeenten = opBlad(B.gemeenten, () =>
    leesTabel(blad(wb, B.gemeenten, true)!, "gemeenten", { verplicht: ["gemeente"] }).map((r) => tekst(r, "gemeente")!),
  );
  const segmenten = opBlad(B.segmenten, () =>
    leesTabel(blad(wb, B.segmenten, true)!, "segmenten", { verplicht: ["code", "naam"] }).map((r) => ({ code: tekst(r, "code")!, naam: tekst(r, "naam")! })),
  );
  const producten = opBlad(B.producten, () => leesProductenBereik(blad(wb, B.producten, true)!));
  opBlad(B.normbezetting, () => {
    const b = blad(wb, B.normbezetting, false);
    if (!b) return;
    for (const [product, norm] of leesNormBereik(b)) {
      const p = producten.find((x) => x.product.toLowerCase() === product.toLowerCase());
      if (!p) throw new InvoerFout(`normbezetting: product '${product}' staat niet op het blad Producten.`, { parameter: "product", waarde: product });
      p.norm = norm;
    }
  });
  const caoIndeling = opBlad(B.caoIndeling, () => {
    const b = blad(wb, B.caoIndeling, false);
    return b ? leesCaoIndelingBereik(b) : [];
  });
  const aanbieders: RegioAanbieder[] = opBlad(B.aanbieders, () => {
    const b = blad(wb, B.aanbieders, false);
    if (!b) return [];
    const T = "aanbieders";
    return leesTabel(b, T, {
      verplicht: ["aanbieder"],
      optioneel: ["cao", "personeel", "jaaromzet", "balanstotaal", "partner_personeel", "partner_jaaromzet", "partner_balanstotaal", "partner_aandeel"],
    }).map((r) => {
      const personeel = getal(r, "personeel", T);
      const micro =
        personeel === undefined
          ? undefined
          : {
              eigen: {
                personeel,
                jaaromzet: nodig(getal(r, "jaaromzet", T), r, "jaaromzet", T),
                balanstotaal: nodig(getal(r, "balanstotaal", T), r, "balanstotaal", T),
              },
              partners:
                getal(r, "partner_personeel", T) === undefined
                  ? []
                  : [
                      {
                        personeel: getal(r, "partner_personeel", T)!,
                        jaaromzet: nodig(getal(r, "partner_jaaromzet", T), r, "partner_jaaromzet", T),
                        balanstotaal: nodig(getal(r, "partner_balanstotaal", T), r, "partner_balanstotaal", T),
                        aandeel: nodig(getal(r, "partner_aandeel", T), r, "partner_aandeel", T),
                      },
                    ],
            };
      return { naam: tekst(r, "aanbieder")!, cao: tekst(r, "cao"), micro };
    });
  });
  const inzendingen = opBlad(B.inzendingen, () => {
    const b = blad(wb, B.inzendingen, false);
    return b ? leesInzendingenBereik(b) : [];
  });
  opBlad(B.onderbouwingen, () => {
    const b = blad(wb, B.onderbouwingen, false);
    if (!b || b.length < 2) return;
    for (const r of leesTabel(b, "onderbouwingen", { verplicht: ["aanbieder", "product", "parameter", "onderbouwing"] })) {
      const i = inzendingen.find((x) => x.aanbieder === tekst(r, "aanbieder") && (x.product ?? "") === (tekst(r, "product") ?? ""));
      if (!i)
        throw new InvoerFout(`onderbouwingen, rij ${r.rij}: er is geen inzending van '${tekst(r, "aanbieder")}' voor product '${tekst(r, "product")}'.`, {
          rij: r.rij,
          parameter: "aanbieder",
        });
      i.onderbouwingen = { ...(i.onderbouwingen ?? {}), [tekst(r, "parameter") ?? ""]: tekst(r, "onderbouwing") ?? "" };
    }
  });
  const microRegels = opBlad(B.microregels, () => {
    const b = blad(wb, B.microregels, false);
    if (!b) return [];
    const T = "microregels";
    const uit: { regel: MicroRegel; onderbouwing: string; gekozen?: boolean }[] = [];
    const modellen = new Map<string, { naam: string; waarde: unknown; rij: number; kolom: number }[]>();
    for (const r of leesTabel(b, T, { verplicht: ["regel", "onderbouwing"], optioneel: ["parameter", "waarde", "gekozen"] })) {
      const soort = (tekst(r, "regel") ?? "").toLowerCase();
      const onderbouwing = tekst(r, "onderbouwing") ?? "";
      const gekozen = /^(ja|waar|true|1|x)$/i.test(tekst(r, "gekozen") ?? "");
      if (soort === "percentage") uit.push({ regel: { soort, percentage: getal(r, "waarde", T)! }, onderbouwing, gekozen });
      else if (soort === "vast") uit.push({ regel: { soort, bedrag: getal(r, "waarde", T)! }, onderbouwing, gekozen });
      else if (soort === "model") {
        const w = r.cellen.get("waarde");
        const lijstM = modellen.get(onderbouwing) ?? [];
        if (lijstM.length === 0) {
          modellen.set(onderbouwing, lijstM);
          uit.push({ regel: { soort, wijzigingen: {} }, onderbouwing, gekozen });
        }
        lijstM.push({ naam: tekst(r, "parameter") ?? "", waarde: w?.waarde, rij: r.rij, kolom: w?.kolom ?? 3 });
      } else {
        throw new InvoerFout(`microregels, rij ${r.rij}: regel = '${tekst(r, "regel")}' is onbekend; toegestaan: 'percentage', 'model', 'vast'.`, {
          rij: r.rij,
          kolom: r.cellen.get("regel")?.kolom,
          parameter: "regel",
        });
      }
    }
    for (const m of uit) if (m.regel.soort === "model") m.regel = { soort: "model", wijzigingen: leesParameterWaarden(modellen.get(m.onderbouwing) ?? []) };
    return uit;
  });
  const scenarios = opBlad(B.scenarios, () => {
    const b = blad(wb, B.scenarios, false);
    return b ? leesScenarioBereik(b) : [];
  }).map((s) => ({ ...s, wijzigingen: s.wijzigingen.map((w) => ({ ...w, waar: `blad '${B.scenarios}', ${w.waar}` })) }));
  // checks of volumes and ceilings happen when the region is computed: their messages name sheet and cell
  const volumes = opBlad(B.volumes, () => {
    const b = blad(wb, B.volumes, false);
    return b ? leesVolumesBereik(b) : [];
  }).map((v) => ({ ...v, waar: `blad '${B.volumes}', cel ${celAdres(v.rij!, v.kolom!)}` }));
  const plafonds = opBlad(B.plafonds, () => {
    const b = blad(wb, B.plafonds, false);
    return b && b.length > 1 ? leesPlafondsBereik(b) : [];
  }).map((p) => ({ ...p, waar: `blad '${B.plafonds}', cel ${celAdres(p.rij!, p.kolom!)}` }));
  const indexcijfers = opBlad(B.indexcijfers, () => {
    const b = blad(wb, B.indexcijfers, false);
    if (!b || b.length < 2) return [];
    return leesTabel(b, "indexcijfers", { verplicht: ["index"], optioneel: ["jaar"] }).map((r) => getal(r, "index", "indexcijfers")!);
  });
  const beginjaar = Number(instelling("beginjaar") ?? new Date().getUTCFullYear());
  const specifiek = instelling("aanbieder_specifiek_product");
  return {
    naam: instelling("naam") ?? "Regio",
    illustratief: instelling("illustratief"),
    gemeenten,
    segmenten,
    basisparameters: {},
    producten,
    caoIndeling,
    referentieCao: instelling("referentie_cao") ?? "",
    aanbieders,
    aanbiederSpecifiek: specifiek ? [{ product: specifiek, parameters: lijst("aanbieder_specifiek_parameters") }] : [],
    inzendingen,
    microRegels,
    microProducten: lijst("microproducten"),
    scenarios,
    volumes,
    plafonds,
    beginjaar,
    indexcijfers,
  };
}

/** A sheet name not yet in the workbook (Excel: at most 31 characters). */
function vrijeNaam(wb: ExcelJS.Workbook, naam: string): string {
  let n = naam.slice(0, 31);
  for (let i = 2; wb.getWorksheet(n); i++) n = `${naam.slice(0, 26)} (${i})`;
  return n;
}

/** Adds the result tables as new sheets; amounts as numbers. */
export function schrijfRegioTabellen(wb: ExcelJS.Workbook, tabellen: readonly RegioTabel[]): string[] {
  return tabellen.map((t) => {
    const naam = vrijeNaam(wb, t.naam);
    const ws = wb.addWorksheet(naam);
    for (const rij of t.rijen) ws.addRow(rij.map((c) => (c instanceof Decimal ? c.toNumber() : c)));
    ws.getRow(1).font = { italic: true };
    ws.getRow(3).font = { bold: true };
    return naam;
  });
}
