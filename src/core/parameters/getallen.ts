/**
 * Numbers from cells and text, read one way (the Dutch one) for every parameter, and checked against the
 * definition's range with the Dutch message of the vocabulary rules (§4): whole-number percentages refused, no
 * NaN/Infinity.
 */
import { Decimal } from "../decimal";
import { formatGetal, formatProcent } from "../format";
import { MSG } from "../messages";
import { PARAMETER_DEFINITIES, type ParameterDefinitie } from "./definities";
import { fout, ok, type Uitkomst } from "./uitkomst";

/** Why a text is not read as a number, if the reason is worth telling (ambiguous separators). */
export function waaromGeenGetal(value: unknown, bedrag = false): string | undefined {
  if (typeof value !== "string" || value.length > 100) return undefined;
  const s = value.replace(/\s/g, "").replace(/^€/, "").replace(/%$/, "");
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
  if (bedrag && /^[-+]?0\d*(\.\d{3})+(,\d+)?$/.test(s)) {
    // "0.500" in a table of amounts: an English 0,5 or a mistyped 500; a thousands group never starts with 0
    const alsDuizend = formatGetal(new Decimal(s.replace(/\./g, "").replace(",", ".")));
    return (
      `dubbelzinnig: '${value.trim()}' heeft een 0 vóór de duizendtalpunt en kan ${alsDuizend} of een Engels geschreven decimaal getal betekenen. ` +
      `Vul het bedrag zonder voorloopnul in (${alsDuizend}), of met een decimale komma`
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
  // all white space out (also around the euro sign and inside the number: "€ 1 000")
  let s = value.replace(/\s/g, "").replace(/^€/, "");
  let procent = false;
  if (s.endsWith("%")) {
    procent = true;
    s = s.slice(0, -1);
  }
  if (waaromGeenGetal(value, bedrag) !== undefined) return null;
  // a single dot before three digits without a comma ("6.500") only gets here for amounts: waaromGeenGetal refused it
  if (/^[-+]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(s)) {
    s = s.replace(/\./g, "").replace(",", "."); // Dutch thousands separators: 2.338,50 or 1.234.567
  } else if (/^[-+]?\d+,\d+$/.test(s)) {
    s = s.replace(",", "."); // decimal comma: 0,08
  } else if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d{1,4})?$/i.test(s)) {
    return null;
  }
  // finite: the patterns above allow at most a four-digit exponent
  const d = new Decimal(s);
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
export function grenzen(def: ParameterDefinitie): Grenzen {
  return GRENZEN.get(def) ?? berekenGrenzen(def);
}

function binnenBereik(def: ParameterDefinitie, d: Decimal): boolean {
  const g = grenzen(def);
  if (g.min !== undefined) {
    const c = d.comparedTo(g.min);
    if (c < 0 || (c === 0 && def.bereik?.minInclusief === false)) return false;
  }
  if (g.max !== undefined) {
    const c = d.comparedTo(g.max);
    if (c > 0 || (c === 0 && def.bereik?.maxInclusief === false)) return false;
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
  if (g.minGetal !== undefined && (x < g.minGetal || (x === g.minGetal && def.bereik?.minInclusief === false))) return false;
  if (g.maxGetal !== undefined && (x > g.maxGetal || (x === g.maxGetal && def.bereik?.maxInclusief === false))) return false;
  return true;
}

/** The refusal of a value d (read from raw) outside the range: a whole-number percentage, or out of range. */
function buitenBereik(def: ParameterDefinitie, raw: unknown, d: Decimal, procent: boolean): Uitkomst<never> {
  if (def.soort === "fractie" && !procent && d.greaterThanOrEqualTo(2) && d.lessThanOrEqualTo(100)) {
    return fout(MSG.heelPercentage(def.naam, raw, beschrijfBereik(def)));
  }
  return fout(MSG.buitenBereik(def.naam, raw, beschrijfBereik(def)));
}

export function leesNumeriek(def: ParameterDefinitie, raw: unknown): Uitkomst<Decimal> {
  // the allowed range in words (beschrijfBereik) is only built for a message (performance: not for valid values)
  if (typeof raw === "boolean") return fout(MSG.geenGetal(def.naam, raw, beschrijfBereik(def)));
  if (typeof raw === "number" && Number.isFinite(raw)) {
    // a cell number: checked as a float when that is exact (see binnenBereikGetal), without parsing
    const g = grenzen(def);
    if (g.alsGetal) return binnenBereikGetal(def, g, raw) ? ok(new Decimal(raw)) : buitenBereik(def, raw, new Decimal(raw), false);
  }
  const gelezen = leesGetal(raw);
  if (!gelezen) {
    const waarom = waaromGeenGetal(raw);
    if (waarom) return fout(MSG.dubbelzinnigGetal(def.naam, raw, waarom, beschrijfBereik(def)));
    return fout(def.soort === "bedrag" ? MSG.geenBedrag(def.naam, raw, beschrijfBereik(def)) : MSG.geenGetal(def.naam, raw, beschrijfBereik(def)));
  }
  const d = gelezen.getal;
  return binnenBereik(def, d) ? ok(d) : buitenBereik(def, raw, d, gelezen.procent);
}
