/** Spelling tolerance for CAO names, scales and steps, and "did you mean" suggestions. */
import { levenshtein } from "../core/parameters/namen";

/** "Gehandicapten zorg" → "gehandicaptenzorg"; "CAO VVT" → "vvt". */
export function sleutelCao(naam: string): string {
  return naam
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^\s*cao\s+/, "")
    .replace(/[^a-z0-9]/g, "");
}

// a prefix and the separators after it; separators are only allowed there, never inside the number
// ("1.1" is not trede 11, "1.5" not FWG 15, "-5" and "0.5" not trede 5)
const SCHAAL_VOORVOEGSELS = /^(fwg|schaal|salarisschaal|functiegroep|scale|s)[\s.:_-]*(?=\d)/;
const TREDE_VOORVOEGSELS = /^(trede|treden|periodiek|periodieken|salarisnummer|salarisnr|nummer|nr|step|t|p)[\s.:_-]*(?=\d)/;

/** Core of a scale name: "FWG 20", "fwg20", "20", "Schaal 20", "S20" → "20"; "U1" → "u1". Null when unrecognised. */
export function schaalKern(naam: unknown): string | null {
  if (typeof naam === "number") return Number.isInteger(naam) && naam >= 0 ? String(naam) : null;
  if (typeof naam !== "string") return null;
  if (naam.length > 100) return null;
  const s = naam.toLowerCase().trim().replace(SCHAAL_VOORVOEGSELS, "");
  if (/^\d+$/.test(s)) return String(Number(s));
  if (/^u[\s_-]?\d+$/.test(s)) return s.replace(/[\s_-]/, "");
  return null;
}

/** Core of a step: "5", "t5", "trede 5", "periodiek 5", 5 → "5"; "start" → "start". Null when unrecognised. */
export function tredeKern(trede: unknown): string | null {
  if (typeof trede === "number") return Number.isInteger(trede) && trede >= 0 ? String(trede) : null;
  if (typeof trede !== "string") return null;
  if (trede.length > 100) return null;
  const s = trede.toLowerCase().trim().replace(TREDE_VOORVOEGSELS, "");
  if (/^\d+$/.test(s)) return String(Number(s));
  if (s === "start" || s === "aanloop") return s;
  if (/^u[\s_-]?\d+$/.test(s)) return s.replace(/[\s_-]/, "");
  return null;
}

/**
 * Is a scale or step a number that is not a whole number ≥ 0 ("1.1", "-5", 0.5, "FWG 1,5")? Such a value is an input
 * error, never rounded or stripped to another scale or step.
 */
export function geenHeelNummer(waarde: unknown, soort: "schaal" | "trede"): boolean {
  if (typeof waarde === "number") return !(Number.isInteger(waarde) && waarde >= 0);
  if (typeof waarde !== "string" || waarde.length > 100) return false;
  const s = waarde
    .toLowerCase()
    .trim()
    .replace(soort === "schaal" ? SCHAAL_VOORVOEGSELS : TREDE_VOORVOEGSELS, "");
  return /^[-+−]?\s*(\d+([.,]\d*)?|[.,]\d+)$/.test(s) && !/^\d+$/.test(s);
}

/** Canonical scale name for a CAO: FWG-based CAOs use "FWG n", others "Schaal n"; U-scales stay "U1". */
export function canoniekeSchaalnaam(kern: string, voorvoegsel: "FWG" | "Schaal"): string {
  return /^u\d+$/.test(kern) ? kern.toUpperCase() : `${voorvoegsel} ${kern}`;
}

/** The closest candidate by edit distance on normalised keys, if reasonably close. */
export function dichtstbij(invoer: string, kandidaten: Array<{ sleutel: string; naam: string }>): string | undefined {
  const k = sleutelCao(invoer);
  let beste: { naam: string; afstand: number } | undefined;
  for (const c of kandidaten) {
    const afstand = c.sleutel.startsWith(k) && k.length >= 2 ? 0 : levenshtein(k, c.sleutel);
    if (!beste || afstand < beste.afstand) beste = { naam: c.naam, afstand };
  }
  if (!beste) return undefined;
  return beste.afstand <= Math.max(2, Math.floor(k.length / 3)) ? beste.naam : undefined;
}
