/**
 * Normalisation of raw custom-function arguments (plain TS, no Office globals).
 *
 * Choices (see docs/excel.md "Lege cellen"):
 * - An omitted optional argument arrives as `null` (TS defaults never apply): `null`, `undefined` and "" mean
 *   "not given" and get the documented default.
 * - A blank cell passed as a scalar argument arrives as `0` on desktop and `null` on the web. For text/choice
 *   and date arguments a `0` can only be a blank cell, so it is read as "not given" as well. For numeric
 *   arguments a `0` is a real zero (Excel gives us no way to tell) — except where 0 is not a valid value.
 * - Inside a parameter range, a value `0` for a parameter where 0 is impossible (text, choice, date, or a value
 *   that must be greater than 0 such as maandsalaris) is read as a blank cell — the same rule the engine applies
 *   to functiemix tables.
 * - A functiemix argument that is omitted, or a range that is entirely blank, means "no functiemix".
 */
import { excelRound } from "../../core/afronding";
import { Decimal } from "../../core/decimal";
import { InvoerFout } from "../../core/errors";
import { toonWaarde } from "../../core/format";
import { DEFINITIE_PER_NAAM } from "../../core/parameters/definities";
import { normaliseerNaam } from "../../core/parameters/namen";
import { isLeeg, isLegeCel, nulIsLeeg } from "../../core/parameters/cellen";
import { leesGetal } from "../../core/parameters/getallen";
import { leesDatumWaarde, normaliseerKeuze } from "../../core/parameters/waarden";

export type Bereik = unknown[][];

/** `null`, `undefined`, "" or only spaces. */
export function nietOpgegeven(v: unknown): boolean {
  return isLeeg(v);
}

/** For text/choice/date arguments: blank (null/"") or a desktop blank cell (0) means "not given". */
export function tekstNietOpgegeven(v: unknown): boolean {
  return isLegeCel(v);
}

/** A range argument as a rectangular 2-D array (a scalar becomes [[x]]). */
export function alsBereik(v: unknown): Bereik {
  if (Array.isArray(v)) return v.map((r) => (Array.isArray(r) ? r : [r]));
  return [[v]];
}

/** Optional functiemix: not given, or a range with only blank cells → undefined. */
export function optioneleMix(v: unknown): Bereik | undefined {
  const b = alsBereik(v); // not given (null, "") becomes [[v]]: one blank cell
  if (b.every((r) => r.every(isLegeCel))) return undefined;
  return b;
}

/** Parameter range with desktop blanks (0) cleared where 0 cannot be a value of that parameter. */
export function parameterBereik(v: unknown, naam = "parameters"): Bereik {
  if (nietOpgegeven(v)) {
    throw new InvoerFout(`${naam} is leeg: geef een bereik met twee kolommen (parameternaam, waarde), bijv. A2:B12.`, { parameter: naam });
  }
  return alsBereik(v).map((rij) => {
    if (rij[1] !== 0 || typeof rij[0] !== "string") return rij;
    const def = DEFINITIE_PER_NAAM.get(normaliseerNaam(rij[0]));
    return def && nulIsLeeg(def) ? [rij[0], null, ...rij.slice(2)] : rij;
  });
}

/** A required number argument (also accepts Dutch text such as "4,74%"). */
export function verplichtGetal(naam: string, v: unknown): Decimal {
  if (nietOpgegeven(v)) throw new InvoerFout(`${naam} is leeg; geef een getal.`, { parameter: naam });
  const g = leesGetal(v); // WAAR/ONWAAR is no number
  if (!g) throw new InvoerFout(`${naam} = ${toonWaarde(v)} is geen getal.`, { parameter: naam, waarde: v });
  return g.getal;
}

/** An optional number argument: not given → undefined. */
export function optioneelGetal(naam: string, v: unknown): Decimal | undefined {
  return nietOpgegeven(v) ? undefined : verplichtGetal(naam, v);
}

/** A required whole year (e.g. 2025). */
export function verplichtJaar(naam: string, v: unknown): number {
  const d = verplichtGetal(naam, v);
  if (!d.isInteger() || d.lessThan(1900) || d.greaterThan(2200)) {
    throw new InvoerFout(`${naam} = ${toonWaarde(v)} is geen jaartal; toegestaan: een heel jaar, bijv. 2025.`, { parameter: naam, waarde: v });
  }
  return d.toNumber();
}

/** A required text argument (numbers are turned into text: schaal 45 → "45"). */
export function verplichteTekst(naam: string, v: unknown): string {
  if (Number.isFinite(v) && v !== 0) return String(v);
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  throw new InvoerFout(`${naam} = ${toonWaarde(v)} is leeg of geen tekst; vul een naam of code in.`, { parameter: naam, waarde: v });
}

/** An optional name or code: not given (null, "", only spaces) → undefined; otherwise as `verplichteTekst`. */
export function optioneleTekst(naam: string, v: unknown): string | undefined {
  return tekstNietOpgegeven(v) ? undefined : verplichteTekst(naam, v);
}

/** An optional choice: not given (null, "", 0) → default; otherwise one of `keuzes` (case-insensitive). */
export function keuze<T extends string>(naam: string, v: unknown, keuzes: readonly T[], standaard: T): T {
  if (tekstNietOpgegeven(v)) return standaard;
  const s = typeof v === "string" ? normaliseerKeuze(v) : String(v);
  const gevonden = keuzes.find((k) => k === s);
  if (!gevonden) {
    throw new InvoerFout(`${naam} = ${toonWaarde(v)} is geen geldige keuze; toegestaan: ${keuzes.map((k) => `'${k}'`).join(", ")}.`, {
      parameter: naam,
      waarde: v,
      toegestaan: keuzes.join(", "),
    });
  }
  return gevonden;
}

/** Today as ISO date (UTC). */
export function vandaagIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** An optional date: Excel serial or text; not given (null, "", 0) → today. */
export function peildatum(naam: string, v: unknown): string {
  if (tekstNietOpgegeven(v)) return vandaagIso();
  const iso = leesDatumWaarde(v);
  if (!iso) {
    throw new InvoerFout(`${naam} = ${toonWaarde(v)} is geen datum; toegestaan: een Excel-datum of tekst als '2025-01-01' of '1-1-2025'.`, {
      parameter: naam,
      waarde: v,
    });
  }
  return iso;
}

/** Decimal → number for Excel, rounded to `decimalen` when given (half away from zero, as Excel ROUND). */
export function naarGetal(d: Decimal, decimalen?: number): number {
  return (decimalen === undefined ? d : excelRound(d, decimalen)).toNumber();
}

/** A 2-D array for Excel: null/undefined become "", Decimals become numbers, rows are padded to equal width. */
export function excelMatrix(rijen: unknown[][]): (string | number | boolean)[][] {
  const breedte = Math.max(1, ...rijen.map((r) => r.length));
  return rijen.map((r) =>
    Array.from({ length: breedte }, (_, i) => {
      const c = r[i];
      if (c === null || c === undefined) return "";
      if (c instanceof Decimal) return c.toNumber();
      if (typeof c === "number") return Number.isFinite(c) ? c : "";
      if (typeof c === "boolean") return c;
      return String(c); // text as it is; anything else as text
    }),
  );
}
