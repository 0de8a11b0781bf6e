/**
 * `rt verzamel <map>`: all filled provider templates of a folder → one overview workbook with a feedback sheet per
 * provider. Files are read in parallel on worker threads; a bad file is reported with its reason and skipped,
 * never aborting the batch. Progress: a bar on a terminal, plain lines otherwise (stderr).
 */
import * as fs from "fs";
import * as path from "path";
import { SingleBar } from "cli-progress";
import type { Bandbreedte } from "../../core/bandbreedte";
import { Decimal } from "../../core/decimal";
import { formatBedrag } from "../../core/format";
import { leesRegio } from "../../core/regio-invoer";
import { leesGetal } from "../../core/parameters/getallen";
import { BLAD } from "../../sjablonen/definities";
import { maakContext } from "../context";
import { REGIO_BLADEN, leesRegioWerkmap } from "../regio-werkmap";
import { probleemRegel } from "../sjabloon-lezen";
import { controleerUitvoerPad, schrijfVeilig, vertaalFsFout } from "../veilig-schrijven";
import { verantwoordingTekst } from "../../core/verantwoording";
import { cliAuditblok, schrijfVerantwoordingBlad } from "../verantwoording";
import { celwaarde } from "../werkboek";
import { leesWerkmap } from "../werkmap-lezen";
import { GebruiksFout, type Uitvoer } from "../uitvoer";
import { berekenWerkmap } from "./bereken";
import { beoordeel, geenRegio, leesBandOptie, regioUitDefinitie, regioUitWerkmap, type Regiokader } from "../verzamel/beoordelen";
import { leesAlleBestanden, standaardThreads } from "../verzamel/pool";
import { maakOverzicht } from "../verzamel/schrijven";
import type { GelezenBestand } from "../verzamel/lezen";

export interface VerzamelOpties {
  uit?: string;
  regio?: string;
  bandbreedte?: string[];
  threads?: string;
  overschrijven?: boolean;
  tabel?: string[];
  peildatum?: string;
  json?: boolean;
}

/** Regular files of the folder, except hidden files and Excel's lock files (~$…). */
function bestandenIn(map: string): string[] {
  let namen: string[];
  try {
    namen = fs.readdirSync(map);
  } catch (e) {
    throw vertaalFsFout(e, map, "lezen");
  }
  return namen
    .filter((n) => !n.startsWith(".") && !n.startsWith("~$"))
    .map((n) => path.join(map, n))
    .filter((p) => fs.statSync(p).isFile())
    .sort();
}

async function leesKader(regio: string | undefined, context: ReturnType<typeof maakContext>, io: Uitvoer, json: boolean): Promise<Regiokader | number> {
  if (!regio) return geenRegio();
  if (!fs.existsSync(regio)) throw new GebruiksFout(`Regiobestand '${regio}' bestaat niet.`);
  if (regio.toLowerCase().endsWith(".json")) {
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(regio, "utf8"));
    } catch (e) {
      throw new GebruiksFout(`Regiobestand '${regio}' is geen geldige JSON: ${(e as Error).message}`);
    }
    return regioUitDefinitie(leesRegio(data));
  }
  const wb = await leesWerkmap(regio);
  // a region workbook (rt regio): products, norm staffing, CAO mapping, provider-specific bandwidths
  if (wb.getWorksheet(REGIO_BLADEN.producten)) return regioUitDefinitie(leesRegioWerkmap(wb));
  const b = berekenWerkmap(wb, context);
  const fouten = b.problemen.filter((p) => p.ernst === "fout");
  if (b.soort !== "regio" && fouten.length === 0)
    throw new GebruiksFout(`'${regio}' is geen regioberekening (sjabloon 'regio'); maak er een met rt sjabloon regio.`);
  const bandRijen: { parameter: string; min?: Decimal; max?: Decimal; cel: string }[] = [];
  const bb = wb.getWorksheet(BLAD.bandbreedte);
  for (let r = 2; bb && r <= bb.rowCount; r++) {
    const [n, mi, ma] = [1, 2, 3].map((c) => celwaarde(bb.getCell(r, c)));
    if (n === null) continue;
    const lees = (v: unknown, cel: string) => {
      if (v === null) return undefined;
      const g = leesGetal(v);
      if (!g)
        fouten.push({
          ernst: "fout",
          blad: BLAD.bandbreedte,
          cel,
          soort: "invoer",
          melding: `'${String(v)}' is geen getal; toegestaan: een getal of percentage.`,
        });
      return g?.getal;
    };
    const [min, max] = [lees(mi, `B${r}`), lees(ma, `C${r}`)];
    if ((min === undefined) !== (max === undefined))
      fouten.push({
        ernst: "fout",
        blad: BLAD.bandbreedte,
        cel: min === undefined ? `B${r}` : `C${r}`,
        soort: "invoer",
        melding: `bandbreedte van ${String(n)}: geef minimum én maximum, of laat beide leeg (dan P25–P75 van de inzendingen).`,
      });
    bandRijen.push({ parameter: String(n), min, max, cel: `A${r}` });
  }
  if (fouten.length > 0) {
    if (json) io.out(JSON.stringify({ ok: false, code: 2, bestand: regio, problemen: fouten }));
    else for (const p of fouten) io.err(probleemRegel(p, regio));
    return 2;
  }
  return regioUitWerkmap(
    b.uitkomsten.map((u) => ({ product: u.product, invoer: u.invoer })),
    bandRijen,
  );
}

function voortgangMelder(totaal: number, io: Uitvoer): { stap: (n: number) => void; stop: () => void } {
  if (io.tty) {
    const bar = new SingleBar({ format: "verzamel [{bar}] {value}/{total} bestanden | {eta_formatted} resterend", hideCursor: true, stream: process.stderr });
    bar.start(totaal, 0);
    return { stap: (n) => bar.update(n), stop: () => bar.stop() };
  }
  let vorigTiende = -1;
  return {
    stap: (n) => {
      const tiende = Math.floor((n * 10) / totaal);
      if (tiende !== vorigTiende || n === totaal) {
        vorigTiende = tiende;
        io.err(`verzamel: ${n}/${totaal} bestanden gelezen`);
      }
    },
    stop: () => undefined,
  };
}

export async function opdrachtVerzamel(map: string, o: VerzamelOpties, io: Uitvoer): Promise<number> {
  if (!fs.existsSync(map)) throw new GebruiksFout(`Map '${map}' bestaat niet.`);
  if (!fs.statSync(map).isDirectory()) throw new GebruiksFout(`'${map}' is geen map; geef de map met de ingevulde kostprijssjablonen.`);
  const context = maakContext(o.tabel ?? [], o.peildatum);
  const uit = o.uit ?? `${path.resolve(map).replace(/[\\/]+$/, "")}-overzicht.xlsx`;
  const threads = o.threads !== undefined ? Number(o.threads) : standaardThreads();
  if (!Number.isInteger(threads) || threads < 1 || threads > 64)
    throw new GebruiksFout(`--threads = '${o.threads}' is geen geldig aantal; toegestaan: een geheel getal van 1 tot en met 64.`);
  let extra: Bandbreedte[];
  try {
    extra = (o.bandbreedte ?? []).map(leesBandOptie);
  } catch (e) {
    throw new GebruiksFout((e as Error).message);
  }
  const alle = bestandenIn(map);
  if (alle.length === 0) throw new GebruiksFout(`Map '${map}' is leeg: er zijn geen ingevulde kostprijssjablonen (.xlsx) om te verzamelen.`);
  const echtUit = path.resolve(uit);
  const paden = alle.filter((p) => path.resolve(p) !== echtUit);
  controleerUitvoerPad(uit, [...paden, ...(o.regio ? [o.regio] : []), ...(o.tabel ?? [])], o.overschrijven ?? false);
  const kader = await leesKader(o.regio, context, io, o.json ?? false);
  if (typeof kader === "number") return kader;

  const xlsx = paden.filter((p) => p.toLowerCase().endsWith(".xlsx"));
  const anders: GelezenBestand[] = paden
    .filter((p) => !p.toLowerCase().endsWith(".xlsx"))
    .map((p) => ({
      bestand: path.basename(p),
      ok: false,
      problemen: [],
      producten: [],
      onderbouwingen: [],
      reden: `geen .xlsx-bestand (extensie '${path.extname(p) || "geen"}'); sla het kostprijssjabloon op als Excel-werkmap (.xlsx)`,
    }));
  const melder = voortgangMelder(xlsx.length, io);
  let gelezen: GelezenBestand[];
  try {
    gelezen = await leesAlleBestanden(xlsx, threads, melder.stap);
  } finally {
    melder.stop();
  }
  const v = beoordeel([...gelezen, ...anders], kader, extra, context);
  const wb = maakOverzicht(v);
  const verantwoording = cliAuditblok(
    context,
    v.rijen.flatMap((r) => r.berekeningen ?? []),
  );
  // one row per calculation: 300 providers × 10 products × 2 tariffs would otherwise be 100.000 rows (memory)
  const verantwoordingBlad = schrijfVerantwoordingBlad(wb, verantwoording, { eenRijPerBerekening: true });
  await schrijfVeilig(uit, async () => new Uint8Array(await wb.xlsx.writeBuffer()), {
    invoer: [...paden, ...(o.regio ? [o.regio] : [])],
    overschrijven: o.overschrijven ?? false,
  });
  const afwijkingen = v.rijen.reduce((n, r) => n + r.toetsing.filter((t) => t.oordeel !== "binnen").length, 0);
  const code = v.overgeslagen.length > 0 ? 4 : 0;
  if (o.json) {
    io.out(
      JSON.stringify({
        ok: true,
        code,
        bestand: uit,
        bestanden: v.bestanden,
        aanbieders: v.aanbieders,
        overgeslagen: v.overgeslagen.map((x) => ({ bestand: x.bestand, reden: x.reden, problemen: x.problemen })),
        rijen: v.rijen.map((r) => ({
          aanbieder: r.aanbieder,
          product: r.product,
          ingediend: r.ingediend?.toFixed(2) ?? null,
          aanbiederTarief: r.aanbiederTarief?.toFixed(2) ?? null,
          afwijkingen: r.toetsing
            .filter((t) => t.oordeel !== "binnen")
            .map((t) => ({ parameter: t.parameter, oordeel: t.oordeel, ingediend: t.ingediend.toString(), gebruikt: t.gebruikt.toString() })),
          micro: r.micro?.micro ?? null,
          fout: r.fout ?? null,
        })),
        verantwoording,
      }),
    );
  } else {
    for (const x of v.overgeslagen) {
      io.err(`Overgeslagen: '${x.bestand}': ${x.reden}`);
      for (const p of x.problemen) io.err(`  ${probleemRegel(p)}`);
    }
    for (const p of v.meldingen) io.err(probleemRegel(p, p.bestand));
    const met = v.rijen.filter((r) => r.aanbiederTarief);
    io.out(
      `${v.bestanden} bestanden, ${v.aanbieders} aanbieders, ${v.rijen.length} producten (${met.length} met aanbiederstarief), ${afwijkingen} afwijking(en), ${v.overgeslagen.length} overgeslagen.`,
    );
    for (const r of v.rijen.slice(0, 12))
      io.out(
        `  ${r.aanbieder.slice(0, 30).padEnd(30)} ${r.product.slice(0, 30).padEnd(30)} ${r.aanbiederTarief ? formatBedrag(r.aanbiederTarief).padStart(12) : (r.fout ? "fout" : "").padStart(12)}`,
      );
    if (v.rijen.length > 12) io.out(`  … en ${v.rijen.length - 12} meer in het overzicht`);
    io.out(`${verantwoordingTekst(verantwoording)[0]}; per berekening elke parameter en de conventies in blad '${verantwoordingBlad}'`);
    io.out(`Geschreven: ${uit} (Overzicht, Bandbreedtes, Afwijkingen, Overgeslagen, Meldingen, een terugkoppelblad per aanbieder en ${verantwoordingBlad})`);
  }
  return code;
}
