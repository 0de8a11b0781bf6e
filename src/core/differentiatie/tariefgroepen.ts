/**
 * Tariff groups per CAO (domain spec §8): the tariff of each product under each CAO, from the same norm staffing.
 * A provider without a CAO is assigned the region's reference CAO, and the result says so.
 */
import type { RekenContext } from "../bronnen";
import { InvoerFout } from "../errors";
import type { Parameters } from "../parameters/schema";
import { berekenTarief, type TariefResultaat } from "../tarief";
import { caosInIndeling, functiemixVoorCao, sleutel, type CaoNiveau, type NormNiveau } from "./normbezetting";

export interface NormProduct {
  product: string;
  /** product-level parameters (overhead, unit, group size, …); no salary: that comes from the norm and the CAO */
  parameters: Parameters;
  norm: readonly NormNiveau[];
}

export interface TariefgroepCel {
  product: string;
  cao: string;
  resultaat: TariefResultaat;
  /** per level: scale, step, monthly salary and the table (date, status) it came from */
  salarisbron: string;
}

function euro(d: { toFixed(n: number): string }): string {
  return `€ ${d.toFixed(2).replace(".", ",")}`;
}

/** The salary source of a tariff computed from a norm: one entry per level. */
export function salarisbron(r: TariefResultaat): string {
  return r.functies.map((f) => {
    const h = f.personeel.herkomst[0];
    const tabel = h ? `tabel ${h.geldigVanaf}, ${h.status}` : "opgegeven";
    const s = f.personeel.maandsalaris ? euro(f.personeel.maandsalaris) : "loonkosten opgegeven";
    return `${f.functie}: ${s} (${tabel})`;
  }).join("; ");
}

/** The tariff of one product under one CAO, with its breakdown. */
export function tariefgroepCel(product: NormProduct, indeling: readonly CaoNiveau[], cao: string, context: RekenContext = {}): TariefgroepCel {
  const functiemix = functiemixVoorCao(product.product, product.norm, indeling, cao);
  const resultaat = berekenTarief({ parameters: product.parameters, functiemix }, context);
  const naam = functiemix[0].cao ?? cao;
  return { product: product.product, cao: naam, resultaat, salarisbron: salarisbron(resultaat) };
}

/** The tariefgroepen table: every product × every CAO of the mapping (or `caos`). */
export function berekenTariefgroepen(producten: readonly NormProduct[], indeling: readonly CaoNiveau[], context: RekenContext = {}, caos?: readonly string[]): TariefgroepCel[] {
  const lijst = caos ?? caosInIndeling(indeling);
  const uit: TariefgroepCel[] = [];
  for (const p of producten) for (const c of lijst) uit.push(tariefgroepCel(p, indeling, c, context));
  return uit;
}

export interface CaoKeuze {
  cao: string;
  referentie: boolean;
  toelichting: string;
}

/** The CAO a provider's tariff group uses: its own, or the region's reference CAO when it has none. */
export function caoVoorAanbieder(aanbieder: string, eigenCao: string | undefined, referentieCao: string, indeling: readonly CaoNiveau[]): CaoKeuze {
  const bekend = caosInIndeling(indeling);
  const vind = (c: string) => bekend.find((b) => sleutel(b) === sleutel(c));
  if (eigenCao !== undefined && eigenCao.trim() !== "") {
    const c = vind(eigenCao);
    if (c) return { cao: c, referentie: false, toelichting: `${aanbieder} past CAO ${c} toe` };
  }
  const ref = vind(referentieCao);
  if (!ref) {
    throw new InvoerFout(`referentie_cao = '${referentieCao}' staat niet in de CAO-indeling; beschikbaar: ${bekend.join(", ") || "(geen)"}.`,
      { parameter: "referentie_cao", waarde: referentieCao, toegestaan: bekend.join(", ") });
  }
  const waarom = eigenCao && eigenCao.trim() !== "" ? `CAO '${eigenCao}' heeft geen tariefgroep in de regio` : "geen CAO";
  return { cao: ref, referentie: true, toelichting: `${aanbieder}: ${waarom}; referentie-CAO van de regio (${ref}) toegepast` };
}
