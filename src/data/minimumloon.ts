/**
 * The statutory minimum wage (WML) as a floor under every salary lookup. From 1 January 2024 the law sets a
 * minimum hourly wage: the monthly floor for a full-time job is hourly × uren_per_week × 52 / 12, rounded UP to
 * the cent (never below the law). Until 2023 the law set a monthly amount for a full-time job, whatever the
 * sector's full-time hours: then the floor is that monthly amount itself (the hours do not matter).
 * The WML changes on 1 January and 1 July; a date at or after the next change after the newest shipped figure is
 * marked 'mogelijk verouderd'.
 */
import type { Herkomst, Minimumloon } from "../core/bronnen";
import { Decimal } from "../core/decimal";
import { NietGevondenFout } from "../core/errors";
import { formatBedrag, formatGetal } from "../core/format";
import { DATA_MSG } from "./berichten";
import { formatDatum } from "./datums";
import { WML } from "./laden";

const WAAR_WML = "https://www.rijksoverheid.nl/onderwerpen/minimumloon/bedragen-minimumloon";

const WAARDEN = [...WML.waarden].sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf));

/** First date of the shipped WML history. */
export const WML_EERSTE_DATUM = WAARDEN[0].geldigVanaf;

/** The next scheduled change of the WML after `iso` (1 January or 1 July). */
export function volgendeWmlWijziging(iso: string): string {
  const j = Number(iso.slice(0, 4));
  return iso.slice(5) < "07-01" ? `${j}-07-01` : `${j + 1}-01-01`;
}

/** The WML figure in force on a date (ISO), with provenance; throws NietGevondenFout before the history. */
export function wmlOpDatum(datum: string): { waarde: Decimal; eenheid: "maand" | "uur"; herkomst: Herkomst } {
  const w = WAARDEN.filter((x) => x.geldigVanaf <= datum).pop();
  if (!w) throw new NietGevondenFout(DATA_MSG.voorWmlHistorie(datum, WML_EERSTE_DATUM, WAAR_WML), { parameter: "peildatum", waarde: datum });
  const waarde = new Decimal(w.waarde);
  const nieuwste = WAARDEN[WAARDEN.length - 1];
  const verouderdVanaf = volgendeWmlWijziging(nieuwste.geldigVanaf);
  const herkomst: Herkomst = {
    omschrijving: w.eenheid === "uur"
      ? `Wettelijk minimumuurloon (21+) per ${formatDatum(w.geldigVanaf)}: € ${formatGetal(waarde, 2)}`
      : `Wettelijk minimumloon (21+) per ${formatDatum(w.geldigVanaf)}: ${formatBedrag(waarde)} per maand bij een volledig dienstverband`,
    bron: w.bron,
    geldigVanaf: w.geldigVanaf,
    status: w.status,
  };
  if (datum >= verouderdVanaf) {
    herkomst.verouderd = {
      nieuwste: nieuwste.geldigVanaf,
      toelichting: `het minimumloon wijzigt per 1 januari en 1 juli; het nieuwste meegeleverde bedrag geldt vanaf ${formatDatum(nieuwste.geldigVanaf)}, voor ${formatDatum(datum)} is geen bedrag opgenomen`,
    };
    herkomst.omschrijving += `. Mogelijk verouderd: ${herkomst.verouderd.toelichting}`;
  }
  return { waarde, eenheid: w.eenheid, herkomst };
}

const WEKEN_PER_JAAR = new Decimal(52);
const MAANDEN = new Decimal(12);

/** The monthly full-time floor for `urenPerWeek` hours on `datum` (ISO). */
export function wettelijkMinimumMaandloon(datum: string, urenPerWeek: Decimal, urenUitleg = ""): Minimumloon {
  const w = wmlOpDatum(datum);
  const uitleg = urenUitleg ? ` (${urenUitleg})` : "";
  if (w.eenheid === "maand") {
    return {
      bedrag: w.waarde,
      berekening: `vóór 2024 stelde de wet het minimumloon per maand vast voor een volledig dienstverband, ongeacht het aantal uren: ${formatBedrag(w.waarde)} per maand bij voltijd${uitleg}`,
      herkomst: w.herkomst,
    };
  }
  const bedrag = w.waarde.times(urenPerWeek).times(WEKEN_PER_JAAR).dividedBy(MAANDEN).toDecimalPlaces(2, Decimal.ROUND_UP);
  return {
    bedrag,
    berekening: `€ ${formatGetal(w.waarde, 2)} × ${formatGetal(urenPerWeek)} uur${uitleg} × 52 / 12 = ${formatBedrag(bedrag)} per maand`,
    herkomst: w.herkomst,
  };
}
