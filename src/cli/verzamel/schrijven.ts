/** The overview workbook of rt verzamel: overview, bandwidths, deviations, skipped files, and feedback per provider. */
import ExcelJS from "exceljs";
import { OORDEEL_TEKST } from "../../core/toetsing";
import { EENHEID_INFO } from "../../core/eenheden";
import { formatGetal } from "../../core/format";
import type { Verzameling } from "./beoordelen";

const EURO = '"€" #,##0.00';

function breedtes(ws: ExcelJS.Worksheet, w: number[]): void {
  w.forEach((b, i) => (ws.getColumn(i + 1).width = b));
}

function kop(ws: ExcelJS.Worksheet, namen: string[]): void {
  const r = ws.addRow(namen);
  r.font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
}

/** Sheet names are at most 31 characters and unique; []:*?/\ are not allowed. */
function bladnaam(wb: ExcelJS.Workbook, basis: string): string {
  const schoon = basis
    .replace(/[[\]:*?/\\']/g, " ")
    .slice(0, 31)
    .trim();
  let n = schoon;
  for (let i = 2; wb.getWorksheet(n); i++) n = `${schoon.slice(0, 31 - String(i).length - 3)} (${i})`;
  return n;
}

function toetsTekst(t: Verzameling["rijen"][number]["toetsing"][number]): string {
  return `${t.parameter}: ${OORDEEL_TEKST[t.oordeel]}${t.oordeel === "binnen" ? "" : ` (${formatGetal(t.ingediend)} → ${formatGetal(t.gebruikt)})`}`;
}

export function maakOverzicht(v: Verzameling): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Reële Tarieven (rt verzamel)";
  const o = wb.addWorksheet("Overzicht");
  kop(o, [
    "Aanbieder",
    "KvK",
    "Bestand",
    "Product",
    "Eenheid",
    "Ingediende kostprijs",
    "Aanbiederstarief",
    "Verschil",
    "Afwijkingen",
    "Bandbreedtetoets",
    "Micro-onderneming",
    "Fout",
  ]);
  for (const r of v.rijen) {
    const afw = r.toetsing.filter((t) => t.oordeel !== "binnen").length;
    const row = o.addRow([
      r.aanbieder,
      r.kvk ?? "",
      r.bestand,
      r.product,
      r.eenheid ? EENHEID_INFO[r.eenheid].label : "",
      r.ingediend?.toNumber() ?? null,
      r.aanbiederTarief?.toNumber() ?? null,
      null,
      afw,
      r.toetsing.map(toetsTekst).join("; "),
      r.micro ? (r.micro.micro ? "ja" : "nee") : "onbekend",
      r.fout ?? "",
    ]);
    if (r.ingediend && r.aanbiederTarief)
      row.getCell(8).value = { formula: `G${row.number}-F${row.number}`, result: r.aanbiederTarief.minus(r.ingediend).toNumber() };
    [6, 7, 8].forEach((c) => (row.getCell(c).numFmt = EURO));
  }
  breedtes(o, [32, 12, 28, 30, 16, 18, 18, 12, 12, 70, 16, 60]);

  const b = wb.addWorksheet("Bandbreedtes");
  kop(b, ["Product", "Parameter", "Minimum", "Norm (P50)", "Maximum", "Herkomst", "Aantal inzendingen", "Waarschuwing"]);
  for (const p of v.banden) {
    for (const x of p.bandbreedtes)
      b.addRow([
        p.product,
        x.parameter,
        x.min.toNumber(),
        x.norm?.toNumber() ?? null,
        x.max.toNumber(),
        x.herkomst === "opgegeven" ? "opgegeven" : "P25–P75 van de inzendingen",
        x.aantal ?? null,
        x.waarschuwing ?? "",
      ]);
    for (const w of p.waarschuwingen.filter((w) => !p.bandbreedtes.some((x) => w.startsWith(`${x.parameter}: `))))
      b.addRow([p.product, "", null, null, null, "", null, w]);
  }
  breedtes(b, [30, 24, 12, 12, 12, 28, 12, 90]);

  const a = wb.addWorksheet("Afwijkingen");
  kop(a, ["Aanbieder", "Product", "Parameter", "Ingediend", "Minimum", "Maximum", "Oordeel", "Gebruikt", "Toelichting"]);
  for (const r of v.rijen)
    for (const t of r.toetsing.filter((x) => x.oordeel !== "binnen")) {
      a.addRow([
        r.aanbieder,
        r.product,
        t.parameter,
        t.ingediend.toNumber(),
        t.min.toNumber(),
        t.max.toNumber(),
        OORDEEL_TEKST[t.oordeel],
        t.gebruikt.toNumber(),
        t.toelichting,
      ]);
    }
  breedtes(a, [32, 30, 22, 12, 12, 12, 30, 12, 90]);

  const s = wb.addWorksheet("Overgeslagen");
  kop(s, ["Bestand", "Reden", "Blad", "Cel", "Melding"]);
  for (const x of v.overgeslagen) {
    if (x.problemen.length === 0) s.addRow([x.bestand, x.reden]);
    for (const p of x.problemen) s.addRow([x.bestand, x.reden, p.blad, p.cel, p.melding]);
  }
  breedtes(s, [30, 60, 14, 10, 100]);

  const m = wb.addWorksheet("Meldingen");
  kop(m, ["Bestand", "Ernst", "Blad", "Cel", "Melding"]);
  for (const p of v.meldingen) m.addRow([p.bestand, p.ernst, p.blad, p.cel, p.melding]);
  breedtes(m, [30, 14, 14, 10, 110]);

  // one feedback sheet per provider, to send back
  const perAanbieder = new Map<string, Verzameling["rijen"]>();
  for (const r of v.rijen) perAanbieder.set(r.aanbieder, [...(perAanbieder.get(r.aanbieder) ?? []), r]);
  for (const [naam, rijen] of perAanbieder) {
    const t = wb.addWorksheet(bladnaam(wb, `Terugkoppeling ${naam}`));
    t.addRow([`Terugkoppeling kostprijsonderzoek — ${naam}`]).font = { bold: true, size: 13 };
    t.addRow([`Bestand: ${rijen[0].bestand}${rijen[0].kvk ? `; KvK ${rijen[0].kvk}` : ""}`]);
    const micro = rijen[0].micro;
    t.addRow([`Micro-onderneming: ${micro ? `${micro.micro ? "ja" : "nee"} (${micro.reden})` : "onbekend: personeel, jaaromzet of balanstotaal ontbreekt"}`]);
    t.addRow([]);
    t.addRow(["Product", "Ingediende kostprijs", "Uw tarief", "Parameter", "Uw waarde", "Bandbreedte", "Oordeel", "Gebruikt", "Toelichting"]).font = {
      bold: true,
    };
    for (const r of rijen) {
      if (r.fout) {
        t.addRow([r.product, null, null, "", null, "", "niet berekend", null, r.fout]);
        continue;
      }
      const eerste = t.addRow([r.product, r.ingediend?.toNumber() ?? null, r.aanbiederTarief?.toNumber() ?? null]);
      [2, 3].forEach((c) => (eerste.getCell(c).numFmt = EURO));
      r.toetsing.forEach((x, i) => {
        const row = i === 0 ? eerste : t.addRow([]);
        row.getCell(4).value = x.parameter;
        row.getCell(5).value = x.ingediend.toNumber();
        row.getCell(6).value = `${formatGetal(x.min)} – ${formatGetal(x.max)}`;
        row.getCell(7).value = OORDEEL_TEKST[x.oordeel];
        row.getCell(8).value = x.gebruikt.toNumber();
        row.getCell(9).value = x.toelichting;
      });
    }
    breedtes(t, [30, 18, 14, 22, 12, 18, 30, 12, 90]);
  }
  return wb;
}
