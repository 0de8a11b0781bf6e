/**
 * Adapters for RT.TARIEF, RT.OPBOUW and RT.TARIEF_DETAIL: raw Excel arguments → engine → Excel values.
 * Results are cached per raw argument list in two bounded LRU caches (2,000 entries each): RT.TARIEF keeps only the
 * rounded tariff (or the error), RT.OPBOUW / RT.TARIEF_DETAIL / the task pane keep the whole result. Keeping a whole
 * result with its breakdown for every RT.TARIEF cell made each one live long enough to be copied into V8's old
 * generation; a workbook with thousands of tariff cells then spent a quarter of its time in the garbage collector.
 * The cache key includes the version of the user-table registry and today's date (the default peildatum), so
 * importing a CAO table or a new day invalidates both.
 */
import { statusTekst } from "../../core/bronnen";
import { standaardCaoBron, gebruikersTabellen } from "../../data";
import { ELEMENT_OMSCHRIJVING } from "../../core/opbouw";
import { EENHEID_INFO } from "../../core/eenheden";
import { InvoerFout } from "../../core/errors";
import { leesFunctiemixBereik, leesParameterBereik } from "../../core/parameters/lezen";
import { normaliseerKeuze } from "../../core/parameters/waarden";
import { berekenTarief, type TariefInvoer, type TariefResultaat } from "../../core/tarief";
import type { Decimal } from "../../core/decimal";
import { LruCache } from "./cache";
import { excelMatrix, naarGetal, optioneleMix, parameterBereik, tekstNietOpgegeven, vandaagIso } from "./invoer";

export const CACHE_GROOTTE = 2000;

type Uitkomst<T> = { ok: true; waarde: T } | { ok: false; fout: unknown };
const getallen = new LruCache<string, Uitkomst<number>>(CACHE_GROOTTE);
const resultaten = new LruCache<string, Uitkomst<TariefResultaat>>(CACHE_GROOTTE);

/** For tests and the benchmark. */
export function leegTariefCache(): void {
  getallen.clear();
  resultaten.clear();
}
/** Entries in the RT.TARIEF cache (rounded tariffs). */
export function tariefCacheGrootte(): number {
  return getallen.size;
}
/** Entries in the cache of whole results (RT.OPBOUW, RT.TARIEF_DETAIL, task pane). */
export function resultaatCacheGrootte(): number {
  return resultaten.size;
}

/**
 * A key that tells apart every value the reader tells apart: JSON.stringify made NaN equal to a blank
 * (null) and a Date equal to its ISO text. Each value is tagged with its type; anything else (an error object,
 * another object) is not cached.
 */
function waardeSleutel(v: unknown, uit: string[]): boolean {
  if (v === null) uit.push("z");
  else if (v === undefined) uit.push("u");
  else if (typeof v === "number")
    uit.push(Object.is(v, -0) ? "n-0" : `n${v}`); // NaN → "nNaN", Infinity → "nInfinity"
  else if (typeof v === "string") uit.push(`s${v.length}:${v}`);
  else if (typeof v === "boolean") uit.push(v ? "b1" : "b0");
  else if (v instanceof Date) uit.push(`d${v.getTime()}`);
  else if (Array.isArray(v)) {
    uit.push(`[${v.length}`);
    for (const x of v) if (!waardeSleutel(x, uit)) return false;
    uit.push("]");
  } else return false;
  return true;
}

export function cacheSleutel(parameters: unknown, functiemix: unknown): string | undefined {
  const delen = [String(gebruikersTabellen.versie), vandaagIso()];
  if (!waardeSleutel(parameters, delen) || !waardeSleutel(functiemix ?? null, delen)) return undefined; // no caching
  return delen.join("|");
}

/** The validated input of raw arguments (what the audit block records as read). Throws engine errors. */
export function tariefInvoer(parameters: unknown, functiemix?: unknown): TariefInvoer {
  const p = leesParameterBereik(parameterBereik(parameters));
  const mixBereik = optioneleMix(functiemix);
  return { parameters: p, functiemix: mixBereik ? leesFunctiemixBereik(mixBereik) : undefined };
}

function bereken(parameters: unknown, functiemix: unknown): Uitkomst<TariefResultaat> {
  try {
    return { ok: true, waarde: berekenTarief(tariefInvoer(parameters, functiemix), { caoBron: standaardCaoBron, vandaag: vandaagIso() }) };
  } catch (e) {
    return { ok: false, fout: e };
  }
}

function uitpakken<T>(u: Uitkomst<T>): T {
  if (!u.ok) throw u.fout;
  return u.waarde;
}

/** Computes (or takes from the cache) the whole tariff result for raw arguments. Throws engine errors. */
export function tariefResultaat(parameters: unknown, functiemix?: unknown): TariefResultaat {
  const sleutel = cacheSleutel(parameters, functiemix);
  const bekend = sleutel === undefined ? undefined : resultaten.get(sleutel);
  if (bekend) return uitpakken(bekend);
  const u = bereken(parameters, functiemix);
  if (sleutel !== undefined) {
    resultaten.set(sleutel, u);
    getallen.set(sleutel, u.ok ? { ok: true, waarde: u.waarde.tarief.toNumber() } : u);
  }
  return uitpakken(u);
}

/** RT.TARIEF: the rounded tariff per unit. */
export function tarief(parameters: unknown, functiemix?: unknown): number {
  const sleutel = cacheSleutel(parameters, functiemix);
  const bekend = sleutel === undefined ? undefined : getallen.get(sleutel);
  if (bekend) return uitpakken(bekend);
  const u = bereken(parameters, functiemix);
  const getal: Uitkomst<number> = u.ok ? { ok: true, waarde: u.waarde.tarief.toNumber() } : u;
  if (sleutel !== undefined) getallen.set(sleutel, getal);
  return uitpakken(getal);
}

export const OPBOUW_KOP = ["Omschrijving", "Bedrag", "Wettelijk element", "Toelichting"] as const;

/** The breakdown as rows: header, lines, sources ("Bron: …"), and the tariff as the LAST row. */
export function opbouwRijen(r: TariefResultaat): (string | number | boolean)[][] {
  const rijen: unknown[][] = [[...OPBOUW_KOP]];
  for (const regel of r.opbouw) {
    rijen.push([regel.label, naarGetal(regel.bedrag, 2), regel.elementen.join(", "), regel.toelichting ?? ""]);
  }
  for (const b of r.bronnen) {
    rijen.push([
      `Bron: ${b.omschrijving}`,
      "",
      "",
      `${statusTekst(b)}; geldig vanaf ${b.geldigVanaf}; ${b.bron}` + (b.toegepast && b.toegepast.length ? `; toegepast: ${b.toegepast.join(", ")}` : ""),
    ]);
  }
  rijen.push([`Tarief ${EENHEID_INFO[r.eenheid].label}`, r.tarief.toNumber(), "", r.conventies.join("; ")]);
  return excelMatrix(rijen);
}

/** RT.OPBOUW: the spilled breakdown. */
export function opbouw(parameters: unknown, functiemix?: unknown): (string | number | boolean)[][] {
  return opbouwRijen(tariefResultaat(parameters, functiemix));
}

/** The parts RT.TARIEF_DETAIL can return. */
export const DETAIL_ONDERDELEN: Record<string, { omschrijving: string; waarde: (r: TariefResultaat) => Decimal | undefined; decimalen?: number }> = {
  tarief: { omschrijving: "het afgeronde tarief per eenheid", waarde: (r) => r.tarief },
  tarief_onafgerond: { omschrijving: "kostprijs × (1 + risico_opslag), niet afgerond", waarde: (r) => r.tariefOnafgerond },
  kostprijs: { omschrijving: "kostprijs inclusief overhead, vóór risico-opslag (T)", waarde: (r) => r.kostprijs },
  directe_personeelskosten: { omschrijving: "directe personeelskosten per eenheid (D_pers)", waarde: (r) => r.directePersoneelskosten },
  materiele_kosten: { omschrijving: "materiële kosten per eenheid (m)", waarde: (r) => r.materieleKosten },
  overhead: { omschrijving: "overheadbedrag per eenheid", waarde: (r) => r.overhead },
  risico: { omschrijving: "bedrag risico-opslag per eenheid", waarde: (r) => r.risico },
  kosten_per_productief_uur: { omschrijving: "kosten per productief uur (K, urenmodel)", waarde: (r) => r.kostenPerProductiefUur },
  uren_per_client_eenheid: { omschrijving: "personele uren per cliënt per eenheid (urenmodel)", waarde: (r) => r.urenPerClientEenheid },
  eenheden_per_jaar: { omschrijving: "geleverde eenheden per jaar (capaciteitsmodel)", waarde: (r) => r.eenhedenPerJaar },
};

/** RT.TARIEF_DETAIL: one intermediate result, or the amount of one breakdown line (by label or element). */
export function tariefDetail(parameters: unknown, onderdeel: unknown, functiemix?: unknown): number {
  if (tekstNietOpgegeven(onderdeel)) {
    throw new InvoerFout(
      `onderdeel is leeg; toegestaan: ${Object.keys(DETAIL_ONDERDELEN)
        .map((k) => `'${k}'`)
        .join(", ")} of de omschrijving van een regel uit RT.OPBOUW.`,
      { parameter: "onderdeel" },
    );
  }
  const r = tariefResultaat(parameters, functiemix);
  const naam = String(onderdeel).trim();
  const sleutel = normaliseerKeuze(naam);
  // own properties only: "__proto__" or "constructor" typed by a user is not a part
  const def = Object.prototype.hasOwnProperty.call(DETAIL_ONDERDELEN, sleutel) ? DETAIL_ONDERDELEN[sleutel] : undefined;
  if (def) {
    const w = def.waarde(r);
    if (w === undefined) {
      throw new InvoerFout(`onderdeel '${naam}' bestaat niet in het ${r.model === "uren" ? "urenmodel" : "capaciteitsmodel"}.`, {
        parameter: "onderdeel",
        waarde: naam,
      });
    }
    return w.toNumber();
  }
  // a breakdown line by its label, or all lines of one legal element (e.g. "J-a")
  const regel = r.opbouw.find((x) => x.label.toLowerCase() === naam.toLowerCase());
  if (regel) return naarGetal(regel.bedrag, 2);
  const element = Object.keys(ELEMENT_OMSCHRIJVING).find((e) => e.toLowerCase() === naam.toLowerCase());
  if (element) {
    const som = r.opbouw.filter((x) => x.elementen.some((e) => e === element)).reduce((a, x) => a.plus(x.bedrag), r.tarief.minus(r.tarief));
    return naarGetal(som, 2);
  }
  throw new InvoerFout(
    `onderdeel = '${naam}' is onbekend; toegestaan: ${Object.keys(DETAIL_ONDERDELEN)
      .map((k) => `'${k}'`)
      .join(", ")}, ` + `een wettelijk element (J-a…J-d, W-a…W-f) of de omschrijving van een regel uit RT.OPBOUW.`,
    { parameter: "onderdeel", waarde: naam },
  );
}
