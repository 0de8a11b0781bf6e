/**
 * Reading one filled provider template for `rt verzamel` (runs in a worker thread): the file is opened, the
 * template recognised and every value validated with sheet and cell; what comes back is plain data (cell values,
 * no Decimals), so it crosses the thread boundary cheaply. Nothing here throws for a bad file: the reason is
 * returned and the file is skipped by the caller.
 */
import * as path from "path";
import { isRtFout } from "../../core/errors";
import { leesFunctiemixBereik, leesParameterBereik } from "../../core/parameters/lezen";
import { normaliseerNaam } from "../../core/parameters/namen";
import { BLAD } from "../../sjablonen/definities";
import { controleerBladen, controleerParameterblad, herkenSjabloon, leesAanbieder, type Probleem } from "../sjabloon-lezen";
import { functiemixVoor } from "../tarieven";
import { BestandsFout } from "../veilig-schrijven";
import { bladWaarden, celAdres, celwaarde, type Celwaarde } from "../werkboek";
import { WerkmapFout, leesWerkmap } from "../werkmap-lezen";

export interface GelezenProduct {
  product: string;
  /** the product's column letter on the sheet Parameters */
  kolom: string;
  /** rows [name, value] of the product column (as the engine reads a range) */
  bereik: Celwaarde[][];
  /** functiemix rows (header first) of this product, if any */
  functiemix?: Celwaarde[][];
}

export interface GelezenBestand {
  bestand: string;
  /** false: the file is skipped; `reden` says why */
  ok: boolean;
  reden?: string;
  problemen: Probleem[];
  aanbieder?: {
    naam: string;
    kvk?: string;
    cao?: string;
    personeel?: string;
    jaaromzet?: string;
    balanstotaal?: string;
    micro?: { micro: boolean; reden: string };
  };
  producten: GelezenProduct[];
  onderbouwingen: { product: string; parameter: string; tekst: string; cel: string }[];
}

function overslaan(bestand: string, reden: string, problemen: Probleem[] = []): GelezenBestand {
  return { bestand, ok: false, reden, problemen, producten: [], onderbouwingen: [] };
}

export async function leesInzendingBestand(pad: string): Promise<GelezenBestand> {
  const bestand = path.basename(pad);
  let wb;
  try {
    wb = await leesWerkmap(pad);
  } catch (e) {
    if (e instanceof WerkmapFout || e instanceof BestandsFout) return overslaan(bestand, e.message.replace(`'${pad}'`, "het bestand"));
    return overslaan(bestand, `kan het bestand niet lezen: ${(e as Error).message}`);
  }
  const problemen: Probleem[] = [];
  const herkend = herkenSjabloon(wb, problemen);
  if (problemen.length > 0) return overslaan(bestand, "sjabloon van een andere versie of soort", problemen);
  if (!herkend) {
    return overslaan(bestand, "geen kostprijssjabloon", [
      {
        ernst: "fout",
        blad: BLAD.sjabloon,
        cel: "(blad)",
        soort: "invoer",
        melding: "het blad 'Sjabloon' ontbreekt: dit is geen ingevuld kostprijssjabloon (maak het sjabloon met rt sjabloon kostprijs).",
      },
    ]);
  }
  if (herkend.soort !== "kostprijs") {
    return overslaan(bestand, `sjabloon '${herkend.soort}' in plaats van 'kostprijs'`, [
      {
        ernst: "fout",
        blad: BLAD.sjabloon,
        cel: "B3",
        soort: "invoer",
        melding: `soort sjabloon = '${herkend.soort}'; rt verzamel leest alleen ingevulde kostprijssjablonen.`,
      },
    ]);
  }
  controleerBladen(wb, herkend.soort, problemen);
  if (problemen.length > 0) return overslaan(bestand, "blad ontbreekt", problemen);
  const a = leesAanbieder(wb, problemen);
  if (!a || a.aanbieder === undefined) return overslaan(bestand, "naam van de aanbieder ontbreekt", problemen);
  const blad = wb.getWorksheet(BLAD.parameters)!;
  controleerParameterblad(blad, problemen);
  const waarden = bladWaarden(blad);
  const mixBlad = wb.getWorksheet(BLAD.functiemix);
  const mixWaarden = mixBlad ? bladWaarden(mixBlad) : undefined;
  const kop = waarden[0] ?? [];
  const producten: GelezenProduct[] = [];
  const notities = new Set(["eenheid", "toelichting", "bron", "bronnen", "omschrijving", "opmerking", "opmerkingen"]);
  for (let k = 1; k < kop.length; k++) {
    const naam = kop[k];
    if (naam === null || String(naam).trim() === "" || notities.has(normaliseerNaam(String(naam)))) continue;
    const product = String(naam).trim();
    const kolom = celAdres(1, k + 1).replace(/\d+$/, "");
    if (producten.some((p) => p.product === product)) {
      problemen.push({
        ernst: "fout",
        blad: blad.name,
        cel: `${kolom}1`,
        soort: "invoer",
        melding: `product '${product}' staat twee keer in rij 1; elk product één kolom.`,
      });
      continue;
    }
    const bereik = waarden.slice(1).map((rij) => [rij[0], rij[k]]);
    try {
      leesParameterBereik(bereik);
    } catch (e) {
      if (!isRtFout(e)) throw e;
      const cel = e.details.rij !== undefined ? celAdres(e.details.rij + 1, e.details.kolom === 1 ? 1 : k + 1) : `kolom ${kolom}`;
      problemen.push({ ernst: "fout", blad: blad.name, cel, soort: e.soort, melding: `product '${product}': ${e.message}` });
      continue;
    }
    const mix = mixWaarden ? functiemixVoor(mixWaarden, product) : undefined;
    if (mix) {
      try {
        leesFunctiemixBereik(mix.bereik);
      } catch (e) {
        if (!isRtFout(e)) throw e;
        const cel = e.details.rij !== undefined ? celAdres(mix.rijNummers[e.details.rij - 1], mix.kolomNummers[(e.details.kolom ?? 1) - 1]) : "(functiemix)";
        problemen.push({ ernst: "fout", blad: BLAD.functiemix, cel, soort: e.soort, melding: `product '${product}': ${e.message}` });
        continue;
      }
    }
    producten.push({ product, kolom, bereik, functiemix: mix?.bereik });
  }
  if (producten.length === 0 && !problemen.some((p) => p.ernst === "fout")) {
    problemen.push({ ernst: "fout", blad: blad.name, cel: "B1", soort: "invoer", melding: "er is geen enkel product ingevuld (rij 1, vanaf kolom B)." });
  }
  const onderbouwingen: GelezenBestand["onderbouwingen"] = [];
  const ob = wb.getWorksheet(BLAD.onderbouwing);
  if (ob) {
    for (let r = 2; r <= ob.rowCount; r++) {
      const [p, n, t] = [1, 2, 3].map((c) => celwaarde(ob.getCell(r, c)));
      if (p === null && n === null && t === null) continue;
      if (p === null || n === null || t === null || String(t).trim() === "") {
        problemen.push({
          ernst: "fout",
          blad: ob.name,
          cel: `A${r}`,
          soort: "invoer",
          melding: "een onderbouwing heeft een product, een parameter en een tekst nodig.",
        });
        continue;
      }
      onderbouwingen.push({ product: String(p).trim(), parameter: normaliseerNaam(String(n)), tekst: String(t).trim(), cel: `C${r}` });
    }
  }
  return {
    bestand,
    ok: producten.length > 0,
    reden: producten.length > 0 ? undefined : "geen bruikbaar product",
    problemen,
    aanbieder: { naam: a.aanbieder, kvk: a.kvk, cao: a.cao, personeel: a.personeel, jaaromzet: a.jaaromzet, balanstotaal: a.balanstotaal, micro: a.micro },
    producten,
    onderbouwingen,
  };
}
