/** Spelling tolerance for CAO names, scales and steps, and "did you mean" suggestions. */
import { levenshtein } from "../core/parameters/lezen";

export { levenshtein };

/** "Gehandicapten zorg" → "gehandicaptenzorg"; "CAO VVT" → "vvt". */
export function sleutelCao(naam: string): string {
  return naam
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^\s*cao\s+/, "")
    .replace(/[^a-z0-9]/g, "");
}

const SCHAAL_VOORVOEGSELS = /^(fwg|schaal|salarisschaal|functiegroep|scale|s)(?=\d)/;
const TREDE_VOORVOEGSELS = /^(trede|treden|periodiek|periodieken|salarisnummer|salarisnr|nummer|nr|step|t|p)(?=\d)/;

/** Core of a scale name: "FWG 20", "fwg20", "20", "Schaal 20", "S20" → "20"; "U1" → "u1". Null when unrecognised. */
export function schaalKern(naam: unknown): string | null {
  if (typeof naam === "number") return Number.isInteger(naam) && naam >= 0 ? String(naam) : null;
  if (typeof naam !== "string") return null;
  const s = naam.toLowerCase().replace(/[\s.:_-]+/g, "").replace(SCHAAL_VOORVOEGSELS, "");
  if (/^\d+$/.test(s)) return String(Number(s));
  if (/^u\d+$/.test(s)) return s;
  return null;
}

/** Core of a step: "5", "t5", "trede 5", "periodiek 5", 5 → "5"; "start" → "start". Null when unrecognised. */
export function tredeKern(trede: unknown): string | null {
  if (typeof trede === "number") return Number.isInteger(trede) && trede >= 0 ? String(trede) : null;
  if (typeof trede !== "string") return null;
  const s = trede.toLowerCase().replace(/[\s.:_-]+/g, "").replace(TREDE_VOORVOEGSELS, "");
  if (/^\d+$/.test(s)) return String(Number(s));
  if (s === "start" || s === "aanloop" || /^u\d+$/.test(s)) return s;
  return null;
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
