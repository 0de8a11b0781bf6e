/**
 * `rt regio <werkmap>`: computes a region workbook (see ../regio-werkmap.ts) — tariff groups, provider checks,
 * micro tariffs, scenario comparison and budget per municipality and segment over the years — and writes the
 * tables as new sheets into a copy. `--voorbeeld` first writes the shipped sample region (illustratief) to <werkmap>.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { formatBedrag } from "../../core/format";
import { berekenRegio, type RegioUitkomst } from "../../core/regio";
import { regioTabellen } from "../../core/regio-tabellen";
import { voorbeeldRegioBereiken } from "../../data/voorbeeldregio/bereiken";
import { maakContext } from "../context";
import { leesRegioWerkmap, schrijfRegioInvoer, schrijfRegioTabellen } from "../regio-werkmap";
import { controleerUitvoerPad, schrijfVeilig } from "../veilig-schrijven";
import { leesWerkmap } from "../werkmap-lezen";
import { GebruiksFout, type Uitvoer } from "../uitvoer";
import { verantwoordingTekst } from "../../core/verantwoording";
import { cliAuditblok, regioBerekeningen, schrijfVerantwoordingBlad, vastleggend } from "../verantwoording";

export interface RegioOpties {
  uit?: string;
  overschrijven?: boolean;
  voorbeeld?: boolean;
  tabel?: string[];
  peildatum?: string;
  json?: boolean;
}

/** Writes the sample region's input workbook. */
export async function schrijfVoorbeeldRegio(pad: string, overschrijven: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  schrijfRegioInvoer(wb, voorbeeldRegioBereiken());
  await schrijfVeilig(pad, async () => new Uint8Array(await wb.xlsx.writeBuffer()), { overschrijven });
}

export async function opdrachtRegio(werkmap: string, o: RegioOpties, io: Uitvoer): Promise<number> {
  const uit = o.uit ?? werkmap.replace(/\.xlsx$/i, "") + "-resultaat.xlsx";
  if (o.voorbeeld) {
    controleerUitvoerPad(uit, [werkmap], o.overschrijven ?? false);
    await schrijfVoorbeeldRegio(werkmap, o.overschrijven ?? false);
  } else if (!fs.existsSync(werkmap)) {
    throw new GebruiksFout(`Bestand '${werkmap}' bestaat niet. Met --voorbeeld schrijft rt daar eerst de voorbeeldregio.`);
  }
  const invoer = [werkmap, ...(o.tabel ?? [])];
  controleerUitvoerPad(uit, invoer, o.overschrijven ?? false);
  const wb = await leesWerkmap(werkmap);
  const regio = leesRegioWerkmap(wb);
  const { context, vastgelegd } = vastleggend(maakContext(o.tabel ?? [], o.peildatum));
  const u = berekenRegio(regio, context);
  const bladen = schrijfRegioTabellen(wb, regioTabellen(u));
  const verantwoording = cliAuditblok(context, regioBerekeningen(vastgelegd, u));
  bladen.push(schrijfVerantwoordingBlad(wb, verantwoording));
  await schrijfVeilig(uit, async () => new Uint8Array(await wb.xlsx.writeBuffer()), { invoer, overschrijven: o.overschrijven ?? false });
  if (o.json) io.out(JSON.stringify({ ...samenvatting(u, uit), verantwoording }));
  else {
    if (regio.illustratief) io.out(`${regio.naam}: ${regio.illustratief}`);
    for (const t of u.budget.totaal) io.out(`${t.scenario.padEnd(32)} ${t.jaar}  ${formatBedrag(t.bedrag).padStart(18)}`);
    io.out(
      `${u.tariefgroepen.length} tariefgroepcellen, ${u.aanbiederTarieven.length} aanbiedertarieven (${u.afwijkingen.length} afwijkingen), ${u.overschrijdingen.length} plafondoverschrijdingen`,
    );
    io.out(`${verantwoordingTekst(verantwoording)[0]}; per berekening elke parameter en de conventies in blad '${bladen[bladen.length - 1]}'`);
    io.out(`Geschreven: ${uit} (bladen ${bladen.join(", ")})`);
  }
  return 0;
}

function samenvatting(u: RegioUitkomst, uit: string) {
  return {
    ok: true,
    uit,
    regio: u.regio.naam,
    illustratief: u.regio.illustratief ?? null,
    totalen: u.budget.totaal.map((t) => ({ scenario: t.scenario, jaar: t.jaar, bedrag: t.bedrag.toFixed(2) })),
    tariefgroepen: u.tariefgroepen.map((c) => ({ product: c.product, cao: c.cao, tarief: c.resultaat.tarief.toFixed(2) })),
    overschrijdingen: u.overschrijdingen.map((o) => ({
      scenario: o.scenario,
      jaar: o.jaar,
      gemeente: o.gemeente,
      segment: o.segment,
      overschrijding: o.overschrijding.toFixed(2),
    })),
  };
}

/** Computes a region workbook and adds its tables as new sheets to an existing result workbook (the demo). */
export async function voegRegioToe(regioWerkmap: string, doel: string, peildatum?: string): Promise<string[]> {
  const regio = leesRegioWerkmap(await leesWerkmap(regioWerkmap));
  const { context, vastgelegd } = vastleggend(maakContext([], peildatum));
  const u = berekenRegio(regio, context);
  const wb = await leesWerkmap(doel);
  const bladen = schrijfRegioTabellen(wb, regioTabellen(u));
  bladen.push(schrijfVerantwoordingBlad(wb, cliAuditblok(context, regioBerekeningen(vastgelegd, u))));
  await schrijfVeilig(doel, async () => new Uint8Array(await wb.xlsx.writeBuffer()), { invoer: [regioWerkmap], overschrijven: true });
  return bladen;
}
