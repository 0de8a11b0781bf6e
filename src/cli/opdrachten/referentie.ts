/**
 * `rt index <jaar>` and `rt werkgeverslasten <jaar>`: the VNG index and the employer premiums of a year, from the
 * shipped figures plus the user's own given with `--data` (CSV or JSON; marked 'gebruiker'). A bad file gives a
 * message with file, row and column, and exit code 2.
 */
import * as fs from "fs";
import { berekenIndex, type IndexAfronding, type IndexMethode } from "../../core/indexatie";
import { InvoerFout, isRtFout } from "../../core/errors";
import { formatProcent } from "../../core/format";
import { GebruikersTabellen, indexatieJaarInvoer, leesCijfersUitJson, leesIndexcijfersUitCsv, leesPremiesUitCsv, werkgeverslasten } from "../../data";
import { leesCsvCellen } from "../../data/invoer/csv";
import { normaliseerNaam } from "../../core/parameters/namen";
import type { Uitvoer } from "../uitvoer";
import { opzoekVerantwoording, tabelOptie } from "../verantwoording";

/** Reads `--data` files into a registry: JSON with 'indexcijfers'/'premies', or CSV whose header says which. */
export function leesDataBestanden(bestanden: readonly string[]): GebruikersTabellen {
  const reg = new GebruikersTabellen();
  for (const bestand of bestanden) {
    if (!fs.existsSync(bestand)) throw new InvoerFout(`Databestand '${bestand}' bestaat niet.`);
    const tekst = fs.readFileSync(bestand, "utf8");
    const bron = `gebruiker (${bestand})`;
    try {
      if (bestand.toLowerCase().endsWith(".json")) {
        const c = leesCijfersUitJson(tekst, bron);
        if (c.indexcijfers.length) reg.voegIndexcijfersToe(c.indexcijfers);
        if (c.premies.length) reg.voegPremiesToe(c.premies);
      } else {
        const kop = (leesCsvCellen(tekst)[0] ?? []).map((c) => normaliseerNaam(String(c ?? "")));
        if (kop.includes("soort")) reg.voegIndexcijfersToe(leesIndexcijfersUitCsv(tekst, bron));
        else if (kop.includes("awf_laag")) reg.voegPremiesToe(leesPremiesUitCsv(tekst, bron));
        else
          throw new InvoerFout(
            "de kopregel is niet herkend: indexcijfers beginnen met 'jaar;soort;ova;ppc', premies met 'jaar;awf_laag;awf_hoog;aof_laag;aof_hoog;whk;wko;zvw'.",
          );
      }
    } catch (e) {
      if (!isRtFout(e)) throw e;
      const { rij, kolom } = e.details ?? {};
      const waar = rij !== undefined ? ` (rij ${rij}${kolom !== undefined ? `, kolom ${kolom}` : ""})` : "";
      throw new InvoerFout(`Databestand '${bestand}'${waar}: ${e.message}`, e.details);
    }
  }
  return reg;
}

export function opdrachtIndex(jaarTekst: string, o: { data?: string[]; methode?: string; afronding?: string; json?: boolean }, io: Uitvoer): number {
  const jaar = Number(jaarTekst);
  if (!Number.isInteger(jaar)) throw new InvoerFout(`jaar = '${jaarTekst}' is geen jaartal; toegestaan: bijv. 2027.`);
  const reg = leesDataBestanden(o.data ?? []);
  const invoer = indexatieJaarInvoer(jaar, reg);
  const u = berekenIndex({ ...invoer, methode: (o.methode ?? "additief") as IndexMethode, afronding: (o.afronding ?? "geen") as IndexAfronding });
  if (o.json) {
    const gegeven = { jaar: String(jaar), methode: u.methode, afronding: u.afronding, data: tabelOptie(o.data) };
    io.out(JSON.stringify({ jaar, index: u.index.toString(), cijfers: invoer.herkomst, verantwoording: opzoekVerantwoording({}, gegeven, invoer.herkomst) }));
    return 0;
  }
  io.out(`Index ${jaar}: ${formatProcent(u.index)} (${u.methode}, afronding ${u.afronding})`);
  for (const h of invoer.herkomst) io.out(`  ${h.omschrijving} — ${h.status} — ${h.bron}`);
  return 0;
}

export function opdrachtWerkgeverslasten(jaarTekst: string, o: { data?: string[]; json?: boolean }, io: Uitvoer): number {
  const jaar = Number(jaarTekst);
  if (!Number.isInteger(jaar)) throw new InvoerFout(`jaar = '${jaarTekst}' is geen jaartal; toegestaan: bijv. 2027.`);
  const w = werkgeverslasten(jaar, undefined, leesDataBestanden(o.data ?? []));
  if (o.json) {
    io.out(
      JSON.stringify({
        jaar,
        totaal: w.totaal.toString(),
        componenten: w.componenten.map((c) => ({ naam: c.naam, waarde: c.waarde.toString(), herkomst: c.herkomst })),
        verantwoording: opzoekVerantwoording(
          {},
          { jaar: String(jaar), data: tabelOptie(o.data) },
          w.componenten.map((c) => c.herkomst),
        ),
      }),
    );
    return 0;
  }
  for (const c of w.componenten) io.out(`  ${c.herkomst.omschrijving} — ${c.herkomst.status} — ${c.herkomst.bron}`);
  io.out(`Totaal sociale lasten ${jaar}: ${formatProcent(w.totaal)}`);
  return 0;
}
