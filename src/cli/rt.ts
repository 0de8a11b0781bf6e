#!/usr/bin/env node
/**
 * `rt`: the Reële Tarieven engine on the command line, on real .xlsx files.
 *
 *   rt tarief <werkboek.xlsx> [--blad Parameters] [--uit resultaat.xlsx] [--overschrijven] [--tabel cao.csv|json …] [--peildatum …]
 *   rt salaris <cao> <schaal> <trede> [peildatum] [--tabel …]
 *   rt parameters
 *
 * Exit codes: 0 ok, 1 usage or file problem, 2 invalid input (#VALUE! in Excel), 3 not found (#N/A in Excel).
 */
import * as fs from "fs";
import * as path from "path";
import { isRtFout, type RtFout } from "../core/errors";
import { formatBedrag, toonWaarde } from "../core/format";
import { PARAMETER_DEFINITIES } from "../core/parameters/definities";
import { leesDatumWaarde } from "../core/parameters/waarden";
import { EENHEID_INFO } from "../core/eenheden";
import { maakContext } from "./context";
import { berekenWerkboek, foutRegel, schrijfResultaten } from "./tarieven";
import { leesWerkboek } from "./werkboek";
import { BestandsFout, controleerUitvoerPad, schrijfVeilig } from "./veilig-schrijven";

export const HULP = `rt — Reële Tarieven op de opdrachtregel

Gebruik:
  rt tarief <werkboek.xlsx> [--blad Parameters] [--uit <resultaat.xlsx>] [--overschrijven] [--tabel <cao-tabel.csv|.json>]...
      Rekent elk product (kolom) van het parameterblad door en schrijft de bladen Tarieven, Opbouw en Bronnen
      in een kopie van het werkboek (standaard <werkboek>-resultaat.xlsx). Het invoerbestand wordt nooit gewijzigd.
  rt salaris <cao> <schaal> <trede> [peildatum] [--tabel <cao-tabel.csv|.json>]...
      Zoekt een bruto maandsalaris op in de CAO-tabellen (met bron en status).
  rt parameters
      Toont alle parameternamen met eenheid, standaard en omschrijving.

Eigen CAO-tabellen (--tabel): CSV die begint met de regels 'cao;<naam>' en 'geldig_vanaf;<datum>', daarna
  de tabel (kopregel met schaalnamen, eerste kolom de treden); of JSON.
Afsluitcodes: 0 gelukt, 1 gebruik of bestand, 2 ongeldige invoer, 3 niet gevonden.`;

export interface Uitvoer {
  out: (s: string) => void;
  err: (s: string) => void;
}

class GebruiksFout extends Error {}

function opties(args: string[]): { pos: string[]; vlag: Map<string, string[]>; schakel: Set<string> } {
  const pos: string[] = [];
  const vlag = new Map<string, string[]>();
  const schakel = new Set<string>();
  const metWaarde = new Set(["--blad", "--uit", "--tabel", "--peildatum"]);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (metWaarde.has(a)) {
      const v = args[++i];
      if (v === undefined) throw new GebruiksFout(`Optie ${a} heeft een waarde nodig.`);
      vlag.set(a, [...(vlag.get(a) ?? []), v]);
    } else if (a.startsWith("--")) {
      if (!["--overschrijven", "--json", "--help"].includes(a)) throw new GebruiksFout(`Onbekende optie ${a}.`);
      schakel.add(a);
    } else pos.push(a);
  }
  return { pos, vlag, schakel };
}

function code(e: RtFout): number {
  return e.soort === "invoer" ? 2 : 3;
}

export async function main(argv: string[], io: Uitvoer = { out: (s) => process.stdout.write(s + "\n"), err: (s) => process.stderr.write(s + "\n") }): Promise<number> {
  try {
    const [opdracht, ...rest] = argv;
    if (!opdracht || opdracht === "help" || opdracht === "--help") {
      io.out(HULP);
      return opdracht ? 0 : 1;
    }
    const { pos, vlag, schakel } = opties(rest);
    const peilOptie = vlag.get("--peildatum")?.[0];
    const peil = peilOptie === undefined ? undefined : leesDatumWaarde(peilOptie);
    if (peilOptie !== undefined && !peil) throw new GebruiksFout(`--peildatum ${toonWaarde(peilOptie)} is geen datum; gebruik bijv. 2024-06-01 of 1-6-2024.`);
    const context = maakContext(vlag.get("--tabel") ?? [], peil ?? undefined);
    if (opdracht === "parameters") {
      for (const d of PARAMETER_DEFINITIES) io.out(`${d.naam.padEnd(28)} ${d.eenheid.padEnd(24)} ${(d.standaard ?? "").padEnd(24)} ${d.omschrijving}`);
      return 0;
    }
    if (opdracht === "salaris") {
      if (pos.length < 3) throw new GebruiksFout("rt salaris heeft cao, schaal en trede nodig, bijv.: rt salaris GHZ 20 5 2023-12-01");
      const peildatum = pos[3] !== undefined ? leesDatumWaarde(pos[3]) : context.vandaag;
      if (!peildatum) throw new GebruiksFout(`'${pos[3]}' is geen datum; gebruik bijv. 2024-06-01 of 1-6-2024.`);
      const s = context.caoBron!.salaris({ cao: pos[0], schaal: pos[1], trede: pos[2], peildatum: peildatum! });
      if (schakel.has("--json")) io.out(JSON.stringify({ bedrag: s.bedrag.toString(), cao: s.cao, schaal: s.schaal, trede: s.trede, peildatum, herkomst: s.herkomst }));
      else io.out(`${s.cao} ${s.schaal} trede ${s.trede} per ${peildatum}: ${formatBedrag(s.bedrag)} per maand\nBron: ${s.herkomst.omschrijving} (${s.herkomst.status}) ${s.herkomst.bron}` +
        (s.herkomst.toegepast?.length ? `\nAfgeleid met: ${s.herkomst.toegepast.join("; ")}` : ""));
      return 0;
    }
    if (opdracht === "tarief") {
      const invoer = pos[0];
      if (!invoer) throw new GebruiksFout("rt tarief heeft een werkboek nodig, bijv.: rt tarief parameters.xlsx");
      if (!fs.existsSync(invoer)) throw new GebruiksFout(`Bestand '${invoer}' bestaat niet.`);
      const uit = vlag.get("--uit")?.[0] ?? invoer.replace(/\.xls[xm]$/i, "") + "-resultaat.xlsx";
      if (path.resolve(uit) === path.resolve(invoer)) throw new GebruiksFout("--uit mag niet het invoerbestand zijn: de invoer wordt nooit overschreven.");
      const invoerBestanden = [invoer, ...(vlag.get("--tabel") ?? [])];
      controleerUitvoerPad(uit, invoerBestanden, schakel.has("--overschrijven"));
      const wb = await leesWerkboek(invoer, io.err);
      const run = berekenWerkboek(wb, context, vlag.get("--blad")?.[0]);
      if (run.fouten.length > 0) {
        for (const f of run.fouten) io.err(foutRegel(f));
        io.err(`${run.fouten.length} fout(en); er is niets geschreven.`);
        return run.fouten.some((f) => f.fout.soort === "invoer") ? 2 : 3;
      }
      schrijfResultaten(wb, run.uitkomsten);
      await schrijfVeilig(uit, async () => new Uint8Array(await wb.xlsx.writeBuffer()), { invoer: invoerBestanden, overschrijven: schakel.has("--overschrijven") });
      if (schakel.has("--json")) {
        io.out(JSON.stringify(run.uitkomsten.map((u) => ({ product: u.product, eenheid: u.resultaat.eenheid, tarief: u.resultaat.tarief.toString() }))));
      } else {
        for (const u of run.uitkomsten) io.out(`${u.product.padEnd(36)} ${formatBedrag(u.resultaat.tarief).padStart(14)} ${EENHEID_INFO[u.resultaat.eenheid].label}`);
        io.out(`Geschreven: ${uit} (bladen Tarieven, Opbouw, Bronnen)`);
      }
      return 0;
    }
    throw new GebruiksFout(`Onbekende opdracht '${opdracht}'.\n\n${HULP}`);
  } catch (e) {
    if (e instanceof GebruiksFout || e instanceof BestandsFout) {
      io.err(e.message);
      return 1;
    }
    if (isRtFout(e)) {
      io.err(`Fout: ${e.message}`);
      return code(e);
    }
    io.err(`Fout: ${(e as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((c) => (process.exitCode = c));
}
