/**
 * Adapters for RT.TARIEF, RT.OPBOUW and RT.TARIEF_DETAIL: raw Excel arguments → engine → Excel values.
 * Results are cached (bounded LRU, 2,000 entries) per raw argument list; the cache key includes the version of
 * the user-table registry and today's date (the default peildatum), so importing a CAO table or a new day
 * invalidates it.
 */
import { standaardCaoBron, gebruikersTabellen } from "../../data";
import { ELEMENT_OMSCHRIJVING } from "../../core/opbouw";
import { EENHEID_INFO } from "../../core/eenheden";
import { InvoerFout } from "../../core/errors";
import { leesFunctiemixBereik, leesParameterBereik } from "../../core/parameters/lezen";
import { berekenTarief, type TariefResultaat } from "../../core/tarief";
import type { Decimal } from "../../core/decimal";
import { LruCache } from "./cache";
import { excelMatrix, naarGetal, optioneleMix, parameterBereik, tekstNietOpgegeven, vandaagIso } from "./invoer";

export const CACHE_GROOTTE = 2000;

type CacheWaarde = { ok: true; resultaat: TariefResultaat } | { ok: false; fout: unknown };
const cache = new LruCache<string, CacheWaarde>(CACHE_GROOTTE);

/** For tests and the benchmark. */
export function leegTariefCache(): void {
  cache.clear();
}
export function tariefCacheGrootte(): number {
  return cache.size;
}

/** Computes (or takes from the cache) the tariff result for raw arguments. Throws engine errors. */
export function tariefResultaat(parameters: unknown, functiemix?: unknown): TariefResultaat {
  let sleutel: string | undefined;
  try {
    sleutel = `${gebruikersTabellen.versie}|${vandaagIso()}|${JSON.stringify(parameters)}|${JSON.stringify(functiemix ?? null)}`;
  } catch {
    sleutel = undefined; // not serialisable: no caching
  }
  if (sleutel !== undefined) {
    const c = cache.get(sleutel);
    if (c) {
      if (c.ok) return c.resultaat;
      throw c.fout;
    }
  }
  let waarde: CacheWaarde;
  try {
    const p = leesParameterBereik(parameterBereik(parameters));
    const mixBereik = optioneleMix(functiemix);
    const mix = mixBereik ? leesFunctiemixBereik(mixBereik) : undefined;
    waarde = { ok: true, resultaat: berekenTarief({ parameters: p, functiemix: mix }, { caoBron: standaardCaoBron }) };
  } catch (e) {
    waarde = { ok: false, fout: e };
  }
  if (sleutel !== undefined) cache.set(sleutel, waarde);
  if (!waarde.ok) throw waarde.fout;
  return waarde.resultaat;
}

/** RT.TARIEF: the rounded tariff per unit. */
export function tarief(parameters: unknown, functiemix?: unknown): number {
  return tariefResultaat(parameters, functiemix).tarief.toNumber();
}

export const OPBOUW_KOP = ["Omschrijving", "Bedrag", "Wettelijk element", "Toelichting"] as const;

/** The breakdown as rows: header, lines, sources ("Bron: …"), and the tariff as the LAST row. */
export function opbouwRijen(r: TariefResultaat): (string | number | boolean)[][] {
  const rijen: unknown[][] = [[...OPBOUW_KOP]];
  for (const regel of r.opbouw) {
    rijen.push([regel.label, naarGetal(regel.bedrag, 2), regel.elementen.join(", "), regel.toelichting ?? ""]);
  }
  for (const b of r.bronnen) {
    rijen.push([`Bron: ${b.omschrijving}`, "", "", `${b.status}; geldig vanaf ${b.geldigVanaf}; ${b.bron}` +
      (b.toegepast && b.toegepast.length ? `; toegepast: ${b.toegepast.join(", ")}` : "")]);
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
    throw new InvoerFout(`onderdeel is leeg; toegestaan: ${Object.keys(DETAIL_ONDERDELEN).map((k) => `'${k}'`).join(", ")} of de omschrijving van een regel uit RT.OPBOUW.`, { parameter: "onderdeel" });
  }
  const r = tariefResultaat(parameters, functiemix);
  const naam = String(onderdeel).trim();
  const sleutel = naam.toLowerCase().replace(/[\s-]+/g, "_");
  const def = DETAIL_ONDERDELEN[sleutel];
  if (def) {
    const w = def.waarde(r);
    if (w === undefined) {
      throw new InvoerFout(`onderdeel '${naam}' bestaat niet in het ${r.model === "uren" ? "urenmodel" : "capaciteitsmodel"}.`, { parameter: "onderdeel", waarde: naam });
    }
    return w.toNumber();
  }
  // a breakdown line by its label, or all lines of one legal element (e.g. "J-a")
  const regel = r.opbouw.find((x) => x.label.toLowerCase() === naam.toLowerCase());
  if (regel) return naarGetal(regel.bedrag, 2);
  const element = Object.keys(ELEMENT_OMSCHRIJVING).find((e) => e.toLowerCase() === naam.toLowerCase());
  if (element) {
    const som = r.opbouw.filter((x) => (x.elementen as string[]).includes(element)).reduce((a, x) => a.plus(x.bedrag), r.tarief.minus(r.tarief));
    return naarGetal(som, 2);
  }
  throw new InvoerFout(`onderdeel = '${naam}' is onbekend; toegestaan: ${Object.keys(DETAIL_ONDERDELEN).map((k) => `'${k}'`).join(", ")}, ` +
    `een wettelijk element (J-a…J-d, W-a…W-f) of de omschrijving van een regel uit RT.OPBOUW.`, { parameter: "onderdeel", waarde: naam });
}
