/** `rt tarief`: one parameter sheet → Tarieven, Opbouw and Bronnen in a copy of the workbook. */
import * as fs from "fs";
import { formatBedrag } from "../../core/format";
import { EENHEID_INFO } from "../../core/eenheden";
import { maakContext } from "../context";
import { berekenWerkboek, foutRegel, schrijfResultaten } from "../tarieven";
import { controleerUitvoerPad, schrijfVeilig } from "../veilig-schrijven";
import { leesWerkmap } from "../werkmap-lezen";
import { GebruiksFout, type Uitvoer } from "../uitvoer";
import { verantwoordingTekst } from "../../core/verantwoording";
import { cliAuditblok, schrijfVerantwoordingBlad } from "../verantwoording";

export interface TariefOpties {
  blad?: string;
  uit?: string;
  overschrijven?: boolean;
  tabel?: string[];
  peildatum?: string;
  json?: boolean;
}

export async function opdrachtTarief(invoer: string, o: TariefOpties, io: Uitvoer): Promise<number> {
  if (!fs.existsSync(invoer)) throw new GebruiksFout(`Bestand '${invoer}' bestaat niet.`);
  const context = maakContext(o.tabel ?? [], o.peildatum);
  const uit = o.uit ?? invoer.replace(/\.xls[xm]$/i, "") + "-resultaat.xlsx";
  const invoerBestanden = [invoer, ...(o.tabel ?? [])];
  controleerUitvoerPad(uit, invoerBestanden, o.overschrijven ?? false);
  const wb = await leesWerkmap(invoer, io.err);
  const run = berekenWerkboek(wb, context, o.blad);
  if (run.fouten.length > 0) {
    if (o.json)
      io.out(
        JSON.stringify({
          ok: false,
          code: run.fouten.some((f) => f.fout.soort === "invoer") ? 2 : 3,
          fouten: run.fouten.map((f) => ({ blad: f.blad, cel: f.cel, product: f.product, melding: f.fout.message })),
        }),
      );
    else {
      for (const f of run.fouten) io.err(foutRegel(f));
      io.err(`${run.fouten.length} fout(en); er is niets geschreven.`);
    }
    return run.fouten.some((f) => f.fout.soort === "invoer") ? 2 : 3;
  }
  schrijfResultaten(wb, run.uitkomsten);
  const verantwoording = cliAuditblok(
    context,
    run.uitkomsten.map((u) => ({ naam: u.product, invoer: u.invoer, resultaat: u.resultaat })),
  );
  const blad = schrijfVerantwoordingBlad(wb, verantwoording);
  await schrijfVeilig(uit, async () => new Uint8Array(await wb.xlsx.writeBuffer()), { invoer: invoerBestanden, overschrijven: o.overschrijven ?? false });
  if (o.json) {
    io.out(
      JSON.stringify({
        ok: true,
        bestand: uit,
        tarieven: run.uitkomsten.map((u) => ({ product: u.product, eenheid: u.resultaat.eenheid, tarief: u.resultaat.tarief.toString() })),
        verantwoording,
      }),
    );
  } else {
    for (const u of run.uitkomsten)
      io.out(`${u.product.padEnd(36)} ${formatBedrag(u.resultaat.tarief).padStart(14)} ${EENHEID_INFO[u.resultaat.eenheid].label}`);
    for (const r of verantwoordingTekst(verantwoording)) io.out(r);
    io.out(`Geschreven: ${uit} (bladen Tarieven, Opbouw, Bronnen, ${blad})`);
  }
  return 0;
}
