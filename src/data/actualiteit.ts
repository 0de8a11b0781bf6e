/**
 * How far the shipped data of a CAO is known to reach, and the 'mogelijk verouderd' marking beyond it. A CAO is
 * covered until the end of its recorded term (`looptijd.tot`); without a recorded term, until twelve months after
 * its newest figure (table, increase or parameter) — the usual rhythm of a new agreement. After that, lookups
 * still answer (with the newest figures) but say 'mogelijk verouderd' with the date of the newest figure used.
 */
import type { Herkomst } from "../core/bronnen";
import { formatDatum } from "./datums";
import { CAO_DATASETS, CPI, INDEXCIJFERS, MEEGELEVERDE_TABELLEN, PENSIOEN, PREMIES, WML } from "./laden";
import { volgendeWmlWijziging } from "./minimumloon";
import { sleutelCao } from "./namen";
import type { CaoDataset } from "./schema";

export interface CaoDekking {
  /** the newest date of any shipped figure (table, increase, parameter) */
  nieuwsteCijfer: string;
  /** the newest shipped table */
  nieuwsteTabel?: string;
  /** the last date the data is known to cover (inclusive) */
  gedektTot: string;
  /** how `gedektTot` was set */
  grond: string;
}

function plusTwaalfMaandenMinEenDag(iso: string): string {
  const d = new Date(`${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function caoDekking(d: CaoDataset): CaoDekking {
  const k = sleutelCao(d.cao);
  const tabellen = MEEGELEVERDE_TABELLEN.filter((t) => sleutelCao(t.cao) === k).map((t) => t.geldigVanaf).sort();
  const datums = [...tabellen, ...d.verhogingen.map((v) => v.geldigVanaf), ...d.parameters.map((p) => p.geldigVanaf)].sort();
  const nieuwsteCijfer = datums[datums.length - 1];
  const nieuwsteTabel = tabellen[tabellen.length - 1];
  if (d.looptijd) {
    return { nieuwsteCijfer, nieuwsteTabel, gedektTot: d.looptijd.tot, grond: `looptijd van de CAO ${formatDatum(d.looptijd.van)} – ${formatDatum(d.looptijd.tot)}` };
  }
  return {
    nieuwsteCijfer,
    nieuwsteTabel,
    gedektTot: plusTwaalfMaandenMinEenDag(nieuwsteCijfer),
    grond: `looptijd niet vastgelegd; aangenomen tot twaalf maanden na het nieuwste cijfer (${formatDatum(nieuwsteCijfer)})`,
  };
}

/** The 'mogelijk verouderd' marking for a CAO lookup on `datum` whose newest figure used is `gebruikt`, or undefined. */
export function caoVerouderd(d: CaoDataset | undefined, datum: string, gebruikt: string): Herkomst["verouderd"] {
  if (!d) return undefined;
  const dekking = caoDekking(d);
  if (datum <= dekking.gedektTot) return undefined;
  return {
    nieuwste: gebruikt,
    toelichting: `CAO ${d.cao} is bekend tot ${formatDatum(dekking.gedektTot)} (${dekking.grond}); er is geen nieuwere CAO opgenomen, het nieuwste gebruikte cijfer geldt vanaf ${formatDatum(gebruikt)}`,
  };
}

/** Coverage of a dataset (non-CAO too) in words, and whether it is 'mogelijk verouderd' on `vandaag`. */
export function datasetActualiteit(naam: string, vandaag: string): { bekendTot: string; verouderd: boolean; tekst: string } | undefined {
  const jaar = Number(vandaag.slice(0, 4));
  const uit = (bekendTot: string, verouderd: boolean, wat: string) => ({
    bekendTot,
    verouderd,
    tekst: verouderd ? `mogelijk verouderd (bekend tot ${formatDatum(bekendTot)}): ${wat}` : `actueel (bekend tot ${formatDatum(bekendTot)}): ${wat}`,
  });
  if (naam.startsWith("cao-")) {
    const d = CAO_DATASETS.find((x) => x.dataset === naam);
    if (!d) return undefined;
    const k = caoDekking(d);
    return uit(k.gedektTot, vandaag > k.gedektTot, `${k.grond}; nieuwste cijfer ${formatDatum(k.nieuwsteCijfer)}`);
  }
  if (naam === "wml") {
    const nieuwste = [...WML.waarden].map((w) => w.geldigVanaf).sort().pop() as string;
    const volgende = volgendeWmlWijziging(nieuwste);
    const totEnMet = dagVoor(volgende);
    return uit(totEnMet, vandaag >= volgende, `nieuwste minimumloon per ${formatDatum(nieuwste)}; het wijzigt per 1 januari en 1 juli`);
  }
  if (naam === "ova-ppc") {
    const j = Math.max(...[...INDEXCIJFERS.ova, ...INDEXCIJFERS.ppc].filter((c) => c.soort === "prognose").map((c) => c.jaar));
    return uit(`${j}-12-31`, j < jaar, `OVA/PPC-prognose tot en met ${j}`);
  }
  if (naam === "werkgeverspremies" || naam === "pfzw") {
    const j = Math.max(...(naam === "pfzw" ? PENSIOEN.jaren : PREMIES.jaren).map((x) => x.jaar));
    return uit(`${j}-12-31`, j < jaar, `premies tot en met ${j}`);
  }
  if (naam === "cpi") {
    const j = Math.max(...CPI.cpi.map((x) => x.jaar));
    return uit(`${j}-12-31`, j < jaar - 1, `CPI-jaarcijfers tot en met ${j}`);
  }
  return undefined;
}

function dagVoor(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
