/**
 * The region's assessment of the collected submissions (main thread): duplicates refused, bandwidths per product
 * (given, or P25–P75 of the submissions), per provider and product the submitted cost price, the bandwidth
 * check, the provider-specific tariff and its deviations (core/bandbreedte), and the micro status.
 */
import type { RekenContext } from "../../core/bronnen";
import { bandbreedtesUitInzendingen, maakBandbreedte, type Bandbreedte, type Inzending } from "../../core/bandbreedte";
import { berekenAanbiederTarief, type Toetsing } from "../../core/toetsing";
import { Decimal } from "../../core/decimal";
import { caoVoorAanbieder, sleutel } from "../../core/differentiatie";
import { isRtFout } from "../../core/errors";
import { leesFunctiemixBereik, leesParameterBereik } from "../../core/parameters/lezen";
import { normaliseerNaam } from "../../core/parameters/namen";
import { leesGetal } from "../../core/parameters/getallen";
import { standaardInvoer, vindProduct, type Regio } from "../../core/regio-definitie";
import { berekenTarief, type TariefInvoer } from "../../core/tarief";
import { auditResultaat, type VerantwoordeBerekening } from "../../core/verantwoording";
import type { Eenheid } from "../../core/parameters/definities";
import type { Probleem } from "../sjabloon-lezen";
import type { GelezenBestand } from "./lezen";

/** What the region brings: its standard input per product, which parameters are checked, given bandwidths. */
export interface Regiokader {
  naam: string;
  /** the region's standard input of a product (for a provider applying `cao`), or undefined if unknown */
  basis(product: string, aanbieder: string, cao?: string): TariefInvoer | undefined;
  /** parameters checked for a product, and the bandwidths the region gave (others are derived) */
  toetsing(product: string): { parameters: string[]; gegeven: Bandbreedte[] };
}

export const STANDAARD_TOETSPARAMETERS = ["productiviteit", "overhead"] as const;

/** No region: submissions must be complete; productivity and overhead are checked against P25–P75. */
export function geenRegio(): Regiokader {
  return { naam: "", basis: () => undefined, toetsing: () => ({ parameters: [...STANDAARD_TOETSPARAMETERS], gegeven: [] }) };
}

/** A region from its JSON definition (core/regio). */
export function regioUitDefinitie(regio: Regio): Regiokader {
  return {
    naam: regio.naam,
    basis(product, aanbieder, cao) {
      const p = regio.producten.find((x) => sleutel(x.product) === sleutel(product));
      if (!p) return undefined;
      const keuze = caoVoorAanbieder(
        aanbieder,
        cao ?? regio.aanbieders.find((a) => sleutel(a.naam) === sleutel(aanbieder))?.cao,
        regio.referentieCao,
        regio.caoIndeling,
      );
      return standaardInvoer(regio, vindProduct(regio, p.product), keuze.cao);
    },
    toetsing(product) {
      const as = regio.aanbiederSpecifiek.find((a) => sleutel(a.product) === sleutel(product));
      return as ? { parameters: [...as.parameters], gegeven: [...(as.bandbreedtes ?? [])] } : { parameters: [...STANDAARD_TOETSPARAMETERS], gegeven: [] };
    },
  };
}

/** `--bandbreedte overhead=10%:25%` → a given bandwidth. */
export function leesBandOptie(tekst: string): Bandbreedte {
  const m = /^\s*([^=]+)=\s*([^:]+):(.+)$/.exec(tekst);
  if (!m) throw new Error(`--bandbreedte '${tekst}': gebruik parameter=min:max, bijv. overhead=10%:25% of productiviteit=0,7:0,8.`);
  const [min, max] = [leesGetal(m[2].trim()), leesGetal(m[3].trim())];
  if (!min || !max) throw new Error(`--bandbreedte '${tekst}': '${!min ? m[2].trim() : m[3].trim()}' is geen getal; gebruik bijv. overhead=10%:25%.`);
  return maakBandbreedte(m[1].trim(), min.getal, max.getal, undefined, " (--bandbreedte)");
}

export interface OverzichtRij {
  aanbieder: string;
  kvk?: string;
  bestand: string;
  product: string;
  kolom: string;
  eenheid?: Eenheid;
  /** the cost price from the provider's own values (on the region's standard input) */
  ingediend?: Decimal;
  /** the provider-specific tariff (values outside the bandwidth capped unless justified) */
  aanbiederTarief?: Decimal;
  toetsing: Toetsing[];
  micro?: { micro: boolean; reden: string };
  fout?: string;
  /** what was computed (submitted values, provider-specific tariff), for the audit block */
  berekeningen?: VerantwoordeBerekening[];
}

export interface Overgeslagen {
  bestand: string;
  reden: string;
  problemen: Probleem[];
}

export interface Verzameling {
  regio: string;
  rijen: OverzichtRij[];
  banden: { product: string; bandbreedtes: Bandbreedte[]; waarschuwingen: string[] }[];
  overgeslagen: Overgeslagen[];
  /** problems in files that were read (with file) */
  meldingen: (Probleem & { bestand: string })[];
  bestanden: number;
  aanbieders: number;
}

function aanbiederSleutel(b: GelezenBestand): string {
  const kvk = (b.aanbieder?.kvk ?? "").replace(/\D/g, "");
  return kvk !== "" ? `kvk:${kvk}` : `naam:${normaliseerNaam(b.aanbieder?.naam ?? "")}`;
}

export function beoordeel(gelezen: readonly GelezenBestand[], kader: Regiokader, extraBanden: readonly Bandbreedte[], context: RekenContext): Verzameling {
  const overgeslagen: Overgeslagen[] = [];
  const meldingen: Verzameling["meldingen"] = [];
  const geldig: GelezenBestand[] = [];
  const gezien = new Map<string, GelezenBestand>();
  for (const b of [...gelezen].sort((x, y) => x.bestand.localeCompare(y.bestand))) {
    if (!b.ok) {
      overgeslagen.push({ bestand: b.bestand, reden: b.reden ?? "onleesbaar", problemen: b.problemen });
      continue;
    }
    const k = aanbiederSleutel(b);
    const eerder = gezien.get(k);
    if (eerder) {
      overgeslagen.push({
        bestand: b.bestand,
        reden: `dubbele inzending: aanbieder '${b.aanbieder!.naam}'${b.aanbieder!.kvk ? ` (KvK ${b.aanbieder!.kvk})` : ""} zit ook in '${eerder.bestand}'; alleen dat bestand is gebruikt`,
        problemen: [],
      });
      continue;
    }
    gezien.set(k, b);
    geldig.push(b);
    for (const p of b.problemen) meldingen.push({ ...p, bestand: b.bestand });
  }

  // inzendingen per product
  interface Stuk {
    b: GelezenBestand;
    kolom: string;
    inz: Inzending;
  }
  const perProduct = new Map<string, Stuk[]>();
  for (const b of geldig) {
    for (const p of b.producten) {
      const onderbouwingen: Record<string, string> = {};
      for (const o of b.onderbouwingen) if (sleutel(o.product) === sleutel(p.product)) onderbouwingen[o.parameter] = o.tekst;
      const inz: Inzending = {
        aanbieder: b.aanbieder!.naam,
        product: p.product,
        parameters: leesParameterBereik(p.bereik),
        functiemix: p.functiemix ? leesFunctiemixBereik(p.functiemix) : undefined,
        onderbouwingen: Object.keys(onderbouwingen).length > 0 ? onderbouwingen : undefined,
      };
      const k = sleutel(p.product);
      perProduct.set(k, [...(perProduct.get(k) ?? []), { b, kolom: p.kolom, inz }]);
    }
  }

  const rijen: OverzichtRij[] = [];
  const banden: Verzameling["banden"] = [];
  for (const stukken of perProduct.values()) {
    const product = stukken[0].inz.product!;
    const t = kader.toetsing(product);
    const gegeven = new Map<string, Bandbreedte>();
    for (const g of [...t.gegeven, ...extraBanden]) gegeven.set(g.parameter, g);
    const parameters = [...new Set([...t.parameters.map(normaliseerNaam), ...gegeven.keys()])];
    const waarschuwingen: string[] = [];
    const productBanden: Bandbreedte[] = [];
    for (const naam of parameters) {
      const g = gegeven.get(naam);
      if (g) {
        productBanden.push(g);
        continue;
      }
      try {
        const [band] = bandbreedtesUitInzendingen(
          stukken.map((s) => s.inz),
          [naam],
          ` (product ${product})`,
        );
        productBanden.push(band);
        if (band.waarschuwing) waarschuwingen.push(`${naam}: ${band.waarschuwing}`);
      } catch (e) {
        if (!isRtFout(e)) throw e;
        waarschuwingen.push(e.message);
      }
    }
    banden.push({ product, bandbreedtes: productBanden, waarschuwingen });
    for (const s of stukken) {
      const a = s.b.aanbieder!;
      const rij: OverzichtRij = { aanbieder: a.naam, kvk: a.kvk, bestand: s.b.bestand, product, kolom: s.kolom, toetsing: [], micro: a.micro };
      const cao = a.cao && !/^(geen|nee|-)$/i.test(a.cao.trim()) ? a.cao : undefined;
      const basis = kader.basis(product, a.naam, cao);
      try {
        const eigen: TariefInvoer = {
          parameters: { ...(basis?.parameters ?? {}), ...definieerd(s.inz.parameters) },
          functiemix: s.inz.functiemix ?? basis?.functiemix,
        };
        const r = berekenTarief(eigen, context);
        rij.ingediend = r.tarief;
        rij.eenheid = r.eenheid;
        const at = berekenAanbiederTarief(s.inz, productBanden, context, basis?.parameters, basis?.functiemix);
        rij.aanbiederTarief = at.resultaat.tarief;
        rij.toetsing = at.toetsing;
        rij.berekeningen = [
          // only what the audit block records: 6.000 full breakdowns would stay in memory until the end (bench)
          { naam: `${a.naam} — ${product} (ingediend)`, invoer: eigen, resultaat: auditResultaat(r) },
          {
            naam: `${a.naam} — ${product} (aanbiedertarief)`,
            invoer: { parameters: at.parameters, functiemix: s.inz.functiemix ?? basis?.functiemix },
            resultaat: auditResultaat(at.resultaat),
          },
        ];
      } catch (e) {
        if (!isRtFout(e)) throw e;
        rij.fout = e.message;
      }
      rijen.push(rij);
    }
  }
  rijen.sort((x, y) => x.aanbieder.localeCompare(y.aanbieder, "nl", { numeric: true }) || x.product.localeCompare(y.product, "nl", { numeric: true }));
  return { regio: kader.naam, rijen, banden, overgeslagen, meldingen, bestanden: gelezen.length, aanbieders: geldig.length };
}

function definieerd<T extends object>(p: T): Partial<T> {
  const uit: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) if (v !== undefined) uit[k] = v;
  return uit as Partial<T>;
}

/**
 * A region from its calculation template (rt sjabloon regio): the norm per product from the sheet Parameters
 * (with its functiemix), bandwidths from the sheet Bandbreedte (a row with min and max is given; a row with only
 * the parameter name is derived from the submissions).
 */
export function regioUitWerkmap(
  norm: readonly { product: string; invoer: TariefInvoer }[],
  bandRijen: readonly { parameter: string; min?: Decimal; max?: Decimal; cel: string }[],
): Regiokader {
  const gegeven: Bandbreedte[] = [];
  const parameters: string[] = [];
  for (const r of bandRijen) {
    parameters.push(normaliseerNaam(r.parameter));
    if (r.min !== undefined && r.max !== undefined) gegeven.push(maakBandbreedte(r.parameter, r.min, r.max, undefined, ` (blad Bandbreedte, ${r.cel})`));
  }
  return {
    naam: "regio-werkmap",
    basis: (product) => norm.find((n) => sleutel(n.product) === sleutel(product))?.invoer,
    toetsing: () => ({ parameters: parameters.length > 0 ? parameters : [...STANDAARD_TOETSPARAMETERS], gegeven }),
  };
}
