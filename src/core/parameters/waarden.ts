/**
 * Conversion of one raw value (as it arrives from an Excel cell, JSON or the command line) into a typed value,
 * with the Dutch error message of the vocabulary rules (§4): range checks, whole-number percentages refused,
 * no NaN/Infinity, Dutch decimal commas accepted.
 */
import { Decimal } from "../decimal";
import { formatGetal, formatProcent } from "../format";
import { MSG } from "../messages";
import { PARAMETER_DEFINITIES, type ParameterDefinitie } from "./definities";

export type Uitkomst<T> = { ok: true; waarde: T } | { ok: false; fout: string };

const ok = <T>(waarde: T): Uitkomst<T> => ({ ok: true, waarde });
const fout = (message: string): Uitkomst<never> => ({ ok: false, fout: message });

/**
 * An error value in a cell (#DIV/0!, #N/A, …) or a formula cell without a computed value, as the readers pass it
 * on: never read as blank, always refused as input.
 */
export class Celfout {
  constructor(
    readonly code: string,
    readonly uitleg?: string,
  ) {}
  toString(): string {
    return this.code;
  }
}

/** Excel's error values with their Dutch names (the Dutch Excel shows these). */
export const EXCEL_FOUTWAARDEN: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    "#DIV/0!": "#DEEL/0!",
    "#N/A": "#N/B",
    "#VALUE!": "#WAARDE!",
    "#REF!": "#VERW!",
    "#NAME?": "#NAAM?",
    "#NUM!": "#GETAL!",
    "#NULL!": "#LEEG!",
    "#SPILL!": "#OVERLOOP!",
    "#CALC!": "#BEREKENEN!",
    "#GETTING_DATA": "#GEGEVENS_OPHALEN",
    "#FIELD!": "#VELD!",
    "#BLOCKED!": "#GEBLOKKEERD!",
    "#CONNECT!": "#VERBINDING!",
    "#BUSY!": "#BEZIG!",
    "#UNKNOWN!": "#ONBEKEND!",
    "#EXTERNAL!": "#EXTERN!",
  }),
);
const FOUT_CODES = new Set<string>([...Object.keys(EXCEL_FOUTWAARDEN), ...Object.values(EXCEL_FOUTWAARDEN), "#PYTHON!"]);

/**
 * The error value a raw value stands for, in Dutch ("#DEEL/0!"), or undefined: a `Celfout`, Excel's error text
 * (English or Dutch, as the task pane reads it), an exceljs `{ error }` or a `CustomFunctions.Error` (`code`).
 */
export function foutwaarde(value: unknown): string | undefined {
  if (value === null || value === undefined || typeof value === "number" || typeof value === "boolean") return undefined;
  let code: unknown;
  if (value instanceof Celfout) return value.uitleg ?? EXCEL_FOUTWAARDEN[value.code] ?? value.code;
  if (typeof value === "string") code = value.trim().toUpperCase();
  else if (typeof value === "object") code = (value as { error?: unknown }).error ?? (value as { code?: unknown }).code;
  if (typeof code !== "string") return undefined;
  const c = code.trim().toUpperCase();
  if (!FOUT_CODES.has(c)) return undefined;
  return EXCEL_FOUTWAARDEN[c] ?? c;
}

/** Is the value an empty cell / omitted value? (`null`, `undefined`, "" or only spaces) */
export function isLeeg(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A blank cell: empty, or the 0 that desktop Excel passes for a blank cell inside a range or argument. */
export function isLegeCel(value: unknown): boolean {
  return isLeeg(value) || value === 0;
}

/**
 * Does a value count as given in the consistency checks ("x gaat niet samen met y")? Not when absent or 0. A
 * parameter that would not count anyway changes nothing when it is 0, and desktop Excel passes a blank cell inside a
 * range as 0 where the web passes null: with this rule both hosts give the same result.
 */
export function teltAlsOpgegeven(value: unknown): boolean {
  return value !== undefined && value !== null && !(value instanceof Decimal && value.isZero());
}

/** Can a 0 for this parameter only be a blank cell? (text, a choice, a date, or a value that must be above 0) */
export function nulIsLeeg(def: ParameterDefinitie): boolean {
  if (def.soort === "tekst" || def.soort === "keuze" || def.soort === "datum") return true;
  const min = grenzen(def).min;
  return min !== undefined && (min.greaterThan(0) || (min.isZero() && def.bereik!.minInclusief === false));
}

/** Why a text is not read as a number, if the reason is worth telling (ambiguous separators). */
export function waaromGeenGetal(value: unknown, bedrag = false): string | undefined {
  if (typeof value !== "string" || value.length > 100) return undefined;
  const s = value.trim().replace(/^€\s*/, "").replace(/\s+/g, "").replace(/%$/, "");
  const m = (bedrag ? /^[-+]?([1-9]\d{0,2})(,)(\d{3})$/ : /^[-+]?([1-9]\d{0,2})([.,])(\d{3})$/).exec(s);
  if (m) {
    const [, voor, teken, na] = m;
    const alsDecimaal = formatGetal(new Decimal(`${voor}.${na}`));
    const alsDuizend = `${voor}${na}`;
    return (
      `dubbelzinnig: '${value.trim()}' kan ${alsDecimaal} of ${alsDuizend} betekenen (${teken === "," ? "komma" : "punt"} gevolgd door drie cijfers). ` +
      `Vul een getal in, of tekst op de Nederlandse manier: ${alsDuizend} of ${voor}.${na},00 als u ${alsDuizend} bedoelt, ${alsDecimaal} als u ${alsDecimaal} bedoelt`
    );
  }
  if (/^[-+]?\d{1,3}(,\d{3})+\.\d+$/.test(s) || /^[-+]?\d{1,3}(,\d{3}){2,}$/.test(s)) {
    return `'${value.trim()}' gebruikt komma's als duizendtalscheiding (Engelse notatie); schrijf het Nederlands: punt voor duizendtallen, komma voor decimalen (bijv. 2.338,50)`;
  }
  return undefined;
}

/**
 * Parses a number from a JS number or a text. Text is read ONE way, the Dutch one, for every parameter:
 * comma = decimal separator, dot = thousands separator (2.338,50). A dot that cannot be a thousands separator
 * (0.08, 12.5, 1.2345) is a decimal point; a single separator followed by exactly three digits after 1–3 leading
 * digits ("3,200", "6.500") is ambiguous and refused (see `waaromGeenGetal`). Returns null when it is not a finite
 * number. `procent` is set when the text ended in '%'. `bedrag` is only for tables that hold nothing but euro amounts
 * (a CAO table read by src/data): there "2.127" is Dutch for 2127; parameters never pass it.
 */
export function leesGetal(value: unknown, bedrag = false): { getal: Decimal; procent: boolean } | null {
  if (typeof value === "number") {
    return Number.isFinite(value) ? { getal: new Decimal(value), procent: false } : null;
  }
  if (value instanceof Decimal) return value.isFinite() ? { getal: value, procent: false } : null;
  if (typeof value !== "string") return null;
  if (value.length > 100) return null; // no number is this long; bounded work for hostile text
  let s = value.trim().replace(/^€\s*/, "").replace(/\s+/g, "");
  let procent = false;
  if (s.endsWith("%")) {
    procent = true;
    s = s.slice(0, -1);
  }
  if (s === "") return null;
  if (waaromGeenGetal(value, bedrag) !== undefined) return null;
  if (/^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) && (bedrag || s.includes(",") || /\..*\./.test(s))) {
    s = s.replace(/\./g, "").replace(",", "."); // Dutch thousands separators: 2.338,50 or 1.234.567
  } else if (/^[-+]?\d+,\d+$/.test(s)) {
    s = s.replace(",", "."); // decimal comma: 0,08
  } else if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d{1,4})?$/i.test(s)) {
    return null;
  }
  const d = new Decimal(s);
  if (!d.isFinite()) return null;
  return { getal: procent ? d.dividedBy(100) : d, procent };
}

/**
 * The allowed range in words, e.g. "0% tot en met 25% (als fractie: 0 ≤ vakantietoeslag ≤ 0,25)" or
 * "1 ≤ groepsgrootte ≤ 1.000 (cliënten)".
 */
export function beschrijfBereik(def: ParameterDefinitie): string {
  const b = def.bereik;
  if (!b) return def.eenheid;
  const lo = b.min !== undefined ? `${formatGetal(b.min)} ${b.minInclusief === false ? "<" : "≤"} ` : "";
  const hi = b.max !== undefined ? ` ${b.maxInclusief === false ? "<" : "≤"} ${formatGetal(b.max)}` : "";
  const formule = `${lo}${def.naam}${hi}`;
  if (def.soort !== "fractie" || b.min === undefined || b.max === undefined) return `${formule} (${def.eenheid})`;
  const pct = `${b.minInclusief === false ? "meer dan " : ""}${formatProcent(b.min)} tot${b.maxInclusief === false ? "" : " en met"} ${formatProcent(b.max)}`;
  return `${pct} (als fractie: ${formule}; 8% = 0,08)`;
}

/**
 * The bounds of a definition, parsed once per definition (performance: not per value): as Decimals, and as JS
 * numbers when that is exact for comparisons (see `binnenBereikGetal`).
 */
interface Grenzen {
  min?: Decimal;
  max?: Decimal;
  minGetal?: number;
  maxGetal?: number;
  /** both bounds survive the round trip decimal → nearest double → Decimal unchanged */
  alsGetal: boolean;
}
function berekenGrenzen(def: ParameterDefinitie): Grenzen {
  const b = def.bereik;
  const min = b?.min !== undefined ? new Decimal(b.min) : undefined;
  const max = b?.max !== undefined ? new Decimal(b.max) : undefined;
  const rondreis = (d: Decimal | undefined) => d === undefined || new Decimal(d.toNumber()).equals(d);
  return { min, max, minGetal: min?.toNumber(), maxGetal: max?.toNumber(), alsGetal: rondreis(min) && rondreis(max) };
}
/** The bounds of every definition of the vocabulary, built once at load (a table, not a cache). */
const GRENZEN: ReadonlyMap<ParameterDefinitie, Grenzen> = new Map(PARAMETER_DEFINITIES.map((d) => [d, berekenGrenzen(d)]));
function grenzen(def: ParameterDefinitie): Grenzen {
  return GRENZEN.get(def) ?? berekenGrenzen(def);
}

function binnenBereik(def: ParameterDefinitie, d: Decimal): boolean {
  const b = def.bereik;
  if (!b) return true;
  const g = grenzen(def);
  if (g.min !== undefined) {
    const c = d.comparedTo(g.min);
    if (c < 0 || (c === 0 && b.minInclusief === false)) return false;
  }
  if (g.max !== undefined) {
    const c = d.comparedTo(g.max);
    if (c > 0 || (c === 0 && b.maxInclusief === false)) return false;
  }
  return true;
}

/**
 * The same check for a finite JS number x (a cell value), without building a Decimal. Exact when `alsGetal`: the
 * Decimal of x is x's shortest round-trip decimal, which lies in x's own rounding interval; a bound B that
 * survives the round trip lies in the interval of its nearest double b. The intervals of different doubles do not
 * overlap, so Decimal(x) compares to B exactly as x compares to b.
 */
function binnenBereikGetal(def: ParameterDefinitie, g: Grenzen, x: number): boolean {
  const b = def.bereik!;
  if (g.minGetal !== undefined && (x < g.minGetal || (x === g.minGetal && b.minInclusief === false))) return false;
  if (g.maxGetal !== undefined && (x > g.maxGetal || (x === g.maxGetal && b.maxInclusief === false))) return false;
  return true;
}

/** Fast path of `leesNumeriek` for a finite number whose range can be checked as a float: undefined otherwise. */
function leesGetalSnel(def: ParameterDefinitie, x: number): Uitkomst<Decimal> | undefined {
  if (!def.bereik) return ok(new Decimal(x));
  const g = grenzen(def);
  if (!g.alsGetal) return undefined;
  if (binnenBereikGetal(def, g, x)) return ok(new Decimal(x));
  // out of range: the Decimal route below builds the (same) message
  return undefined;
}

export function leesNumeriek(def: ParameterDefinitie, raw: unknown): Uitkomst<Decimal> {
  // the allowed range in words (beschrijfBereik) is only built for a message (performance: not for valid values)
  if (typeof raw === "boolean") return fout(MSG.geenGetal(def.naam, raw, beschrijfBereik(def)));
  if (typeof raw === "number" && Number.isFinite(raw)) {
    const snel = leesGetalSnel(def, raw);
    if (snel) return snel;
  }
  const gelezen = leesGetal(raw);
  if (!gelezen) {
    const waarom = waaromGeenGetal(raw);
    if (waarom) return fout(MSG.dubbelzinnigGetal(def.naam, raw, waarom, beschrijfBereik(def)));
    return fout(def.soort === "bedrag" ? MSG.geenBedrag(def.naam, raw, beschrijfBereik(def)) : MSG.geenGetal(def.naam, raw, beschrijfBereik(def)));
  }
  const d = gelezen.getal;
  if (def.soort === "fractie" && !gelezen.procent && d.greaterThanOrEqualTo(2) && d.lessThanOrEqualTo(100) && !binnenBereik(def, d)) {
    return fout(MSG.heelPercentage(def.naam, raw, beschrijfBereik(def)));
  }
  if (!binnenBereik(def, d)) return fout(MSG.buitenBereik(def.naam, raw, beschrijfBereik(def)));
  return ok(d);
}

/** The one normal form of a choice typed by a user ("Beschikbare uren", "beschikbare-uren" → "beschikbare_uren"). */
export function normaliseerKeuze(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

export function leesKeuze(def: ParameterDefinitie, raw: unknown): Uitkomst<string> {
  const keuzes = def.keuzes ?? [];
  if (typeof raw === "number" && def.keuzeAliassen) raw = String(raw).padStart(2, "0");
  if (typeof raw !== "string") return fout(MSG.ongeldigeKeuze(def.naam, raw, keuzes));
  const key = normaliseerKeuze(raw);
  if (keuzes.includes(key)) return ok(key);
  const aliassen = def.keuzeAliassen;
  // own properties only: "constructor" or "__proto__" typed by a user is not an alias
  const eigen = (k: string) => (aliassen && Object.prototype.hasOwnProperty.call(aliassen, k) ? aliassen[k] : undefined);
  const alias = eigen(raw.trim().toLowerCase()) ?? eigen(key);
  if (alias) return ok(alias);
  return fout(MSG.ongeldigeKeuze(def.naam, raw, keuzes));
}

export function leesJaNee(def: ParameterDefinitie, raw: unknown): Uitkomst<boolean> {
  if (typeof raw === "boolean") return ok(raw);
  if (raw === 1 || raw === 0) return ok(raw === 1);
  if (typeof raw === "string") {
    const s = raw.trim().toLowerCase();
    if (["waar", "ja", "true", "1", "j", "yes"].includes(s)) return ok(true);
    if (["onwaar", "nee", "false", "0", "n", "no"].includes(s)) return ok(false);
  }
  return fout(MSG.geenJaNee(def.naam, raw));
}

export function leesTekst(def: ParameterDefinitie, raw: unknown): Uitkomst<string> {
  if (typeof raw === "number" && Number.isFinite(raw)) return ok(String(raw));
  if (typeof raw === "string" && raw.trim() !== "") return ok(raw.trim().replace(/\s+/g, " "));
  return fout(MSG.geenTekst(def.naam, raw));
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel date serial (1900 system, serials ≥ 61) → ISO date. */
export function excelSerieelNaarIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return null;
  const ms = EXCEL_EPOCH_MS + Math.floor(serial) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

function geldigeDatum(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

/** Reads a date: Excel serial, ISO text (2025-01-01), Dutch text (1-1-2025 or 01/01/2025), or a JS Date. */
export function leesDatumWaarde(raw: unknown): string | null {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString().slice(0, 10);
  if (typeof raw === "number") return excelSerieelNaarIso(raw);
  if (typeof raw !== "string") return null;
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return geldigeDatum(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return geldigeDatum(+m[3], +m[2], +m[1]);
  if (/^\d+(\.\d+)?$/.test(s)) return excelSerieelNaarIso(Number(s));
  return null;
}

export function leesDatum(def: ParameterDefinitie, raw: unknown): Uitkomst<string> {
  const iso = leesDatumWaarde(raw);
  return iso ? ok(iso) : fout(MSG.geenDatum(def.naam, raw));
}

/** Reads one raw value for a parameter definition. */
export function leesWaarde(def: ParameterDefinitie, raw: unknown): Uitkomst<Decimal | string | boolean> {
  const fw = typeof raw === "object" || typeof raw === "string" ? foutwaarde(raw) : undefined;
  if (fw !== undefined) return fout(MSG.foutwaarde(def.naam, fw));
  switch (def.soort) {
    case "fractie":
    case "bedrag":
    case "getal":
      return leesNumeriek(def, raw);
    case "keuze":
      return leesKeuze(def, raw);
    case "ja_nee":
      return leesJaNee(def, raw);
    case "tekst":
      return leesTekst(def, raw);
    case "datum":
      return leesDatum(def, raw);
  }
}
