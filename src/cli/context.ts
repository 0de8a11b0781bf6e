/** The calculation context of the command line: shipped CAO data plus user tables given with --tabel. */
import * as fs from "fs";
import { toonWaarde } from "../core/format";
import { leesDatumWaarde } from "../core/parameters/waarden";
import { GebruiksFout } from "./uitvoer";
import { BestandsFout, vertaalFsFout } from "./veilig-schrijven";
import type { RekenContext } from "../core/bronnen";
import { InvoerFout, isRtFout } from "../core/errors";
import { normaliseerNaam } from "../core/parameters/namen";
import { GebruikersTabellen, leesTabelUitBereik, leesTabelUitJson, maakCaoBron } from "../data";
import type { TabelMeta } from "../data/invoer/bereik";
import { leesCsvCellen } from "../data/invoer/csv";
import { gegevensOmgeving } from "../data/versies";

const META_SLEUTELS = new Set(["cao", "geldig_vanaf", "bron", "eenheid", "omschrijving", "uren_per_week"]);

/**
 * A CSV user table starts with metadata lines (`cao;Jeugdzorg`, `geldig_vanaf;2025-03-01`, optionally `bron;…`,
 * `eenheid;maand|uur`), followed by the table in the official layout (header row with scale names, first column
 * the steps — or scales as rows).
 */
export function leesCsvTabel(tekst: string, bestand: string) {
  const cellen = leesCsvCellen(tekst);
  const meta: Record<string, string> = {};
  let i = 0;
  for (; i < cellen.length; i++) {
    const sleutel = normaliseerNaam(cellen[i][0] ?? "");
    if (!META_SLEUTELS.has(sleutel)) break;
    meta[sleutel] = (cellen[i][1] ?? "").trim();
  }
  if (!meta.cao || !meta.geldig_vanaf) {
    throw new Error(
      `Tabelbestand '${bestand}': zet bovenaan de regels 'cao;<naam van de CAO>' en 'geldig_vanaf;<datum>' (bijv. geldig_vanaf;2025-03-01), daarna de tabel.`,
    );
  }
  const m: TabelMeta = {
    cao: meta.cao,
    geldigVanaf: meta.geldig_vanaf,
    bron: meta.bron || `gebruikerstabel ${bestand}`,
    eenheid: meta.eenheid === "uur" ? "uur" : "maand",
    omschrijving: meta.omschrijving,
  };
  return leesTabelUitBereik(cellen.slice(i), m);
}

export function maakContext(tabelBestanden: readonly string[] = [], vandaag?: string): RekenContext {
  const tabellen = new GebruikersTabellen();
  for (const bestand of tabelBestanden) {
    if (!fs.existsSync(bestand)) throw new Error(`Tabelbestand '${bestand}' bestaat niet.`);
    let tekst: string;
    try {
      if (fs.statSync(bestand).size > 10 * 1024 * 1024) throw new BestandsFout(`Tabelbestand '${bestand}' is groter dan 10 MB; een CAO-tabel is een paar kB.`);
      tekst = fs.readFileSync(bestand, "utf8");
    } catch (e) {
      throw vertaalFsFout(e, bestand, "lezen");
    }
    try {
      tabellen.voegToe(bestand.toLowerCase().endsWith(".json") ? leesTabelUitJson(tekst) : leesCsvTabel(tekst, bestand));
    } catch (e) {
      if (!isRtFout(e)) throw e;
      const { rij, kolom } = e.details;
      const waar = rij !== undefined ? ` (tabel: rij ${rij}${kolom !== undefined ? `, kolom ${kolom}` : ""})` : "";
      throw new InvoerFout(`Tabelbestand '${bestand}'${waar}: ${e.message}`, e.details);
    }
  }
  let peil = vandaag;
  if (vandaag !== undefined) {
    const iso = leesDatumWaarde(vandaag);
    if (!iso) throw new GebruiksFout(`--peildatum ${toonWaarde(vandaag)} is geen datum; gebruik bijv. 2024-06-01 of 1-6-2024.`);
    peil = iso;
  }
  return { caoBron: maakCaoBron(tabellen), vandaag: peil ?? new Date().toISOString().slice(0, 10), gegevens: gegevensOmgeving(tabellen) };
}
