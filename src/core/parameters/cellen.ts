/**
 * What a cell can hold besides a value: Excel's error values (never read as blank, always refused as input) and
 * blanks (null, "", spaces, and the 0 that desktop Excel passes for a blank cell).
 */
import { Decimal } from "../decimal";
import type { ParameterDefinitie } from "./definities";
import { grenzen } from "./getallen";

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
  if (value instanceof Celfout) return value.uitleg ?? EXCEL_FOUTWAARDEN[value.code] ?? value.code;
  let code: unknown;
  if (typeof value === "string") code = value;
  else if (typeof value === "object" && value !== null) code = (value as { error?: unknown }).error ?? (value as { code?: unknown }).code;
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

/**
 * Parameters where a blank value cell and a typed 0 would mean different things (blank = default, CAO value or
 * missing; 0 = a real zero), while desktop Excel passes a blank cell as 0. Both are refused with one message on
 * every host and in every reader; the text `standaard` means "not given" and `geen` a real zero.
 */
export interface NulDubbelzinnig {
  /** what a blank (not given) means */
  leeg: string;
  /** what is allowed instead, for the message */
  toegestaan: string;
}
function regel(leeg: string, voorbeeld?: string): NulDubbelzinnig {
  const weglaten = `'standaard' (of de rij weglaten) voor ${leeg}`;
  return {
    leeg,
    toegestaan: voorbeeld ? `een waarde (bijv. ${voorbeeld}), 'geen' voor een echte 0, of ${weglaten}` : `ja of nee (ook WAAR/ONWAAR), of ${weglaten}`,
  };
}
const NIET_OPGEGEVEN = "niet opgegeven";
export const NUL_DUBBELZINNIG: ReadonlyMap<string, NulDubbelzinnig> = new Map([
  ["vakantietoeslag", regel("de waarde uit de CAO, anders 0,08", "0,08")],
  ["eindejaarsuitkering", regel("de waarde uit de CAO, anders 0,0833", "0,0833")],
  ["sociale_lasten", regel(NIET_OPGEGEVEN, "0,18")],
  ["pensioenpremie", regel(NIET_OPGEGEVEN, "0,13")],
  ["overhead", regel(NIET_OPGEGEVEN, "0,2")],
  ["overhead_over_materieel", regel("ja (de standaard)")],
]);

/** A blank cell or a numeric 0 (what desktop Excel passes for a blank cell): ambiguous for NUL_DUBBELZINNIG. */
export function isLeegOfNul(value: unknown): boolean {
  return isLeeg(value) || value === 0;
}

/** The explicit words for the NUL_DUBBELZINNIG parameters: "not given" and "a real zero" (case-insensitive). */
export const WOORD_NIET_GEGEVEN = "standaard";
export const WOORD_ECHTE_NUL = "geen";

/**
 * Names of NUL_DUBBELZINNIG parameters that were blank or 0 but not used by their own set (salary surcharges next
 * to loonkosten given directly); a functiemix row that brings its own salary would use them, so it refuses them.
 * An enumerable symbol: spreads keep it, JSON and the audit block do not see it.
 */
export const LEEG_NIET_GEBRUIKT: unique symbol = Symbol("leegNietGebruikt");
