/** Access to the other dated datasets: PFZW pension figures, statutory minimum wage (WML) and CBS CPI. */
import type { Herkomst } from "../core/bronnen";
import { Decimal } from "../core/decimal";
import { InvoerFout, NietGevondenFout } from "../core/errors";
import { formatGetal, formatProcent } from "../core/format";
import { leesDatumWaarde } from "../core/parameters/waarden";
import { DATA_MSG } from "./berichten";
import { perJaar } from "./per-jaar";
import { CPI, PENSIOEN, WML } from "./laden";

export interface Waarde {
  naam: string;
  waarde: Decimal;
  herkomst: Herkomst;
}

/** PFZW premiums (total, employer + employee) and franchises for a year, as far as known; `ontbreekt` says what is not. */
export function pensioenPfzw(jaar: number): { componenten: Waarde[]; ontbreekt: string[] } {
  const j = perJaar(PENSIOEN.jaren, jaar, "PFZW-cijfers", "de pagina 'premiepercentages en franchises' op https://www.pfzw.nl");
  const componenten = j.componenten.map((c) => {
    const waarde = new Decimal(c.waarde);
    const tekst = c.naam.startsWith("premie") ? formatProcent(waarde) : `€ ${formatGetal(waarde)}`;
    return {
      naam: c.naam,
      waarde,
      herkomst: {
        omschrijving: `PFZW ${jaar}, ${c.naam} = ${tekst}${c.opmerking ? ` (${c.opmerking})` : ""}`,
        bron: c.bron,
        geldigVanaf: c.geldigVanaf,
        status: c.status,
      },
    };
  });
  const ontbreekt = PENSIOEN.ontbreekt.filter((o) => o.wat.includes(String(jaar))).map((o) => `${o.wat} — ${o.waar}`);
  return { componenten, ontbreekt };
}

/** Statutory minimum hourly wage (21+) in force on a date. */
export function minimumUurloon(peildatum: string): { waarde: Decimal; herkomst: Herkomst } {
  const datum = leesDatumWaarde(peildatum);
  if (!datum) throw new InvoerFout(DATA_MSG.ongeldigeDatum("peildatum", peildatum), { parameter: "peildatum", waarde: peildatum });
  // the statutory hourly minimum exists from 2024; before that the WML was a monthly amount (see minimumloon.ts)
  const uurwaarden = WML.waarden.filter((x) => x.eenheid === "uur");
  const w = [...uurwaarden]
    .sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf))
    .filter((x) => x.geldigVanaf <= datum)
    .pop();
  if (!w) {
    throw new NietGevondenFout(
      DATA_MSG.jaarOnbekend(
        "wettelijk minimumuurloon",
        Number(datum.slice(0, 4)),
        [...new Set(uurwaarden.map((x) => Number(x.geldigVanaf.slice(0, 4))))],
        "https://www.rijksoverheid.nl (bedragen minimumloon; vóór 2024 gold een minimumloon per maand)",
      ),
      { parameter: "peildatum", waarde: peildatum },
    );
  }
  const waarde = new Decimal(w.waarde);
  return {
    waarde,
    herkomst: {
      omschrijving: `Wettelijk minimumuurloon (21+) per ${w.geldigVanaf}: € ${formatGetal(waarde, 2)}`,
      bron: w.bron,
      geldigVanaf: w.geldigVanaf,
      status: w.status,
    },
  };
}

/** CBS CPI, annual average change for a year (fraction). */
export function cpi(jaar: number): { waarde: Decimal; herkomst: Herkomst } {
  const c = perJaar(CPI.cpi, jaar, "CPI", "CBS (https://www.cbs.nl)");
  const waarde = new Decimal(c.waarde);
  return {
    waarde,
    herkomst: { omschrijving: `CBS CPI ${jaar} (jaargemiddelde): ${formatProcent(waarde)}`, bron: c.bron, geldigVanaf: c.geldigVanaf, status: c.status },
  };
}
