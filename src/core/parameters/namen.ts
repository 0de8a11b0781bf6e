/**
 * Parameter names as users type them: the normal form (case, spaces, hyphens, accents) and, for an unknown name, the
 * closest known one ("Bedoelt u …?"), colloquial synonyms first.
 */
import { synoniemVoor } from "./synoniemen";

/** "Vakantie toeslag " → "vakantie_toeslag"; accents kept out: "materiële" → "materiele". */
export function normaliseerNaam(naam: string): string {
  // most names in a range are already canonical: nothing to normalise (no state kept; the adapters own the caches)
  if (CANONIEK.test(naam)) return naam;
  return naam
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s\-._]+/g, "_");
}
/** Lower-case letters and digits, single underscores between them: the normal form of itself. */
const CANONIEK = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;

export function levenshtein(a: string, b: string): number {
  const prev = new Array(b.length + 1).fill(0).map((_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/**
 * The closest known name, if it is reasonably close (or the unknown name is a prefix/part of it). A colloquial or
 * rekentool name (vakantiegeld, werkgeverslasten …) or a typo of one suggests its canonical name (synoniemen.ts).
 */
export function dichtstbijzijndeNaam(naam: string, bekend: readonly string[]): string | undefined {
  if (!/\p{L}/u.test(naam)) return undefined; // "12" or "0_5" is no misspelt name: suggesting 'cao' only confuses
  const synoniem = synoniemVoor(naam, bekend, levenshtein);
  if (synoniem?.afstand === 0) return synoniem.naam;
  const gewoon = dichtstbijzijndeCanoniek(naam, bekend);
  if (synoniem && (!gewoon || synoniem.afstand < gewoon.afstand)) return synoniem.naam;
  return gewoon?.naam;
}

function dichtstbijzijndeCanoniek(naam: string, bekend: readonly string[]): { naam: string; afstand: number } | undefined {
  let best: string | undefined;
  let bestAfstand = Infinity;
  for (const kandidaat of bekend) {
    const d = kandidaat.includes(naam) || naam.includes(kandidaat) ? Math.abs(kandidaat.length - naam.length) * 0.5 : levenshtein(naam, kandidaat);
    if (d < bestAfstand) {
      bestAfstand = d;
      best = kandidaat;
    }
  }
  return best !== undefined && bestAfstand <= Math.max(3, Math.floor(naam.length / 2)) ? { naam: best, afstand: bestAfstand } : undefined;
}
