/**
 * The user's own index figures (OVA and PPC, prognose and definitief, per year) and employer premiums per year,
 * read from a range (sheet), CSV or JSON. Like user CAO tables they are stored in the workbook and marked
 * 'gebruiker'. A user figure replaces a shipped figure of the same year only when the row says `vervang = ja`.
 * Every problem is an InvoerFout naming the row (1-based, the header is row 1); nothing is stored half: a reader
 * returns all rows or throws.
 */
import * as z from "../core/zod";
import { Decimal } from "../core/decimal";
import { InvoerFout } from "../core/errors";
import { formatProcent } from "../core/format";
import { dichtstbijzijndeNaam, normaliseerNaam } from "../core/parameters/namen";
import { isLeeg } from "../core/parameters/cellen";
import { leesGetal } from "../core/parameters/getallen";
import { DATA_MSG } from "./berichten";
import { INDEXCIJFERS, PREMIES } from "./laden";
import { leesCsvCellen } from "./invoer/csv";
import { WML_EERSTE_DATUM } from "./minimumloon";

export const PREMIE_NAMEN = ["awf_laag", "awf_hoog", "aof_laag", "aof_hoog", "whk", "wko", "zvw"] as const;
export type PremieNaam = (typeof PREMIE_NAMEN)[number];

const decimaal = () => z.string().check(z.regex(/^-?\d+(\.\d+)?$/));

function maakIndexcijferSchema() {
  return z.object({
    reeks: z.enum(["ova", "ppc"]),
    jaar: z.int(),
    soort: z.enum(["prognose", "definitief"]),
    waarde: decimaal(),
    bron: z.string(),
    vervangt: z.boolean(),
  });
}
/** Built on first use, like every schema of user input (start-up builds none). */
export const gebruikersIndexcijferSchema = z.lui(maakIndexcijferSchema);
export type GebruikersIndexcijfer = z.infer<ReturnType<typeof maakIndexcijferSchema>>;

function maakPremiejaarSchema() {
  return z.object({
    jaar: z.int(),
    componenten: z.object(Object.fromEntries(PREMIE_NAMEN.map((n) => [n, decimaal()])) as Record<PremieNaam, ReturnType<typeof decimaal>>),
    bron: z.string(),
    vervangt: z.boolean(),
  });
}
export const gebruikersPremiejaarSchema = z.lui(maakPremiejaarSchema);
export type GebruikersPremiejaar = z.infer<ReturnType<typeof maakPremiejaarSchema>>;

const EERSTE_JAAR = Number(WML_EERSTE_DATUM.slice(0, 4));
const fout = (melding: string, rij: number, kolom?: number) => new InvoerFout(melding, { rij, ...(kolom !== undefined ? { kolom } : {}) });

interface Kop {
  kolommen: Map<string, number>;
}

function leesKop(kopregel: unknown[], wat: string, toegestaan: readonly string[]): Kop {
  const kolommen = new Map<string, number>();
  kopregel.forEach((cel, i) => {
    if (isLeeg(cel)) return;
    const naam = normaliseerNaam(String(cel));
    if (!toegestaan.includes(naam))
      throw fout(DATA_MSG.cijferKolomOnbekend(wat, cel, i + 1, dichtstbijzijndeNaam(naam, toegestaan), [...toegestaan]), 1, i + 1);
    kolommen.set(naam, i);
  });
  if (!kolommen.has("jaar")) throw fout(DATA_MSG.cijferKolomOntbreekt(wat, "jaar"), 1);
  return { kolommen };
}

function rijen(bereik: unknown[][], wat: string, kop: string): unknown[][] {
  const r = (Array.isArray(bereik) ? bereik : []).map((x) => (Array.isArray(x) ? x : []));
  while (r.length && r[r.length - 1].every(isLeeg)) r.pop();
  if (r.length < 2) throw fout(DATA_MSG.cijfersLeeg(wat, kop), 1);
  return r;
}

function leesJaar(cel: unknown, rij: number, kolom: number): number {
  const g = leesGetal(cel);
  const jaar = g && !g.procent && g.getal.isInteger() ? g.getal.toNumber() : NaN;
  if (!Number.isInteger(jaar) || jaar < 1900 || jaar > 2200) throw fout(DATA_MSG.cijferJaar(cel, rij), rij, kolom);
  if (jaar < EERSTE_JAAR) throw fout(DATA_MSG.cijferJaarVoorWml(jaar, rij, EERSTE_JAAR), rij, kolom);
  return jaar;
}

/** A fraction from a cell: 0,0494 or "4,94%"; whole-number percentages (4,94 without %) are refused. */
function leesFractie(kolomNaam: string, cel: unknown, rij: number, kolom: number, min: Decimal, max: Decimal): string {
  const g = leesGetal(cel);
  if (!g) throw fout(DATA_MSG.cijferGeenGetal(kolomNaam, cel, rij), rij, kolom);
  if (!g.procent && g.getal.abs().greaterThanOrEqualTo(1)) {
    throw fout(
      DATA_MSG.cijferHeelPercentage(kolomNaam, cel, rij, g.getal.toFixed().replace(".", ","), g.getal.dividedBy(100).toFixed().replace(".", ",")),
      rij,
      kolom,
    );
  }
  if (g.getal.lessThan(min) || g.getal.greaterThan(max))
    throw fout(DATA_MSG.cijferBuitenBereik(kolomNaam, cel, rij, `${formatProcent(min)} tot en met ${formatProcent(max)}`), rij, kolom);
  return g.getal.toFixed();
}

function leesVervang(cel: unknown, rij: number, kolom: number): boolean {
  if (isLeeg(cel) || cel === false) return false;
  if (cel === true) return true;
  const t = String(cel).trim().toLowerCase();
  if (["ja", "j", "yes", "waar", "true", "x"].includes(t)) return true;
  if (["nee", "n", "no", "onwaar", "false"].includes(t)) return false;
  throw fout(DATA_MSG.cijferVervang(cel, rij), rij, kolom);
}

function leesSoort(cel: unknown, rij: number, kolom: number): "prognose" | "definitief" {
  const t = typeof cel === "string" ? normaliseerNaam(cel) : "";
  if (["prognose", "voorlopig", "raming", "p"].includes(t)) return "prognose";
  if (["definitief", "def", "nacalculatie", "d"].includes(t)) return "definitief";
  throw fout(DATA_MSG.cijferSoort(cel, rij), rij, kolom);
}

const INDEX_KOLOMMEN = ["jaar", "soort", "ova", "ppc", "bron", "vervang"] as const;
const INDEX_MIN = new Decimal("-0.1");
const INDEX_MAX = new Decimal("0.25");

/**
 * Index figures from a range: header `jaar | soort | ova | ppc | [bron] | [vervang]`, one row per year and soort
 * (prognose before definitief). `bron` defaults to `standaardBron`.
 */
export function leesIndexcijfersUitBereik(bereik: unknown[][], standaardBron = "gebruiker"): GebruikersIndexcijfer[] {
  const r = rijen(bereik, "indexcijfers", "jaar, soort, ova, ppc, bron, vervang");
  const { kolommen } = leesKop(r[0], "indexcijfers", INDEX_KOLOMMEN);
  if (!kolommen.has("soort")) throw fout(DATA_MSG.cijferKolomOntbreekt("indexcijfers", "soort"), 1);
  if (!kolommen.has("ova") && !kolommen.has("ppc")) throw fout(DATA_MSG.cijferKolomOntbreekt("indexcijfers", "ova (of ppc)"), 1);
  const uit: GebruikersIndexcijfer[] = [];
  const gezien = new Map<string, number>();
  const cel = (rij: unknown[], k: string) => (kolommen.has(k) ? rij[kolommen.get(k)!] : undefined);
  for (let i = 1; i < r.length; i++) {
    const rij = r[i];
    const nr = i + 1;
    if (rij.every(isLeeg)) continue;
    const jaar = leesJaar(cel(rij, "jaar"), nr, kolommen.get("jaar")! + 1);
    const soort = leesSoort(cel(rij, "soort"), nr, kolommen.get("soort")! + 1);
    const sleutel = `${jaar} ${soort}`;
    if (gezien.has(sleutel)) throw fout(DATA_MSG.cijferDubbel(`${jaar} ${soort}`, nr, gezien.get(sleutel)!), nr);
    if (soort === "prognose" && gezien.has(`${jaar} definitief`))
      throw fout(DATA_MSG.cijferPrognoseNaDefinitief(String(jaar), nr, gezien.get(`${jaar} definitief`)!), nr);
    gezien.set(sleutel, nr);
    const vervangt = leesVervang(cel(rij, "vervang"), nr, (kolommen.get("vervang") ?? 0) + 1);
    const bronCel = cel(rij, "bron");
    const bron = isLeeg(bronCel) ? standaardBron : String(bronCel).trim();
    let aantal = 0;
    for (const reeks of ["ova", "ppc"] as const) {
      const w = cel(rij, reeks);
      if (isLeeg(w)) continue;
      const waarde = leesFractie(reeks.toUpperCase(), w, nr, kolommen.get(reeks)! + 1, INDEX_MIN, INDEX_MAX);
      const meegeleverd = INDEXCIJFERS[reeks].find((c) => c.jaar === jaar && c.soort === soort);
      if (meegeleverd && !vervangt)
        throw fout(
          DATA_MSG.cijferMeegeleverd(`${reeks.toUpperCase()} ${jaar} ${soort}`, nr, `${formatProcent(meegeleverd.waarde)}, ${meegeleverd.status}`),
          nr,
          kolommen.get(reeks)! + 1,
        );
      uit.push({ reeks, jaar, soort, waarde, bron, vervangt });
      aantal++;
    }
    if (aantal === 0) throw fout(DATA_MSG.cijferLeeg(nr, "OVA en/of PPC"), nr);
  }
  return uit;
}

const PREMIE_KOLOMMEN = ["jaar", ...PREMIE_NAMEN, "bron", "vervang"] as const;
const PREMIE_MAX = new Decimal("0.25");

/** Employer premiums from a range: header `jaar | awf_laag | awf_hoog | aof_laag | aof_hoog | whk | wko | zvw | [bron] | [vervang]`. */
export function leesPremiesUitBereik(bereik: unknown[][], standaardBron = "gebruiker"): GebruikersPremiejaar[] {
  const r = rijen(bereik, "werkgeverspremies", PREMIE_KOLOMMEN.join(", "));
  const { kolommen } = leesKop(r[0], "werkgeverspremies", PREMIE_KOLOMMEN);
  for (const n of PREMIE_NAMEN) if (!kolommen.has(n)) throw fout(DATA_MSG.cijferKolomOntbreekt("werkgeverspremies", n), 1);
  const uit: GebruikersPremiejaar[] = [];
  const gezien = new Map<number, number>();
  const cel = (rij: unknown[], k: string) => (kolommen.has(k) ? rij[kolommen.get(k)!] : undefined);
  for (let i = 1; i < r.length; i++) {
    const rij = r[i];
    const nr = i + 1;
    if (rij.every(isLeeg)) continue;
    const jaar = leesJaar(cel(rij, "jaar"), nr, kolommen.get("jaar")! + 1);
    if (gezien.has(jaar)) throw fout(DATA_MSG.cijferDubbel(`Jaar ${jaar}`, nr, gezien.get(jaar)!), nr);
    gezien.set(jaar, nr);
    const vervangt = leesVervang(cel(rij, "vervang"), nr, (kolommen.get("vervang") ?? 0) + 1);
    const componenten = {} as Record<PremieNaam, string>;
    for (const n of PREMIE_NAMEN) {
      const w = cel(rij, n);
      if (isLeeg(w)) throw fout(DATA_MSG.cijferPremieOntbreekt(n, jaar, nr), nr, kolommen.get(n)! + 1);
      componenten[n] = leesFractie(n, w, nr, kolommen.get(n)! + 1, new Decimal(0), PREMIE_MAX);
    }
    const meegeleverd = PREMIES.jaren.find((j) => j.jaar === jaar);
    if (meegeleverd && !vervangt)
      throw fout(DATA_MSG.cijferMeegeleverd(`De werkgeverspremies van ${jaar}`, nr, meegeleverd.componenten[0]?.status ?? "meegeleverd"), nr);
    const bronCel = cel(rij, "bron");
    uit.push({ jaar, componenten, bron: isLeeg(bronCel) ? standaardBron : String(bronCel).trim(), vervangt });
  }
  return uit;
}

/** CSV text (separator ; , or tab) in the same layout as the range. */
export function leesIndexcijfersUitCsv(tekst: string, standaardBron?: string): GebruikersIndexcijfer[] {
  return leesIndexcijfersUitBereik(leesCsvCellen(tekst), standaardBron);
}
export function leesPremiesUitCsv(tekst: string, standaardBron?: string): GebruikersPremiejaar[] {
  return leesPremiesUitBereik(leesCsvCellen(tekst), standaardBron);
}

/**
 * JSON: `{ "indexcijfers": [ { "jaar": 2026, "soort": "definitief", "ova": "0.05", … } ], "premies": [ { "jaar": 2027, "awf_laag": "0.0264", … } ] }`.
 * Element n of a list is reported as row n + 1 (as if the list were a range under a header row).
 */
export function leesCijfersUitJson(tekst: string, standaardBron?: string): { indexcijfers: GebruikersIndexcijfer[]; premies: GebruikersPremiejaar[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(tekst);
  } catch (e) {
    throw new InvoerFout(DATA_MSG.cijfersJson((e as Error).message));
  }
  const o = raw as { indexcijfers?: unknown; premies?: unknown } | null;
  if (!o || typeof o !== "object" || (!Array.isArray(o.indexcijfers) && !Array.isArray(o.premies))) {
    throw new InvoerFout(DATA_MSG.cijfersJson("verwacht een object met een lijst 'indexcijfers' en/of 'premies'"));
  }
  const naarBereik = (lijst: unknown[], kolommen: readonly string[]): unknown[][] => [
    [...kolommen],
    ...lijst.map((x) => kolommen.map((k) => (x && typeof x === "object" ? (x as Record<string, unknown>)[k] : undefined))),
  ];
  return {
    indexcijfers: Array.isArray(o.indexcijfers) ? leesIndexcijfersUitBereik(naarBereik(o.indexcijfers, INDEX_KOLOMMEN), standaardBron) : [],
    premies: Array.isArray(o.premies) ? leesPremiesUitBereik(naarBereik(o.premies, PREMIE_KOLOMMEN), standaardBron) : [],
  };
}
