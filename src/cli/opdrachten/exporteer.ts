/** `rt exporteer <werkmap>`: the self-contained workbook (native formulas, every step a cell). */
import * as fs from "fs";
import { formatBedrag } from "../../core/format";
import { maakContext } from "../context";
import { controleerUitvoerPad, schrijfVeilig } from "../veilig-schrijven";
import { leesWerkmap } from "../werkmap-lezen";
import { maakZelfstandigeWerkmap, type ExportProduct } from "../zelfstandig";
import { regioExportProducten } from "../zelfstandig-regio";
import { REGIO_BLADEN, leesRegioWerkmap } from "../regio-werkmap";
import { GebruiksFout, type Uitvoer } from "../uitvoer";
import { berekenWerkmap, meldFouten } from "./bereken";
import type { RekenContext } from "../../core/bronnen";
import { verantwoordingTekst } from "../../core/verantwoording";
import { cliAuditblok, schrijfVerantwoordingBlad } from "../verantwoording";

export interface ExporteerOpties {
  uit?: string;
  overschrijven?: boolean;
  tabel?: string[];
  peildatum?: string;
  json?: boolean;
}

export async function opdrachtExporteer(invoer: string, o: ExporteerOpties, io: Uitvoer): Promise<number> {
  if (!fs.existsSync(invoer)) throw new GebruiksFout(`Bestand '${invoer}' bestaat niet.`);
  const context = maakContext(o.tabel ?? [], o.peildatum);
  const uit = o.uit ?? invoer.replace(/\.xlsx$/i, "") + "-zelfstandig.xlsx";
  const bewaakt = [invoer, ...(o.tabel ?? [])];
  controleerUitvoerPad(uit, bewaakt, o.overschrijven ?? false);
  const wb0 = await leesWerkmap(invoer);
  if (wb0.getWorksheet(REGIO_BLADEN.producten)) {
    // a region workbook (rt regio): every product with its own tariff, on the region's standard input
    const regio = leesRegioWerkmap(wb0);
    return schrijfExport(
      regioExportProducten(regio, context),
      uit,
      bewaakt,
      o,
      io,
      context,
      regio.illustratief ? `${regio.naam}: ${regio.illustratief}` : undefined,
    );
  }
  const b = berekenWerkmap(wb0, context);
  const geweigerd = meldFouten(b.problemen, invoer, o.json, io);
  if (geweigerd !== undefined) return geweigerd;
  return schrijfExport(
    b.uitkomsten.map((u) => ({ product: u.product, invoer: u.invoer, resultaat: u.resultaat })),
    uit,
    bewaakt,
    o,
    io,
    context,
  );
}

async function schrijfExport(
  producten: ExportProduct[],
  uit: string,
  bewaakt: string[],
  o: ExporteerOpties,
  io: Uitvoer,
  context: RekenContext,
  label?: string,
): Promise<number> {
  const { wb, cellen } = maakZelfstandigeWerkmap(producten, label ? `Reële Tarieven — zelfstandige berekening — ${label}` : undefined);
  // the audit block of the engine's tariffs the formulas reproduce: rt herbereken recomputes them from this sheet
  const verantwoording = cliAuditblok(
    context,
    producten.map((u) => ({ naam: u.product, invoer: u.invoer, resultaat: u.resultaat })),
  );
  const blad = schrijfVerantwoordingBlad(wb, verantwoording);
  await schrijfVeilig(uit, async () => new Uint8Array(await wb.xlsx.writeBuffer()), { invoer: bewaakt, overschrijven: o.overschrijven ?? false });
  const waarschuwingen = cellen.filter((c) => c.waarschuwing).map((c) => c.waarschuwing!);
  if (o.json) {
    io.out(
      JSON.stringify({
        ok: true,
        bestand: uit,
        producten: producten.map((u, i) => ({ product: u.product, tarief: u.resultaat.tarief.toFixed(2), cel: `Berekening!${cellen[i].tarief}` })),
        waarschuwingen,
        verantwoording,
      }),
    );
  } else {
    for (const w of waarschuwingen) io.err(`Waarschuwing: ${w}`);
    producten.forEach((u, i) => io.out(`${u.product.padEnd(36)} ${formatBedrag(u.resultaat.tarief).padStart(14)}  (Berekening!${cellen[i].tarief})`));
    io.out(`${verantwoordingTekst(verantwoording)[0]}; per product elke parameter en de conventies in blad '${blad}'`);
    io.out(`Geschreven: ${uit} (zelfstandig: gewone Excel-formules, elke stap een cel; verantwoording in blad '${blad}')`);
  }
  return 0;
}
