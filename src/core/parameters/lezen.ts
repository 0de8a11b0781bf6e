/**
 * Reading parameter sets from the shapes users give them: a two-column range (name, value) from a sheet, a
 * JSON object, or a functiemix table with a header row. Names are case-insensitive, spaces and hyphens count
 * as underscores, unknown names get the closest known name suggested, duplicates are refused.
 */
import { InvoerFout } from "../errors";
import { toonWaarde } from "../format";
import { MSG } from "../messages";
import { DEFINITIE_PER_NAAM, FUNCTIEMIX_KOLOMMEN, PARAMETER_NAMEN, type ParameterDefinitie } from "./definities";
import { FUNCTIERIJ_DEFINITIES, functieSchema, parameterSchema, PRODUCT_DEFINITIES, type FunctieParameters, type Parameters } from "./schema";
import { foutwaarde, isLeeg, isLeegOfNul, isLegeCel, LEEG_NIET_GEBRUIKT, NUL_DUBBELZINNIG, nulIsLeeg, WOORD_ECHTE_NUL, WOORD_NIET_GEGEVEN } from "./cellen";
import { leesWaarde } from "./waarden";
import type * as z from "../zod";
import { dichtstbijzijndeNaam, normaliseerNaam } from "./namen";

/** A named value with its 1-based position in the source range (for sheet/cell messages). */
export interface GenoemdeWaarde {
  naam: string;
  waarde: unknown;
  rij?: number;
  kolom?: number;
}

const KOPNAMEN = new Set(["parameter", "parameters", "naam", "name"]);

/** Turns a 2-D range (rows of [name, value]) into named values; skips blank rows and a header row. */
export function rijenNaarWaarden(bereik: readonly (readonly unknown[])[]): GenoemdeWaarde[] {
  const uit: GenoemdeWaarde[] = [];
  bereik.forEach((rij, i) => {
    const naam = rij[0];
    const waarde = rij[1];
    if (isLegeCel(naam)) {
      // a blank row (on desktop Excel blank cells arrive as 0)
      if (isLegeCel(waarde)) return;
      throw new InvoerFout(MSG.waardeZonderNaam(waarde), { waarde, rij: i + 1, kolom: 1 });
    }
    const fw = foutwaarde(naam);
    if (fw !== undefined) throw new InvoerFout(MSG.foutwaardeAlsNaam(fw), { waarde: naam, rij: i + 1, kolom: 1 });
    if (typeof naam !== "string" && typeof naam !== "number" && typeof naam !== "boolean") {
      throw new InvoerFout(`De parameternaam is geen tekst maar ${toonWaarde(naam)}; vul in de eerste kolom een parameternaam in.`, { rij: i + 1, kolom: 1 });
    }
    if (i === 0 && typeof naam === "string" && KOPNAMEN.has(normaliseerNaam(naam))) return;
    // a third column is allowed for notes/sources; the engine ignores it
    uit.push({ naam: String(naam), waarde, rij: i + 1, kolom: 2 });
  });
  return uit;
}

/** The allowed names as sets (lookup per cell), built once at load. */
const PARAMETER_NAMEN_SET: ReadonlySet<string> = new Set(PARAMETER_NAMEN);
const FUNCTIEMIX_KOLOMMEN_SET: ReadonlySet<string> = new Set(FUNCTIEMIX_KOLOMMEN);

/**
 * Performance: the zod schema's field transforms are `leesWaarde` per known name (schema.ts), and `naarRecord` has
 * already refused unknown names; so valid input is read by calling `leesWaarde` directly, in the order of the range.
 * Anything invalid returns undefined and goes through zod, so every error (and its message) is zod's, unchanged.
 */
function snelLezen(record: Record<string, unknown>, defs: ReadonlyMap<string, ParameterDefinitie>): Record<string, unknown> | undefined {
  const uit: Record<string, unknown> = {};
  for (const naam in record) {
    const def = defs.get(naam);
    if (def === undefined) return undefined; // known, but not allowed here: zod says why
    const r = leesWaarde(def, record[naam]);
    if (!r.ok) return undefined;
    uit[naam] = r.waarde;
  }
  return uit;
}
const PARAMETER_DEFS = new Map(PRODUCT_DEFINITIES.map((d) => [d.naam, d]));
const FUNCTIE_DEFS = new Map(FUNCTIERIJ_DEFINITIES.map((d) => [d.naam, d]));

/** Longest parameter or column name accepted (the longest real one has 27 characters). */
export const MAX_NAAMLENGTE = 100;

function naarRecord(
  waarden: readonly GenoemdeWaarde[],
  bekend: readonly string[],
  bekendSet: ReadonlySet<string>,
  context: string,
): { record: Record<string, unknown>; posities: Map<string, GenoemdeWaarde>; dubbelzinnig: GenoemdeWaarde[] } {
  const record: Record<string, unknown> = {};
  const posities = new Map<string, GenoemdeWaarde>();
  const dubbelzinnig: GenoemdeWaarde[] = [];
  for (const w of waarden) {
    if (w.naam.length > MAX_NAAMLENGTE) {
      // bounded work per cell: no normalising or suggestion search on hostile text
      throw new InvoerFout(MSG.teLangeNaam(w.naam, MAX_NAAMLENGTE), {
        parameter: w.naam.slice(0, MAX_NAAMLENGTE),
        rij: w.rij,
        kolom: w.kolom === undefined ? undefined : 1,
      });
    }
    const naam = normaliseerNaam(w.naam);
    if (!bekendSet.has(naam)) {
      const suggestie = dichtstbijzijndeNaam(naam, bekend);
      throw new InvoerFout(MSG.onbekendeParameter(w.naam.trim(), suggestie, context), {
        parameter: w.naam,
        waarde: w.waarde,
        rij: w.rij,
        kolom: w.kolom === undefined ? undefined : 1,
      });
    }
    const eerder = posities.get(naam);
    if (eerder) {
      throw new InvoerFout(MSG.dubbeleParameter(naam, eerder.rij ?? 0, w.rij ?? 0), { parameter: naam, waarde: w.waarde, rij: w.rij, kolom: 1 });
    }
    posities.set(naam, w);
    if (NUL_DUBBELZINNIG.has(naam)) {
      // blank and 0 look the same on desktop Excel: decided after the whole set is known (beslisLeegOfNul)
      if (isLeegOfNul(w.waarde)) {
        dubbelzinnig.push({ ...w, naam });
        continue;
      }
      const woord = typeof w.waarde === "string" ? w.waarde.trim().toLowerCase() : undefined;
      if (woord === WOORD_NIET_GEGEVEN) continue;
      if (woord === WOORD_ECHTE_NUL && DEFINITIE_PER_NAAM.get(naam)?.soort === "fractie") {
        record[naam] = "0";
        continue;
      }
    }
    if (!isLeeg(w.waarde)) record[naam] = w.waarde;
  }
  return { record, posities, dubbelzinnig };
}

/** Salary surcharges that do not count next to loonkosten given directly (personeel.ts refuses them when not 0). */
const LOONOPSLAGEN: ReadonlySet<string> = new Set(["vakantietoeslag", "eindejaarsuitkering", "sociale_lasten", "pensioenpremie"]);

/**
 * The one rule for blanks (docs/excel.md §5): a blank cell or a numeric 0 for a NUL_DUBBELZINNIG parameter is
 * refused, because desktop Excel passes a blank as 0 and the two would give different tariffs. Only where the
 * set itself makes the value irrelevant (salary surcharges next to loonkosten_per_uur/loonkosten_fte) is it left
 * out; those names are returned, so a functiemix row that brings its own salary can still refuse them.
 */
function beslisLeegOfNul(record: Record<string, unknown>, dubbelzinnig: readonly GenoemdeWaarde[]): string[] {
  const nietGebruikt: string[] = [];
  const direct = !isLeegOfNul(record.loonkosten_per_uur) || !isLeegOfNul(record.loonkosten_fte);
  for (const w of dubbelzinnig) {
    if (direct && LOONOPSLAGEN.has(w.naam)) {
      nietGebruikt.push(w.naam);
      continue;
    }
    throw leegOfNulFout(w.naam, w.waarde, w.rij, w.kolom);
  }
  return nietGebruikt;
}

/** The refusal of a blank or 0 for a NUL_DUBBELZINNIG parameter. */
export function leegOfNulFout(naam: string, waarde: unknown, rij?: number, kolom?: number): InvoerFout {
  const regel = NUL_DUBBELZINNIG.get(naam)!;
  return new InvoerFout(MSG.leegOfNul(naam, waarde, regel.leeg, regel.toegestaan), {
    parameter: naam,
    waarde: isLeeg(waarde) ? undefined : waarde,
    rij,
    kolom,
    toegestaan: regel.toegestaan,
  });
}

function eersteFout(error: z.core.$ZodError, posities: Map<string, GenoemdeWaarde>, record: Record<string, unknown>): InvoerFout {
  const issue = error.issues[0];
  // the readers refuse unknown names before zod, so every issue is about one field
  const naam = String(issue.path[0]);
  const pos = posities.get(naam);
  return new InvoerFout(issue.message, { parameter: naam, waarde: record[naam], rij: pos?.rij, kolom: pos?.kolom });
}

/** Validates named values as a product-level parameter set. */
export function leesParameterWaarden(waarden: readonly GenoemdeWaarde[]): Parameters {
  const { record, posities, dubbelzinnig } = naarRecord(waarden, PARAMETER_NAMEN, PARAMETER_NAMEN_SET, "");
  const nietGebruikt = beslisLeegOfNul(record, dubbelzinnig);
  let p: Parameters | undefined = snelLezen(record, PARAMETER_DEFS);
  if (!p) {
    const r = parameterSchema.safeParse(record);
    if (!r.success) throw eersteFout(r.error, posities, record);
    p = r.data;
  }
  if (nietGebruikt.length > 0) (p as { [LEEG_NIET_GEBRUIKT]?: readonly string[] })[LEEG_NIET_GEBRUIKT] = nietGebruikt;
  return p;
}

/** Reads a two-column parameter range (name, value), as `RT.TARIEF(parameters)` receives it. */
export function leesParameterBereik(bereik: readonly (readonly unknown[])[]): Parameters {
  return leesParameterWaarden(rijenNaarWaarden(bereik));
}

/** Reads a JSON-like object { name: value }. */
export function leesParameterObject(obj: Record<string, unknown>): Parameters {
  return leesParameterWaarden(Object.entries(obj).map(([naam, waarde]) => ({ naam, waarde })));
}

/** Reads one functiemix row given as named values. */
export function leesFunctieWaarden(waarden: readonly GenoemdeWaarde[]): FunctieParameters {
  const { record, posities, dubbelzinnig } = naarRecord(waarden, FUNCTIEMIX_KOLOMMEN, FUNCTIEMIX_KOLOMMEN_SET, " (kolomkop in de functiemix)");
  beslisLeegOfNul(record, dubbelzinnig);
  const snel = snelLezen(record, FUNCTIE_DEFS);
  if (snel) return snel;
  const r = functieSchema.safeParse(record);
  if (!r.success) throw eersteFout(r.error, posities, record);
  return r.data;
}

/**
 * Desktop Excel passes blank cells inside a range as 0. In a functiemix row a 0 in a column where 0 is not a
 * valid value (text, a choice, a date, a salary) can only be a blank cell, so it is read as "not given".
 */
function nulAlsLeeg(naam: string, waarde: unknown): unknown {
  if (waarde !== 0) return waarde;
  const def = DEFINITIE_PER_NAAM.get(normaliseerNaam(naam));
  return def && nulIsLeeg(def) ? undefined : waarde;
}

/**
 * Reads a functiemix table: the first row holds column names (`functie`, `aandeel` or `fte`, and any
 * parameter that differs per function, e.g. `maandsalaris` or `cao`/`schaal`/`trede`); each further
 * non-blank row is one function.
 */
export function leesFunctiemixBereik(bereik: readonly (readonly unknown[])[]): FunctieParameters[] {
  if (bereik.length < 2) {
    throw new InvoerFout("De functiemix heeft een kopregel met kolomnamen (bijv. functie, aandeel, maandsalaris) en minstens één rij met een functie nodig.", {
      parameter: "functiemix",
      toegestaan: "kopregel + rijen",
    });
  }
  const kop = bereik[0].map((c, k) => {
    const fw = foutwaarde(c);
    if (fw !== undefined) throw new InvoerFout(MSG.foutwaardeAlsKolomkop(fw), { waarde: c, rij: 1, kolom: k + 1 });
    if (isLegeCel(c)) return "";
    // a number or WAAR/ONWAAR is a value, not a name: most likely the header row was left out of the selection
    if (typeof c === "number" || typeof c === "boolean") throw new InvoerFout(MSG.getalAlsKolomkop(c), { waarde: c, rij: 1, kolom: k + 1 });
    if (typeof c !== "string") {
      throw new InvoerFout(`De kolomkop in de functiemix is geen tekst maar ${toonWaarde(c)}; vul een kolomnaam in (bijv. functie, aandeel).`, {
        rij: 1,
        kolom: k + 1,
      });
    }
    return String(c);
  });
  const rijen: FunctieParameters[] = [];
  for (let i = 1; i < bereik.length; i++) {
    const rij = bereik[i];
    if (rij.every(isLegeCel)) continue;
    const waarden: GenoemdeWaarde[] = [];
    kop.forEach((naam, k) => {
      if (naam === "") {
        if (!isLeeg(rij[k]) && rij[k] !== 0)
          throw new InvoerFout(MSG.waardeZonderNaam(rij[k]) + " (kolom zonder kop in de functiemix)", { waarde: rij[k], rij: i + 1, kolom: k + 1 });
        return;
      }
      waarden.push({ naam, waarde: nulAlsLeeg(naam, rij[k]), rij: i + 1, kolom: k + 1 });
    });
    rijen.push(leesFunctieWaarden(waarden));
  }
  if (rijen.length === 0) {
    throw new InvoerFout("De functiemix bevat geen enkele functie; vul onder de kopregel minstens één rij in.", { parameter: "functiemix" });
  }
  return rijen;
}
