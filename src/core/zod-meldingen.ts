/**
 * Dutch messages for zod's issues, written for the users of this product: zod's own Dutch locale mixes in English
 * ("Onbekende key", "verwacht dat array >=1 elementen heeft", "ontving string"). Every issue code zod can raise has
 * a sentence here; the types are named as a user sees them in a cell or file.
 */
import type { core } from "zod/mini";

type Issue = core.$ZodRawIssue;

const SOORT: ReadonlyMap<string, string> = new Map([
  ["string", "tekst"],
  ["number", "getal"],
  ["nan", "geen getal (NaN)"],
  ["bigint", "geheel getal"],
  ["boolean", "ja/nee-waarde"],
  ["array", "lijst"],
  ["object", "tabel (velden met waarden)"],
  ["undefined", "niets (leeg)"],
  ["null", "niets (leeg)"],
  ["date", "datum"],
  ["symbol", "symbool"],
  ["function", "functie"],
  ["map", "tabel"],
  ["set", "verzameling"],
  ["record", "tabel"],
  ["int", "geheel getal"],
]);

/** Unit per origin: [singular, plural]. */
const EENHEID: ReadonlyMap<string, readonly [string, string]> = new Map([
  ["string", ["teken", "tekens"]],
  ["array", ["element", "elementen"]],
  ["set", ["element", "elementen"]],
  ["map", ["element", "elementen"]],
  ["file", ["byte", "bytes"]],
] as const);

function soortVan(waarde: unknown): string {
  if (waarde === null) return "null";
  if (Array.isArray(waarde)) return "array";
  if (waarde instanceof Date) return "date";
  if (Number.isNaN(waarde)) return "nan"; // only a number is NaN
  return typeof waarde;
}

function naam(soort: string): string {
  return SOORT.get(soort) ?? soort;
}

function toon(v: unknown): string {
  return typeof v === "string" ? `"${v}"` : String(v);
}

function grens(issue: { origin?: string; inclusive?: boolean }, waarde: string, richting: "min" | "max"): string {
  const eenheid = issue.origin ? EENHEID.get(issue.origin) : undefined;
  const woord = richting === "min" ? (issue.inclusive === false ? "meer dan" : "ten minste") : issue.inclusive === false ? "minder dan" : "ten hoogste";
  if (eenheid) return `${richting === "min" ? "te kort" : "te lang"}: ${woord} ${waarde} ${waarde === "1" ? eenheid[0] : eenheid[1]} toegestaan`;
  if (issue.origin === "date") return `${richting === "min" ? "te vroeg" : "te laat"}: ${woord} ${waarde}`;
  return `${richting === "min" ? "te klein" : "te groot"}: ${woord} ${waarde} toegestaan`;
}

/** zod's `localeError`: one Dutch sentence per issue. */
export function zodMelding(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return `ongeldige waarde: verwacht ${naam(issue.expected)}, gekregen ${naam(soortVan(issue.input))}`;
    case "invalid_value":
      return issue.values.length === 1
        ? `ongeldige waarde: alleen ${toon(issue.values[0])} is toegestaan`
        : `ongeldige keuze: kies uit ${issue.values.map(toon).join(", ")}`;
    case "too_big":
      return grens(issue, String(issue.maximum), "max");
    case "too_small":
      return grens(issue, String(issue.minimum), "min");
    case "invalid_format":
      return issue.format === "regex" ? "ongeldige tekst: de vorm klopt niet" : `ongeldige tekst: verwacht de vorm ${issue.format}`;
    case "not_multiple_of":
      return `ongeldig getal: moet een veelvoud van ${String(issue.divisor)} zijn`;
    case "unrecognized_keys":
      return `onbekend${issue.keys.length > 1 ? "e velden" : " veld"}: ${issue.keys.join(", ")}`;
    case "invalid_key":
      return "ongeldige veldnaam";
    case "invalid_element":
      return "ongeldige waarde in de lijst";
    case "invalid_union":
      return "ongeldige waarde: past bij geen van de toegestane vormen";
    default:
      return "ongeldige waarde";
  }
}
