/**
 * Budget impact (domain spec §9): Σ price × volume per municipality, per segment and in total, per scenario and
 * year, and the check against budget ceilings (budgetplafond) per segment and municipality. Every product amount
 * is rounded to cents (Excel ROUND); every total is the exact sum of those amounts, so totals reconcile to the cent.
 */
import { excelRound } from "./afronding";
import { Decimal, ZERO } from "./decimal";
import { InvoerFout } from "./errors";
import { formatBedrag, formatGetal } from "./format";
import { sleutel } from "./differentiatie/normbezetting";
import type { Eenheid } from "./parameters/definities";
import { volumeIsTelling, type ProductInfo, type Segment } from "./segment";

export interface Volume {
  gemeente: string;
  product: string;
  /** units per year (pxq), routes per year (trajectprijs), or the municipality's share of the lump sum (lumpsum) */
  volume: Decimal;
  /** a specific year; without it the volume holds for every year */
  jaar?: number;
  /** where it came from, for messages (e.g. "volumes rij 7") */
  waar?: string;
  /** 1-based row and column of the volume cell in its table, if read from one */
  rij?: number;
  kolom?: number;
}

export interface Plafond {
  gemeente: string;
  segment: string;
  bedrag: Decimal;
  jaar?: number;
  waar?: string;
  rij?: number;
  kolom?: number;
}

function plek(waar?: string): string {
  return waar ? ` (${waar})` : "";
}

function vind(lijst: readonly string[], naam: string): string | undefined {
  return lijst.find((x) => sleutel(x) === sleutel(naam));
}

/** Checks volumes: known municipality and product, ≥ 0, whole where counts are meant, lump-sum shares ≤ 1, no duplicates. */
export function controleerVolumes(volumes: readonly Volume[], gemeenten: readonly string[], producten: readonly (ProductInfo & { eenheid: Eenheid })[]): void {
  const gezien = new Set<string>();
  for (const v of volumes) {
    const w = plek(v.waar);
    if (!vind(gemeenten, v.gemeente)) {
      throw new InvoerFout(`Volume${w}: gemeente '${v.gemeente}' is onbekend; toegestaan: ${gemeenten.join(", ")}.`, { parameter: "gemeente", waarde: v.gemeente, toegestaan: gemeenten.join(", "), rij: v.rij });
    }
    const p = producten.find((x) => sleutel(x.product) === sleutel(v.product));
    if (!p) throw new InvoerFout(`Volume${w}: product '${v.product}' is onbekend.`, { parameter: "product", waarde: v.product, toegestaan: producten.map((x) => x.product).join(", ") });
    if (v.volume.isNegative()) {
      throw new InvoerFout(`Volume${w} van ${v.product} in ${v.gemeente} = ${formatGetal(v.volume)} is negatief; toegestaan: 0 of meer.`, { parameter: "volume", waarde: v.volume.toNumber(), toegestaan: "≥ 0", rij: v.rij, kolom: v.kolom });
    }
    if (volumeIsTelling(p, p.eenheid) && !v.volume.isInteger()) {
      const wat = p.financieringsvorm === "trajectprijs" ? "trajecten" : `eenheden (${p.eenheid})`;
      throw new InvoerFout(`Volume${w} van ${v.product} in ${v.gemeente} = ${formatGetal(v.volume)} is geen heel getal; het volume telt ${wat}: toegestaan een heel aantal ≥ 0.`,
        { parameter: "volume", waarde: v.volume.toNumber(), toegestaan: "heel getal ≥ 0", rij: v.rij, kolom: v.kolom });
    }
    if (p.financieringsvorm === "lumpsum" && v.volume.greaterThan(1)) {
      throw new InvoerFout(`Volume${w} van lumpsumproduct ${v.product} in ${v.gemeente} = ${formatGetal(v.volume)}: bij een lumpsum is het volume het aandeel van de gemeente; toegestaan: 0 tot en met 1.`,
        { parameter: "volume", waarde: v.volume.toNumber(), toegestaan: "0 ≤ aandeel ≤ 1", rij: v.rij, kolom: v.kolom });
    }
    const k = `${sleutel(v.gemeente)}|${sleutel(v.product)}|${v.jaar ?? "*"}`;
    if (gezien.has(k)) throw new InvoerFout(`Volume${w}: ${v.product} in ${v.gemeente}${v.jaar ? ` (${v.jaar})` : ""} staat twee keer in de volumes.`, { parameter: "volume" });
    gezien.add(k);
  }
}

/** Checks ceilings: known municipality and segment, amount ≥ 0. */
export function controleerPlafonds(plafonds: readonly Plafond[], gemeenten: readonly string[], segmenten: readonly Segment[]): void {
  for (const p of plafonds) {
    const w = plek(p.waar);
    if (!vind(gemeenten, p.gemeente)) {
      throw new InvoerFout(`Budgetplafond${w}: gemeente '${p.gemeente}' is onbekend; toegestaan: ${gemeenten.join(", ")}.`, { parameter: "gemeente", waarde: p.gemeente, toegestaan: gemeenten.join(", "), rij: p.rij });
    }
    if (!segmenten.some((s) => sleutel(s.code) === sleutel(p.segment))) {
      throw new InvoerFout(`Budgetplafond${w}: segment '${p.segment}' is onbekend; toegestaan: ${segmenten.map((s) => s.code).join(", ")}.`, { parameter: "segment", waarde: p.segment, toegestaan: segmenten.map((s) => s.code).join(", "), rij: p.rij });
    }
    if (p.bedrag.isNegative()) throw new InvoerFout(`Budgetplafond${w} = ${formatBedrag(p.bedrag)} is negatief; toegestaan: 0 of meer.`, { parameter: "plafond", waarde: p.bedrag.toNumber() });
  }
}

export interface BudgetRegel {
  scenario: string;
  jaar: number;
  gemeente: string;
  segment: string;
  product: string;
  volume: Decimal;
  prijs: Decimal;
  /** ROUND(prijs × volume; 2) */
  bedrag: Decimal;
}

export interface BudgetTotaal {
  scenario: string;
  jaar: number;
  gemeente?: string;
  segment?: string;
  bedrag: Decimal;
}

/** Prices per scenario, product and year (index 0 = first year). */
export type Prijzen = (scenario: string, product: string, jaarIndex: number) => Decimal;

export interface BudgetInvoer {
  scenarios: readonly string[];
  jaren: readonly number[];
  gemeenten: readonly string[];
  producten: readonly ProductInfo[];
  volumes: readonly Volume[];
  prijs: Prijzen;
}

export interface BudgetUitkomst {
  regels: BudgetRegel[];
  perGemeenteSegment: BudgetTotaal[];
  perGemeente: BudgetTotaal[];
  perSegment: BudgetTotaal[];
  totaal: BudgetTotaal[];
}

/** Volumes by municipality, product and year ("*" = every year), keys normalised once. */
function volumeIndex(volumes: readonly Volume[]): Map<string, Decimal> {
  const m = new Map<string, Decimal>();
  for (const v of volumes) m.set(`${sleutel(v.gemeente)}|${sleutel(v.product)}|${v.jaar ?? "*"}`, v.volume);
  return m;
}

/** Σ price × volume per product, then per municipality × segment, municipality, segment and in total. */
export function berekenBudget(invoer: BudgetInvoer): BudgetUitkomst {
  const regels: BudgetRegel[] = [];
  const gs = new Map<string, BudgetTotaal>();
  const g = new Map<string, BudgetTotaal>();
  const s = new Map<string, BudgetTotaal>();
  const t = new Map<string, BudgetTotaal>();
  const tel = (m: Map<string, BudgetTotaal>, k: string, basis: Omit<BudgetTotaal, "bedrag">, bedrag: Decimal) => {
    const x = m.get(k);
    if (x) x.bedrag = x.bedrag.plus(bedrag);
    else m.set(k, { ...basis, bedrag });
  };
  const index = volumeIndex(invoer.volumes);
  const gemeenteSleutels = invoer.gemeenten.map(sleutel);
  const productSleutels = invoer.producten.map((p) => sleutel(p.product));
  for (const scenario of invoer.scenarios) {
    invoer.jaren.forEach((jaar, j) => {
      invoer.gemeenten.forEach((gemeente, gi) => {
        invoer.producten.forEach((p, pi) => {
          const k = `${gemeenteSleutels[gi]}|${productSleutels[pi]}|`;
          const volume = index.get(k + jaar) ?? index.get(k + "*");
          if (volume === undefined) return;
          const prijs = invoer.prijs(scenario, p.product, j);
          const bedrag = excelRound(prijs.times(volume), 2);
          regels.push({ scenario, jaar, gemeente, segment: p.segment, product: p.product, volume, prijs, bedrag });
          tel(gs, `${scenario}|${jaar}|${gemeente}|${p.segment}`, { scenario, jaar, gemeente, segment: p.segment }, bedrag);
          tel(g, `${scenario}|${jaar}|${gemeente}`, { scenario, jaar, gemeente }, bedrag);
          tel(s, `${scenario}|${jaar}|${p.segment}`, { scenario, jaar, segment: p.segment }, bedrag);
          tel(t, `${scenario}|${jaar}`, { scenario, jaar }, bedrag);
        });
      });
      // every scenario and year has a total, also without volumes
      if (!t.has(`${scenario}|${jaar}`)) t.set(`${scenario}|${jaar}`, { scenario, jaar, bedrag: ZERO });
    });
  }
  return { regels, perGemeenteSegment: [...gs.values()], perGemeente: [...g.values()], perSegment: [...s.values()], totaal: [...t.values()] };
}

export interface Overschrijding {
  scenario: string;
  jaar: number;
  gemeente: string;
  segment: string;
  budget: Decimal;
  plafond: Decimal;
  /** budget − plafond (> 0) */
  overschrijding: Decimal;
}

/** Where projected spending per municipality and segment exceeds its ceiling. */
export function toetsPlafonds(uitkomst: BudgetUitkomst, plafonds: readonly Plafond[]): Overschrijding[] {
  const uit: Overschrijding[] = [];
  for (const r of uitkomst.perGemeenteSegment) {
    const passend = plafonds.filter((p) => sleutel(p.gemeente) === sleutel(r.gemeente!) && sleutel(p.segment) === sleutel(r.segment!));
    const plafond = passend.find((p) => p.jaar === r.jaar) ?? passend.find((p) => p.jaar === undefined);
    if (plafond && r.bedrag.greaterThan(plafond.bedrag)) {
      uit.push({ scenario: r.scenario, jaar: r.jaar, gemeente: r.gemeente!, segment: r.segment!, budget: r.bedrag, plafond: plafond.bedrag, overschrijding: r.bedrag.minus(plafond.bedrag) });
    }
  }
  return uit;
}
