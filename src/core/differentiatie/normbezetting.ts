/**
 * Norm staffing of a product (domain spec §8): function levels with their shares of the direct hours, and per
 * CAO the scale and step of each level. Together they give the functiemix of a product under a CAO.
 */
import { Decimal, sum } from "../decimal";
import { InvoerFout } from "../errors";
import { formatGetal } from "../format";
import type { FunctieParameters } from "../parameters/schema";

export interface NormNiveau {
  niveau: string;
  /** share of the direct hours (Σ = 1 per product) */
  aandeel: Decimal;
}

/** One line of the CAO mapping: under `cao`, level `niveau` is paid at `schaal`/`trede`. */
export interface CaoNiveau {
  cao: string;
  niveau: string;
  schaal: string;
  trede: string;
  /** further functiemix values of this level under this CAO (e.g. ort) */
  parameters?: FunctieParameters;
}

export function sleutel(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Checks a product's norm: levels named once, shares > 0 that add up to exactly 1. */
export function controleerNorm(product: string, norm: readonly NormNiveau[]): void {
  if (norm.length === 0) {
    throw new InvoerFout(`Product '${product}' heeft geen normbezetting: geef minstens één niveau met een aandeel.`, { parameter: "normbezetting", toegestaan: "niveaus met aandelen, samen 1" });
  }
  const gezien = new Set<string>();
  for (const n of norm) {
    if (gezien.has(sleutel(n.niveau))) {
      throw new InvoerFout(`Product '${product}': niveau '${n.niveau}' staat twee keer in de normbezetting.`, { parameter: "niveau", waarde: n.niveau });
    }
    gezien.add(sleutel(n.niveau));
    if (!n.aandeel.greaterThan(0) || n.aandeel.greaterThan(1)) {
      throw new InvoerFout(`Product '${product}', niveau '${n.niveau}': aandeel = ${formatGetal(n.aandeel)}; toegestaan: groter dan 0 en ten hoogste 1.`,
        { parameter: "aandeel", waarde: n.aandeel.toNumber(), toegestaan: "0 < aandeel ≤ 1" });
    }
  }
  const totaal = sum(norm.map((n) => n.aandeel));
  if (!totaal.equals(1)) {
    throw new InvoerFout(`Product '${product}': de aandelen van de normbezetting tellen op tot ${formatGetal(totaal)}; toegestaan: samen precies 1 (100%).`,
      { parameter: "aandeel", waarde: totaal.toNumber(), toegestaan: "som = 1" });
  }
}

/** The CAOs of a mapping, in order of first appearance (canonical spelling of the first mention). */
export function caosInIndeling(indeling: readonly CaoNiveau[]): string[] {
  const uit = new Map<string, string>();
  for (const r of indeling) if (!uit.has(sleutel(r.cao))) uit.set(sleutel(r.cao), r.cao.trim());
  return [...uit.values()];
}

/** The functiemix of a product under a CAO; a level without a mapping for that CAO is an error. */
export function functiemixVoorCao(product: string, norm: readonly NormNiveau[], indeling: readonly CaoNiveau[], cao: string): FunctieParameters[] {
  controleerNorm(product, norm);
  const c = sleutel(cao);
  const vanCao = indeling.filter((r) => sleutel(r.cao) === c);
  if (vanCao.length === 0) {
    throw new InvoerFout(`CAO '${cao}' staat niet in de CAO-indeling; beschikbaar: ${caosInIndeling(indeling).join(", ") || "(geen)"}.`,
      { parameter: "cao", waarde: cao, toegestaan: caosInIndeling(indeling).join(", ") });
  }
  return norm.map((n) => {
    const r = vanCao.find((x) => sleutel(x.niveau) === sleutel(n.niveau));
    if (!r) {
      throw new InvoerFout(`De CAO-indeling mist niveau '${n.niveau}' voor CAO '${cao}' (nodig voor product '${product}'); geef schaal en trede van dit niveau onder deze CAO.`,
        { parameter: "niveau", waarde: n.niveau, toegestaan: `niveaus van ${cao}: ${vanCao.map((x) => x.niveau).join(", ")}` });
    }
    return { ...(r.parameters ?? {}), functie: n.niveau, aandeel: n.aandeel, cao: r.cao.trim(), schaal: r.schaal, trede: r.trede };
  });
}

const SALARIS_SLEUTELS = ["maandsalaris", "cao", "schaal", "trede", "loonkosten_fte", "loonkosten_per_uur"] as const;

/**
 * Product-level salary parameters that a functiemix would silently override (every row that gives its own salary
 * replaces the product's, see personeel.voegSamen). Returns their names; callers refuse them, because an override
 * without effect would show a tariff the user believes includes it.
 */
export function genegeerdeSalarisParameters(wijzigingen: object, functiemix: readonly FunctieParameters[] | undefined): string[] {
  if (!functiemix || functiemix.length === 0) return [];
  const rijenMetSalaris = functiemix.every((r) => r.maandsalaris !== undefined || r.schaal !== undefined || r.loonkosten_fte !== undefined || r.loonkosten_per_uur !== undefined);
  if (!rijenMetSalaris) return [];
  return SALARIS_SLEUTELS.filter((k) => (wijzigingen as Record<string, unknown>)[k] !== undefined);
}
